#include "engine/profile/profilecomparison.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>

namespace miq {

namespace {

using Finding = ProfileFinding;
using Severity = ProfileFinding::Severity;
using Kind = ProfileFinding::Kind;

QString count(qint64 v)
{
    return QLocale().toString(v);
}

QString figure(double v)
{
    if (!std::isfinite(v))
        return QString::number(v);
    // Up to 4 significant decimals, without trailing zeros: 3.25, 1,024, 0.0013
    const double magnitude = std::fabs(v);
    const int decimals = magnitude >= 1000 ? 0 : magnitude >= 1 ? 2 : 4;
    QString text = QLocale().toString(v, 'f', decimals);
    const QChar point = QLocale().decimalPoint().at(0);
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

QString share(double percent)
{
    return ProfileComparison::tr("%1%").arg(QLocale().toString(percent, 'f', 1));
}

QString points(double delta)
{
    return ProfileComparison::tr("%1%2 points").arg(delta >= 0 ? QStringLiteral("+") : QString(),
                                                    QLocale().toString(delta, 'f', 1));
}

QString dimensionText(QualityScore::Dimension d)
{
    using D = QualityScore::Dimension;
    switch (d) {
    case D::Completeness: return ProfileComparison::tr("completeness");
    case D::Validity: return ProfileComparison::tr("validity");
    case D::Uniqueness: return ProfileComparison::tr("uniqueness");
    case D::Consistency: return ProfileComparison::tr("consistency");
    case D::Accuracy: return ProfileComparison::tr("accuracy");
    }
    return QString();
}

// Missing = null or blank: a CSV has no nulls, only empty fields, and the profiler's completeness
// counts both the same way.
double missingShare(const ProfileColumn &c)
{
    return c.count > 0 ? 100.0 * double(c.nulls + c.blanks) / double(c.count) : 0;
}

std::optional<double> quantile(const ProfileColumn &c, const QString &name)
{
    for (const auto &[n, v] : c.quantiles)
        if (n == name)
            return v;
    return std::nullopt;
}

class Comparer
{
public:
    Comparer(const ComparisonOptions &options)
        : o(options)
    {}

    void add(Severity severity, Kind kind, const QString &column, const QString &message)
    {
        findings.append({severity, kind, column, message});
    }

    void dataset(const DatasetProfile &a, const DatasetProfile &b)
    {
        if (a.rows != b.rows) {
            const double change = a.rows > 0 ? 100.0 * double(b.rows - a.rows) / double(a.rows) : 100;
            add(change < -o.rowsWarningDrop ? Severity::Warning : Severity::Info, Kind::RowsChanged, QString(),
                ProfileComparison::tr("Rows: %1 → %2 (%3%4%)")
                    .arg(count(a.rows), count(b.rows), change >= 0 ? QStringLiteral("+") : QString(),
                         QLocale().toString(change, 'f', 1)));
        }
        if (b.duplicateRows > a.duplicateRows)
            add(Severity::Warning, Kind::DuplicateRowsChanged, QString(),
                ProfileComparison::tr("Duplicate rows: %1 → %2").arg(count(a.duplicateRows), count(b.duplicateRows)));
        else if (b.duplicateRows < a.duplicateRows)
            add(Severity::Info, Kind::DuplicateRowsChanged, QString(),
                ProfileComparison::tr("Duplicate rows: %1 → %2").arg(count(a.duplicateRows), count(b.duplicateRows)));
        quality(QString(), a.quality, a.qualityOverall, b.quality, b.qualityOverall);
        alerts(QString(), a.alerts, b.alerts, /*datasetOnly=*/true);
    }

    void quality(const QString &column, const QList<QualityScore> &a, const std::optional<double> &aOverall,
                 const QList<QualityScore> &b, const std::optional<double> &bOverall)
    {
        auto one = [&](const QString &what, double before, double after) {
            const double delta = after - before;
            if (std::fabs(delta) <= o.qualityPoints)
                return;
            const Severity severity = delta >= 0                             ? Severity::Info
                                      : -delta > o.criticalQualityPoints ? Severity::Critical
                                                                             : Severity::Warning;
            const QString message =
                column.isEmpty()
                    ? ProfileComparison::tr("Quality (%1): %2 → %3 (%4)")
                          .arg(what, figure(before), figure(after), points(delta))
                    : ProfileComparison::tr("Quality of '%1' (%2): %3 → %4 (%5)")
                          .arg(column, what, figure(before), figure(after), points(delta));
            add(severity, Kind::QualityChanged, column, message);
        };
        if (aOverall && bOverall)
            one(ProfileComparison::tr("overall"), *aOverall, *bOverall);
        // Per dimension only for the dataset: a column's overall score says enough per column.
        if (!column.isEmpty())
            return;
        for (const QualityScore &after : b) {
            for (const QualityScore &before : a)
                if (before.dimension == after.dimension && before.score && after.score)
                    one(dimensionText(after.dimension), *before.score, *after.score);
        }
    }

    void alerts(const QString &column, const QList<ProfileAlert> &a, const QList<ProfileAlert> &b, bool datasetOnly)
    {
        QSet<QString> before;
        for (const ProfileAlert &alert : a)
            before.insert(alertKindName(alert.kind) + QLatin1Char('\n') + alert.column);
        for (const ProfileAlert &alert : b) {
            if (datasetOnly && !alert.column.isEmpty())
                continue; // column alerts are compared with their column
            if (!before.contains(alertKindName(alert.kind) + QLatin1Char('\n') + alert.column))
                add(alert.kind == ProfileAlert::Kind::Pii || alert.kind == ProfileAlert::Kind::MostlyMissing
                        ? Severity::Warning
                        : Severity::Info,
                    Kind::NewAlert, column, ProfileComparison::tr("New alert: %1").arg(alert.message));
        }
    }

    void columns(const DatasetProfile &a, const DatasetProfile &b)
    {
        QHash<QString, const ProfileColumn *> before;
        for (const ProfileColumn &c : a.columns)
            before.insert(c.name, &c);
        QSet<QString> after;
        for (const ProfileColumn &c : b.columns) {
            after.insert(c.name);
            if (const ProfileColumn *old = before.value(c.name))
                column(*old, c);
            else
                add(Severity::Info, Kind::ColumnAdded, c.name,
                    ProfileComparison::tr("New column '%1' (%2)").arg(c.name, profileTypeName(c.inferredType)));
        }
        for (const ProfileColumn &c : a.columns)
            if (!after.contains(c.name))
                add(Severity::Critical, Kind::ColumnRemoved, c.name,
                    ProfileComparison::tr("Column '%1' is gone").arg(c.name));
    }

    void column(const ProfileColumn &a, const ProfileColumn &b)
    {
        const QString &name = b.name;
        if (a.inferredType != b.inferredType) {
            // Values that no longer fit the old type break whatever reads them as that type.
            const bool widened = b.inferredType == ProfileType::Text && a.inferredType != ProfileType::Empty;
            add(widened ? Severity::Critical : Severity::Warning, Kind::TypeChanged, name,
                ProfileComparison::tr("Type of '%1': %2 → %3")
                    .arg(name, profileTypeName(a.inferredType), profileTypeName(b.inferredType)));
        }

        const double nullsBefore = missingShare(a), nullsAfter = missingShare(b);
        const double nullDelta = nullsAfter - nullsBefore;
        if (std::fabs(nullDelta) > o.nullPoints) {
            const Severity severity = nullDelta < 0                    ? Severity::Info
                                      : nullDelta > o.criticalNullPoints ? Severity::Critical
                                                                         : Severity::Warning;
            add(severity, Kind::NullsChanged, name,
                ProfileComparison::tr("Missing values in '%1': %2 → %3 (%4)")
                    .arg(name, share(nullsBefore), share(nullsAfter), points(nullDelta)));
        }

        newValues(name, a.formats, b.formats, 0, [&](const ValueCount &v) {
            return ProfileComparison::tr("New format in '%1': %2 (%n value(s))", nullptr, int(qMin<qint64>(v.count, INT_MAX)))
                .arg(name, v.value);
        }, Severity::Warning, Kind::NewFormat);
        newValues(name, a.dateFormats, b.dateFormats, 0, [&](const ValueCount &v) {
            return ProfileComparison::tr("New date format in '%1': %2 (%n value(s))", nullptr,
                                         int(qMin<qint64>(v.count, INT_MAX)))
                .arg(name, v.value);
        }, Severity::Warning, Kind::NewFormat);
        const qint64 present = b.count - b.nulls;
        const qint64 minPattern = qint64(std::ceil(double(present) * o.minPatternShare / 100.0));
        newValues(name, a.patterns, b.patterns, qMax<qint64>(1, minPattern), [&](const ValueCount &v) {
            return ProfileComparison::tr("New pattern in '%1': \"%2\" in %3 of the values")
                .arg(name, v.value, share(present > 0 ? 100.0 * double(v.count) / double(present) : 0));
        }, Severity::Info, Kind::NewPattern);

        ranges(a, b);

        const double distinctChange =
            a.distinct > 0 ? double(b.distinct - a.distinct) / double(a.distinct) : (b.distinct > 0 ? 1.0 : 0.0);
        const bool wasUnique = a.count > 0 && a.distinct == a.count - a.nulls && a.nulls == 0;
        const bool isUnique = b.count > 0 && b.distinct == b.count - b.nulls && b.nulls == 0;
        if (wasUnique && !isUnique && b.distinctExact) {
            add(Severity::Warning, Kind::DistinctChanged, name,
                ProfileComparison::tr("'%1' is no longer unique: %2 distinct values in %3 rows")
                    .arg(name, count(b.distinct), count(b.count)));
        } else if (std::fabs(distinctChange) > o.distinctChange) {
            add(Severity::Info, Kind::DistinctChanged, name,
                ProfileComparison::tr("Distinct values in '%1': %2 → %3").arg(name, count(a.distinct), count(b.distinct)));
        }

        quality(name, a.quality, a.qualityOverall, b.quality, b.qualityOverall);
        alerts(name, a.alerts, b.alerts, false);
    }

    template<typename Describe>
    void newValues(const QString &column, const QList<ValueCount> &a, const QList<ValueCount> &b, qint64 minCount,
                   Describe describe, Severity severity, Kind kind)
    {
        QSet<QString> before;
        for (const ValueCount &v : a)
            before.insert(v.value);
        for (const ValueCount &v : b)
            if (!before.contains(v.value) && v.count >= minCount && v.count > 0)
                add(severity, kind, column, describe(v));
    }

    void ranges(const ProfileColumn &a, const ProfileColumn &b)
    {
        const QString &name = b.name;
        // A range that widened: values beyond what was seen before.
        if (a.min && b.min && *b.min < *a.min)
            add(Severity::Info, Kind::RangeShifted, name,
                ProfileComparison::tr("Minimum of '%1': %2 → %3").arg(name, figure(*a.min), figure(*b.min)));
        if (a.max && b.max && *b.max > *a.max)
            add(Severity::Info, Kind::RangeShifted, name,
                ProfileComparison::tr("Maximum of '%1': %2 → %3").arg(name, figure(*a.max), figure(*b.max)));
        if (!a.dateMin.isEmpty() && !b.dateMin.isEmpty() && b.dateMin < a.dateMin)
            add(Severity::Info, Kind::RangeShifted, name,
                ProfileComparison::tr("Earliest date in '%1': %2 → %3").arg(name, a.dateMin, b.dateMin));
        if (!a.dateMax.isEmpty() && !b.dateMax.isEmpty() && b.dateMax > a.dateMax)
            add(Severity::Info, Kind::RangeShifted, name,
                ProfileComparison::tr("Latest date in '%1': %2 → %3").arg(name, a.dateMax, b.dateMax));

        // The centre moved: measured in the older profile's spread, so it means the same for
        // cents and for millions.
        if (a.mean && b.mean) {
            const double spread = a.stddev && *a.stddev > 0 ? *a.stddev : std::fabs(*a.mean);
            if (spread > 0 && std::fabs(*b.mean - *a.mean) > o.shiftInSpreads * spread)
                add(Severity::Warning, Kind::RangeShifted, name,
                    ProfileComparison::tr("Mean of '%1' moved: %2 → %3").arg(name, figure(*a.mean), figure(*b.mean)));
        }
        const auto p25 = quantile(a, QStringLiteral("p25")), p75 = quantile(a, QStringLiteral("p75"));
        for (const QString &q : {QStringLiteral("p5"), QStringLiteral("p50"), QStringLiteral("p95")}) {
            const auto before = quantile(a, q), after = quantile(b, q);
            if (!before || !after)
                continue;
            double spread = p25 && p75 ? *p75 - *p25 : 0;
            if (spread <= 0)
                spread = a.stddev && *a.stddev > 0 ? *a.stddev : std::fabs(*before);
            if (spread > 0 && std::fabs(*after - *before) > o.shiftInSpreads * spread)
                add(Severity::Warning, Kind::RangeShifted, name,
                    ProfileComparison::tr("%1 of '%2' moved: %3 → %4")
                        .arg(q, name, figure(*before), figure(*after)));
        }
    }

    const ComparisonOptions &o;
    QList<Finding> findings;
};

} // namespace

QString findingSeverityName(ProfileFinding::Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Critical: return QStringLiteral("critical");
    }
    return QString();
}

QString findingKindName(ProfileFinding::Kind kind)
{
    switch (kind) {
    case Kind::RowsChanged: return QStringLiteral("rows_changed");
    case Kind::DuplicateRowsChanged: return QStringLiteral("duplicate_rows_changed");
    case Kind::ColumnAdded: return QStringLiteral("column_added");
    case Kind::ColumnRemoved: return QStringLiteral("column_removed");
    case Kind::TypeChanged: return QStringLiteral("type_changed");
    case Kind::NullsChanged: return QStringLiteral("nulls_changed");
    case Kind::NewFormat: return QStringLiteral("new_format");
    case Kind::NewPattern: return QStringLiteral("new_pattern");
    case Kind::RangeShifted: return QStringLiteral("range_shifted");
    case Kind::DistinctChanged: return QStringLiteral("distinct_changed");
    case Kind::QualityChanged: return QStringLiteral("quality_changed");
    case Kind::NewAlert: return QStringLiteral("new_alert");
    }
    return QString();
}

QList<ProfileFinding> ProfileComparison::compare(const DatasetProfile &older, const DatasetProfile &newer,
                                                 const ComparisonOptions &options)
{
    Comparer c(options);
    c.dataset(older, newer);
    c.columns(older, newer);
    // Most severe first; the order of discovery (dataset, then columns in order) within a severity.
    std::stable_sort(c.findings.begin(), c.findings.end(),
                     [](const Finding &x, const Finding &y) { return int(x.severity) > int(y.severity); });
    return c.findings;
}

} // namespace miq
