#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

// PostgreSQL's binary COPY format (https://www.postgresql.org/docs/current/sql-copy.html, "Binary
// Format") and the binary forms of the types MigrateIQ writes: big-endian integers, IEEE doubles,
// dates as days and timestamps as microseconds since 2000-01-01, numerics in base-10000 digits.
//
// Binary rather than text COPY: the server does not parse dates, timestamps, doubles and numerics
// from text (psql \copy of 1M rows of bigint, text, numeric, double, boolean, date and
// timestamptz into an unlogged table, best of 3 on the 2-core CI machine: binary 1.42 s, text
// 3.01 s), and there is no escaping of tabs, newlines and backslashes to get wrong.
namespace miq::pgbinary {

// Days and microseconds between 1970-01-01 (MigrateIQ's epoch) and 2000-01-01 (PostgreSQL's).
constexpr std::int64_t epochDays = 10957;
constexpr std::int64_t epochMicros = epochDays * 86'400'000'000;

// The 19-byte file header (signature, flags, extension length) and the end-of-data marker.
void appendHeader(std::string &out);
void appendTrailer(std::string &out);

inline void appendInt16(std::string &out, std::int16_t value)
{
    const std::uint16_t v = std::uint16_t(value);
    const char bytes[2] = {char(v >> 8), char(v)};
    out.append(bytes, 2);
}

inline void appendInt32(std::string &out, std::int32_t value)
{
    const std::uint32_t v = std::uint32_t(value);
    const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    out.append(bytes, 4);
}

inline void appendInt64(std::string &out, std::int64_t value)
{
    const std::uint64_t v = std::uint64_t(value);
    char bytes[8];
    for (int i = 0; i < 8; ++i)
        bytes[i] = char(v >> (56 - 8 * i));
    out.append(bytes, 8);
}

inline std::int16_t readInt16(const char *p)
{
    return std::int16_t(std::uint16_t(std::uint8_t(p[0])) << 8 | std::uint8_t(p[1]));
}

inline std::int32_t readInt32(const char *p)
{
    return std::int32_t(std::uint32_t(std::uint8_t(p[0])) << 24 | std::uint32_t(std::uint8_t(p[1])) << 16 |
                        std::uint32_t(std::uint8_t(p[2])) << 8 | std::uint8_t(p[3]));
}

inline std::int64_t readInt64(const char *p)
{
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v = v << 8 | std::uint8_t(p[i]);
    return std::int64_t(v);
}

inline double readDouble(const char *p)
{
    const std::int64_t bits = readInt64(p);
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
}

inline void appendDouble(std::string &out, double value)
{
    std::int64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    appendInt64(out, bits);
}

// A date (days since 1970-01-01) as PostgreSQL's int32 day number, or nullopt outside what the
// date type holds (4714-11-24 BC to 5874897-12-31 AD).
std::optional<std::int32_t> toPgDate(std::int64_t unixDays);
// A timestamp (UTC microseconds since 1970) as PostgreSQL's int64, or nullopt outside what
// timestamp with time zone holds (4714-11-24 BC to 294276-12-31 AD).
std::optional<std::int64_t> toPgTimestamp(std::int64_t unixMicros);
// The reverse; nullopt for 'infinity' and '-infinity', which MigrateIQ's types cannot hold.
std::optional<std::int64_t> fromPgDate(std::int32_t pgDays);
std::optional<std::int64_t> fromPgTimestamp(std::int64_t pgMicros);

// Appends the field (length word and value) of a numeric given as decimal text: [-+]digits
// [.digits][e[-+]digits], or NaN / Infinity / -Infinity in any case. The display scale is the
// number of fraction digits as written, so '12.50' stays 12.50. False when the text is not a
// number or beyond numeric's range (nothing is appended then).
bool appendNumericField(std::string &out, std::string_view text);

} // namespace miq::pgbinary
