#pragma once

#include "connectors/dest/sqlitetablereader.h"
#include "connectors/dest/sqlitewalgate.h"
#include "connectors/destination.h"

#include <QCoreApplication>

#include <memory>

namespace miq {

// Follows a Replace run into an SQLite file: reads the rows of the staging table committed so
// far, in rowid order, each round in a read transaction of its own (WAL: the writer is never
// blocked, and the reader sees only committed rows). A round starts after the highest rowid the
// previous one returned, so every committed row is read once. A round ends after `roundRows`
// rows at the latest, so that its snapshot never keeps the writer from starting the WAL over for
// long (SqliteWalGate). After the swap, checkFinished() checks that the table under the final
// name is the B-tree that was read (its root page) and ends with the last row read: the rename
// keeps both, and neither needs a scan of the rows.
class SqliteCommittedRows final : public CommittedRowsReader
{
    Q_DECLARE_TR_FUNCTIONS(SqliteCommittedRows)

public:
    // `staging`: the spec with the staging table's name; `finalTable`: its name after the swap.
    SqliteCommittedRows(QString path, TargetSpec staging, QString finalTable, std::shared_ptr<SqliteWalGate> gate,
                        const ReadOptions &options);
    ~SqliteCommittedRows() override;

    static constexpr qint64 roundRows = 65536;

    Result<bool> next(RecordBatch &batch) override;
    Status checkFinished() override;

private:
    struct TableFacts
    {
        qint64 rootPage = 0; // 0: no such table
        qint64 lastRowid = 0;
    };
    Result<TableFacts> facts(const QString &table, const QString &where) const;
    void endRound();

    QString m_path;
    TargetSpec m_staging;
    QString m_finalTable;
    std::shared_ptr<SqliteWalGate> m_gate;
    ReadOptions m_options;
    std::unique_ptr<SqliteTableReader> m_round; // the current read transaction, if any
    qint64 m_lastRowid = 0;
    qint64 m_stagingRootPage = -1;
};

} // namespace miq
