#include "engine/sync/valueparsers.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace miq {

namespace {

constexpr std::int64_t microsPerSecond = 1000000;
constexpr std::int64_t microsPerDay = 86400 * microsPerSecond;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// ASCII case-insensitive comparison with a lowercase letter word (c | 0x20 folds only A-Z onto
// a-z for the letters compared here).
bool equalsWord(std::string_view text, std::string_view lowerWord)
{
    if (text.size() != lowerWord.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((text[i] | 0x20) != lowerWord[i])
            return false;
    }
    return true;
}

// Two digits at p (no check of the length: callers checked it).
bool twoDigits(const char *p, int &value)
{
    if (!isDigit(p[0]) || !isDigit(p[1]))
        return false;
    value = (p[0] - '0') * 10 + (p[1] - '0');
    return true;
}

// The syntax shared by every numeric parser, found in one pass, so that parseInt64, parseDecimal,
// parseDouble and classifyNumber can never disagree on what a number looks like.
struct NumberScan
{
    bool negative = false;
    bool point = false;
    bool exponent = false;
    bool nan = false;
    bool infinity = false;
    std::string_view integerPart;
    std::string_view fractionPart;
};

bool scanNumber(std::string_view text, NumberScan &scan)
{
    const std::size_t n = text.size();
    std::size_t i = 0;
    if (n == 0)
        return false;
    const bool signed_ = text[0] == '+' || text[0] == '-';
    if (signed_) {
        scan.negative = text[0] == '-';
        i = 1;
    }
    if (i < n && !isDigit(text[i]) && text[i] != '.') {
        const std::string_view word = text.substr(i);
        if (equalsWord(word, "inf") || equalsWord(word, "infinity")) {
            scan.infinity = true;
            return true;
        }
        // A signed NaN means nothing more than NaN; refuse it rather than guess.
        scan.nan = !signed_ && equalsWord(word, "nan");
        return scan.nan;
    }
    const std::size_t integerBegin = i;
    while (i < n && isDigit(text[i]))
        ++i;
    scan.integerPart = text.substr(integerBegin, i - integerBegin);
    // Leading zeros make a code, not a number ("00123" is a zip code).
    if (scan.integerPart.size() > 1 && scan.integerPart[0] == '0')
        return false;
    if (i < n && text[i] == '.') {
        scan.point = true;
        const std::size_t fractionBegin = ++i;
        while (i < n && isDigit(text[i]))
            ++i;
        scan.fractionPart = text.substr(fractionBegin, i - fractionBegin);
    }
    if (scan.integerPart.empty() && scan.fractionPart.empty())
        return false;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        scan.exponent = true;
        ++i;
        if (i < n && (text[i] == '+' || text[i] == '-'))
            ++i;
        const std::size_t exponentBegin = i;
        while (i < n && isDigit(text[i]))
            ++i;
        if (i == exponentBegin)
            return false;
    }
    return i == n;
}

bool int64FromScan(const NumberScan &scan, std::int64_t &value)
{
    if (scan.point || scan.exponent || scan.nan || scan.infinity || scan.integerPart.empty() ||
        scan.integerPart.size() > 19)
        return false;
    std::uint64_t magnitude = 0;
    for (const char c : scan.integerPart)
        magnitude = magnitude * 10 + std::uint64_t(c - '0'); // 19 digits never wrap a uint64
    const std::uint64_t limit =
        std::uint64_t(std::numeric_limits<std::int64_t>::max()) + (scan.negative ? 1 : 0);
    if (magnitude > limit)
        return false;
    // Modular conversion (C++20) makes 2^63 negated come out as int64 min.
    value = scan.negative ? std::int64_t(0 - magnitude) : std::int64_t(magnitude);
    return true;
}

bool decimalShapeFromScan(const NumberScan &scan, DecimalShape &shape)
{
    if (scan.exponent || scan.nan || scan.infinity)
        return false;
    shape.integerDigits = scan.integerPart == "0" ? 0 : int(scan.integerPart.size());
    shape.scale = int(scan.fractionPart.size());
    return shape.integerDigits + shape.scale <= maxDecimalDigits;
}

// Finite values through std::from_chars (which takes no '+').
bool doubleFromText(std::string_view text, double &value)
{
    const char *begin = text.data();
    const char *end = begin + text.size();
    if (*begin == '+')
        ++begin;
    const auto [ptr, ec] = std::from_chars(begin, end, value, std::chars_format::general);
    return ec == std::errc() && ptr == end;
}

bool parseDatePart(const char *p, int &year, int &month, int &day)
{
    int century = 0;
    int yy = 0;
    if (!twoDigits(p, century) || !twoDigits(p + 2, yy) || p[4] != '-' || !twoDigits(p + 5, month) ||
        p[7] != '-' || !twoDigits(p + 8, day))
        return false;
    year = century * 100 + yy;
    if (year < 1 || month < 1 || month > 12 || day < 1)
        return false;
    static constexpr int daysInMonth[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= daysInMonth[month - 1] + (month == 2 && leap ? 1 : 0);
}

void appendPadded(std::string &out, std::int64_t value, int width)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    const int length = int(result.ptr - buffer);
    if (length < width)
        out.append(std::size_t(width - length), '0');
    out.append(buffer, result.ptr);
}

} // namespace

bool parseBool(std::string_view text, bool &value, bool *isWord)
{
    // Even indexes are true, odd ones false; equalsWord() rejects on the length first.
    static constexpr std::string_view words[] = {"true", "false", "yes", "no", "t", "f", "y", "n"};
    for (std::size_t i = 0; i < std::size(words); ++i) {
        if (equalsWord(text, words[i])) {
            value = i % 2 == 0;
            if (isWord)
                *isWord = true;
            return true;
        }
    }
    if (text != "1" && text != "0")
        return false;
    value = text[0] == '1';
    if (isWord)
        *isWord = false;
    return true;
}

bool parseInt64(std::string_view text, std::int64_t &value)
{
    NumberScan scan;
    return scanNumber(text, scan) && int64FromScan(scan, value);
}

bool parseDecimal(std::string_view text, std::string &canonical, DecimalShape *shape)
{
    NumberScan scan;
    DecimalShape digits;
    if (!scanNumber(text, scan) || !decimalShapeFromScan(scan, digits))
        return false;
    bool zero = true;
    for (const char c : scan.integerPart)
        zero = zero && c == '0';
    for (const char c : scan.fractionPart)
        zero = zero && c == '0';
    canonical.clear();
    if (scan.negative && !zero)
        canonical += '-';
    if (digits.integerDigits == 0)
        canonical += '0';
    else
        canonical.append(scan.integerPart);
    if (!scan.fractionPart.empty()) {
        canonical += '.';
        canonical.append(scan.fractionPart);
    }
    if (shape)
        *shape = digits;
    return true;
}

bool parseDouble(std::string_view text, double &value)
{
    NumberScan scan;
    if (!scanNumber(text, scan))
        return false;
    if (scan.nan) {
        value = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (scan.infinity) {
        value = scan.negative ? -std::numeric_limits<double>::infinity()
                              : std::numeric_limits<double>::infinity();
        return true;
    }
    return doubleFromText(text, value);
}

bool classifyNumber(std::string_view text, NumberShape &shape)
{
    NumberScan scan;
    shape = NumberShape();
    if (!scanNumber(text, scan))
        return false;
    if (scan.nan || scan.infinity)
        return true;
    shape.finite = true;
    std::int64_t integer = 0;
    shape.int64 = int64FromScan(scan, integer);
    shape.decimal = decimalShapeFromScan(scan, shape.digits);
    if (shape.decimal)
        return true; // at most 38 digits without exponent: always inside the double range
    double value = 0;
    return doubleFromText(text, value);
}

bool parseDate(std::string_view text, std::int64_t &days)
{
    int year = 0;
    int month = 0;
    int day = 0;
    if (text.size() != 10 || !parseDatePart(text.data(), year, month, day))
        return false;
    days = daysFromCivil(year, month, day);
    return true;
}

bool parseTimestamp(std::string_view text, std::int64_t &micros, bool *dateOnly)
{
    const std::size_t n = text.size();
    int year = 0;
    int month = 0;
    int day = 0;
    if (n < 10 || !parseDatePart(text.data(), year, month, day))
        return false;
    const std::int64_t days = daysFromCivil(year, month, day);
    if (n == 10) {
        micros = days * microsPerDay;
        if (dateOnly)
            *dateOnly = true;
        return true;
    }
    const char *p = text.data();
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (n < 16 || (p[10] != ' ' && p[10] != 'T' && p[10] != 't') || !twoDigits(p + 11, hour) ||
        p[13] != ':' || !twoDigits(p + 14, minute) || hour > 23 || minute > 59)
        return false;
    std::size_t i = 16;
    if (i < n && p[i] == ':') {
        if (i + 3 > n || !twoDigits(p + i + 1, second) || second > 59)
            return false;
        i += 3;
    }
    std::int64_t fraction = 0;
    if (i < n && p[i] == '.') {
        const std::size_t begin = ++i;
        while (i < n && isDigit(p[i])) {
            const std::size_t position = i - begin;
            if (position < 6)
                fraction = fraction * 10 + (p[i] - '0');
            else if (position >= 9 || p[i] != '0')
                return false; // a finer fraction than microseconds would be rounded away
            ++i;
        }
        if (i == begin)
            return false;
        for (std::size_t digits = i - begin; digits < 6; ++digits)
            fraction *= 10;
    }
    std::int64_t offsetSeconds = 0;
    if (i < n && (p[i] == 'Z' || p[i] == 'z')) {
        ++i;
    } else if (i < n && (p[i] == '+' || p[i] == '-')) {
        const int sign = p[i] == '-' ? -1 : 1;
        int offsetHours = 0;
        int offsetMinutes = 0;
        if (i + 3 > n || !twoDigits(p + i + 1, offsetHours))
            return false;
        i += 3;
        const bool colon = i < n && p[i] == ':';
        if (colon)
            ++i;
        if (i < n || colon) { // ±HH:MM or ±HHMM; ±HH alone has nothing after the hours
            if (i + 2 > n || !twoDigits(p + i, offsetMinutes))
                return false;
            i += 2;
        }
        if (offsetHours > 18 || offsetMinutes > 59)
            return false;
        offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
    }
    if (i != n)
        return false;
    micros = days * microsPerDay +
             (std::int64_t(hour) * 3600 + minute * 60 + second - offsetSeconds) * microsPerSecond + fraction;
    if (dateOnly)
        *dateOnly = false;
    return true;
}

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
std::int64_t daysFromCivil(int year, int month, int day)
{
    const std::int64_t y = std::int64_t(year) - (month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yearOfEra = y - era * 400;
    const std::int64_t dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

void civilFromDays(std::int64_t days, int &year, int &month, int &day)
{
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t dayOfEra = z - era * 146097;
    const std::int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t mp = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
}

void appendInt64(std::string &out, std::int64_t value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

void appendDouble(std::string &out, double value)
{
    if (std::isnan(value)) {
        out += "NaN";
        return;
    }
    if (std::isinf(value)) {
        out += value < 0 ? "-inf" : "inf";
        return;
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

void appendDate(std::string &out, std::int64_t days)
{
    int year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    appendPadded(out, year, 4);
    out += '-';
    appendPadded(out, month, 2);
    out += '-';
    appendPadded(out, day, 2);
}

void appendTimestamp(std::string &out, std::int64_t micros)
{
    std::int64_t days = micros / microsPerDay;
    std::int64_t rest = micros % microsPerDay;
    if (rest < 0) { // floor division: times before 1970 belong to the day before
        rest += microsPerDay;
        --days;
    }
    appendDate(out, days);
    const std::int64_t seconds = rest / microsPerSecond;
    out += ' ';
    appendPadded(out, seconds / 3600, 2);
    out += ':';
    appendPadded(out, seconds / 60 % 60, 2);
    out += ':';
    appendPadded(out, seconds % 60, 2);
    if (const std::int64_t fraction = rest % microsPerSecond) {
        out += '.';
        appendPadded(out, fraction, 6);
    }
}

bool parseValue(std::string_view text, ColumnType type, TypedValue &out, std::string &buffer)
{
    out = TypedValue();
    out.type = type;
    switch (type) {
    case ColumnType::String:
    case ColumnType::Bytes:
        out.text = text;
        return true;
    case ColumnType::Int64:
        return parseInt64(text, out.integer);
    case ColumnType::Double:
        return parseDouble(text, out.real);
    case ColumnType::Date:
        return parseDate(text, out.integer);
    case ColumnType::Timestamp:
        return parseTimestamp(text, out.integer);
    case ColumnType::Bool: {
        bool value = false;
        if (!parseBool(text, value))
            return false;
        out.integer = value ? 1 : 0;
        return true;
    }
    case ColumnType::Decimal:
        if (!parseDecimal(text, buffer, &out.digits))
            return false;
        out.text = buffer;
        return true;
    }
    return false;
}

bool convertValue(const TypedValue &in, ColumnType to, TypedValue &out, std::string &buffer)
{
    if (in.type == to) {
        out = in;
        return true;
    }
    out = TypedValue();
    out.type = to;
    switch (to) {
    case ColumnType::String:
    case ColumnType::Bytes:
        buffer.clear();
        appendValueText(buffer, in);
        out.text = buffer;
        return true;
    case ColumnType::Int64:
        switch (in.type) {
        case ColumnType::Bool:
            out.integer = in.integer;
            return true;
        case ColumnType::Double:
            if (!(in.real >= -0x1p63 && in.real < 0x1p63) || std::trunc(in.real) != in.real)
                return false;
            out.integer = std::int64_t(in.real);
            return true;
        case ColumnType::Decimal: { // 12.00 is the integer 12, 12.50 is no integer
            const std::size_t point = in.text.find('.');
            if (point != std::string_view::npos &&
                in.text.find_first_not_of('0', point + 1) != std::string_view::npos)
                return false;
            return parseInt64(in.text.substr(0, point), out.integer);
        }
        default:
            return false;
        }
    case ColumnType::Double:
        if (in.type == ColumnType::Int64) {
            out.real = double(in.integer);
            return true;
        }
        return in.type == ColumnType::Decimal && parseDouble(in.text, out.real);
    case ColumnType::Decimal: {
        char number[400]; // the longest fixed-point double: 309 integer digits and a sign
        std::to_chars_result result{};
        if (in.type == ColumnType::Int64)
            result = std::to_chars(number, number + sizeof number, in.integer);
        else if (in.type == ColumnType::Double && std::isfinite(in.real))
            result = std::to_chars(number, number + sizeof number, in.real, std::chars_format::fixed);
        else
            return false;
        if (result.ec != std::errc() ||
            !parseDecimal(std::string_view(number, std::size_t(result.ptr - number)), buffer, &out.digits))
            return false;
        out.text = buffer;
        return true;
    }
    case ColumnType::Bool:
        if (in.type != ColumnType::Int64 || (in.integer != 0 && in.integer != 1))
            return false;
        out.integer = in.integer;
        return true;
    case ColumnType::Timestamp:
        if (in.type != ColumnType::Date)
            return false;
        out.integer = in.integer * microsPerDay;
        return true;
    case ColumnType::Date:
        return false; // a timestamp's time would be lost
    }
    return false;
}

void appendValueText(std::string &out, const TypedValue &value)
{
    switch (value.type) {
    case ColumnType::String:
    case ColumnType::Bytes:
    case ColumnType::Decimal:
        out.append(value.text);
        break;
    case ColumnType::Int64:
        appendInt64(out, value.integer);
        break;
    case ColumnType::Double:
        appendDouble(out, value.real);
        break;
    case ColumnType::Bool:
        out += value.integer ? "true" : "false";
        break;
    case ColumnType::Date:
        appendDate(out, value.integer);
        break;
    case ColumnType::Timestamp:
        appendTimestamp(out, value.integer);
        break;
    }
}

TypedValue typedCell(const Column &column, std::int64_t row)
{
    TypedValue value;
    value.type = column.type();
    if (value.type == ColumnType::Double)
        value.real = column.doubleValue(row);
    else
        value.integer = column.intValue(row);
    return value;
}

void appendTypedValue(Column &column, const TypedValue &value)
{
    if (column.isText())
        column.appendText(value.text);
    else if (column.type() == ColumnType::Double)
        column.appendDouble(value.real);
    else
        column.appendInt(value.integer);
}

void appendCellText(std::string &out, const Column &column, std::int64_t row)
{
    if (column.isText())
        out.append(column.text(row));
    else
        appendValueText(out, typedCell(column, row));
}

} // namespace miq
