#pragma once

#include "connectors/recordbatch.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace miq {

// Hand-written parsers for the text forms the sync engine recognises in untyped sources (CSV, ...).
// They run once per cell on the hot path: no allocation (except the decimal's output string, which
// the caller reuses), no QString, no locale, no regex. TypeInference and BatchConverter both use
// them, so a column inferred as type T always converts to T without a bad value.
//
// Every parser is strict: the whole text must match (no surrounding spaces), and an empty text is
// never a value (callers treat it as null).

// true/false, yes/no, t/f, y/n in any case, and 1/0. `isWord` tells the word forms from 1/0:
// inference only calls a column Bool when it has word forms (a pure 0/1 column is an integer).
bool parseBool(std::string_view text, bool &value, bool *isWord = nullptr);

// [+-]digits within the int64 range. No leading zeros ("0" and "-0" are fine; "007" is not, so zip
// codes stay text), no thousands separators.
bool parseInt64(std::string_view text, std::int64_t &value);

// A fixed-point decimal with at most maxDecimalDigits significant digits: [+-]digits[.digits],
// "5." and ".5" included, no exponent, no leading zeros. `canonical` receives the canonical text:
// no '+', no superfluous leading zero ('.5' -> '0.5'), the scale as written ('12.50' stays),
// '5.' -> '5', and negative zero without its sign ('-0.00' -> '0.00').
inline constexpr int maxDecimalDigits = 38;
struct DecimalShape
{
    int integerDigits = 0; // digits before the point, a lone leading '0' not counted
    int scale = 0;         // digits after the point
};
bool parseDecimal(std::string_view text, std::string &canonical, DecimalShape *shape = nullptr);

// Any number a double holds: the decimal forms above (any number of digits), exponent forms
// ("1e5", "-2.5E-3"), and NaN / inf / infinity (any case, inf with a sign). Values beyond the
// double range (1e400) or that underflow to zero (1e-400) are rejected rather than changed.
bool parseDouble(std::string_view text, double &value);

// What one numeric text fits, found in one scan: the same answers as the parsers above.
struct NumberShape
{
    bool int64 = false;   // parseInt64 accepts it
    bool decimal = false; // parseDecimal accepts it
    bool finite = false;  // not NaN/inf
    DecimalShape digits;  // valid when `decimal`
};
// Returns whether parseDouble accepts the text; fills `shape` for it.
bool classifyNumber(std::string_view text, NumberShape &shape);

// ISO 8601 calendar date YYYY-MM-DD (years 0001-9999, month/day validated, leap years included)
// as days since 1970-01-01.
bool parseDate(std::string_view text, std::int64_t &days);

// ISO 8601 date and time as microseconds since 1970-01-01T00:00:00 UTC:
//   YYYY-MM-DD[( |T)HH:MM[:SS[.fraction]]][Z | ±HH[:MM] | ±HHMM]
// The fraction keeps up to 6 digits; digits 7-9 are accepted only when they are zeros (nothing
// is rounded away). A value with Z or an offset is converted to UTC; a naive value is taken as
// UTC (stored as written). A date alone is midnight, and `dateOnly` says so: a column where
// every value is a date alone is a Date column, a mix of dates and timestamps a Timestamp one.
bool parseTimestamp(std::string_view text, std::int64_t &micros, bool *dateOnly = nullptr);

// Days since 1970-01-01 of a proleptic Gregorian date, and back.
std::int64_t daysFromCivil(int year, int month, int day);
void civilFromDays(std::int64_t days, int &year, int &month, int &day);

// Length in Unicode code points of valid UTF-8 text (what VARCHAR(n) counts).
inline std::int64_t utf8Length(std::string_view text)
{
    std::int64_t n = 0;
    for (const char c : text)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// One typed value on its way from a text or a Column cell to a target cell, typed like a cell.
struct TypedValue
{
    ColumnType type = ColumnType::String;
    std::int64_t integer = 0; // Int64, Bool (0/1), Date (days), Timestamp (microseconds)
    double real = 0;          // Double
    std::string_view text;    // String, Bytes, Decimal (canonical): into the input or a buffer
    DecimalShape digits;      // Decimal
};

// Parses a non-empty text as `type` with the parsers above (String and Bytes take it as it is);
// a Decimal's canonical text goes to `buffer`.
bool parseValue(std::string_view text, ColumnType type, TypedValue &out, std::string &buffer);
// Converts a value to another type exactly or not at all: 2.5 is no integer, 7 no boolean, NaN no
// decimal; 12.00 is the integer 12, a date is its midnight. To String (or Bytes): its canonical
// text. Results with text (String, Bytes, Decimal) go to `buffer`. Only the conversions
// BatchConverter::castAllowed() allows are implemented; others return false.
bool convertValue(const TypedValue &in, ColumnType to, TypedValue &out, std::string &buffer);
// The canonical text of a value, which parseValue() reads back as the same value.
void appendValueText(std::string &out, const TypedValue &value);

// Cells of a RecordBatch column and values: a non-null cell of a typed (non-text) column as a
// value, a value (of the column's type) appended to a column, and a non-null cell of any column
// as text (a text column's own text, a typed column's canonical text).
TypedValue typedCell(const Column &column, std::int64_t row);
void appendTypedValue(Column &column, const TypedValue &value);
void appendCellText(std::string &out, const Column &column, std::int64_t row);

// Formatters for typed values, appending to `out`: the inverse of the parsers (their output
// parses back to the same value).
void appendInt64(std::string &out, std::int64_t value);
void appendDouble(std::string &out, double value);           // shortest round-trip form, "NaN", "inf"
void appendDate(std::string &out, std::int64_t days);        // YYYY-MM-DD
void appendTimestamp(std::string &out, std::int64_t micros); // YYYY-MM-DD HH:MM:SS[.ffffff] (UTC)

} // namespace miq
