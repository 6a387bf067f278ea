#include "connectors/sql/postgrestablereader.h"

#include "connectors/sql/postgresbinary.h"
#include "connectors/sql/postgressession.h"
#include "connectors/sql/sqlsupport.h"

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace miq {

namespace {

constexpr int headerBytes = 19;

QString castType(ColumnType type)
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
    case ColumnType::String:
        return u"text"_s;
    case ColumnType::Bytes:
        return u"bytea"_s;
    }
    return u"text"_s;
}

// The fixed size of a column's binary value, or -1 when variable.
int fixedSize(ColumnType type)
{
    switch (type) {
    case ColumnType::Int64:
    case ColumnType::Double:
    case ColumnType::Timestamp:
        return 8;
    case ColumnType::Date:
        return 4;
    case ColumnType::Bool:
        return 1;
    default:
        return -1;
    }
}

struct PgFree
{
    void operator()(char *p) const { PQfreemem(p); }
};

} // namespace

PostgresTableReader::PostgresTableReader(std::unique_ptr<PostgresSession> session, const TargetSpec &spec,
                                         const ReadOptions &options, QString name)
    : m_session(std::move(session))
    , m_spec(spec)
    , m_options(options)
    , m_name(std::move(name))
{
    auto schema = std::make_shared<Schema>();
    for (const TargetColumn &c : spec.columns)
        schema->push_back({c.name, c.type});
    m_schema = std::move(schema);
    m_fields.resize(m_schema->size());
    m_nulls.resize(m_schema->size());
    if (m_options.batchRows < 1)
        m_options.batchRows = 1;
}

// Dropping the connection also ends a COPY that was not read to its end.
PostgresTableReader::~PostgresTableReader() = default;

Result<std::vector<std::unique_ptr<StreamReader>>>
PostgresTableReader::open(const PostgresSettings &settings, const TargetSpec &spec, const QString &schema,
                          const QString &table, const ReadOptions &options, int parts)
{
    const QString name = tr("table '%1' of source '%2' (PostgreSQL at %3)")
                             .arg(spec.table, settings.sourceName, settings.endpoint());
    const auto connect = [&]() -> Result<std::unique_ptr<PostgresSession>> {
        Result<std::unique_ptr<PostgresSession>> session = PostgresSession::open(settings, u"read back"_s);
        if (!session)
            return Error(tr("Cannot read %1: %2").arg(name, session.error()));
        return session;
    };
    Result<std::unique_ptr<PostgresSession>> first = connect();
    if (!first)
        return Error(first.error());
    const QString qualifiedName = quoteIdentifier(schema) + u'.' + quoteIdentifier(table);

    // Heap pages now; a part boundary is the first tuple of a page. The last part has no upper
    // bound, so rows on pages added meanwhile are not lost.
    qint64 pages = 0;
    if (parts > 1) {
        Result<PgResult> size = (*first)->exec(
            u"SELECT pg_catalog.pg_relation_size(c.oid) / pg_catalog.current_setting('block_size')::int8 "
            "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind = 'r'"_s,
            {schema.toUtf8(), table.toUtf8()});
        if (size && PQntuples(size->get()) == 1)
            pages = QByteArray(PQgetvalue(size->get(), 0, 0)).toLongLong();
    }
    if (pages < 2 * qint64(parts))
        parts = 1;

    QStringList expressions;
    for (const TargetColumn &c : spec.columns)
        expressions << quoteIdentifier(c.name) + u"::"_s + castType(c.type);
    const QString select = u"SELECT "_s + expressions.join(u", "_s) + u" FROM "_s + qualifiedName;
    const QString limit =
        options.limitRows >= 0 ? u" LIMIT "_s + QString::number(options.limitRows) : QString();

    std::vector<std::unique_ptr<StreamReader>> readers;
    const qint64 span = parts > 1 ? (pages + parts - 1) / parts : 0;
    for (int part = 0; part < parts; ++part) {
        // Page numbers are integers formatted here, not user text: nothing to inject. (COPY takes
        // no bind parameters.)
        QStringList conditions;
        if (part > 0)
            conditions << u"ctid >= '(%1,0)'::tid"_s.arg(part * span);
        if (part < parts - 1)
            conditions << u"ctid < '(%1,0)'::tid"_s.arg((part + 1) * span);
        const QString where = conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
        Result<std::unique_ptr<PostgresSession>> session = part == 0 ? std::move(first) : connect();
        if (!session)
            return Error(session.error());
        std::unique_ptr<PostgresTableReader> reader(
            new PostgresTableReader(std::move(*session), spec, options, name));
        if (Status started =
                reader->start(u"COPY ("_s + select + where + limit + u") TO STDOUT (FORMAT binary)"_s);
            !started)
            return Error(started.error());
        readers.push_back(std::move(reader));
    }
    return readers;
}

Error PostgresTableReader::failure(const QString &cause) const
{
    return Error(tr("Cannot read %1: %2").arg(m_name, cause));
}

Status PostgresTableReader::start(const QString &copySql)
{
    const QByteArray sql = copySql.toUtf8();
    PgResult result(PQexec(m_session->handle(), sql.constData()));
    if (PQresultStatus(result.get()) != PGRES_COPY_OUT)
        return failure(m_session->resultError(result.get()));
    return {};
}

QList<BadRecord> PostgresTableReader::takeBadRecords()
{
    return std::exchange(m_badRecords, {});
}

Result<bool> PostgresTableReader::next(RecordBatch &batch)
{
    if (batch.schema != m_schema || batch.columns.size() != m_schema->size())
        batch.reset(m_schema);
    else
        batch.clearRows();
    if (m_done)
        return false;
    if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
        return failure(tr("reading was cancelled."));
    pg_conn *conn = m_session->handle();
    while (batch.rowCount < m_options.batchRows) {
        char *raw = nullptr;
        const int length = PQgetCopyData(conn, &raw, 0);
        std::unique_ptr<char, PgFree> message(raw);
        if (length == -1) { // end of the COPY: its result says whether all went well
            m_done = true;
            while (PgResult result{PQgetResult(conn)}) {
                if (PQresultStatus(result.get()) != PGRES_COMMAND_OK)
                    return failure(m_session->resultError(result.get()));
            }
            break;
        }
        if (length < 0) {
            m_done = true;
            return failure(m_session->lastError());
        }
        std::string_view data(raw, std::size_t(length));
        if (!m_headerSeen) {
            if (data.size() < headerBytes ||
                data.substr(0, 11) != std::string_view("PGCOPY\n\377\r\n\0", 11)) {
                m_done = true;
                return failure(tr("the server sent an unexpected COPY header."));
            }
            const std::int32_t extension = pgbinary::readInt32(data.data() + 15);
            if (extension < 0 || data.size() < std::size_t(headerBytes) + std::size_t(extension)) {
                m_done = true;
                return failure(tr("the server sent an unexpected COPY header."));
            }
            data.remove_prefix(std::size_t(headerBytes) + std::size_t(extension));
            m_headerSeen = true;
            if (data.empty())
                continue;
        }
        Result<bool> appended = appendRow(data, batch);
        if (!appended) {
            m_done = true;
            return Error(appended.error());
        }
        // The trailer: PQgetCopyData returns -1 next.
    }
    return batch.rowCount > 0;
}

Result<bool> PostgresTableReader::appendRow(std::string_view row, RecordBatch &batch)
{
    const auto malformed = [&] {
        return failure(tr("the server sent a malformed row."));
    };
    if (row.size() < 2)
        return malformed();
    const std::int16_t count = pgbinary::readInt16(row.data());
    if (count == -1)
        return false;
    if (count != std::int16_t(m_schema->size()))
        return malformed();
    std::size_t pos = 2;
    QString reason;
    int badColumn = -1;
    for (std::size_t c = 0; c < m_schema->size(); ++c) {
        if (pos + 4 > row.size())
            return malformed();
        const std::int32_t length = pgbinary::readInt32(row.data() + pos);
        pos += 4;
        m_nulls[c] = length < 0;
        if (length < 0)
            continue;
        if (pos + std::size_t(length) > row.size())
            return malformed();
        m_fields[c] = row.substr(pos, std::size_t(length));
        pos += std::size_t(length);
        const ColumnType type = (*m_schema)[c].type;
        if (fixedSize(type) >= 0 && length != fixedSize(type))
            return malformed();
        if (badColumn < 0 && type == ColumnType::Date &&
            !pgbinary::fromPgDate(pgbinary::readInt32(m_fields[c].data()))) {
            badColumn = int(c);
            reason = tr("an infinite date cannot be represented");
        }
        if (badColumn < 0 && type == ColumnType::Timestamp &&
            !pgbinary::fromPgTimestamp(pgbinary::readInt64(m_fields[c].data()))) {
            badColumn = int(c);
            reason = tr("an infinite timestamp cannot be represented");
        }
    }
    const qint64 recordNumber = m_recordNumber++;
    if (badColumn >= 0) {
        BadRecord bad;
        bad.recordNumber = recordNumber;
        bad.column = (*m_schema)[std::size_t(badColumn)].name;
        bad.location = m_spec.table;
        bad.reason = tr("Column '%1' of %2: %3").arg(bad.column, m_name, reason);
        bad.raw = QByteArray(row.data(), qsizetype(std::min<std::size_t>(row.size(), 64 * 1024)));
        m_badRecords.append(bad);
        return true;
    }
    batch.noteRecord(recordNumber);
    for (std::size_t c = 0; c < m_schema->size(); ++c) {
        Column &column = batch.columns[c];
        if (m_nulls[c]) {
            column.appendNull();
            continue;
        }
        const char *p = m_fields[c].data();
        switch (column.type()) {
        case ColumnType::Int64:
            column.appendInt(pgbinary::readInt64(p));
            break;
        case ColumnType::Double:
            column.appendDouble(pgbinary::readDouble(p));
            break;
        case ColumnType::Bool:
            column.appendInt(*p ? 1 : 0);
            break;
        case ColumnType::Date:
            column.appendInt(*pgbinary::fromPgDate(pgbinary::readInt32(p)));
            break;
        case ColumnType::Timestamp:
            column.appendInt(*pgbinary::fromPgTimestamp(pgbinary::readInt64(p)));
            break;
        case ColumnType::Decimal:
        case ColumnType::String:
        case ColumnType::Bytes:
            column.appendText(m_fields[c]);
            break;
        }
    }
    ++batch.rowCount;
    return true;
}

} // namespace miq
