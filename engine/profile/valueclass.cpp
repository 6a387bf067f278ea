#include "engine/profile/valueclass.h"

#include "engine/profile/profile.h"
#include "engine/profile/semanticdetectors.h"
#include "engine/profile/textscan.h"
#include "engine/sync/valueparsers.h"

#include <algorithm>
#include <cmath>

namespace miq {

namespace {

constexpr std::int64_t microsPerDay = 86400LL * 1000000LL;

std::uint32_t bit(SemanticType type)
{
    return 1u << int(type);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int digitsValue(const char *p, int count, bool &ok)
{
    int v = 0;
    for (int i = 0; i < count; ++i) {
        if (!isDigit(p[i])) {
            ok = false;
            return 0;
        }
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

bool validCivil(int year, int month, int day)
{
    static constexpr int daysInMonth[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= daysInMonth[month - 1] + (month == 2 && leap ? 1 : 0);
}

// HH:MM[:SS[.f]] -> microseconds of the day and its format code.
bool parseTimeOfDay(std::string_view t, std::int64_t &micros, std::uint32_t &code)
{
    const std::size_t n = t.size();
    if (n < 5 || t[2] != ':')
        return false;
    bool ok = true;
    const int hour = digitsValue(t.data(), 2, ok);
    const int minute = digitsValue(t.data() + 3, 2, ok);
    if (!ok || hour > 23 || minute > 59)
        return false;
    int second = 0;
    std::size_t i = 5;
    code = DateFormat::TimeOnly;
    if (i < n) {
        if (t[i] != ':' || i + 3 > n)
            return false;
        second = digitsValue(t.data() + i + 1, 2, ok);
        if (!ok || second > 59)
            return false;
        i += 3;
        code |= 1u << 6;
    }
    std::int64_t fraction = 0;
    if (i < n) {
        if (t[i] != '.')
            return false;
        const std::size_t begin = ++i;
        while (i < n && isDigit(t[i]) && i - begin < 9) {
            if (i - begin < 6)
                fraction = fraction * 10 + (t[i] - '0');
            ++i;
        }
        const std::size_t digits = i - begin;
        if (digits == 0 || i != n)
            return false;
        for (std::size_t d = digits; d < 6; ++d)
            fraction *= 10;
        code |= std::uint32_t(digits) << 7;
    }
    micros = (std::int64_t(hour) * 3600 + minute * 60 + second) * 1000000LL + fraction;
    return true;
}

// The layout details of an ISO date-time parseTimestamp accepted.
std::uint32_t isoFormat(std::string_view t, bool dateOnly, bool &zoned)
{
    zoned = false;
    if (dateOnly)
        return DateFormat::IsoDate;
    std::uint32_t code = DateFormat::IsoDateTime;
    if (t[10] == 'T' || t[10] == 't')
        code |= 1u << 4;
    std::size_t i = 16;
    if (i < t.size() && t[i] == ':') {
        code |= 1u << 6;
        i += 3;
    }
    if (i < t.size() && t[i] == '.') {
        const std::size_t begin = ++i;
        while (i < t.size() && isDigit(t[i]))
            ++i;
        code |= std::uint32_t(std::min<std::size_t>(i - begin, 9)) << 7;
    }
    if (i < t.size()) {
        zoned = true;
        const std::size_t rest = t.size() - i;
        std::uint32_t zone = 1; // Z
        if (t[i] == '+' || t[i] == '-')
            zone = rest == 6 ? 2 : rest == 5 ? 3 : 4;
        code |= zone << 11;
    }
    return code;
}

// D/M/YYYY, M/D/YYYY (1-2 digit parts) or YYYY/MM/DD with '/', '.' or '-'.
bool classifyOrderedDate(std::string_view t, ValueClass &value)
{
    const std::size_t n = t.size();
    if (n < 8 || n > 10)
        return false;
    // Year first: YYYY?MM?DD with a separator other than '-' (ISO is handled elsewhere).
    if (n == 10 && (t[4] == '/' || t[4] == '.') && t[7] == t[4]) {
        bool ok = true;
        const int year = digitsValue(t.data(), 4, ok);
        const int month = digitsValue(t.data() + 5, 2, ok);
        const int day = digitsValue(t.data() + 8, 2, ok);
        if (!ok || !validCivil(year, month, day))
            return false;
        value.flags |= ValueClass::OrderedDate;
        value.dateSeparator = t[4];
        // Unambiguous: both readings agree so the column's decision does not matter.
        value.validDmy = value.validMdy = true;
        value.microsDmy = value.microsMdy = daysFromCivil(year, month, day) * microsPerDay;
        value.dateFormat = DateFormat::YearFirst | std::uint32_t(std::uint8_t(t[4])) << 16;
        return true;
    }
    const std::size_t first = t.find_first_of("/.-");
    if (first == std::string_view::npos || first == 0 || first > 2)
        return false;
    const char sep = t[first];
    const std::size_t second = t.find(sep, first + 1);
    if (second == std::string_view::npos || second - first - 1 == 0 || second - first - 1 > 2 || n - second - 1 != 4)
        return false;
    bool ok = true;
    const int a = digitsValue(t.data(), int(first), ok);
    const int b = digitsValue(t.data() + first + 1, int(second - first - 1), ok);
    const int year = digitsValue(t.data() + second + 1, 4, ok);
    if (!ok)
        return false;
    value.validDmy = validCivil(year, b, a);
    value.validMdy = validCivil(year, a, b);
    if (!value.validDmy && !value.validMdy)
        return false;
    if (value.validDmy)
        value.microsDmy = daysFromCivil(year, b, a) * microsPerDay;
    if (value.validMdy)
        value.microsMdy = daysFromCivil(year, a, b) * microsPerDay;
    value.flags |= ValueClass::OrderedDate;
    value.dateSeparator = sep;
    value.dateFormat = DateFormat::Ordered | std::uint32_t(std::uint8_t(sep)) << 16;
    return true;
}

void classifyDates(std::string_view text, ValueClass &value, const Scan &scan)
{
    const std::size_t n = text.size();
    if (n < 5 || n > 35 || !isDigit(text[0]) || scan.letters > 2)
        return;
    if (n >= 10 && text[4] == '-' && text[7] == '-') {
        std::int64_t micros = 0;
        bool dateOnly = false;
        if (parseTimestamp(text, micros, &dateOnly)) {
            bool zoned = false;
            value.dateFormat = isoFormat(text, dateOnly, zoned);
            value.micros = micros;
            value.flags |= dateOnly ? ValueClass::IsoDate : zoned ? ValueClass::TimestampTz : ValueClass::Timestamp;
            value.semantics |= bit(SemanticType::IsoDate);
        }
        return;
    }
    if (scan.colons >= 1 && n <= 18 && text[2] == ':') {
        std::int64_t micros = 0;
        std::uint32_t code = 0;
        if (parseTimeOfDay(text, micros, code)) {
            value.flags |= ValueClass::Time;
            value.micros = micros;
            value.dateFormat = code;
        }
        return;
    }
    if (scan.dots + scan.slashes + scan.dashes >= 2)
        classifyOrderedDate(text, value);
}

void classifyNumberText(std::string_view text, ValueClass &value)
{
    const char c = text[0];
    if (!(isDigit(c) || c == '-' || c == '+' || c == '.' || c == 'n' || c == 'N' || c == 'i' || c == 'I'))
        return;
    NumberShape shape;
    if (!classifyNumber(text, shape))
        return;
    value.flags |= ValueClass::Number;
    if (!shape.finite) {
        parseDouble(text, value.number);
        return;
    }
    value.flags |= ValueClass::Finite;
    if (shape.int64) {
        parseInt64(text, value.integer);
        value.number = double(value.integer);
        value.flags |= ValueClass::Integer;
    } else {
        parseDouble(text, value.number);
    }
    if (shape.decimal) {
        value.flags |= ValueClass::Decimal;
        value.integerDigits = std::uint8_t(shape.digits.integerDigits);
        value.scale = std::uint8_t(shape.digits.scale);
    }
}

void classifySemantics(std::string_view text, ValueClass &value, const Scan &scan)
{
    const std::size_t n = text.size();
    if (scan.at == 1) {
        if (semantic::isEmail(text))
            value.semantics |= bit(SemanticType::Email);
        return;
    }
    if (scan.colons > 0 || text[0] == 'w' || text[0] == 'W') {
        if (scan.slashes >= 2 || (n > 4 && (text[3] == '.')))
            if (semantic::isUrl(text)) {
                value.semantics |= bit(SemanticType::Url);
                return;
            }
        if (scan.colons >= 2 && scan.spaces == 0 && semantic::isIPv6(text)) {
            value.semantics |= bit(SemanticType::IPv6);
            return;
        }
    }
    if (n == 36 && scan.dashes == 4 && semantic::isUuid(text)) {
        value.semantics |= bit(SemanticType::Uuid);
        return;
    }
    if (scan.dots == 3 && scan.letters == 0 && scan.digits >= 4 && n <= 15 && semantic::isIPv4(text)) {
        value.semantics |= bit(SemanticType::IPv4);
        return;
    }
    if (scan.letters == 2 && n == 2) {
        if (semantic::isCountryCode(text))
            value.semantics |= bit(SemanticType::CountryCode);
        return;
    }
    if (scan.digits >= 13 && scan.letters == 0 && semantic::looksLikeCard(text)) {
        value.flags |= ValueClass::CardShape;
        if (semantic::luhnValid(text))
            value.semantics |= bit(SemanticType::CreditCard);
    }
    if (scan.letters >= 2 && scan.digits >= 10 && n >= 15 && semantic::looksLikeIban(text)) {
        value.flags |= ValueClass::IbanShape;
        if (semantic::ibanValid(text))
            value.semantics |= bit(SemanticType::Iban);
        return;
    }
    if (scan.digits >= 7 && scan.digits <= 21 && scan.letters <= 3 && scan.at == 0 && scan.slashes == 0) {
        bool formatted = false;
        if (semantic::isPhone(text, formatted)) {
            value.semantics |= bit(SemanticType::Phone);
            if (!formatted)
                value.flags |= ValueClass::PhoneBare;
        }
    }
    if (n >= 4 && n <= 10 && scan.digits >= 1) {
        bool digitsOnly = false;
        if (semantic::isPostalCode(text, digitsOnly)) {
            value.semantics |= bit(SemanticType::PostalCode);
            if (digitsOnly)
                value.flags |= ValueClass::PostalDigits;
        }
    }
    if (scan.digits >= 1 && (scan.others > 0 || scan.letters == 3 || (value.flags & ValueClass::NonAscii))
        && semantic::isCurrencyAmount(text))
        value.semantics |= bit(SemanticType::CurrencyAmount);
}

} // namespace

std::string DateFormat::label(std::uint32_t code, bool dayFirst)
{
    std::string s;
    const char sep = separator(code);
    switch (layout(code)) {
    case None: return s;
    case Ordered:
        s = dayFirst ? "DD" : "MM";
        s += sep;
        s += dayFirst ? "MM" : "DD";
        s += sep;
        s += "YYYY";
        return s;
    case YearFirst:
        s = "YYYY";
        s += sep;
        s += "MM";
        s += sep;
        s += "DD";
        return s;
    case IsoDate: return "YYYY-MM-DD";
    case IsoDateTime:
        s = "YYYY-MM-DD";
        s += (code >> 4 & 3) ? 'T' : ' ';
        [[fallthrough]];
    case TimeOnly:
        s += "HH:MM";
        if (code >> 6 & 1)
            s += ":SS";
        if (const std::uint32_t fraction = code >> 7 & 0xF) {
            s += '.';
            s.append(fraction, 'f');
        }
        switch (code >> 11 & 7) {
        case 1: s += 'Z'; break;
        case 2: s += "+HH:MM"; break;
        case 3: s += "+HHMM"; break;
        case 4: s += "+HH"; break;
        default: break;
        }
        return s;
    }
    return s;
}

void classifyText(std::string_view text, ValueClass &value, std::string &mask)
{
    value = ValueClass();
    Scan scan;
    scanText(text, value, mask, scan);
    if (text.empty())
        return;
    if (scan.letters == 0 || scan.letters <= 8) {
        if (text.size() <= 5) {
            bool b = false;
            bool word = false;
            if (parseBool(text, b, &word)) {
                value.flags |= ValueClass::Bool;
                if (word)
                    value.flags |= ValueClass::BoolWord;
            }
        }
        if (scan.spaces == 0 && scan.colons == 0 && scan.slashes == 0 && scan.at == 0)
            classifyNumberText(text, value);
        if (!(value.flags & ValueClass::Number))
            classifyDates(text, value, scan);
    }
    constexpr std::uint32_t dateLike = ValueClass::IsoDate | ValueClass::Timestamp | ValueClass::TimestampTz
                                       | ValueClass::Time | ValueClass::OrderedDate;
    if (!(value.flags & ValueClass::Number)) {
        // Dates and times are not phone numbers or postal codes, whatever their digits.
        if (!(value.flags & (ValueClass::Bool | dateLike)))
            classifySemantics(text, value, scan);
        return;
    }
    // Plain integers can still be bare card or phone numbers, or postal codes; other numbers not.
    if (!(value.flags & ValueClass::Integer) || text[0] == '-' || text[0] == '+' || scan.digits < 4)
        return;
    if (scan.digits >= 13 && scan.digits <= 19) {
        value.flags |= ValueClass::CardShape;
        if (semantic::luhnValid(text))
            value.semantics |= bit(SemanticType::CreditCard);
    }
    if (scan.digits >= 7 && scan.digits <= 15) {
        value.semantics |= bit(SemanticType::Phone);
        value.flags |= ValueClass::PhoneBare;
    }
    if (scan.digits == 4 || scan.digits == 5) {
        value.semantics |= bit(SemanticType::PostalCode);
        value.flags |= ValueClass::PostalDigits;
    }
}

void classifyTyped(const Column &column, std::int64_t row, ValueClass &value)
{
    if (column.type() == ColumnType::Double)
        classifyTypedValue(column.type(), 0, column.doubleValue(row), value);
    else
        classifyTypedValue(column.type(), column.intValue(row), 0, value);
}

void classifyTypedValue(ColumnType type, std::int64_t raw, double real, ValueClass &value)
{
    value = ValueClass();
    switch (type) {
    case ColumnType::Int64:
        value.integer = raw;
        value.number = double(value.integer);
        value.flags = ValueClass::Integer | ValueClass::Decimal | ValueClass::Number | ValueClass::Finite;
        {
            std::uint64_t magnitude = value.integer < 0 ? 0 - std::uint64_t(value.integer) : std::uint64_t(value.integer);
            int digits = 0;
            for (; magnitude; magnitude /= 10)
                ++digits;
            value.integerDigits = std::uint8_t(digits);
        }
        break;
    case ColumnType::Double:
        value.number = real;
        value.flags = ValueClass::Number | (std::isfinite(value.number) ? ValueClass::Finite : 0u);
        break;
    case ColumnType::Bool:
        value.integer = raw;
        value.flags = ValueClass::Bool | ValueClass::BoolWord;
        break;
    case ColumnType::Date:
        value.micros = raw * microsPerDay;
        value.flags = ValueClass::IsoDate;
        value.dateFormat = DateFormat::IsoDate;
        break;
    case ColumnType::Timestamp:
        value.micros = raw;
        value.flags = ValueClass::TimestampTz;
        value.dateFormat = DateFormat::IsoDateTime | 1u << 6 | 6u << 7 | 1u << 11;
        break;
    default:
        break;
    }
}

double textNumber(std::string_view text)
{
    if (text.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const char c = text[0];
    if (!(isDigit(c) || c == '-' || c == '+' || c == '.'))
        return std::numeric_limits<double>::quiet_NaN();
    double v = 0;
    if (parseDouble(text, v) && std::isfinite(v))
        return v;
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace miq
