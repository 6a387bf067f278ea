#include "connectors/csv/csvsniffer.h"

#include "connectors/csv/csvparser.h"

#include <algorithm>
#include <map>
#include <set>

namespace miq {

namespace {

constexpr int maxSniffedRecords = 1000;
constexpr std::size_t maxHeaderRows = 50;

struct Scan
{
    std::vector<int> fieldCounts; // per complete non-blank record
    int quotedFields = 0;
    int escapedFields = 0;
    bool unterminatedQuote = false;
    bool reachedEnd = false;
    qsizetype bytes = 0;
    std::vector<std::vector<std::string>> rows; // the first records' texts, when asked for
    int mode = 0;
    double consistency = 0; // share of records with `mode` fields

    // Splitting into one field says nothing: such a delimiter does not occur.
    double score() const { return mode >= 2 ? consistency : 0.0; }
};

Scan scan(std::string_view sample, char delimiter, char quote, bool atEof, bool keepRows)
{
    Scan result;
    CsvParser parser(delimiter, quote);
    std::string scratch;
    const char *data = sample.data();
    const auto size = qsizetype(sample.size());
    qsizetype pos = 0;
    while (int(result.fieldCounts.size()) < maxSniffedRecords) {
        const CsvParser::Status status = parser.next(data + pos, size - pos, atEof);
        result.reachedEnd = status == CsvParser::Status::End;
        if (status != CsvParser::Status::Record)
            break;
        const CsvRecord &record = parser.record();
        if (!record.isBlank()) {
            result.fieldCounts.push_back(int(record.fields.size()));
            result.unterminatedQuote |= record.unterminatedQuote;
            for (const CsvField &f : record.fields) {
                result.quotedFields += f.quoted;
                result.escapedFields += f.escaped;
            }
            if (keepRows && result.rows.size() < maxHeaderRows) {
                std::vector<std::string> texts;
                for (const CsvField &f : record.fields)
                    texts.emplace_back(parser.fieldText(data + pos, f, scratch));
                result.rows.push_back(std::move(texts));
            }
        }
        pos += record.length;
    }
    result.bytes = pos;
    std::map<int, int> histogram;
    for (int count : result.fieldCounts)
        ++histogram[count];
    int modeRecords = 0;
    for (const auto &[count, records] : histogram) {
        if (records > modeRecords) {
            result.mode = count;
            modeRecords = records;
        }
    }
    if (!result.fieldCounts.empty())
        result.consistency = double(modeRecords) / double(result.fieldCounts.size());
    return result;
}

enum class ValueClass { Empty, Number, Temporal, Boolean, Text };

std::string_view trimmed(std::string_view v)
{
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        v.remove_suffix(1);
    return v;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isNumber(std::string_view v)
{
    std::size_t i = 0;
    if (i < v.size() && (v[i] == '+' || v[i] == '-'))
        ++i;
    int digits = 0;
    bool point = false;
    for (; i < v.size(); ++i) {
        if (isDigit(v[i]))
            ++digits;
        else if ((v[i] == '.' || v[i] == ',') && !point)
            point = true;
        else
            break;
    }
    if (digits == 0)
        return false;
    if (i < v.size() && (v[i] == 'e' || v[i] == 'E')) {
        ++i;
        if (i < v.size() && (v[i] == '+' || v[i] == '-'))
            ++i;
        const std::size_t exponentStart = i;
        while (i < v.size() && isDigit(v[i]))
            ++i;
        if (i == exponentStart)
            return false;
    }
    return i == v.size();
}

// Dates, times and timestamps in their usual spellings: digits with - / : . separators.
bool isTemporal(std::string_view v)
{
    int digits = 0;
    bool separator = false;
    for (char c : v) {
        if (isDigit(c))
            ++digits;
        else if (c == '-' || c == '/' || c == ':')
            separator = true;
        else if (c != '.' && c != 'T' && c != 'Z' && c != ' ' && c != '+')
            return false;
    }
    return isDigit(v.front()) && separator && digits >= 4;
}

ValueClass classify(std::string_view value)
{
    const std::string_view v = trimmed(value);
    if (v.empty())
        return ValueClass::Empty;
    if (isNumber(v))
        return ValueClass::Number;
    if (isTemporal(v))
        return ValueClass::Temporal;
    std::string lower(v.substr(0, 6));
    std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) { return char(c | 0x20); });
    if (lower == "true" || lower == "false")
        return ValueClass::Boolean;
    return ValueClass::Text;
}

} // namespace

bool CsvSniffer::looksLikeHeader(const std::vector<std::vector<std::string>> &records)
{
    if (records.empty())
        return true;
    const std::vector<std::string> &first = records.front();
    // Blank names occur (an unnamed index column) and are named later; repeated ones make the
    // row look like data, as do numbers.
    std::set<std::string_view> names;
    for (const std::string &name : first) {
        const ValueClass c = classify(name);
        if (c == ValueClass::Empty)
            continue;
        if (c != ValueClass::Text || !names.insert(trimmed(name)).second)
            return false;
    }
    if (names.empty())
        return false;
    if (records.size() == 1)
        return true;
    // Some column holds typed values below a text name.
    for (std::size_t column = 0; column < first.size(); ++column) {
        int nonEmpty = 0;
        int typed = 0;
        for (std::size_t r = 1; r < records.size(); ++r) {
            if (column >= records[r].size())
                continue;
            const ValueClass c = classify(records[r][column]);
            nonEmpty += c != ValueClass::Empty;
            typed += c != ValueClass::Empty && c != ValueClass::Text;
        }
        if (nonEmpty > 0 && typed * 2 >= nonEmpty)
            return true;
    }
    // All text: a header name does not come back as a value of its own column.
    for (std::size_t column = 0; column < first.size(); ++column) {
        for (std::size_t r = 1; r < records.size(); ++r) {
            if (column < records[r].size() && trimmed(records[r][column]) == trimmed(first[column]))
                return false;
        }
    }
    return true;
}

CsvSniffResult CsvSniffer::sniff(std::string_view sample, bool atEof, const CsvSniffOverrides &overrides)
{
    static constexpr char delimiters[] = {',', '\t', ';', '|'};
    std::vector<char> candidates;
    if (overrides.delimiter)
        candidates.push_back(*overrides.delimiter);
    else
        candidates.assign(std::begin(delimiters), std::end(delimiters));

    CsvSniffResult result;
    Scan best;
    bool haveBest = false;
    for (char delimiter : candidates) {
        Scan chosen = scan(sample, delimiter, overrides.quote.value_or('"'), atEof, false);
        char quote = overrides.quote.value_or('"');
        if (!overrides.quote && chosen.quotedFields == 0) {
            // Single quotes only when they are used cleanly and nothing is double-quoted:
            // apostrophes in names must not start quoted fields.
            Scan single = scan(sample, delimiter, '\'', atEof, false);
            if (single.quotedFields > 0 && single.escapedFields == 0 && !single.unterminatedQuote &&
                single.score() >= chosen.score()) {
                chosen = std::move(single);
                quote = '\'';
            }
        }
        const bool better = !haveBest || chosen.score() > best.score() ||
                            (chosen.score() == best.score() && chosen.mode > best.mode);
        if (better) {
            best = std::move(chosen);
            haveBest = true;
            result.delimiter = delimiter;
            result.quote = quote;
        }
    }
    if (best.score() == 0 && !overrides.delimiter)
        result.delimiter = ','; // one column: the delimiter never occurs, so any will do

    const Scan final = scan(sample, result.delimiter, result.quote, atEof, true);
    result.columnCount = final.mode;
    result.records = qint64(final.fieldCounts.size());
    result.recordBytes = final.bytes;
    result.wholeInput = final.reachedEnd;
    result.header = overrides.header ? *overrides.header : looksLikeHeader(final.rows);
    return result;
}

} // namespace miq
