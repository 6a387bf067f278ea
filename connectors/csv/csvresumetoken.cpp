#include "connectors/csv/csvresumetoken.h"

#include "connectors/resumesupport.h"

#include <QDataStream>
#include <QDateTime>
#include <QFileInfo>
#include <QIODevice>

namespace miq {

namespace {

// Optional settings as one signed byte: -1 = not set (sniffed), otherwise the value.
qint8 optionalByte(const std::optional<char> &value)
{
    return value ? qint8(*value) : qint8(-1);
}

std::optional<char> optionalChar(qint8 byte)
{
    return byte < 0 ? std::nullopt : std::optional<char>(char(byte));
}

} // namespace

QByteArray CsvResumeToken::encode() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(resumeStreamVersion);
    out << magic << formatVersion;
    out << optionalByte(overrides.delimiter) << optionalByte(overrides.quote)
        << qint8(overrides.header ? qint8(*overrides.header) : qint8(-1)) << configEncoding;
    out << qint32(files.size());
    for (const CsvFileStamp &file : files) {
        writeTokenText(out, file.path);
        out << file.size << file.modified;
    }
    out << qint8(dialect.delimiter) << qint8(dialect.quote) << dialect.header << dialect.encoding;
    out << qint32(header.size());
    for (const QString &name : header)
        writeTokenText(out, name);
    out << columnCount << fileIndex << fileEncoding << offset << splitLineFeed << line << recordNumber;
    return bytes;
}

Result<CsvResumeToken> CsvResumeToken::decode(const QByteArray &bytes, const QString &sourceName)
{
    QDataStream in(bytes);
    if (Status header = readTokenHeader(in, magic, formatVersion, tr("source '%1'").arg(sourceName), tr("delimited text")); !header)
        return header.failure();

    CsvResumeToken token;
    qint8 delimiter = 0;
    qint8 quote = 0;
    qint8 header = 0;
    in >> delimiter >> quote >> header >> token.configEncoding;
    token.overrides.delimiter = optionalChar(delimiter);
    token.overrides.quote = optionalChar(quote);
    if (header >= 0)
        token.overrides.header = header != 0;
    qint32 fileCount = 0;
    in >> fileCount;
    for (qint32 i = 0; i < fileCount && in.status() == QDataStream::Ok; ++i) {
        CsvFileStamp file;
        file.path = readTokenText(in);
        in >> file.size >> file.modified;
        token.files.append(file);
    }
    qint8 dialectDelimiter = 0;
    qint8 dialectQuote = 0;
    in >> dialectDelimiter >> dialectQuote >> token.dialect.header >> token.dialect.encoding;
    token.dialect.delimiter = char(dialectDelimiter);
    token.dialect.quote = char(dialectQuote);
    qint32 headerCount = 0;
    in >> headerCount;
    for (qint32 i = 0; i < headerCount && in.status() == QDataStream::Ok; ++i)
        token.header.append(readTokenText(in));
    in >> token.columnCount >> token.fileIndex >> token.fileEncoding >> token.offset >> token.splitLineFeed
        >> token.line >> token.recordNumber;

    const bool consistent = in.status() == QDataStream::Ok && in.atEnd() && fileCount >= 0 &&
                            token.fileIndex >= 0 && token.fileIndex < token.files.size() && token.offset >= 0 &&
                            token.line >= 1 && token.recordNumber >= 0 && token.columnCount >= 0;
    if (!consistent)
        return Error(tr("The saved position of source '%1' is damaged; start over with --full.").arg(sourceName));
    return token;
}

} // namespace miq
