#pragma once

#include "connectors/connector.h"

#include <QCoreApplication>
#include <QStringEncoder>

#include <string>
#include <vector>

class QSqlQuery;
class QVariant;

namespace miq {

// Maps rows of a forward-only QSqlQuery into typed RecordBatch columns.
//
// Subclasses position a query on the next row (a plain SELECT for SQLite, repeated FETCHes from
// a server-side cursor for PostgreSQL); this class converts each cell to the column's type,
// fills batches of ReadOptions::batchRows rows, honours limitRows and cancel, and quarantines
// rows whose values do not fit their declared type (SQLite columns are dynamically typed, so an
// INTEGER column can hold 'n/a') instead of dropping or mangling them. The query may return
// columns beyond the schema (e.g. SQLite's rowid, for resuming): they are not part of the rows.
class SqlStreamReader : public StreamReader
{
    Q_DECLARE_TR_FUNCTIONS(SqlStreamReader)

public:
    ~SqlStreamReader() override;

    std::shared_ptr<const Schema> schema() const override { return m_schema; }
    Result<bool> next(RecordBatch &batch) override;
    QList<BadRecord> takeBadRecords() override;

protected:
    SqlStreamReader(std::shared_ptr<const Schema> schema, const ReadOptions &options,
                    QString sourceName, QString streamName);

    // Moves to the next row of the result: true when positioned on a row, false at the end.
    virtual Result<bool> fetchRow() = 0;
    // The query positioned on the row fetchRow() moved to.
    virtual const QSqlQuery &currentQuery() const = 0;
    // Called once after the last row was read (or the limit reached): close cursors, commit.
    virtual Status finish() { return {}; }

    const QString &sourceName() const { return m_sourceName; }
    const QString &streamName() const { return m_streamName; }
    // Rows fetched so far (good and quarantined): the next row's record number. A resumed
    // reader continues the numbering of the run it resumes.
    qint64 recordsRead() const { return m_recordsRead; }
    void continueNumberingAt(qint64 recordsRead) { m_recordsRead = recordsRead; }

private:
    // One converted cell, staged until the whole row converted cleanly (a bad row must not
    // leave half of its cells in the batch's columns).
    struct Cell
    {
        enum class Kind { Null, Int, Double, Text } kind = Kind::Null;
        std::int64_t intValue = 0;
        double doubleValue = 0;
        std::string text;
    };

    bool convert(const QVariant &value, ColumnType type, Cell &cell, QString &reason);
    void setText(Cell &cell, const QString &text);
    void appendStagedRow(RecordBatch &batch);
    void quarantine(const QSqlQuery &query, qint64 recordNumber, int column, const QString &reason);

    std::shared_ptr<const Schema> m_schema;
    ReadOptions m_options;
    QString m_sourceName;
    QString m_streamName;
    std::vector<Cell> m_row;
    QStringEncoder m_utf8;
    QList<BadRecord> m_badRecords;
    qint64 m_recordsRead = 0;
    bool m_done = false;
};

} // namespace miq
