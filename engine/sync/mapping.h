#pragma once

#include "connectors/destination.h"

#include <QList>
#include <QString>

#include <optional>

namespace miq {

// How one target column is made from the source. The job's mapping lists the target columns in
// order; source columns not named by any included mapping are left out.
struct ColumnMapping
{
    enum class Mask {
        None,
        Hash,   // hex SHA-256 of (workspace salt + value): joinable, not reversible
        Redact, // the value is replaced by a fixed marker; nulls stay null
    };

    QString source;   // source column; empty for a constant column
    QString target;   // target column name (defaults to source)
    bool include = true;
    std::optional<ColumnType> cast; // forced target type; otherwise the inferred one
    std::optional<QString> constant; // constant column: this value on every row
    Mask mask = Mask::None;
};

struct JobMapping
{
    QList<ColumnMapping> columns; // empty = every source column as is
    bool addRunId = false;        // adds "_miq_run_id" (text)
    bool addLoadedAt = false;     // adds "_miq_loaded_at" (timestamp of the run start)
};

} // namespace miq
