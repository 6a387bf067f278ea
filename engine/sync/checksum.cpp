#include "engine/sync/checksum.h"

#include <QJsonArray>

#include <xxhash.h>

namespace miq {

namespace {

constexpr std::uint64_t NullHash = 0x9e3779b97f4a7c15ull;

// A decimal's value without the zeros that only carry its scale: databases pad "1.5" to the
// column's scale ("1.50"), which is the same value and must hash the same. "-0" is "0".
std::string_view decimalValue(std::string_view text)
{
    if (text.find('.') != std::string_view::npos) {
        while (!text.empty() && text.back() == '0')
            text.remove_suffix(1);
        if (!text.empty() && text.back() == '.')
            text.remove_suffix(1);
    }
    if (text == "-0" || text == "+0" || text.empty())
        return "0";
    return text;
}

// MurmurHash3's 64-bit finalizer: a bijection whose every output bit depends on every input bit.
constexpr std::uint64_t mix64(std::uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
    return x;
}

} // namespace

std::uint64_t cellHash(const Column &column, std::int64_t row)
{
    if (column.isNull(row))
        return NullHash;
    if (column.type() == ColumnType::Decimal) {
        const std::string_view t = decimalValue(column.text(row));
        return XXH3_64bits(t.data(), t.size());
    }
    if (column.isText()) {
        const std::string_view t = column.text(row);
        return XXH3_64bits(t.data(), t.size());
    }
    if (column.type() == ColumnType::Double) {
        double d = column.doubleValue(row);
        if (d == 0)
            d = 0; // -0.0 and 0.0 are the same value
        return XXH3_64bits(&d, sizeof d);
    }
    const std::int64_t v = column.intValue(row);
    return XXH3_64bits(&v, sizeof v);
}

void TableChecksum::add(const RecordBatch &batch)
{
    if (m_columns.size() < batch.columns.size())
        m_columns.resize(batch.columns.size(), 0);
    std::vector<std::uint64_t> rowHashes(std::size_t(batch.rowCount), 0);
    for (std::size_t c = 0; c < batch.columns.size(); ++c) {
        const Column &column = batch.columns[c];
        std::uint64_t sum = 0;
        // Position matters inside a row (a,b != b,a), so each column's hash is mixed with its
        // index; the row's hash chains its cells through a non-linear mix, so that values swapped
        // between rows change the row sum even though the column sums stay the same.
        const std::uint64_t salt = (c + 1) * 0xd6e8feb86659fd93ull;
        for (std::int64_t r = 0; r < batch.rowCount; ++r) {
            const std::uint64_t h = cellHash(column, r);
            sum += h;
            std::uint64_t &rh = rowHashes[std::size_t(r)];
            rh = mix64(rh ^ (h + salt));
        }
        m_columns[c] += sum;
    }
    for (std::uint64_t h : rowHashes)
        m_rowSum += h;
    m_rows += batch.rowCount;
}

void TableChecksum::merge(const TableChecksum &other)
{
    if (m_columns.size() < other.m_columns.size())
        m_columns.resize(other.m_columns.size(), 0);
    for (std::size_t c = 0; c < other.m_columns.size(); ++c)
        m_columns[c] += other.m_columns[c];
    m_rowSum += other.m_rowSum;
    m_rows += other.m_rows;
}

QStringList TableChecksum::differingColumns(const TableChecksum &other, const QStringList &names) const
{
    QStringList differing;
    for (qsizetype c = 0; c < names.size(); ++c) {
        const std::uint64_t mine = std::size_t(c) < m_columns.size() ? m_columns[std::size_t(c)] : 0;
        const std::uint64_t theirs =
            std::size_t(c) < other.m_columns.size() ? other.m_columns[std::size_t(c)] : 0;
        if (mine != theirs)
            differing << names.at(c);
    }
    return differing;
}

QJsonObject TableChecksum::toJson() const
{
    QJsonArray columns;
    for (std::uint64_t s : m_columns)
        columns.append(QString::number(s, 16));
    return {{QStringLiteral("rows"), qint64(m_rows)},
            {QStringLiteral("row_sum"), QString::number(m_rowSum, 16)},
            {QStringLiteral("columns"), columns}};
}

TableChecksum TableChecksum::fromJson(const QJsonObject &json)
{
    TableChecksum c;
    c.m_rows = json.value(QStringLiteral("rows")).toInteger();
    c.m_rowSum = json.value(QStringLiteral("row_sum")).toString().toULongLong(nullptr, 16);
    for (const QJsonValue &v : json.value(QStringLiteral("columns")).toArray())
        c.m_columns.push_back(v.toString().toULongLong(nullptr, 16));
    return c;
}

} // namespace miq
