#include "connectors/sql/postgresconnector.h"

#include "connectors/sql/postgressession.h"
#include "connectors/sql/postgresstreamreader.h"
#include "connectors/sql/sqlconnection.h"
#include "connectors/sql/sqlsupport.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <libpq-fe.h>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace miq {

namespace {

const QString queryStreamName = u"query"_s;

// The relations a user can read, outside the system schemas. Partitions are left out: their
// partitioned parent is the stream (and reads them all).
const QString relationsFrom = uR"(
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace)"_s;
const QString readableRelations = uR"(
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)'
  AND pg_catalog.has_schema_privilege(n.oid, 'USAGE')
  AND pg_catalog.has_table_privilege(c.oid, 'SELECT'))"_s;

// Maps the base type (domains resolved) to a column type; arrays, ranges, json, uuid, time,
// interval, enums and the rest are read as their text form.
ColumnType postgresColumnType(const QString &baseType, const QString &category)
{
    if (category == u"A"_s)
        return ColumnType::String;
    if (baseType == u"int2"_s || baseType == u"int4"_s || baseType == u"int8"_s)
        return ColumnType::Int64;
    if (baseType == u"float4"_s || baseType == u"float8"_s)
        return ColumnType::Double;
    if (baseType == u"numeric"_s)
        return ColumnType::Decimal;
    if (baseType == u"bool"_s)
        return ColumnType::Bool;
    if (baseType == u"date"_s)
        return ColumnType::Date;
    if (baseType == u"timestamp"_s || baseType == u"timestamptz"_s)
        return ColumnType::Timestamp;
    if (baseType == u"bytea"_s)
        return ColumnType::Bytes;
    return ColumnType::String;
}

// The driver converts date, time and timestamp values to QDate/QTime/QDateTime (milliseconds),
// numeric to double and oid-like types with atoi(); those are fetched as the server's text,
// which the reader parses exactly. Everything else is left alone: the driver passes text types
// through untouched, and a ::text cast would, for instance, strip char(n)'s padding.
QString selectExpression(const QString &quotedColumn, const QString &baseType, ColumnType type)
{
    static const QStringList lossyInDriver = {u"time"_s, u"timetz"_s, u"oid"_s, u"regproc"_s,
                                              u"xid"_s, u"cid"_s};
    if (type == ColumnType::Decimal || type == ColumnType::Date || type == ColumnType::Timestamp
        || lossyInDriver.contains(baseType))
        return quotedColumn + u"::text"_s;
    return quotedColumn;
}

std::shared_ptr<const Schema> schemaOf(const QList<ColumnInfo> &columns)
{
    auto schema = std::make_shared<Schema>();
    for (const ColumnInfo &c : columns)
        schema->push_back({c.name, c.type});
    return schema;
}

} // namespace

PostgresConnector::PostgresConnector(ConnectionSettings settings)
    : m_settings(std::move(settings))
    , m_pg(PostgresSettings::parse(m_settings))
{
}

PostgresConnector::~PostgresConnector() = default;

ConnectorSpec PostgresConnector::spec()
{
    ConnectorSpec s;
    s.typeId = u"postgres"_s;
    s.displayName = tr("PostgreSQL");
    s.description = tr("Tables, views and an optional query of a PostgreSQL database, read in a "
                       "read-only session through server-side cursors.");
    s.iconName = u"postgres"_s;

    const auto field = [](const QString &key, const QString &label, ConfigField::Kind kind,
                          const QString &help) {
        ConfigField f;
        f.key = key;
        f.label = label;
        f.kind = kind;
        f.help = help;
        return f;
    };
    ConfigField host = field(u"host"_s, tr("Host"), ConfigField::Kind::Text,
                             tr("Server name or IP address."));
    host.defaultValue = u"localhost"_s;
    ConfigField port = field(u"port"_s, tr("Port"), ConfigField::Kind::Integer,
                             tr("TCP port of the server."));
    port.defaultValue = 5432;
    port.minimum = 1;
    port.maximum = 65535;
    ConfigField database = field(u"database"_s, tr("Database"), ConfigField::Kind::Text,
                                 tr("Name of the database to read."));
    database.required = true;
    ConfigField user = field(u"user"_s, tr("User"), ConfigField::Kind::Text,
                             tr("Role to log in as."));
    user.required = true;
    ConfigField password = field(u"password"_s, tr("Password"), ConfigField::Kind::Password,
                                 tr("Stored in the system keychain, never in the workspace."));
    password.secret = true;
    ConfigField sslMode = field(u"sslmode"_s, tr("SSL mode"), ConfigField::Kind::Choice,
                                tr("Whether and how to use SSL (libpq sslmode)."));
    sslMode.choices = PostgresSettings::sslModes();
    sslMode.defaultValue = u"prefer"_s;
    ConfigField schema = field(u"schema"_s, tr("Schemas"), ConfigField::Kind::Text,
                               tr("Comma-separated schema names or patterns (* and ?) to list; "
                                  "empty lists every non-system schema."));
    ConfigField query = field(u"query"_s, tr("Query"), ConfigField::Kind::MultilineText,
                              tr("Optional SELECT statement, offered as an extra stream named 'query'."));
    ConfigField timeout = field(u"connect_timeout"_s, tr("Connection timeout (s)"),
                                ConfigField::Kind::Integer,
                                tr("Seconds to wait for the server before giving up."));
    timeout.defaultValue = 10;
    timeout.minimum = 1;
    timeout.maximum = 3600;

    s.fields = {host, port, database, user, password, sslMode, schema, query, timeout};
    return s;
}

QString PostgresConnector::endpoint() const
{
    return m_pg.endpoint();
}

Error PostgresConnector::failure(const QString &what, const QString &driverText) const
{
    return Error(maskSecret(tr("Cannot read %1 of source '%2' (PostgreSQL at %3): %4")
                                .arg(what, m_settings.sourceName, endpoint(), driverText),
                            m_pg.password));
}

bool PostgresConnector::schemaAllowed(const QString &schema) const
{
    return m_pg.schemaAllowed(schema);
}

Result<std::shared_ptr<SqlConnection>> PostgresConnector::connect(const QString &purpose) const
{
    return connectWith(m_pg, purpose);
}

Result<std::shared_ptr<SqlConnection>> PostgresConnector::connectWith(const PostgresSettings &pg,
                                                                      const QString &purpose)
{
    if (!pg.error.isEmpty())
        return Error(pg.error);
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return Error(tr("Cannot connect source '%1': the Qt PostgreSQL driver (QPSQL) is not "
                        "installed (Debian/Ubuntu package libqt6sql6-psql).").arg(pg.sourceName));
    auto connection = std::make_shared<SqlConnection>(u"QPSQL"_s, purpose);
    QSqlDatabase &db = connection->database();
    db.setHostName(pg.host);
    db.setPort(pg.port);
    db.setDatabaseName(pg.database);
    db.setUserName(pg.user);
    db.setPassword(pg.password);
    db.setConnectOptions(u"connect_timeout=%1;sslmode=%2;application_name=MigrateIQ"_s
                             .arg(pg.connectTimeout).arg(pg.sslMode));
    if (!db.open())
        return Error(maskSecret(tr("Cannot connect to PostgreSQL at %1 for source '%2': %3")
                                    .arg(pg.endpoint(), pg.sourceName, driverMessage(db.lastError())),
                                pg.password));
    // Reading a source must never change it, whatever a configured query calls.
    QSqlQuery q(db);
    if (!q.exec(u"SET default_transaction_read_only = on"_s))
        return Error(maskSecret(tr("Cannot read %1 of source '%2' (PostgreSQL at %3): %4")
                                    .arg(tr("the session settings"), pg.sourceName, pg.endpoint(),
                                         driverMessage(q.lastError())),
                                pg.password));
    return connection;
}

Status PostgresConnector::ensureConnected()
{
    if (m_connection)
        return {};
    Result<std::shared_ptr<SqlConnection>> connection = connect(u"postgres"_s);
    if (!connection)
        return Error(connection.error());
    m_connection = std::move(*connection);
    return {};
}

Result<QList<StreamInfo>> PostgresConnector::catalog(SqlConnection &connection, const QString *stream,
                                                     QList<ReadPlan> *plans) const
{
    QString sql = uR"(SELECT n.nspname, c.relname, c.relkind,
  CASE WHEN c.relkind = 'p' THEN (SELECT sum(greatest(ch.reltuples, 0))::int8
                                  FROM pg_catalog.pg_inherits i
                                  JOIN pg_catalog.pg_class ch ON ch.oid = i.inhrelid
                                  WHERE i.inhparent = c.oid)
       WHEN c.relkind IN ('r', 'm') AND c.reltuples >= 0 THEN c.reltuples::int8 END,
  CASE WHEN c.relkind IN ('r', 'm', 'p') THEN pg_catalog.pg_total_relation_size(c.oid) END,
  pg_catalog.obj_description(c.oid, 'pg_class'),
  a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), bt.typname, bt.typcategory,
  a.attnotnull, COALESCE(a.attnum = ANY(pk.conkey), false))"_s
        + relationsFrom + uR"(
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_type bt ON bt.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
LEFT JOIN pg_catalog.pg_constraint pk ON pk.conrelid = c.oid AND pk.contype = 'p')"_s
        + readableRelations;
    if (stream)
        sql += u"\nAND n.nspname || '.' || c.relname = ?"_s;
    sql += u"\nORDER BY n.nspname, c.relname, a.attnum"_s;

    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (stream)
        q.addBindValue(*stream);
    if (!q.exec())
        return failure(tr("the list of tables"), driverMessage(q.lastError()));
    QList<StreamInfo> streams;
    QList<ReadPlan> readPlans;
    QString lastSchema, lastTable;
    while (q.next()) {
        const QString schema = q.value(0).toString();
        if (!schemaAllowed(schema))
            continue;
        const QString table = q.value(1).toString();
        // Rows arrive ordered by schema and table; a new pair starts a new stream (two relations
        // can share a stream name, "a"."b.c" and "a.b"."c", and must not be merged).
        if (streams.isEmpty() || schema != lastSchema || table != lastTable) {
            lastSchema = schema;
            lastTable = table;
            StreamInfo info;
            info.name = schema + u'.' + table;
            const QString kind = q.value(2).toString();
            info.kind = kind == u"v"_s || kind == u"m"_s ? StreamInfo::Kind::View : StreamInfo::Kind::Table;
            info.typed = true;
            if (!q.isNull(3))
                info.rowEstimate = q.value(3).toLongLong();
            if (!q.isNull(4))
                info.sizeBytes = q.value(4).toLongLong();
            info.detail = q.value(5).toString();
            streams.append(info);
            readPlans.append({quoteIdentifier(schema) + u'.' + quoteIdentifier(table), {}, kind});
        }
        if (q.isNull(6))
            continue; // a relation without columns
        ColumnInfo column;
        column.name = q.value(6).toString();
        column.nativeType = q.value(7).toString();
        column.type = postgresColumnType(q.value(8).toString(), q.value(9).toString());
        column.nullable = !q.value(10).toBool();
        column.primaryKey = q.value(11).toBool();
        streams.last().columns.append(column);
        readPlans.last().baseTypes.append(q.value(8).toString());
    }
    if (q.lastError().type() != QSqlError::NoError)
        return failure(tr("the list of tables"), driverMessage(q.lastError()));
    if (plans)
        *plans = std::move(readPlans);
    return streams;
}

Result<QList<ColumnInfo>> PostgresConnector::describeQuery(SqlConnection &connection,
                                                           QStringList *baseTypes) const
{
    // Column names: run the query for no rows.
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT * FROM (\n"_s + m_pg.query + u"\n) AS miq_q LIMIT 0"_s))
        return failure(tr("the query"), driverMessage(q.lastError()));
    const QSqlRecord record = q.record();
    q.finish();
    QList<ColumnInfo> columns;
    for (int i = 0; i < record.count(); ++i) {
        ColumnInfo c;
        c.name = record.fieldName(i);
        columns.append(c);
    }
    if (columns.isEmpty())
        return columns;

    // Column types: the driver does not expose type OIDs, but pg_typeof() of the columns of an
    // all-NULL row still tells the declared type. LEFT JOIN of one dummy row to the query's empty
    // result gives that row without evaluating the query's rows. Columns are renamed to c1..cN,
    // so duplicate or unnamed columns ("?column?") work too.
    QStringList aliases, typeofs;
    for (int i = 1; i <= columns.size(); ++i) {
        aliases << u"c%1"_s.arg(i);
        typeofs << u"pg_catalog.pg_typeof(miq_q.c%1)"_s.arg(i);
    }
    const QString sql = u"SELECT pg_catalog.format_type(t.oid, NULL), bt.typname, bt.typcategory\n"
                        "FROM (SELECT ARRAY["_s + typeofs.join(u", "_s) + u"]::oid[] AS types\n"
                        "      FROM (SELECT 1) AS miq_one LEFT JOIN (SELECT * FROM (\n"_s
                        + m_pg.query + u"\n) AS miq_s LIMIT 0) AS miq_q("_s + aliases.join(u", "_s)
                        + u") ON true) AS x\n"
                          "CROSS JOIN LATERAL unnest(x.types) WITH ORDINALITY AS u(type, ord)\n"
                          "JOIN pg_catalog.pg_type t ON t.oid = u.type\n"
                          "JOIN pg_catalog.pg_type bt ON bt.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END\n"
                          "ORDER BY u.ord"_s;
    if (!q.exec(sql))
        return failure(tr("the column types of the query"), driverMessage(q.lastError()));
    for (ColumnInfo &c : columns) {
        if (!q.next())
            return failure(tr("the column types of the query"), driverMessage(q.lastError()));
        c.nativeType = q.value(0).toString();
        c.type = postgresColumnType(q.value(1).toString(), q.value(2).toString());
        if (baseTypes)
            baseTypes->append(q.value(1).toString());
    }
    q.finish();
    return columns;
}

Result<QString> PostgresConnector::checkConnection()
{
    if (Status connected = ensureConnected(); !connected)
        return Error(connected.error());
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT pg_catalog.current_setting('server_version')"_s) || !q.next())
        return failure(tr("the server version"), driverMessage(q.lastError()));
    // "15.4 (Debian 15.4-1.pgdg120+1)": the distribution's suffix is noise in a summary.
    const QString version = q.value(0).toString().section(u' ', 0, 0);
    q.finish();
    if (!q.exec(u"SELECT n.nspname, c.relkind"_s + relationsFrom + readableRelations))
        return failure(tr("the list of tables"), driverMessage(q.lastError()));
    int tables = 0, views = 0;
    while (q.next()) {
        if (!schemaAllowed(q.value(0).toString()))
            continue;
        const QString kind = q.value(1).toString();
        ++(kind == u"v"_s || kind == u"m"_s ? views : tables);
    }
    return tr("PostgreSQL %1, tables: %2, views: %3").arg(version).arg(tables).arg(views);
}

Result<QList<StreamInfo>> PostgresConnector::discover()
{
    if (Status connected = ensureConnected(); !connected)
        return Error(connected.error());
    Result<QList<StreamInfo>> streams = catalog(*m_connection, nullptr);
    if (!streams)
        return streams;
    if (!m_pg.query.isEmpty()) {
        StreamInfo info;
        info.name = queryStreamName;
        info.kind = StreamInfo::Kind::Query;
        info.typed = true;
        // A broken query must not hide the tables: it is listed with the reason instead.
        Result<QList<ColumnInfo>> columns = describeQuery(*m_connection);
        if (columns)
            info.columns = *columns;
        else
            info.detail = columns.error();
        streams->append(info);
    }
    return streams;
}

Result<PostgresConnector::ReadQuery> PostgresConnector::readQuery(SqlConnection &connection,
                                                                  const QString &stream) const
{
    ReadQuery read;
    QStringList expressions;
    if (stream == queryStreamName && !m_pg.query.isEmpty()) {
        QStringList baseTypes;
        Result<QList<ColumnInfo>> described = describeQuery(connection, &baseTypes);
        if (!described)
            return Error(described.error());
        read.columns = *described;
        QStringList aliases;
        for (qsizetype i = 0; i < read.columns.size(); ++i) {
            aliases << u"c%1"_s.arg(i + 1);
            read.references << u"miq_q.c%1"_s.arg(i + 1);
            expressions << selectExpression(read.references.last(), baseTypes.value(i), read.columns[i].type);
        }
        read.select = u"SELECT "_s + expressions.join(u", "_s) + u" FROM (\n"_s + m_pg.query
            + u"\n) AS miq_q("_s + aliases.join(u", "_s) + u')';
        return read;
    }
    // Only a relation found in the catalogue is read, and SQL is built from the catalogue's
    // spelling of schema and name, quoted: a stream name cannot inject SQL.
    QList<ReadPlan> plans;
    Result<QList<StreamInfo>> found = catalog(connection, &stream, &plans);
    if (!found)
        return Error(found.error());
    if (found->size() != 1)
        return Error(found->isEmpty()
                         ? tr("Source '%1' has no table or view named '%2' that you may read "
                              "(PostgreSQL at %3).").arg(m_settings.sourceName, stream, endpoint())
                         : tr("The name '%1' of source '%2' matches several tables; rename one "
                              "of them or read it with a query.").arg(stream, m_settings.sourceName));
    read.columns = found->first().columns;
    read.plan = plans.first();
    for (qsizetype i = 0; i < read.columns.size(); ++i) {
        read.references << quoteIdentifier(read.columns[i].name);
        expressions << selectExpression(read.references.last(), read.plan.baseTypes.value(i),
                                        read.columns[i].type);
    }
    read.select = u"SELECT "_s + expressions.join(u", "_s) + u" FROM "_s + read.plan.quotedName;
    read.table = true;
    return read;
}

Status PostgresConnector::applyCursor(const ReadQuery &read, const QString &stream,
                                      const ReadOptions &options, QStringList &conditions,
                                      QList<QByteArray> &parameters, QString &orderBy) const
{
    if (options.cursorColumn.isEmpty())
        return {};
    qsizetype index = -1;
    for (qsizetype i = 0; i < read.columns.size() && index < 0; ++i)
        if (read.columns[i].name == options.cursorColumn)
            index = i;
    if (index < 0)
        return Error(tr("Cannot read stream '%1' of source '%2' incrementally: it has no column '%3'.")
                         .arg(stream, m_settings.sourceName, options.cursorColumn));
    // The bound is a parameter ($n), typed by the server from the column it is compared with.
    const QString column = read.references[index];
    if (!options.cursorLowerBound.isEmpty()) {
        parameters << options.cursorLowerBound.toUtf8();
        conditions << column + u" >= $"_s + QString::number(parameters.size());
    }
    orderBy = u" ORDER BY "_s + column;
    return {};
}

Result<std::unique_ptr<StreamReader>> PostgresConnector::openStream(const QString &stream,
                                                                     const ReadOptions &options)
{
    Result<std::shared_ptr<SqlConnection>> connection = connect(u"postgres-read"_s);
    if (!connection)
        return Error(connection.error());
    Result<ReadQuery> read = readQuery(**connection, stream);
    if (!read)
        return Error(read.error());
    QStringList conditions;
    QList<QByteArray> parameters;
    QString orderBy;
    if (Status cursor = applyCursor(*read, stream, options, conditions, parameters, orderBy); !cursor)
        return Error(cursor.error());
    QString select = read->select;
    if (!conditions.isEmpty())
        select += u" WHERE "_s + conditions.join(u" AND "_s);
    select += orderBy;
    if (options.limitRows >= 0)
        select += u" LIMIT "_s + QString::number(options.limitRows);
    return PostgresStreamReader::open(std::move(*connection), select, parameters,
                                      schemaOf(read->columns), options, m_settings.sourceName,
                                      stream, endpoint());
}

Result<std::vector<std::unique_ptr<StreamReader>>>
PostgresConnector::openStreamParts(const QString &stream, const ReadOptions &options, int parts)
{
    // A row limit or a resume position belongs to the whole stream: those are read in one part.
    if (parts <= 1 || options.limitRows >= 0 || !options.resumeFrom.isEmpty())
        return Connector::openStreamParts(stream, options, 1);
    Result<std::shared_ptr<SqlConnection>> connection = connect(u"postgres-plan"_s);
    if (!connection)
        return Error(connection.error());
    Result<ReadQuery> read = readQuery(**connection, stream);
    if (!read)
        return Error(read.error());
    QStringList conditions;
    QList<QByteArray> parameters;
    QString orderBy;
    if (Status cursor = applyCursor(*read, stream, options, conditions, parameters, orderBy); !cursor)
        return Error(cursor.error());

    // Each part adds its range to the shared conditions: ">= lower" and/or "< upper".
    QString rangeColumn;
    QString rangeCast;
    QList<QByteArray> bounds; // parts - 1 boundaries, ascending
    qsizetype keyIndex = -1;
    for (qsizetype i = 0; i < read->columns.size() && read->table; ++i) {
        if (!read->columns[i].primaryKey)
            continue;
        keyIndex = keyIndex < 0 ? i : -2; // a composite key is no range key
    }
    static const QStringList integerTypes = {u"int2"_s, u"int4"_s, u"int8"_s};
    if (keyIndex >= 0 && integerTypes.contains(read->plan.baseTypes.value(keyIndex))) {
        // Ranges of an integer primary key: equal widths between its minimum and maximum.
        const QString key = read->references[keyIndex];
        QString sql = u"SELECT min("_s + key + u")::int8, max("_s + key + u")::int8 FROM "_s
                      + read->plan.quotedName;
        if (!conditions.isEmpty())
            sql += u" WHERE "_s + conditions.join(u" AND "_s);
        const PgResult range = execParams(qtPostgresHandle((*connection)->database()), sql, parameters);
        if (PQresultStatus(range.get()) != PGRES_TUPLES_OK || PQntuples(range.get()) != 1)
            return failure(tr("the key range of '%1'").arg(stream),
                           cleanDriverText(QString::fromUtf8(PQresultErrorMessage(range.get()))));
        if (!PQgetisnull(range.get(), 0, 0)) {
            const qint64 low = QByteArray(PQgetvalue(range.get(), 0, 0)).toLongLong();
            const qint64 high = QByteArray(PQgetvalue(range.get(), 0, 1)).toLongLong();
            // In unsigned arithmetic: high - low may exceed qint64 (the full bigint range).
            const quint64 span = quint64(high) - quint64(low);
            const int count = span < quint64(parts) ? int(span + 1) : parts;
            // Width of the key range (span + 1 values), unless that is all 2^64 bigints.
            const quint64 width = span == std::numeric_limits<quint64>::max() ? span : span + 1;
            for (int i = 1; i < count; ++i) {
                const quint64 offset = width / quint64(count) * quint64(i)
                                       + width % quint64(count) * quint64(i) / quint64(count);
                bounds << QByteArray::number(qint64(quint64(low) + offset));
            }
            rangeColumn = key;
        }
    } else if (read->table && read->plan.kind == u"r"_s) {
        // No integer key: ranges of heap pages (a TID range scan reads only its pages).
        const PgResult size = execParams(qtPostgresHandle((*connection)->database()),
                                         u"SELECT pg_catalog.pg_relation_size($1::regclass) / "
                                         "pg_catalog.current_setting('block_size')::int8"_s,
                                         {read->plan.quotedName.toUtf8()});
        if (PQresultStatus(size.get()) != PGRES_TUPLES_OK || PQntuples(size.get()) != 1)
            return failure(tr("the size of '%1'").arg(stream),
                           cleanDriverText(QString::fromUtf8(PQresultErrorMessage(size.get()))));
        const qint64 pages = QByteArray(PQgetvalue(size.get(), 0, 0)).toLongLong();
        if (pages >= 2 * qint64(parts)) {
            const qint64 span = (pages + parts - 1) / parts;
            for (int i = 1; i < parts; ++i)
                bounds << u"(%1,0)"_s.arg(span * i).toUtf8();
            rangeColumn = u"ctid"_s;
            rangeCast = u"::tid"_s;
        }
    }
    if (bounds.isEmpty())
        return Connector::openStreamParts(stream, options, 1);
    connection->reset(); // the readers connect on the threads that read them

    std::vector<std::unique_ptr<StreamReader>> readers;
    const PostgresSettings pg = m_pg;
    const auto connectPart = [pg] { return connectWith(pg, u"postgres-part"_s); };
    for (qsizetype part = 0; part <= bounds.size(); ++part) {
        QStringList partConditions = conditions;
        QList<QByteArray> partParameters = parameters;
        if (part > 0) {
            partParameters << bounds[part - 1];
            partConditions << rangeColumn + u" >= $"_s + QString::number(partParameters.size()) + rangeCast;
        }
        if (part < bounds.size()) {
            partParameters << bounds[part];
            partConditions << rangeColumn + u" < $"_s + QString::number(partParameters.size()) + rangeCast;
        }
        const QString select = read->select + u" WHERE "_s + partConditions.join(u" AND "_s) + orderBy;
        readers.push_back(PostgresStreamReader::openDeferred(connectPart, select, partParameters,
                                                             schemaOf(read->columns), options,
                                                             m_settings.sourceName, stream, endpoint()));
    }
    return readers;
}

} // namespace miq
