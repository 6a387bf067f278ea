#include "connectors/dest/canonicaltext.h"

#include <QCoreApplication>

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace miq::canonical {

namespace {

constexpr std::int64_t microsPerDay = 86'400'000'000;
constexpr std::int64_t maxAbsDays = std::int64_t(1) << 62;

// Howard Hinnant's civil calendar algorithms (http://howardhinnant.github.io/date_algorithms.html):
// exact for every proleptic Gregorian date, no tables, no time zone database.
std::int64_t daysFromCivil(std::int64_t y, int m, int d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(std::int64_t z, std::int64_t &y, int &m, int &d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = yoe + era * 400 + (m <= 2);
}

bool isLeap(std::int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(std::int64_t y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

char *twoDigits(char *out, int value)
{
    out[0] = char('0' + value / 10);
    out[1] = char('0' + value % 10);
    return out + 2;
}

// Reads exactly `count` digits at `pos`.
bool fixedDigits(std::string_view text, std::size_t &pos, std::size_t count, int &value)
{
    if (pos + count > text.size())
        return false;
    value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    pos += count;
    return true;
}

// The date at the start of `text`; `pos` ends after it.
std::optional<std::int64_t> parseDatePrefix(std::string_view text, std::size_t &pos)
{
    pos = 0;
    bool negative = false;
    bool expanded = false;
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
        negative = text[0] == '-';
        expanded = true;
        pos = 1;
    }
    const std::size_t digitsStart = pos;
    std::int64_t year = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
        if (pos - digitsStart >= 15) // beyond any representable date
            return std::nullopt;
        year = year * 10 + (text[pos] - '0');
        ++pos;
    }
    const std::size_t yearDigits = pos - digitsStart;
    if (yearDigits < 4 || (!expanded && yearDigits != 4))
        return std::nullopt;
    if (negative)
        year = -year;
    int month = 0;
    int day = 0;
    if (pos >= text.size() || text[pos++] != '-' || !fixedDigits(text, pos, 2, month))
        return std::nullopt;
    if (pos >= text.size() || text[pos++] != '-' || !fixedDigits(text, pos, 2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    return daysFromCivil(year, month, day);
}

constexpr char base64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

} // namespace

char *formatDate(char *out, std::int64_t days)
{
    if (days <= -maxAbsDays || days >= maxAbsDays)
        return nullptr;
    std::int64_t year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    if (year < 0 || year > 9999)
        *out++ = year < 0 ? '-' : '+';
    const std::uint64_t absYear = year < 0 ? std::uint64_t(-year) : std::uint64_t(year);
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, absYear);
    for (std::ptrdiff_t pad = 4 - (end - digits); pad > 0; --pad)
        *out++ = '0';
    std::memcpy(out, digits, std::size_t(end - digits));
    out += end - digits;
    *out++ = '-';
    out = twoDigits(out, month);
    *out++ = '-';
    return twoDigits(out, day);
}

char *formatTimestamp(char *out, std::int64_t micros, char separator, bool utcSuffix)
{
    // Floor division without overflow at INT64_MIN: negative instants are before 1970.
    std::int64_t days = micros / microsPerDay;
    std::int64_t rest = micros % microsPerDay;
    if (rest < 0) {
        --days;
        rest += microsPerDay;
    }
    out = formatDate(out, days);
    *out++ = separator;
    const std::int64_t seconds = rest / 1'000'000;
    const int fraction = int(rest % 1'000'000);
    out = twoDigits(out, int(seconds / 3600));
    *out++ = ':';
    out = twoDigits(out, int(seconds / 60 % 60));
    *out++ = ':';
    out = twoDigits(out, int(seconds % 60));
    if (fraction != 0) {
        *out++ = '.';
        for (int divisor = 100'000; divisor > 0; divisor /= 10)
            *out++ = char('0' + fraction / divisor % 10);
    }
    if (utcSuffix)
        *out++ = 'Z';
    return out;
}

char *formatDouble(char *out, double value)
{
    if (std::isnan(value)) {
        std::memcpy(out, "NaN", 3);
        return out + 3;
    }
    if (std::isinf(value)) {
        const std::string_view text = value < 0 ? "-Infinity" : "Infinity";
        std::memcpy(out, text.data(), text.size());
        return out + text.size();
    }
    return std::to_chars(out, out + maxDoubleChars, value).ptr;
}

void appendBase64(std::string &out, std::string_view bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        const std::uint32_t v = std::uint32_t(p[i]) << 16 | std::uint32_t(p[i + 1]) << 8 | p[i + 2];
        const char chunk[4] = {base64Alphabet[v >> 18], base64Alphabet[v >> 12 & 63],
                               base64Alphabet[v >> 6 & 63], base64Alphabet[v & 63]};
        out.append(chunk, 4);
    }
    if (i < n) {
        const std::uint32_t v = std::uint32_t(p[i]) << 16 | (i + 1 < n ? std::uint32_t(p[i + 1]) << 8 : 0);
        const char chunk[4] = {base64Alphabet[v >> 18], base64Alphabet[v >> 12 & 63],
                               i + 1 < n ? base64Alphabet[v >> 6 & 63] : '=', '='};
        out.append(chunk, 4);
    }
}

bool decodeBase64(std::string_view text, std::string &out)
{
    static const auto table = [] {
        std::array<signed char, 256> t{};
        t.fill(-1);
        for (int i = 0; i < 64; ++i)
            t[std::size_t(static_cast<unsigned char>(base64Alphabet[i]))] = static_cast<signed char>(i);
        return t;
    }();
    out.clear();
    if (text.size() % 4 != 0)
        return false;
    out.reserve(text.size() / 4 * 3);
    for (std::size_t i = 0; i < text.size(); i += 4) {
        const bool last = i + 4 == text.size();
        const int pad = last ? (text[i + 3] == '=') + (text[i + 2] == '=') : 0;
        std::uint32_t v = 0;
        for (int k = 0; k < 4 - pad; ++k) {
            const signed char d = table[static_cast<unsigned char>(text[i + std::size_t(k)])];
            if (d < 0)
                return false;
            v |= std::uint32_t(d) << (18 - 6 * k);
        }
        if (pad == 1 && text[i + 2] == '=') // "x=y=" is not base64
            return false;
        out.push_back(char(v >> 16));
        if (pad < 2)
            out.push_back(char(v >> 8 & 0xff));
        if (pad < 1)
            out.push_back(char(v & 0xff));
    }
    return true;
}

std::optional<std::int64_t> parseInt64(std::string_view text)
{
    std::int64_t value = 0;
    const char *begin = text.data();
    const char *end = text.data() + text.size();
    if (begin != end && *begin == '+')
        ++begin;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || begin == end)
        return std::nullopt;
    return value;
}

std::optional<double> parseDouble(std::string_view text)
{
    if (text == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == "Infinity")
        return std::numeric_limits<double>::infinity();
    if (text == "-Infinity")
        return -std::numeric_limits<double>::infinity();
    double value = 0;
    const char *begin = text.data();
    const char *end = text.data() + text.size();
    if (begin != end && *begin == '+')
        ++begin;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    // Out of range (ERANGE) is an error too: "1e999" is not a double we wrote.
    if (ec != std::errc() || ptr != end || begin == end)
        return std::nullopt;
    return value;
}

std::optional<bool> parseBool(std::string_view text)
{
    const auto equalsNoCase = [&](std::string_view word) {
        if (text.size() != word.size())
            return false;
        for (std::size_t i = 0; i < word.size(); ++i)
            if ((text[i] | 0x20) != word[i])
                return false;
        return true;
    };
    if (text == "1" || equalsNoCase("true"))
        return true;
    if (text == "0" || equalsNoCase("false"))
        return false;
    return std::nullopt;
}

std::optional<std::int64_t> parseDate(std::string_view text)
{
    std::size_t pos = 0;
    const std::optional<std::int64_t> days = parseDatePrefix(text, pos);
    if (!days || pos != text.size())
        return std::nullopt;
    return days;
}

std::optional<std::int64_t> parseTimestamp(std::string_view text)
{
    std::size_t pos = 0;
    const std::optional<std::int64_t> days = parseDatePrefix(text, pos);
    if (!days)
        return std::nullopt;
    std::int64_t timeOfDay = 0; // microseconds
    if (pos < text.size() && (text[pos] == 'T' || text[pos] == 't' || text[pos] == ' ')) {
        ++pos;
        int hours = 0;
        int minutes = 0;
        int seconds = 0;
        if (!fixedDigits(text, pos, 2, hours) || pos >= text.size() || text[pos++] != ':'
            || !fixedDigits(text, pos, 2, minutes))
            return std::nullopt;
        if (pos < text.size() && text[pos] == ':') {
            ++pos;
            if (!fixedDigits(text, pos, 2, seconds))
                return std::nullopt;
        }
        if (hours > 23 || minutes > 59 || seconds > 59)
            return std::nullopt;
        int fraction = 0;
        if (pos < text.size() && text[pos] == '.') {
            ++pos;
            int digits = 0;
            while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
                if (++digits > 6) // finer than a microsecond would be lost
                    return std::nullopt;
                fraction = fraction * 10 + (text[pos++] - '0');
            }
            if (digits == 0)
                return std::nullopt;
            for (; digits < 6; ++digits)
                fraction *= 10;
        }
        timeOfDay = (std::int64_t(hours) * 3600 + minutes * 60 + seconds) * 1'000'000 + fraction;
        if (pos < text.size() && (text[pos] == 'Z' || text[pos] == 'z')) {
            ++pos;
        } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
            const bool east = text[pos++] == '+';
            int offsetHours = 0;
            int offsetMinutes = 0;
            if (!fixedDigits(text, pos, 2, offsetHours))
                return std::nullopt;
            if (pos < text.size() && text[pos] == ':')
                ++pos;
            if (pos < text.size() && !fixedDigits(text, pos, 2, offsetMinutes))
                return std::nullopt;
            if (offsetHours > 23 || offsetMinutes > 59)
                return std::nullopt;
            const std::int64_t offset = (std::int64_t(offsetHours) * 60 + offsetMinutes) * 60'000'000;
            timeOfDay += east ? -offset : offset;
        }
    }
    if (pos != text.size())
        return std::nullopt;
    std::int64_t micros = 0;
    if (__builtin_mul_overflow(*days, microsPerDay, &micros)
        || __builtin_add_overflow(micros, timeOfDay, &micros))
        return std::nullopt;
    return micros;
}

bool isDecimalText(std::string_view text)
{
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+'))
        ++i;
    std::size_t digits = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9')
        ++i, ++digits;
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9')
            ++i, ++digits;
    }
    if (digits == 0)
        return false;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '-' || text[i] == '+'))
            ++i;
        const std::size_t exponentStart = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9')
            ++i;
        if (i == exponentStart)
            return false;
    }
    return i == text.size();
}

bool parseCell(ColumnType type, std::string_view text, Cell &cell, QString &reason)
{
    const auto fail = [&](const char *what) {
        reason = QCoreApplication::translate("miq::canonical", "'%1' is not a valid %2")
                     .arg(QString::fromUtf8(text.data(), qsizetype(std::min<std::size_t>(text.size(), 60))),
                          QCoreApplication::translate("miq::canonical", what));
        return false;
    };
    switch (type) {
    case ColumnType::String:
    case ColumnType::Decimal:
        if (type == ColumnType::Decimal && !isDecimalText(text))
            return fail(QT_TRANSLATE_NOOP("miq::canonical", "decimal"));
        cell.kind = Cell::Kind::Text;
        cell.text = text;
        return true;
    case ColumnType::Bytes: {
        std::string decoded;
        if (!decodeBase64(text, decoded))
            return fail(QT_TRANSLATE_NOOP("miq::canonical", "base64 value"));
        cell.scratch.swap(decoded);
        cell.kind = Cell::Kind::Text;
        cell.text = cell.scratch;
        return true;
    }
    case ColumnType::Double:
        if (const std::optional<double> v = parseDouble(text)) {
            cell.kind = Cell::Kind::Double;
            cell.doubleValue = *v;
            return true;
        }
        return fail(QT_TRANSLATE_NOOP("miq::canonical", "number"));
    case ColumnType::Int64:
    case ColumnType::Bool:
    case ColumnType::Date:
    case ColumnType::Timestamp: {
        std::optional<std::int64_t> v;
        const char *what = nullptr;
        if (type == ColumnType::Int64) {
            v = parseInt64(text);
            what = QT_TRANSLATE_NOOP("miq::canonical", "64-bit integer");
        } else if (type == ColumnType::Bool) {
            if (const std::optional<bool> b = parseBool(text))
                v = *b ? 1 : 0;
            what = QT_TRANSLATE_NOOP("miq::canonical", "boolean");
        } else if (type == ColumnType::Date) {
            v = parseDate(text);
            what = QT_TRANSLATE_NOOP("miq::canonical", "date");
        } else {
            v = parseTimestamp(text);
            what = QT_TRANSLATE_NOOP("miq::canonical", "timestamp");
        }
        if (!v)
            return fail(what);
        cell.kind = Cell::Kind::Int;
        cell.intValue = *v;
        return true;
    }
    }
    return fail("value");
}

void appendCell(Column &column, const Cell &cell)
{
    switch (cell.kind) {
    case Cell::Kind::Null: column.appendNull(); break;
    case Cell::Kind::Int: column.appendInt(cell.intValue); break;
    case Cell::Kind::Double: column.appendDouble(cell.doubleValue); break;
    case Cell::Kind::Text: column.appendText(cell.text); break;
    }
}

} // namespace miq::canonical
