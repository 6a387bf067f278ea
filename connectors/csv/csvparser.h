#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace miq {

// One field of a parsed record, as byte offsets from the start of the record's buffer.
// A plain field is [begin, end) of the buffer. An escaped field (doubled quotes, text after the
// closing quote, or an unterminated quote) is the raw text including its quotes; fieldText()
// unescapes it. Escaped fields are rare, so the common path copies straight from the buffer.
struct CsvField
{
    qsizetype begin = 0;
    qsizetype end = 0;
    bool escaped = false;
    bool quoted = false;
};

struct CsvRecord
{
    qsizetype begin = 0;     // first byte (1 when the LF of a CR LF split across buffers was skipped)
    qsizetype end = 0;       // one past the last byte, excluding the line terminator
    qsizetype length = 0;    // bytes consumed, including the terminator
    int lineBreaks = 0;      // line breaks inside quoted fields
    bool terminated = false; // ended by a line break rather than by the end of the input
    bool unterminatedQuote = false;
    std::vector<CsvField> fields;

    bool isBlank() const { return end == begin; }
};

// An RFC 4180 record splitter over UTF-8 (or any ASCII-compatible) bytes: quoted fields,
// doubled quotes, line breaks inside quotes, LF/CRLF/CR line ends. Text after a closing quote and
// quotes inside unquoted fields are kept literally, as most spreadsheet tools do.
//
// The parser owns no buffer: next() gets the bytes from the start of the current record. When
// they end mid-record it returns NeedMore and keeps its scan state as offsets from the record
// start, so the caller may move the unconsumed tail to the front of its buffer, append more bytes
// and call again without rescanning (a 50 MB field costs one pass). Because the state is only the
// current record, a chunk that starts at a known record boundary can be parsed by its own parser
// instance on another thread.
class CsvParser
{
public:
    enum class Status {
        Record,   // record() holds a complete record of record().length bytes
        NeedMore, // call again with the same record start and more bytes
        End,      // no more records (only when atEof)
    };

    explicit CsvParser(char delimiter = ',', char quote = '"');

    char delimiter() const { return m_delimiter; }
    char quote() const { return m_quote; }

    // `data` points at the first unconsumed byte; `atEof` says no bytes will follow `size`.
    Status next(const char *data, qsizetype size, bool atEof);
    const CsvRecord &record() const { return m_record; }

    // Forgets any partial record (e.g. before starting another file).
    void reset();

    // Whether the byte at the current record start is the LF of a CR LF whose CR ended the
    // previous record (split across buffers): a resume position must carry this, or the LF would
    // read as a blank line and shift every line number after it.
    bool atSplitLineFeed() const { return m_inRecord ? m_record.begin == 1 : m_skipLf; }
    // Continues after a record that ended with a CR whose LF may come next (see above).
    void skipLineFeed() { m_skipLf = true; }

    // The text of `field`, unescaped when needed (into `scratch`, which the view may point to).
    // Inline: it runs once per cell, and plain fields are just a view into the buffer.
    std::string_view fieldText(const char *data, const CsvField &field, std::string &scratch) const
    {
        if (!field.escaped)
            return std::string_view(data + field.begin, std::size_t(field.end - field.begin));
        return unescape(std::string_view(data + field.begin, std::size_t(field.end - field.begin)), scratch);
    }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    std::string_view unescape(std::string_view raw, std::string &scratch) const;
    Status suspend(const char *data, const char *p);
    Status finish(const char *data, qsizetype end, qsizetype length, bool terminated);
    Status endOfLine(const char *data, const char *eol, const char *bufferEnd, bool atEof);
    void pushField(qsizetype begin, qsizetype end);
    void pushQuotedField(qsizetype closingQuote);

    char m_delimiter;
    char m_quote;
    CsvRecord m_record;
    State m_state = State::FieldStart;
    bool m_inRecord = false;
    bool m_skipLf = false;   // the previous record ended with a CR at the end of the buffer
    bool m_escaped = false;  // current field needs unescaping
    bool m_sawQuote = false; // current record has a quoted field (may hold line breaks)
    qsizetype m_scan = 0;    // where to resume, from the record start
    qsizetype m_fieldBegin = 0;
};

} // namespace miq
