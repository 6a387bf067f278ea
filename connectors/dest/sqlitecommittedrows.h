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
// long (SqliteWalGate). After the swap, checkFinished() compares the renamed table's row count
// and highest rowid with what was read.
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
    void endRound();

    QString m_path;
    TargetSpec m_staging;
    QString m_finalTable;
    std::shared_ptr<SqliteWalGate> m_gate;
    ReadOptions m_options;
    std::unique_ptr<SqliteTableReader> m_round; // the current read transaction, if any
    qint64 m_rows = 0;                          // rows returned or found bad by finished rounds
    qint64 m_lastRowid = 0;
};

} // namespace miq
