#include "connectors/rest/restresumetoken.h"

#include "connectors/resumesupport.h"

#include <QDataStream>
#include <QIODevice>

namespace miq {

QByteArray RestResumeToken::encodePrefix() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(resumeStreamVersion);
    out << magic << formatVersion << fingerprint << qint32(columns.size());
    for (const std::string &name : columns)
        out << QByteArray::fromStdString(name);
    return bytes;
}

QByteArray RestResumeToken::encode(const QByteArray &prefix, const RestPosition *position)
{
    QByteArray bytes = prefix;
    QDataStream out(&bytes, QIODevice::Append);
    out.setVersion(resumeStreamVersion);
    out << quint8(position ? 0 : 1);
    if (position) {
        out << position->page << position->pageNumber << position->offset;
        writeTokenText(out, position->cursor);
        writeTokenText(out, position->url.toString(QUrl::FullyEncoded));
        out << position->recordNumber << position->skip;
    }
    return bytes;
}

Result<RestResumeToken> RestResumeToken::decode(const QByteArray &bytes, const QString &source)
{
    QDataStream in(bytes);
    if (Status header = readTokenHeader(in, magic, formatVersion, source, tr("a REST API")); !header)
        return header.failure();
    RestResumeToken token;
    qint32 columnCount = 0;
    in >> token.fingerprint >> columnCount;
    for (qint32 i = 0; i < columnCount && in.status() == QDataStream::Ok; ++i) {
        QByteArray name;
        in >> name;
        token.columns.push_back(name.toStdString());
    }
    quint8 finished = 0;
    in >> finished;
    token.finished = finished == 1;
    if (!token.finished) {
        RestPosition &p = token.position;
        in >> p.page >> p.pageNumber >> p.offset;
        p.cursor = readTokenText(in);
        p.url = QUrl(readTokenText(in), QUrl::StrictMode);
        in >> p.recordNumber >> p.skip;
    }
    const RestPosition &p = token.position;
    const bool consistent = in.status() == QDataStream::Ok && in.atEnd() && columnCount >= 0 && finished <= 1
        && p.page >= 0 && p.offset >= 0 && p.recordNumber >= 0 && p.skip >= 0;
    if (!consistent)
        return Error(tr("The saved position of %1 is damaged; start over with --full.").arg(source));
    return token;
}

} // namespace miq
