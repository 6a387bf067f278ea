#include "connectors/sql/postgresconnector.h"

#include "connectors/sql/postgresstreamreader.h"
#include "connectors/sql/sqlconnection.h"
#include "connectors/sql/sqlsupport.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace miq {

namespace {

const QString queryStreamName = u"query"_s;
const QStringList sslModes = {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s,
                              u"verify-ca"_s, u"verify-full"_s};

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

int integerSetting(const ConnectionSettings &settings, const QString &key, int fallback,
                   int minimum, int maximum, bool *ok)
{
    const QString text = settings.value(key).trimmed();
    if (text.isEmpty())
        return fallback;
    bool parsed = false;
    const int value = text.toInt(&parsed);
    if (!parsed || value < minimum || value > maximum)
        *ok = false;
    return value;
}

} // namespace

PostgresConnector::PostgresConnector(ConnectionSettings settings)
    : m_settings(std::move(settings))
{
    m_host = m_settings.value(u"host"_s, u"localhost"_s).trimmed();
    m_database = m_settings.value(u"database"_s).trimmed();
    m_user = m_settings.value(u"user"_s).trimmed();
    m_password = m_settings.secrets.value(u"password"_s);
    m_sslMode = m_settings.value(u"sslmode"_s, u"prefer"_s).trimmed();
    m_query = stripQueryTerminator(m_settings.value(u"query"_s).trimmed());
    const QStringList patterns = m_settings.value(u"schema"_s).split(u',', Qt::SkipEmptyParts);
    for (const QString &p : patterns)
        if (!p.trimmed().isEmpty())
            m_schemaPatterns << QRegularExpression::fromWildcard(p.trimmed(), Qt::CaseSensitive);

    // Settings are validated here as well as in the registry: the values end up in libpq's
    // connection string, where an unchecked "sslmode" could smuggle in other options.
    bool portOk = true, timeoutOk = true;
    m_port = integerSetting(m_settings, u"port"_s, 5432, 1, 65535, &portOk);
    m_connectTimeout = integerSetting(m_settings, u"connect_timeout"_s, 10, 1, 3600, &timeoutOk);
    QStringList problems;
    if (m_database.isEmpty())
        problems << tr("no database is set");
    if (m_user.isEmpty())
        problems << tr("no user is set");
    if (!portOk)
        problems << tr("the port must be a number from 1 to 65535");
    if (!timeoutOk)
        problems << tr("the connection timeout must be a number of seconds from 1 to 3600");
    if (!sslModes.contains(m_sslMode))
        problems << tr("the SSL mode must be one of: %1").arg(sslModes.join(u", "_s));
    if (!problems.isEmpty())
        m_settingsError = tr("Source '%1' is not configured correctly: %2.")
                              .arg(m_settings.sourceName, problems.join(u"; "_s));
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
    sslMode.choices = sslModes;
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
    const QString host = m_host.contains(u':') ? u'[' + m_host + u']' : m_host;
    return host + u':' + QString::number(m_port);
}

Error PostgresConnector::failure(const QString &what, const QString &driverText) const
{
    return Error(maskSecret(tr("Cannot read %1 of source '%2' (PostgreSQL at %3): %4")
                                .arg(what, m_settings.sourceName, endpoint(), driverText),
                            m_password));
}

bool PostgresConnector::schemaAllowed(const QString &schema) const
{
    if (m_schemaPatterns.isEmpty())
        return true;
    for (const QRegularExpression &pattern : m_schemaPatterns)
        if (pattern.match(schema).hasMatch())
            return true;
    return false;
}

Result<std::shared_ptr<SqlConnection>> PostgresConnector::connect(const QString &purpose) const
{
    if (!m_settingsError.isEmpty())
        return Error(m_settingsError);
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return Error(tr("Cannot connect source '%1': the Qt PostgreSQL driver (QPSQL) is not "
                        "installed (Debian/Ubuntu package libqt6sql6-psql).").arg(m_settings.sourceName));
    auto connection = std::make_shared<SqlConnection>(u"QPSQL"_s, purpose);
    QSqlDatabase &db = connection->database();
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setDatabaseName(m_database);
    db.setUserName(m_user);
    db.setPassword(m_password);
    db.setConnectOptions(u"connect_timeout=%1;sslmode=%2;application_name=MigrateIQ"_s
                             .arg(m_connectTimeout).arg(m_sslMode));
    if (!db.open())
        return Error(maskSecret(tr("Cannot connect to PostgreSQL at %1 for source '%2': %3")
                                    .arg(endpoint(), m_settings.sourceName, driverMessage(db.lastError())),
                                m_password));
    // Reading a source must never change it, whatever a configured query calls.
    QSqlQuery q(db);
    if (!q.exec(u"SET default_transaction_read_only = on"_s))
        return failure(tr("the session settings"), driverMessage(q.lastError()));
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
            if (!q.isNull(3))
                info.rowEstimate = q.value(3).toLongLong();
            if (!q.isNull(4))
                info.sizeBytes = q.value(4).toLongLong();
            info.detail = q.value(5).toString();
            streams.append(info);
            readPlans.append({quoteIdentifier(schema) + u'.' + quoteIdentifier(table), {}});
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
    if (!q.exec(u"SELECT * FROM (\n"_s + m_query + u"\n) AS miq_q LIMIT 0"_s))
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
                        + m_query + u"\n) AS miq_s LIMIT 0) AS miq_q("_s + aliases.join(u", "_s)
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
    if (!m_query.isEmpty()) {
        StreamInfo info;
        info.name = queryStreamName;
        info.kind = StreamInfo::Kind::Query;
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

Result<std::unique_ptr<StreamReader>> PostgresConnector::openStream(const QString &stream,
                                                                     const ReadOptions &options)
{
    Result<std::shared_ptr<SqlConnection>> connection = connect(u"postgres-read"_s);
    if (!connection)
        return Error(connection.error());

    QList<ColumnInfo> columns;
    QString select;
    QStringList expressions;
    if (stream == queryStreamName && !m_query.isEmpty()) {
        QStringList baseTypes;
        Result<QList<ColumnInfo>> described = describeQuery(**connection, &baseTypes);
        if (!described)
            return Error(described.error());
        columns = *described;
        QStringList aliases;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            aliases << u"c%1"_s.arg(i + 1);
            expressions << selectExpression(u"miq_q.c%1"_s.arg(i + 1), baseTypes.value(i), columns[i].type);
        }
        select = u"SELECT "_s + expressions.join(u", "_s) + u" FROM (\n"_s + m_query
            + u"\n) AS miq_q("_s + aliases.join(u", "_s) + u')';
    } else {
        // Only a relation found in the catalogue is read, and SQL is built from the catalogue's
        // spelling of schema and name, quoted: a stream name cannot inject SQL.
        QList<ReadPlan> plans;
        Result<QList<StreamInfo>> found = catalog(**connection, &stream, &plans);
        if (!found)
            return Error(found.error());
        if (found->size() != 1)
            return Error(found->isEmpty()
                             ? tr("Source '%1' has no table or view named '%2' that you may read "
                                  "(PostgreSQL at %3).").arg(m_settings.sourceName, stream, endpoint())
                             : tr("The name '%1' of source '%2' matches several tables; rename one "
                                  "of them or read it with a query.").arg(stream, m_settings.sourceName));
        columns = found->first().columns;
        for (qsizetype i = 0; i < columns.size(); ++i)
            expressions << selectExpression(quoteIdentifier(columns[i].name), plans.first().baseTypes.value(i),
                                            columns[i].type);
        select = u"SELECT "_s + expressions.join(u", "_s) + u" FROM "_s + plans.first().quotedName;
    }
    if (options.limitRows >= 0)
        select += u" LIMIT "_s + QString::number(options.limitRows);
    return PostgresStreamReader::open(std::move(*connection), select, schemaOf(columns), options,
                                      m_settings.sourceName, stream, endpoint());
}

} // namespace miq
