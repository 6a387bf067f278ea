#include "engine/profile/profilereport.h"

#include "engine/profile/profilejson.h"

#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace miq {

namespace {

using R = ProfileReport;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString count(qint64 v)
{
    return QLocale().toString(v);
}

// Long values (a whole address, a JSON blob) would stretch a chart: cut, with the full text in
// the SVG <title> tooltip.
QString shortened(const QString &text, int max = 28)
{
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}

QString px(double v)
{
    return QString::number(v, 'f', 1);
}

const char *const accent = "#2f6fba";

// Horizontal bars: one row per item, label left, value right.
struct Bar
{
    QString label;
    double value = 0;
    QString valueText;
    QString color;
};

QString horizontalBars(const QList<Bar> &bars, double maximum, const QString &title)
{
    if (bars.isEmpty())
        return QString();
    const double labelWidth = 190, barWidth = 330, rowHeight = 22, textWidth = 110;
    const double width = labelWidth + barWidth + textWidth;
    const double height = rowHeight * bars.size() + 4;
    QString svg = QStringLiteral("<svg class=\"chart\" role=\"img\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                                 "xmlns=\"http://www.w3.org/2000/svg\"><title>%3</title>")
                      .arg(px(width), px(height), esc(title));
    for (int i = 0; i < bars.size(); ++i) {
        const Bar &b = bars[i];
        const double y = i * rowHeight + 2;
        const double w = maximum > 0 ? std::clamp(b.value / maximum, 0.0, 1.0) * barWidth : 0;
        svg += QStringLiteral("<g><title>%1: %2</title>").arg(esc(b.label), esc(b.valueText));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" class=\"label\">%3</text>")
                   .arg(px(labelWidth - 8), px(y + 15), esc(shortened(b.label)));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#eef1f5\"/>")
                   .arg(px(labelWidth), px(y + 2), px(barWidth), px(rowHeight - 6));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>")
                   .arg(px(labelWidth), px(y + 2), px(w), px(rowHeight - 6),
                        b.color.isEmpty() ? QLatin1String(accent) : b.color);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"value\">%3</text></g>")
                   .arg(px(labelWidth + barWidth + 6), px(y + 15), esc(b.valueText));
    }
    return svg + QStringLiteral("</svg>");
}

// Vertical bars (histograms, date distributions): x labels under the first, middle and last bar
// (or every bar when there are few).
QString columnChart(const QList<Bar> &bars, const QString &title)
{
    if (bars.isEmpty())
        return QString();
    const double width = 600, height = 190, left = 56, bottom = 36, top = 12;
    const double plotWidth = width - left - 8, plotHeight = height - bottom - top;
    double maximum = 0;
    for (const Bar &b : bars)
        maximum = std::max(maximum, b.value);
    QString svg = QStringLiteral("<svg class=\"chart\" role=\"img\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                                 "xmlns=\"http://www.w3.org/2000/svg\"><title>%3</title>")
                      .arg(px(width), px(height), esc(title));
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#888\"/>")
               .arg(px(left), px(top + plotHeight), px(left + plotWidth));
    svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" class=\"axis\">%3</text>")
               .arg(px(left - 6), px(top + 10), esc(count(qint64(maximum))));
    svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" class=\"axis\">0</text>")
               .arg(px(left - 6), px(top + plotHeight));
    const double slot = plotWidth / bars.size();
    const bool everyLabel = bars.size() <= 12;
    for (int i = 0; i < bars.size(); ++i) {
        const Bar &b = bars[i];
        const double h = maximum > 0 ? b.value / maximum * plotHeight : 0;
        const double x = left + i * slot;
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"><title>%6: %7</title></rect>")
                   .arg(px(x + std::min(1.0, slot * 0.1)), px(top + plotHeight - h), px(std::max(1.0, slot * 0.85)),
                        px(h), b.color.isEmpty() ? QLatin1String(accent) : b.color, esc(b.label), esc(b.valueText));
        if (everyLabel || i == 0 || i == bars.size() - 1 || i == bars.size() / 2)
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" class=\"axis\">%3</text>")
                       .arg(px(x + slot / 2), px(top + plotHeight + 16), esc(shortened(b.label, everyLabel ? 10 : 14)));
    }
    return svg + QStringLiteral("</svg>");
}

// -1 blue, 0 white, +1 red.
QString heatColor(double v)
{
    const double t = std::clamp(std::fabs(v), 0.0, 1.0);
    const int r = v >= 0 ? 255 : int(255 - t * (255 - 47));
    const int g = v >= 0 ? int(255 - t * (255 - 80)) : int(255 - t * (255 - 111));
    const int b = v >= 0 ? int(255 - t * (255 - 70)) : int(255 - t * (255 - 186));
    return QStringLiteral("#%1%2%3")
        .arg(r, 2, 16, QLatin1Char('0'))
        .arg(g, 2, 16, QLatin1Char('0'))
        .arg(b, 2, 16, QLatin1Char('0'));
}

QString heatmap(const QList<Correlation> &correlations)
{
    QStringList names;
    QHash<QString, const Correlation *> cells;
    for (const Correlation &c : correlations) {
        if (!names.contains(c.a))
            names << c.a;
        if (!names.contains(c.b))
            names << c.b;
        cells.insert(c.a + QLatin1Char('\n') + c.b, &c);
        cells.insert(c.b + QLatin1Char('\n') + c.a, &c);
    }
    if (names.isEmpty())
        return QString();
    const double cell = 44, labelWidth = 150, labelHeight = 110;
    const double width = labelWidth + cell * names.size() + 8, height = labelHeight + cell * names.size() + 8;
    QString svg = QStringLiteral("<svg class=\"chart\" role=\"img\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                                 "xmlns=\"http://www.w3.org/2000/svg\"><title>%3</title>")
                      .arg(px(width), px(height), esc(R::tr("Correlation heatmap")));
    for (int i = 0; i < names.size(); ++i) {
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" class=\"label\">%3</text>")
                   .arg(px(labelWidth - 6), px(labelHeight + i * cell + cell / 2 + 4), esc(shortened(names[i], 20)));
        const double x = labelWidth + i * cell + cell / 2 + 4, y = labelHeight - 6;
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" transform=\"rotate(-45 %1 %2)\" class=\"label\">%3</text>")
                   .arg(px(x), px(y), esc(shortened(names[i], 18)));
    }
    for (int row = 0; row < names.size(); ++row) {
        for (int col = 0; col < names.size(); ++col) {
            const double x = labelWidth + col * cell, y = labelHeight + row * cell;
            if (row == col) {
                svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%3\" fill=\"#d9d9d9\" stroke=\"#fff\"/>")
                           .arg(px(x), px(y), px(cell));
                continue;
            }
            const Correlation *c = cells.value(names[row] + QLatin1Char('\n') + names[col]);
            if (!c) {
                svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%3\" fill=\"#f7f7f7\" stroke=\"#fff\"/>")
                           .arg(px(x), px(y), px(cell));
                continue;
            }
            svg += QStringLiteral("<g><title>%1 ~ %2 (%3): %4</title>"
                                  "<rect x=\"%5\" y=\"%6\" width=\"%7\" height=\"%7\" fill=\"%8\" stroke=\"#fff\"/>"
                                  "<text x=\"%9\" y=\"%10\" text-anchor=\"middle\" class=\"cell\">%11</text></g>")
                       .arg(esc(c->a), esc(c->b), esc(R::methodDisplayName(c->method)), esc(R::number(c->value)),
                            px(x), px(y), px(cell), heatColor(c->value), px(x + cell / 2))
                       .arg(px(y + cell / 2 + 4), esc(QLocale().toString(c->value, 'f', 2)));
        }
    }
    return svg + QStringLiteral("</svg>");
}

QString qualityColor(double score)
{
    return score >= 90 ? QStringLiteral("#3a9a5b") : score >= 70 ? QStringLiteral("#d9a21b") : QStringLiteral("#c8453b");
}

QString qualityChart(const QList<QualityScore> &scores, const std::optional<double> &overall)
{
    QList<Bar> bars;
    if (overall)
        bars.append({R::tr("Overall"), *overall, R::number(*overall), qualityColor(*overall)});
    for (const QualityScore &s : scores) {
        if (s.score)
            bars.append({R::dimensionDisplayName(s.dimension), *s.score, R::number(*s.score), qualityColor(*s.score)});
        else
            bars.append({R::dimensionDisplayName(s.dimension), 0, R::tr("n/a"), QString()});
    }
    return horizontalBars(bars, 100, R::tr("Quality scores"));
}

QString valueBars(const QList<ValueCount> &values, qint64 whole, const QString &title, int limit = 15)
{
    QList<Bar> bars;
    double maximum = 0;
    for (int i = 0; i < values.size() && i < limit; ++i) {
        const ValueCount &v = values[i];
        bars.append({v.value.isEmpty() ? R::tr("(empty)") : v.value, double(v.count),
                     R::tr("%1 (%2)").arg(count(v.count), R::percent(v.count, whole)), QString()});
        maximum = std::max(maximum, double(v.count));
    }
    return horizontalBars(bars, maximum, title);
}

QString bucketChart(const QList<ValueCount> &values, QString (*label)(const QString &), const QString &title)
{
    QList<Bar> bars;
    for (const ValueCount &v : values)
        bars.append({label ? label(v.value) : v.value, double(v.count), count(v.count), QString()});
    return columnChart(bars, title);
}

QString histogramChart(const QList<HistogramBin> &bins, const QString &title)
{
    QList<Bar> bars;
    for (const HistogramBin &b : bins)
        bars.append({R::number(b.low), double(b.count),
                     R::tr("%1 to %2: %3").arg(R::number(b.low), R::number(b.high), count(b.count)), QString()});
    return columnChart(bars, title);
}

QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(name), esc(value));
}

QString optionalRow(const QString &name, const std::optional<double> &v)
{
    return v ? row(name, R::number(*v)) : QString();
}

QString section(const QString &title, const QString &body)
{
    if (body.isEmpty())
        return QString();
    return QStringLiteral("<h3>%1</h3>%2").arg(esc(title), body);
}

QString alertList(const QList<ProfileAlert> &alerts)
{
    if (alerts.isEmpty())
        return QString();
    QString html = QStringLiteral("<ul class=\"alerts\">");
    for (const ProfileAlert &a : alerts)
        html += QStringLiteral("<li><span class=\"tag\">%1</span> %2</li>")
                    .arg(esc(R::alertDisplayName(a.kind)), esc(a.message));
    return html + QStringLiteral("</ul>");
}

QString qualityTable(const QList<QualityScore> &scores)
{
    if (scores.isEmpty())
        return QString();
    QString html = QStringLiteral("<table class=\"figures\">");
    for (const QualityScore &s : scores)
        html += QStringLiteral("<tr><th>%1</th><td class=\"num\">%2</td><td>%3</td></tr>")
                    .arg(esc(R::dimensionDisplayName(s.dimension)), esc(s.score ? R::number(*s.score) : R::tr("n/a")),
                         esc(s.explanation));
    return html + QStringLiteral("</table>");
}

QString columnSection(const ProfileColumn &c, int index)
{
    const qint64 present = c.count - c.nulls;
    QString html = QStringLiteral("<section class=\"column\" id=\"column-%1\"><h2>%2 <small>%3</small></h2>")
                       .arg(index)
                       .arg(esc(c.name), esc(R::typeDisplayName(c.inferredType)));

    QString summary = QStringLiteral("<table class=\"figures\">");
    summary += row(R::tr("Type"), R::tr("%1 (%2 of values fit)").arg(R::typeDisplayName(c.inferredType),
                                                                        R::percent(qint64(c.typeConfidence * 1e6), 1'000'000)));
    summary += row(R::tr("Delivered as"), columnTypeName(c.sourceType));
    if (c.semanticType != SemanticType::None)
        summary += row(R::tr("Meaning"), R::tr("%1 (%2 of values)").arg(R::semanticDisplayName(c.semanticType),
                                                                        R::percent(qint64(c.semanticConfidence * 1e6), 1'000'000)));
    if (c.pii)
        summary += row(R::tr("Personal data"), R::tr("yes"));
    summary += row(R::tr("Values"), count(c.count));
    summary += row(R::tr("Nulls"), R::tr("%1 (%2)").arg(count(c.nulls), R::percent(c.nulls, c.count)));
    summary += row(R::tr("Blanks"), count(c.blanks));
    summary += row(R::tr("Distinct"), (c.distinctExact ? QString() : R::tr("≈ ")) + count(c.distinct));
    summary += row(R::tr("Unique"), count(c.unique));
    summary += row(R::tr("Duplicates"), count(c.duplicates));
    if (c.zeros || c.negatives)
        summary += row(R::tr("Zeros / negatives"), R::tr("%1 / %2").arg(count(c.zeros), count(c.negatives)));
    if (!c.sqlTypePostgres.isEmpty() || !c.sqlTypeSqlite.isEmpty())
        summary += row(R::tr("Suggested SQL type"), R::tr("PostgreSQL %1, SQLite %2, MySQL %3")
                                                        .arg(c.sqlTypePostgres, c.sqlTypeSqlite, c.sqlTypeMysql));
    summary += QStringLiteral("</table>");

    QString numbers;
    numbers += optionalRow(R::tr("Minimum"), c.min) + optionalRow(R::tr("Maximum"), c.max) +
               optionalRow(R::tr("Mean"), c.mean) + optionalRow(R::tr("Standard deviation"), c.stddev) +
               optionalRow(R::tr("Skewness"), c.skewness) + optionalRow(R::tr("Kurtosis"), c.kurtosis) +
               optionalRow(R::tr("Sum"), c.sum);
    // Quantiles from the KLL sketch are estimates: marked so, like estimated distinct counts.
    for (const auto &[name, value] : c.quantiles)
        numbers += row(name, (c.quantilesExact ? QString() : R::tr("≈ ")) + R::number(value));
    if (c.outliers)
        numbers += row(R::tr("Outliers"), count(c.outliers));
    if (c.lengthMin)
        numbers += row(R::tr("Length"), R::tr("%1 to %2, mean %3")
                                            .arg(count(*c.lengthMin), count(c.lengthMax.value_or(0)),
                                                 R::number(c.lengthMean.value_or(0))));
    if (!c.dateMin.isEmpty())
        numbers += row(R::tr("Dates"), R::tr("%1 to %2").arg(c.dateMin, c.dateMax));
    if (!c.dayMonthDecision.isEmpty())
        numbers += row(R::tr("Day/month order"), c.dayMonthDecision);
    if (c.leadingWhitespace || c.trailingWhitespace)
        numbers += row(R::tr("Leading / trailing spaces"),
                       R::tr("%1 / %2").arg(count(c.leadingWhitespace), count(c.trailingWhitespace)));
    if (c.nonAscii || c.controlChars)
        numbers += row(R::tr("Non-ASCII / control characters"),
                       R::tr("%1 / %2").arg(count(c.nonAscii), count(c.controlChars)));
    if (!numbers.isEmpty())
        numbers = QStringLiteral("<table class=\"figures\">") + numbers + QStringLiteral("</table>");

    html += QStringLiteral("<div class=\"cols\"><div>%1</div><div>%2</div></div>").arg(summary, numbers);
    html += section(R::tr("Alerts"), alertList(c.alerts));
    html += section(R::tr("Histogram"), histogramChart(c.histogram, R::tr("Histogram of '%1'").arg(c.name)));
    html += section(R::tr("Top values"), valueBars(c.topValues, c.count, R::tr("Top values of '%1'").arg(c.name)));
    html += section(R::tr("Patterns"), valueBars(c.patterns, present, R::tr("Patterns of '%1'").arg(c.name)));
    html += section(R::tr("Formats"), valueBars(c.formats, present, R::tr("Formats of '%1'").arg(c.name)));
    html += section(R::tr("Date formats"), valueBars(c.dateFormats, present, R::tr("Date formats of '%1'").arg(c.name)));
    html += section(R::tr("By year"), bucketChart(c.byYear, nullptr, R::tr("Values of '%1' by year").arg(c.name)));
    html += section(R::tr("By month"), bucketChart(c.byMonth, &R::monthLabel, R::tr("Values of '%1' by month").arg(c.name)));
    html += section(R::tr("By weekday"),
                    bucketChart(c.byWeekday, &R::weekdayLabel, R::tr("Values of '%1' by weekday").arg(c.name)));
    html += section(R::tr("Text lengths"), histogramChart(c.lengthHistogram, R::tr("Lengths of '%1'").arg(c.name)));
    if (!c.nonConformingExamples.isEmpty()) {
        QString examples = QStringLiteral("<p>%1</p><ul class=\"examples\">")
                               .arg(esc(R::tr("%1 values do not fit the type %2, for example:")
                                            .arg(count(c.nonConformingCount), R::typeDisplayName(c.inferredType))));
        for (const QString &e : c.nonConformingExamples)
            examples += QStringLiteral("<li><code>%1</code></li>").arg(esc(e));
        html += section(R::tr("Invalid values"), examples + QStringLiteral("</ul>"));
    }
    QString quality = qualityTable(c.quality);
    if (c.qualityOverall)
        quality = QStringLiteral("<p>%1</p>").arg(esc(R::tr("Overall: %1").arg(R::number(*c.qualityOverall)))) + quality;
    html += section(R::tr("Quality"), quality);
    return html + QStringLiteral("</section>");
}

const char css[] =
    "body{font-family:-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;margin:24px auto;max-width:1100px;"
    "color:#1d232b;padding:0 16px}"
    "h1{margin-bottom:4px}h2{border-bottom:1px solid #d8dde4;padding-bottom:4px;margin-top:36px}"
    "h2 small{color:#5b6573;font-weight:normal;font-size:60%}h3{margin:18px 0 6px;font-size:105%}"
    ".meta{color:#5b6573}.tiles{display:flex;gap:12px;flex-wrap:wrap;margin:16px 0}"
    ".tile{border:1px solid #d8dde4;border-radius:6px;padding:10px 16px;min-width:120px}"
    ".tile b{display:block;font-size:150%}"
    "table.figures{border-collapse:collapse;margin:4px 0}table.figures th{text-align:left;font-weight:600;"
    "padding:2px 14px 2px 0;vertical-align:top}table.figures td{padding:2px 10px 2px 0}"
    "table.list{border-collapse:collapse;width:100%}table.list th,table.list td{border-bottom:1px solid #e4e8ee;"
    "padding:4px 8px;text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums}"
    ".cols{display:flex;gap:32px;flex-wrap:wrap}.chart{max-width:100%;height:auto}"
    ".chart text{font-size:12px;fill:#1d232b}.chart .axis{fill:#5b6573;font-size:11px}"
    ".chart .cell{font-size:11px}.tag{display:inline-block;background:#fdf1d8;border:1px solid #eed49a;"
    "border-radius:4px;padding:0 6px;font-size:85%}.alerts li{margin:3px 0}"
    "code{background:#f3f5f8;padding:1px 4px;border-radius:3px}"
    ".bar{display:inline-block;height:10px;background:#2f6fba;vertical-align:middle}"
    ".barbg{display:inline-block;width:120px;height:10px;background:#eef1f5;vertical-align:middle}"
    "footer{margin-top:40px;color:#5b6573;font-size:85%}";

} // namespace

QString ProfileReport::html(const DatasetProfile &p)
{
    QString html;
    html.reserve(64 * 1024);
    const QString title = tr("Profile of %1 — %2").arg(p.sourceName, p.stream);
    html += QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\">"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                           "<title>%2</title><style>%3</style></head><body>")
                .arg(esc(QLocale().bcp47Name()), esc(title), QLatin1String(css));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(title));
    QString meta = tr("Profiled %1 in %2 s")
                       .arg(QLocale().toString(p.profiledAt.toLocalTime(), QLocale::LongFormat), number(p.seconds));
    if (p.sampled)
        meta += QStringLiteral(" · ") + tr("sample of the first %1 rows").arg(count(p.sampleRows));
    else
        meta += QStringLiteral(" · ") + tr("every row");
    if (!p.encoding.isEmpty())
        meta += QStringLiteral(" · ") + p.encoding;
    if (!p.dialect.isEmpty())
        meta += QStringLiteral(" · ") + p.dialect;
    html += QStringLiteral("<p class=\"meta\">%1</p>").arg(esc(meta));

    auto tile = [](const QString &label, const QString &value) {
        return QStringLiteral("<div class=\"tile\"><b>%1</b>%2</div>").arg(esc(value), esc(label));
    };
    html += QStringLiteral("<div class=\"tiles\">");
    html += tile(tr("rows"), count(p.rows));
    html += tile(tr("columns"), count(p.columns.size()));
    html += tile(tr("duplicate rows"), (p.duplicateRowsExact ? QString() : tr("≈ ")) + count(p.duplicateRows));
    html += tile(tr("set aside (malformed)"), count(p.badRecords));
    if (p.qualityOverall)
        html += tile(tr("overall quality"), number(*p.qualityOverall));
    html += QStringLiteral("</div>");

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Overview")));
    html += section(tr("Quality scores"), qualityChart(p.quality, p.qualityOverall) + qualityTable(p.quality));
    html += section(tr("Alerts"), alertList(p.alerts));

    QList<Bar> missing;
    for (const ProfileColumn &c : p.columns) {
        const double share = c.count > 0 ? 100.0 * double(c.nulls + c.blanks) / double(c.count) : 0;
        missing.append({c.name, share, tr("%1 (%2 null, %3 blank)").arg(percent(c.nulls + c.blanks, c.count),
                                                                          count(c.nulls), count(c.blanks)),
                        share > 50 ? QStringLiteral("#c8453b") : QStringLiteral("#d9a21b")});
    }
    html += section(tr("Missing values"), horizontalBars(missing, 100, tr("Missing values per column")));
    if (!p.missingPatterns.isEmpty()) {
        QString patterns = QStringLiteral("<table class=\"list\"><tr><th>%1</th><th>%2</th></tr>")
                               .arg(esc(tr("Missing together")), esc(tr("Rows")));
        for (const MissingPattern &m : p.missingPatterns)
            patterns += QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td></tr>")
                            .arg(esc(m.columns.isEmpty() ? tr("(complete rows)") : m.columns.join(QStringLiteral(", "))),
                                 esc(count(m.rows)));
        html += section(tr("Missing-value patterns"), patterns + QStringLiteral("</table>"));
    }
    html += section(tr("Correlations"), heatmap(p.correlations));
    if (!p.candidateKeys.isEmpty()) {
        QString keys = QStringLiteral("<ul>");
        for (const CandidateKey &k : p.candidateKeys)
            keys += QStringLiteral("<li>%1%2</li>")
                        .arg(esc(k.columns.join(QStringLiteral(" + "))), k.exact ? QString() : esc(tr(" (estimated)")));
        html += section(tr("Candidate keys"), keys + QStringLiteral("</ul>"));
    }

    // Columns at a glance, each linking to its section.
    QString overview = QStringLiteral("<table class=\"list\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                           .arg(esc(tr("Column")), esc(tr("Type")), esc(tr("Complete")), esc(tr("Distinct")),
                                esc(tr("Alerts")));
    for (int i = 0; i < p.columns.size(); ++i) {
        const ProfileColumn &c = p.columns[i];
        const double complete = c.count > 0 ? double(c.count - c.nulls - c.blanks) / double(c.count) : 0;
        overview += QStringLiteral("<tr><td><a href=\"#column-%1\">%2</a></td><td>%3</td>"
                                   "<td><span class=\"barbg\"><span class=\"bar\" style=\"width:%4px\"></span></span> %5</td>"
                                   "<td class=\"num\">%6</td><td class=\"num\">%7</td></tr>")
                        .arg(i)
                        .arg(esc(c.name), esc(typeDisplayName(c.inferredType)), px(complete * 120),
                             esc(percent(c.count - c.nulls - c.blanks, c.count)), esc(count(c.distinct)),
                             esc(count(c.alerts.size())));
    }
    html += section(tr("Columns"), overview + QStringLiteral("</table>"));

    for (int i = 0; i < p.columns.size(); ++i)
        html += columnSection(p.columns[i], i);

    QString notes;
    for (const QString &n : p.sketchNotes)
        notes += QStringLiteral("<p>%1</p>").arg(esc(n));
    html += QStringLiteral("<footer>%1<p>%2</p></footer></body></html>")
                .arg(notes, esc(tr("Made by MigrateIQ %1.").arg(QCoreApplication::applicationVersion())));
    return html;
}

namespace {

Status writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ProfileReport::tr("Cannot write '%1': %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error(ProfileReport::tr("Cannot write '%1': %2").arg(path, file.errorString()));
    return {};
}

} // namespace

Status ProfileReport::writeHtml(const DatasetProfile &profile, const QString &path)
{
    return writeAtomically(path, html(profile).toUtf8());
}

Status ProfileReport::writeJson(const DatasetProfile &profile, const QString &path)
{
    return writeAtomically(path, QJsonDocument(profileToJson(profile)).toJson(QJsonDocument::Indented));
}

QString ProfileReport::typeDisplayName(ProfileType type)
{
    switch (type) {
    case ProfileType::Empty: return tr("Empty");
    case ProfileType::Integer: return tr("Integer");
    case ProfileType::Decimal: return tr("Decimal");
    case ProfileType::Float: return tr("Floating point");
    case ProfileType::Boolean: return tr("Boolean");
    case ProfileType::Date: return tr("Date");
    case ProfileType::Time: return tr("Time");
    case ProfileType::Timestamp: return tr("Timestamp");
    case ProfileType::TimestampTz: return tr("Timestamp with zone");
    case ProfileType::Text: return tr("Text");
    }
    return profileTypeName(type);
}

QString ProfileReport::semanticDisplayName(SemanticType type)
{
    switch (type) {
    case SemanticType::None: return QString();
    case SemanticType::Email: return tr("E-mail address");
    case SemanticType::Url: return tr("URL");
    case SemanticType::Phone: return tr("Phone number");
    case SemanticType::Uuid: return tr("UUID");
    case SemanticType::IPv4: return tr("IPv4 address");
    case SemanticType::IPv6: return tr("IPv6 address");
    case SemanticType::IsoDate: return tr("ISO date");
    case SemanticType::CreditCard: return tr("Credit card number");
    case SemanticType::Iban: return tr("IBAN");
    case SemanticType::PostalCode: return tr("Postal code");
    case SemanticType::CountryCode: return tr("Country code");
    case SemanticType::CurrencyAmount: return tr("Currency amount");
    }
    return semanticTypeName(type);
}

QString ProfileReport::dimensionDisplayName(QualityScore::Dimension dimension)
{
    using D = QualityScore::Dimension;
    switch (dimension) {
    case D::Completeness: return tr("Completeness");
    case D::Validity: return tr("Validity");
    case D::Uniqueness: return tr("Uniqueness");
    case D::Consistency: return tr("Consistency");
    case D::Accuracy: return tr("Accuracy");
    }
    return qualityDimensionName(dimension);
}

QString ProfileReport::alertDisplayName(ProfileAlert::Kind kind)
{
    using K = ProfileAlert::Kind;
    switch (kind) {
    case K::Constant: return tr("Constant");
    case K::Unique: return tr("Unique");
    case K::HighCardinality: return tr("High cardinality");
    case K::MostlyMissing: return tr("Mostly missing");
    case K::Skewed: return tr("Skewed");
    case K::Imbalanced: return tr("Imbalanced");
    case K::NumbersAsText: return tr("Numbers as text");
    case K::DatesAsText: return tr("Dates as text");
    case K::MixedFormats: return tr("Mixed formats");
    case K::ConstantLength: return tr("Constant length");
    case K::Outliers: return tr("Outliers");
    case K::Pii: return tr("Personal data");
    case K::DuplicateRows: return tr("Duplicate rows");
    case K::HighCorrelation: return tr("High correlation");
    }
    return alertKindName(kind);
}

QString ProfileReport::methodDisplayName(Correlation::Method method)
{
    switch (method) {
    case Correlation::Method::Pearson: return tr("Pearson");
    case Correlation::Method::Spearman: return tr("Spearman");
    case Correlation::Method::CramersV: return tr("Cramér's V");
    }
    return correlationMethodName(method);
}

QString ProfileReport::monthLabel(const QString &bucket)
{
    bool ok = false;
    const int month = bucket.toInt(&ok);
    return ok && month >= 1 && month <= 12 ? QLocale().standaloneMonthName(month, QLocale::ShortFormat) : bucket;
}

QString ProfileReport::weekdayLabel(const QString &bucket)
{
    bool ok = false;
    const int day = bucket.toInt(&ok);
    return ok && day >= 1 && day <= 7 ? QLocale().standaloneDayName(day, QLocale::ShortFormat) : bucket;
}

QString ProfileReport::percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("–");
    const double p = 100.0 * double(part) / double(whole);
    // 99.95% of a million is not 100%: one more decimal near the ends.
    const int decimals = (p > 0 && p < 0.1) || (p > 99.9 && p < 100) ? 2 : 1;
    return tr("%1%").arg(QLocale().toString(p, 'f', decimals));
}

QString ProfileReport::number(double value)
{
    if (std::isnan(value))
        return tr("NaN");
    if (std::isinf(value))
        return value > 0 ? tr("∞") : tr("-∞");
    const double magnitude = std::fabs(value);
    if (magnitude != 0 && (magnitude >= 1e15 || magnitude < 1e-4))
        return QLocale().toString(value, 'g', 4);
    const int decimals = magnitude >= 1000 ? 0 : magnitude >= 1 ? 2 : 4;
    QString text = QLocale().toString(value, 'f', decimals);
    const QString point = QLocale().decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

} // namespace miq
