#pragma once

#include "connectors/connector.h"
#include "connectors/dest/canonicaltext.h"
#include "connectors/destination.h"

#include <QCoreApplication>

#include <optional>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace miq {

// Reads a table written by SqliteDestination back as batches typed like its TargetSpec, over a
// read-only connection of its own (so it outlives the destination and never blocks a writer).
// Each stored value is parsed back from the representation the destination chose: INTEGER ->
// Int64/Bool, REAL -> Double (TEXT 'NaN' too), TEXT dates/timestamps -> Date/Timestamp, TEXT
// decimals verbatim. A value that does not fit its column's type (a row someone else appended)
// makes its row a BadRecord instead of a silently different value.
class SqliteTableReader final : public StreamReader
{
    Q_DECLARE_TR_FUNCTIONS(SqliteTableReader)

public:
    // `rowids`: only the rows whose rowid lies in [first, last] (one part of a split read).
    static Result<std::unique_ptr<SqliteTableReader>> open(const QString &path, const TargetSpec &spec,
                                                           const ReadOptions &options,
                                                           std::optional<std::pair<qint64, qint64>> rowids = {});
    ~SqliteTableReader() override;

    std::shared_ptr<const Schema> schema() const override { return m_schema; }
    Result<bool> next(RecordBatch &batch) override;
    QList<BadRecord> takeBadRecords() override;

    // Rows stepped over so far (good and bad), and the rowid of the last (only when opened with
    // a rowid range; 0 before the first row).
    qint64 rowsRead() const { return m_recordNumber; }
    qint64 lastRowid() const { return m_lastRowid; }

private:
    SqliteTableReader(QString path, const TargetSpec &spec, const ReadOptions &options);
    bool convert(int column, canonical::Cell &cell, QString &reason);
    QString location() const;

    QString m_path;
    TargetSpec m_spec;
    ReadOptions m_options;
    std::shared_ptr<const Schema> m_schema;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_select = nullptr;
    std::vector<canonical::Cell> m_cells;
    QList<BadRecord> m_badRecords;
    qint64 m_recordNumber = 0;
    qint64 m_lastRowid = 0;
    bool m_selectsRowid = false;
    bool m_done = false;
};

} // namespace miq
