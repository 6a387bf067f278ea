#include "connectors/sql/mariadbconnector.h"

#include "connectors/dest/canonicaltext.h"
#include "connectors/sql/mariadbstreamreader.h"

#include <mysql.h>

using namespace Qt::StringLiterals;

namespace miq {

namespace {

const QString queryStreamName = u"query"_s;

} // namespace

MariaDbConnector::MariaDbConnector(ConnectionSettings settings)
    : m_settings(MariaDbSettings::from(settings))
{}

MariaDbConnector::~MariaDbConnector() = default;

ConnectorSpec MariaDbConnector::spec()
{
    return MariaDbSettings::spec();
}

Status MariaDbConnector::ensureConnected()
{
    if (m_session)
        return {};
    auto session = MariaDbSession::open(m_settings, MariaDbSession::Purpose::Read);
    if (!session)
        return Error(session.error());
    m_session = std::move(*session);
    return {};
}

Result<QList<StreamInfo>> MariaDbConnector::catalog(MariaDbSession &session, const QString *table,
                                                    QList<QList<MariaDbColumn>> *columns) const
{
    // Names are compared as binary strings: information_schema's collation may ignore case
    // (lower_case_table_names) or trailing spaces, and 'Orders' must not read 'orders'.
    std::string sql =
        "SELECT t.TABLE_NAME, t.TABLE_TYPE, t.TABLE_ROWS, t.DATA_LENGTH + t.INDEX_LENGTH, t.TABLE_COMMENT,\n"
        "  c.COLUMN_NAME, c.DATA_TYPE, c.COLUMN_TYPE, c.IS_NULLABLE, c.COLUMN_KEY\n"
        "FROM information_schema.TABLES t\n"
        "LEFT JOIN information_schema.COLUMNS c\n"
        "  ON c.TABLE_SCHEMA = t.TABLE_SCHEMA AND c.TABLE_NAME = t.TABLE_NAME\n"
        "WHERE t.TABLE_SCHEMA = ";
    session.appendLiteral(sql, session.settings().database.toStdString());
    sql += " AND t.TABLE_TYPE IN ('BASE TABLE', 'VIEW', 'SYSTEM VERSIONED')";
    if (table) {
        sql += " AND BINARY t.TABLE_NAME = ";
        session.appendLiteral(sql, table->toStdString());
    }
    sql += "\nORDER BY BINARY t.TABLE_NAME, c.ORDINAL_POSITION";
    auto rows = session.select(QString::fromStdString(sql));
    if (!rows)
        return session.failure(tr("read the list of tables"), rows.error());
    QList<StreamInfo> streams;
    QList<QList<MariaDbColumn>> readColumns;
    for (const QStringList &row : std::as_const(*rows)) {
        if (streams.isEmpty() || streams.last().name != row[0]) {
            StreamInfo info;
            info.name = row[0];
            info.kind = row[1] == u"VIEW"_s ? StreamInfo::Kind::View : StreamInfo::Kind::Table;
            info.typed = true;
            if (!row[2].isNull() && info.kind == StreamInfo::Kind::Table)
                info.rowEstimate = row[2].toLongLong();
            if (!row[3].isNull() && info.kind == StreamInfo::Kind::Table)
                info.sizeBytes = row[3].toLongLong();
            info.detail = info.kind == StreamInfo::Kind::View ? QString() : row[4];
            streams.append(info);
            readColumns.append(QList<MariaDbColumn>());
        }
        if (row[5].isNull())
            continue;
        MariaDbColumn column = mariaDbColumn(row[5], row[6], row[7]);
        column.info.nullable = row[8] == u"YES"_s;
        column.info.primaryKey = row[9] == u"PRI"_s;
        streams.last().columns.append(column.info);
        readColumns.last().append(column);
    }
    if (columns)
        *columns = std::move(readColumns);
    return streams;
}

Result<QList<MariaDbColumn>> MariaDbConnector::describeQuery(MariaDbSession &session) const
{
    // The column metadata of the query, without evaluating its rows.
    const QByteArray sql = (u"SELECT * FROM (\n"_s + m_settings.query + u"\n) AS miq_q LIMIT 0"_s).toUtf8();
    MYSQL *mysql = session.handle();
    if (mysql_real_query(mysql, sql.constData(), static_cast<unsigned long>(sql.size())) != 0)
        return session.failure(tr("run the query"), session.errorText());
    MYSQL_RES *result = mysql_store_result(mysql);
    if (!result)
        return session.failure(tr("run the query"), session.errorText());
    QList<MariaDbColumn> columns;
    const unsigned int count = mysql_num_fields(result);
    const MYSQL_FIELD *fields = mysql_fetch_fields(result);
    for (unsigned int i = 0; i < count; ++i) {
        MariaDbColumn column = mariaDbColumn(fields[i]);
        column.info.nullable = !(fields[i].flags & NOT_NULL_FLAG);
        columns.append(column);
    }
    mysql_free_result(result);
    return columns;
}

Result<QString> MariaDbConnector::cursorClause(MariaDbSession &session, const QString &stream,
                                               const QList<MariaDbColumn> &columns,
                                               const ReadOptions &options) const
{
    const MariaDbColumn *cursor = nullptr;
    for (const MariaDbColumn &c : columns)
        if (c.info.name == options.cursorColumn)
            cursor = &c;
    if (!cursor)
        return Error(tr("Cannot read stream '%1' of source '%2' incrementally: it has no column '%3'.")
                         .arg(stream, m_settings.sourceName, options.cursorColumn));
    const QString column = quoteMariaDbIdentifier(cursor->info.name);
    QString clause;
    if (!options.cursorLowerBound.isEmpty()) {
        // The text protocol has no parameters (QMYSQL's prepared statements would buffer the
        // whole result), so the bound is a literal: numbers only after they parsed as numbers
        // (a string compared with a BIGINT would be compared as a double, inexact past 2^53),
        // everything else escaped by the client library.
        const QString bound = options.cursorLowerBound.trimmed();
        const std::string text = bound.toStdString();
        std::string literal;
        switch (cursor->info.type) {
        case ColumnType::Int64:
        case ColumnType::Bool:
            if (!canonical::parseInt64(text))
                return Error(
                    tr("Cannot read stream '%1' of source '%2' incrementally: the cursor value '%3' of "
                       "column '%4' is not a whole number.")
                        .arg(stream, m_settings.sourceName, bound, cursor->info.name));
            literal = text;
            break;
        case ColumnType::Decimal:
        case ColumnType::Double:
            if (!canonical::isDecimalText(text))
                return Error(
                    tr("Cannot read stream '%1' of source '%2' incrementally: the cursor value '%3' of "
                       "column '%4' is not a number.")
                        .arg(stream, m_settings.sourceName, bound, cursor->info.name));
            literal = "CAST(";
            session.appendLiteral(literal, text);
            literal += cursor->info.type == ColumnType::Double ? " AS DOUBLE)" : " AS DECIMAL(65,30))";
            break;
        default:
            session.appendLiteral(literal, text);
            break;
        }
        clause = u" WHERE "_s + column + u" >= "_s + QString::fromStdString(literal);
    }
    return QString(clause + u" ORDER BY "_s + column);
}

Result<QString> MariaDbConnector::checkConnection()
{
    if (Status connected = ensureConnected(); !connected)
        return Error(connected.error());
    std::string sql = "SELECT TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = ";
    m_session->appendLiteral(sql, m_settings.database.toStdString());
    auto rows = m_session->select(QString::fromStdString(sql));
    if (!rows)
        return m_session->failure(tr("read the list of tables"), rows.error());
    int tables = 0, views = 0;
    for (const QStringList &row : std::as_const(*rows))
        ++(row[0] == u"VIEW"_s ? views : tables);
    // "10.11.19-MariaDB-0+deb12u1": the distribution's suffix is noise in a summary.
    const QString version = m_session->serverVersion().section(u'-', 0, 0);
    return tr("%1 %2, tables: %3, views: %4")
        .arg(m_session->isMariaDb() ? u"MariaDB"_s : u"MySQL"_s, version)
        .arg(tables)
        .arg(views);
}

Result<QList<StreamInfo>> MariaDbConnector::discover()
{
    if (Status connected = ensureConnected(); !connected)
        return Error(connected.error());
    Result<QList<StreamInfo>> streams = catalog(*m_session, nullptr);
    if (!streams)
        return streams;
    if (!m_settings.query.isEmpty()) {
        StreamInfo info;
        info.name = queryStreamName;
        info.kind = StreamInfo::Kind::Query;
        info.typed = true;
        // A broken query must not hide the tables: it is listed with the reason instead.
        Result<QList<MariaDbColumn>> columns = describeQuery(*m_session);
        if (columns) {
            for (const MariaDbColumn &c : std::as_const(*columns))
                info.columns.append(c.info);
        } else {
            info.detail = columns.error();
        }
        streams->append(info);
    }
    return streams;
}

Result<std::unique_ptr<StreamReader>> MariaDbConnector::openStream(const QString &stream,
                                                                   const ReadOptions &options)
{
    auto session = MariaDbSession::open(m_settings, MariaDbSession::Purpose::Read);
    if (!session)
        return Error(session.error());
    QList<MariaDbColumn> columns;
    QString select;
    if (stream == queryStreamName && !m_settings.query.isEmpty()) {
        Result<QList<MariaDbColumn>> described = describeQuery(**session);
        if (!described)
            return Error(described.error());
        columns = *described;
        select = u"SELECT * FROM (\n"_s + m_settings.query + u"\n) AS miq_q"_s;
    } else {
        // Only a table found in the catalogue is read, and the SQL is built from the catalogue's
        // spelling, quoted: a stream name cannot inject SQL.
        QList<QList<MariaDbColumn>> tableColumns;
        Result<QList<StreamInfo>> found = catalog(**session, &stream, &tableColumns);
        if (!found)
            return Error(found.error());
        if (found->isEmpty())
            return Error(
                tr("Source '%1' has no table or view named '%2' that you may read (MySQL/MariaDB at %3).")
                    .arg(m_settings.sourceName, stream, m_settings.endpoint()));
        columns = tableColumns.first();
        QStringList names;
        for (const MariaDbColumn &c : std::as_const(columns))
            names << quoteMariaDbIdentifier(c.info.name);
        select = u"SELECT "_s + names.join(u", "_s) + u" FROM "_s +
                 quoteMariaDbIdentifier(m_settings.database) + u'.' +
                 quoteMariaDbIdentifier(found->first().name);
    }
    if (!options.cursorColumn.isEmpty()) {
        Result<QString> cursor = cursorClause(**session, stream, columns, options);
        if (!cursor)
            return Error(cursor.error());
        // Wrapped, so that the condition and order apply to a query stream's columns by name.
        select = u"SELECT * FROM (\n"_s + select + u"\n) AS miq_c"_s + *cursor;
    }
    if (options.limitRows >= 0)
        select += u" LIMIT "_s + QString::number(options.limitRows);
    return MariaDbStreamReader::open(std::move(*session), select, columns, options, stream);
}

Result<std::vector<std::unique_ptr<StreamReader>>>
MariaDbConnector::openStreamParts(const QString &stream, const ReadOptions &options, int parts)
{
    if (parts <= 1 || options.limitRows >= 0 || !options.cursorColumn.isEmpty() || stream == queryStreamName)
        return Connector::openStreamParts(stream, options, 1);
    auto session = MariaDbSession::open(m_settings, MariaDbSession::Purpose::Read);
    if (!session)
        return Error(session.error());
    QList<QList<MariaDbColumn>> tableColumns;
    Result<QList<StreamInfo>> found = catalog(**session, &stream, &tableColumns);
    if (!found)
        return Error(found.error());
    if (found->isEmpty())
        return Connector::openStreamParts(stream, options, 1); // openStream() names the problem
    const QList<MariaDbColumn> &columns = tableColumns.first();
    qsizetype keyIndex = -1;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i].info.primaryKey)
            keyIndex = keyIndex < 0 ? i : -2; // a composite key is no range key
    }
    if (keyIndex < 0 || columns[keyIndex].decode != MariaDbDecode::Int)
        return Connector::openStreamParts(stream, options, 1);
    const QString key = quoteMariaDbIdentifier(columns[keyIndex].info.name);
    const QString table =
        quoteMariaDbIdentifier(m_settings.database) + u'.' + quoteMariaDbIdentifier(found->first().name);
    auto range = (*session)->select(u"SELECT MIN("_s + key + u"), MAX("_s + key + u") FROM "_s + table);
    if (!range)
        return (*session)->failure(tr("read the key range of '%1'").arg(stream), range.error());
    session->reset();
    if (range->isEmpty() || range->first().value(0).isNull())
        return Connector::openStreamParts(stream, options, 1);
    const qint64 low = range->first().value(0).toLongLong();
    const qint64 high = range->first().value(1).toLongLong();
    // In unsigned arithmetic: high - low may exceed qint64 (the full bigint range).
    const quint64 span = quint64(high) - quint64(low);
    const int count = span < quint64(parts) ? int(span + 1) : parts;
    if (count <= 1)
        return Connector::openStreamParts(stream, options, 1);
    QList<qint64> bounds;
    for (int i = 1; i < count; ++i)
        bounds << qint64(quint64(low) + span / quint64(count) * quint64(i));
    QStringList names;
    for (const MariaDbColumn &c : columns)
        names << quoteMariaDbIdentifier(c.info.name);
    std::vector<std::unique_ptr<StreamReader>> readers;
    for (qsizetype part = 0; part <= bounds.size(); ++part) {
        QStringList conditions;
        if (part > 0)
            conditions << key + u" >= "_s + QString::number(bounds[part - 1]);
        if (part < bounds.size())
            conditions << key + u" < "_s + QString::number(bounds[part]);
        auto partSession = MariaDbSession::open(m_settings, MariaDbSession::Purpose::Read);
        if (!partSession)
            return Error(partSession.error());
        const QString select = u"SELECT "_s + names.join(u", "_s) + u" FROM "_s + table + u" WHERE "_s +
                               conditions.join(u" AND "_s);
        auto reader = MariaDbStreamReader::open(std::move(*partSession), select, columns, options, stream);
        if (!reader)
            return Error(reader.error());
        readers.push_back(std::move(*reader));
    }
    return readers;
}

} // namespace miq
