#pragma once

#include <QBuffer>
#include <QFile>
#include <QString>
#include <QStringDecoder>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace miq {

// A forward-only UTF-8 byte stream over a file (or bytes in memory, such as one page of a REST
// response), read through a fixed-size buffer so memory stays bounded whatever the file size.
// Skips a UTF-8 byte order mark and transcodes UTF-16/UTF-32 files that start with one. Tracks
// the 1-based line and column (in characters, not bytes) of the next byte, so parse errors can
// point at the exact place, and can capture the bytes of the record being read (bounded) for
// quarantine.
class JsonInput
{
public:
    static constexpr std::size_t BufferSize = 64 * 1024;
    static constexpr std::size_t MaxCapture = 4 * 1024;

    // Opens the file; on failure returns the operating system's reason.
    std::optional<QString> open(const QString &path);
    // Reads `bytes` instead of a file (implicitly shared: no copy). Never fails.
    void openBytes(const QByteArray &bytes);
    // Continues reading at a byte offset of a UTF-8 file that bytesRead() returned earlier, with
    // the line and column that were current there. False for transcoded input (its offsets are
    // not byte-exact) and when the file cannot seek.
    bool seek(qint64 offset, qint64 line, qint64 column);
    // Whether the file is read through a decoder (UTF-16/32): bytesRead() is then approximate.
    bool transcoded() const { return m_decoder.has_value(); }

    // The next byte, or -1 at the end of the input (or after a read error).
    int peek()
    {
        if (m_pos == m_end && !refill())
            return -1;
        return static_cast<unsigned char>(*m_pos);
    }
    // Consumes the byte peek() returned; only valid when that was not -1.
    void advance()
    {
        const char c = *m_pos++;
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++m_column; // UTF-8 continuation bytes belong to the previous character
        }
    }
    // Consumes a run of string bytes that need no unescaping (no quote, backslash or control
    // character) from the current buffer and returns them; empty when the next byte is special.
    // The hot path of reading strings: one bulk copy instead of a call per byte.
    std::string_view takePlainRun();

    qint64 line() const { return m_line; }
    qint64 column() const { return m_column; }

    // Bytes of the file consumed so far and the file size, for progress.
    qint64 bytesRead() const;
    qint64 totalBytes() const { return m_totalBytes; }
    // The encoding found from the byte order mark: "UTF-8", "UTF-16LE", ...
    const QString &encodingName() const { return m_encodingName; }
    // Set when reading failed midway (the input then behaves as if it ended).
    const QString &readError() const { return m_readError; }

    // Captures the bytes consumed from startCapture() to stopCapture(), at most MaxCapture.
    // They are copied from the buffer in one go when the record ends or the buffer is refilled,
    // not byte by byte: every record is captured in case it turns out bad.
    void startCapture()
    {
        m_capture.clear();
        m_capturing = true;
        m_captureFrom = m_pos;
    }
    void stopCapture()
    {
        if (m_capturing)
            appendCapture(m_captureFrom, m_pos);
        m_capturing = false;
    }
    const std::string &capture() const { return m_capture; }

private:
    bool refill();
    void detectByteOrderMark();
    void appendCapture(const char *from, const char *to);

    QFile m_file;
    QBuffer m_bytes;
    QIODevice *m_device = &m_file; // m_file or m_bytes
    std::string m_raw;     // bytes as read from the file
    std::string m_decoded; // UTF-8 text when the file is transcoded
    std::optional<QStringDecoder> m_decoder;
    const char *m_pos = nullptr;
    const char *m_end = nullptr;
    const char *m_begin = nullptr; // start of the current buffer, for bytesRead()
    qint64 m_bufferFileOffset = 0; // file offset of m_begin (UTF-8 input only)
    qint64 m_totalBytes = -1;
    qint64 m_line = 1;
    qint64 m_column = 1;
    bool m_atEnd = false;
    bool m_capturing = false;
    const char *m_captureFrom = nullptr; // start of the not yet copied part of the capture
    std::string m_capture;
    QString m_encodingName;
    QString m_readError;
};

} // namespace miq
