#pragma once

#include <QStyledItemDelegate>

namespace miq {

// Paints a column's completeness in the profile's columns table as a bar with the share written
// beside it: green when (nearly) complete, amber, red when mostly missing. Reads
// ProfileColumnsModel::CompletenessRole, so any view of that model can use it.
class ProfileCompletenessDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor colorFor(double completeness);
};

} // namespace miq
