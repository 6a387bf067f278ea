#pragma once

#include "connectors/destination.h"

#include <QCoreApplication>

#include <array>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace miq {

class SqliteCheckpointer;
class SqliteWalGate;

// An SQLite database file as a sync destination, through the raw sqlite3 C API: one connection
// owned by the destination (opened by begin() on the run's writer thread), a prepared INSERT
// whose parameters are bound straight from the batch's buffers (SQLITE_STATIC, no copy), and one
// transaction per commit(). The file is created when missing (with 16 KiB pages: fewer B-tree
// splits in bulk loads) and switched to WAL journaling (persistent: readers are never blocked by
// the run) with synchronous=NORMAL and a 64 MiB cache. WAL checkpoints run on a thread of their
// own (SqliteCheckpointer), so commits do not wait for the disk; once the WAL passes 64 MiB a
// commit waits for the checkpoint, so that the WAL starts over and stays bounded.
//
// A write() whose batch the table refuses (a NOT NULL or other constraint, a null upsert key, a
// date out of range) returns the error naming the record and undoes only that batch (a savepoint
// per batch): the run can go on. An I/O failure (full disk, I/O error) fails the run: then only
// abort(), or a new destination resuming from the last checkpoint, is possible.
//
// Column types (declared type -> SQLite affinity; what is stored):
//   Int64      INTEGER    -> INTEGER   64-bit integer
//   Double     REAL       -> REAL      IEEE double. SQLite has no NaN (it would store NULL), so
//                                      NaN is stored as the TEXT 'NaN' and read back as NaN.
//                                      -0.0 reads back as 0.0: SQLite stores a whole REAL as an
//                                      integer on disk, which has no negative zero.
//   Bool       BOOLEAN    -> NUMERIC   integer 0/1
//   Date       DATE       -> NUMERIC   TEXT 'YYYY-MM-DD' (never numeric-looking, so kept as text)
//   Timestamp  TIMESTAMP  -> NUMERIC   TEXT 'YYYY-MM-DD HH:MM:SS[.ffffff]', UTC: the form SQLite's
//                                      date functions read, and it sorts chronologically
//   Decimal    DECIMAL_TEXT(p,s) -> TEXT   the exact decimal text ('12.50').
//              Why not DECIMAL(p,s): that has NUMERIC affinity, which stores '12.50' as the REAL
//              12.5 (scale lost) and rounds past 15 digits, so verification could not match. Why
//              not REAL for p <= 15: it loses the scale too. TEXT keeps the value exact; SQL
//              arithmetic (SUM, AVG) still converts it to a number; the type name keeps p and s
//              visible to people and tools.
//   String     TEXT       -> TEXT      UTF-8
//   Bytes      BLOB       -> BLOB
// NOT NULL is declared for columns with TargetColumn::nullable false (and for upsert keys).
// Identifiers are always quoted.
//
// Exactly-once: table "_miq_checkpoints" (run_id TEXT PRIMARY KEY, checkpoint BLOB, rows
// INTEGER, updated_at TEXT) in the destination file is written in the same transaction as the
// rows of each commit(); begin(resume) returns the run's stored checkpoint, and finish() deletes
// the run's row (committing, with the swap, any rows written after the last commit()). The rows of an uncommitted transaction vanish with the process (SQLite rolls
// them back), so the table holds exactly the committed rows.
//
// Write modes:
//   Replace  rows go to the staging table "<table>__miq_staging_<runId>", created by begin()
//            (kept when resuming). finish() drops the old table and renames the staging table to
//            <table> in one transaction: the old data stays readable until then. Indexes and
//            triggers of the old table go with it; views over it keep working.
//   Append   the table is created when missing; an existing one must have every target column
//            with an affinity that keeps the values exactly (begin() names the first that does
//            not) and no NOT NULL column the target does not write.
//   Upsert   needs TargetSpec::keyColumns. A new table gets PRIMARY KEY(keys); an existing table
//            without a unique index on exactly the keys gets one (begin() fails clearly when
//            duplicate keys prevent it). Rows are INSERT ... ON CONFLICT(keys) DO UPDATE SET
//            every other column = excluded.column. A null key is an error (it would never match).
//
// abort() is for runs that will not be resumed (failure, cancel): it rolls back the open
// transaction, drops the staging table (Replace) and deletes the run's checkpoint. Appended or
// upserted rows of earlier commits stay. An interrupted process never calls abort().
class SqliteDestination : public Destination
{
    Q_DECLARE_TR_FUNCTIONS(SqliteDestination)

public:
    explicit SqliteDestination(QString path);
    ~SqliteDestination() override;

    // The CREATE statements begin() runs for `spec`, looking at the file when it exists (an
    // existing compatible table gets only the statements it still needs). For Replace the table
    // is shown under its final name; begin() creates it under the staging name.
    QString ddl(const TargetSpec &spec) const override;
    Result<QByteArray> begin(const TargetSpec &spec, const QString &runId, bool resume) override;
    Status write(const RecordBatch &batch) override;
    Status commit(const QByteArray &checkpoint) override;
    Status finish() override;
    void abort() override;
    // The target table through a read-only connection of its own, typed like the TargetSpec.
    Result<std::unique_ptr<StreamReader>> readBack(const ReadOptions &options) override;
    // Splits by rowid range; a table without rowids (WITHOUT ROWID) is read in one part.
    Result<std::vector<std::unique_ptr<StreamReader>>> readBackParts(const ReadOptions &options, int parts) override;
    // Replace runs: the staging table's committed rows (SqliteCommittedRows); others: nullptr.
    std::unique_ptr<CommittedRowsReader> followCommits(const ReadOptions &options) override;
    QString targetName() const override;

    static QString checkpointTable();
    static QString stagingTable(const QString &table, const QString &runId);

private:
    Status validate(const TargetSpec &spec) const;
    Status openDatabase();
    Result<QByteArray> resumeRun();
    Status startRun();
    Status prepareStatements();
    Status beginTransaction();
    Status commitTransaction();
    QString forgetCheckpoint(); // deletes the run's checkpoint row; returns the error text
    void rollback();
    void closeDatabase();
    static int walCommitted(void *destination, sqlite3 *db, const char *schema, int pages); // sqlite3_wal_hook
    Error tableError(const QString &cause) const;
    Error recordError(qint64 record, const QString &cause) const;

    QString m_path;
    TargetSpec m_spec;
    QString m_runId;
    QString m_writeTable; // the staging table (Replace) or the target table
    sqlite3 *m_db = nullptr;
    std::unique_ptr<SqliteCheckpointer> m_checkpointer; // WAL checkpoints off the writer's thread
    static constexpr qint64 walLimitBytes = 64 << 20;   // waits for a checkpoint past this
    int m_walPages = 0;                                 // frames in the WAL after the last commit
    int m_walLimitPages = 4096;
    std::shared_ptr<SqliteWalGate> m_walGate; // keeps a follower out while the WAL starts over
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_saveCheckpoint = nullptr;
    std::vector<std::array<char, 48>> m_cellText; // formatted dates/timestamps of the current row
    std::vector<int> m_keyIndexes;                // Upsert: the key columns' positions
    qint64 m_rows = 0;                            // rows written by the run, committed or not
    bool m_inTransaction = false;
    bool m_running = false;
    bool m_failed = false;
};

} // namespace miq
