#include "engine/sync/incrementalcursor.h"

#include "engine/sync/checksum.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <xxhash.h>

#include <cmath>

namespace miq {

namespace {

int sign(std::int64_t v) { return v < 0 ? -1 : v > 0 ? 1 : 0; }

// Splits canonical decimal text into sign, integer digits (no leading zeros) and fraction digits
// (no trailing zeros), so that two values compare digit by digit.
struct DecimalParts
{
    bool negative = false;
    std::string_view integer;
    std::string_view fraction;
};

DecimalParts decimalParts(std::string_view text)
{
    DecimalParts p;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        p.negative = text.front() == '-';
        text.remove_prefix(1);
    }
    const std::size_t dot = text.find('.');
    p.integer = text.substr(0, dot);
    if (dot != std::string_view::npos)
        p.fraction = text.substr(dot + 1);
    while (!p.integer.empty() && p.integer.front() == '0')
        p.integer.remove_prefix(1);
    while (!p.fraction.empty() && p.fraction.back() == '0')
        p.fraction.remove_suffix(1);
    if (p.integer.empty() && p.fraction.empty())
        p.negative = false; // -0 == 0
    return p;
}

int compareMagnitude(const DecimalParts &a, const DecimalParts &b)
{
    if (a.integer.size() != b.integer.size())
        return a.integer.size() < b.integer.size() ? -1 : 1;
    if (const int c = a.integer.compare(b.integer); c != 0)
        return c < 0 ? -1 : 1;
    const int c = a.fraction.compare(b.fraction); // no trailing zeros: plain comparison is by value
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

int compareValues(const CursorPosition &a, const CursorPosition &b)
{
    switch (a.type) {
    case ColumnType::Double: return a.doubleValue < b.doubleValue ? -1 : a.doubleValue > b.doubleValue ? 1 : 0;
    case ColumnType::Decimal: return compareDecimalText(a.text, b.text);
    case ColumnType::String:
    case ColumnType::Bytes: {
        const int c = a.text.compare(b.text);
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    default: return sign(a.intValue - b.intValue);
    }
}

} // namespace

int compareDecimalText(std::string_view a, std::string_view b)
{
    const DecimalParts pa = decimalParts(a);
    const DecimalParts pb = decimalParts(b);
    if (pa.negative != pb.negative)
        return pa.negative ? -1 : 1;
    const int magnitude = compareMagnitude(pa, pb);
    return pa.negative ? -magnitude : magnitude;
}

void CursorPosition::merge(const CursorPosition &later)
{
    if (!later.isSet)
        return;
    if (!isSet) {
        *this = later;
        return;
    }
    const int c = compareValues(later, *this);
    if (c > 0)
        *this = later;
    else if (c == 0)
        keys.insert(later.keys.begin(), later.keys.end());
}

QString CursorPosition::valueText() const
{
    if (!isSet)
        return QString();
    switch (type) {
    case ColumnType::Double: return QString::number(doubleValue, 'g', 17);
    case ColumnType::Bool: return intValue ? QStringLiteral("true") : QStringLiteral("false");
    case ColumnType::Date: return QDate(1970, 1, 1).addDays(intValue).toString(Qt::ISODate);
    case ColumnType::Timestamp: {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(intValue / 1000, QTimeZone::utc());
        QString text = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        if (const std::int64_t micros = ((intValue % 1'000'000) + 1'000'000) % 1'000'000; micros != 0)
            text += QStringLiteral(".%1").arg(micros, 6, 10, QLatin1Char('0'));
        return text + QLatin1Char('Z');
    }
    case ColumnType::Int64: return QString::number(intValue);
    default: return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
}

QJsonObject CursorPosition::toJson() const
{
    if (!isSet)
        return {};
    QJsonArray hashes;
    for (std::uint64_t k : keys)
        hashes.append(QString::number(k, 16));
    QJsonObject json{{QStringLiteral("value"), valueText()}, {QStringLiteral("keys"), hashes}};
    // The exact stored form, so that reading it back loses nothing (a double's text could round).
    if (type == ColumnType::Double)
        json.insert(QStringLiteral("bits"), QString::number(std::bit_cast<std::uint64_t>(doubleValue), 16));
    else if (!(type == ColumnType::String || type == ColumnType::Decimal || type == ColumnType::Bytes))
        json.insert(QStringLiteral("int"), QString::number(intValue));
    else
        json.insert(QStringLiteral("text"), QString::fromLatin1(QByteArray::fromStdString(text).toBase64()));
    return json;
}

CursorPosition CursorPosition::fromJson(const QJsonObject &json, ColumnType type)
{
    CursorPosition p;
    p.type = type;
    if (!json.contains(QStringLiteral("value")))
        return p;
    p.isSet = true;
    if (type == ColumnType::Double)
        p.doubleValue = std::bit_cast<double>(json.value(QStringLiteral("bits")).toString().toULongLong(nullptr, 16));
    else if (json.contains(QStringLiteral("int")))
        p.intValue = json.value(QStringLiteral("int")).toString().toLongLong();
    else
        p.text = QByteArray::fromBase64(json.value(QStringLiteral("text")).toString().toLatin1()).toStdString();
    for (const QJsonValue &k : json.value(QStringLiteral("keys")).toArray())
        p.keys.insert(k.toString().toULongLong(nullptr, 16));
    return p;
}

IncrementalFilter::IncrementalFilter(int cursor, std::vector<int> keys, CursorPosition from, QString cursorName)
    : m_cursor(cursor)
    , m_keys(std::move(keys))
    , m_from(std::move(from))
    , m_cursorName(std::move(cursorName))
{}

int IncrementalFilter::compareToBound(const Column &column, std::int64_t row) const
{
    switch (column.type()) {
    case ColumnType::Double: {
        const double v = column.doubleValue(row);
        return v < m_from.doubleValue ? -1 : v > m_from.doubleValue ? 1 : 0;
    }
    case ColumnType::Decimal: return compareDecimalText(column.text(row), m_from.text);
    case ColumnType::String:
    case ColumnType::Bytes: {
        const int c = column.text(row).compare(m_from.text);
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    default: return sign(column.intValue(row) - m_from.intValue);
    }
}

std::uint64_t IncrementalFilter::keyHash(const RecordBatch &batch, std::int64_t row) const
{
    std::uint64_t h = 0;
    const auto mix = [&](int c) {
        const std::uint64_t cell = cellHash(batch.columns[std::size_t(c)], row);
        h = XXH3_64bits_withSeed(&cell, sizeof cell, h + std::uint64_t(c));
    };
    if (m_keys.empty())
        for (int c = 0; c < int(batch.columns.size()); ++c)
            mix(c);
    else
        for (int c : m_keys)
            mix(c);
    return h;
}

IncrementalFilter::Outcome IncrementalFilter::apply(RecordBatch &batch, QList<BadRecord> &bad) const
{
    Outcome outcome;
    outcome.seen.type = m_from.type;
    const Column &cursor = batch.columns[std::size_t(m_cursor)];
    std::vector<bool> keep(std::size_t(batch.rowCount), true);
    CursorPosition candidate;
    candidate.type = m_from.type;
    candidate.isSet = true;
    for (std::int64_t r = 0; r < batch.rowCount; ++r) {
        if (cursor.isNull(r) || (cursor.type() == ColumnType::Double && std::isnan(cursor.doubleValue(r)))) {
            keep[std::size_t(r)] = false;
            BadRecord record;
            record.recordNumber = batch.recordNumber(r);
            record.column = m_cursorName;
            record.reason = tr("The cursor column '%1' is empty, so an incremental run cannot tell whether "
                               "this row was loaded before.")
                                .arg(m_cursorName);
            bad.append(record);
            continue;
        }
        if (m_from.isSet) {
            const int c = compareToBound(cursor, r);
            if (c < 0 || (c == 0 && m_from.keys.count(keyHash(batch, r)))) {
                keep[std::size_t(r)] = false;
                ++outcome.skipped;
                continue;
            }
        }
        // Track the largest value kept and the keys that carry it.
        candidate.intValue = cursor.isText() || cursor.type() == ColumnType::Double ? 0 : cursor.intValue(r);
        candidate.doubleValue = cursor.type() == ColumnType::Double ? cursor.doubleValue(r) : 0;
        if (cursor.isText())
            candidate.text.assign(cursor.text(r));
        const int vsSeen = outcome.seen.isSet ? compareValues(candidate, outcome.seen) : 1;
        if (vsSeen > 0) {
            outcome.seen.isSet = true;
            outcome.seen.intValue = candidate.intValue;
            outcome.seen.doubleValue = candidate.doubleValue;
            outcome.seen.text = candidate.text;
            outcome.seen.keys.clear();
        }
        if (vsSeen >= 0)
            outcome.seen.keys.insert(keyHash(batch, r));
    }
    batch.keepRows(keep);
    return outcome;
}

} // namespace miq
