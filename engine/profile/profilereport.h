#pragma once

#include "connectors/result.h"
#include "engine/profile/profile.h"

#include <QCoreApplication>
#include <QString>

namespace miq {

// A profile as one self-contained HTML file: inline CSS, charts as inline SVG drawn here
// (quality scores, missing values, correlation heatmap, and per column histogram, top values,
// patterns, date distribution), no scripts and no external resources, so it opens anywhere,
// offline, and can be mailed. Every text from the data is HTML-escaped.
//
// Also the wording shared by the report and the profiling pane: display names of types,
// dimensions and alert kinds, and the labels of month/weekday buckets.
class ProfileReport
{
    Q_DECLARE_TR_FUNCTIONS(ProfileReport)

public:
    static QString html(const DatasetProfile &profile);
    // Writes html() to `path` atomically (a failed write leaves an existing file untouched).
    static Status writeHtml(const DatasetProfile &profile, const QString &path);
    // Writes profileToJson() to `path`, indented, atomically.
    static Status writeJson(const DatasetProfile &profile, const QString &path);

    static QString typeDisplayName(ProfileType type);         // "Integer", "Timestamp with zone"
    static QString semanticDisplayName(SemanticType type);    // "E-mail address"; empty for None
    static QString dimensionDisplayName(QualityScore::Dimension dimension); // "Completeness"
    static QString alertDisplayName(ProfileAlert::Kind kind); // "Mostly missing"
    static QString methodDisplayName(Correlation::Method method); // "Pearson"
    // Bucket labels of ProfileColumn::byMonth/byWeekday: "1".."12" -> "Jan".., ISO weekday
    // "1".."7" -> "Mon".."Sun"; anything else is shown as it is.
    static QString monthLabel(const QString &bucket);
    static QString weekdayLabel(const QString &bucket);
    // "12.5%" of part/whole in the user's locale; "–" when whole is 0.
    static QString percent(qint64 part, qint64 whole);
    static QString number(double value); // up to 4 significant decimals, grouped
};

} // namespace miq
