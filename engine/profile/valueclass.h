#pragma once

#include "connectors/recordbatch.h"

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace miq {

// What one value is, found by byte-level scans (no regex, no QString, no allocation beyond the
// caller's reused mask buffer). The profiler computes it once per distinct value while a column's
// exact value map holds, and per value for high-cardinality columns.
struct ValueClass
{
    enum Flag : std::uint32_t {
        Integer = 1u << 0,      // parseInt64 accepts it
        Decimal = 1u << 1,      // parseDecimal accepts it (<= 38 digits, no exponent)
        Number = 1u << 2,       // parseDouble accepts it (NaN and inf included)
        Finite = 1u << 3,       // a number other than NaN/inf
        Bool = 1u << 4,         // parseBool accepts it (words and 1/0)
        BoolWord = 1u << 5,     // a word form (true/no/Y...), not 1/0
        IsoDate = 1u << 6,      // YYYY-MM-DD alone
        Timestamp = 1u << 7,    // ISO date and time without zone
        TimestampTz = 1u << 8,  // ISO date and time with Z or an offset
        Time = 1u << 9,         // HH:MM[:SS[.f]]
        OrderedDate = 1u << 10, // D/M/YYYY or M/D/YYYY with '/', '.' or '-' (see validDmy/validMdy)
        LeadingSpace = 1u << 11,
        TrailingSpace = 1u << 12,
        NonAscii = 1u << 13,
        Control = 1u << 14,
        HasUpper = 1u << 15,
        HasLower = 1u << 16,
        CardShape = 1u << 17,   // 13-19 digits grouped like a card number (Luhn checked separately)
        IbanShape = 1u << 18,   // shaped like an IBAN (checksum checked separately)
        PhoneBare = 1u << 19,   // a phone number without punctuation (a bare digit string)
        PostalDigits = 1u << 20, // a 4-5 digit code that may be a postal code
    };

    std::uint32_t flags = 0;
    std::uint32_t semantics = 0;  // bit (1 << int(SemanticType)) per matching semantic type
    std::uint32_t dateFormat = 0; // DateFormat code, 0 = none
    double number = std::numeric_limits<double>::quiet_NaN();
    std::int64_t integer = 0;     // when Integer
    std::int64_t micros = 0;      // IsoDate/Timestamp/TimestampTz: since the epoch; Time: of the day
    std::int64_t microsDmy = 0;   // OrderedDate read day first, when validDmy
    std::int64_t microsMdy = 0;   // OrderedDate read month first, when validMdy
    bool validDmy = false;
    bool validMdy = false;
    char dateSeparator = 0;       // OrderedDate: '/', '.' or '-'
    std::int32_t length = 0;      // code points
    std::uint8_t integerDigits = 0, scale = 0; // when Decimal
};

// Date/time layouts as a compact code: layout | time separator | seconds | fraction digits | zone.
namespace DateFormat {
enum Layout : std::uint32_t { None = 0, IsoDate = 1, IsoDateTime = 2, TimeOnly = 3, Ordered = 4, YearFirst = 5 };
// Ordered dates are labelled by the column's reading: dayFirst = "DD/MM/YYYY", else "MM/DD/YYYY".
std::string label(std::uint32_t code, bool dayFirst);
inline Layout layout(std::uint32_t code) { return Layout(code & 0xF); }
inline char separator(std::uint32_t code) { return char(code >> 16 & 0xFF); }
} // namespace DateFormat

// Classifies a non-blank text; `mask` receives its character-class mask (letters -> A/a, digits -> 9,
// other characters as they are; at most 32 characters, then "…").
void classifyText(std::string_view text, ValueClass &value, std::string &mask);
// Classifies a non-null cell of a typed column (Int64, Double, Bool, Date, Timestamp).
void classifyTyped(const Column &column, std::int64_t row, ValueClass &value);
// The same from the cell's stored value (`raw` for int64-backed types, `real` for Double).
void classifyTypedValue(ColumnType type, std::int64_t raw, double real, ValueClass &value);

// The number a text holds for correlations: parseDouble's value, or NaN. Cheap pre-filter first.
double textNumber(std::string_view text);

// Blank: empty or only spaces, tabs and line breaks.
inline bool isBlank(std::string_view text)
{
    for (const char c : text)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    return true;
}

} // namespace miq
