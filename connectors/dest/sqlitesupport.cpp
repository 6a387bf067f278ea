#include "connectors/dest/sqlitesupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace miq::sqlite {

namespace {

// Messages of these helpers end up in the SQLite destination's errors: translate them there.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SqliteDestination)
};

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0; // SQLite folds ASCII case in identifiers
}

QSet<QString> foldedSet(const QStringList &names)
{
    QSet<QString> set;
    for (const QString &name : names)
        set.insert(name.toLower());
    return set;
}

// The affinities under which SQLite stores what the destination binds for `type` unchanged.
bool keepsValues(Affinity affinity, ColumnType type)
{
    switch (type) {
    case ColumnType::Int64:
    case ColumnType::Bool: // REAL affinity would turn integers into floats (inexact past 2^53)
        return affinity != Affinity::Real && affinity != Affinity::Text;
    case ColumnType::Double: // TEXT affinity would print doubles with 15 digits only
        return affinity != Affinity::Text;
    case ColumnType::String:
    case ColumnType::Decimal: // numeric affinities turn '007' into 7 and '12.50' into 12.5
        return affinity == Affinity::Text || affinity == Affinity::Blob;
    case ColumnType::Date:
    case ColumnType::Timestamp: // dates as text never look numeric: stored as text under any affinity
    case ColumnType::Bytes:     // blobs are never converted
        return true;
    }
    return false;
}

} // namespace

QString quote(const QString &identifier)
{
    QString quoted = identifier;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString errorText(sqlite3 *db)
{
    if (!db)
        return Text::tr("out of memory");
    QString text = QString::fromUtf8(sqlite3_errmsg(db));
    const int code = sqlite3_errcode(db) & 0xff;
    const int systemError = sqlite3_system_errno(db);
    if (systemError != 0
        && (code == SQLITE_CANTOPEN || code == SQLITE_IOERR || code == SQLITE_FULL || code == SQLITE_READONLY
            || code == SQLITE_PERM)) {
        const QString cause = qt_error_string(systemError);
        if (!text.contains(cause, Qt::CaseInsensitive))
            text += u" ("_s + cause + u')';
    }
    return text;
}

QString open(const QString &path, int flags, sqlite3 **db)
{
    *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), db, flags, nullptr);
    if (rc == SQLITE_OK)
        return {};
    QString error = errorText(*db);
    if ((rc & 0xff) == SQLITE_CANTOPEN && (flags & SQLITE_OPEN_CREATE)) {
        // SQLite retries a failed read-write open read-only, so its OS error is often that last
        // attempt's "No such file or directory". Ask the file system for the real cause.
        const bool existed = QFileInfo::exists(path);
        QFile probe(path);
        if (!probe.open(QIODevice::ReadWrite))
            error = QString::fromUtf8(sqlite3_errstr(SQLITE_CANTOPEN)) + u" ("_s + probe.errorString() + u')';
        else if (!existed)
            probe.remove();
    }
    sqlite3_close_v2(*db);
    *db = nullptr;
    return error;
}

void close(sqlite3 *&db)
{
    // close_v2 rolls back an open transaction: what a crash would leave, by design.
    sqlite3_close_v2(db);
    db = nullptr;
}

QString exec(sqlite3 *db, const QString &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const QString error = message ? QString::fromUtf8(message) : errorText(db);
    sqlite3_free(message);
    return error;
}

Statement::~Statement()
{
    finalize();
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        finalize();
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

QString Statement::prepare(sqlite3 *db, const QString &sql, bool persistent)
{
    finalize();
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), persistent ? SQLITE_PREPARE_PERSISTENT : 0,
                           &m_stmt, nullptr)
        != SQLITE_OK) {
        finalize();
        return errorText(db);
    }
    return {};
}

void Statement::finalize()
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

void Statement::bindText(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

int Statement::step()
{
    return sqlite3_step(m_stmt);
}

QString Statement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

Affinity affinityOf(const QString &declaredType)
{
    const QString t = declaredType.toUpper();
    if (t.contains(u"INT"))
        return Affinity::Integer;
    if (t.contains(u"CHAR") || t.contains(u"CLOB") || t.contains(u"TEXT"))
        return Affinity::Text;
    if (t.isEmpty() || t.contains(u"BLOB"))
        return Affinity::Blob;
    if (t.contains(u"REAL") || t.contains(u"FLOA") || t.contains(u"DOUB"))
        return Affinity::Real;
    return Affinity::Numeric;
}

QString affinityName(Affinity affinity)
{
    switch (affinity) {
    case Affinity::Integer: return u"INTEGER"_s;
    case Affinity::Text: return u"TEXT"_s;
    case Affinity::Blob: return u"BLOB"_s;
    case Affinity::Real: return u"REAL"_s;
    case Affinity::Numeric: return u"NUMERIC"_s;
    }
    return QString();
}

QString declaredType(const TargetColumn &column)
{
    switch (column.type) {
    case ColumnType::Int64: return u"INTEGER"_s;
    case ColumnType::Double: return u"REAL"_s;
    case ColumnType::Bool: return u"BOOLEAN"_s;
    case ColumnType::Date: return u"DATE"_s;
    case ColumnType::Timestamp: return u"TIMESTAMP"_s;
    case ColumnType::Decimal:
        // TEXT affinity (the name contains "TEXT") keeps the exact digits and scale; the name
        // still tells people and tools the precision and scale.
        return column.precision > 0 ? u"DECIMAL_TEXT(%1,%2)"_s.arg(column.precision).arg(column.scale)
                                    : u"DECIMAL_TEXT"_s;
    case ColumnType::String: return u"TEXT"_s;
    case ColumnType::Bytes: return u"BLOB"_s;
    }
    return u"TEXT"_s;
}

ExistingTable inspectTable(sqlite3 *db, const QString &table, const QStringList &keys, QString &error)
{
    ExistingTable result;
    Statement lookup;
    error = lookup.prepare(db, u"SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') "
                               "AND name = ?1 COLLATE NOCASE"_s);
    if (!error.isEmpty())
        return result;
    lookup.bindText(1, table);
    const int rc = lookup.step();
    if (rc == SQLITE_DONE)
        return result;
    if (rc != SQLITE_ROW) {
        error = errorText(db);
        return result;
    }
    result.exists = true;
    result.isView = lookup.columnText(0) == u"view"_s;
    result.name = lookup.columnText(1);

    Statement info;
    error = info.prepare(
        db, u"SELECT name, type, \"notnull\", dflt_value IS NOT NULL, pk FROM pragma_table_info(?1)"_s);
    if (!error.isEmpty())
        return result;
    info.bindText(1, result.name);
    QStringList primaryKey;
    while (info.step() == SQLITE_ROW) {
        ExistingColumn column;
        column.name = info.columnText(0);
        column.declaredType = info.columnText(1);
        column.notNull = sqlite3_column_int(info.get(), 2) != 0;
        column.hasDefault = sqlite3_column_int(info.get(), 3) != 0;
        column.primaryKeyPosition = sqlite3_column_int(info.get(), 4);
        if (column.primaryKeyPosition > 0)
            primaryKey.append(column.name);
        result.columns.append(column);
    }
    if (keys.isEmpty())
        return result;

    const QSet<QString> wanted = foldedSet(keys);
    if (foldedSet(primaryKey) == wanted) { // includes INTEGER PRIMARY KEY, which has no index
        result.hasKeyConstraint = true;
        return result;
    }
    Statement indexes;
    error = indexes.prepare(db, u"SELECT name FROM pragma_index_list(?1) WHERE \"unique\" AND NOT partial"_s);
    if (!error.isEmpty())
        return result;
    indexes.bindText(1, result.name);
    while (!result.hasKeyConstraint && indexes.step() == SQLITE_ROW) {
        Statement columns;
        error = columns.prepare(db, u"SELECT name FROM pragma_index_info(?1)"_s);
        if (!error.isEmpty())
            return result;
        columns.bindText(1, indexes.columnText(0));
        QStringList names;
        while (columns.step() == SQLITE_ROW)
            names.append(columns.columnText(0)); // empty for an expression: never equal to a key
        result.hasKeyConstraint = foldedSet(names) == wanted && names.size() == keys.size();
    }
    return result;
}

QString incompatibility(const ExistingTable &table, const TargetSpec &spec)
{
    if (table.isView)
        return Text::tr("'%1' is a view, not a table").arg(table.name);
    for (const TargetColumn &target : spec.columns) {
        const ExistingColumn *found = nullptr;
        for (const ExistingColumn &column : table.columns)
            if (sameName(column.name, target.name))
                found = &column;
        if (!found)
            return Text::tr("the table has no column '%1'").arg(target.name);
        const Affinity affinity = affinityOf(found->declaredType);
        if (!keepsValues(affinity, target.type))
            return Text::tr(
                       "column '%1' is declared '%2' (%3 affinity), which would not keep %4 values exactly; "
                       "a new table would declare it %5")
                .arg(found->name, found->declaredType, affinityName(affinity), columnTypeName(target.type),
                     declaredType(target));
    }
    for (const ExistingColumn &column : table.columns) {
        bool written = false;
        for (const TargetColumn &target : spec.columns)
            written = written || sameName(column.name, target.name);
        const bool rowidAlias = column.primaryKeyPosition > 0
                                && column.declaredType.compare(u"INTEGER"_s, Qt::CaseInsensitive) == 0;
        if (!written && column.notNull && !column.hasDefault && !rowidAlias)
            return Text::tr("column '%1' is NOT NULL without a default, and the target does not write it")
                .arg(column.name);
    }
    return {};
}

QString checkpointTable()
{
    return u"_miq_checkpoints"_s;
}

QString columnList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(quote(name));
    return quoted.join(u", "_s);
}

bool isUpsertKey(const TargetSpec &spec, const QString &column)
{
    return spec.mode == WriteMode::Upsert && spec.keyColumns.contains(column, Qt::CaseInsensitive);
}

QString createTableSql(const QString &table, const TargetSpec &spec, bool ifNotExists)
{
    QStringList lines;
    for (const TargetColumn &column : spec.columns) {
        QString line = u"    "_s + quote(column.name) + u' ' + declaredType(column);
        if (!column.nullable || isUpsertKey(spec, column.name))
            line += u" NOT NULL"_s;
        lines.append(line);
    }
    if (spec.mode == WriteMode::Upsert)
        lines.append(u"    PRIMARY KEY ("_s + columnList(spec.keyColumns) + u')');
    return (ifNotExists ? u"CREATE TABLE IF NOT EXISTS "_s : u"CREATE TABLE "_s) + quote(table) + u" (\n"_s
           + lines.join(u",\n"_s) + u"\n)"_s;
}

QString planTarget(sqlite3 *db, const TargetSpec &spec, const QString &writeTable, TargetPlan &plan)
{
    ExistingTable target;
    if (db) {
        QString error;
        target = inspectTable(db, spec.table, spec.mode == WriteMode::Upsert ? spec.keyColumns : QStringList(),
                              error);
        if (!error.isEmpty())
            return error;
    }
    plan.tableExists = target.exists;
    if (spec.mode == WriteMode::Replace) {
        if (target.isView)
            return incompatibility(target, spec);
        plan.prelude.append(u"DROP TABLE IF EXISTS "_s + quote(writeTable));
        plan.create.append(createTableSql(writeTable, spec, false));
    } else if (!target.exists) {
        plan.create.append(createTableSql(writeTable, spec, true));
    } else {
        if (const QString why = incompatibility(target, spec); !why.isEmpty())
            return why;
        if (spec.mode == WriteMode::Upsert && !target.hasKeyConstraint) {
            plan.keyIndex = u"CREATE UNIQUE INDEX "_s + quote(target.name + u"__miq_key"_s) + u" ON "_s
                            + quote(target.name) + u" ("_s + columnList(spec.keyColumns) + u')';
            plan.create.append(plan.keyIndex);
        }
    }
    plan.create.append(u"CREATE TABLE IF NOT EXISTS "_s + quote(checkpointTable())
                       + u" (run_id TEXT PRIMARY KEY, checkpoint BLOB, rows INTEGER, updated_at TEXT)"_s);
    return {};
}

} // namespace miq::sqlite
