#include "connectors/dest/sqlitedestination.h"

#include "connectors/dest/canonicaltext.h"
#include "connectors/dest/sqlitecheckpointer.h"
#include "connectors/dest/sqlitecommittedrows.h"
#include "connectors/dest/sqlitesupport.h"
#include "connectors/dest/sqlitetablereader.h"
#include "connectors/dest/sqlitewalgate.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <sqlite3.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace miq {

SqliteDestination::SqliteDestination(QString path)
    : m_path(std::move(path))
{}

SqliteDestination::~SqliteDestination()
{
    // Without finish() or abort() this is an interruption: closing rolls the open transaction
    // back, exactly like a crash would; staging table and checkpoint stay for resuming.
    closeDatabase();
}

QString SqliteDestination::checkpointTable()
{
    return sqlite::checkpointTable();
}

QString SqliteDestination::stagingTable(const QString &table, const QString &runId)
{
    return table + u"__miq_staging_"_s + runId;
}

QString SqliteDestination::targetName() const
{
    if (m_spec.table.isEmpty())
        return QDir::toNativeSeparators(m_path);
    return tr("table '%1' in %2").arg(m_spec.table, QDir::toNativeSeparators(m_path));
}

Error SqliteDestination::tableError(const QString &cause) const
{
    // Another writer holding the file past the busy timeout may be gone when the run tries again.
    const int code = m_db ? sqlite3_errcode(m_db) & 0xff : SQLITE_OK;
    return Error(tr("Cannot write %1: %2").arg(targetName(), cause), code == SQLITE_BUSY || code == SQLITE_LOCKED);
}

Error SqliteDestination::recordError(qint64 record, const QString &cause) const
{
    return Error(tr("Cannot write record %1 to %2: %3").arg(record).arg(targetName(), cause));
}

QString SqliteDestination::ddl(const TargetSpec &spec) const
{
    if (Status valid = validate(spec); !valid)
        return u"-- "_s + valid.error();
    sqlite3 *db = nullptr;
    if (QFileInfo(m_path).size() > 0) // looking must not create the file
        (void)sqlite::open(m_path, SQLITE_OPEN_READONLY, &db);
    sqlite::TargetPlan plan;
    const QString error = sqlite::planTarget(db, spec, spec.table, plan);
    sqlite::close(db);
    if (!error.isEmpty())
        return u"-- "_s + tr("Cannot write table '%1': %2").arg(spec.table, error);
    QString text;
    if (spec.mode == WriteMode::Replace)
        text = u"-- "_s
               + tr("Loaded into the staging table %1, which replaces %2 when the run finishes.")
                     .arg(sqlite::quote(stagingTable(spec.table, u"<run id>"_s)), sqlite::quote(spec.table))
               + u'\n';
    else if (plan.tableExists)
        text = u"-- "_s
               + tr("Table %1 exists and is compatible; rows are added to it.").arg(sqlite::quote(spec.table))
               + u'\n';
    return text + plan.create.join(u";\n"_s) + u';';
}

Status SqliteDestination::validate(const TargetSpec &spec) const
{
    const QString where = QDir::toNativeSeparators(m_path);
    if (spec.table.isEmpty())
        return Error(tr("Cannot write to %1: no table name is set.").arg(where));
    if (spec.table.compare(checkpointTable(), Qt::CaseInsensitive) == 0)
        return Error(tr("Cannot write to %1: the table name '%2' is reserved for run checkpoints.")
                         .arg(where, spec.table));
    if (spec.columns.isEmpty())
        return Error(tr("Cannot write table '%1' in %2: it has no columns.").arg(spec.table, where));
    QSet<QString> names;
    for (const TargetColumn &column : spec.columns) {
        if (names.contains(column.name.toLower()))
            return Error(
                tr("Cannot write table '%1' in %2: column '%3' appears twice (SQLite ignores case in names).")
                    .arg(spec.table, where, column.name));
        names.insert(column.name.toLower());
    }
    if (spec.mode == WriteMode::Upsert) {
        if (spec.keyColumns.isEmpty())
            return Error(
                tr("Cannot upsert into table '%1' in %2: no key columns are set.").arg(spec.table, where));
        for (const QString &key : spec.keyColumns)
            if (!names.contains(key.toLower()))
                return Error(
                    tr("Cannot upsert into table '%1' in %2: key column '%3' is not one of the columns.")
                        .arg(spec.table, where, key));
    }
    return {};
}

Result<QByteArray> SqliteDestination::begin(const TargetSpec &spec, const QString &runId, bool resume)
{
    if (m_running)
        return Error(tr("Cannot start run '%1' on %2: run '%3' is still writing it.")
                         .arg(runId, targetName(), m_runId));
    if (Status valid = validate(spec); !valid)
        return valid.failure();
    m_spec = spec;
    m_runId = runId;
    m_failed = false;
    m_writeTable = spec.mode == WriteMode::Replace ? stagingTable(spec.table, runId) : spec.table;
    m_keyIndexes.clear();
    for (qsizetype c = 0; c < spec.columns.size(); ++c)
        if (sqlite::isUpsertKey(spec, spec.columns[c].name))
            m_keyIndexes.push_back(int(c));
    m_cellText.assign(std::size_t(spec.columns.size()), {});

    if (Status opened = openDatabase(); !opened)
        return opened.failure();
    Result<QByteArray> started = resume ? resumeRun() : Result<QByteArray>(QByteArray());
    if (started && !resume) {
        if (Status fresh = startRun(); !fresh)
            started = fresh.failure();
    }
    if (started) {
        if (Status prepared = prepareStatements(); !prepared)
            started = prepared.failure();
    }
    if (!started) {
        closeDatabase();
        return started;
    }
    m_running = true;
    return started;
}

Status SqliteDestination::openDatabase()
{
    closeDatabase();
    const QString where = QDir::toNativeSeparators(m_path);
    if (const QString error =
            sqlite::open(m_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, &m_db);
        !error.isEmpty())
        return Error(tr("Cannot open '%1': %2").arg(where, error));
    sqlite3_busy_timeout(m_db, 10000); // another writer (a second job on this file) holds the lock briefly
    // WAL: readers (the old table during Replace, the UI) are never blocked by the run. NORMAL
    // sync in WAL mode is durable at each checkpoint of the WAL and never corrupts the file.
    if (const QString error =
            sqlite::exec(m_db, u"PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                               "PRAGMA cache_size=-65536"_s);
        !error.isEmpty()) {
        closeDatabase();
        return Error(tr("Cannot open '%1': %2").arg(where, error));
    }
    m_checkpointer = std::make_unique<SqliteCheckpointer>(m_path);
    if (m_checkpointer->isRunning()) {
        sqlite3_wal_autocheckpoint(m_db, 0);
        sqlite3_wal_hook(m_db, &SqliteDestination::walCommitted, this);
        sqlite::Statement pageSize;
        m_walLimitPages = 4096;
        if (pageSize.prepare(m_db, u"PRAGMA page_size"_s).isEmpty() && pageSize.step() == SQLITE_ROW)
            m_walLimitPages = int(walLimitBytes / std::max(512, sqlite3_column_int(pageSize.get(), 0)));
    } else {
        m_checkpointer.reset();
    }
    return {};
}

Result<QByteArray> SqliteDestination::resumeRun()
{
    QString error;
    const sqlite::ExistingTable checkpoints = sqlite::inspectTable(m_db, checkpointTable(), {}, error);
    if (!error.isEmpty())
        return tableError(error);
    if (checkpoints.exists) {
        sqlite::Statement select;
        error = select.prepare(m_db, u"SELECT checkpoint, rows FROM "_s + sqlite::quote(checkpointTable())
                                         + u" WHERE run_id = ?1"_s);
        if (!error.isEmpty())
            return tableError(error);
        select.bindText(1, m_runId);
        const int rc = select.step();
        if (rc == SQLITE_ROW) {
            const auto *data = static_cast<const char *>(sqlite3_column_blob(select.get(), 0));
            const QByteArray checkpoint(data, sqlite3_column_bytes(select.get(), 0));
            const qint64 rows = sqlite3_column_int64(select.get(), 1);
            const sqlite::ExistingTable table = sqlite::inspectTable(
                m_db, m_writeTable, m_spec.mode == WriteMode::Upsert ? m_spec.keyColumns : QStringList(),
                error);
            if (!error.isEmpty())
                return tableError(error);
            if (!table.exists)
                return tableError(
                    tr("cannot resume run '%1': its table '%2' no longer exists. Start the run over.")
                        .arg(m_runId, m_writeTable));
            if (QString why = sqlite::incompatibility(table, m_spec); !why.isEmpty())
                return tableError(tr("cannot resume run '%1': %2").arg(m_runId, why));
            if (m_spec.mode == WriteMode::Upsert && !table.hasKeyConstraint)
                return tableError(
                    tr("cannot resume run '%1': the unique index on the keys is gone.").arg(m_runId));
            m_rows = rows;
            return checkpoint;
        }
        if (rc != SQLITE_DONE)
            return tableError(sqlite::errorText(m_db));
    }
    // The run committed nothing: start it as if new (a Replace recreates its staging table).
    if (Status fresh = startRun(); !fresh)
        return fresh.failure();
    return QByteArray();
}

Status SqliteDestination::startRun()
{
    sqlite::TargetPlan plan;
    if (const QString error = sqlite::planTarget(m_db, m_spec, m_writeTable, plan); !error.isEmpty())
        return tableError(error);
    if (Status begun = beginTransaction(); !begun)
        return begun;
    for (const QString &sql : plan.prelude + plan.create) {
        if (const QString error = sqlite::exec(m_db, sql); !error.isEmpty()) {
            rollback();
            if (sql == plan.keyIndex)
                return tableError(
                    tr("cannot create a unique index on the key columns (%1) of the existing table, "
                       "which upsert needs: %2. Remove the duplicate keys or choose other keys.")
                        .arg(m_spec.keyColumns.join(u", "_s), error));
            return tableError(error);
        }
    }
    if (const QString error = forgetCheckpoint(); !error.isEmpty()) {
        rollback();
        return tableError(error);
    }
    m_rows = 0;
    return commitTransaction();
}

Status SqliteDestination::prepareStatements()
{
    QStringList names;
    QStringList parameters;
    for (qsizetype c = 0; c < m_spec.columns.size(); ++c) {
        names.append(m_spec.columns[c].name);
        parameters.append(u'?' + QString::number(c + 1));
    }
    QString insert = u"INSERT INTO "_s + sqlite::quote(m_writeTable) + u" ("_s + sqlite::columnList(names)
                     + u") VALUES ("_s + parameters.join(u", "_s) + u')';
    if (m_spec.mode == WriteMode::Upsert) {
        QStringList updates;
        for (const TargetColumn &column : m_spec.columns)
            if (!sqlite::isUpsertKey(m_spec, column.name))
                updates.append(sqlite::quote(column.name) + u" = excluded."_s + sqlite::quote(column.name));
        insert += u" ON CONFLICT ("_s + sqlite::columnList(m_spec.keyColumns) + u") "_s
                  + (updates.isEmpty() ? u"DO NOTHING"_s : u"DO UPDATE SET "_s + updates.join(u", "_s));
    }
    const QString save =
        u"INSERT INTO "_s + sqlite::quote(checkpointTable())
        + u" (run_id, checkpoint, rows, updated_at) VALUES (?1, ?2, ?3, strftime('%Y-%m-%d %H:%M:%f', "
          u"'now')) "
          "ON CONFLICT (run_id) DO UPDATE SET checkpoint = excluded.checkpoint, rows = excluded.rows, "
          "updated_at = excluded.updated_at"_s;
    const std::pair<const QString *, sqlite3_stmt **> statements[] = {{&insert, &m_insert},
                                                                      {&save, &m_saveCheckpoint}};
    for (const auto &[sql, stmt] : statements) {
        const QByteArray utf8 = sql->toUtf8();
        if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, stmt,
                               nullptr)
            != SQLITE_OK)
            return tableError(sqlite::errorText(m_db));
    }
    return {};
}

Status SqliteDestination::beginTransaction()
{
    // IMMEDIATE takes the write lock now, so a concurrent writer makes us wait (busy timeout)
    // here instead of failing half-way through a batch.
    if (const QString error = sqlite::exec(m_db, u"BEGIN IMMEDIATE"_s); !error.isEmpty())
        return tableError(error);
    m_inTransaction = true;
    return {};
}

Status SqliteDestination::commitTransaction()
{
    if (const QString error = sqlite::exec(m_db, u"COMMIT"_s); !error.isEmpty()) {
        rollback();
        return tableError(error);
    }
    m_inTransaction = false;
    return {};
}

QString SqliteDestination::forgetCheckpoint()
{
    sqlite::Statement forget;
    QString error =
        forget.prepare(m_db, u"DELETE FROM "_s + sqlite::quote(checkpointTable()) + u" WHERE run_id = ?1"_s);
    if (error.isEmpty()) {
        forget.bindText(1, m_runId);
        if (forget.step() != SQLITE_DONE)
            error = sqlite::errorText(m_db);
    }
    return error;
}

void SqliteDestination::rollback()
{
    if (m_db && !sqlite3_get_autocommit(m_db))
        (void)sqlite::exec(m_db, u"ROLLBACK"_s);
    m_inTransaction = false;
}

int SqliteDestination::walCommitted(void *destination, sqlite3 *, const char *, int pages)
{
    static_cast<SqliteDestination *>(destination)->m_walPages = pages;
    return SQLITE_OK;
}

void SqliteDestination::closeDatabase()
{
    m_checkpointer.reset(); // first: closing the writer's connection last checkpoints what is left
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_saveCheckpoint);
    m_insert = nullptr;
    m_saveCheckpoint = nullptr;
    sqlite::close(m_db);
    m_inTransaction = false;
}

Status SqliteDestination::write(const RecordBatch &batch)
{
    if (const QString refusal = writeRefusal(m_running, m_failed, batch, m_spec); !refusal.isEmpty())
        return tableError(refusal);
    const std::size_t columnCount = std::size_t(m_spec.columns.size());
    if (!m_inTransaction) {
        if (Status begun = beginTransaction(); !begun) {
            m_failed = true;
            return begun;
        }
    }
    // A savepoint per batch: a row the table refuses (constraint, null key) undoes only this
    // batch, like the file destinations, and the run can go on (the caller may quarantine rows).
    if (const QString error = sqlite::exec(m_db, u"SAVEPOINT miq_batch"_s); !error.isEmpty()) {
        rollback();
        m_failed = true;
        return tableError(error);
    }
    const auto fail = [&](std::int64_t row, const QString &cause) {
        const int code = sqlite3_errcode(m_db) & 0xff;
        sqlite3_reset(m_insert);
        sqlite3_clear_bindings(m_insert);
        // I/O failures (full disk, I/O error, lost lock) may have rolled the whole transaction
        // back already and leave no trustworthy state: they end the run.
        const bool fatal = code == SQLITE_FULL || code == SQLITE_IOERR || code == SQLITE_BUSY
                           || code == SQLITE_NOMEM || code == SQLITE_CORRUPT || code == SQLITE_READONLY
                           || sqlite3_get_autocommit(m_db);
        if (fatal || !sqlite::exec(m_db, u"ROLLBACK TO miq_batch; RELEASE miq_batch"_s).isEmpty()) {
            rollback();
            m_failed = true;
        }
        return recordError(batch.recordNumber(row) + 1, cause);
    };
    static const char empty[] = "";
    for (std::int64_t r = 0; r < batch.rowCount; ++r) {
        for (const int k : m_keyIndexes)
            if (batch.columns[std::size_t(k)].isNull(r))
                return fail(r, tr("key column '%1' is null, so the row cannot be matched for upsert.")
                                   .arg(m_spec.columns[k].name));
        for (std::size_t c = 0; c < columnCount; ++c) {
            const Column &column = batch.columns[c];
            const int p = int(c) + 1;
            if (column.isNull(r)) {
                sqlite3_bind_null(m_insert, p);
                continue;
            }
            switch (column.type()) {
            case ColumnType::Int64:
            case ColumnType::Bool: sqlite3_bind_int64(m_insert, p, column.intValue(r)); break;
            case ColumnType::Double:
                if (std::isnan(column.doubleValue(r)))
                    sqlite3_bind_text(m_insert, p, "NaN", 3, SQLITE_STATIC);
                else
                    sqlite3_bind_double(m_insert, p, column.doubleValue(r));
                break;
            case ColumnType::String:
            case ColumnType::Decimal: {
                // SQLITE_STATIC: the text stays in the batch until the row is stepped.
                const std::string_view text = column.text(r);
                sqlite3_bind_text(m_insert, p, text.empty() ? empty : text.data(), int(text.size()),
                                  SQLITE_STATIC);
                break;
            }
            case ColumnType::Bytes: {
                const std::string_view bytes = column.text(r);
                sqlite3_bind_blob(m_insert, p, bytes.empty() ? empty : bytes.data(), int(bytes.size()),
                                  SQLITE_STATIC);
                break;
            }
            case ColumnType::Date:
            case ColumnType::Timestamp: {
                char *begin = m_cellText[c].data();
                char *end = column.type() == ColumnType::Date
                                ? canonical::formatDate(begin, column.intValue(r))
                                : canonical::formatTimestamp(begin, column.intValue(r), ' ', false);
                if (!end)
                    return fail(r, tr("the value of column '%1' is out of range.")
                                       .arg(m_spec.columns[qsizetype(c)].name));
                sqlite3_bind_text(m_insert, p, begin, int(end - begin), SQLITE_STATIC);
                break;
            }
            }
        }
        if (sqlite3_step(m_insert) != SQLITE_DONE)
            return fail(r, sqlite::errorText(m_db));
        sqlite3_reset(m_insert);
    }
    // No binding may point into the batch once write() returns.
    sqlite3_clear_bindings(m_insert);
    if (const QString error = sqlite::exec(m_db, u"RELEASE miq_batch"_s); !error.isEmpty()) {
        rollback();
        m_failed = true;
        return tableError(error);
    }
    m_rows += batch.rowCount;
    return {};
}

Status SqliteDestination::commit(const QByteArray &checkpoint)
{
    if (const QString refusal = runRefusal(m_running, m_failed); !refusal.isEmpty())
        return tableError(refusal);
    if (!m_inTransaction) {
        if (Status begun = beginTransaction(); !begun)
            return begun;
    }
    const QByteArray runId = m_runId.toUtf8();
    sqlite3_bind_text(m_saveCheckpoint, 1, runId.constData(), int(runId.size()), SQLITE_STATIC);
    sqlite3_bind_blob(m_saveCheckpoint, 2, checkpoint.constData(), int(checkpoint.size()), SQLITE_STATIC);
    sqlite3_bind_int64(m_saveCheckpoint, 3, m_rows);
    const int rc = sqlite3_step(m_saveCheckpoint);
    const QString error = rc == SQLITE_DONE ? QString() : sqlite::errorText(m_db);
    sqlite3_reset(m_saveCheckpoint);
    sqlite3_clear_bindings(m_saveCheckpoint);
    if (!error.isEmpty()) {
        rollback();
        m_failed = true;
        return tableError(error);
    }
    // The rows since the last commit and the checkpoint become durable together, or not at all.
    if (Status committed = commitTransaction(); !committed) {
        m_failed = true;
        return committed;
    }
    if (m_checkpointer) {
        m_checkpointer->committed();
        if (m_walPages > m_walLimitPages) {
            // SQLite writes the next commit from the start of the WAL if the writer's transaction
            // began on a fully checkpointed WAL and no reader holds a snapshot in it. So: no
            // follower reading, a checkpoint run after that (one that ran while a follower was
            // reading may have stopped short of the end), then the next transaction begins.
            if (m_walGate) {
                m_walGate->close();
                m_checkpointer->committed();
            }
            m_checkpointer->waitUntilIdle();
            const Status begun = beginTransaction();
            if (m_walGate)
                m_walGate->open(); // readers from now on read the database file, not the WAL
            if (!begun) {
                m_failed = true;
                return begun;
            }
        }
    }
    return {};
}

Status SqliteDestination::finish()
{
    if (const QString refusal = runRefusal(m_running, m_failed); !refusal.isEmpty())
        return tableError(refusal);
    if (!m_inTransaction) {
        if (Status begun = beginTransaction(); !begun)
            return begun;
    }
    QStringList statements;
    if (m_spec.mode == WriteMode::Replace) {
        // Legacy rename: do not rewrite or check views and triggers that name the old table
        // (dropped a statement earlier); they refer to the new one by name afterwards.
        statements << u"PRAGMA legacy_alter_table = ON"_s
                   << u"DROP TABLE IF EXISTS "_s + sqlite::quote(m_spec.table)
                   << u"ALTER TABLE "_s + sqlite::quote(m_writeTable) + u" RENAME TO "_s
                          + sqlite::quote(m_spec.table);
    }
    QString error;
    for (const QString &sql : std::as_const(statements)) {
        if (error = sqlite::exec(m_db, sql); !error.isEmpty())
            break;
    }
    if (error.isEmpty())
        error = forgetCheckpoint();
    if (!error.isEmpty()) {
        rollback();
        m_failed = true;
        return tableError(error);
    }
    if (Status committed = commitTransaction(); !committed) {
        m_failed = true;
        return committed;
    }
    closeDatabase();
    m_running = false;
    return {};
}

void SqliteDestination::abort()
{
    if (!m_running)
        return;
    rollback();
    if (m_spec.mode == WriteMode::Replace)
        (void)sqlite::exec(m_db, u"DROP TABLE IF EXISTS "_s + sqlite::quote(m_writeTable));
    (void)forgetCheckpoint();
    closeDatabase();
    m_running = false;
}

Result<std::unique_ptr<StreamReader>> SqliteDestination::readBack(const ReadOptions &options)
{
    if (m_running)
        return Error(tr("Cannot read %1 back: its run has not finished.").arg(targetName()));
    if (m_spec.table.isEmpty())
        return Error(
            tr("Cannot read '%1' back: no run has written it.").arg(QDir::toNativeSeparators(m_path)));
    if (!options.resumeFrom.isEmpty())
        return Error(tr("Reading %1 back cannot resume from a position.").arg(targetName()));
    Result<std::unique_ptr<SqliteTableReader>> reader = SqliteTableReader::open(m_path, m_spec, options);
    if (!reader)
        return reader.failure();
    return std::unique_ptr<StreamReader>(std::move(*reader));
}

std::unique_ptr<CommittedRowsReader> SqliteDestination::followCommits(const ReadOptions &options)
{
    if (!m_running || m_spec.mode != WriteMode::Replace)
        return nullptr;
    TargetSpec staging = m_spec;
    staging.table = m_writeTable;
    if (!m_walGate)
        m_walGate = std::make_shared<SqliteWalGate>();
    return std::make_unique<SqliteCommittedRows>(m_path, std::move(staging), m_spec.table, m_walGate, options);
}

Result<std::vector<std::unique_ptr<StreamReader>>> SqliteDestination::readBackParts(const ReadOptions &options,
                                                                                   int parts)
{
    if (m_running || m_spec.table.isEmpty() || parts <= 1 || !options.resumeFrom.isEmpty())
        return Destination::readBackParts(options, 1);
    sqlite3 *db = nullptr;
    if (!sqlite::open(m_path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, &db).isEmpty()) {
        sqlite::close(db);
        return Destination::readBackParts(options, 1);
    }
    sqlite3_stmt *range = nullptr;
    const QByteArray sql = (u"SELECT min(rowid), max(rowid) FROM "_s + sqlite::quote(m_spec.table)).toUtf8();
    qint64 first = 0;
    qint64 last = -1;
    // WITHOUT ROWID tables fail to prepare this: they are read in one part.
    const bool ranged = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &range, nullptr) == SQLITE_OK
                        && sqlite3_step(range) == SQLITE_ROW && sqlite3_column_type(range, 0) != SQLITE_NULL;
    if (ranged) {
        first = sqlite3_column_int64(range, 0);
        last = sqlite3_column_int64(range, 1);
    }
    sqlite3_finalize(range);
    sqlite::close(db);
    if (!ranged || last - first < 2 * qint64(parts))
        return Destination::readBackParts(options, 1);

    std::vector<std::unique_ptr<StreamReader>> readers;
    const qint64 span = (last - first) / parts + 1;
    for (int part = 0; part < parts; ++part) {
        const qint64 from = first + part * span;
        const qint64 to = part == parts - 1 ? last : from + span - 1;
        auto reader = SqliteTableReader::open(m_path, m_spec, options, std::pair{from, to});
        if (!reader)
            return reader.failure();
        readers.push_back(std::move(*reader));
    }
    return readers;
}

} // namespace miq
