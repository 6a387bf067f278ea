#pragma once

#include "engine/profile/profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace miq {

// One thing that changed between two profiles of a stream.
struct ProfileFinding
{
    enum class Severity { Info, Warning, Critical };
    enum class Kind {
        RowsChanged,
        DuplicateRowsChanged,
        ColumnAdded,
        ColumnRemoved,
        TypeChanged,
        NullsChanged,
        NewFormat,
        NewPattern,
        RangeShifted,
        DistinctChanged,
        QualityChanged,
        NewAlert,
    };
    Severity severity = Severity::Info;
    Kind kind = Kind::RowsChanged;
    QString column;  // empty for the dataset
    QString message; // translated, with both figures: "Missing values in 'email': 2.0% → 9.5% (+7.5 points)"
};

QString findingSeverityName(ProfileFinding::Severity severity); // stable identifier: "warning"
QString findingKindName(ProfileFinding::Kind kind);             // stable identifier: "new_format"

// When a difference is worth a finding. Shares and scores are in percentage points.
struct ComparisonOptions
{
    double nullPoints = 1.0;        // share of null or blank values up (or down) by more than this
    double criticalNullPoints = 10; // ... by more than this: critical
    double shiftInSpreads = 0.25;   // mean/median moved by more than this many standard deviations (or IQRs)
    double distinctChange = 0.2;    // distinct count changed by more than this share (20%)
    double qualityPoints = 2.0;     // a quality score changed by more than this
    double criticalQualityPoints = 10;
    double minPatternShare = 1.0;   // a new pattern must cover at least this share of the values
    double rowsWarningDrop = 10;    // rows fell by more than this percentage: warning
};

// What changed from `older` to `newer` (two profiles of one stream): added/removed columns, type
// changes, new nulls, new formats and patterns, shifted ranges, distinct counts, quality scores,
// new alerts. Most severe first, then in the newer profile's column order.
class ProfileComparison
{
    Q_DECLARE_TR_FUNCTIONS(ProfileComparison)

public:
    static QList<ProfileFinding> compare(const DatasetProfile &older, const DatasetProfile &newer,
                                         const ComparisonOptions &options = {});
};

} // namespace miq
