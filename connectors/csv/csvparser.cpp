#include "connectors/csv/csvparser.h"

#include <bit>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define MIQ_CSV_SSE2 1
#endif

namespace miq {

namespace {

// The end of an unquoted field: the first delimiter, CR or LF at or after `p`, or `end`.
// This is the innermost loop of the reader, so it tests 16 bytes per step where SSE2 exists
// (every x86-64 CPU); most fields end within the first step.
inline const char *findFieldEnd(const char *p, const char *end, char delimiter)
{
#ifdef MIQ_CSV_SSE2
    const __m128i delim = _mm_set1_epi8(delimiter);
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hits = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, delim), _mm_cmpeq_epi8(bytes, lf)), _mm_cmpeq_epi8(bytes, cr));
        const unsigned mask = unsigned(_mm_movemask_epi8(hits));
        if (mask)
            return p + std::countr_zero(mask);
        p += 16;
    }
#endif
    while (p < end && *p != delimiter && *p != '\n' && *p != '\r')
        ++p;
    return p;
}

// Line breaks (LF, CRLF or a lone CR) in [p, end): only called for records with quoted fields.
int countLineBreaks(const char *p, const char *end)
{
    int breaks = 0;
    const bool hasCr = std::memchr(p, '\r', std::size_t(end - p)) != nullptr;
    if (!hasCr) {
        while ((p = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p))))) {
            ++breaks;
            ++p;
        }
        return breaks;
    }
    for (; p < end; ++p) {
        if (*p == '\n')
            ++breaks;
        else if (*p == '\r' && (p + 1 == end || p[1] != '\n'))
            ++breaks;
    }
    return breaks;
}

} // namespace

CsvParser::CsvParser(char delimiter, char quote)
    : m_delimiter(delimiter)
    , m_quote(quote)
{
    m_record.fields.reserve(64);
}

void CsvParser::reset()
{
    m_state = State::FieldStart;
    m_inRecord = false;
    m_skipLf = false;
    m_escaped = false;
    m_sawQuote = false;
    m_scan = 0;
    m_fieldBegin = 0;
    m_record.fields.clear();
}

CsvParser::Status CsvParser::suspend(const char *data, const char *p)
{
    m_scan = p - data;
    return Status::NeedMore;
}

void CsvParser::pushField(qsizetype begin, qsizetype end)
{
    m_record.fields.push_back({begin, end, m_escaped, false});
    m_escaped = false;
}

void CsvParser::pushQuotedField(qsizetype closingQuote)
{
    if (m_escaped)
        m_record.fields.push_back({m_fieldBegin, closingQuote + 1, true, true});
    else
        m_record.fields.push_back({m_fieldBegin + 1, closingQuote, false, true});
    m_escaped = false;
}

CsvParser::Status CsvParser::finish(const char *data, qsizetype end, qsizetype length, bool terminated)
{
    m_record.end = end;
    m_record.length = length;
    m_record.terminated = terminated;
    m_record.lineBreaks = m_sawQuote ? countLineBreaks(data + m_record.begin, data + end) : 0;
    m_inRecord = false;
    m_state = State::FieldStart;
    m_scan = 0;
    return Status::Record;
}

CsvParser::Status CsvParser::endOfLine(const char *data, const char *eol, const char *bufferEnd, bool atEof)
{
    const qsizetype end = eol - data;
    if (*eol == '\n')
        return finish(data, end, end + 1, true);
    if (eol + 1 < bufferEnd)
        return finish(data, end, end + (eol[1] == '\n' ? 2 : 1), true);
    // A CR as the last byte: its LF, if any, is in the next buffer. End the record now and let
    // the next call skip that LF, rather than holding a complete record back.
    m_skipLf = !atEof;
    return finish(data, end, end + 1, true);
}

CsvParser::Status CsvParser::next(const char *data, qsizetype size, bool atEof)
{
    if (!m_inRecord) {
        qsizetype begin = 0;
        if (m_skipLf) {
            if (size == 0)
                return atEof ? Status::End : Status::NeedMore;
            m_skipLf = false;
            begin = data[0] == '\n' ? 1 : 0;
        }
        if (begin == size && atEof)
            return Status::End;
        m_inRecord = true;
        m_record.begin = begin;
        m_record.unterminatedQuote = false;
        m_record.fields.clear();
        m_state = State::FieldStart;
        m_sawQuote = false;
        m_escaped = false;
        m_scan = begin;
    }

    const char *p = data + m_scan;
    const char *const end = data + size;
    for (;;) {
        switch (m_state) {
        case State::FieldStart:
            if (p == end) {
                if (!atEof)
                    return suspend(data, p);
                if (m_record.fields.empty() && p - data == m_record.begin) {
                    m_inRecord = false; // nothing followed the last line break
                    return Status::End;
                }
                // Input ends right after a delimiter: that delimiter opened one last empty field.
                pushField(size, size);
                return finish(data, size, size, false);
            }
            m_fieldBegin = p - data;
            if (*p == m_quote && m_quote) {
                m_state = State::Quoted;
                m_sawQuote = true;
                ++p;
                continue;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            const char *stop = findFieldEnd(p, end, m_delimiter);
            if (stop == end) {
                if (!atEof)
                    return suspend(data, stop);
                pushField(m_fieldBegin, size);
                return finish(data, size, size, false);
            }
            pushField(m_fieldBegin, stop - data);
            if (*stop == m_delimiter) {
                p = stop + 1;
                m_state = State::FieldStart;
                continue;
            }
            return endOfLine(data, stop, end, atEof);
        }
        case State::Quoted: {
            const auto *closing = static_cast<const char *>(std::memchr(p, m_quote, std::size_t(end - p)));
            if (!closing) {
                if (!atEof)
                    return suspend(data, end);
                m_record.unterminatedQuote = true;
                m_escaped = true;
                pushField(m_fieldBegin, size);
                return finish(data, size, size, false);
            }
            p = closing + 1;
            m_state = State::QuoteInQuoted;
            continue;
        }
        case State::QuoteInQuoted: {
            if (p == end) {
                if (!atEof)
                    return suspend(data, p);
                pushQuotedField(size - 1);
                return finish(data, size, size, false);
            }
            const char c = *p;
            if (c == m_quote) { // a doubled quote stands for one quote
                m_escaped = true;
                ++p;
                m_state = State::Quoted;
                continue;
            }
            if (c == m_delimiter) {
                pushQuotedField(p - 1 - data);
                ++p;
                m_state = State::FieldStart;
                continue;
            }
            if (c == '\n' || c == '\r') {
                pushQuotedField(p - 1 - data);
                return endOfLine(data, p, end, atEof);
            }
            // Text after the closing quote ("abc"def): kept, the rest of the field is literal.
            m_escaped = true;
            m_state = State::Unquoted;
            continue;
        }
        }
    }
}

std::string_view CsvParser::unescape(std::string_view raw, std::string &scratch) const
{
    scratch.clear();
    std::size_t i = 0;
    if (!raw.empty() && raw[0] == m_quote) {
        i = 1;
        for (;;) {
            const std::size_t q = raw.find(m_quote, i);
            if (q == std::string_view::npos) { // unterminated: the rest is the value
                scratch.append(raw.substr(i));
                return scratch;
            }
            scratch.append(raw.substr(i, q - i));
            if (q + 1 < raw.size() && raw[q + 1] == m_quote) {
                scratch.push_back(m_quote);
                i = q + 2;
                continue;
            }
            i = q + 1;
            break;
        }
    }
    scratch.append(raw.substr(i));
    return scratch;
}

} // namespace miq
