#pragma once

#include "engine/sync/jobdefinition.h"
#include "ui/jobsource.h"

#include <QByteArray>
#include <QCoreApplication>

#include <atomic>

namespace miq {

// What a job would create, worked out before it runs. Blocking: call on a worker thread.
class JobPlanning
{
    Q_DECLARE_TR_FUNCTIONS(JobPlanning)

public:
    // The DDL of the job's target: the same full-pass type inference and mapping a run applies
    // (every row is read, not a sample), rendered by the job's destination.
    static Result<QString> targetDdl(const JobDefinition &job, const ResolvedSource &source,
                                     const QByteArray &maskSalt, const std::atomic_bool *cancel);
};

} // namespace miq
