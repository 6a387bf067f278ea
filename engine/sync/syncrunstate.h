#pragma once

// The private state of one SyncRun execution, shared by syncrun.cpp (the pipeline) and
// syncrunrecovery.cpp (retries, incremental cursors, loading quarantined rows again).

#include "engine/sync/batchconverter.h"
#include "engine/sync/checksum.h"
#include "engine/sync/commitfollower.h"
#include "engine/sync/incrementalcursor.h"
#include "engine/sync/syncrun.h"

#include <QElapsedTimer>

#include <optional>
#include <vector>

namespace miq {

// Everything one execution works with; lives on the worker thread's stack.
struct SyncRun::State
{
    std::unique_ptr<JobStore> store;
    RunRecord run;
    std::unique_ptr<Connector> connector;
    QString stream;
    std::shared_ptr<const Schema> sourceSchema;
    QList<TargetColumn> inferred;
    std::optional<BatchConverter> converter;
    TargetSpec spec;
    std::unique_ptr<Destination> destination;
    bool resuming = false;
    QByteArray readerToken;
    TableChecksum sourceChecksum;
    // Replace runs into destinations that can follow their commits: the verification read back
    // during the copy, and what it summed (set once the last commit was read).
    std::unique_ptr<CommitFollower> follower;
    std::optional<TableChecksum> followedChecksum;
    QJsonObject verification;
    QElapsedTimer clock;    // since the copy started: rows per second and ETA
    QElapsedTimer lifetime; // since this process picked the run up: the total timing
    QElapsedTimer sinceReport;
    qint64 rowsAtStart = 0; // rows already done before this process picked the run up
    RunProgress::Stage stage = RunProgress::Stage::Inferring;
    QString phase;
    // Incremental jobs: the filter of rows earlier runs loaded, where they stopped, and how far
    // this run has come (in committed rows).
    std::optional<IncrementalFilter> cursorFilter;
    CursorPosition cursorFrom;
    CursorPosition cursorSeen;
    qint64 rowsSkipped = 0;
    bool finished = false; // the destination finished: only verification is left
    // A run that loads again the rows run #retryOf quarantined: their record numbers, ascending.
    qint64 retryOf = 0;
    std::vector<qint64> retryRecords;
    bool typesFromEarlierRun = false; // incremental: no inference pass
};

} // namespace miq
