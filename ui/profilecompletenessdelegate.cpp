#include "ui/profilecompletenessdelegate.h"

#include "models/profilecolumnsmodel.h"

#include <QApplication>
#include <QPainter>

namespace miq {

QColor ProfileCompletenessDelegate::colorFor(double completeness)
{
    if (completeness >= 0.99)
        return QColor(0x3a, 0x9a, 0x5b);
    if (completeness >= 0.8)
        return QColor(0xd9, 0xa2, 0x1b);
    return QColor(0xc8, 0x45, 0x3b);
}

void ProfileCompletenessDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    const QVariant value = index.data(ProfileColumnsModel::CompletenessRole);
    if (!value.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The selection background first, so a selected row still reads as selected.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QWidget *widget = const_cast<QWidget *>(option.widget);
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const double share = qBound(0.0, value.toDouble(), 1.0);
    const QString text = index.data(Qt::DisplayRole).toString();
    const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("100.00%")) + 6;
    const QRect area = option.rect.adjusted(4, 4, -4, -4);
    const QRect track(area.left(), area.top(), qMax(10, area.width() - textWidth), area.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.color(QPalette::Midlight));
    painter->drawRoundedRect(track, 2, 2);
    painter->setBrush(colorFor(share));
    painter->drawRoundedRect(QRect(track.left(), track.top(), int(track.width() * share), track.height()), 2, 2);
    painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                                : QPalette::Text));
    painter->drawText(QRect(track.right() + 4, option.rect.top(), textWidth, option.rect.height()),
                      Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize ProfileCompletenessDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), option.fontMetrics.horizontalAdvance(QLatin1Char('x')) * 24));
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
    return size;
}

} // namespace miq
