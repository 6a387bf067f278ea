#include "connectors/sql/postgresbinary.h"

#include <algorithm>
#include <limits>

namespace miq::pgbinary {

namespace {

// PostgreSQL's limits (src/include/datatype/timestamp.h), relative to 2000-01-01.
constexpr std::int64_t minPgDays = -2451545;              // Julian day 0: 4714-11-24 BC
constexpr std::int64_t endPgDays = 2147483494 - 2451545;  // 5874898-01-01 (exclusive)
constexpr std::int64_t minPgMicros = -211813488000000000; // 4714-11-24 00:00 BC
constexpr std::int64_t endPgMicros = 9223371331200000000; // 294277-01-01 (exclusive)

constexpr std::uint16_t numericPositive = 0x0000;
constexpr std::uint16_t numericNegative = 0x4000;
constexpr std::uint16_t numericNaN = 0xC000;
constexpr std::uint16_t numericPlusInfinity = 0xD000;
constexpr std::uint16_t numericMinusInfinity = 0xF000;
constexpr int maxDisplayScale = 0x3FFF;
// A bound on the exponent of "1e999999" forms, far beyond numeric's 131072 integer digits, so
// that the digit string built below stays small.
constexpr std::int64_t maxExponent = 200000;

bool equalsIgnoringCase(std::string_view text, std::string_view word)
{
    return text.size() == word.size() &&
           std::equal(text.begin(), text.end(), word.begin(),
                      [](char a, char b) { return (a >= 'A' && a <= 'Z' ? char(a + 32) : a) == b; });
}

void appendSpecial(std::string &out, std::uint16_t sign)
{
    appendInt32(out, 8);
    appendInt16(out, 0); // ndigits
    appendInt16(out, 0); // weight
    appendInt16(out, std::int16_t(sign));
    appendInt16(out, 0); // dscale
}

} // namespace

void appendHeader(std::string &out)
{
    static constexpr char signature[] = "PGCOPY\n\377\r\n";
    out.append(signature, 10);
    out.push_back('\0');
    appendInt32(out, 0); // flags: no OIDs
    appendInt32(out, 0); // header extension length
}

void appendTrailer(std::string &out)
{
    appendInt16(out, -1);
}

std::optional<std::int32_t> toPgDate(std::int64_t unixDays)
{
    if (unixDays < minPgDays + epochDays || unixDays >= endPgDays + epochDays)
        return std::nullopt;
    return std::int32_t(unixDays - epochDays);
}

std::optional<std::int64_t> toPgTimestamp(std::int64_t unixMicros)
{
    std::int64_t pg = 0;
    if (__builtin_sub_overflow(unixMicros, epochMicros, &pg) || pg < minPgMicros || pg >= endPgMicros)
        return std::nullopt;
    return pg;
}

std::optional<std::int64_t> fromPgDate(std::int32_t pgDays)
{
    if (pgDays == std::numeric_limits<std::int32_t>::min() ||
        pgDays == std::numeric_limits<std::int32_t>::max())
        return std::nullopt;
    return std::int64_t(pgDays) + epochDays;
}

std::optional<std::int64_t> fromPgTimestamp(std::int64_t pgMicros)
{
    std::int64_t unix = 0;
    if (pgMicros == std::numeric_limits<std::int64_t>::min() ||
        pgMicros == std::numeric_limits<std::int64_t>::max() ||
        __builtin_add_overflow(pgMicros, epochMicros, &unix))
        return std::nullopt;
    return unix;
}

bool appendNumericField(std::string &out, std::string_view text)
{
    if (equalsIgnoringCase(text, "nan")) {
        appendSpecial(out, numericNaN);
        return true;
    }
    if (equalsIgnoringCase(text, "infinity") || equalsIgnoringCase(text, "+infinity")) {
        appendSpecial(out, numericPlusInfinity);
        return true;
    }
    if (equalsIgnoringCase(text, "-infinity")) {
        appendSpecial(out, numericMinusInfinity);
        return true;
    }

    std::size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+'))
        negative = text[i++] == '-';
    // All significant digits in one string, and where the decimal point falls in it.
    std::string digits;
    digits.reserve(text.size() + 8);
    std::int64_t integerDigits = 0;
    std::int64_t fractionDigits = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        digits.push_back(text[i++]);
        ++integerDigits;
    }
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            digits.push_back(text[i++]);
            ++fractionDigits;
        }
    }
    if (digits.empty())
        return false;
    std::int64_t exponent = 0;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < text.size() && (text[i] == '-' || text[i] == '+'))
            negativeExponent = text[i++] == '-';
        const std::size_t start = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            exponent = exponent * 10 + (text[i++] - '0');
            if (exponent > maxExponent)
                return false;
        }
        if (i == start)
            return false;
        if (negativeExponent)
            exponent = -exponent;
    }
    if (i != text.size())
        return false;

    // Like numeric_in: the display scale is the fraction digits written, moved by the exponent.
    const std::int64_t displayScale = std::max<std::int64_t>(0, fractionDigits - exponent);
    if (displayScale > maxDisplayScale)
        return false;
    std::int64_t point = integerDigits + exponent; // digits before the decimal point
    std::size_t first = digits.find_first_not_of('0');
    if (first == std::string::npos) { // zero keeps its scale: 0.00
        appendInt32(out, 8);
        appendInt16(out, 0);
        appendInt16(out, 0);
        appendInt16(out, std::int16_t(numericPositive));
        appendInt16(out, std::int16_t(displayScale));
        return true;
    }
    point -= std::int64_t(first);
    digits.erase(0, first);
    digits.erase(digits.find_last_not_of('0') + 1);

    // Base-10000 digits are aligned on the decimal point: the first digit's power of ten is
    // point - 1, which lies in the group of weight floor((point - 1) / 4).
    const std::int64_t firstPower = point - 1;
    const std::int64_t weight = firstPower >= 0 ? firstPower / 4 : -((-firstPower + 3) / 4);
    if (weight > std::numeric_limits<std::int16_t>::max() ||
        weight < std::numeric_limits<std::int16_t>::min())
        return false;
    const std::int64_t leadingPad = weight * 4 + 3 - firstPower;
    digits.insert(0, std::size_t(leadingPad), '0');
    digits.append((4 - digits.size() % 4) % 4, '0');
    const std::size_t groups = digits.size() / 4;
    if (groups > std::size_t(std::numeric_limits<std::int16_t>::max()))
        return false;

    appendInt32(out, std::int32_t(8 + 2 * groups));
    appendInt16(out, std::int16_t(groups));
    appendInt16(out, std::int16_t(weight));
    appendInt16(out, std::int16_t(negative ? numericNegative : numericPositive));
    appendInt16(out, std::int16_t(displayScale));
    for (std::size_t g = 0; g < groups; ++g) {
        const char *d = digits.data() + 4 * g;
        appendInt16(
            out, std::int16_t((d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0')));
    }
    return true;
}

} // namespace miq::pgbinary
