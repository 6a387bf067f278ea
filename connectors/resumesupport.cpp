#include "connectors/resumesupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace miq {

FileStamp FileStamp::of(const QString &path)
{
    const QFileInfo info(path);
    FileStamp stamp;
    stamp.path = path;
    if (info.exists()) {
        stamp.size = info.size();
        stamp.modified = info.lastModified().toMSecsSinceEpoch();
    }
    return stamp;
}

void writeTokenText(QDataStream &out, const QString &text)
{
    out << text.toUtf8();
}

QString readTokenText(QDataStream &in)
{
    QByteArray bytes;
    in >> bytes;
    return QString::fromUtf8(bytes);
}

Status readTokenHeader(QDataStream &in, quint32 magic, quint8 version, const QString &what, const QString &kind)
{
    in.setVersion(resumeStreamVersion);
    quint32 tokenMagic = 0;
    quint8 tokenVersion = 0;
    in >> tokenMagic >> tokenVersion;
    if (in.status() != QDataStream::Ok || tokenMagic != magic)
        return Error(QCoreApplication::translate("miq::ResumeToken",
                                                 "The saved position of %1 is not a position in %2; start over "
                                                 "with --full.")
                         .arg(what, kind));
    if (tokenVersion != version)
        return Error(QCoreApplication::translate("miq::ResumeToken",
                                                 "The saved position of %1 was written by another version of "
                                                 "MigrateIQ; start over with --full.")
                         .arg(what));
    return {};
}

} // namespace miq
