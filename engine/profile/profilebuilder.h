#pragma once

#include "engine/profile/profile.h"
#include "engine/profile/profilestate.h"

#include <QCoreApplication>

namespace miq {

// What the profile says about how it was made (the state only knows the rows).
struct ProfileContext
{
    QString sourceName;
    QString stream;
    bool streamIsFile = true;
    bool sampled = false;
    qint64 sampleRows = -1;
    QDateTime profiledAt;
    qint64 badRecords = 0;
    double seconds = 0;
    QString encoding, dialect;
};

// Derives the DatasetProfile from the merged state of a whole stream: per-column figures, the
// dataset-level figures (duplicates, missing patterns, correlations, keys), alerts, quality
// scores and the notes on which figures are estimated.
class ProfileBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ProfileBuilder)

public:
    static constexpr int missingPatternsShown = 20;
    static constexpr double highCorrelation = 0.9;

    static DatasetProfile build(const ProfileState &state, const ProfileContext &context);
};

} // namespace miq
