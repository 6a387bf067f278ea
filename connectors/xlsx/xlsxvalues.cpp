#include "connectors/xlsx/xlsxvalues.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace miq {

namespace {

constexpr std::int64_t msPerDay = 86'400'000;
// Days from 1970-01-01 to the day before serial 1 of each system, and to the last day Excel shows.
constexpr std::int64_t day0Of1900 = -25568;   // 1899-12-31: serial 1 is 1900-01-01
constexpr std::int64_t day0After1900Bug = -25569; // 1899-12-30: serials after the phantom 1900-02-29
constexpr std::int64_t day0Of1904 = -24107;   // 1904-01-01 is serial 0
constexpr std::int64_t lastDay = 2'932'896;   // 9999-12-31

void civilFromDays(std::int64_t z, int &year, int &month, int &day)
{
    // Howard Hinnant's days_from_civil inverse, proleptic Gregorian.
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yoe + era * 400 + (month <= 2));
}

void appendDigits(std::string &out, std::int64_t value, int width)
{
    char buffer[24];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    for (int pad = width - int(end - buffer); pad > 0; --pad)
        out += '0';
    out.append(buffer, end);
}

// HH:MM:SS[.fff]; the hours go past 23 for durations.
void appendTime(std::string &out, std::int64_t ms)
{
    appendDigits(out, ms / 3'600'000, 2);
    out += ':';
    appendDigits(out, ms / 60'000 % 60, 2);
    out += ':';
    appendDigits(out, ms / 1000 % 60, 2);
    if (ms % 1000 != 0) {
        out += '.';
        appendDigits(out, ms % 1000, 3);
    }
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

char lower(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x80 ? char(u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u) : '\0';
}

bool startsWithNoCase(QStringView text, qsizetype at, const char *word)
{
    for (qsizetype i = 0; word[i]; ++i) {
        if (at + i >= text.size() || lower(text[at + i]) != word[i])
            return false;
    }
    return true;
}

} // namespace

XlsxNumberKind builtinNumberKind(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 58))
        return XlsxNumberKind::Date;
    if (id == 22)
        return XlsxNumberKind::DateTime;
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || id == 45 || id == 47)
        return XlsxNumberKind::Time;
    if (id == 46)
        return XlsxNumberKind::Duration;
    return XlsxNumberKind::Number;
}

XlsxNumberKind customNumberKind(QStringView code)
{
    bool day = false;
    bool year = false;
    bool month = false; // m: a month unless next to hours or seconds
    bool hour = false;
    bool second = false;
    bool elapsed = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u';')
            break; // only the first section (positive numbers) decides
        if (c == u'"') {
            i = code.indexOf(u'"', i + 1);
            if (i < 0)
                break;
            continue;
        }
        if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped literal, a padding or a fill character
            continue;
        }
        if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            if (close < 0)
                break;
            const QStringView inside = code.sliced(i + 1, close - i - 1);
            bool unit = !inside.isEmpty();
            for (QChar u : inside)
                unit = unit && lower(u) == lower(inside[0]);
            const char first = inside.isEmpty() ? '\0' : lower(inside[0]);
            if (unit && (first == 'h' || first == 'm' || first == 's'))
                elapsed = true;
            i = close;
            continue;
        }
        if (startsWithNoCase(code, i, "am/pm")) {
            hour = true;
            i += 4;
            continue;
        }
        if (startsWithNoCase(code, i, "a/p")) {
            hour = true;
            i += 2;
            continue;
        }
        switch (lower(c)) {
        case 'd': day = true; break;
        case 'y': year = true; break;
        case 'm': month = true; break;
        case 'h': hour = true; break;
        case 's': second = true; break;
        default: break;
        }
    }
    const bool date = day || year || (month && !hour && !second);
    const bool time = hour || second;
    if (elapsed && !date)
        return XlsxNumberKind::Duration;
    if (date && (time || elapsed))
        return XlsxNumberKind::DateTime;
    if (date)
        return XlsxNumberKind::Date;
    if (time)
        return XlsxNumberKind::Time;
    return XlsxNumberKind::Number;
}

bool appendNumberText(std::string_view value, std::string &out)
{
    // Fast path: the integers Excel writes as they are, in canonical form already.
    std::size_t digits = value.size();
    std::size_t start = 0;
    if (!value.empty() && value.front() == '-') {
        start = 1;
        --digits;
    }
    bool integer = digits > 0 && digits <= 15 && (value[start] != '0' || digits == 1) && !(start && value[start] == '0');
    for (std::size_t i = start; integer && i < value.size(); ++i)
        integer = isDigit(value[i]);
    if (integer) {
        out.append(value);
        return true;
    }

    if (!value.empty() && value.front() == '+')
        value.remove_prefix(1);
    double number = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (ec != std::errc() || end != value.data() + value.size() || !std::isfinite(number))
        return false;
    if (number == 0)
        number = 0; // no "-0"
    char buffer[32];
    std::to_chars_result written;
    if (number == std::trunc(number) && std::fabs(number) < 1e15)
        written = std::to_chars(buffer, buffer + sizeof buffer, std::int64_t(number));
    else
        written = std::to_chars(buffer, buffer + sizeof buffer, number);
    out.append(buffer, written.ptr);
    return true;
}

bool appendSerialText(double serial, XlsxNumberKind kind, XlsxDateSystem system, std::string &out)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 3e6)
        return false;
    // Milliseconds are as fine as Excel's serials resolve; rounding to them turns 0.520833333 into
    // 12:30:00 instead of 12:29:59.999.
    const std::int64_t totalMs = std::llround(serial * double(msPerDay));
    if (kind == XlsxNumberKind::Duration) {
        appendTime(out, totalMs);
        return true;
    }
    const std::int64_t serialDay = totalMs / msPerDay;
    const std::int64_t ms = totalMs % msPerDay;
    const bool showDate = kind != XlsxNumberKind::Time || serialDay > 0;
    const bool showTime = kind != XlsxNumberKind::Date || ms != 0;

    if (showDate) {
        if (system == XlsxDateSystem::Date1900 && serialDay == 60) {
            out += "1900-02-29"; // Lotus 1-2-3's leap day, kept by Excel for compatibility
        } else {
            const std::int64_t days = system == XlsxDateSystem::Date1904 ? day0Of1904 + serialDay
                                      : serialDay < 60                    ? day0Of1900 + serialDay
                                                                          : day0After1900Bug + serialDay;
            if (days > lastDay)
                return false;
            int year = 0;
            int month = 0;
            int day = 0;
            civilFromDays(days, year, month, day);
            appendDigits(out, year, 4);
            out += '-';
            appendDigits(out, month, 2);
            out += '-';
            appendDigits(out, day, 2);
        }
        if (showTime)
            out += 'T';
    }
    if (showTime)
        appendTime(out, ms);
    return true;
}

void appendIsoDateText(std::string_view value, XlsxNumberKind kind, std::string &out)
{
    if (kind == XlsxNumberKind::Date && value.size() > 10 && value[10] == 'T') {
        std::string_view time = value.substr(11);
        if (!time.empty() && time.back() == 'Z')
            time.remove_suffix(1);
        if (time == "00:00:00" || time == "00:00" || time == "00:00:00.000") {
            out.append(value.substr(0, 10));
            return;
        }
    }
    out.append(value);
}

void decodeOoxmlEscapes(std::string &text, std::size_t from)
{
    std::size_t at = text.find("_x", from);
    if (at == std::string::npos)
        return;
    std::size_t write = at;
    std::size_t read = at;
    while (read < text.size()) {
        if (text[read] == '_' && read + 6 < text.size() && text[read + 1] == 'x' && text[read + 6] == '_') {
            int code = 0;
            bool hex = true;
            for (std::size_t i = read + 2; i < read + 6 && hex; ++i) {
                const int v = hexValue(text[i]);
                hex = v >= 0;
                code = code * 16 + v;
            }
            if (hex && (code < 0xd800 || code > 0xdfff)) {
                if (code < 0x80) {
                    text[write++] = char(code);
                } else if (code < 0x800) {
                    text[write++] = char(0xc0 | (code >> 6));
                    text[write++] = char(0x80 | (code & 0x3f));
                } else {
                    text[write++] = char(0xe0 | (code >> 12));
                    text[write++] = char(0x80 | ((code >> 6) & 0x3f));
                    text[write++] = char(0x80 | (code & 0x3f));
                }
                read += 7;
                continue;
            }
        }
        text[write++] = text[read++];
    }
    text.resize(write);
}

void appendUtf8(QStringView text, std::string &out)
{
    const qsizetype size = text.size();
    const char16_t *data = text.utf16();
    qsizetype i = 0;
    const std::size_t base = out.size();
    out.resize(base + std::size_t(size));
    char *dst = out.data() + base;
    for (; i < size && data[i] < 0x80; ++i)
        dst[i] = char(data[i]);
    if (i == size)
        return;
    out.resize(base + std::size_t(i));
    const QByteArray rest = text.sliced(i).toUtf8();
    out.append(rest.constData(), std::size_t(rest.size()));
}

} // namespace miq
