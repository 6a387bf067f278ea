#include "connectors/resumesupport.h"

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

} // namespace miq
