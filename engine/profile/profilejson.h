#pragma once

#include "connectors/result.h"
#include "engine/profile/profile.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace miq {

// A DatasetProfile as JSON: what the workspace stores, what `migrateiq-cli profile --json` prints
// and what the pane exports. Keys are snake_case; enumerations are written with the stable
// identifiers of profile.h (profileTypeName() ...), never as numbers, so the format survives
// reordered enums. Absent optional figures are omitted (not null). The round trip is lossless.
//
// The documented contract (keys other tools may rely on): per column `name`, `inferred_type`,
// `count`, `nulls`, `distinct`, `min`, `max`, `mean`, `stddev`, `quantiles` {p1..p99},
// `top_values` [{value, count}], `formats`, `quality` {dimension: score, ..., overall};
// per dataset `rows`, `duplicate_rows`, `quality`. `quality_details` carries the explanations.
class ProfileJson
{
    Q_DECLARE_TR_FUNCTIONS(ProfileJson)

public:
    static constexpr int FormatVersion = 1;
};

QJsonObject profileToJson(const DatasetProfile &profile);
// Refuses what is not a profile (wrong format, newer format version, unknown enum identifiers)
// with a message saying which key is wrong.
Result<DatasetProfile> profileFromJson(const QJsonObject &json);

} // namespace miq
