#include "ui/jobprogressdelegate.h"

#include "models/jobsmodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace miq {

void JobProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    if (!index.data(JobsModel::RunningRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The selection background first, so a selected running row still reads as selected.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QWidget *widget = const_cast<QWidget *>(option.widget);
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const double fraction = index.data(JobsModel::FractionRole).toDouble();
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.minimum = 0;
    if (fraction >= 0) {
        bar.maximum = 1000;
        bar.progress = int(fraction * 1000);
    } else {
        // Size unknown: an empty bar that carries the rows read and the rate instead of a share.
        bar.maximum = 1;
        bar.progress = 0;
    }
    bar.text = option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                             bar.rect.width() - 8);
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize JobProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
    size.setWidth(qMax(size.width(), option.fontMetrics.horizontalAdvance(QLatin1Char('x')) * 40));
    return size;
}

} // namespace miq
