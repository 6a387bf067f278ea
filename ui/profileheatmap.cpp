#include "ui/profileheatmap.h"

#include "engine/profile/profilereport.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace miq {

namespace {
constexpr int MinCell = 18;
constexpr int MaxCell = 56;
constexpr int MaxLabelChars = 22;

QString key(const QString &a, const QString &b)
{
    return a + QLatin1Char('\n') + b;
}
} // namespace

ProfileHeatmap::ProfileHeatmap(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMouseTracking(true);
}

void ProfileHeatmap::setCorrelations(const QList<Correlation> &correlations)
{
    m_correlations = correlations;
    m_columns.clear();
    m_cells.clear();
    for (int i = 0; i < m_correlations.size(); ++i) {
        const Correlation &c = m_correlations[i];
        if (!m_columns.contains(c.a))
            m_columns << c.a;
        if (!m_columns.contains(c.b))
            m_columns << c.b;
        m_cells.insert(key(c.a, c.b), i);
        m_cells.insert(key(c.b, c.a), i);
    }
    updateGeometry();
    update();
}

const Correlation *ProfileHeatmap::correlationAt(int row, int column) const
{
    if (row < 0 || column < 0 || row >= m_columns.size() || column >= m_columns.size() || row == column)
        return nullptr;
    const auto it = m_cells.constFind(key(m_columns[row], m_columns[column]));
    return it == m_cells.cend() ? nullptr : &m_correlations[*it];
}

QColor ProfileHeatmap::colorFor(double value)
{
    const double t = std::clamp(std::fabs(value), 0.0, 1.0);
    const QColor end = value >= 0 ? QColor(0xd7, 0x30, 0x27) : QColor(0x2f, 0x6f, 0xba);
    return QColor(int(255 + t * (end.red() - 255)), int(255 + t * (end.green() - 255)),
                  int(255 + t * (end.blue() - 255)));
}

ProfileHeatmap::Geometry ProfileHeatmap::geometry() const
{
    Geometry g;
    const QFontMetrics fm = fontMetrics();
    int widest = 0;
    for (const QString &c : m_columns)
        widest = qMax(widest, fm.horizontalAdvance(fm.elidedText(c, Qt::ElideRight, fm.averageCharWidth() * MaxLabelChars)));
    g.labelWidth = widest + 12;
    // Column labels are drawn at 45 degrees: their height is their width / sqrt(2) plus a line.
    g.labelHeight = int(widest * 0.72) + fm.height() + 8;
    const int n = qMax(1, int(m_columns.size()));
    const int available = qMin(width() - g.labelWidth - 8, 900);
    g.cell = qBound(MinCell, available / n, MaxCell);
    return g;
}

QSize ProfileHeatmap::sizeHint() const
{
    if (m_columns.isEmpty())
        return {200, fontMetrics().height() * 2};
    const Geometry g = geometry();
    const int n = int(m_columns.size());
    const int cell = qBound(MinCell, 40, MaxCell);
    return {g.labelWidth + n * cell + 40, g.labelHeight + n * cell + 8};
}

QSize ProfileHeatmap::minimumSizeHint() const
{
    if (m_columns.isEmpty())
        return {100, fontMetrics().height() * 2};
    const Geometry g = geometry();
    const int n = int(m_columns.size());
    return {g.labelWidth + n * MinCell + 8, g.labelHeight + n * g.cell + 8};
}

QPoint ProfileHeatmap::cellAt(const QPoint &position) const
{
    const Geometry g = geometry();
    const int column = (position.x() - g.labelWidth) / g.cell;
    const int row = (position.y() - g.labelHeight) / g.cell;
    if (position.x() < g.labelWidth || position.y() < g.labelHeight || row >= m_columns.size()
        || column >= m_columns.size())
        return {-1, -1};
    return {column, row};
}

void ProfileHeatmap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    if (m_columns.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("No correlations: the profile found fewer than two related columns."));
        return;
    }
    const Geometry g = geometry();
    const QFontMetrics fm = fontMetrics();
    const int n = int(m_columns.size());
    const int labelLimit = fm.averageCharWidth() * MaxLabelChars;
    p.setPen(palette().color(QPalette::WindowText));
    for (int i = 0; i < n; ++i) {
        const QString label = fm.elidedText(m_columns[i], Qt::ElideRight, labelLimit);
        // Row labels, right-aligned against the grid.
        p.drawText(QRect(0, g.labelHeight + i * g.cell, g.labelWidth - 6, g.cell), Qt::AlignRight | Qt::AlignVCenter,
                   label);
        // Column labels at 45 degrees above their column.
        p.save();
        p.translate(g.labelWidth + i * g.cell + g.cell / 2 + fm.height() / 3, g.labelHeight - 6);
        p.rotate(-45);
        p.drawText(0, 0, label);
        p.restore();
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    const QFontMetrics sfm(small);
    const bool writeValues = sfm.horizontalAdvance(QStringLiteral("-0.00")) + 4 <= g.cell;
    for (int row = 0; row < n; ++row) {
        for (int column = 0; column < n; ++column) {
            const QRect cell(g.labelWidth + column * g.cell, g.labelHeight + row * g.cell, g.cell - 1, g.cell - 1);
            if (row == column) {
                p.fillRect(cell, palette().color(QPalette::Mid));
                continue;
            }
            const Correlation *c = correlationAt(row, column);
            if (!c) {
                p.fillRect(cell, palette().color(QPalette::AlternateBase));
                continue;
            }
            const QColor color = colorFor(c->value);
            p.fillRect(cell, color);
            if (writeValues) {
                p.setPen(color.lightnessF() < 0.55 ? Qt::white : Qt::black);
                p.drawText(cell, Qt::AlignCenter, QLocale().toString(c->value, 'f', 2));
            }
        }
    }
}

bool ProfileHeatmap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint cell = cellAt(help->pos());
        if (const Correlation *c = correlationAt(cell.y(), cell.x())) {
            QToolTip::showText(help->globalPos(),
                               tr("%1 ~ %2\n%3: %4")
                                   .arg(c->a, c->b, ProfileReport::methodDisplayName(c->method),
                                        QLocale().toString(c->value, 'f', 3)),
                               this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace miq
