#include "connectors/sql/mariadbdestination.h"

#include "connectors/dest/canonicaltext.h"
#include "connectors/sql/mariadbstreamreader.h"
#include "connectors/sql/mariadbtypes.h"
#include "connectors/sql/sqlsupport.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

#include <errmsg.h>
#include <mysql.h>
#include <mysqld_error.h>

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace miq {

namespace {

// MySQL's DATE/DATETIME range: 0001-01-01 .. 9999-12-31 (year 0 is not a real date there).
const qint64 firstDay = daysFromCivil(1, 1, 1);
const qint64 lastDay = daysFromCivil(9999, 12, 31);
constexpr qint64 microsPerDay = qint64(86400) * 1000000;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

std::string quoted(const QString &identifier)
{
    return utf8(quoteMariaDbIdentifier(identifier));
}

bool isKey(const TargetSpec &spec, const QString &column)
{
    if (spec.mode != WriteMode::Upsert)
        return false;
    for (const QString &key : spec.keyColumns)
        if (key.compare(column, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Errors after which the transaction (or the connection) is gone: the run cannot go on.
bool isFatal(unsigned int code)
{
    return code == CR_SERVER_GONE_ERROR || code == CR_SERVER_LOST || code == CR_COMMANDS_OUT_OF_SYNC ||
           code == ER_LOCK_DEADLOCK || code == ER_QUERY_INTERRUPTED || code == ER_OUTOFMEMORY ||
           code == ER_RECORD_FILE_FULL || code == ER_DISK_FULL || code == CR_CONNECTION_ERROR;
}

} // namespace

MariaDbDestination::MariaDbDestination(ConnectionSettings settings)
    : m_settings(MariaDbSettings::from(settings))
{}

MariaDbDestination::~MariaDbDestination()
{
    // Without finish() or abort() this is an interruption: closing the session makes the server
    // roll the open transaction back, exactly like a crash would; staging table and checkpoint stay.
    m_session.reset();
}

QString MariaDbDestination::checkpointTable()
{
    return u"_miq_checkpoints"_s;
}

QString MariaDbDestination::stagingTable(const QString &table, const QString &runId)
{
    // MySQL names hold at most 64 characters: a hash of table and run keeps the name short and
    // lets a resumed run find its staging table again.
    const QByteArray hash =
        QCryptographicHash::hash((table + u'\n' + runId).toUtf8(), QCryptographicHash::Sha1);
    return u"_miq_stage_"_s + QString::fromLatin1(hash.toHex().left(20));
}

QString MariaDbDestination::targetName() const
{
    return tr("table '%1' in database '%2' (MySQL/MariaDB at %3)")
        .arg(m_spec.table, m_settings.database, m_settings.endpoint());
}

Error MariaDbDestination::tableError(const QString &cause) const
{
    return Error(maskSecret(tr("Cannot write %1: %2").arg(targetName(), cause), m_settings.password));
}

Error MariaDbDestination::recordError(qint64 record, const QString &cause) const
{
    return Error(maskSecret(tr("Cannot write record %1 to %2: %3").arg(record).arg(targetName(), cause),
                            m_settings.password));
}

Status MariaDbDestination::validate(const TargetSpec &spec) const
{
    const QString where =
        tr("database '%1' (MySQL/MariaDB at %2)").arg(m_settings.database, m_settings.endpoint());
    if (!m_settings.error.isEmpty())
        return Error(m_settings.error);
    if (spec.table.isEmpty())
        return Error(tr("Cannot write to %1: no table name is set.").arg(where));
    if (spec.table.size() > 64)
        return Error(tr("Cannot write table '%1' in %2: MySQL table names have at most 64 characters.")
                         .arg(spec.table, where));
    if (spec.table.compare(checkpointTable(), Qt::CaseInsensitive) == 0 ||
        spec.table.startsWith(u"_miq_stage_"_s))
        return Error(tr("Cannot write to %1: the table name '%2' is reserved for MigrateIQ's own tables.")
                         .arg(where, spec.table));
    if (spec.columns.isEmpty())
        return Error(tr("Cannot write table '%1' in %2: it has no columns.").arg(spec.table, where));
    QSet<QString> names;
    for (const TargetColumn &column : spec.columns) {
        if (column.name.isEmpty() || column.name.size() > 64)
            return Error(
                tr("Cannot write table '%1' in %2: column name '%3' is empty or longer than 64 characters.")
                    .arg(spec.table, where, column.name));
        if (names.contains(column.name.toLower()))
            return Error(tr("Cannot write table '%1' in %2: column '%3' appears twice (MySQL ignores case in "
                            "column names).")
                             .arg(spec.table, where, column.name));
        names.insert(column.name.toLower());
    }
    if (spec.mode == WriteMode::Upsert) {
        if (spec.keyColumns.isEmpty())
            return Error(
                tr("Cannot upsert into table '%1' in %2: no key columns are set.").arg(spec.table, where));
        int keyBytes = 0;
        for (const QString &key : spec.keyColumns) {
            if (!names.contains(key.toLower()))
                return Error(
                    tr("Cannot upsert into table '%1' in %2: key column '%3' is not one of the columns.")
                        .arg(spec.table, where, key));
        }
        for (const TargetColumn &column : spec.columns) {
            if (!isKey(spec, column.name))
                continue;
            const QString type = mariaDbColumnType(column, true);
            const int length = type.section(u'(', 1).section(u')', 0, 0).toInt();
            keyBytes += column.type == ColumnType::String  ? 4 * length
                        : column.type == ColumnType::Bytes ? length
                                                           : 16;
        }
        if (keyBytes > 3072)
            return Error(tr("Cannot upsert into table '%1' in %2: the key columns are too long for an index "
                            "(at most 3072 bytes; text counts 4 bytes per character).")
                             .arg(spec.table, where));
    }
    return {};
}

QString MariaDbDestination::createStatement(const QString &table, bool ifNotExists,
                                            const QString &collation) const
{
    QStringList definitions;
    for (const TargetColumn &column : m_spec.columns) {
        const bool key = isKey(m_spec, column.name);
        definitions << quoteMariaDbIdentifier(column.name) + u' ' + mariaDbColumnType(column, key) +
                           (column.nullable && !key ? u" NULL"_s : u" NOT NULL"_s);
    }
    if (m_spec.mode == WriteMode::Upsert) {
        QStringList keys;
        for (const QString &key : m_spec.keyColumns)
            keys << quoteMariaDbIdentifier(key);
        definitions << u"PRIMARY KEY ("_s + keys.join(u", "_s) + u')';
    }
    return u"CREATE TABLE "_s + (ifNotExists ? u"IF NOT EXISTS "_s : QString()) +
           quoteMariaDbIdentifier(table) + u" (\n  "_s + definitions.join(u",\n  "_s) +
           u"\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE="_s + collation;
}

QString MariaDbDestination::ddl(const TargetSpec &spec) const
{
    if (Status valid = validate(spec); !valid)
        return u"-- "_s + valid.error();
    MariaDbDestination planner(ConnectionSettings{});
    planner.m_spec = spec;
    const QString collation = u"utf8mb4_nopad_bin"_s;
    QString text;
    if (spec.mode == WriteMode::Replace)
        text = u"-- "_s +
               tr("Loaded into a staging table, which replaces %1 in one RENAME TABLE when the run finishes.")
                   .arg(quoteMariaDbIdentifier(spec.table)) +
               u'\n' + planner.createStatement(spec.table, false, collation);
    else
        text = u"-- "_s + tr("Created when missing; an existing table keeps its columns and rows.") + u'\n' +
               planner.createStatement(spec.table, true, collation);
    return text + u';';
}

Status MariaDbDestination::run(const QString &sql)
{
    if (!m_session->exec(sql))
        return tableError(m_session->errorText());
    return {};
}

Status MariaDbDestination::checkReachable()
{
    auto session = MariaDbSession::open(m_settings, MariaDbSession::Purpose::Write);
    if (!session)
        return session.failure();
    return {};
}

Result<QByteArray> MariaDbDestination::begin(const TargetSpec &spec, const QString &runId, bool resume)
{
    if (m_running)
        return Error(tr("Cannot start run '%1' on %2: run '%3' is still writing it.")
                         .arg(runId, targetName(), m_runId));
    if (Status valid = validate(spec); !valid)
        return Error(valid.error());
    m_spec = spec;
    m_runId = runId;
    m_failed = false;
    m_inTransaction = false;
    m_writeTable = spec.mode == WriteMode::Replace ? stagingTable(spec.table, runId) : spec.table;
    m_keyIndexes.clear();
    for (qsizetype c = 0; c < spec.columns.size(); ++c)
        if (isKey(spec, spec.columns[c].name))
            m_keyIndexes.push_back(int(c));

    auto session = MariaDbSession::open(m_settings, MariaDbSession::Purpose::Write);
    if (!session)
        return Error(session.error());
    m_session = std::move(*session);
    // Half the packet limit leaves room for escaping growth and protocol overhead; statements of
    // a few MiB are as fast as bigger ones.
    m_statementBytes = std::size_t(std::clamp<qint64>(m_session->maxAllowedPacket() / 2, 64 << 10, 4 << 20));

    QStringList names, updates;
    for (const TargetColumn &column : std::as_const(m_spec.columns)) {
        names << quoteMariaDbIdentifier(column.name);
        if (!isKey(m_spec, column.name))
            updates << (m_session->hasInsertAlias()
                            ? QString(quoteMariaDbIdentifier(column.name) + u" = miq_new."_s +
                                      quoteMariaDbIdentifier(column.name))
                            : QString(quoteMariaDbIdentifier(column.name) + u" = VALUES("_s +
                                      quoteMariaDbIdentifier(column.name) + u')'));
    }
    m_insertHead = utf8(u"INSERT INTO "_s + quoteMariaDbIdentifier(m_writeTable) + u" ("_s +
                        names.join(u", "_s) + u") VALUES "_s);
    m_insertTail.clear();
    if (m_spec.mode == WriteMode::Upsert) {
        if (updates.isEmpty()) // only keys: a duplicate changes nothing
            updates << quoteMariaDbIdentifier(m_spec.keyColumns.first()) + u" = "_s +
                           quoteMariaDbIdentifier(m_spec.keyColumns.first());
        m_insertTail = utf8((m_session->hasInsertAlias() ? u" AS miq_new"_s : QString()) +
                            u" ON DUPLICATE KEY UPDATE "_s + updates.join(u", "_s));
    }

    Status ready = run(u"CREATE TABLE IF NOT EXISTS "_s + quoteMariaDbIdentifier(checkpointTable()) +
                       u" (run_id VARCHAR(64) NOT NULL PRIMARY KEY, checkpoint LONGBLOB NOT NULL, "
                       "`rows` BIGINT NOT NULL, updated_at DATETIME(6) NOT NULL) "
                       "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin"_s);
    Result<QByteArray> started = ready ? (resume ? resumeRun() : Result<QByteArray>(QByteArray()))
                                       : Result<QByteArray>(Error(ready.error()));
    if (started && !resume) {
        if (Status fresh = startRun(); !fresh)
            started = Error(fresh.error());
    }
    if (!started) {
        m_session.reset();
        return started;
    }
    m_running = true;
    return started;
}

Result<QByteArray> MariaDbDestination::resumeRun()
{
    std::string sql = "SELECT checkpoint, `rows` FROM " + quoted(checkpointTable()) + " WHERE run_id = ";
    m_session->appendLiteral(sql, utf8(m_runId));
    // The checkpoint is binary: read it with the raw API rather than as text.
    MYSQL *mysql = m_session->handle();
    if (mysql_real_query(mysql, sql.data(), static_cast<unsigned long>(sql.size())) != 0)
        return tableError(m_session->errorText());
    MYSQL_RES *result = mysql_store_result(mysql);
    if (!result)
        return tableError(m_session->errorText());
    std::optional<QByteArray> checkpoint;
    qint64 rows = 0;
    if (MYSQL_ROW row = mysql_fetch_row(result)) {
        const unsigned long *lengths = mysql_fetch_lengths(result);
        checkpoint = QByteArray(row[0], qsizetype(lengths[0]));
        rows = QByteArray(row[1], qsizetype(lengths[1])).toLongLong();
    }
    mysql_free_result(result);
    if (!checkpoint) {
        // The run committed nothing: start it as if new (a Replace recreates its staging table).
        if (Status fresh = startRun(); !fresh)
            return Error(fresh.error());
        return QByteArray();
    }
    std::string exists = "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND "
                         "BINARY TABLE_NAME = ";
    m_session->appendLiteral(exists, utf8(m_writeTable));
    auto found = m_session->select(QString::fromStdString(exists));
    if (!found)
        return tableError(found.error());
    if (found->isEmpty() || found->first().value(0) != u"1"_s)
        return tableError(tr("cannot resume run '%1': its table '%2' no longer exists. Start the run over.")
                              .arg(m_runId, m_writeTable));
    m_rows = rows;
    return *checkpoint;
}

Status MariaDbDestination::startRun()
{
    const QString collation = m_session->isMariaDb() ? u"utf8mb4_nopad_bin"_s : u"utf8mb4_0900_bin"_s;
    if (m_spec.mode == WriteMode::Replace) {
        if (Status s = run(u"DROP TABLE IF EXISTS "_s + quoteMariaDbIdentifier(m_writeTable)); !s)
            return s;
        if (Status s = run(createStatement(m_writeTable, false, collation)); !s)
            return s;
    } else {
        if (Status s = run(createStatement(m_writeTable, true, collation)); !s)
            return s;
        if (Status s = prepareExistingTable(); !s)
            return s;
    }
    std::string forget = "DELETE FROM " + quoted(checkpointTable()) + " WHERE run_id = ";
    m_session->appendLiteral(forget, utf8(m_runId));
    if (!m_session->exec(forget))
        return tableError(m_session->errorText());
    m_rows = 0;
    return {};
}

Status MariaDbDestination::prepareExistingTable()
{
    // The table may have existed before (CREATE TABLE IF NOT EXISTS kept it): it must have every
    // target column, and for upsert a unique index on exactly the keys.
    std::string sql = "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                      "AND BINARY TABLE_NAME = ";
    m_session->appendLiteral(sql, utf8(m_writeTable));
    auto columns = m_session->select(QString::fromStdString(sql));
    if (!columns)
        return tableError(columns.error());
    QSet<QString> existing;
    for (const QStringList &row : std::as_const(*columns))
        existing.insert(row.value(0).toLower());
    for (const TargetColumn &column : std::as_const(m_spec.columns))
        if (!existing.contains(column.name.toLower()))
            return tableError(tr("the existing table has no column '%1'. Add it, or write to another table.")
                                  .arg(column.name));
    if (m_spec.mode != WriteMode::Upsert)
        return {};
    sql = "SELECT INDEX_NAME, GROUP_CONCAT(LOWER(COLUMN_NAME) ORDER BY COLUMN_NAME SEPARATOR '\\n') "
          "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND NON_UNIQUE = 0 "
          "AND BINARY TABLE_NAME = ";
    m_session->appendLiteral(sql, utf8(m_writeTable));
    sql += " GROUP BY INDEX_NAME";
    auto indexes = m_session->select(QString::fromStdString(sql));
    if (!indexes)
        return tableError(indexes.error());
    QStringList keys;
    for (const QString &key : std::as_const(m_spec.keyColumns))
        keys << key.toLower();
    keys.sort();
    for (const QStringList &row : std::as_const(*indexes))
        if (row.value(1).split(u'\n') == keys)
            return {};
    QStringList quotedKeys;
    for (const QString &key : std::as_const(m_spec.keyColumns))
        quotedKeys << quoteMariaDbIdentifier(key);
    if (!m_session->exec(u"ALTER TABLE "_s + quoteMariaDbIdentifier(m_writeTable) +
                         u" ADD UNIQUE KEY miq_upsert_key ("_s + quotedKeys.join(u", "_s) + u')'))
        return tableError(
            tr("cannot create a unique index on the key columns (%1) of the existing table, which "
               "upsert needs: %2. Remove the duplicate keys or choose other keys.")
                .arg(m_spec.keyColumns.join(u", "_s), m_session->errorText()));
    return {};
}

Status MariaDbDestination::beginTransaction()
{
    if (!m_session->exec(std::string_view("START TRANSACTION"))) {
        m_failed = true;
        return tableError(m_session->errorText());
    }
    m_inTransaction = true;
    return {};
}

void MariaDbDestination::rollback()
{
    if (m_session && m_inTransaction)
        (void)m_session->exec(std::string_view("ROLLBACK"));
    m_inTransaction = false;
}

QString MariaDbDestination::appendRow(std::string &sql, const RecordBatch &batch, std::int64_t row) const
{
    sql += '(';
    char buffer[64];
    for (std::size_t c = 0; c < batch.columns.size(); ++c) {
        if (c > 0)
            sql += ',';
        const Column &column = batch.columns[c];
        if (column.isNull(row)) {
            sql += "NULL";
            continue;
        }
        const TargetColumn &target = m_spec.columns[qsizetype(c)];
        switch (column.type()) {
        case ColumnType::Int64:
        case ColumnType::Bool: {
            const auto end = std::to_chars(buffer, buffer + sizeof buffer, column.intValue(row)).ptr;
            sql.append(buffer, std::size_t(end - buffer));
            break;
        }
        case ColumnType::Double: {
            const double d = column.doubleValue(row);
            if (!std::isfinite(d))
                return tr("column '%1' holds %2, which MySQL/MariaDB cannot store.")
                    .arg(target.name, std::isnan(d) ? u"NaN"_s
                                      : d > 0       ? u"Infinity"_s
                                                    : u"-Infinity"_s);
            const char *end = canonical::formatDouble(buffer, d);
            sql.append(buffer, std::size_t(end - buffer));
            // A literal without an exponent is a DECIMAL in MySQL; with one it is a double,
            // parsed exactly like the text was written.
            if (std::string_view(buffer, std::size_t(end - buffer)).find_first_of("eE") ==
                std::string_view::npos)
                sql += "e0";
            break;
        }
        case ColumnType::Decimal: {
            const std::string_view text = column.text(row);
            if (!canonical::isDecimalText(text))
                return tr("column '%1' holds '%2', which is not a decimal number.")
                    .arg(target.name,
                         QString::fromUtf8(text.data(), qsizetype(std::min<std::size_t>(text.size(), 60))));
            m_session->appendLiteral(sql, text);
            break;
        }
        case ColumnType::Date:
        case ColumnType::Timestamp: {
            const qint64 v = column.intValue(row);
            const bool date = column.type() == ColumnType::Date;
            const qint64 day = date ? v : (v >= 0 ? v / microsPerDay : -((-v - 1) / microsPerDay) - 1);
            if (day < firstDay || day > lastDay)
                return tr("the value of column '%1' is outside MySQL's range (years 1 to 9999).")
                    .arg(target.name);
            const char *end =
                date ? canonical::formatDate(buffer, v) : canonical::formatTimestamp(buffer, v, ' ', false);
            sql += '\'';
            sql.append(buffer, std::size_t(end - buffer));
            sql += '\'';
            break;
        }
        case ColumnType::String:
            m_session->appendLiteral(sql, column.text(row));
            break;
        case ColumnType::Bytes:
            sql += "_binary";
            m_session->appendLiteral(sql, column.text(row));
            break;
        }
    }
    sql += ')';
    return {};
}

Status MariaDbDestination::sendInsert(const std::string &sql, const RecordBatch &batch, std::int64_t firstRow,
                                      std::int64_t rows)
{
    if (m_session->exec(sql))
        return {};
    const unsigned int code = m_session->errorCode();
    const QString cause = m_session->errorText();
    // The server names the row of the statement for value errors ("... at row 3").
    static const QRegularExpression atRow(u"at row (\\d+)"_s);
    const QRegularExpressionMatch match = atRow.match(cause);
    const std::int64_t row = match.hasMatch() ? firstRow + match.captured(1).toLongLong() - 1 : firstRow;
    if (isFatal(code) || !m_session->exec(std::string_view("ROLLBACK TO SAVEPOINT miq_batch")) ||
        !m_session->exec(std::string_view("RELEASE SAVEPOINT miq_batch"))) {
        rollback();
        m_failed = true;
    }
    if (match.hasMatch() || rows == 1)
        return recordError(batch.recordNumber(std::min(row, firstRow + rows - 1)) + 1, cause);
    return Error(maskSecret(tr("Cannot write records %1 to %2 to %3: %4")
                                .arg(batch.recordNumber(firstRow) + 1)
                                .arg(batch.recordNumber(firstRow + rows - 1) + 1)
                                .arg(targetName(), cause),
                            m_settings.password));
}

Status MariaDbDestination::write(const RecordBatch &batch)
{
    if (const QString refusal = writeRefusal(m_running, m_failed, batch, m_spec); !refusal.isEmpty())
        return tableError(refusal);
    if (batch.rowCount == 0)
        return {};
    if (!m_inTransaction) {
        if (Status begun = beginTransaction(); !begun)
            return begun;
    }
    // A savepoint per batch: a row the table refuses undoes only this batch, and the run can go on.
    if (!m_session->exec(std::string_view("SAVEPOINT miq_batch"))) {
        rollback();
        m_failed = true;
        return tableError(m_session->errorText());
    }
    const auto undoBatch = [&] {
        if (!m_session->exec(std::string_view("ROLLBACK TO SAVEPOINT miq_batch")) ||
            !m_session->exec(std::string_view("RELEASE SAVEPOINT miq_batch"))) {
            rollback();
            m_failed = true;
        }
    };
    const std::size_t limit = std::size_t(m_session->maxAllowedPacket()) - 1024;
    std::int64_t first = 0;
    std::int64_t inStatement = 0;
    m_sql.assign(m_insertHead);
    for (std::int64_t r = 0; r < batch.rowCount; ++r) {
        for (const int k : m_keyIndexes)
            if (batch.columns[std::size_t(k)].isNull(r)) {
                undoBatch();
                return recordError(batch.recordNumber(r) + 1,
                                   tr("key column '%1' is null, so the row cannot be matched for upsert.")
                                       .arg(m_spec.columns[k].name));
            }
        const std::size_t before = m_sql.size();
        if (inStatement > 0)
            m_sql += ',';
        if (const QString problem = appendRow(m_sql, batch, r); !problem.isEmpty()) {
            undoBatch();
            return recordError(batch.recordNumber(r) + 1, problem);
        }
        if (m_sql.size() + m_insertTail.size() > limit) {
            if (inStatement == 0) {
                undoBatch();
                return recordError(batch.recordNumber(r) + 1,
                                   tr("the row is larger than the server's max_allowed_packet (%1 bytes).")
                                       .arg(m_session->maxAllowedPacket()));
            }
            // Send what fits and start the next statement with this row.
            std::string row = m_sql.substr(before + 1);
            m_sql.resize(before);
            m_sql += m_insertTail;
            if (Status sent = sendInsert(m_sql, batch, first, inStatement); !sent)
                return sent;
            m_sql.assign(m_insertHead);
            m_sql += row;
            first = r;
            inStatement = 1;
            continue;
        }
        ++inStatement;
        if (m_sql.size() >= m_statementBytes) {
            m_sql += m_insertTail;
            if (Status sent = sendInsert(m_sql, batch, first, inStatement); !sent)
                return sent;
            m_sql.assign(m_insertHead);
            first = r + 1;
            inStatement = 0;
        }
    }
    if (inStatement > 0) {
        m_sql += m_insertTail;
        if (Status sent = sendInsert(m_sql, batch, first, inStatement); !sent)
            return sent;
    }
    if (!m_session->exec(std::string_view("RELEASE SAVEPOINT miq_batch"))) {
        rollback();
        m_failed = true;
        return tableError(m_session->errorText());
    }
    m_rows += batch.rowCount;
    return {};
}

Status MariaDbDestination::commit(const QByteArray &checkpoint)
{
    if (const QString refusal = runRefusal(m_running, m_failed); !refusal.isEmpty())
        return tableError(refusal);
    if (!m_inTransaction) {
        if (Status begun = beginTransaction(); !begun)
            return begun;
    }
    std::string sql =
        "INSERT INTO " + quoted(checkpointTable()) + " (run_id, checkpoint, `rows`, updated_at) VALUES (";
    m_session->appendLiteral(sql, utf8(m_runId));
    sql += ", _binary";
    m_session->appendLiteral(sql, std::string_view(checkpoint.constData(), std::size_t(checkpoint.size())));
    sql += ", " + std::to_string(m_rows) +
           ", UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE checkpoint = VALUES(checkpoint), "
           "`rows` = VALUES(`rows`), updated_at = VALUES(updated_at)";
    // The rows since the last commit and the checkpoint become durable together, or not at all.
    if (!m_session->exec(sql) || !m_session->exec(std::string_view("COMMIT"))) {
        const Error error = tableError(m_session->errorText());
        rollback();
        m_failed = true;
        return error;
    }
    m_inTransaction = false;
    return {};
}

Status MariaDbDestination::finish()
{
    if (const QString refusal = runRefusal(m_running, m_failed); !refusal.isEmpty())
        return tableError(refusal);
    // Rows written since the last commit() become durable with the removal of the checkpoint.
    // DDL commits implicitly in MySQL, so the swap cannot share this transaction; a crash between
    // the two leaves the old table in place and the run restarts from scratch.
    if (!m_inTransaction) {
        if (Status begun = beginTransaction(); !begun)
            return begun;
    }
    std::string forget = "DELETE FROM " + quoted(checkpointTable()) + " WHERE run_id = ";
    m_session->appendLiteral(forget, utf8(m_runId));
    if (!m_session->exec(forget) || !m_session->exec(std::string_view("COMMIT"))) {
        const Error error = tableError(m_session->errorText());
        rollback();
        m_failed = true;
        return error;
    }
    m_inTransaction = false;
    if (m_spec.mode == WriteMode::Replace) {
        std::string exists =
            "SELECT TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND "
            "BINARY TABLE_NAME = ";
        m_session->appendLiteral(exists, utf8(m_spec.table));
        auto found = m_session->select(QString::fromStdString(exists));
        if (!found) {
            m_failed = true;
            return tableError(found.error());
        }
        if (!found->isEmpty() && found->first().value(0) == u"VIEW"_s) {
            m_failed = true;
            return tableError(tr("'%1' is a view; a run can only replace a table.").arg(m_spec.table));
        }
        const QString target = quoteMariaDbIdentifier(m_spec.table);
        const QString staging = quoteMariaDbIdentifier(m_writeTable);
        const QString old = quoteMariaDbIdentifier(stagingTable(m_spec.table, m_runId + u"-old"_s));
        // One RENAME TABLE is atomic: other sessions see the old table or the new one.
        const QString swap = found->isEmpty() ? QString(u"RENAME TABLE "_s + staging + u" TO "_s + target)
                                              : QString(u"RENAME TABLE "_s + target + u" TO "_s + old +
                                                        u", "_s + staging + u" TO "_s + target);
        if (!m_session->exec(swap)) {
            m_failed = true;
            return tableError(m_session->errorText());
        }
        if (!found->isEmpty() && !m_session->exec(u"DROP TABLE "_s + old)) {
            m_failed = true;
            return tableError(m_session->errorText());
        }
    }
    m_session.reset();
    m_running = false;
    return {};
}

void MariaDbDestination::abort()
{
    if (!m_running)
        return;
    rollback();
    if (m_spec.mode == WriteMode::Replace)
        (void)m_session->exec(u"DROP TABLE IF EXISTS "_s + quoteMariaDbIdentifier(m_writeTable));
    std::string forget = "DELETE FROM " + quoted(checkpointTable()) + " WHERE run_id = ";
    m_session->appendLiteral(forget, utf8(m_runId));
    (void)m_session->exec(forget);
    m_session.reset();
    m_running = false;
}

Result<std::unique_ptr<StreamReader>> MariaDbDestination::openReader(const ReadOptions &options,
                                                                     const QString &where) const
{
    auto session = MariaDbSession::open(m_settings, MariaDbSession::Purpose::Read);
    if (!session)
        return Error(session.error());
    QList<MariaDbColumn> columns;
    QStringList names;
    for (const TargetColumn &target : std::as_const(m_spec.columns)) {
        MariaDbColumn column;
        column.info.name = target.name;
        column.info.type = target.type;
        column.decode = mariaDbDecodeFor(target.type);
        columns.append(column);
        names << quoteMariaDbIdentifier(target.name);
    }
    QString select =
        u"SELECT "_s + names.join(u", "_s) + u" FROM "_s + quoteMariaDbIdentifier(m_spec.table) + where;
    if (options.limitRows >= 0)
        select += u" LIMIT "_s + QString::number(options.limitRows);
    return MariaDbStreamReader::open(std::move(*session), select, columns, options, m_spec.table);
}

Result<std::unique_ptr<StreamReader>> MariaDbDestination::readBack(const ReadOptions &options)
{
    if (m_running)
        return Error(tr("Cannot read %1 back: its run has not finished.").arg(targetName()));
    if (m_spec.table.isEmpty())
        return Error(tr("Cannot read a MySQL/MariaDB destination back: no run has written it."));
    return openReader(options, QString());
}

Result<std::vector<std::unique_ptr<StreamReader>>>
MariaDbDestination::readBackParts(const ReadOptions &options, int parts)
{
    // Only a single integer key gives ranges the server can read by index without scanning the
    // table once per part.
    const bool integerKey = m_spec.mode == WriteMode::Upsert && m_keyIndexes.size() == 1 &&
                            m_spec.columns[m_keyIndexes.front()].type == ColumnType::Int64;
    if (m_running || m_spec.table.isEmpty() || parts <= 1 || !integerKey || options.limitRows >= 0)
        return Destination::readBackParts(options, 1);
    const QString key = quoteMariaDbIdentifier(m_spec.columns[m_keyIndexes.front()].name);
    auto session = MariaDbSession::open(m_settings, MariaDbSession::Purpose::Read);
    if (!session)
        return Error(session.error());
    auto range = (*session)->select(u"SELECT MIN("_s + key + u"), MAX("_s + key + u") FROM "_s +
                                    quoteMariaDbIdentifier(m_spec.table));
    session->reset();
    if (!range)
        return Error(tableError(range.error()).message());
    if (range->isEmpty() || range->first().value(0).isNull())
        return Destination::readBackParts(options, 1);
    const qint64 first = range->first().value(0).toLongLong();
    const qint64 last = range->first().value(1).toLongLong();
    // The span is computed in unsigned arithmetic: last - first can exceed INT64_MAX.
    const quint64 span = quint64(last) - quint64(first);
    if (span < 2 * quint64(parts))
        return Destination::readBackParts(options, 1);
    std::vector<std::unique_ptr<StreamReader>> readers;
    const quint64 step = span / quint64(parts) + 1;
    for (int part = 0; part < parts; ++part) {
        const qint64 from = qint64(quint64(first) + quint64(part) * step);
        QString where = u" WHERE "_s + key + u" >= "_s + QString::number(from);
        if (part < parts - 1)
            where += u" AND "_s + key + u" < "_s + QString::number(qint64(quint64(from) + step));
        auto reader = openReader(options, where);
        if (!reader)
            return Error(reader.error());
        readers.push_back(std::move(*reader));
    }
    return readers;
}

} // namespace miq
