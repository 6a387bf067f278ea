#pragma once

#include "connectors/destination.h"
#include "engine/sync/jobdefinition.h"
#include "engine/sync/jobdestination.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>

namespace miq {

// The steps before a sync copies anything, shared by runs and by the editors that show what a
// job would create: which stream, the full-pass type inference and the target it implies.
// Blocking: call on a worker thread.
class SyncPlanner
{
    Q_DECLARE_TR_FUNCTIONS(SyncPlanner)

public:
    // The job's stream, or the source's first one when the job names none.
    static Result<QString> resolveStream(Connector &connector, const JobDefinition &job, const QString &sourceName);

    struct Inference
    {
        std::shared_ptr<const Schema> schema; // the stream's own columns
        QList<TargetColumn> columns;          // the narrowest type of each, same order
        qint64 rows = 0;
        bool declared = false; // the types are the ones the source declares (no rows were read)
    };

    // Bytes read so far and in all (-1: unknown); returns false to stop.
    using Progress = std::function<bool(qint64 bytesRead, qint64 bytesTotal)>;

    // Reads every row of `stream` once and infers the narrowest type of each source column, on
    // several threads when the connector splits the stream into parts (Connector::openStreamParts;
    // the parts' evidence merges exactly). `progress` is called on this thread now and then.
    static Result<Inference> inferTypes(Connector &connector, const QString &stream, const ReadOptions &options,
                                        const Progress &progress = {});

    // The column types a job's target gets: those a typed source (a database server) declares,
    // without reading a row, unless the policy wants strict sizes; otherwise inferTypes().
    static Result<Inference> planTypes(Connector &connector, const QString &stream, const ReadOptions &options,
                                       const ErrorPolicy &policy, const Progress &progress = {});

    // The inferred columns as the job's error policy sizes them (see ErrorPolicy::strictSizes).
    static QList<TargetColumn> sizedColumns(QList<TargetColumn> inferred, const ErrorPolicy &policy);

    // The DDL the job's destination would run, from a full pass over the source.
    static Result<QString> targetDdl(const JobDefinition &job, const QString &sourceType,
                                     const ConnectionSettings &source, const DestinationTarget &destination,
                                     const QByteArray &maskSalt,
                                     const std::atomic_bool *cancel);
};

} // namespace miq
