#include "connectors/dest/sqlitetablereader.h"

#include "connectors/dest/sqlitesupport.h"

#include <QDir>

#include <sqlite3.h>

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace miq {

namespace {
constexpr int maxRawBytes = 4096;
}

SqliteTableReader::SqliteTableReader(QString path, const TargetSpec &spec, const ReadOptions &options)
    : m_path(std::move(path))
    , m_spec(spec)
    , m_options(options)
    , m_cells(std::size_t(spec.columns.size()))
{
    if (m_options.batchRows < 1)
        m_options.batchRows = 1;
    auto schema = std::make_shared<Schema>();
    for (const TargetColumn &column : spec.columns)
        schema->push_back({column.name, column.type});
    m_schema = std::move(schema);
}

SqliteTableReader::~SqliteTableReader()
{
    sqlite3_finalize(m_select);
    sqlite::close(m_db);
}

QString SqliteTableReader::location() const
{
    return tr("table '%1' in %2").arg(m_spec.table, QDir::toNativeSeparators(m_path));
}

Result<std::unique_ptr<SqliteTableReader>>
SqliteTableReader::open(const QString &path, const TargetSpec &spec, const ReadOptions &options,
                        std::optional<std::pair<qint64, qint64>> rowids)
{
    std::unique_ptr<SqliteTableReader> reader(new SqliteTableReader(path, spec, options));
    if (const QString error = sqlite::open(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, &reader->m_db);
        !error.isEmpty())
        return Error(tr("Cannot read %1: %2").arg(reader->location(), error));
    sqlite3_busy_timeout(reader->m_db, 10000);
    QStringList columns;
    for (const TargetColumn &column : spec.columns)
        columns.append(sqlite::quote(column.name));
    QString select = u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + sqlite::quote(spec.table);
    if (rowids) {
        // The rowid comes last, after the spec's columns, so that a caller can go on from it.
        select = u"SELECT "_s + columns.join(u", "_s) + u", rowid FROM "_s + sqlite::quote(spec.table)
                 + u" WHERE rowid BETWEEN ?1 AND ?2"_s;
        reader->m_selectsRowid = true;
    }
    const QByteArray sql = select.toUtf8();
    if (sqlite3_prepare_v2(reader->m_db, sql.constData(), int(sql.size()), &reader->m_select, nullptr)
        != SQLITE_OK)
        return Error(tr("Cannot read %1: %2").arg(reader->location(), sqlite::errorText(reader->m_db)));
    if (rowids) {
        sqlite3_bind_int64(reader->m_select, 1, rowids->first);
        sqlite3_bind_int64(reader->m_select, 2, rowids->second);
    }
    return reader;
}

QList<BadRecord> SqliteTableReader::takeBadRecords()
{
    return std::exchange(m_badRecords, {});
}

bool SqliteTableReader::convert(int column, canonical::Cell &cell, QString &reason)
{
    const ColumnType type = m_spec.columns[column].type;
    // One lookup of the cell, then the value accessors: cheaper than a sqlite3_column_*() call
    // (bounds check, mutex, error bookkeeping) per accessor. The value is "unprotected", which
    // only matters when several threads share the connection; this one is the reader's own.
    sqlite3_value *value = sqlite3_column_value(m_select, column);
    const int storage = sqlite3_value_type(value);
    if (storage == SQLITE_NULL) {
        cell.kind = canonical::Cell::Kind::Null;
        return true;
    }
    const auto text = [&] {
        const auto *data = reinterpret_cast<const char *>(sqlite3_value_text(value));
        return std::string_view(data ? data : "", std::size_t(sqlite3_value_bytes(value)));
    };
    switch (type) {
    case ColumnType::Int64:
    case ColumnType::Bool:
        if (storage == SQLITE_INTEGER) {
            cell.kind = canonical::Cell::Kind::Int;
            cell.intValue = sqlite3_value_int64(value);
            if (type == ColumnType::Bool)
                cell.intValue = cell.intValue != 0;
            return true;
        }
        if (storage == SQLITE_FLOAT) {
            const double d = sqlite3_value_double(value);
            if (d != std::trunc(d) || std::abs(d) >= 9.2e18) {
                reason = tr("%1 is not a whole number").arg(d);
                return false;
            }
            cell.kind = canonical::Cell::Kind::Int;
            cell.intValue = type == ColumnType::Bool ? d != 0 : std::int64_t(d);
            return true;
        }
        break;
    case ColumnType::Double:
        if (storage == SQLITE_INTEGER || storage == SQLITE_FLOAT) {
            cell.kind = canonical::Cell::Kind::Double;
            cell.doubleValue = sqlite3_value_double(value);
            return true;
        }
        break;
    case ColumnType::Decimal:
        if (storage == SQLITE_INTEGER || storage == SQLITE_FLOAT) {
            // A numeric value someone else stored: its shortest exact text.
            char buffer[canonical::maxDoubleChars];
            char *end =
                storage == SQLITE_INTEGER
                    ? std::to_chars(buffer, buffer + sizeof buffer, sqlite3_value_int64(value)).ptr
                    : canonical::formatDouble(buffer, sqlite3_value_double(value));
            cell.scratch.assign(buffer, end);
            cell.kind = canonical::Cell::Kind::Text;
            cell.text = cell.scratch;
            return true;
        }
        break;
    case ColumnType::String:
        cell.kind = canonical::Cell::Kind::Text;
        cell.text = text(); // numbers stored in a text column come back as SQLite prints them
        return true;
    case ColumnType::Bytes: {
        const auto *data = static_cast<const char *>(sqlite3_value_blob(value));
        cell.kind = canonical::Cell::Kind::Text;
        cell.text = std::string_view(data ? data : "", std::size_t(sqlite3_value_bytes(value)));
        return true;
    }
    case ColumnType::Date:
    case ColumnType::Timestamp: break;
    }
    if (storage == SQLITE_TEXT)
        return canonical::parseCell(type, text(), cell, reason);
    reason = tr("a %1 value where %2 was expected")
                 .arg(storage == SQLITE_BLOB    ? u"BLOB"_s
                      : storage == SQLITE_FLOAT ? u"REAL"_s
                                                : u"INTEGER"_s,
                      columnTypeName(type));
    return false;
}

Result<bool> SqliteTableReader::next(RecordBatch &batch)
{
    if (batch.schema != m_schema || batch.columns.size() != m_schema->size())
        batch.reset(m_schema);
    else
        batch.clearRows();
    if (m_done)
        return false;
    if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
        return Error(tr("Reading %1 back was cancelled.").arg(location()));
    for (Column &column : batch.columns)
        column.reserve(m_options.batchRows);
    const int columnCount = int(m_cells.size());
    while (batch.rowCount < m_options.batchRows) {
        if (m_options.limitRows >= 0 && m_recordNumber >= m_options.limitRows) {
            m_done = true;
            break;
        }
        const int rc = sqlite3_step(m_select);
        if (rc == SQLITE_DONE) {
            m_done = true;
            break;
        }
        if (rc != SQLITE_ROW) {
            m_done = true;
            return Error(tr("Cannot read %1: %2").arg(location(), sqlite::errorText(m_db)));
        }
        const qint64 recordNumber = m_recordNumber++;
        if (m_selectsRowid)
            m_lastRowid = sqlite3_column_int64(m_select, columnCount);
        bool good = true;
        for (int c = 0; c < columnCount && good; ++c) {
            QString reason;
            if (!convert(c, m_cells[std::size_t(c)], reason)) {
                BadRecord bad;
                bad.recordNumber = recordNumber;
                bad.location = location();
                bad.column = m_spec.columns[c].name;
                bad.reason = reason;
                const auto *raw = reinterpret_cast<const char *>(sqlite3_column_text(m_select, c));
                bad.raw =
                    QByteArray(raw ? raw : "", std::min(sqlite3_column_bytes(m_select, c), maxRawBytes));
                m_badRecords.append(bad);
                good = false;
            }
        }
        if (!good)
            continue;
        batch.noteRecord(recordNumber);
        for (int c = 0; c < columnCount; ++c)
            canonical::appendCell(batch.columns[std::size_t(c)], m_cells[std::size_t(c)]);
        ++batch.rowCount;
    }
    return batch.rowCount > 0;
}

} // namespace miq
