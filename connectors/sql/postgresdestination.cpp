#include "connectors/sql/postgresdestination.h"

#include "connectors/sql/postgresbinary.h"
#include "connectors/sql/postgressession.h"
#include "connectors/sql/postgrestablereader.h"
#include "connectors/sql/sqlsupport.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace miq {

namespace {

constexpr std::size_t copyChunkBytes = 1 << 20;
const QString loadTable = u"pg_temp._miq_load"_s;

QString pgType(ColumnType type)
{
    switch (type) {
    case ColumnType::Int64:
        return u"bigint"_s;
    case ColumnType::Double:
        return u"double precision"_s;
    case ColumnType::Bool:
        return u"boolean"_s;
    case ColumnType::Date:
        return u"date"_s;
    case ColumnType::Timestamp:
        return u"timestamp with time zone"_s;
    case ColumnType::Decimal:
        return u"numeric"_s;
    case ColumnType::String:
        return u"text"_s;
    case ColumnType::Bytes:
        return u"bytea"_s;
    }
    return u"text"_s;
}

// Base types (domains resolved) whose binary form is the one write() sends for `type`.
bool binaryCompatible(ColumnType type, const QString &baseType)
{
    switch (type) {
    case ColumnType::Int64:
        return baseType == u"int8"_s;
    case ColumnType::Double:
        return baseType == u"float8"_s;
    case ColumnType::Bool:
        return baseType == u"bool"_s;
    case ColumnType::Date:
        return baseType == u"date"_s;
    case ColumnType::Timestamp:
        return baseType == u"timestamptz"_s || baseType == u"timestamp"_s;
    case ColumnType::Decimal:
        return baseType == u"numeric"_s;
    case ColumnType::String:
        return baseType == u"text"_s || baseType == u"varchar"_s || baseType == u"bpchar"_s;
    case ColumnType::Bytes:
        return baseType == u"bytea"_s;
    }
    return false;
}

bool isKey(const TargetSpec &spec, const QString &column)
{
    return spec.mode == WriteMode::Upsert && spec.keyColumns.contains(column);
}

QString columnList(const TargetSpec &spec)
{
    QStringList names;
    for (const TargetColumn &c : spec.columns)
        names << quoteIdentifier(c.name);
    return names.join(u", "_s);
}

QString createTable(const QString &qualifiedName, const TargetSpec &spec)
{
    QStringList parts;
    for (const TargetColumn &c : spec.columns)
        parts << quoteIdentifier(c.name) + u' ' + pgType(c.type) +
                     (!c.nullable || isKey(spec, c.name) ? u" NOT NULL"_s : QString());
    if (spec.mode == WriteMode::Upsert) {
        QStringList keys;
        for (const QString &k : spec.keyColumns)
            keys << quoteIdentifier(k);
        parts << u"PRIMARY KEY ("_s + keys.join(u", "_s) + u')';
    }
    return u"CREATE TABLE "_s + qualifiedName + u" (\n    "_s + parts.join(u",\n    "_s) + u"\n)"_s;
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

} // namespace

PostgresDestination::PostgresDestination(ConnectionSettings settings)
    : m_settings(PostgresSettings::parse(settings))
{}

PostgresDestination::~PostgresDestination()
{
    // Without finish() or abort() this is an interruption: closing the connection makes the
    // server roll back the open transaction, exactly like a crash; staging table and checkpoint
    // stay for resuming.
    close();
}

QString PostgresDestination::checkpointTable()
{
    return u"_miq_checkpoints"_s;
}

QString PostgresDestination::stagingTable(const QString &table, const QString &runId)
{
    const QByteArray hash =
        QCryptographicHash::hash((table + u'\n' + runId).toUtf8(), QCryptographicHash::Sha1);
    return u"_miq_staging_"_s + QString::fromLatin1(hash.toHex().left(20));
}

std::optional<std::pair<QString, QString>> PostgresDestination::splitTableName(const QString &name)
{
    // Reads one part: "quoted ""name""" or up to the next dot.
    QStringList parts;
    qsizetype i = 0;
    const qsizetype n = name.size();
    while (i <= n) {
        QString part;
        if (i < n && name[i] == u'"') {
            ++i;
            bool closed = false;
            while (i < n) {
                if (name[i] == u'"') {
                    if (i + 1 < n && name[i + 1] == u'"') {
                        part += u'"';
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                part += name[i++];
            }
            if (!closed || (i < n && name[i] != u'.'))
                return std::nullopt;
        } else {
            while (i < n && name[i] != u'.')
                part += name[i++];
            // Only the first dot separates: "a.b.c" is table "b.c" in schema "a".
            if (parts.size() == 1 && i < n) {
                part += name.mid(i);
                i = n;
            }
        }
        if (part.isEmpty())
            return std::nullopt;
        parts << part;
        ++i; // the dot
    }
    if (parts.size() == 1)
        return std::pair{u"public"_s, parts[0]};
    if (parts.size() == 2)
        return std::pair{parts[0], parts[1]};
    return std::nullopt;
}

QString PostgresDestination::targetName() const
{
    return tr("table '%1' of source '%2' (PostgreSQL database '%3' at %4)")
        .arg(m_spec.table, m_settings.sourceName, m_settings.database, m_settings.endpoint());
}

Error PostgresDestination::tableError(const QString &cause) const
{
    return Error(maskSecret(tr("Cannot write %1: %2").arg(targetName(), cause), m_settings.password));
}

Error PostgresDestination::recordError(qint64 record, const QString &cause) const
{
    return Error(maskSecret(tr("Cannot write record %1 to %2: %3").arg(record).arg(targetName(), cause),
                            m_settings.password));
}

QString PostgresDestination::qualified(const QString &table) const
{
    return quoteIdentifier(m_plan.schema) + u'.' + quoteIdentifier(table);
}

Status PostgresDestination::validate(const TargetSpec &spec) const
{
    const QString where =
        tr("source '%1' (PostgreSQL at %2)").arg(m_settings.sourceName, m_settings.endpoint());
    if (!m_settings.error.isEmpty())
        return Error(m_settings.error);
    if (spec.table.trimmed().isEmpty())
        return Error(tr("Cannot write to %1: no table name is set.").arg(where));
    const auto names = splitTableName(spec.table);
    if (!names)
        return Error(tr("Cannot write to %1: '%2' is not a table name (write table, schema.table or "
                        "\"quoted\".\"names\").")
                         .arg(where, spec.table));
    if (names->second == checkpointTable() || names->second.startsWith(u"_miq_staging_"_s))
        return Error(tr("Cannot write to %1: the table name '%2' is reserved for MigrateIQ's bookkeeping.")
                         .arg(where, spec.table));
    if (spec.columns.isEmpty())
        return Error(tr("Cannot write table '%1' of %2: it has no columns.").arg(spec.table, where));
    QSet<QString> columnNames;
    for (const TargetColumn &column : spec.columns) {
        if (column.name.isEmpty())
            return Error(tr("Cannot write table '%1' of %2: a column has no name.").arg(spec.table, where));
        if (columnNames.contains(column.name))
            return Error(tr("Cannot write table '%1' of %2: column '%3' appears twice.")
                             .arg(spec.table, where, column.name));
        columnNames.insert(column.name);
    }
    if (spec.mode == WriteMode::Upsert) {
        if (spec.keyColumns.isEmpty())
            return Error(
                tr("Cannot upsert into table '%1' of %2: no key columns are set.").arg(spec.table, where));
        for (const QString &key : spec.keyColumns)
            if (!columnNames.contains(key))
                return Error(
                    tr("Cannot upsert into table '%1' of %2: key column '%3' is not one of the columns.")
                        .arg(spec.table, where, key));
    }
    return {};
}

Result<PostgresDestination::Plan> PostgresDestination::plan(PostgresSession &session, const TargetSpec &spec,
                                                            const QString &writeTable) const
{
    const auto names = splitTableName(spec.table);
    Plan p;
    p.schema = names->first;
    p.table = names->second;
    p.writeTable = writeTable;
    const QString where = tr("table '%1'").arg(spec.table);
    const auto fail = [&](const QString &cause) {
        return Error(tr("Cannot write %1: %2").arg(where, cause));
    };

    Result<PgResult> schema =
        session.exec(u"SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = $1"_s, {utf8(p.schema)});
    if (!schema)
        return fail(schema.error());
    p.schemaExists = PQntuples(schema->get()) > 0;
    if (!p.schemaExists)
        p.statements << u"CREATE SCHEMA "_s + quoteIdentifier(p.schema);

    const QString relationSql = u"SELECT c.oid, c.relkind FROM pg_catalog.pg_class c "
                                "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                "WHERE n.nspname = $1 AND c.relname = $2"_s;
    // The final table must be a table (Replace drops it; a view of that name cannot be written).
    Result<PgResult> target = session.exec(relationSql, {utf8(p.schema), utf8(p.table)});
    if (!target)
        return fail(target.error());
    if (PQntuples(target->get()) > 0) {
        const char kind = *PQgetvalue(target->get(), 0, 1);
        if (kind != 'r' && kind != 'p')
            return fail(tr("'%1' exists in schema '%2' and is not a table (a view or another kind of "
                           "relation).")
                            .arg(p.table, p.schema));
    }
    const QString qualifiedWrite = quoteIdentifier(p.schema) + u'.' + quoteIdentifier(writeTable);
    for (const TargetColumn &c : spec.columns)
        p.columnTypes << pgType(c.type);

    Result<PgResult> relation = writeTable == p.table
                                    ? std::move(target)
                                    : session.exec(relationSql, {utf8(p.schema), utf8(writeTable)});
    if (!relation)
        return fail(relation.error());
    if (PQntuples(relation->get()) == 0) {
        p.statements << createTable(qualifiedWrite, spec);
        p.direct = spec.mode != WriteMode::Upsert;
        return p;
    }
    p.tableExists = true;
    const QByteArray oid = PQgetvalue(relation->get(), 0, 0);

    struct Existing
    {
        QString type;
        QString baseType;
        bool notNull = false;
        bool hasDefault = false;
        bool generated = false;
        int number = 0;
    };
    Result<PgResult> columns = session.exec(
        uR"(SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), bt.typname, a.attnotnull,
       a.atthasdef OR a.attidentity <> '', a.attgenerated <> '', a.attnum
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
JOIN pg_catalog.pg_type bt ON bt.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)"_s,
        {oid});
    if (!columns)
        return fail(columns.error());
    QHash<QString, Existing> existing;
    for (int r = 0; r < PQntuples(columns->get()); ++r) {
        const auto value = [&](int c) {
            return QString::fromUtf8(PQgetvalue(columns->get(), r, c));
        };
        existing.insert(value(0), {value(1), value(2), value(3) == u"t"_s, value(4) == u"t"_s,
                                   value(5) == u"t"_s, value(6).toInt()});
    }
    bool direct = spec.mode != WriteMode::Upsert;
    QSet<QString> written;
    for (qsizetype i = 0; i < spec.columns.size(); ++i) {
        const TargetColumn &c = spec.columns[i];
        written.insert(c.name);
        const auto found = existing.constFind(c.name);
        if (found == existing.constEnd())
            return fail(tr("the existing table has no column '%1' (names are case-sensitive).").arg(c.name));
        if (found->generated)
            return fail(
                tr("column '%1' of the existing table is generated and cannot be written.").arg(c.name));
        p.columnTypes[i] = found->type;
        if (binaryCompatible(c.type, found->baseType))
            continue;
        direct = false;
        // A column whose type no cast reaches would fail at the first batch: refuse it now.
        if (QString error =
                session.run(u"SELECT CAST(NULL::"_s + pgType(c.type) + u" AS "_s + found->type + u')');
            !error.isEmpty())
            return fail(
                tr("column '%1' is %2 in the existing table, and %3 values cannot be converted to it: %4")
                    .arg(c.name, found->type, columnTypeName(c.type), error));
    }
    for (auto it = existing.constBegin(); it != existing.constEnd(); ++it)
        if (it->notNull && !it->hasDefault && !written.contains(it.key()))
            return fail(tr("column '%1' of the existing table is NOT NULL without a default, and the job "
                           "does not write it.")
                            .arg(it.key()));
    p.direct = direct;

    if (spec.mode == WriteMode::Upsert) {
        QSet<int> keyNumbers;
        for (const QString &k : spec.keyColumns)
            keyNumbers.insert(existing.value(k).number);
        Result<PgResult> indexes = session.exec(
            u"SELECT i.indkey::text FROM pg_catalog.pg_index i WHERE i.indrelid = $1 AND i.indisunique "
            "AND i.indpred IS NULL AND i.indexprs IS NULL"_s,
            {oid});
        if (!indexes)
            return fail(indexes.error());
        bool hasKeyIndex = false;
        for (int r = 0; r < PQntuples(indexes->get()) && !hasKeyIndex; ++r) {
            QSet<int> numbers;
            for (const QString &n :
                 QString::fromLatin1(PQgetvalue(indexes->get(), r, 0)).split(u' ', Qt::SkipEmptyParts))
                numbers.insert(n.toInt());
            hasKeyIndex = numbers == keyNumbers;
        }
        if (!hasKeyIndex) {
            QStringList keys;
            for (const QString &k : spec.keyColumns)
                keys << quoteIdentifier(k);
            p.statements << u"CREATE UNIQUE INDEX ON "_s + qualifiedWrite + u" ("_s + keys.join(u", "_s) +
                                u')';
        }
    }
    return p;
}

QString PostgresDestination::ddl(const TargetSpec &spec) const
{
    if (Status valid = validate(spec); !valid)
        return u"-- "_s + valid.error();
    const auto names = splitTableName(spec.table);
    QString text;
    if (spec.mode == WriteMode::Replace)
        text = u"-- "_s +
               tr("Loaded into a staging table, which replaces %1 when the run finishes.")
                   .arg(quoteIdentifier(names->first) + u'.' + quoteIdentifier(names->second)) +
               u'\n';
    Result<std::unique_ptr<PostgresSession>> session = PostgresSession::open(m_settings, u"DDL preview"_s);
    if (!session) {
        // Not reachable now: show what a new table gets.
        return text + u"-- "_s +
               tr("The server could not be asked whether the table exists (%1).").arg(session.error()) +
               u'\n' +
               createTable(quoteIdentifier(names->first) + u'.' + quoteIdentifier(names->second), spec) +
               u';';
    }
    // For Replace the table is shown under its final name; begin() creates it under the staging name.
    Result<Plan> planned = spec.mode == WriteMode::Replace
                               ? plan(**session, spec, stagingTable(spec.table, u"ddl"_s))
                               : plan(**session, spec, names->second);
    if (!planned)
        return text + u"-- "_s + planned.error();
    QStringList statements = planned->statements;
    if (spec.mode == WriteMode::Replace)
        for (QString &s : statements)
            s.replace(quoteIdentifier(planned->writeTable), quoteIdentifier(names->second));
    if (planned->tableExists && spec.mode != WriteMode::Replace)
        text +=
            u"-- "_s + tr("Table %1 exists and is compatible; rows are added to it.").arg(spec.table) + u'\n';
    if (statements.isEmpty())
        return text.trimmed();
    return text + statements.join(u";\n"_s) + u';';
}

Status PostgresDestination::checkReachable()
{
    Result<std::unique_ptr<PostgresSession>> session = PostgresSession::open(m_settings, u"sync"_s);
    if (!session)
        return session.failure();
    return {};
}

Result<QByteArray> PostgresDestination::begin(const TargetSpec &spec, const QString &runId, bool resume)
{
    if (m_running)
        return Error(tr("Cannot start run '%1' on %2: run '%3' is still writing it.")
                         .arg(runId, targetName(), m_runId));
    if (Status valid = validate(spec); !valid)
        return Error(valid.error());
    m_spec = spec;
    m_runId = runId;
    m_failed = false;
    m_rows = 0;
    m_keyIndexes.clear();
    for (qsizetype c = 0; c < spec.columns.size(); ++c)
        if (isKey(spec, spec.columns[c].name))
            m_keyIndexes.push_back(int(c));

    close();
    Result<std::unique_ptr<PostgresSession>> session = PostgresSession::open(m_settings, u"sync"_s);
    if (!session)
        return Error(tr("Cannot write table '%1': %2").arg(spec.table, session.error()));
    m_session = std::move(*session);
    const auto names = splitTableName(spec.table);
    m_plan.schema = names->first;
    m_plan.table = names->second;

    Result<QByteArray> started = resume ? resumeRun() : Result<QByteArray>(QByteArray());
    if (started && (!resume || started->isEmpty())) {
        // A new run, or a resumed one that had committed nothing: start afresh.
        if (Status fresh = startRun(); !fresh)
            started = Error(fresh.error());
    }
    if (started) {
        if (Status prepared = prepareLoad(); !prepared)
            started = Error(prepared.error());
    }
    if (!started) {
        close();
        return started;
    }
    m_running = true;
    return started;
}

Result<QByteArray> PostgresDestination::resumeRun()
{
    Result<PgResult> found = m_session->exec(u"SELECT encode(checkpoint, 'hex'), rows FROM "_s +
                                                 qualified(checkpointTable()) + u" WHERE run_id = $1"_s,
                                             {utf8(m_runId)});
    if (!found) {
        // No checkpoint table: the run never committed.
        if (!m_session->isConnected())
            return tableError(found.error());
        return QByteArray();
    }
    if (PQntuples(found->get()) == 0)
        return QByteArray();
    const QByteArray checkpoint = QByteArray::fromHex(PQgetvalue(found->get(), 0, 0));
    const qint64 rows = QByteArray(PQgetvalue(found->get(), 0, 1)).toLongLong();
    const QString writeTable =
        m_spec.mode == WriteMode::Replace ? stagingTable(m_spec.table, m_runId) : m_plan.table;
    Result<Plan> planned = plan(*m_session, m_spec, writeTable);
    if (!planned)
        return tableError(tr("cannot resume run '%1': %2").arg(m_runId, planned.error()));
    if (!planned->tableExists)
        return tableError(tr("cannot resume run '%1': its table '%2' no longer exists. Start the run over.")
                              .arg(m_runId, writeTable));
    if (m_spec.mode == WriteMode::Upsert && !planned->statements.isEmpty())
        return tableError(tr("cannot resume run '%1': the unique index on the keys is gone.").arg(m_runId));
    m_plan = *planned;
    m_rows = rows;
    if (checkpoint.isEmpty())
        return tableError(tr("cannot resume run '%1': its checkpoint is empty.").arg(m_runId));
    return checkpoint;
}

Status PostgresDestination::startRun()
{
    const QString writeTable =
        m_spec.mode == WriteMode::Replace ? stagingTable(m_spec.table, m_runId) : m_plan.table;
    // A fresh Replace run recreates its staging table (left over from an abandoned run).
    if (m_spec.mode == WriteMode::Replace) {
        const QString qualifiedStaging = quoteIdentifier(m_plan.schema) + u'.' + quoteIdentifier(writeTable);
        if (QString error = m_session->run(u"DROP TABLE IF EXISTS "_s + qualifiedStaging); !error.isEmpty())
            return tableError(error);
    }
    Result<Plan> planned = plan(*m_session, m_spec, writeTable);
    if (!planned)
        return Error(planned.error());
    m_plan = *planned;
    // Schema, table, index and checkpoint table appear together or not at all.
    QStringList statements = m_plan.statements;
    statements << u"CREATE TABLE IF NOT EXISTS "_s + qualified(checkpointTable()) +
                      u" (run_id text PRIMARY KEY, checkpoint bytea NOT NULL, rows bigint NOT NULL, "
                      "updated_at timestamp with time zone NOT NULL)"_s;
    if (Status begun = beginTransaction(); !begun)
        return begun;
    for (const QString &sql : std::as_const(statements)) {
        if (QString error = m_session->run(sql); !error.isEmpty()) {
            rollback();
            return tableError(error);
        }
    }
    if (QString error = m_session->run(
            u"DELETE FROM "_s + qualified(checkpointTable()) + u" WHERE run_id = $1"_s, {utf8(m_runId)});
        !error.isEmpty()) {
        rollback();
        return tableError(error);
    }
    return runInTransaction(u"COMMIT"_s);
}

Status PostgresDestination::prepareLoad()
{
    const QString columns = columnList(m_spec);
    if (m_plan.direct) {
        m_copySql =
            u"COPY "_s + qualified(m_plan.writeTable) + u" ("_s + columns + u") FROM STDIN (FORMAT binary)"_s;
        m_mergeSql.clear();
        return {};
    }
    // Rows the table's own types or the upsert merge cannot take straight from COPY go through
    // a temporary table of MigrateIQ's types; _miq_ord keeps the batch's row order.
    QStringList definitions;
    for (const TargetColumn &c : m_spec.columns)
        definitions << quoteIdentifier(c.name) + u' ' + pgType(c.type);
    definitions << u"_miq_ord bigint GENERATED ALWAYS AS IDENTITY"_s;
    if (QString error = m_session->run(u"DROP TABLE IF EXISTS "_s + loadTable); !error.isEmpty())
        return tableError(error);
    if (QString error =
            m_session->run(u"CREATE TEMPORARY TABLE _miq_load ("_s + definitions.join(u", "_s) + u')');
        !error.isEmpty())
        return tableError(error);
    m_copySql = u"COPY "_s + loadTable + u" ("_s + columns + u") FROM STDIN (FORMAT binary)"_s;

    QStringList casts;
    for (qsizetype i = 0; i < m_spec.columns.size(); ++i)
        casts << quoteIdentifier(m_spec.columns[i].name) + u"::"_s + m_plan.columnTypes.value(i);
    const QString target = qualified(m_plan.writeTable) + u" ("_s + columns + u')';
    if (m_spec.mode != WriteMode::Upsert) {
        m_mergeSql = u"INSERT INTO "_s + target + u" SELECT "_s + casts.join(u", "_s) + u" FROM "_s +
                     loadTable + u" ORDER BY _miq_ord"_s;
        return {};
    }
    QStringList keys, updates;
    for (const QString &k : m_spec.keyColumns)
        keys << quoteIdentifier(k);
    for (const TargetColumn &c : m_spec.columns)
        if (!m_spec.keyColumns.contains(c.name))
            updates << quoteIdentifier(c.name) + u" = EXCLUDED."_s + quoteIdentifier(c.name);
    m_mergeSql = u"INSERT INTO "_s + target + u" SELECT DISTINCT ON ("_s + keys.join(u", "_s) + u") "_s +
                 casts.join(u", "_s) + u" FROM "_s + loadTable + u" ORDER BY "_s + keys.join(u", "_s) +
                 u", _miq_ord DESC ON CONFLICT ("_s + keys.join(u", "_s) + u") DO "_s +
                 (updates.isEmpty() ? u"NOTHING"_s : u"UPDATE SET "_s + updates.join(u", "_s));
    return {};
}

Status PostgresDestination::beginTransaction()
{
    if (m_inTransaction)
        return {};
    if (QString error = m_session->run(u"BEGIN"_s); !error.isEmpty())
        return tableError(error);
    m_inTransaction = true;
    return {};
}

Status PostgresDestination::runInTransaction(const QString &sql, const QList<QByteArray> &params)
{
    Result<PgResult> result = m_session->exec(sql, params);
    if (!result) {
        rollback();
        return tableError(result.error());
    }
    if (sql == u"COMMIT"_s) {
        m_inTransaction = false;
        // COMMIT of a transaction that failed reports success with the tag ROLLBACK.
        if (qstrcmp(PQcmdStatus(result->get()), "COMMIT") != 0)
            return tableError(tr("the transaction was rolled back by the server."));
    }
    return {};
}

void PostgresDestination::rollback()
{
    if (m_session && m_session->isConnected() && m_session->inTransaction())
        (void)m_session->run(u"ROLLBACK"_s);
    m_inTransaction = false;
}

void PostgresDestination::close()
{
    m_session.reset();
    m_inTransaction = false;
}

Status PostgresDestination::sendBatch(const RecordBatch &batch, const QString &copySql)
{
    pg_conn *conn = m_session->handle();
    {
        const QByteArray sql = copySql.toUtf8();
        PgResult started(PQexec(conn, sql.constData()));
        if (PQresultStatus(started.get()) != PGRES_COPY_IN)
            return tableError(m_session->resultError(started.get()));
    }
    // Ends the COPY (`reason` cancels it) and collects the server's verdict: the error text, and
    // the refused row of the batch when the server names it ("COPY t, line 3, column x: ...").
    struct Verdict
    {
        QString error;
        qint64 row = -1;
    };
    const auto endCopy = [&](const char *reason) -> Verdict {
        Verdict verdict;
        if (PQputCopyEnd(conn, reason) != 1)
            verdict.error = m_session->lastError();
        while (PgResult result{PQgetResult(conn)}) {
            if (!verdict.error.isEmpty() || PQresultStatus(result.get()) == PGRES_COMMAND_OK)
                continue;
            verdict.error = m_session->resultError(result.get());
            static const QRegularExpression line(u"line (\\d+)"_s);
            const QRegularExpressionMatch m =
                line.match(QString::fromUtf8(PQresultErrorField(result.get(), PG_DIAG_CONTEXT)));
            const qint64 row = m.hasMatch() ? m.captured(1).toLongLong() - 1 : -1;
            if (row >= 0 && row < batch.rowCount)
                verdict.row = row;
        }
        return verdict;
    };
    const auto refuse = [&](std::int64_t row, const QString &cause) -> Error {
        const Verdict ended = endCopy("refused by MigrateIQ");
        if (!m_session->isConnected())
            return tableError(ended.error);
        return recordError(batch.recordNumber(row) + 1, cause);
    };

    const std::size_t columnCount = batch.columns.size();
    m_buffer.clear();
    pgbinary::appendHeader(m_buffer);
    for (std::int64_t r = 0; r < batch.rowCount; ++r) {
        for (const int k : m_keyIndexes)
            if (batch.columns[std::size_t(k)].isNull(r))
                return refuse(r, tr("key column '%1' is null, so the row cannot be matched for upsert.")
                                     .arg(m_spec.columns[k].name));
        pgbinary::appendInt16(m_buffer, std::int16_t(columnCount));
        for (std::size_t c = 0; c < columnCount; ++c) {
            const Column &column = batch.columns[c];
            if (column.isNull(r)) {
                pgbinary::appendInt32(m_buffer, -1);
                continue;
            }
            switch (column.type()) {
            case ColumnType::Int64:
                pgbinary::appendInt32(m_buffer, 8);
                pgbinary::appendInt64(m_buffer, column.intValue(r));
                break;
            case ColumnType::Double:
                pgbinary::appendInt32(m_buffer, 8);
                pgbinary::appendDouble(m_buffer, column.doubleValue(r));
                break;
            case ColumnType::Bool:
                pgbinary::appendInt32(m_buffer, 1);
                m_buffer.push_back(column.intValue(r) ? 1 : 0);
                break;
            case ColumnType::Date: {
                const std::optional<std::int32_t> days = pgbinary::toPgDate(column.intValue(r));
                if (!days)
                    return refuse(r, tr("the date in column '%1' is outside PostgreSQL's range (4713 BC to "
                                        "5874897 AD).")
                                         .arg(m_spec.columns[qsizetype(c)].name));
                pgbinary::appendInt32(m_buffer, 4);
                pgbinary::appendInt32(m_buffer, *days);
                break;
            }
            case ColumnType::Timestamp: {
                const std::optional<std::int64_t> micros = pgbinary::toPgTimestamp(column.intValue(r));
                if (!micros)
                    return refuse(r, tr("the timestamp in column '%1' is outside PostgreSQL's range (4713 BC "
                                        "to 294276 AD).")
                                         .arg(m_spec.columns[qsizetype(c)].name));
                pgbinary::appendInt32(m_buffer, 8);
                pgbinary::appendInt64(m_buffer, *micros);
                break;
            }
            case ColumnType::Decimal: {
                const std::string_view text = column.text(r);
                if (!pgbinary::appendNumericField(m_buffer, text))
                    return refuse(r, tr("'%1' in column '%2' is not a number PostgreSQL's numeric can hold.")
                                         .arg(QString::fromUtf8(text.data(), qsizetype(std::min<std::size_t>(
                                                                                 text.size(), 60))),
                                              m_spec.columns[qsizetype(c)].name));
                break;
            }
            case ColumnType::String:
            case ColumnType::Bytes: {
                const std::string_view bytes = column.text(r);
                pgbinary::appendInt32(m_buffer, std::int32_t(bytes.size()));
                m_buffer.append(bytes.data(), bytes.size());
                break;
            }
            }
        }
        if (m_buffer.size() >= copyChunkBytes) {
            if (PQputCopyData(conn, m_buffer.data(), int(m_buffer.size())) != 1)
                return tableError(m_session->lastError());
            m_buffer.clear();
        }
    }
    pgbinary::appendTrailer(m_buffer);
    if (PQputCopyData(conn, m_buffer.data(), int(m_buffer.size())) != 1)
        return tableError(m_session->lastError());
    if (const Verdict verdict = endCopy(nullptr); !verdict.error.isEmpty())
        return verdict.row >= 0 ? recordError(batch.recordNumber(verdict.row) + 1, verdict.error)
                                : tableError(verdict.error);
    return {};
}

Status PostgresDestination::write(const RecordBatch &batch)
{
    if (const QString refusal = writeRefusal(m_running, m_failed, batch, m_spec); !refusal.isEmpty())
        return tableError(refusal);
    if (batch.rowCount == 0)
        return {};
    if (Status begun = beginTransaction(); !begun) {
        m_failed = true;
        return begun;
    }
    // A savepoint per batch: a batch the server refuses is undone alone and the run can go on.
    if (QString error = m_session->run(u"SAVEPOINT miq_batch"_s); !error.isEmpty()) {
        rollback();
        m_failed = true;
        return tableError(error);
    }
    Status written = sendBatch(batch, m_copySql);
    if (written && !m_mergeSql.isEmpty()) {
        if (QString error = m_session->run(m_mergeSql); !error.isEmpty())
            written = Error(tr("Cannot write records %1 to %2 to %3: %4")
                                .arg(batch.recordNumber(0) + 1)
                                .arg(batch.recordNumber(batch.rowCount - 1) + 1)
                                .arg(targetName(), error));
        else if (QString error = m_session->run(u"TRUNCATE "_s + loadTable); !error.isEmpty())
            written = tableError(error);
    }
    if (!written) {
        // Undo this batch only; a lost connection (or a failed undo) ends the run.
        if (!m_session->isConnected() || !m_session->run(u"ROLLBACK TO SAVEPOINT miq_batch"_s).isEmpty() ||
            !m_session->run(u"RELEASE SAVEPOINT miq_batch"_s).isEmpty()) {
            rollback();
            m_failed = true;
        }
        return written;
    }
    if (QString error = m_session->run(u"RELEASE SAVEPOINT miq_batch"_s); !error.isEmpty()) {
        rollback();
        m_failed = true;
        return tableError(error);
    }
    m_rows += batch.rowCount;
    return {};
}

Status PostgresDestination::commit(const QByteArray &checkpoint)
{
    if (const QString refusal = runRefusal(m_running, m_failed); !refusal.isEmpty())
        return tableError(refusal);
    if (Status begun = beginTransaction(); !begun) {
        m_failed = true;
        return begun;
    }
    Status saved = runInTransaction(
        u"INSERT INTO "_s + qualified(checkpointTable()) +
            u" (run_id, checkpoint, rows, updated_at) VALUES ($1, decode($2, 'hex'), $3, now()) "
            "ON CONFLICT (run_id) DO UPDATE SET checkpoint = EXCLUDED.checkpoint, rows = EXCLUDED.rows, "
            "updated_at = EXCLUDED.updated_at"_s,
        {utf8(m_runId), checkpoint.toHex(), QByteArray::number(m_rows)});
    // The rows since the last commit and the checkpoint become durable together, or not at all.
    if (saved)
        saved = runInTransaction(u"COMMIT"_s);
    if (!saved)
        m_failed = true;
    return saved;
}

Status PostgresDestination::finish()
{
    if (const QString refusal = runRefusal(m_running, m_failed); !refusal.isEmpty())
        return tableError(refusal);
    if (Status begun = beginTransaction(); !begun) {
        m_failed = true;
        return begun;
    }
    QStringList statements;
    if (m_spec.mode == WriteMode::Replace)
        statements << u"DROP TABLE IF EXISTS "_s + qualified(m_plan.table)
                   << u"ALTER TABLE "_s + qualified(m_plan.writeTable) + u" RENAME TO "_s +
                          quoteIdentifier(m_plan.table);
    for (const QString &sql : std::as_const(statements)) {
        if (Status done = runInTransaction(sql); !done) {
            m_failed = true;
            return done;
        }
    }
    Status done = runInTransaction(u"DELETE FROM "_s + qualified(checkpointTable()) + u" WHERE run_id = $1"_s,
                                   {utf8(m_runId)});
    if (done)
        done = runInTransaction(u"COMMIT"_s);
    if (!done) {
        m_failed = true;
        return done;
    }
    close();
    m_running = false;
    return {};
}

void PostgresDestination::abort()
{
    if (!m_running)
        return;
    rollback();
    if (!m_session || !m_session->isConnected()) {
        // The connection is gone: clean up over a new one, best effort.
        Result<std::unique_ptr<PostgresSession>> session = PostgresSession::open(m_settings, u"sync"_s);
        m_session = session ? std::move(*session) : nullptr;
    }
    if (m_session) {
        if (m_spec.mode == WriteMode::Replace)
            (void)m_session->run(u"DROP TABLE IF EXISTS "_s + qualified(m_plan.writeTable));
        (void)m_session->run(u"DELETE FROM "_s + qualified(checkpointTable()) + u" WHERE run_id = $1"_s,
                             {utf8(m_runId)});
    }
    close();
    m_running = false;
}

Result<std::unique_ptr<StreamReader>> PostgresDestination::readBack(const ReadOptions &options)
{
    auto parts = readBackParts(options, 1);
    if (!parts)
        return Error(parts.error());
    return std::move(parts->front());
}

Result<std::vector<std::unique_ptr<StreamReader>>>
PostgresDestination::readBackParts(const ReadOptions &options, int parts)
{
    if (m_running)
        return Error(tr("Cannot read %1 back: its run has not finished.").arg(targetName()));
    if (m_spec.table.isEmpty())
        return Error(
            tr("Cannot read back from source '%1': no run has written it.").arg(m_settings.sourceName));
    if (!options.resumeFrom.isEmpty())
        return Error(tr("Reading %1 back cannot resume from a position.").arg(targetName()));
    return PostgresTableReader::open(m_settings, m_spec, m_plan.schema, m_plan.table, options,
                                     std::max(1, parts));
}

} // namespace miq
