#include "connectors/xlsx/xlsxresumetoken.h"

#include <QDataStream>
#include <QIODevice>

namespace miq {

QByteArray XlsxResumeToken::encodePrefix() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(resumeStreamVersion);
    out << magic << formatVersion;
    writeTokenText(out, file.path);
    out << file.size << file.modified;
    writeTokenText(out, sheet);
    out << quint8(header) << fillMerged;
    out << layout.headerRow << qint32(layout.firstColumn) << qint32(layout.names.size());
    for (const QString &name : layout.names)
        writeTokenText(out, name);
    return bytes;
}

QByteArray XlsxResumeToken::encode(const QByteArray &prefix, qint64 lastRow, qint64 recordNumber)
{
    QByteArray bytes = prefix;
    QDataStream out(&bytes, QIODevice::Append);
    out.setVersion(resumeStreamVersion);
    out << lastRow << recordNumber;
    return bytes;
}

Result<XlsxResumeToken> XlsxResumeToken::decode(const QByteArray &bytes, const QString &describedSheet)
{
    QDataStream in(bytes);
    if (Status header = readTokenHeader(in, magic, formatVersion, describedSheet, tr("an Excel sheet")); !header)
        return header.failure();
    XlsxResumeToken token;
    token.file.path = readTokenText(in);
    in >> token.file.size >> token.file.modified;
    token.sheet = readTokenText(in);
    quint8 header = 0;
    in >> header >> token.fillMerged;
    token.header = XlsxHeaderMode(header);
    qint32 firstColumn = 0;
    qint32 columns = 0;
    in >> token.layout.headerRow >> firstColumn >> columns;
    token.layout.firstColumn = firstColumn;
    for (qint32 i = 0; i < columns && in.status() == QDataStream::Ok; ++i)
        token.layout.names << readTokenText(in);
    in >> token.lastRow >> token.recordNumber;
    const bool consistent = in.status() == QDataStream::Ok && in.atEnd() && header <= quint8(XlsxHeaderMode::No) &&
                            firstColumn >= 0 && columns >= 0 && firstColumn + columns <= 18278 &&
                            token.layout.headerRow >= 0 && token.lastRow >= token.layout.headerRow &&
                            token.recordNumber >= 0;
    if (!consistent)
        return Error(tr("The saved position of %1 is damaged; start over with --full.").arg(describedSheet));
    return token;
}

} // namespace miq
