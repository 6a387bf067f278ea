#include "connectors/sql/sqliteconnector.h"

#include "connectors/sql/sqlconnection.h"
#include "connectors/sql/sqlitestreamreader.h"
#include "connectors/sql/sqlsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <variant>

using namespace Qt::StringLiterals;

namespace miq {

namespace {

const QString queryStreamName = u"query"_s;

// Counting rows of small files is cheap (they are in the page cache after the first read) and
// gives users exact numbers; for bigger files COUNT(*) could scan gigabytes just to browse.
constexpr qint64 exactCountMaxFileSize = 16 * 1024 * 1024;

// SQLite's columns have a declared type and an affinity derived from it by substring rules
// (https://sqlite.org/datatype3.html#determination_of_column_affinity). Follow those rules, with
// the finer types that applications declare by convention (BOOLEAN, DATE, DATETIME, DECIMAL).
ColumnType sqliteColumnType(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t.contains(u"BOOL"))
        return ColumnType::Bool;
    if (t.contains(u"DATETIME") || t.contains(u"TIMESTAMP"))
        return ColumnType::Timestamp;
    if (t.contains(u"DATE"))
        return ColumnType::Date;
    if (t.contains(u"INT"))
        return ColumnType::Int64;
    if (t.contains(u"CHAR") || t.contains(u"CLOB") || t.contains(u"TEXT"))
        return ColumnType::String;
    if (t.contains(u"BLOB") || t.contains(u"BINARY") || t.contains(u"BYTEA"))
        return ColumnType::Bytes;
    if (t.contains(u"REAL") || t.contains(u"FLOA") || t.contains(u"DOUB"))
        return ColumnType::Double;
    if (t.contains(u"DECIMAL") || t.contains(u"NUMERIC"))
        return ColumnType::Decimal;
    return ColumnType::String;
}

// Types the QSQLITE driver guessed from a declared type we cannot see (query results).
ColumnType typeFromMetaType(QMetaType type)
{
    switch (type.id()) {
    case QMetaType::Int:
    case QMetaType::LongLong: return ColumnType::Int64;
    case QMetaType::Double: return ColumnType::Double;
    case QMetaType::Bool: return ColumnType::Bool;
    case QMetaType::QByteArray: return ColumnType::Bytes;
    default: return ColumnType::String;
    }
}

std::shared_ptr<const Schema> schemaOf(const QList<ColumnInfo> &columns)
{
    auto schema = std::make_shared<Schema>();
    schema->reserve(std::size_t(columns.size()));
    for (const ColumnInfo &c : columns)
        schema->push_back({c.name, c.type});
    return schema;
}

// What makes a table resumable: a rowid to order and continue by.
struct RowidKey
{
    QString name;        // rowid, _rowid_ or oid: the first spelling no column shadows
    bool stable = false; // an INTEGER PRIMARY KEY alias, which nothing renumbers
};

// The table's rowid, or a translated reason why it has none that can serve as a position.
std::variant<RowidKey, QString> rowidKey(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
    q.addBindValue(table);
    if (q.exec() && q.next() && q.value(0).toString().trimmed().startsWith(u"CREATE VIRTUAL"_s, Qt::CaseInsensitive))
        return SqliteConnector::tr("it is a virtual table");
    // Every column, hidden ones included: any of them may shadow a rowid spelling.
    QStringList names;
    q.prepare(u"SELECT name FROM pragma_table_xinfo(?)"_s);
    q.addBindValue(table);
    if (q.exec()) {
        while (q.next())
            names << q.value(0).toString();
    }
    q.finish();
    for (const QString &spelling : {u"rowid"_s, u"_rowid_"_s, u"oid"_s}) {
        if (names.contains(spelling, Qt::CaseInsensitive))
            continue;
        // Fails on a WITHOUT ROWID table. SQLite names the result column after the INTEGER
        // PRIMARY KEY when the rowid is an alias for one (not for "INTEGER PRIMARY KEY DESC",
        // which is no alias: the driver's answer is more reliable than parsing the DDL).
        if (!q.exec(u"SELECT "_s + spelling + u" FROM "_s + quoteIdentifier(table) + u" LIMIT 0"_s))
            return SqliteConnector::tr("it is a WITHOUT ROWID table");
        const QString resultName = q.record().fieldName(0);
        q.finish();
        return RowidKey{spelling, names.contains(resultName, Qt::CaseInsensitive)};
    }
    return SqliteConnector::tr("its columns shadow every name of the rowid");
}

} // namespace

SqliteConnector::SqliteConnector(ConnectionSettings settings)
    : m_settings(std::move(settings))
    , m_path(m_settings.value(u"path"_s).trimmed())
{
}

SqliteConnector::~SqliteConnector() = default;

ConnectorSpec SqliteConnector::spec()
{
    ConnectorSpec s;
    s.typeId = u"sqlite"_s;
    s.displayName = tr("SQLite database");
    s.description = tr("Tables, views and an optional query of an SQLite database file. "
                       "The file is opened read-only and never modified.");
    s.iconName = u"sqlite"_s;
    s.fileSuffixes = {u"sqlite"_s, u"sqlite3"_s, u"db"_s};

    ConfigField path;
    path.key = u"path"_s;
    path.label = tr("Database file");
    path.kind = ConfigField::Kind::FilePath;
    path.required = true;
    path.help = tr("The SQLite database file (.sqlite, .sqlite3, .db).");

    ConfigField query;
    query.key = u"query"_s;
    query.label = tr("Query");
    query.kind = ConfigField::Kind::MultilineText;
    query.help = tr("Optional SELECT statement, offered as an extra stream named 'query'.");

    s.fields = {path, query};
    return s;
}

QString SqliteConnector::queryText() const
{
    return stripQueryTerminator(m_settings.value(u"query"_s).trimmed());
}

QString SqliteConnector::location() const
{
    return QDir::toNativeSeparators(m_path);
}

Error SqliteConnector::readError(const QString &what, const QString &driverText) const
{
    return Error(tr("Cannot read %1 of source '%2' (SQLite file '%3'): %4")
                     .arg(what, m_settings.sourceName, location(), driverText));
}

Status SqliteConnector::open()
{
    if (m_connection)
        return {};
    if (m_path.isEmpty())
        return Error(tr("Source '%1' has no SQLite file set.").arg(m_settings.sourceName));
    const QFileInfo info(m_path);
    // Checked up front: SQLite would report a missing file only as "unable to open database file".
    if (!info.exists())
        return Error(tr("SQLite file '%1' of source '%2' does not exist.").arg(location(), m_settings.sourceName));
    if (info.isDir())
        return Error(tr("'%1' of source '%2' is a folder, not an SQLite file.").arg(location(), m_settings.sourceName));
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return Error(tr("Cannot open source '%1': the Qt SQLite driver (QSQLITE) is not installed "
                        "(Debian/Ubuntu package libqt6sql6-sqlite).").arg(m_settings.sourceName));

    auto connection = std::make_shared<SqlConnection>(u"QSQLITE"_s, u"sqlite"_s);
    QSqlDatabase &db = connection->database();
    db.setDatabaseName(m_path);
    // Read-only and without SQLITE_OPEN_CREATE: reading a source never creates or changes a file.
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!db.open())
        return Error(tr("Cannot open SQLite file '%1' of source '%2': %3")
                         .arg(location(), m_settings.sourceName, driverMessage(db.lastError())));
    // SQLite reads the header lazily, so a file that is not a database only fails here.
    QSqlQuery probe(db);
    if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
        const QSqlError error = probe.lastError();
        const QString message = driverMessage(error);
        if (error.nativeErrorCode() == u"26"_s || message.contains(u"not a database"_s))
            return Error(tr("SQLite file '%1' of source '%2' is not an SQLite database (%3).")
                             .arg(location(), m_settings.sourceName, message));
        return Error(tr("Cannot open SQLite file '%1' of source '%2': %3")
                         .arg(location(), m_settings.sourceName, message));
    }
    probe.finish();
    m_connection = std::move(connection);
    return {};
}

Result<QList<SqliteConnector::Relation>> SqliteConnector::relations(const QString *onlyName)
{
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    // MigrateIQ's own bookkeeping in a database it loaded (checkpoints, staging tables of
    // running loads) is not the user's data.
    QString sql = u"SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') "
                  "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> '_miq_checkpoints' "
                  "AND name NOT LIKE '%\\_\\_miq\\_staging\\_%' ESCAPE '\\'"_s;
    if (onlyName)
        sql += u" AND name = ?"_s;
    sql += u" ORDER BY name"_s;
    q.prepare(sql);
    if (onlyName)
        q.addBindValue(*onlyName);
    if (!q.exec())
        return readError(tr("the list of tables"), driverMessage(q.lastError()));
    QList<Relation> result;
    while (q.next()) {
        const bool view = q.value(1).toString() == u"view"_s;
        result.append({q.value(0).toString(), view ? StreamInfo::Kind::View : StreamInfo::Kind::Table});
    }
    return result;
}

Result<QList<ColumnInfo>> SqliteConnector::relationColumns(const QString &name)
{
    // table_xinfo (not table_info) so that generated columns, which SELECT returns, are listed;
    // hidden = 1 marks hidden columns of virtual tables, which SELECT * does not return.
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT name, type, \"notnull\", pk FROM pragma_table_xinfo(?) WHERE hidden <> 1 ORDER BY cid"_s);
    q.addBindValue(name);
    if (!q.exec())
        return readError(tr("the columns of '%1'").arg(name), driverMessage(q.lastError()));
    QList<ColumnInfo> columns;
    while (q.next()) {
        ColumnInfo c;
        c.name = q.value(0).toString();
        c.nativeType = q.value(1).toString();
        c.type = sqliteColumnType(c.nativeType);
        c.nullable = q.value(2).toInt() == 0;
        c.primaryKey = q.value(3).toInt() > 0;
        columns.append(c);
    }
    if (q.lastError().type() != QSqlError::NoError)
        return readError(tr("the columns of '%1'").arg(name), driverMessage(q.lastError()));
    return columns;
}

Result<QList<ColumnInfo>> SqliteConnector::queryColumns()
{
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT * FROM (\n"_s + queryText() + u"\n) LIMIT 0"_s))
        return readError(tr("the query"), driverMessage(q.lastError()));
    const QSqlRecord record = q.record();
    q.finish();
    // The driver only tells which table a result column comes from, not its declared type;
    // when the name matches a column of that table, take the declared type from there.
    QHash<QString, QList<ColumnInfo>> tables;
    QList<ColumnInfo> columns;
    for (int i = 0; i < record.count(); ++i) {
        const QSqlField field = record.field(i);
        ColumnInfo c;
        c.name = field.name();
        c.type = typeFromMetaType(field.metaType());
        const QString table = field.tableName();
        if (!table.isEmpty()) {
            if (!tables.contains(table)) {
                Result<QList<ColumnInfo>> tableColumns = relationColumns(table);
                tables.insert(table, tableColumns ? *tableColumns : QList<ColumnInfo>());
            }
            for (const ColumnInfo &tc : std::as_const(tables[table])) {
                if (tc.name.compare(c.name, Qt::CaseInsensitive) == 0) {
                    c.type = tc.type;
                    c.nativeType = tc.nativeType;
                    break;
                }
            }
        }
        columns.append(c);
    }
    return columns;
}

QHash<QString, qint64> SqliteConnector::rowEstimates(const QList<Relation> &relations)
{
    QHash<QString, qint64> estimates;
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    // ANALYZE leaves row counts in sqlite_stat1 ("rows [rows-per-key...]"): free to read.
    if (q.exec(u"SELECT tbl, max(CAST(stat AS INTEGER)) FROM sqlite_stat1 GROUP BY tbl"_s)) {
        while (q.next())
            estimates.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    if (QFileInfo(m_path).size() > exactCountMaxFileSize)
        return estimates;
    for (const Relation &r : relations) {
        if (r.kind != StreamInfo::Kind::Table)
            continue;
        if (q.exec(u"SELECT count(*) FROM "_s + quoteIdentifier(r.name)) && q.next())
            estimates.insert(r.name, q.value(0).toLongLong());
    }
    q.finish();
    return estimates;
}

Result<QString> SqliteConnector::checkConnection()
{
    if (Status opened = open(); !opened)
        return Error(opened.error());
    Result<QList<Relation>> rels = relations();
    if (!rels)
        return Error(rels.error());
    QSqlQuery q(m_connection->database());
    QString version;
    if (q.exec(u"SELECT sqlite_version()"_s) && q.next())
        version = q.value(0).toString();
    q.finish();
    qsizetype views = 0;
    for (const Relation &r : std::as_const(*rels))
        views += r.kind == StreamInfo::Kind::View ? 1 : 0;
    return tr("SQLite %1, tables: %2, views: %3").arg(version).arg(rels->size() - views).arg(views);
}

Result<QList<StreamInfo>> SqliteConnector::discover()
{
    if (Status opened = open(); !opened)
        return Error(opened.error());
    Result<QList<Relation>> rels = relations();
    if (!rels)
        return Error(rels.error());
    const QHash<QString, qint64> estimates = rowEstimates(*rels);
    QList<StreamInfo> streams;
    for (const Relation &r : std::as_const(*rels)) {
        StreamInfo info;
        info.name = r.name;
        info.kind = r.kind;
        // One unreadable table (e.g. a virtual table whose module is not compiled in) must not
        // hide all the others: list it with the reason instead.
        Result<QList<ColumnInfo>> columns = relationColumns(r.name);
        if (columns)
            info.columns = *columns;
        else
            info.detail = columns.error();
        if (estimates.contains(r.name))
            info.rowEstimate = estimates.value(r.name);
        streams.append(info);
    }
    if (!queryText().isEmpty()) {
        StreamInfo info;
        info.name = queryStreamName;
        info.kind = StreamInfo::Kind::Query;
        Result<QList<ColumnInfo>> columns = queryColumns();
        if (columns)
            info.columns = *columns;
        else
            info.detail = columns.error();
        streams.append(info);
    }
    return streams;
}

Result<std::unique_ptr<StreamReader>> SqliteConnector::openStream(const QString &stream,
                                                                   const ReadOptions &options)
{
    if (Status opened = open(); !opened)
        return Error(opened.error());

    QList<ColumnInfo> columns;
    QString sql;
    QString rowidName;
    std::optional<SqliteResumeToken> resume; // set for streams read in rowid order
    QString notResumable;                    // otherwise, why
    if (stream == queryStreamName && !queryText().isEmpty()) {
        Result<QList<ColumnInfo>> described = queryColumns();
        if (!described)
            return Error(described.error());
        columns = *described;
        sql = u"SELECT * FROM (\n"_s + queryText() + u"\n)"_s;
        notResumable = tr("it is a query");
    } else {
        // The stream name only ever selects one of the relations that exist; SQL is built from
        // the catalogue's spelling of the name, quoted, so a stream name cannot inject SQL.
        Result<QList<Relation>> found = relations(&stream);
        if (!found)
            return Error(found.error());
        if (found->isEmpty())
            return Error(tr("Source '%1' has no table or view named '%2' (SQLite file '%3').")
                             .arg(m_settings.sourceName, stream, location()));
        const Relation relation = found->first();
        Result<QList<ColumnInfo>> described = relationColumns(relation.name);
        if (!described)
            return Error(described.error());
        columns = *described;
        QStringList names;
        for (const ColumnInfo &c : std::as_const(columns))
            names << quoteIdentifier(c.name);
        const std::variant<RowidKey, QString> key = relation.kind == StreamInfo::Kind::View
                                                        ? std::variant<RowidKey, QString>(tr("it is a view"))
                                                        : rowidKey(m_connection->database(), relation.name);
        if (const RowidKey *rowid = std::get_if<RowidKey>(&key)) {
            // Read in rowid order from the start too, so that "after rowid N" means "after the
            // rows already read"; the rowid comes last, beyond the schema's columns.
            names << rowid->name;
            rowidName = rowid->name;
            resume.emplace();
            resume->table = relation.name;
            resume->columns = *schemaOf(columns);
            resume->stableRowids = rowid->stable;
            if (!rowid->stable)
                resume->fileStamp = SqliteResumeToken::stampOf(m_path);
        } else {
            notResumable = std::get<QString>(key);
        }
        sql = u"SELECT "_s + names.join(u", "_s) + u" FROM "_s + quoteIdentifier(relation.name);
    }

    std::optional<qint64> after;
    if (!options.resumeFrom.isEmpty()) {
        if (!resume)
            return Error(tr("Stream '%1' of source '%2' cannot continue where the interrupted run stopped (%3); "
                            "start over with --full.")
                             .arg(stream, m_settings.sourceName, notResumable));
        Result<SqliteResumeToken> saved = SqliteResumeToken::decode(options.resumeFrom, stream, m_settings.sourceName);
        if (!saved)
            return Error(saved.error());
        const auto sameColumns = [](const Schema &a, const Schema &b) {
            return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                              [](const Field &x, const Field &y) { return x.name == y.name && x.type == y.type; });
        };
        if (saved->table != resume->table || saved->stableRowids != resume->stableRowids ||
            !sameColumns(saved->columns, resume->columns))
            return Error(tr("Stream '%1' of source '%2' has changed since the interrupted run (its columns differ); "
                            "start over with --full.")
                             .arg(stream, m_settings.sourceName));
        if (saved->fileStamp != resume->fileStamp)
            return Error(tr("SQLite file '%1' of source '%2' has changed since the interrupted run; table '%3' has "
                            "no INTEGER PRIMARY KEY, so its rows may have been renumbered; start over with --full.")
                             .arg(location(), m_settings.sourceName, stream));
        resume->started = saved->started;
        resume->lastRowid = saved->lastRowid;
        resume->recordsRead = saved->recordsRead;
        if (saved->started)
            after = saved->lastRowid;
    }
    if (after)
        sql += u" WHERE "_s + rowidName + u" > ?"_s;
    if (resume)
        sql += u" ORDER BY "_s + rowidName;
    if (options.limitRows >= 0)
        sql += u" LIMIT "_s + QString::number(options.limitRows);

    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true); // rows are stepped, never cached by the driver
    bool executed = false;
    if (after) {
        executed = query.prepare(sql);
        query.addBindValue(*after);
        executed = executed && query.exec();
    } else {
        executed = query.exec(sql);
    }
    if (!executed)
        return readError(tr("stream '%1'").arg(stream), driverMessage(query.lastError()));
    return std::unique_ptr<StreamReader>(std::make_unique<SqliteStreamReader>(
        m_connection, std::move(query), schemaOf(columns), options, m_settings.sourceName, stream, location(),
        std::move(resume)));
}

} // namespace miq
