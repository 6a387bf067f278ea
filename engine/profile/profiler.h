#pragma once

#include "connectors/connector.h"
#include "engine/profile/profile.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace miq {

struct ProfileProgress
{
    qint64 rows = 0;
    qint64 bytesRead = 0;
    qint64 bytesTotal = -1; // -1 when unknown
    double rowsPerSecond = 0;
    double etaSeconds = -1; // -1 when unknown
};

struct ProfileOptions
{
    qint64 sampleRows = -1; // -1 = full pass; otherwise only the first N rows
    int threads = 0;        // worker threads for per-chunk states; 0 = QThread::idealThreadCount()
    int batchRows = 16'384;
    const std::atomic_bool *cancel = nullptr;
    // Called on the profiling thread at most every 200 ms; cheap and thread-safe on the caller's side.
    std::function<void(const ProfileProgress &)> progress;
};

// Profiles one stream: reads record batches on the calling thread, folds them into per-chunk
// states on worker threads, merges the states and derives the DatasetProfile. Memory is bounded
// by the sketches, not by the rows. Blocking: call on a worker thread (or the CLI's main thread).
class Profiler
{
    Q_DECLARE_TR_FUNCTIONS(Profiler)

public:
    // An error names the source/stream and the cause; a cancelled run returns an error saying so.
    static Result<DatasetProfile> profile(Connector &connector, const QString &sourceName,
                                          const QString &stream, const ProfileOptions &options);
};

} // namespace miq
