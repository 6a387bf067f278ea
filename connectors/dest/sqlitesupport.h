#pragma once

#include "connectors/destination.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

struct sqlite3;
struct sqlite3_stmt;

// Helpers over the raw sqlite3 C API for the SQLite destination and its read-back reader.
// The destination uses the C API rather than QtSql: bound parameters straight from the batch
// buffers (SQLITE_STATIC, no QVariant or copy per cell) and one connection it owns.
namespace miq::sqlite {

// "name" with embedded double quotes doubled: every identifier is quoted, since tables and
// columns come from users and may be `my "odd" table`, `select` or `MixedCase`.
QString quote(const QString &identifier);

// The connection's last error, with the operating system's cause when SQLite has one
// ("unable to open database file (Permission denied)").
QString errorText(sqlite3 *db);

// Opens `path` (flags: SQLITE_OPEN_*); on failure returns the error and leaves *db null.
QString open(const QString &path, int flags, sqlite3 **db);
void close(sqlite3 *&db);

// Runs one or more statements without results; returns the error text, empty on success.
QString exec(sqlite3 *db, const QString &sql);

// A prepared statement, finalized with its owner.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept
        : m_stmt(std::exchange(other.m_stmt, nullptr))
    {}
    Statement &operator=(Statement &&other) noexcept;

    // Returns the error text, empty on success. `persistent` for statements run many times.
    QString prepare(sqlite3 *db, const QString &sql, bool persistent = false);
    void finalize();
    sqlite3_stmt *get() const { return m_stmt; }
    explicit operator bool() const { return m_stmt != nullptr; }

    void bindText(int index, const QString &text);
    // Steps once: true with a row, false when done (or on error: see sqlite3_errmsg).
    int step();
    QString columnText(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
};

// SQLite's column affinity of a declared type (https://sqlite.org/datatype3.html, section 3.1).
enum class Affinity { Integer, Text, Blob, Real, Numeric };
Affinity affinityOf(const QString &declaredType);
QString affinityName(Affinity affinity);

// The declared type the destination gives a column of `column.type`.
QString declaredType(const TargetColumn &column);

struct ExistingColumn
{
    QString name;
    QString declaredType;
    bool notNull = false;
    bool hasDefault = false;
    int primaryKeyPosition = 0; // 1-based position in the primary key, 0 when not part of it
};

struct ExistingTable
{
    bool exists = false;
    bool isView = false;
    QString name; // as stored (SQLite table names are case-insensitive)
    QList<ExistingColumn> columns;
    // Whether a primary key or unique, non-partial index covers exactly `keys` (ON CONFLICT
    // needs one), as asked of inspectTable().
    bool hasKeyConstraint = false;
};

// Looks a table up; returns the error text in `error` when the database cannot be read.
ExistingTable inspectTable(sqlite3 *db, const QString &table, const QStringList &keys, QString &error);

// Why the existing table cannot take the target's rows; empty when it can.
QString incompatibility(const ExistingTable &table, const TargetSpec &spec);

// The table holding each run's last checkpoint: "_miq_checkpoints".
QString checkpointTable();
// "a", "b" - quoted and comma separated.
QString columnList(const QStringList &names);
// Whether `column` is one of the upsert keys of `spec` (SQLite names ignore case).
bool isUpsertKey(const TargetSpec &spec, const QString &column);
// CREATE TABLE for `spec` under the name `table`; upsert keys are NOT NULL and the PRIMARY KEY.
QString createTableSql(const QString &table, const TargetSpec &spec, bool ifNotExists);

// The statements that prepare a target, shared by ddl() (shown) and begin() (run).
struct TargetPlan
{
    QStringList prelude; // run before `create`, not shown: drop a leftover staging table
    QStringList create;  // the CREATE statements
    QString keyIndex;    // the CREATE UNIQUE INDEX among them, if any (its failure means duplicates)
    bool tableExists = false;
};

// What begin() runs for `spec` writing into `writeTable` (the staging table for Replace), after
// checking an existing target. `db` may be null (no file yet): the target is then new. Returns
// why the target cannot be written, empty when it can.
QString planTarget(sqlite3 *db, const TargetSpec &spec, const QString &writeTable, TargetPlan &plan);

} // namespace miq::sqlite
