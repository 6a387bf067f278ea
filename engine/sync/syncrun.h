#pragma once

#include "connectors/connector.h"
#include "engine/sync/checksum.h"
#include "engine/sync/jobdestination.h"
#include "engine/sync/jobstore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <atomic>
#include <functional>

namespace miq {

// Live state of a run, reported to the caller's progress function.
struct RunProgress
{
    enum class Stage { Inferring, Copying, Finishing, Verifying };

    qint64 runId = 0;
    Stage stage = Stage::Inferring;
    QString phase; // translated name of the stage: "Inferring types", "Copying rows", "Verifying"
    qint64 rowsRead = 0;
    qint64 rowsWritten = 0;
    qint64 rowsQuarantined = 0;
    qint64 bytesRead = 0;
    qint64 bytesTotal = -1; // -1 when unknown
    double rowsPerSecond = 0;
    double etaSeconds = -1; // -1 when unknown
};

// Cooperative controls of a running SyncRun, checked between batches.
struct RunControls
{
    std::atomic_bool cancel{false};    // stop and discard: the run ends 'cancelled'
    std::atomic_bool interrupt{false}; // stop at the last checkpoint: the run ends 'interrupted', resumable
    std::atomic_bool pause{false};     // hold between batches until cleared
};

// Everything a run needs, as values: it runs on a worker thread and touches nothing shared.
struct RunRequest
{
    QString workspacePath;
    JobDefinition job;
    QString sourceType;        // connector type id
    ConnectionSettings source; // with its secrets
    DestinationTarget destination; // a workspace destination's type and settings (empty for files)
    bool full = false;         // start over even if an interrupted run could be resumed
    qint64 commitEveryRows = 100'000;
    int batchRows = 16'384;
    int retries = 3; // transient failures retried from the last checkpoint, with backoff
    // Loads only the rows run #retryOf quarantined, read again from the (fixed) source, with the
    // types that run created, appended (or upserted) to its target. 0 = a normal run.
    qint64 retryOf = 0;
};

// One sync run, executed on the calling thread: infer types over the whole stream, create the
// target, copy rows in batches with a checkpoint after each commit, quarantine bad rows, verify
// counts and checksums. Resumes an interrupted run of the same job from its last checkpoint.
class SyncRun
{
    Q_DECLARE_TR_FUNCTIONS(SyncRun)

public:
    using ProgressFunction = std::function<void(const RunProgress &)>;

    SyncRun(RunRequest request, RunControls *controls, ProgressFunction progress);

    // Blocks until the run ends. Returns the final run record; an error only when not even the
    // run record could be written (the workspace is unusable).
    Result<RunRecord> execute();

private:
    struct State;

    Status runWithRetries(State &state);
    Status runInto(State &state);
    Status infer(State &state);
    Status copy(State &state);
    Status verify(State &state);
    Result<TableChecksum> readBack(State &state); // the whole destination, in parallel parts
    Status setUpCursor(State &state);
    Status startRetry(State &state);
    void recordCursor(State &state);
    void report(State &state, bool force);
    void log(State &state, const QString &line);

    RunRequest m_request;
    RunControls *m_controls;
    ProgressFunction m_progress;
};

} // namespace miq
