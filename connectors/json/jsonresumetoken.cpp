#include "connectors/json/jsonresumetoken.h"

#include "connectors/resumesupport.h"

#include <QDataStream>
#include <QDateTime>
#include <QFileInfo>
#include <QIODevice>

namespace miq {

QByteArray JsonResumeToken::encodePrefix() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(resumeStreamVersion);
    out << magic << formatVersion;
    writeTokenText(out, file.path);
    out << file.size << file.modified;
    out << quint8(scan.layout) << qint32(scan.flattenDepth) << qint32(scan.recordsPath.size());
    for (const QString &key : scan.recordsPath)
        writeTokenText(out, key);
    out << qint32(columns.size());
    for (const std::string &name : columns)
        out << QByteArray::fromStdString(name);
    return bytes;
}

QByteArray JsonResumeToken::encode(const QByteArray &prefix, const JsonScanPosition &position)
{
    QByteArray bytes = prefix;
    QDataStream out(&bytes, QIODevice::Append);
    out.setVersion(resumeStreamVersion);
    out << quint8(position.state) << position.offset << position.line << position.column
        << position.recordNumber;
    return bytes;
}

Result<JsonResumeToken> JsonResumeToken::decode(const QByteArray &bytes, const QString &describedFile)
{
    QDataStream in(bytes);
    if (Status header = readTokenHeader(in, magic, formatVersion, describedFile, tr("a JSON file")); !header)
        return header.failure();

    JsonResumeToken token;
    token.file.path = readTokenText(in);
    in >> token.file.size >> token.file.modified;
    quint8 layout = 0;
    qint32 depth = 0;
    qint32 pathLength = 0;
    in >> layout >> depth >> pathLength;
    token.scan.layout = JsonLayout(layout);
    token.scan.flattenDepth = depth;
    for (qint32 i = 0; i < pathLength && in.status() == QDataStream::Ok; ++i)
        token.scan.recordsPath.append(readTokenText(in));
    qint32 columnCount = 0;
    in >> columnCount;
    for (qint32 i = 0; i < columnCount && in.status() == QDataStream::Ok; ++i) {
        QByteArray name;
        in >> name;
        token.columns.push_back(name.toStdString());
    }
    quint8 state = 0;
    in >> state >> token.position.offset >> token.position.line >> token.position.column >>
        token.position.recordNumber;
    token.position.state = JsonScanPosition::State(state);

    const bool consistent = in.status() == QDataStream::Ok && in.atEnd() && layout <= quint8(JsonLayout::Objects) &&
                            state <= quint8(JsonScanPosition::State::Objects) && token.position.offset >= 0 &&
                            token.position.line >= 1 && token.position.column >= 1 &&
                            token.position.recordNumber >= -1;
    if (!consistent)
        return Error(tr("The saved position of %1 is damaged; start over with --full.").arg(describedFile));
    return token;
}

} // namespace miq
