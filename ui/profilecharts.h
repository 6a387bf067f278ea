#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QChart;
class QChartView;

namespace miq {

// One bar of a profiling chart: its category label, its value, and the text shown beside it.
struct ChartBar
{
    QString label;
    double value = 0;
    QString valueText; // shown in the tooltip; empty = the value
};

// Qt Charts for the profiling pane, built the same way everywhere: no legend, no animation (a
// profile of a thousand columns must not crawl), labels shortened with the full text in tooltips.
class ProfileCharts
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCharts)

public:
    // A chart view that is empty until fill*() is called; `minimumHeight` keeps it readable in
    // scroll areas.
    static QChartView *createView(int minimumHeight = 200);
    // Where the value of each bar is written: inside its base (long bars, e.g. scores) or after
    // its end (bars of any length; the axis gets room for the text).
    enum class Labels { Inside, Outside };
    // Horizontal bars, first bar on top, values on an axis from 0 to `maximum` (<= 0: the largest
    // value, with room for the labels). Grows the view so every bar keeps a readable height.
    static void fillHorizontal(QChartView *view, const QString &title, const QList<ChartBar> &bars, double maximum,
                               const QString &color = QString(), Labels labels = Labels::Outside);
    // Vertical bars (histograms, distributions) in the given order.
    static void fillColumns(QChartView *view, const QString &title, const QList<ChartBar> &bars,
                            const QString &color = QString());
    // Replaces the chart by a title and a sentence saying there is nothing to draw.
    static void fillEmpty(QChartView *view, const QString &title, const QString &why);
};

} // namespace miq
