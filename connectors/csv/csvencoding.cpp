#include "connectors/csv/csvencoding.h"

#include <uchardet.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <type_traits>
#include <utility>

namespace miq {

namespace {

const char bomUtf8[] = "\xEF\xBB\xBF";
const char bomUtf16LE[] = "\xFF\xFE";
const char bomUtf16BE[] = "\xFE\xFF";

// windows-1252 code points of bytes 0x80-0x9F; the five undefined bytes map to the C1 control
// of the same value, as Windows and the WHATWG encoding standard do.
constexpr char16_t windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

inline char *putUtf8(char *out, char32_t cp)
{
    if (cp < 0x80) {
        *out++ = char(cp);
    } else if (cp < 0x800) {
        *out++ = char(0xC0 | (cp >> 6));
        *out++ = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = char(0xE0 | (cp >> 12));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    } else {
        *out++ = char(0xF0 | (cp >> 18));
        *out++ = char(0x80 | ((cp >> 12) & 0x3F));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    }
    return out;
}

bool startsWith(std::string_view sample, const char *bom)
{
    return sample.substr(0, std::strlen(bom)) == bom;
}

// Without a BOM, mostly-ASCII UTF-16 shows as a zero in every other byte.
QByteArray utf16ByZeroBytes(std::string_view sample)
{
    const std::size_t n = std::min<std::size_t>(sample.size(), 4096) & ~std::size_t(1);
    if (n < 4)
        return {};
    std::size_t zeroEven = 0;
    std::size_t zeroOdd = 0;
    for (std::size_t i = 0; i < n; i += 2) {
        zeroEven += sample[i] == 0;
        zeroOdd += sample[i + 1] == 0;
    }
    const std::size_t units = n / 2;
    if (zeroOdd * 10 >= units * 3 && zeroEven * 20 <= units)
        return "UTF-16LE";
    if (zeroEven * 10 >= units * 3 && zeroOdd * 20 <= units)
        return "UTF-16BE";
    return {};
}

// Drops a multi-byte character cut by the end of a sample, so that the cut is not taken for
// invalid UTF-8.
std::string_view withoutCutCharacter(std::string_view sample)
{
    const auto n = qsizetype(sample.size());
    for (qsizetype back = 1; back <= 4 && back <= n; ++back) {
        const auto c = uchar(sample[std::size_t(n - back)]);
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: keep looking for the lead byte
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return length > back ? sample.substr(0, std::size_t(n - back)) : sample;
    }
    return sample;
}

QByteArray guessWithUchardet(std::string_view sample)
{
    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(uchardet_new(),
                                                                                            uchardet_delete);
    uchardet_handle_data(detector.get(), sample.data(), sample.size());
    uchardet_data_end(detector.get());
    const QByteArray charset = QByteArray(uchardet_get_charset(detector.get())).toUpper();
    const bool hasC1Bytes = std::any_of(sample.begin(), sample.end(),
                                        [](char c) { return uchar(c) >= 0x80 && uchar(c) <= 0x9F; });
    if (charset == "ISO-8859-1")
        return hasC1Bytes ? "windows-1252" : "ISO-8859-1";
    if (charset.isEmpty() || charset == "WINDOWS-1252" || charset == "ASCII" || charset == "UTF-8")
        return "windows-1252"; // the bytes are not valid UTF-8, and every byte decodes in 1252
    if (charset == "UTF-16LE" || charset == "UTF-16BE")
        return charset;
    return QStringDecoder(charset.constData()).isValid() ? charset : QByteArray("windows-1252");
}

} // namespace

CsvEncoding::Detection CsvEncoding::detect(std::string_view sample, bool complete)
{
    if (startsWith(sample, bomUtf8))
        return {"UTF-8", 3};
    if (startsWith(sample, bomUtf16LE))
        return {"UTF-16LE", 2};
    if (startsWith(sample, bomUtf16BE))
        return {"UTF-16BE", 2};
    if (QByteArray utf16 = utf16ByZeroBytes(sample); !utf16.isEmpty())
        return {utf16, 0};
    const std::string_view checked = complete ? sample : withoutCutCharacter(sample);
    if (invalidUtf8Offset(checked.data(), qsizetype(checked.size())) < 0)
        return {"UTF-8", 0};
    return {guessWithUchardet(sample), 0};
}

int CsvEncoding::bomLength(std::string_view sample, const QByteArray &encoding)
{
    if (encoding == "UTF-8" && startsWith(sample, bomUtf8))
        return 3;
    if (encoding == "UTF-16LE" && startsWith(sample, bomUtf16LE))
        return 2;
    if (encoding == "UTF-16BE" && startsWith(sample, bomUtf16BE))
        return 2;
    return 0;
}

QByteArray CsvEncoding::canonicalName(const QString &name)
{
    const QString key = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (key == u"utf8")
        return "UTF-8";
    if (key == u"utf16le")
        return "UTF-16LE";
    if (key == u"utf16be")
        return "UTF-16BE";
    if (key == u"iso88591" || key == u"latin1")
        return "ISO-8859-1";
    if (key == u"windows1252" || key == u"cp1252")
        return "windows-1252";
    const QByteArray other = name.trimmed().toLatin1();
    return !other.isEmpty() && QStringDecoder(other.constData()).isValid() ? other : QByteArray();
}

QStringList CsvEncoding::commonNames()
{
    return {QStringLiteral("UTF-8"), QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE"),
            QStringLiteral("ISO-8859-1"), QStringLiteral("windows-1252")};
}

qsizetype invalidUtf8Offset(const char *text, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text);
    qsizetype i = 0;
    while (i < size) {
        // ASCII runs dominate real data: skip them eight bytes at a time.
        while (size - i >= 8) {
            std::uint64_t word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i == size)
            break;
        const unsigned c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int trail = 0;
        unsigned low = 0x80;
        unsigned high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            trail = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            trail = 2;
            low = c == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
            high = c == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            trail = 3;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
        } else {
            return i;
        }
        if (size - i <= trail || s[i + 1] < low || s[i + 1] > high)
            return i;
        for (int k = 2; k <= trail; ++k)
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        i += trail + 1;
    }
    return -1;
}

CsvTranscoder::CsvTranscoder(const QByteArray &encoding)
{
    if (encoding == "UTF-16LE")
        m_kind = Kind::Utf16LE;
    else if (encoding == "UTF-16BE")
        m_kind = Kind::Utf16BE;
    else if (encoding == "ISO-8859-1")
        m_kind = Kind::Latin1;
    else if (encoding == "windows-1252")
        m_kind = Kind::Windows1252;
    else
        m_decoder = QStringDecoder(encoding.constData(), QStringDecoder::Flag::ConvertInvalidToNull);
}

bool CsvTranscoder::isValid() const
{
    return m_kind != Kind::Other || m_decoder.isValid();
}

char *CsvTranscoder::convert(const char *data, qsizetype size, char *out)
{
    switch (m_kind) {
    case Kind::Utf16LE:
    case Kind::Utf16BE:
        return convertUtf16(data, size, out);
    case Kind::Latin1:
        for (qsizetype i = 0; i < size; ++i)
            out = putUtf8(out, uchar(data[i]));
        return out;
    case Kind::Windows1252:
        for (qsizetype i = 0; i < size; ++i) {
            const uchar c = uchar(data[i]);
            out = putUtf8(out, c >= 0x80 && c < 0xA0 ? windows1252High[c - 0x80] : char16_t(c));
        }
        return out;
    case Kind::Other:
        return convertOther(data, size, out);
    }
    return out;
}

char *CsvTranscoder::convertUtf16(const char *data, qsizetype size, char *out)
{
    const bool littleEndian = m_kind == Kind::Utf16LE;
    auto put = [&](uchar first, uchar second) {
        const char16_t unit = littleEndian ? char16_t(first | second << 8) : char16_t(first << 8 | second);
        const bool isLow = unit >= 0xDC00 && unit <= 0xDFFF;
        if (m_highSurrogate) {
            const char16_t high = std::exchange(m_highSurrogate, 0);
            if (isLow) {
                out = putUtf8(out, 0x10000 + (char32_t(high - 0xD800) << 10) + (unit - 0xDC00));
                return;
            }
            *out++ = invalidMarker; // a high surrogate without its pair
        }
        if (unit >= 0xD800 && unit <= 0xDBFF)
            m_highSurrogate = unit;
        else if (isLow)
            *out++ = invalidMarker;
        else
            out = putUtf8(out, unit);
    };
    const auto *s = reinterpret_cast<const uchar *>(data);
    const uchar *end = s + size;
    if (m_pendingByte >= 0 && s < end) {
        put(uchar(m_pendingByte), *s++);
        m_pendingByte = -1;
    }
    for (; end - s >= 2; s += 2)
        put(s[0], s[1]);
    if (s < end)
        m_pendingByte = *s;
    return out;
}

char *CsvTranscoder::convertOther(const char *data, qsizetype size, char *out)
{
    QString text = m_decoder.decode(QByteArrayView(data, size));
    if (m_highSurrogate)
        text.prepend(QChar(std::exchange(m_highSurrogate, 0)));
    if (!text.isEmpty() && text.back().isHighSurrogate()) { // its pair comes with the next chunk
        m_highSurrogate = text.back().unicode();
        text.chop(1);
    }
    const QByteArray utf8 = text.toUtf8();
    char *const begin = out;
    std::memcpy(out, utf8.constData(), std::size_t(utf8.size()));
    out += utf8.size();
    // ConvertInvalidToNull turned undecodable bytes into U+0000; the error flag is sticky, so
    // after the first error a genuine NUL is reported too, which errs on the side of reporting.
    if (m_decoder.hasError())
        std::replace(begin, out, '\0', invalidMarker);
    return out;
}

qint64 CsvTranscoder::rawLength(const char *utf8, qsizetype size) const
{
    const auto *s = reinterpret_cast<const uchar *>(utf8);
    qint64 raw = 0;
    switch (m_kind) {
    case Kind::Latin1:
    case Kind::Windows1252:
        // One byte per character, whatever its UTF-8 length: count the lead bytes.
        for (qsizetype i = 0; i < size; ++i)
            raw += (s[i] & 0xC0) != 0x80;
        return raw;
    case Kind::Utf16LE:
    case Kind::Utf16BE:
        // Two bytes per code unit: characters beyond the BMP (4-byte UTF-8) took a surrogate pair;
        // an invalid marker stands for one unpaired surrogate.
        for (qsizetype i = 0; i < size; ++i) {
            const uchar c = s[i];
            if ((c & 0xC0) == 0x80)
                continue;
            raw += c >= 0xF0 && uchar(invalidMarker) != c ? 4 : 2;
        }
        return raw;
    case Kind::Other:
        break;
    }
    return -1;
}

char *CsvTranscoder::finish(char *out)
{
    if (m_pendingByte >= 0 || m_highSurrogate)
        *out++ = invalidMarker;
    m_pendingByte = -1;
    m_highSurrogate = 0;
    return out;
}

} // namespace miq
