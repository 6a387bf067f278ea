#pragma once

// What `sync`, `jobs` and `runs` share: finding what a run reads and where it writes, the options
// of a job's target and error policy, running a job in the foreground, and how a run is shown.

#include "app/cli/clicommand.h"
#include "app/cli/clicontext.h"
#include "engine/sync/jobstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace miq {

// What a run reads: a source of the workspace or a file, and one of its streams.
struct SyncSource
{
    std::optional<SourceRecord> source; // set for a workspace source
    QString path;                       // set for a file: its absolute path
    QString stream;                     // empty = the first stream
    QString typeId;
    ConnectionSettings settings; // the source's secrets are added by SyncCli::connect()
    QString label;               // "crm", "people.csv": for names and messages
};

class SyncCli
{
    Q_DECLARE_TR_FUNCTIONS(SyncCli)

public:
    enum class SourceKind { SourceOrFile, SourceOnly, FileOnly };

    // --table, --mode, --key; --stop-on-error, --max-errors, --max-error-percent.
    static QList<QCommandLineOption> targetOptions();
    static QList<QCommandLineOption> errorOptions();
    // --full, --checkpoint-rows: how `sync` and `jobs run` run.
    static QList<QCommandLineOption> runOptions();

    // Applies the options above that are set; false after printing a usage error.
    static bool applyTargetOptions(CliContext &context, const CliInvocation &invocation, JobDefinition &job);
    static bool applyErrorOptions(CliContext &context, const CliInvocation &invocation, JobDefinition &job);

    // `arg` is SOURCE, SOURCE:STREAM, FILE or FILE:STREAM. Reads nothing and loads no secret yet.
    static std::optional<SyncSource> resolveSource(CliContext &context, const QString &arg, SourceKind kind,
                                                   ExitCode *failure);
    // What a saved job reads (its source may have been removed since: exit 2).
    static std::optional<SyncSource> sourceOfJob(CliContext &context, const JobDefinition &job,
                                                 ExitCode *failure);
    // Loads the source's secrets into its settings (files have none).
    static bool connect(CliContext &context, SyncSource &source, ExitCode *failure);
    // Checks that the stream exists (when one is named) and returns the stream read by default
    // or named, with its columns.
    static std::optional<StreamInfo> checkStream(CliContext &context, const SyncSource &source,
                                                 ExitCode *failure);
    // Where a run writes: a workspace source that can be written to (a database server), by
    // name, or else a file whose suffix names a destination type (set as an absolute `path`).
    // Loads no secret yet.
    static std::optional<SyncSource> resolveDestination(CliContext &context, const QString &arg,
                                                        ExitCode *failure);
    // Where a saved job writes (its destination source may have been removed since: exit 2).
    static std::optional<SyncSource> destinationOfJob(CliContext &context, const JobDefinition &job,
                                                      ExitCode *failure);
    static bool isDatabasePath(const QString &path);
    // JobDefinition::validate() and what else can be told before a run (empty = runnable).
    static QStringList problems(const JobDefinition &job);

    // The workspace (created when missing) and its job store; nullptr after printing the error.
    static std::unique_ptr<JobStore> openStore(CliContext &context, ExitCode *failure);
    // A job by exact name, name ignoring case, or #ID; nullopt after printing the error.
    static std::optional<JobRecord> findJob(CliContext &context, JobStore &store, const QString &name,
                                            ExitCode *failure);
    // A run by its number (optionally "#N"); nullopt after printing the error.
    static std::optional<RunRecord> findRun(CliContext &context, JobStore &store, const QString &arg,
                                            ExitCode *failure);

    struct RunOptions
    {
        bool full = false;
        qint64 checkpointRows = 100'000;
        qint64 retryOf = 0; // load again only the rows this run quarantined
    };
    static std::optional<RunOptions> parseRunOptions(CliContext &context, const CliInvocation &invocation);

    // Runs `job` in this thread until it ends: progress on a terminal, Ctrl-C stops at a checkpoint.
    // Prints the summary and returns the exit code (0; 1 when the run failed or its verification
    // found a mismatch; 130 when it was interrupted). `resumeHint` says how to resume it.
    static int execute(CliContext &context, const JobDefinition &job, const SyncSource &source,
                       SyncSource destination, const RunOptions &options, const QString &resumeHint);

    // A run as `sync`, `runs` and `runs show` print it. `jobNames` maps job ids to current names.
    static QJsonObject runJson(const RunRecord &run, const QHash<qint64, QString> &jobNames);
    // `details`: more {label, value} rows, shown after the job.
    static QString runText(const RunRecord &run, const QHash<qint64, QString> &jobNames, bool resumed,
                           const QList<QStringList> &details = {});
    static QString jobOfRun(const RunRecord &run, const QHash<qint64, QString> &jobNames);
    static QString verificationText(const RunRecord &run);
    static QString durationText(const RunRecord &run);
    static double totalSeconds(const RunRecord &run);
    static QString secondsText(double seconds);
    static QHash<qint64, QString> jobNames(JobStore &store);

    // Times are local in text, UTC ISO 8601 in JSON (as `sources show` prints them).
    static QJsonValue timeJson(const QDateTime &time);
    static QString timeText(const QDateTime &time);
};

} // namespace miq
