#pragma once

#include <QByteArray>
#include <QStringDecoder>
#include <QStringList>

#include <string_view>

namespace miq {

// Character encodings of text files: detection from the first bytes, and streaming transcoding
// to UTF-8 so that the parser and the record batches only ever see UTF-8.
class CsvEncoding
{
public:
    struct Detection
    {
        QByteArray name;
        int bomLength = 0;
    };

    // From a byte order mark, the zero bytes of BOM-less UTF-16, UTF-8 validity, and otherwise
    // libuchardet. `complete` says the sample is the whole file (no character cut at its end).
    static Detection detect(std::string_view sample, bool complete);
    // Length of `encoding`'s byte order mark at the start of `sample` (0 when there is none).
    static int bomLength(std::string_view sample, const QByteArray &encoding);
    // The canonical name for a user-given one ("utf8", "latin1", "cp1252"...), empty if unknown.
    static QByteArray canonicalName(const QString &name);
    // The encodings offered in the source settings, besides "auto".
    static QStringList commonNames();
    static bool isUtf8(const QByteArray &name) { return name == "UTF-8"; }
};

// Offset of the first byte of [text, text + size) that is not part of valid UTF-8, or -1.
qsizetype invalidUtf8Offset(const char *text, qsizetype size);

// Converts a byte stream to UTF-8 chunk by chunk. A character split between two chunks is
// completed by the next call. Bytes the encoding cannot decode (a lone UTF-16 surrogate, a cut
// character at the end) become 0xFF, which is never valid UTF-8: the reader's UTF-8 check then
// reports the record holding them instead of letting the value be silently altered.
class CsvTranscoder
{
public:
    static constexpr char invalidMarker = '\xFF';

    explicit CsvTranscoder(const QByteArray &encoding);

    bool isValid() const;
    // Upper bound of the output for `size` input bytes (including bytes held from earlier calls).
    static qsizetype maxOutput(qsizetype size) { return 3 * size + 8; }
    // Writes the UTF-8 form of the input at `out` and returns the end of what was written.
    char *convert(const char *data, qsizetype size, char *out);
    // Flushes at the end of the input: an incomplete character becomes the invalid marker.
    char *finish(char *out);

    // Whether rawLength() can map output back to input bytes. It can for the encodings decoded
    // here code unit by code unit; not for those left to QStringDecoder, whose replacement of
    // undecodable sequences hides how many bytes they took.
    bool mapsToRaw() const { return m_kind != Kind::Other; }
    // The input bytes that produced [utf8, utf8 + size) of the output, which must start and end
    // on character boundaries; lets a reader turn a record start into a file offset to resume at.
    // Not valid for the marker finish() writes (the caller knows it is at the end of the file).
    qint64 rawLength(const char *utf8, qsizetype size) const;

private:
    enum class Kind { Utf16LE, Utf16BE, Latin1, Windows1252, Other };

    char *convertUtf16(const char *data, qsizetype size, char *out);
    char *convertOther(const char *data, qsizetype size, char *out);

    Kind m_kind = Kind::Other;
    int m_pendingByte = -1;       // UTF-16: first byte of a code unit split between chunks
    char16_t m_highSurrogate = 0; // UTF-16 and Other: a pair's first half, waiting for the second
    QStringDecoder m_decoder;     // Other
};

} // namespace miq
