#pragma once

#include <QStringView>

#include <cstdint>
#include <string>
#include <string_view>

namespace miq {

// How a number cell is shown, as far as reading it goes: the cell's number format decides whether
// the serial number in it is a date, a date and time, a time of day or a duration.
enum class XlsxNumberKind : std::uint8_t {
    Number,
    Date,     // d/m/y tokens only: "2024-03-01"
    DateTime, // date and time tokens: "2024-03-01T12:30:00"
    Time,     // h/m/s tokens only: "12:30:00"
    Duration, // elapsed time, [h]:mm:ss: "36:00:00"
};

// The kind of a built-in number format (ECMA-376 Part 1, 18.8.30): 14-17 and 22 are dates, 18-21 and
// 45-47 times, and 27-36 and 50-58 the East Asian date and time formats that Excel in those locales
// writes without defining them in styles.xml.
XlsxNumberKind builtinNumberKind(int numFmtId);

// The kind of a custom format code, from its first section: d, y or a lone m make a date, h or s a
// time; text in quotes, escaped characters (\x, _x, *x) and [colour]/[$-409] sections are not
// tokens, but [h], [m] and [s] are elapsed time.
XlsxNumberKind customNumberKind(QStringView formatCode);

// Which calendar the workbook's serial numbers count in (workbook.xml, workbookPr date1904).
enum class XlsxDateSystem : std::uint8_t { Date1900, Date1904 };

// Appends the canonical text of an Excel number cell whose <v> text is `value`: integers as written
// ("42"), other numbers as the shortest text that reads back as the same double ("0.1", "1e+20").
// Returns false when `value` is not a number.
bool appendNumberText(std::string_view value, std::string &out);

// Appends a serial number shown with a date or time format as ISO 8601 text: "2024-03-01",
// "2024-03-01T12:30:00", "12:30:00.250", "36:00:00". A date format on a serial with a time part
// still gets the time (nothing is dropped); a time format on a serial of a day or more gets the
// date too. The 1900 system keeps Lotus 1-2-3's leap-year bug: serial 60 is 1900-02-29, a day that
// never was, and is given as that text. Returns false for serials outside 1900/1904-01-01 ..
// 9999-12-31, which Excel itself cannot show as dates; the caller gives the number instead.
bool appendSerialText(double serial, XlsxNumberKind kind, XlsxDateSystem system, std::string &out);

// Appends an ISO 8601 date/time cell (t="d") in the same canonical form: a date format with a
// midnight time becomes the date alone, otherwise the text is kept as written.
void appendIsoDateText(std::string_view value, XlsxNumberKind kind, std::string &out);

// Decodes the _xHHHH_ escapes OOXML uses for characters XML cannot hold (control characters), in
// place in UTF-8 text; "_x005F_" escapes a literal underscore.
void decodeOoxmlEscapes(std::string &text, std::size_t from);

// Appends UTF-16 text as UTF-8 without a temporary for the usual ASCII text.
void appendUtf8(QStringView text, std::string &out);

} // namespace miq
