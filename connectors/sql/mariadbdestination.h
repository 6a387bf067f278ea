#pragma once

#include "connectors/destination.h"
#include "connectors/sql/mariadbsession.h"

#include <QCoreApplication>

#include <memory>
#include <string>
#include <vector>

namespace miq {

// A table in a MySQL / MariaDB database as a sync destination. One session (QMYSQL, with bulk
// work on its MYSQL handle) opened by begin() on the run's writer thread.
//
// Bulk path: each batch becomes multi-row INSERT statements ("INSERT INTO t (...) VALUES (...),
// (...), ...") of up to 4 MiB (less when the server's max_allowed_packet is smaller), with every
// value escaped by the client library (mysql_real_escape_string, following the connection's
// utf8mb4 character set and the server's NO_BACKSLASH_ESCAPES mode) or written as a validated
// number: nothing in the data can end a literal or inject SQL. Identifiers are always quoted with
// backticks (embedded backticks doubled). LOAD DATA LOCAL INFILE is not used: servers disable it by
// default (local_infile=OFF) and Qt 6.4's driver cannot enable it on the client side.
//
// Column types (TargetColumn -> MariaDB column; what is stored):
//   Int64      BIGINT
//   Double     DOUBLE. NaN and ±Infinity do not exist in MySQL: such a value fails its record.
//   Bool       TINYINT(1)  0/1
//   Date       DATE        years 0001..9999 (MySQL's range); others fail their record
//   Timestamp  DATETIME(6) the UTC time, microseconds kept (DATETIME has no zone: it holds the
//                          UTC wall time, and the session's time_zone is '+00:00')
//   Decimal    DECIMAL(p,s) for p <= 65, s <= 38; otherwise (or when the size is unknown)
//              VARCHAR(200) holding the exact text. DECIMAL(p,s) pads to its scale: '12.5' in a
//              DECIMAL(10,2) reads back as '12.50' (the same number).
//   String     TEXT / MEDIUMTEXT / LONGTEXT by the target's length (0 = unknown = LONGTEXT);
//              upsert key columns are VARCHAR(length) instead (VARCHAR(255) when the length is
//              unknown or above 768, the most an index holds in utf8mb4): longer key values fail
//              their record, they are never truncated.
//   Bytes      LONGBLOB; upsert keys VARBINARY(length, 255 when unknown).
// New tables are InnoDB, utf8mb4 with a binary, NO PAD collation (utf8mb4_nopad_bin on MariaDB,
// utf8mb4_0900_bin on MySQL 8): upsert keys 'a', 'A' and 'a ' stay three rows, as in the source.
//
// Exactly-once: table `_miq_checkpoints` (run_id, checkpoint, rows, updated_at) is written in the
// same InnoDB transaction as the rows of each commit(); a connection that goes away (crash, kill)
// has its open transaction rolled back by the server, so the table holds exactly the committed
// rows and begin(resume) returns the run's last checkpoint.
//
// Write modes:
//   Replace  rows go to the staging table `_miq_stage_<hash of table and run>`, created by begin()
//            (kept when resuming). finish() commits, then swaps it in with one atomic RENAME TABLE
//            (target -> old, staging -> target) and drops the old table: readers see the old data
//            until the swap, then the new data, never an empty or half-loaded table.
//   Append   the table is created when missing; an existing table must have every target column.
//   Upsert   needs TargetSpec::keyColumns. A new table gets PRIMARY KEY(keys); an existing table
//            without a unique index on exactly the keys gets one (begin() fails clearly when
//            duplicates or the key columns' types prevent it). Rows are INSERT ... ON DUPLICATE
//            KEY UPDATE every other column (VALUES(c) on MariaDB, a row alias on MySQL 8.0.19+).
//
// A write() whose batch the server refuses (strict sql_mode: a value out of range, too long, not
// NULL) returns the error naming the record and undoes only that batch (a savepoint per batch):
// the run can go on. A lost connection or a deadlock fails the run (abort(), or a new destination
// resuming from the last checkpoint). abort() rolls back, drops the staging table (Replace) and
// deletes the run's checkpoint; appended or upserted rows of earlier commits stay.
class MariaDbDestination : public Destination
{
    Q_DECLARE_TR_FUNCTIONS(MariaDbDestination)

public:
    explicit MariaDbDestination(ConnectionSettings settings);
    ~MariaDbDestination() override;

    QString ddl(const TargetSpec &spec) const override;
    // Connects once and disconnects: the server answers and takes the credentials.
    Status checkReachable() override;
    Result<QByteArray> begin(const TargetSpec &spec, const QString &runId, bool resume) override;
    Status write(const RecordBatch &batch) override;
    Status commit(const QByteArray &checkpoint) override;
    Status finish() override;
    void abort() override;
    Result<std::unique_ptr<StreamReader>> readBack(const ReadOptions &options) override;
    // Splits by ranges of a single integer upsert key; other tables are read in one part.
    Result<std::vector<std::unique_ptr<StreamReader>>> readBackParts(const ReadOptions &options,
                                                                     int parts) override;
    QString targetName() const override;

    static QString checkpointTable();
    static QString stagingTable(const QString &table, const QString &runId);

private:
    Status validate(const TargetSpec &spec) const;
    QString createStatement(const QString &table, bool ifNotExists, const QString &collation) const;
    Result<QByteArray> resumeRun();
    Status startRun();
    Status prepareExistingTable();
    Status beginTransaction();
    Status run(const QString &sql);
    void rollback();
    Error tableError(const QString &cause) const;
    Error recordError(qint64 record, const QString &cause) const;
    // Appends row `row` of `batch` as "(v1, v2, ...)"; an empty return means done, else the cause.
    QString appendRow(std::string &sql, const RecordBatch &batch, std::int64_t row) const;
    Status sendInsert(const std::string &sql, const RecordBatch &batch, std::int64_t firstRow,
                      std::int64_t rows);
    Result<std::unique_ptr<StreamReader>> openReader(const ReadOptions &options, const QString &where) const;

    MariaDbSettings m_settings;
    TargetSpec m_spec;
    QString m_runId;
    QString m_writeTable; // the staging table (Replace) or the target table
    std::unique_ptr<MariaDbSession> m_session;
    std::string m_insertHead; // "INSERT INTO `t` (`a`, `b`) VALUES "
    std::string m_insertTail; // "" or " ON DUPLICATE KEY UPDATE ..."
    std::string m_sql;        // the statement being built, reused
    std::vector<int> m_keyIndexes;
    std::size_t m_statementBytes = 4 << 20;
    qint64 m_rows = 0;
    bool m_inTransaction = false;
    bool m_running = false;
    bool m_failed = false;
};

} // namespace miq
