#pragma once

#include <QStyledItemDelegate>

namespace miq {

// Paints the live progress of a running job in the jobs list: a progress bar by bytes when the
// input size is known, otherwise a busy bar, with the phase, rows, rows/s and time left as text.
// Reads JobsModel's roles only, so it paints whatever view shows that model.
class JobProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace miq
