#pragma once

#include "connectors/destination.h"
#include "connectors/sql/postgressettings.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace miq {

class PostgresSession;

// A PostgreSQL database as a sync destination, through libpq directly (one connection per run,
// opened by begin() on the run's writer thread; it may be used from another thread later, unlike
// a Qt Sql connection). Rows are bulk loaded with COPY ... FROM STDIN in binary format, encoded
// straight from the batch's column buffers into one reused byte buffer and sent in 1 MiB chunks.
//
// The target is TargetSpec::table: "schema.table" or "table" (schema public). Either part may be
// written in double quotes ("my.schema"."Table") to contain dots; the names are used exactly as
// given (case kept) and always quoted in SQL. A missing schema is created.
//
// Column types (a table created by MigrateIQ):
//   Int64 bigint, Double double precision, Bool boolean, Date date, Timestamp timestamp with
//   time zone (the values are UTC instants), String text, Bytes bytea,
//   Decimal numeric WITHOUT precision and scale. numeric(p,s) would pad every value to s digits
//   ('12.5' is stored as 12.50), so the value read back would no longer be the one written and
//   verification would fail on any column whose values have different scales; unconstrained
//   numeric keeps each value exactly as written, like SQLite's DECIMAL_TEXT.
//   String is text, not varchar(n): PostgreSQL stores both alike and text never refuses a longer
//   value appended later. JSON stays text until the TargetSpec can mark a column as JSON.
// NOT NULL is declared for columns with TargetColumn::nullable false (and for upsert keys).
//
// An existing table (Append, Upsert) must have every target column and no NOT NULL column
// without a default that the target does not write. When its column types are the ones above
// (or binary-compatible: varchar/char for text, timestamp for timestamptz, any numeric(p,s)),
// rows are COPYed straight into it; otherwise they are COPYed into a temporary table of the
// types above and inserted with casts to the table's types (int8 -> int4 checks the range);
// begin() refuses columns whose types cannot be cast at all.
//
// Exactly-once: table "<schema>._miq_checkpoints" (run_id text PRIMARY KEY, checkpoint bytea,
// rows bigint, updated_at timestamptz) is written in the same transaction as the rows of each
// commit(); begin(resume) returns the run's stored checkpoint, finish() deletes the row in the
// transaction that completes the run. A connection that ends without commit (crash, kill,
// destruction without finish() or abort()) is rolled back by the server.
//
// Write modes:
//   Replace  rows go to the staging table "_miq_staging_<hash of table and run id>" in the
//            target schema (a short name: PostgreSQL truncates identifiers at 63 bytes), created
//            by begin() and kept when resuming. finish() drops the old table and renames the
//            staging table in one transaction: readers see the old rows until that commit.
//            Views over the old table make the DROP fail with PostgreSQL's message (they are
//            never dropped silently).
//   Append   the table is created when missing.
//   Upsert   needs TargetSpec::keyColumns. A new table gets PRIMARY KEY (keys); an existing
//            table without a unique index on exactly the keys gets one (CREATE UNIQUE INDEX,
//            which fails clearly on duplicate keys). Each batch is COPYed into a temporary table
//            and merged with INSERT ... SELECT DISTINCT ON (keys) ... ON CONFLICT (keys) DO
//            UPDATE: within a batch the last row of a key wins, as with row-by-row upserts.
//
// A batch the server refuses (a constraint, a NUL character in text, a value out of range) is
// undone alone (a savepoint per batch) and write() names the record when PostgreSQL says which
// row it was; the run may go on. A lost connection fails the run: then only abort() or a new
// destination resuming from the last checkpoint is possible.
class PostgresDestination : public Destination
{
    Q_DECLARE_TR_FUNCTIONS(PostgresDestination)

public:
    explicit PostgresDestination(ConnectionSettings settings);
    ~PostgresDestination() override;

    // The statements begin() runs for `spec`, looking at the server when it can be reached (an
    // existing compatible table gets only what it still needs).
    QString ddl(const TargetSpec &spec) const override;
    // Connects once and disconnects: the server answers and takes the credentials.
    Status checkReachable() override;
    Result<QByteArray> begin(const TargetSpec &spec, const QString &runId, bool resume) override;
    Status write(const RecordBatch &batch) override;
    Status commit(const QByteArray &checkpoint) override;
    Status finish() override;
    void abort() override;
    // Through COPY (SELECT ...) TO STDOUT in binary on a connection of its own, typed like the
    // TargetSpec (each column cast to the TargetSpec's type on the server).
    Result<std::unique_ptr<StreamReader>> readBack(const ReadOptions &options) override;
    // Splits by ranges of heap pages (ctid >= '(a,0)' AND ctid < '(b,0)', a TID range scan), one
    // connection per part; small tables are read in one part.
    Result<std::vector<std::unique_ptr<StreamReader>>> readBackParts(const ReadOptions &options,
                                                                     int parts) override;
    QString targetName() const override;

    static QString checkpointTable();
    static QString stagingTable(const QString &table, const QString &runId);
    // {schema, table} of "schema.table", "table" (schema public) or their quoted forms; nullopt
    // when the name is empty or its quotes do not match.
    static std::optional<std::pair<QString, QString>> splitTableName(const QString &name);

    // What begin() does for a target, found by looking at the server.
    struct Plan
    {
        QString schema;
        QString table;      // the table rows end up in (the final table's name for Replace)
        QString writeTable; // the table write() loads (the staging table for Replace)
        bool schemaExists = false;
        bool tableExists = false; // writeTable exists
        bool direct = true;       // COPY straight into writeTable, else through the temporary table
        QStringList columnTypes;  // per target column, the type of writeTable's column
        QStringList statements;   // DDL of a fresh start, in order
    };

private:
    Status validate(const TargetSpec &spec) const;
    Result<Plan> plan(PostgresSession &session, const TargetSpec &spec, const QString &writeTable) const;
    Result<QByteArray> resumeRun();
    Status startRun();
    Status prepareLoad();
    Status beginTransaction();
    Status runInTransaction(const QString &sql, const QList<QByteArray> &params = {});
    Status sendBatch(const RecordBatch &batch, const QString &copySql);
    void rollback();
    void close();
    Error tableError(const QString &cause) const;
    Error recordError(qint64 record, const QString &cause) const;
    QString qualified(const QString &table) const;

    PostgresSettings m_settings;
    TargetSpec m_spec;
    QString m_runId;
    Plan m_plan;
    std::unique_ptr<PostgresSession> m_session;
    QString m_copySql;  // COPY of write()
    QString m_mergeSql; // INSERT ... SELECT from the temporary table (empty when direct)
    std::string m_buffer;
    std::vector<int> m_keyIndexes;
    qint64 m_rows = 0;
    bool m_inTransaction = false;
    bool m_running = false;
    bool m_failed = false;
};

} // namespace miq
