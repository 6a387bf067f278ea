#pragma once

#include <QtGlobal>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace miq {

// What the user fixed in the source settings; everything left unset is sniffed.
struct CsvSniffOverrides
{
    std::optional<char> delimiter;
    std::optional<char> quote; // 0 = no quoting
    std::optional<bool> header;
};

struct CsvSniffResult
{
    char delimiter = ',';
    char quote = '"';
    bool header = true;
    int columnCount = 0;       // the most common number of fields per record
    qint64 records = 0;        // complete, non-blank records in the sample (header included)
    qsizetype recordBytes = 0; // bytes of the sample those records span
    bool wholeInput = false;   // the sample was the whole input and every record was counted
};

// Finds the dialect of delimited text from a UTF-8 sample (the reader passes the first 64 KiB):
// - delimiter: among , TAB ; | the one that splits the records into the most consistent number
//   of fields (ties go to more fields, then to that order);
// - quote: '"', unless no field is double-quoted while some are cleanly single-quoted;
// - header: the first record is distinct text (blanks allowed) while the records below hold numbers, dates or
//   booleans in some column, or at least never repeat a header value in its column.
class CsvSniffer
{
public:
    // `atEof` says the sample is the whole input (its last record is complete without a line end).
    static CsvSniffResult sniff(std::string_view sample, bool atEof, const CsvSniffOverrides &overrides = {});

    // The header heuristic on unescaped records (the first one being the header candidate).
    static bool looksLikeHeader(const std::vector<std::vector<std::string>> &records);
};

} // namespace miq
