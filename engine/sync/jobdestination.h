#pragma once

#include "connectors/destination.h"
#include "engine/sync/jobdefinition.h"

#include <QCoreApplication>

#include <memory>

namespace miq {

// Where a job writes, resolved for a run: the job's destination file, or a source of the
// workspace that can be written to (a database server), with its settings and secrets.
struct DestinationTarget
{
    QString typeId;              // connector type of a workspace destination; empty for a file
    ConnectionSettings settings; // with its secrets
};

class JobDestination
{
    Q_DECLARE_TR_FUNCTIONS(JobDestination)

public:
    // The destination `job` writes to. Nothing is opened or connected yet.
    static Result<std::unique_ptr<Destination>> open(const JobDefinition &job, const DestinationTarget &target);
};

} // namespace miq
