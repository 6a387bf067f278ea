#include "ui/profilecolumndetails.h"

#include "engine/profile/profilereport.h"
#include "models/runformat.h"
#include "ui/profilecharts.h"

#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace miq {

namespace {

using R = ProfileReport;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:14px\"><b>%1</b></td><td>%2</td></tr>").arg(esc(name), esc(value));
}

QString optionalRow(const QString &name, const std::optional<double> &v)
{
    return v ? row(name, R::number(*v)) : QString();
}

QList<ChartBar> valueBars(const QList<ValueCount> &values, qint64 whole, int limit = 20)
{
    QList<ChartBar> bars;
    for (int i = 0; i < values.size() && i < limit; ++i)
        bars.append({values[i].value, double(values[i].count),
                     ProfileColumnDetails::tr("%1 (%2)").arg(RunFormat::count(values[i].count),
                                                             R::percent(values[i].count, whole))});
    return bars;
}

QGroupBox *box(const QString &title, QWidget *content, QWidget *above = nullptr)
{
    auto *group = new QGroupBox(title);
    auto *layout = new QVBoxLayout(group);
    if (above)
        layout->addWidget(above);
    layout->addWidget(content);
    return group;
}

} // namespace

ProfileColumnDetails::ProfileColumnDetails(QWidget *parent)
    : QScrollArea(parent)
    , m_title(new QLabel)
    , m_figures(new QLabel)
    , m_quality(new QLabel)
    , m_histogram(ProfileCharts::createView(220))
    , m_top(ProfileCharts::createView(200))
    , m_patterns(ProfileCharts::createView(160))
    , m_period(new QComboBox)
    , m_dates(ProfileCharts::createView(220))
    , m_invalidTitle(new QLabel)
    , m_invalid(new QListWidget)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("columnTitle"));
    for (QLabel *label : {m_figures, m_quality, m_invalidTitle}) {
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_figures->setObjectName(QStringLiteral("columnFigures"));
    m_quality->setObjectName(QStringLiteral("columnQuality"));
    m_histogram->setObjectName(QStringLiteral("histogramChart"));
    m_top->setObjectName(QStringLiteral("topValuesChart"));
    m_patterns->setObjectName(QStringLiteral("patternsChart"));
    m_dates->setObjectName(QStringLiteral("datesChart"));
    m_invalid->setObjectName(QStringLiteral("invalidValues"));
    m_invalid->setMaximumHeight(160);
    m_period->setObjectName(QStringLiteral("datePeriod"));
    m_period->addItem(tr("By year"), int(Period::Year));
    m_period->addItem(tr("By month"), int(Period::Month));
    m_period->addItem(tr("By weekday"), int(Period::Weekday));
    connect(m_period, &QComboBox::currentIndexChanged, this, &ProfileColumnDetails::showDates);

    m_histogramBox = box(tr("Histogram"), m_histogram);
    m_topBox = box(tr("Top values"), m_top);
    m_patternBox = box(tr("Patterns"), m_patterns);
    m_datesBox = box(tr("Date distribution"), m_dates, m_period);
    m_invalidBox = box(tr("Values that do not fit the type"), m_invalid, m_invalidTitle);

    // One column: the pane beside the columns table is narrow, and charts read better wide.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(box(tr("Figures"), m_figures));
    layout->addWidget(box(tr("Quality"), m_quality));
    layout->addWidget(m_histogramBox);
    layout->addWidget(m_topBox);
    layout->addWidget(m_patternBox);
    layout->addWidget(m_datesBox);
    layout->addWidget(m_invalidBox);
    layout->addStretch(1);
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setColumn(nullptr);
}

void ProfileColumnDetails::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void ProfileColumnDetails::setColumn(const ProfileColumn *column)
{
    if (!column) {
        m_column.reset();
        m_title->setText(tr("Select a column to see its details."));
        m_figures->clear();
        m_quality->clear();
        for (QWidget *w : {static_cast<QWidget *>(m_histogramBox), static_cast<QWidget *>(m_topBox),
                           static_cast<QWidget *>(m_patternBox), static_cast<QWidget *>(m_datesBox),
                           static_cast<QWidget *>(m_invalidBox)})
            w->hide();
        return;
    }
    m_column = *column;
    const ProfileColumn &c = *m_column;
    const qint64 present = c.count - c.nulls;
    const QString meaning = R::semanticDisplayName(c.semanticType);
    m_title->setText(meaning.isEmpty() ? tr("%1 — %2").arg(c.name, R::typeDisplayName(c.inferredType))
                                       : tr("%1 — %2, %3").arg(c.name, R::typeDisplayName(c.inferredType), meaning));

    QString counts = row(tr("Type"), tr("%1, %2 of values fit (delivered as %3)")
                                         .arg(R::typeDisplayName(c.inferredType),
                                              R::percent(qint64(c.typeConfidence * 1e6), 1'000'000),
                                              columnTypeName(c.sourceType)));
    if (!meaning.isEmpty())
        counts += row(tr("Meaning"), tr("%1 (%2 of values)").arg(meaning, R::percent(qint64(c.semanticConfidence * 1e6), 1'000'000)));
    if (c.pii)
        counts += row(tr("Personal data"), tr("yes — mask or hash it when you copy it"));
    counts += row(tr("Values"), RunFormat::count(c.count));
    counts += row(tr("Nulls"), tr("%1 (%2)").arg(RunFormat::count(c.nulls), R::percent(c.nulls, c.count)));
    counts += row(tr("Blanks"), RunFormat::count(c.blanks));
    counts += row(tr("Distinct"), (c.distinctExact ? QString() : tr("≈ ")) + RunFormat::count(c.distinct));
    counts += row(tr("Unique / duplicates"), tr("%1 / %2").arg(RunFormat::count(c.unique), RunFormat::count(c.duplicates)));
    if (c.zeros || c.negatives)
        counts += row(tr("Zeros / negatives"), tr("%1 / %2").arg(RunFormat::count(c.zeros), RunFormat::count(c.negatives)));
    counts += optionalRow(tr("Minimum"), c.min) + optionalRow(tr("Maximum"), c.max) + optionalRow(tr("Mean"), c.mean) +
              optionalRow(tr("Standard deviation"), c.stddev) + optionalRow(tr("Skewness"), c.skewness) +
              optionalRow(tr("Kurtosis"), c.kurtosis) + optionalRow(tr("Sum"), c.sum);
    if (!c.quantiles.isEmpty()) {
        QStringList qs;
        for (const auto &[name, value] : c.quantiles)
            qs << tr("%1 %2").arg(name, R::number(value));
        counts += row(c.quantilesExact ? tr("Quantiles") : tr("Quantiles (estimated)"), qs.join(QStringLiteral(" · ")));
    }
    if (c.outliers)
        counts += row(tr("Outliers"), tr("%1 outside 1.5 IQR").arg(RunFormat::count(c.outliers)));
    if (c.lengthMin)
        counts += row(tr("Length"), tr("%1 to %2, mean %3")
                                        .arg(RunFormat::count(*c.lengthMin), RunFormat::count(c.lengthMax.value_or(0)),
                                             R::number(c.lengthMean.value_or(0))));
    if (c.leadingWhitespace || c.trailingWhitespace)
        counts += row(tr("Leading / trailing spaces"),
                      tr("%1 / %2").arg(RunFormat::count(c.leadingWhitespace), RunFormat::count(c.trailingWhitespace)));
    if (c.upperCase || c.lowerCase || c.mixedCase)
        counts += row(tr("Upper / lower / mixed case"), tr("%1 / %2 / %3")
                                                            .arg(RunFormat::count(c.upperCase), RunFormat::count(c.lowerCase),
                                                                 RunFormat::count(c.mixedCase)));
    if (c.nonAscii || c.controlChars)
        counts += row(tr("Non-ASCII / control characters"),
                      tr("%1 / %2").arg(RunFormat::count(c.nonAscii), RunFormat::count(c.controlChars)));
    if (!c.dateMin.isEmpty())
        counts += row(tr("Dates"), tr("%1 to %2").arg(c.dateMin, c.dateMax));
    if (!c.dateFormats.isEmpty()) {
        QStringList formats;
        for (const ValueCount &f : c.dateFormats)
            formats << tr("%1 (%2)").arg(f.value, RunFormat::count(f.count));
        counts += row(tr("Date formats"), formats.join(QStringLiteral(", ")));
    }
    if (!c.dayMonthDecision.isEmpty())
        counts += row(tr("Day/month order"), c.dayMonthDecision);
    if (!c.formats.isEmpty()) {
        QStringList formats;
        for (const ValueCount &f : c.formats)
            formats << tr("%1 (%2)").arg(f.value, RunFormat::count(f.count));
        counts += row(tr("Formats"), formats.join(QStringLiteral(", ")));
    }
    if (!c.sqlTypePostgres.isEmpty() || !c.sqlTypeSqlite.isEmpty() || !c.sqlTypeMysql.isEmpty())
        counts += row(tr("Suggested SQL type"), tr("PostgreSQL %1 · SQLite %2 · MySQL %3")
                                                    .arg(c.sqlTypePostgres, c.sqlTypeSqlite, c.sqlTypeMysql));
    m_figures->setText(QStringLiteral("<table>") + counts + QStringLiteral("</table>"));

    QString quality;
    if (c.qualityOverall)
        quality += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Overall %1").arg(R::number(*c.qualityOverall))));
    for (const QualityScore &s : c.quality)
        quality += QStringLiteral("<p><b>%1 %2</b> — %3</p>")
                       .arg(esc(R::dimensionDisplayName(s.dimension)), esc(s.score ? R::number(*s.score) : tr("n/a")),
                            esc(s.explanation));
    for (const ProfileAlert &a : c.alerts)
        quality += QStringLiteral("<p style=\"color:#b05a00\">⚠ <b>%1</b> — %2</p>")
                       .arg(esc(R::alertDisplayName(a.kind)), esc(a.message));
    m_quality->setText(quality.isEmpty() ? esc(tr("No quality scores for this column.")) : quality);

    m_histogramBox->setVisible(!c.histogram.isEmpty() || !c.lengthHistogram.isEmpty());
    if (!c.histogram.isEmpty() || !c.lengthHistogram.isEmpty()) {
        const bool lengths = c.histogram.isEmpty();
        QList<ChartBar> bars;
        for (const HistogramBin &b : lengths ? c.lengthHistogram : c.histogram)
            bars.append({R::number(b.low), double(b.count),
                         tr("%1 to %2: %3").arg(R::number(b.low), R::number(b.high), RunFormat::count(b.count))});
        m_histogramBox->setTitle(lengths ? tr("Text lengths") : tr("Histogram"));
        const QList<HistogramBin> &bins = lengths ? c.lengthHistogram : c.histogram;
        ProfileCharts::fillColumns(m_histogram,
                                   tr("%1 to %2 in %n bin(s)", nullptr, int(bins.size()))
                                       .arg(R::number(bins.first().low), R::number(bins.last().high)),
                                   bars);
    }
    m_topBox->setVisible(!c.topValues.isEmpty());
    if (!c.topValues.isEmpty())
        ProfileCharts::fillHorizontal(m_top, QString(), valueBars(c.topValues, c.count, 15), 0);
    m_patternBox->setVisible(!c.patterns.isEmpty());
    if (!c.patterns.isEmpty())
        ProfileCharts::fillHorizontal(m_patterns, QString(), valueBars(c.patterns, present, 12), 0,
                                      QStringLiteral("#6a5acd"));
    m_datesBox->setVisible(!c.byYear.isEmpty() || !c.byMonth.isEmpty() || !c.byWeekday.isEmpty());
    showDates();

    m_invalidBox->setVisible(c.nonConformingCount > 0 || !c.nonConformingExamples.isEmpty());
    m_invalidTitle->setText(esc(tr("%1 values are not %2; examples as read:")
                                    .arg(RunFormat::count(c.nonConformingCount), R::typeDisplayName(c.inferredType))));
    m_invalid->clear();
    m_invalid->addItems(c.nonConformingExamples);
}

void ProfileColumnDetails::showDates()
{
    if (!m_column)
        return;
    const auto period = Period(m_period->currentData().toInt());
    const QList<ValueCount> &buckets =
        period == Period::Year ? m_column->byYear : period == Period::Month ? m_column->byMonth : m_column->byWeekday;
    QList<ChartBar> bars;
    for (const ValueCount &v : buckets) {
        const QString label = period == Period::Month     ? R::monthLabel(v.value)
                              : period == Period::Weekday ? R::weekdayLabel(v.value)
                                                          : v.value;
        bars.append({label, double(v.count), RunFormat::count(v.count)});
    }
    ProfileCharts::fillColumns(m_dates, QString(), bars, QStringLiteral("#3a9a5b"));
}

} // namespace miq
