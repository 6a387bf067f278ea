#pragma once

#include "connectors/recordbatch.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace miq::canonical {

// The canonical text of typed values, shared by what the destinations write and what their
// readBack() parses, so that every value survives write -> read back exactly:
//
//   Date       YYYY-MM-DD, proleptic Gregorian, astronomical years; years outside 0000..9999
//              carry a sign (ISO 8601 expanded form): -0044-03-15, +10000-01-01.
//   Timestamp  <date><sep>HH:MM:SS[.ffffff][Z]. The fraction is written only when non-zero and
//              then always with 6 digits; the value is UTC. SQLite gets ' ' and no 'Z' (its own
//              date functions' form, which they treat as UTC); the text files get 'T' and 'Z', so
//              that any ISO 8601 reader sees the zone.
//   Double     the shortest text that parses back to the same double (std::to_chars); NaN,
//              Infinity and -Infinity spelled like that (JSON and SQL have no literal for them).
//   Bool       true / false.
//   Bytes      base64 (RFC 4648, padded) in the text formats.
//
// The formatters append to a caller's buffer: no allocation per value on the write path.

constexpr std::size_t maxDateChars = 32;
constexpr std::size_t maxTimestampChars = 48;
constexpr std::size_t maxDoubleChars = 32;

// Return the end of the written text, or nullptr when the value is beyond what the format can
// represent (|days| >= 2^62, astronomically far from any real date).
char *formatDate(char *out, std::int64_t days);
char *formatTimestamp(char *out, std::int64_t micros, char separator, bool utcSuffix);
char *formatDouble(char *out, double value);
void appendBase64(std::string &out, std::string_view bytes);

std::optional<std::int64_t> parseInt64(std::string_view text);
std::optional<double> parseDouble(std::string_view text);
// true/false (any case), 1/0.
std::optional<bool> parseBool(std::string_view text);
std::optional<std::int64_t> parseDate(std::string_view text);
// Also accepts what other writers put in an appended SQLite table or file: 'T' or ' ', missing
// seconds, 1-6 fraction digits, 'Z' or a +HH:MM offset (converted to UTC), or a date alone.
std::optional<std::int64_t> parseTimestamp(std::string_view text);
bool decodeBase64(std::string_view text, std::string &out);
// [-+]digits[.digits] or [-+].digits, optionally with an exponent: what databases write.
bool isDecimalText(std::string_view text);

// One cell of a row being read back, parsed before the row is appended so that a row with a bad
// value is quarantined whole instead of leaving its columns with different lengths.
struct Cell
{
    enum class Kind { Null, Int, Double, Text };
    Kind kind = Kind::Null;
    std::int64_t intValue = 0;
    double doubleValue = 0;
    std::string_view text; // points into the reader's buffers until the row is appended
    std::string scratch;   // owns decoded bytes (base64, JSON escapes) when text points here
};

// Parses `text` as a value of `type` into `cell`; on failure fills `reason` (translated).
bool parseCell(ColumnType type, std::string_view text, Cell &cell, QString &reason);
void appendCell(Column &column, const Cell &cell);

} // namespace miq::canonical
