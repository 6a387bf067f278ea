// `sync`: a one-shot run from a source or file into a destination file, and what `jobs` shares
// with it: finding the source, stream and destination, and the options of a job's target and
// error policy.

#include "app/cli/synccommand.h"

#include "connectors/connectorregistry.h"
#include "connectors/dest/destinations.h"
#include "engine/sourceoperations.h"
#include "engine/sync/syncrun.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace miq {

namespace {

class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    static int sync(CliContext &context, const CliInvocation &invocation);
};

const QStringList modeIds = {QStringLiteral("replace"), QStringLiteral("append"), QStringLiteral("upsert")};
const QStringList databaseSuffixes = {QStringLiteral("sqlite"), QStringLiteral("sqlite3"),
                                      QStringLiteral("db")};

// As the workspace treats source names: exact first, then ignoring case; "#<id>" picks by id.
std::optional<SourceRecord> lookupSource(const QList<SourceRecord> &sources, const QString &name)
{
    for (const SourceRecord &s : sources)
        if (s.name == name)
            return s;
    for (const SourceRecord &s : sources)
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return s;
    static const QRegularExpression idPattern(QStringLiteral("^#(\\d+)$"));
    if (const auto match = idPattern.match(name); match.hasMatch())
        for (const SourceRecord &s : sources)
            if (s.id == match.captured(1).toLongLong())
                return s;
    return std::nullopt;
}

// What a run reads or writes when it is a source of the workspace (its secrets come later).
SyncSource fromRecord(const SourceRecord &record, const QString &stream = QString())
{
    SyncSource result;
    result.source = record;
    result.stream = stream;
    result.typeId = record.typeId;
    result.settings = SourceOperations::connectionSettings(record, {});
    result.label = record.name;
    return result;
}

// The workspace source #id of a saved job; `missing` (with %1 the job, %2 the id) says what to do
// when it was removed since.
std::optional<SyncSource> jobSource(CliContext &context, const JobDefinition &job, qint64 id, const QString &missing,
                                    ExitCode *failure)
{
    Workspace *ws = context.workspace();
    if (!ws) {
        *failure = ExitCode::Workspace;
        return std::nullopt;
    }
    auto source = ws->source(id);
    if (!source) {
        context.out().error(missing.arg(job.name).arg(id));
        *failure = ExitCode::Usage;
        return std::nullopt;
    }
    return fromRecord(*source, job.stream);
}

QString absolutePath(const QString &path)
{
    return QDir::cleanPath(QDir::current().absoluteFilePath(path));
}

// "none" = no limit (-1); otherwise a number from `minimum` to `maximum`.
std::optional<double> limitValue(const QString &text, double minimum, double maximum, bool integer)
{
    if (text.trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return -1.0;
    bool ok = false;
    const double value = integer ? double(text.trimmed().toLongLong(&ok)) : text.trimmed().toDouble(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

} // namespace

QList<QCommandLineOption> SyncCli::targetOptions()
{
    return {
        QCommandLineOption(QStringLiteral("table"),
                           tr("Target table of a database destination (default: the stream's name)."),
                           QStringLiteral("T")),
        QCommandLineOption(QStringLiteral("mode"),
                           tr("replace (the default: loads a staging table and swaps it in at the end), "
                              "append, or upsert (inserts or updates by --key; database destinations only)."),
                           QStringLiteral("MODE")),
        QCommandLineOption(QStringLiteral("key"),
                           tr("Key columns (target names, comma-separated) that identify a row, for upsert and "
                              "for --cursor."),
                           QStringLiteral("COLS")),
        QCommandLineOption(QStringLiteral("cursor"),
                           tr("Incremental: a source column whose values only grow (an id, an updated_at). Each "
                              "run loads the rows from the largest value earlier runs loaded, inclusively, and "
                              "skips those it loaded already (by --key, else by the whole row). Implies --mode "
                              "append unless --mode upsert is given; 'none' turns it off."),
                           QStringLiteral("COL"))};
}

QList<QCommandLineOption> SyncCli::errorOptions()
{
    return {QCommandLineOption(QStringLiteral("stop-on-error"),
                               tr("Fail the run at the first bad row (it is still quarantined). Default: "
                                  "quarantine bad rows and go on.")),
            QCommandLineOption(QStringLiteral("max-errors"),
                               tr("Fail the run once more than N rows were quarantined ('none': no limit)."),
                               QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("max-error-percent"),
                               tr("Fail the run once more than P% of the rows read were quarantined (checked "
                                  "from 1000 rows on; 'none': no limit)."),
                               QStringLiteral("P")),
            QCommandLineOption(QStringLiteral("strict-sizes"),
                               tr("Declare the narrowest sizes the data needs (text lengths, decimal digits) and "
                                  "quarantine later values that do not fit. Default: text is unbounded and "
                                  "decimals get 38 digits, so later, longer values fit."))};
}

QList<QCommandLineOption> SyncCli::runOptions()
{
    return {
        QCommandLineOption(QStringLiteral("full"),
                           tr("Start over, even when an interrupted run of the same sync could be resumed.")),
        QCommandLineOption(QStringLiteral("checkpoint-rows"),
                           tr("Rows between checkpoints (default %1): fewer mean less to redo after a crash, "
                              "more a faster run.")
                               .arg(RunRequest().commitEveryRows),
                           QStringLiteral("N"))};
}

bool SyncCli::applyTargetOptions(CliContext &context, const CliInvocation &invocation, JobDefinition &job)
{
    if (invocation.isSet(QStringLiteral("table")))
        job.table = invocation.value(QStringLiteral("table")).trimmed();
    if (invocation.isSet(QStringLiteral("mode"))) {
        const qsizetype mode = modeIds.indexOf(invocation.value(QStringLiteral("mode")).trimmed().toLower());
        if (mode < 0) {
            context.out().error(tr("--mode must be replace, append or upsert, not '%1'.")
                                    .arg(invocation.value(QStringLiteral("mode"))));
            return false;
        }
        job.mode = WriteMode(mode);
    }
    if (invocation.isSet(QStringLiteral("key"))) {
        job.keyColumns.clear();
        for (const QString &value : invocation.values(QStringLiteral("key")))
            for (const QString &column : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (const QString name = column.trimmed(); !name.isEmpty() && !job.keyColumns.contains(name))
                    job.keyColumns << name;
    }
    if (invocation.isSet(QStringLiteral("cursor"))) {
        const QString cursor = invocation.value(QStringLiteral("cursor")).trimmed();
        job.cursorColumn = cursor == QLatin1String("none") ? QString() : cursor;
        if (!job.cursorColumn.isEmpty() && !invocation.isSet(QStringLiteral("mode")) && job.mode == WriteMode::Replace)
            job.mode = WriteMode::Append;
    }
    return true;
}

bool SyncCli::applyErrorOptions(CliContext &context, const CliInvocation &invocation, JobDefinition &job)
{
    if (invocation.isSet(QStringLiteral("stop-on-error")))
        job.errors.stopOnFirst = true;
    if (invocation.isSet(QStringLiteral("strict-sizes")))
        job.errors.strictSizes = true;
    if (invocation.isSet(QStringLiteral("max-errors"))) {
        const auto value = limitValue(invocation.value(QStringLiteral("max-errors")), 0, 9e15, true);
        if (!value) {
            context.out().error(
                tr("--max-errors must be a whole number of rows (0 or more) or 'none', not '%1'.")
                    .arg(invocation.value(QStringLiteral("max-errors"))));
            return false;
        }
        job.errors.maxBadRows = qint64(*value);
    }
    if (invocation.isSet(QStringLiteral("max-error-percent"))) {
        const auto value = limitValue(invocation.value(QStringLiteral("max-error-percent")), 0, 100, false);
        if (!value) {
            context.out().error(tr("--max-error-percent must be a number from 0 to 100 or 'none', not '%1'.")
                                    .arg(invocation.value(QStringLiteral("max-error-percent"))));
            return false;
        }
        job.errors.maxBadPercent = *value;
    }
    return true;
}

std::optional<SyncCli::RunOptions> SyncCli::parseRunOptions(CliContext &context,
                                                            const CliInvocation &invocation)
{
    RunOptions options;
    options.full = invocation.isSet(QStringLiteral("full"));
    options.checkpointRows = RunRequest().commitEveryRows;
    if (invocation.isSet(QStringLiteral("checkpoint-rows"))) {
        bool ok = false;
        options.checkpointRows =
            invocation.value(QStringLiteral("checkpoint-rows")).trimmed().toLongLong(&ok);
        if (!ok || options.checkpointRows < 1) {
            context.out().error(tr("--checkpoint-rows must be a whole number of rows (1 or more), not '%1'.")
                                    .arg(invocation.value(QStringLiteral("checkpoint-rows"))));
            return std::nullopt;
        }
    }
    return options;
}

std::optional<SyncSource> SyncCli::resolveSource(CliContext &context, const QString &arg, SourceKind kind,
                                                 ExitCode *failure)
{
    Workspace *ws = context.workspace();
    if (!ws) {
        *failure = ExitCode::Workspace;
        return std::nullopt;
    }
    QList<SourceRecord> sources;
    if (kind != SourceKind::FileOnly) {
        auto listed = ws->sources();
        if (!listed) {
            context.out().error(listed.error());
            *failure = ExitCode::Failure;
            return std::nullopt;
        }
        sources = *listed;
    }
    // The whole argument first: a source name or a path may itself contain ':'.
    QList<std::pair<QString, QString>> candidates{{arg, QString()}};
    const qsizetype colon = arg.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && colon < arg.size() - 1)
        candidates.append({arg.left(colon), arg.mid(colon + 1)});
    for (const auto &[name, stream] : std::as_const(candidates)) {
        if (kind != SourceKind::FileOnly) {
            if (const auto found = lookupSource(sources, name))
                return fromRecord(*found, stream);
        }
        if (kind != SourceKind::SourceOnly && QFileInfo(name).isFile()) {
            SyncSource result;
            result.path = absolutePath(name);
            auto forFile = ConnectorRegistry::builtin().settingsForFile(result.path);
            if (!forFile) {
                context.out().error(forFile.error());
                *failure = ExitCode::Usage;
                return std::nullopt;
            }
            result.typeId = forFile->first;
            result.settings = forFile->second;
            result.stream = stream;
            result.label = QFileInfo(result.path).fileName();
            return result;
        }
    }

    const QString workspace = QDir::toNativeSeparators(ws->path());
    if (kind == SourceKind::SourceOnly)
        context.out().error(tr("There is no source named '%1' in workspace '%2'. "
                               "'migrateiq-cli sources list' shows the sources.")
                                .arg(arg, workspace));
    else if (QFileInfo(arg).isDir())
        context.out().error(tr("'%1' is a folder; give a file or the name of a source.").arg(arg));
    else if (kind == SourceKind::FileOnly)
        context.out().error(tr("There is no file '%1'.").arg(arg));
    else
        context.out().error(
            tr("There is no source named '%1' in workspace '%2', and no file '%1'.").arg(arg, workspace));
    *failure = ExitCode::Usage;
    return std::nullopt;
}

std::optional<SyncSource> SyncCli::sourceOfJob(CliContext &context, const JobDefinition &job,
                                               ExitCode *failure)
{
    if (job.sourceId > 0)
        return jobSource(context, job, job.sourceId,
                         tr("Job '%1' reads source #%2, which is no longer in the workspace. Give it another "
                            "source with: migrateiq-cli jobs edit \"%1\" --source SOURCE"),
                         failure);
    SyncSource result;
    result.stream = job.stream;
    // A file that has gone missing is found out by the run, which records the failure.
    auto forFile = ConnectorRegistry::builtin().settingsForFile(job.sourcePath);
    if (!forFile) {
        context.out().error(tr("Job '%1': %2").arg(job.name, forFile.error()));
        *failure = ExitCode::Usage;
        return std::nullopt;
    }
    result.path = job.sourcePath;
    result.typeId = forFile->first;
    result.settings = forFile->second;
    result.label = QFileInfo(job.sourcePath).fileName();
    return result;
}

bool SyncCli::connect(CliContext &context, SyncSource &source, ExitCode *failure)
{
    if (!source.source)
        return true;
    const auto secrets = context.loadSecrets(*source.source, failure);
    if (!secrets)
        return false;
    source.settings = SourceOperations::connectionSettings(*source.source, *secrets);
    return true;
}

std::optional<StreamInfo> SyncCli::checkStream(CliContext &context, const SyncSource &source,
                                               ExitCode *failure)
{
    const auto streams = SourceOperations::discoverStreams(source.typeId, source.settings);
    if (!streams) {
        context.out().error(streams.error());
        *failure = ExitCode::Failure;
        return std::nullopt;
    }
    QStringList names;
    for (const StreamInfo &s : *streams) {
        if (source.stream.isEmpty() || s.name == source.stream)
            return s;
        names << s.name;
    }
    if (source.stream.isEmpty()) {
        context.out().error(tr("'%1' has no stream to read.").arg(source.label));
        *failure = ExitCode::Failure;
    } else {
        context.out().error(tr("'%1' has no stream '%2'. Its streams: %3.")
                                .arg(source.label, source.stream, names.join(QStringLiteral(", "))));
        *failure = ExitCode::Usage;
    }
    return std::nullopt;
}

QStringList SyncCli::problems(const JobDefinition &job)
{
    QStringList problems = job.validate();
    if (job.mode == WriteMode::Upsert && job.destinationSourceId == 0 && !job.destination.isEmpty() &&
        !isDatabasePath(job.destination))
        problems << tr("Rows can only be upserted into a database destination (.sqlite, .sqlite3, .db); use "
                       "replace or append for a file.");
    return problems;
}

bool SyncCli::isDatabasePath(const QString &path)
{
    return databaseSuffixes.contains(QFileInfo(path).suffix().toLower());
}

std::optional<SyncSource> SyncCli::resolveDestination(CliContext &context, const QString &arg, ExitCode *failure)
{
    *failure = ExitCode::Usage;
    if (arg.trimmed().isEmpty()) {
        context.out().error(tr("The destination needs a file name or the name of a database source."));
        return std::nullopt;
    }
    Workspace *ws = context.workspace();
    if (!ws) {
        *failure = ExitCode::Workspace;
        return std::nullopt;
    }
    auto sources = ws->sources();
    if (!sources) {
        context.out().error(sources.error());
        *failure = ExitCode::Failure;
        return std::nullopt;
    }
    if (const auto found = lookupSource(*sources, arg)) {
        const ConnectorSpec *spec = ConnectorRegistry::builtin().spec(found->typeId);
        if (!ConnectorRegistry::builtin().canWrite(found->typeId)) {
            context.out().error(tr("Source '%1' (%2) cannot be written to; give a database source or a file.")
                                    .arg(found->name, spec ? spec->displayName : found->typeId));
            return std::nullopt;
        }
        return fromRecord(*found);
    }
    const QString path = absolutePath(arg);
    const QFileInfo info(path);
    // Only checks the suffix: nothing is opened or created yet.
    if (const auto destination = createFileDestination(path); !destination) {
        context.out().error(destination.error());
        return std::nullopt;
    }
    if (info.isDir()) {
        context.out().error(tr("Destination '%1' is a folder; give a file.").arg(arg));
        return std::nullopt;
    }
    if (!info.absoluteDir().exists()) {
        context.out().error(tr("The folder of destination '%1' does not exist.")
                                .arg(QDir::toNativeSeparators(info.absolutePath())));
        return std::nullopt;
    }
    SyncSource result;
    result.path = path;
    result.label = info.fileName();
    return result;
}

std::optional<SyncSource> SyncCli::destinationOfJob(CliContext &context, const JobDefinition &job,
                                                    ExitCode *failure)
{
    if (job.destinationSourceId > 0)
        return jobSource(context, job, job.destinationSourceId,
                         tr("Job '%1' writes to source #%2, which is no longer in the workspace. Give it another "
                            "destination with: migrateiq-cli jobs edit \"%1\" --dest DEST"),
                         failure);
    SyncSource result;
    result.path = job.destination;
    result.label = QFileInfo(job.destination).fileName();
    return result;
}

std::unique_ptr<JobStore> SyncCli::openStore(CliContext &context, ExitCode *failure)
{
    Workspace *ws = context.workspace();
    if (!ws) {
        *failure = ExitCode::Workspace;
        return nullptr;
    }
    auto store = JobStore::open(ws->path());
    if (!store) {
        context.out().error(store.error());
        *failure = ExitCode::Workspace;
        return nullptr;
    }
    return std::move(*store);
}

std::optional<JobRecord> SyncCli::findJob(CliContext &context, JobStore &store, const QString &name,
                                          ExitCode *failure)
{
    const auto jobs = store.jobs();
    if (!jobs) {
        context.out().error(jobs.error());
        *failure = ExitCode::Failure;
        return std::nullopt;
    }
    for (const JobRecord &j : *jobs)
        if (j.definition.name == name)
            return j;
    for (const JobRecord &j : *jobs)
        if (j.definition.name.compare(name, Qt::CaseInsensitive) == 0)
            return j;
    static const QRegularExpression idPattern(QStringLiteral("^#(\\d+)$"));
    if (const auto match = idPattern.match(name); match.hasMatch())
        for (const JobRecord &j : *jobs)
            if (j.definition.id == match.captured(1).toLongLong())
                return j;
    context.out().error(
        tr("There is no job named '%1' in workspace '%2'. 'migrateiq-cli jobs list' shows the jobs.")
            .arg(name, QDir::toNativeSeparators(store.workspace().path())));
    *failure = ExitCode::Usage;
    return std::nullopt;
}

std::optional<RunRecord> SyncCli::findRun(CliContext &context, JobStore &store, const QString &arg,
                                          ExitCode *failure)
{
    bool ok = false;
    const qint64 id = (arg.startsWith(QLatin1Char('#')) ? arg.mid(1) : arg).toLongLong(&ok);
    if (!ok || id < 1) {
        context.out().error(tr("'%1' is not a run number; 'migrateiq-cli runs' lists the runs.").arg(arg));
        *failure = ExitCode::Usage;
        return std::nullopt;
    }
    auto run = store.run(id);
    if (!run) {
        context.out().error(tr("There is no run #%1 in workspace '%2'. 'migrateiq-cli runs' lists the runs.")
                                .arg(id)
                                .arg(QDir::toNativeSeparators(store.workspace().path())));
        *failure = ExitCode::Usage;
        return std::nullopt;
    }
    return *run;
}

int SyncCommand::sync(CliContext &context, const CliInvocation &invocation)
{
    JobDefinition job;
    if (!SyncCli::applyTargetOptions(context, invocation, job) ||
        !SyncCli::applyErrorOptions(context, invocation, job))
        return code(ExitCode::Usage);
    const auto options = SyncCli::parseRunOptions(context, invocation);
    if (!options)
        return code(ExitCode::Usage);
    ExitCode failure = ExitCode::Ok;
    const auto destination = SyncCli::resolveDestination(context, invocation.arguments.at(1), &failure);
    if (!destination)
        return code(failure);
    auto source = SyncCli::resolveSource(context, invocation.arguments.at(0),
                                         SyncCli::SourceKind::SourceOrFile, &failure);
    if (!source || !SyncCli::connect(context, *source, &failure))
        return code(failure);
    if (!source->stream.isEmpty() && !SyncCli::checkStream(context, *source, &failure))
        return code(failure);

    const QString readPath = source->settings.value(QStringLiteral("path"));
    if (!readPath.isEmpty() && !destination->path.isEmpty() && absolutePath(readPath) == destination->path) {
        context.out().error(tr("Destination '%1' is the file the sync reads from; write to another file.")
                                .arg(QDir::toNativeSeparators(destination->path)));
        return code(ExitCode::Usage);
    }

    job.name =
        tr("sync %1 → %2")
            .arg(source->stream.isEmpty() ? source->label : source->label + QLatin1Char(':') + source->stream,
                 destination->label);
    job.sourceId = source->source ? source->source->id : 0;
    job.sourcePath = source->path;
    job.stream = source->stream;
    job.destination = destination->path;
    job.destinationSourceId = destination->source ? destination->source->id : 0;
    if (const QStringList problems = SyncCli::problems(job); !problems.isEmpty()) {
        context.out().error(tr("Cannot sync: %1").arg(problems.join(QLatin1Char(' '))));
        return code(ExitCode::Usage);
    }
    return SyncCli::execute(context, job, *source, *destination, *options, tr("run the same command again"));
}

QList<CliCommand> syncCommands()
{
    CliCommand sync;
    sync.words = {QStringLiteral("sync")};
    sync.synopsis =
        QStringLiteral("SOURCE[:STREAM]|FILE DEST [--table T] [--mode M] [--key COLS] [--cursor COL] [--full] [options]");
    sync.summary = SyncCommand::tr("Copy a source's stream, or a file, into a database or a file");
    sync.description = SyncCommand::tr(
        "SOURCE is a source of the workspace, optionally with ':STREAM' (default: its first stream); "
        "otherwise the argument is taken as a file whose type its suffix tells. DEST is a database source "
        "of the workspace (PostgreSQL, MySQL/MariaDB: a table in it, --table or the stream's name), or a file "
        "whose suffix picks the destination: .sqlite, .sqlite3 or .db (a table in an SQLite database, created "
        "when missing), .csv, .ndjson or .jsonl.\n"
        "The whole stream is read once to infer the narrowest column types, then copied in batches with a "
        "checkpoint after each commit, and verified: row counts and checksums on both sides. Rows that "
        "cannot be read or converted are quarantined (see 'errors RUN') and the run goes on, unless the "
        "error policy says otherwise. The run is recorded in the workspace ('runs').\n"
        "Ctrl-C stops at the next checkpoint (exit code 130); running the same command again resumes "
        "there, with no row lost or doubled, as it does after a crash. --full starts over.\n"
        "Exit code 1 when the run fails or its verification finds a mismatch.");
    sync.options = SyncCli::targetOptions() + SyncCli::errorOptions() + SyncCli::runOptions();
    sync.minArguments = sync.maxArguments = 2;
    sync.run = &SyncCommand::sync;
    return {sync};
}

} // namespace miq
