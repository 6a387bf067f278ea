#pragma once

#include "connectors/connector.h"
#include "engine/sync/jobdefinition.h"
#include "engine/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <memory>
#include <optional>
#include <vector>

namespace miq {

enum class RunStatus { Queued, Running, Succeeded, Failed, Cancelled, Interrupted };
QString runStatusName(RunStatus status);        // stable identifier stored in the workspace
QString runStatusDisplayName(RunStatus status); // translated

struct JobRecord
{
    JobDefinition definition; // definition.id and .name are the job's
    QJsonObject cursorState;  // {"value": highest cursor loaded, "keys": [[...], ...] at that value}
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct RunRecord
{
    qint64 id = 0;
    QString uuid;
    qint64 jobId = 0; // 0 for a one-shot sync
    JobDefinition definition;
    RunStatus status = RunStatus::Queued;
    qint64 pid = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 rowsRead = 0;
    qint64 rowsWritten = 0;
    qint64 rowsQuarantined = 0;
    qint64 bytesRead = 0;
    qint64 bytesTotal = -1;
    QJsonObject target;       // the TargetSpec the run created (kept for a resume)
    QJsonObject verification; // {"status": "verified"|"mismatch", "source": {...}, "destination": {...}}
    QJsonObject timings;      // seconds per phase
    QString error;
    qint64 peakRss = 0; // bytes
    QString log;
};

// Jobs, runs and quarantined rows of a workspace. Opens its own connection to the workspace file,
// so each thread that needs it has its own instance (a run's worker thread has one).
class JobStore
{
    Q_DECLARE_TR_FUNCTIONS(JobStore)

public:
    static Result<std::unique_ptr<JobStore>> open(const QString &workspacePath);
    ~JobStore();

    Workspace &workspace() { return *m_workspace; }

    Result<QList<JobRecord>> jobs() const;
    Result<JobRecord> job(qint64 id) const;
    Result<JobRecord> jobByName(const QString &name) const;
    Result<qint64> addJob(const JobDefinition &job);
    Status updateJob(const JobDefinition &job);
    Status removeJob(qint64 id);
    Status setCursorState(qint64 jobId, const QJsonObject &state);

    // Marks runs left 'running' by a process that no longer exists as interrupted.
    Status markInterruptedRuns();
    Result<RunRecord> createRun(const JobDefinition &definition);
    Result<RunRecord> run(qint64 id) const;
    Result<QList<RunRecord>> runs(qint64 jobId = 0, int limit = 50) const; // 0 = all jobs
    // The newest interrupted run of a saved job, or of an identical one-shot definition.
    Result<std::optional<RunRecord>> interruptedRun(const JobDefinition &definition) const;
    // Where the job's incremental loads stand: the target (with its "cursor" object and the
    // column types) of its newest succeeded run whose cursor column is the job's (empty when
    // none: the next run loads everything).
    Result<QJsonObject> lastCursorTarget(const JobDefinition &definition) const;
    // Claims an interrupted run for this process to resume it.
    Status resumeRun(qint64 runId);

    Status updateProgress(const RunRecord &run); // counters, target, timings, peak memory
    Status finishRun(qint64 runId, RunStatus status, const QString &error, const QJsonObject &verification,
                     const QJsonObject &timings);
    Status appendLog(qint64 runId, const QString &line);

    // Idempotent per (run, record number): a resumed run may quarantine a record again.
    // Returns how many records were new.
    Result<qint64> quarantine(qint64 runId, const QList<BadRecord> &records);
    Result<QList<BadRecord>> quarantined(qint64 runId, int limit = 1000, qint64 offset = 0) const;
    Result<qint64> quarantinedCount(qint64 runId) const;
    // The record numbers of the rows a run quarantined, ascending.
    Result<std::vector<qint64>> quarantinedRecordNumbers(qint64 runId) const;

private:
    explicit JobStore(std::unique_ptr<Workspace> workspace);

    std::unique_ptr<Workspace> m_workspace;
};

} // namespace miq
