#include "models/connectoricons.h"

#include "engine/workspace.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace miq {

namespace {

struct Badge
{
    QColor colour;
    QString text;
};

Badge badgeFor(const QString &typeId)
{
    if (typeId == QLatin1String("csv"))
        return {QColor(0x2e, 0x7d, 0x32), QStringLiteral("CSV")};
    if (typeId == QLatin1String("json"))
        return {QColor(0xef, 0x6c, 0x00), QStringLiteral("{ }")};
    if (typeId == QLatin1String("xlsx"))
        return {QColor(0x21, 0x73, 0x46), QStringLiteral("XLS")};
    if (typeId == QLatin1String("sqlite"))
        return {QColor(0x15, 0x65, 0xc0), QStringLiteral("SQL")};
    if (typeId == QLatin1String("postgres"))
        return {QColor(0x33, 0x67, 0x91), QStringLiteral("PG")};
    if (typeId == QLatin1String("rest"))
        return {QColor(0x6a, 0x1b, 0x9a), QStringLiteral("API")};
    if (typeId == QLatin1String("mariadb"))
        return {QColor(0x00, 0x3b, 0x57), QStringLiteral("MY")};
    return {QColor(0x60, 0x60, 0x60), typeId.left(3).toUpper()};
}

QPixmap badgePixmap(const Badge &badge, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size / 5.0, size / 5.0);
    p.fillPath(path, badge.colour);
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(qMax(6, int(size * (badge.text.size() > 2 ? 0.36 : 0.46))));
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, badge.text);
    return pixmap;
}

} // namespace

QIcon connectorIcon(const QString &typeId)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(typeId);
    if (it != cache.cend())
        return *it;
    QIcon icon;
    const Badge badge = badgeFor(typeId);
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(badgePixmap(badge, size));
    cache.insert(typeId, icon);
    return icon;
}

QIcon statusIcon(int sourceStatus)
{
    QColor colour;
    switch (SourceRecord::Status(sourceStatus)) {
    case SourceRecord::Status::Ok: colour = QColor(0x2e, 0x9d, 0x3a); break;
    case SourceRecord::Status::Failing: colour = QColor(0xc6, 0x28, 0x28); break;
    case SourceRecord::Status::Untested: colour = QColor(0xa0, 0xa0, 0xa0); break;
    }
    QIcon icon;
    for (int size : {12, 16, 24}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(colour);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRectF(size * 0.15, size * 0.15, size * 0.7, size * 0.7));
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace miq
