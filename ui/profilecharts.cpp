#include "ui/profilecharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

namespace miq {

namespace {

const QColor defaultColor(0x2f, 0x6f, 0xba);

QString shortened(const QString &text, int max)
{
    QString single = text;
    single.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return single.size() <= max ? single : single.left(max - 1) + QChar(0x2026);
}

// QBarCategoryAxis merges equal categories; two bins that round to the same label must stay two
// bars, so repeated labels get invisible zero-width spaces.
QStringList uniqueLabels(const QList<ChartBar> &bars, int max)
{
    QStringList labels;
    for (const ChartBar &b : bars) {
        QString label = shortened(b.label.isEmpty() ? ProfileCharts::tr("(empty)") : b.label, max);
        while (labels.contains(label))
            label += QChar(0x200B);
        labels << label;
    }
    return labels;
}

QChart *freshChart(QChartView *view, const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(4, 4, 8, 4));
    chart->setBackgroundRoundness(0);
    QChart *old = view->chart();
    view->setChart(chart); // the view owns the chart from now on
    delete old;
    return chart;
}

void connectTooltips(QAbstractBarSeries *series, const QList<ChartBar> &bars, QChartView *view)
{
    QObject::connect(series, &QAbstractBarSeries::hovered, view, [bars, view](bool on, int index) {
        if (!on || index < 0 || index >= bars.size()) {
            QToolTip::hideText();
            return;
        }
        const ChartBar &b = bars[index];
        QToolTip::showText(QCursor::pos(),
                           ProfileCharts::tr("%1: %2").arg(b.label, b.valueText.isEmpty() ? QLocale().toString(b.value)
                                                                                          : b.valueText),
                           view);
    });
}

} // namespace

QChartView *ProfileCharts::createView(int minimumHeight)
{
    auto *view = new QChartView;
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    view->chart()->legend()->hide();
    return view;
}

void ProfileCharts::fillHorizontal(QChartView *view, const QString &title, const QList<ChartBar> &bars,
                                   double maximum, const QString &color, Labels labels)
{
    if (bars.isEmpty()) {
        fillEmpty(view, title, tr("Nothing to show."));
        return;
    }
    QChart *chart = freshChart(view, title);
    // Categories run bottom-up: reversed, so the first bar is on top like in a list.
    QList<ChartBar> reversed(bars.crbegin(), bars.crend());
    auto *set = new QBarSet(title);
    set->setColor(color.isEmpty() ? defaultColor : QColor(color));
    set->setBorderColor(Qt::transparent);
    double largest = 0;
    for (const ChartBar &b : reversed) {
        *set << b.value;
        largest = qMax(largest, b.value);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(labels == Labels::Inside ? QAbstractBarSeries::LabelsInsideBase
                                                       : QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(6); // callers round the values to what is worth reading
    set->setLabelColor(labels == Labels::Inside ? QColor(Qt::white) : view->palette().color(QPalette::WindowText));
    chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    categories->append(uniqueLabels(reversed, 26));
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    if (maximum > 0) {
        values->setRange(0, maximum);
        values->setTickCount(5);
    } else {
        // Room after the longest bar for its label, then round numbers on the axis.
        values->setRange(0, largest > 0 ? largest * (labels == Labels::Outside ? 1.2 : 1.05) : 1);
        values->applyNiceNumbers();
    }
    values->setLabelFormat(values->max() >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%g"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    connectTooltips(series, reversed, view);
    // ~22 px per bar plus the title and the axis: bars stay readable, the scroll area scrolls.
    view->setMinimumHeight(qMax(160, int(bars.size()) * 24 + 90));
}

void ProfileCharts::fillColumns(QChartView *view, const QString &title, const QList<ChartBar> &bars, const QString &color)
{
    if (bars.isEmpty()) {
        fillEmpty(view, title, tr("Nothing to show."));
        return;
    }
    QChart *chart = freshChart(view, title);
    auto *set = new QBarSet(title);
    set->setColor(color.isEmpty() ? defaultColor : QColor(color));
    set->setBorderColor(Qt::transparent);
    double largest = 0;
    for (const ChartBar &b : bars) {
        *set << b.value;
        largest = qMax(largest, b.value);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.9);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(uniqueLabels(bars, 12));
    // Qt Charts cuts every label to its bar's width, angled or not: with many bars the labels
    // would all read "…". Then the axis stays bare, the title gives the range and each bar's
    // tooltip its own bucket.
    QFont small = categories->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    categories->setLabelsFont(small);
    if (bars.size() > 12) {
        categories->setLabelsVisible(false);
        if (title.isEmpty())
            chart->setTitle(tr("%1 … %2 (%n bars; hover one for its range)", nullptr, int(bars.size()))
                                .arg(bars.first().label, bars.last().label));
    }
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, largest > 0 ? largest * 1.05 : 1);
    values->applyNiceNumbers();
    values->setLabelFormat(values->max() >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%g"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    connectTooltips(series, bars, view);
}

void ProfileCharts::fillEmpty(QChartView *view, const QString &title, const QString &why)
{
    QChart *chart = freshChart(view, title.isEmpty() ? why : tr("%1 — %2").arg(title, why));
    Q_UNUSED(chart);
    view->setMinimumHeight(60);
}

} // namespace miq
