#include "connectors/dest/sqlitecommittedrows.h"

#include "connectors/dest/sqlitesupport.h"

#include <QDir>

#include <sqlite3.h>

#include <limits>

using namespace Qt::StringLiterals;

namespace miq {

SqliteCommittedRows::SqliteCommittedRows(QString path, TargetSpec staging, QString finalTable,
                                         std::shared_ptr<SqliteWalGate> gate, const ReadOptions &options)
    : m_path(std::move(path))
    , m_staging(std::move(staging))
    , m_finalTable(std::move(finalTable))
    , m_gate(std::move(gate))
    , m_options(options)
{}

SqliteCommittedRows::~SqliteCommittedRows()
{
    if (m_round)
        m_gate->leaveRead();
}

void SqliteCommittedRows::endRound()
{
    if (m_round->rowsRead() > 0)
        m_lastRowid = m_round->lastRowid();
    m_round.reset(); // ends the read transaction
    m_gate->leaveRead();
}

Result<bool> SqliteCommittedRows::next(RecordBatch &batch)
{
    if (!m_round) {
        if (m_stagingRootPage < 0) {
            const Result<TableFacts> staging = facts(m_staging.table, m_staging.table);
            if (!staging)
                return staging.failure();
            m_stagingRootPage = staging->rootPage;
        }
        m_gate->enterRead();
        auto round = SqliteTableReader::open(m_path, m_staging, m_options,
                                             std::pair{m_lastRowid + 1, std::numeric_limits<qint64>::max()});
        if (!round) {
            m_gate->leaveRead();
            return round.failure();
        }
        m_round = std::move(*round);
    }
    const Result<bool> more = m_round->next(batch);
    if (!more) {
        m_round.reset();
        m_gate->leaveRead();
        return more;
    }
    // Caught up: the next call sees the commits made since. A long round ends early, so that
    // the writer can start the WAL over in between.
    if (!*more || m_round->rowsRead() >= roundRows)
        endRound();
    return *more;
}

Result<SqliteCommittedRows::TableFacts> SqliteCommittedRows::facts(const QString &table, const QString &where) const
{
    sqlite3 *db = nullptr;
    if (const QString error = sqlite::open(m_path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, &db);
        !error.isEmpty())
        return Error(tr("Cannot verify %1: %2").arg(where, error));
    sqlite3_busy_timeout(db, 10000);
    sqlite::Statement query;
    // Both from the B-tree's edges: no scan of the rows.
    QString error = query.prepare(db, u"SELECT (SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?1), "
                                      "(SELECT coalesce(max(rowid), 0) FROM "_s
                                          + sqlite::quote(table) + u')');
    TableFacts found;
    if (error.isEmpty()) {
        query.bindText(1, table);
        if (query.step() == SQLITE_ROW) {
            found.rootPage = sqlite3_column_int64(query.get(), 0);
            found.lastRowid = sqlite3_column_int64(query.get(), 1);
        } else {
            error = sqlite::errorText(db);
        }
    }
    query.finalize();
    sqlite::close(db);
    if (!error.isEmpty())
        return Error(tr("Cannot verify %1: %2").arg(where, error));
    return found;
}

Status SqliteCommittedRows::checkFinished()
{
    const QString where = tr("table '%1' in %2").arg(m_finalTable, QDir::toNativeSeparators(m_path));
    if (m_round)
        return Error(tr("Cannot verify %1: rows committed before the end were not all read.").arg(where));
    const Result<TableFacts> finished = facts(m_finalTable, where);
    if (!finished)
        return finished.failure();
    // The swap renames the staging table: the same B-tree (root page) must now carry the final
    // name, ending with the last row that was read.
    if (finished->rootPage != m_stagingRootPage)
        return Error(tr("Verification failed: %1 is not the table the run loaded and read back.").arg(where));
    if (finished->lastRowid != m_lastRowid)
        return Error(tr("Verification failed: the rows of %1 changed after the run copied them (its last row "
                        "is number %2, not %3).")
                         .arg(where)
                         .arg(finished->lastRowid)
                         .arg(m_lastRowid));
    return {};
}

} // namespace miq
