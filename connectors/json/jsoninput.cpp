#include "connectors/json/jsoninput.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace miq {

std::optional<QString> JsonInput::open(const QString &path)
{
    // QFile happily opens a directory on some platforms; reading it then fails obscurely.
    if (QFileInfo(path).isDir())
        return QCoreApplication::translate("miq::JsonInput", "it is a folder, not a file");
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return m_file.errorString();
    m_device = &m_file;
    m_totalBytes = m_file.size();
    m_raw.resize(BufferSize);
    m_encodingName = QStringLiteral("UTF-8");
    detectByteOrderMark();
    return std::nullopt;
}

void JsonInput::openBytes(const QByteArray &bytes)
{
    m_bytes.setData(bytes);
    m_bytes.open(QIODevice::ReadOnly);
    m_device = &m_bytes;
    m_totalBytes = bytes.size();
    m_raw.resize(BufferSize);
    m_encodingName = QStringLiteral("UTF-8");
    detectByteOrderMark();
}

void JsonInput::detectByteOrderMark()
{
    const qint64 n = m_device->read(m_raw.data(), qint64(m_raw.size()));
    if (n < 0) {
        m_readError = m_device->errorString();
        m_atEnd = true;
        m_begin = m_pos = m_end = m_raw.data();
        return;
    }
    const auto b = [&](qint64 i) { return i < n ? static_cast<unsigned char>(m_raw[std::size_t(i)]) : 0x100; };
    std::optional<QStringConverter::Encoding> encoding;
    qint64 skip = 0;
    if (b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF) {
        skip = 3;
    } else if (b(0) == 0xFF && b(1) == 0xFE && b(2) == 0 && b(3) == 0) {
        encoding = QStringConverter::Utf32LE, skip = 4;
    } else if (b(0) == 0 && b(1) == 0 && b(2) == 0xFE && b(3) == 0xFF) {
        encoding = QStringConverter::Utf32BE, skip = 4;
    } else if (b(0) == 0xFF && b(1) == 0xFE) {
        encoding = QStringConverter::Utf16LE, skip = 2;
    } else if (b(0) == 0xFE && b(1) == 0xFF) {
        encoding = QStringConverter::Utf16BE, skip = 2;
    } else if (n >= 4) {
        // Without a mark, JSON text starts with an ASCII character, so the zero bytes around the
        // first character give the encoding away (RFC 4627, section 3).
        if (b(0) == 0 && b(1) == 0 && b(2) == 0 && b(3) != 0)
            encoding = QStringConverter::Utf32BE;
        else if (b(0) != 0 && b(1) == 0 && b(2) == 0 && b(3) == 0)
            encoding = QStringConverter::Utf32LE;
        else if (b(0) == 0 && b(1) != 0)
            encoding = QStringConverter::Utf16BE;
        else if (b(0) != 0 && b(1) == 0)
            encoding = QStringConverter::Utf16LE;
    }

    if (!encoding) {
        m_begin = m_raw.data();
        m_pos = m_begin + skip;
        m_end = m_begin + n;
        m_atEnd = n == 0;
        return;
    }
    m_encodingName = QString::fromLatin1(QStringConverter::nameForEncoding(*encoding));
    m_decoder.emplace(*encoding); // stateful: characters may straddle two reads
    const QString text = (*m_decoder)(QByteArrayView(m_raw.data() + skip, n - skip));
    const QByteArray utf8 = text.toUtf8();
    m_decoded.assign(utf8.constData(), std::size_t(utf8.size()));
    m_begin = m_pos = m_decoded.data();
    m_end = m_pos + m_decoded.size();
}

bool JsonInput::seek(qint64 offset, qint64 line, qint64 column)
{
    if (m_decoder || offset < 0 || offset > m_totalBytes || !m_device->seek(offset))
        return false;
    // Empty buffer at `offset`: the next peek() refills from there.
    m_bufferFileOffset = offset;
    m_begin = m_pos = m_end = m_raw.data();
    m_atEnd = false;
    m_line = line;
    m_column = column;
    m_capturing = false;
    m_capture.clear();
    return true;
}

void JsonInput::appendCapture(const char *from, const char *to)
{
    const std::size_t room = MaxCapture - std::min(MaxCapture, m_capture.size());
    m_capture.append(from, std::min(room, std::size_t(to - from)));
}

bool JsonInput::refill()
{
    if (m_capturing) {
        // The buffer is about to be overwritten: keep what the capture needs of it.
        appendCapture(m_captureFrom, m_end);
        m_captureFrom = m_end;
    }
    while (!m_atEnd) {
        const qint64 n = m_device->read(m_raw.data(), qint64(m_raw.size()));
        if (n < 0)
            m_readError = m_device->errorString();
        if (n <= 0) {
            m_atEnd = true;
            return false;
        }
        if (!m_decoder) {
            m_bufferFileOffset += m_end - m_begin;
            m_begin = m_captureFrom = m_pos = m_raw.data();
            m_end = m_pos + n;
            return true;
        }
        // The decoder keeps a character split across two reads for the next call, so a chunk
        // can decode to nothing; read on in that case.
        const QString text = (*m_decoder)(QByteArrayView(m_raw.data(), n));
        const QByteArray utf8 = text.toUtf8();
        m_decoded.assign(utf8.constData(), std::size_t(utf8.size()));
        m_begin = m_captureFrom = m_pos = m_decoded.data();
        m_end = m_pos + m_decoded.size();
        if (m_pos != m_end)
            return true;
    }
    return false;
}

std::string_view JsonInput::takePlainRun()
{
    if (m_pos == m_end && !refill())
        return {};
    const char *start = m_pos;
    const char *p = m_pos;
    qint64 characters = 0;
    while (p < m_end) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"' || c == '\\' || c < 0x20)
            break;
        characters += (c & 0xC0) != 0x80;
        ++p;
    }
    m_column += characters;
    m_pos = p;
    return std::string_view(start, std::size_t(p - start));
}

qint64 JsonInput::bytesRead() const
{
    if (m_decoder)
        return m_device->pos(); // transcoded text has no byte-exact mapping back; a buffer ahead at most
    return m_bufferFileOffset + (m_pos - m_begin);
}

} // namespace miq
