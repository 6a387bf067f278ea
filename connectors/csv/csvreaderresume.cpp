// CsvReader: resume positions (the rest of the reader is in csvreader.cpp).

#include "connectors/csv/csvreader.h"

#include <QDir>
#include <QFileInfo>

namespace miq {

CsvReader::Position CsvReader::position() const
{
    Position at;
    at.fileIndex = m_fileIndex;
    at.encoding = m_fileEncoding;
    at.line = m_line;
    at.splitLineFeed = m_parser.atSplitLineFeed();
    if (!m_transcoder) {
        // The parse buffer holds the file's bytes as read: [m_pos, m_end) are the last ones.
        at.offset = m_fileBytesRead - (m_end - m_pos);
    } else if (!m_transcoder->mapsToRaw()) {
        at.offset = -1;
    } else if (m_eof && m_pos == m_end) {
        // Everything is consumed, possibly including the marker finish() wrote for a character
        // cut by the end of the file, which rawLength() cannot size.
        at.offset = m_fileBytesRead;
    } else {
        at.offset = m_rawBase + m_transcoder->rawLength(m_buffer.get(), m_pos);
    }
    return at;
}

QByteArray CsvReader::resumeToken() const
{
    if (m_fileIndex < 0)
        return {};
    const Position at = m_betweenFiles ? *m_betweenFiles : position();
    if (at.offset < 0)
        return {};
    CsvResumeToken token;
    token.overrides = m_config.overrides;
    token.configEncoding = m_config.encoding;
    token.files = m_stamps;
    token.dialect = m_dialect;
    token.header = m_header;
    token.columnCount = m_columnCount;
    token.fileIndex = at.fileIndex;
    token.fileEncoding = at.encoding;
    token.offset = at.offset;
    token.splitLineFeed = at.splitLineFeed;
    token.line = at.line;
    token.recordNumber = m_recordNumber;
    return token.encode();
}

Status CsvReader::checkIdentity(const CsvResumeToken &token) const
{
    const CsvSniffOverrides &now = m_config.overrides;
    if (token.overrides.delimiter != now.delimiter || token.overrides.quote != now.quote ||
        token.overrides.header != now.header || token.configEncoding != m_config.encoding)
        return Error(tr("The settings of source '%1' have changed since the interrupted run; "
                        "start over with --full.")
                         .arg(m_config.sourceName));

    QStringList before;
    for (const CsvFileStamp &file : token.files)
        before << file.path;
    if (before != m_config.files) {
        QString what;
        for (const QString &path : std::as_const(before)) {
            if (!m_config.files.contains(path)) {
                what = tr("'%1' is gone").arg(QDir::toNativeSeparators(path));
                break;
            }
        }
        for (const QString &path : std::as_const(m_config.files)) {
            if (what.isEmpty() && !before.contains(path))
                what = tr("'%1' is new").arg(QDir::toNativeSeparators(path));
        }
        if (what.isEmpty())
            what = tr("their order changed");
        return Error(tr("The files of source '%1' have changed since the interrupted run (%2); "
                        "start over with --full.")
                         .arg(m_config.sourceName, what));
    }
    for (qsizetype i = 0; i < m_stamps.size(); ++i) {
        if (token.files.at(i) != m_stamps.at(i))
            return Error(tr("'%1' in source '%2' has changed since the interrupted run; start over with --full.")
                             .arg(QDir::toNativeSeparators(m_stamps.at(i).path), m_config.sourceName));
    }
    return {};
}

Status CsvReader::resume(const QByteArray &bytes)
{
    Result<CsvResumeToken> decoded = CsvResumeToken::decode(bytes, m_config.sourceName);
    if (!decoded)
        return Error(decoded.error());
    const CsvResumeToken &token = *decoded;
    if (Status same = checkIdentity(token); !same)
        return same;
    const Error damaged(
        tr("The saved position of source '%1' is damaged; start over with --full.").arg(m_config.sourceName));
    if ((token.dialect.header && token.header.size() != token.columnCount) ||
        token.offset > m_stamps.at(token.fileIndex).size)
        return damaged;

    // The dialect and header the first run established, not sniffed again: the bytes at the
    // resume position may well suggest another delimiter or no header.
    m_dialect = token.dialect;
    m_header = token.header;
    m_columnCount = qsizetype(token.columnCount);
    m_schema = std::make_shared<Schema>(
        schemaFromNames(m_dialect.header ? m_header : QStringList(m_columnCount, QString())));
    m_parser = CsvParser(m_dialect.delimiter, m_dialect.quote);

    if (Status started = startFile(token.fileIndex); !started)
        return started;
    for (int i = 0; i < token.fileIndex; ++i)
        m_doneBytes += m_stamps.at(i).size;
    if (!m_file.seek(token.offset))
        return Error(tr("Cannot read '%1' in source '%2': %3")
                         .arg(displayName(), m_config.sourceName, m_file.errorString()));
    m_fileBytesRead = token.offset;
    if (Status encoded = useEncoding(token.fileEncoding); !encoded)
        return encoded;
    if (m_transcoder && !m_transcoder->mapsToRaw())
        return damaged; // no token is ever made at such a position
    resetParse(token.offset, token.line);
    if (token.splitLineFeed)
        m_parser.skipLineFeed();
    m_recordNumber = token.recordNumber;
    return {};
}

} // namespace miq
