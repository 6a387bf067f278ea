#pragma once

#include "engine/profile/columnprofiler.h"
#include "engine/profile/profile.h"

#include <QCoreApplication>

namespace miq {

// Alerts and quality scores: every score is traced to the counts behind it, in a translated
// sentence. The dataset scores are the column measurements added up (not an average of averages).
class ProfileQuality
{
    Q_DECLARE_TR_FUNCTIONS(ProfileQuality)

public:
    // Column measurements summed over the dataset.
    struct Tally
    {
        std::int64_t cells = 0, present = 0;
        std::int64_t validityChecked = 0, valid = 0;
        std::int64_t consistencyChecked = 0, inconsistent = 0;
        std::int64_t accuracyChecked = 0, implausible = 0;
        int validityColumns = 0, accuracyColumns = 0;
    };

    static void addColumnAlerts(ProfileColumn &column, const ColumnFacts &facts, bool streamIsFile);
    static void scoreColumn(ProfileColumn &column, const ColumnFacts &facts, const ColumnStats &stats, Tally &tally);
    static QList<QualityScore> scoreDataset(const Tally &tally, qint64 rows, qint64 duplicateRows, bool duplicatesExact);
    static std::optional<double> overall(const QList<QualityScore> &scores);
    // Lower = more severe; alerts are listed in this order.
    static int severity(ProfileAlert::Kind kind);
};

} // namespace miq
