#include "connectors/recordbatch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace miq {

QString columnTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::String: return QStringLiteral("string");
    case ColumnType::Int64: return QStringLiteral("integer");
    case ColumnType::Double: return QStringLiteral("double");
    case ColumnType::Bool: return QStringLiteral("boolean");
    case ColumnType::Date: return QStringLiteral("date");
    case ColumnType::Timestamp: return QStringLiteral("timestamp");
    case ColumnType::Decimal: return QStringLiteral("decimal");
    case ColumnType::Bytes: return QStringLiteral("bytes");
    }
    return QString();
}

void Column::reserve(std::int64_t rows, std::int64_t bytes)
{
    m_validity.reserve(std::size_t(rows / 64 + 1));
    if (isText()) {
        m_offsets.reserve(std::size_t(rows + 1));
        m_bytes.reserve(std::size_t(bytes));
    } else if (m_type == ColumnType::Double) {
        m_doubles.reserve(std::size_t(rows));
    } else {
        m_ints.reserve(std::size_t(rows));
    }
}

void Column::clear()
{
    m_size = 0;
    m_nulls = 0;
    m_validity.clear();
    m_ints.clear();
    m_doubles.clear();
    m_offsets.resize(1);
    m_bytes.clear();
}

void Column::appendNull()
{
    pushValidity(false);
    if (isText())
        m_offsets.push_back(m_offsets.back());
    else if (m_type == ColumnType::Double)
        m_doubles.push_back(0);
    else
        m_ints.push_back(0);
}

QString Column::displayText(std::int64_t row) const
{
    if (isNull(row))
        return QString();
    switch (m_type) {
    case ColumnType::String:
    case ColumnType::Decimal:
    case ColumnType::Bytes: {
        const std::string_view t = text(row);
        return QString::fromUtf8(t.data(), qsizetype(t.size()));
    }
    case ColumnType::Int64: return QString::number(m_ints[row]);
    case ColumnType::Double: return QString::number(m_doubles[row], 'g', 17);
    case ColumnType::Bool: return m_ints[row] ? QStringLiteral("true") : QStringLiteral("false");
    case ColumnType::Date: return QDate(1970, 1, 1).addDays(m_ints[row]).toString(Qt::ISODate);
    case ColumnType::Timestamp:
        return QDateTime::fromMSecsSinceEpoch(m_ints[row] / 1000, QTimeZone::utc()).toString(Qt::ISODateWithMs);
    }
    return QString();
}

void RecordBatch::reset(std::shared_ptr<const Schema> newSchema)
{
    schema = std::move(newSchema);
    columns.clear();
    columns.reserve(schema->size());
    for (const Field &f : *schema)
        columns.emplace_back(f.type);
    rowCount = 0;
    recordNumbers.clear();
}

void RecordBatch::keepRows(const std::vector<bool> &keep)
{
    std::vector<std::int64_t> numbers;
    std::int64_t kept = 0;
    for (std::int64_t r = 0; r < rowCount; ++r)
        if (keep[std::size_t(r)]) {
            numbers.push_back(recordNumber(r));
            ++kept;
        }
    if (kept == rowCount)
        return;
    for (Column &c : columns) {
        Column filtered(c.type());
        filtered.reserve(kept, c.byteSize());
        for (std::int64_t r = 0; r < rowCount; ++r)
            if (keep[std::size_t(r)])
                filtered.appendFrom(c, r);
        c = std::move(filtered);
    }
    rowCount = 0;
    recordNumbers.clear();
    for (std::int64_t n : numbers) {
        noteRecord(n);
        ++rowCount;
    }
}

void RecordBatch::clearRows()
{
    for (Column &c : columns)
        c.clear();
    rowCount = 0;
    recordNumbers.clear();
}

} // namespace miq
