#pragma once

#include "engine/profile/profile.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

namespace miq {

// The correlation heatmap of a profile: the columns that take part in a correlation on both
// axes, each cell coloured by the value (blue -1, white 0, red +1) with the value written in it
// when the cell is large enough. Painted by hand: Qt Charts has no heatmap, and a few hundred
// rectangles paint in well under a frame.
class ProfileHeatmap : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileHeatmap(QWidget *parent = nullptr);

    void setCorrelations(const QList<Correlation> &correlations);
    const QStringList &columns() const { return m_columns; }
    // The correlation in a cell, or nullptr (diagonal, no figure).
    const Correlation *correlationAt(int row, int column) const;
    // The cell under a widget position, {-1, -1} outside the grid.
    QPoint cellAt(const QPoint &position) const;
    static QColor colorFor(double value);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Geometry
    {
        int labelWidth = 0;
        int labelHeight = 0;
        int cell = 0;
    };
    Geometry geometry() const;

    QList<Correlation> m_correlations;
    QStringList m_columns;
    QHash<QString, int> m_cells; // "a\nb" -> index into m_correlations, both orders
};

} // namespace miq
