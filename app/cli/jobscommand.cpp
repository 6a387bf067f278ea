// `jobs add|edit|list|show|remove|run`: sync jobs saved in the workspace.

#include "app/cli/jobscommand.h"

#include "app/cli/synccommand.h"
#include "app/cli/texttable.h"

#include <QDir>
#include <QJsonArray>

namespace miq {

namespace {

class JobsCommand
{
    Q_DECLARE_TR_FUNCTIONS(JobsCommand)

public:
    static int add(CliContext &context, const CliInvocation &invocation);
    static int edit(CliContext &context, const CliInvocation &invocation);
    static int list(CliContext &context, const CliInvocation &invocation);
    static int show(CliContext &context, const CliInvocation &invocation);
    static int remove(CliContext &context, const CliInvocation &invocation);
    static int run(CliContext &context, const CliInvocation &invocation);

    static bool configure(CliContext &context, const CliInvocation &invocation, bool edit, JobDefinition &job,
                          ExitCode *failure);
};

} // namespace

bool JobsCommand::configure(CliContext &context, const CliInvocation &invocation, bool edit,
                            JobDefinition &job, ExitCode *failure)
{
    *failure = ExitCode::Usage;
    if (!SyncCli::applyTargetOptions(context, invocation, job) ||
        !SyncCli::applyErrorOptions(context, invocation, job))
        return false;
    if (edit && invocation.isSet(QStringLiteral("no-stop-on-error"))) {
        if (invocation.isSet(QStringLiteral("stop-on-error"))) {
            context.out().error(tr("--stop-on-error and --no-stop-on-error contradict each other."));
            return false;
        }
        job.errors.stopOnFirst = false;
    }
    if (invocation.isSet(QStringLiteral("dest"))) {
        const auto destination =
            SyncCli::resolveDestination(context, invocation.value(QStringLiteral("dest")), failure);
        if (!destination)
            return false;
        job.destination = destination->path;
        job.destinationSourceId = destination->source ? destination->source->id : 0;
    }

    const bool newSource =
        invocation.isSet(QStringLiteral("source")) || invocation.isSet(QStringLiteral("file"));
    if (invocation.isSet(QStringLiteral("source")) && invocation.isSet(QStringLiteral("file"))) {
        context.out().error(tr("Give either --source or --file, not both."));
        return false;
    }
    // The source is read only to check a stream given now, or to list its columns for the mapping.
    const bool needColumns = JobMappingCli::changesColumns(invocation, edit) &&
                             (!JobMappingCli::listsSourceColumns(job.mapping) ||
                              (edit && invocation.isSet(QStringLiteral("reset-mapping"))));
    std::optional<SyncSource> source;
    if (newSource) {
        const bool isFile = invocation.isSet(QStringLiteral("file"));
        source = SyncCli::resolveSource(
            context, invocation.value(isFile ? QStringLiteral("file") : QStringLiteral("source")),
            isFile ? SyncCli::SourceKind::FileOnly : SyncCli::SourceKind::SourceOnly, failure);
        if (!source)
            return false;
        job.sourceId = source->source ? source->source->id : 0;
        job.sourcePath = source->path;
        job.stream = source->stream;
    } else if (needColumns) {
        source = SyncCli::sourceOfJob(context, job, failure);
        if (!source)
            return false;
    }
    QList<ColumnInfo> columns;
    if (source && ((newSource && !source->stream.isEmpty()) || needColumns)) {
        if (!SyncCli::connect(context, *source, failure))
            return false;
        const auto stream = SyncCli::checkStream(context, *source, failure);
        if (!stream)
            return false;
        columns = stream->columns;
        *failure = ExitCode::Usage;
    }
    if (!JobMappingCli::apply(context, invocation, edit, job.mapping, columns,
                              source ? source->label : job.name))
        return false;

    const QStringList targets = JobMappingCli::targetNames(job.mapping);
    for (const QString &key : std::as_const(job.keyColumns)) {
        if (!targets.isEmpty() && !targets.contains(key)) {
            context.out().error(tr("Key column '%1' is not a column of the target. Its columns: %2.")
                                    .arg(key, targets.join(QStringLiteral(", "))));
            return false;
        }
    }
    if (!job.sourcePath.isEmpty() && !job.destination.isEmpty() && job.sourcePath == job.destination) {
        context.out().error(tr("Destination '%1' is the file the job reads from; write to another file.")
                                .arg(QDir::toNativeSeparators(job.destination)));
        return false;
    }
    if (const QStringList problems = SyncCli::problems(job); !problems.isEmpty()) {
        context.out().error(
            tr("Job '%1' is not valid:\n  %2").arg(job.name, problems.join(QStringLiteral("\n  "))));
        return false;
    }
    return true;
}

int JobsCommand::add(CliContext &context, const CliInvocation &invocation)
{
    JobDefinition job;
    job.name = invocation.arguments.first().trimmed();
    if (job.name.isEmpty()) {
        context.out().error(tr("A job needs a name."));
        return code(ExitCode::Usage);
    }
    if (!invocation.isSet(QStringLiteral("source")) && !invocation.isSet(QStringLiteral("file"))) {
        context.out().error(
            tr("Say what the job reads: --source SOURCE[:STREAM] (a source of the workspace) or "
               "--file FILE[:STREAM]."));
        return code(ExitCode::Usage);
    }
    if (!invocation.isSet(QStringLiteral("dest"))) {
        context.out().error(
            tr("Say where the job writes: --dest FILE (.sqlite, .sqlite3, .db, .csv, .ndjson or .jsonl)."));
        return code(ExitCode::Usage);
    }
    ExitCode failure = ExitCode::Ok;
    auto store = SyncCli::openStore(context, &failure);
    if (!store)
        return code(failure);
    if (const auto jobs = store->jobs(); jobs) {
        for (const JobRecord &j : *jobs) {
            if (j.definition.name.compare(job.name, Qt::CaseInsensitive) == 0) {
                context.out().error(tr("A job named '%1' already exists.").arg(j.definition.name));
                return code(ExitCode::Usage);
            }
        }
    }
    if (!configure(context, invocation, false, job, &failure))
        return code(failure);
    const auto id = store->addJob(job);
    if (!id) {
        context.out().error(id.error());
        return code(ExitCode::Failure);
    }
    if (context.out().json())
        JobView::print(context, *store, *id);
    else
        context.out().print(
            tr("Added job '%1' (#%2). Run it with: migrateiq-cli jobs run \"%1\"").arg(job.name).arg(*id));
    return code(ExitCode::Ok);
}

int JobsCommand::edit(CliContext &context, const CliInvocation &invocation)
{
    ExitCode failure = ExitCode::Ok;
    auto store = SyncCli::openStore(context, &failure);
    if (!store)
        return code(failure);
    const auto found = SyncCli::findJob(context, *store, invocation.arguments.first(), &failure);
    if (!found)
        return code(failure);
    JobDefinition job = found->definition;
    if (invocation.isSet(QStringLiteral("name"))) {
        job.name = invocation.value(QStringLiteral("name")).trimmed();
        if (job.name.isEmpty()) {
            context.out().error(tr("A job needs a name."));
            return code(ExitCode::Usage);
        }
        if (const auto jobs = store->jobs(); jobs) {
            for (const JobRecord &j : *jobs) {
                if (j.definition.id != job.id &&
                    j.definition.name.compare(job.name, Qt::CaseInsensitive) == 0) {
                    context.out().error(tr("A job named '%1' already exists.").arg(j.definition.name));
                    return code(ExitCode::Usage);
                }
            }
        }
    }
    if (!configure(context, invocation, true, job, &failure))
        return code(failure);
    if (job.toJson() == found->definition.toJson()) {
        context.out().error(
            tr("Nothing to change in job '%1'. Run 'migrateiq-cli jobs edit --help' for the options.")
                .arg(found->definition.name));
        return code(ExitCode::Usage);
    }
    if (Status saved = store->updateJob(job); !saved) {
        context.out().error(saved.error());
        return code(ExitCode::Failure);
    }
    if (context.out().json())
        JobView::print(context, *store, job.id);
    else
        context.out().print(tr("Updated job '%1'.").arg(job.name));
    return code(ExitCode::Ok);
}

int JobsCommand::list(CliContext &context, const CliInvocation &)
{
    ExitCode failure = ExitCode::Ok;
    auto store = SyncCli::openStore(context, &failure);
    if (!store)
        return code(failure);
    const auto jobs = store->jobs();
    if (!jobs) {
        context.out().error(jobs.error());
        return code(ExitCode::Failure);
    }
    (void)store->markInterruptedRuns();
    QJsonArray array;
    TextTable table({tr("NAME"), tr("SOURCE"), tr("DESTINATION"), tr("MODE"), tr("LAST RUN")});
    table.setMaxCellWidth(60);
    for (const JobRecord &j : *jobs) {
        const auto runs = store->runs(j.definition.id, 1);
        const QList<RunRecord> last = runs ? *runs : QList<RunRecord>();
        if (context.out().json()) {
            array.append(JobView::json(context, j, last));
            continue;
        }
        table.addRow({j.definition.name, JobView::sourceText(context, j.definition),
                      JobView::destinationText(context, j.definition), JobView::modeText(j.definition),
                      last.isEmpty()
                          ? tr("never")
                          : QStringLiteral("%1 %2").arg(runStatusDisplayName(last.first().status),
                                                        SyncCli::timeText(last.first().startedAt))});
    }
    if (context.out().json())
        context.out().printJson(array);
    else if (jobs->isEmpty())
        context.out().print(
            tr("No jobs yet. Add one with: migrateiq-cli jobs add NAME --source SOURCE --dest FILE"));
    else
        context.out().print(table.render(CliOutput::terminalWidth()).chopped(1));
    return code(ExitCode::Ok);
}

int JobsCommand::show(CliContext &context, const CliInvocation &invocation)
{
    ExitCode failure = ExitCode::Ok;
    auto store = SyncCli::openStore(context, &failure);
    if (!store)
        return code(failure);
    const auto job = SyncCli::findJob(context, *store, invocation.arguments.first(), &failure);
    if (!job)
        return code(failure);
    (void)store->markInterruptedRuns();
    JobView::print(context, *store, job->definition.id);
    return code(ExitCode::Ok);
}

int JobsCommand::remove(CliContext &context, const CliInvocation &invocation)
{
    ExitCode failure = ExitCode::Ok;
    auto store = SyncCli::openStore(context, &failure);
    if (!store)
        return code(failure);
    const auto job = SyncCli::findJob(context, *store, invocation.arguments.first(), &failure);
    if (!job)
        return code(failure);
    if (Status removed = store->removeJob(job->definition.id); !removed) {
        context.out().error(removed.error());
        return code(ExitCode::Failure);
    }
    if (context.out().json())
        context.out().printJson(QJsonObject{{QStringLiteral("id"), job->definition.id},
                                            {QStringLiteral("name"), job->definition.name},
                                            {QStringLiteral("removed"), true}});
    else
        context.out().print(tr("Removed job '%1'. Its runs stay in the history.").arg(job->definition.name));
    return code(ExitCode::Ok);
}

int JobsCommand::run(CliContext &context, const CliInvocation &invocation)
{
    const auto options = SyncCli::parseRunOptions(context, invocation);
    if (!options)
        return code(ExitCode::Usage);
    ExitCode failure = ExitCode::Ok;
    std::optional<JobRecord> job;
    {
        auto store = SyncCli::openStore(context, &failure);
        if (!store)
            return code(failure);
        job = SyncCli::findJob(context, *store, invocation.arguments.first(), &failure);
        if (!job)
            return code(failure);
    }
    auto source = SyncCli::sourceOfJob(context, job->definition, &failure);
    if (!source || !SyncCli::connect(context, *source, &failure))
        return code(failure);
    auto destination = SyncCli::destinationOfJob(context, job->definition, &failure);
    if (!destination)
        return code(failure);
    return SyncCli::execute(context, job->definition, *source, *destination, *options,
                            tr("run: migrateiq-cli jobs run \"%1\"").arg(job->definition.name));
}

QList<CliCommand> jobsCommands()
{
    const QList<QCommandLineOption> definition =
        QList<QCommandLineOption>{
            QCommandLineOption(QStringLiteral("source"),
                               JobsCommand::tr("Read a source of the workspace (and one of its streams)."),
                               QStringLiteral("SOURCE[:STREAM]")),
            QCommandLineOption(QStringLiteral("file"), JobsCommand::tr("Read a file (its type is told by its suffix)."),
                               QStringLiteral("FILE[:STREAM]")),
            QCommandLineOption(
                QStringLiteral("dest"),
                JobsCommand::tr("Write to a database source of the workspace (by name), or to this file: .sqlite, "
                                ".sqlite3 or .db (SQLite), .csv, .ndjson or .jsonl."),
                QStringLiteral("SOURCE|FILE"))} +
        SyncCli::targetOptions() + SyncCli::errorOptions();

    CliCommand add;
    add.words = {QStringLiteral("jobs"), QStringLiteral("add")};
    add.synopsis =
        QStringLiteral("NAME --source SOURCE[:STREAM]|--file FILE --dest SOURCE|FILE [--map SRC=TARGET]... "
                       "[options]");
    add.summary = JobsCommand::tr("Save a sync job: a source stream into a database or a file, with its mapping");
    add.description = JobsCommand::tr(
        "Without mapping options the job copies every source column as is, with the types a full pass over "
        "the data infers. The first mapping option lists the stream's columns (the source is read for "
        "that), so one column can be renamed, left out, cast or masked without naming the others; columns "
        "added to the source later are then not copied until the job is edited. Nothing runs: use "
        "'jobs run NAME'.");
    add.options = definition + JobMappingCli::options(false);
    add.minArguments = add.maxArguments = 1;
    add.run = &JobsCommand::add;

    CliCommand edit;
    edit.words = {QStringLiteral("jobs"), QStringLiteral("edit")};
    edit.synopsis = QStringLiteral("NAME [--name NEW] [the options of 'jobs add']...");
    edit.summary = JobsCommand::tr("Change a job: only the parts given are replaced");
    edit.description = JobsCommand::tr("Takes the options of 'jobs add'; what is not mentioned keeps its value. --key "
                             "replaces the key list (--key \"\" clears it), --table \"\" goes back to the "
                             "stream's name, --max-errors none and --max-error-percent none remove a limit.");
    edit.options =
        definition + JobMappingCli::options(true) +
        QList<QCommandLineOption>{
            QCommandLineOption(QStringLiteral("name"), JobsCommand::tr("Rename the job."), QStringLiteral("NEW")),
            QCommandLineOption(QStringLiteral("no-stop-on-error"),
                               JobsCommand::tr("Quarantine bad rows and go on (within the error budget)."))};
    edit.minArguments = edit.maxArguments = 1;
    edit.run = &JobsCommand::edit;

    CliCommand list;
    list.words = {QStringLiteral("jobs"), QStringLiteral("list")};
    list.summary = JobsCommand::tr("List the jobs with their last run");
    list.description = JobsCommand::tr("One line per job: name, source, destination, write mode, and the status and "
                             "start of its last run. With --json, the objects 'jobs show --json' prints, "
                             "with their last run instead of the list of runs.");
    list.run = &JobsCommand::list;

    CliCommand show;
    show.words = {QStringLiteral("jobs"), QStringLiteral("show")};
    show.synopsis = QStringLiteral("NAME");
    show.summary = JobsCommand::tr("Show a job's definition and its last runs");
    show.description =
        JobsCommand::tr("Source, destination, mode, error policy, the column mapping and the last %1 runs. "
              "NAME may also be #ID.")
            .arg(JobView::runsShown);
    show.minArguments = show.maxArguments = 1;
    show.run = &JobsCommand::show;

    CliCommand remove;
    remove.words = {QStringLiteral("jobs"), QStringLiteral("remove")};
    remove.synopsis = QStringLiteral("NAME");
    remove.summary = JobsCommand::tr("Remove a job (its runs stay in the history)");
    remove.minArguments = remove.maxArguments = 1;
    remove.run = &JobsCommand::remove;

    CliCommand run;
    run.words = {QStringLiteral("jobs"), QStringLiteral("run")};
    run.synopsis = QStringLiteral("NAME [--full] [--checkpoint-rows N]");
    run.summary = JobsCommand::tr("Run a job now (resuming its interrupted run, unless --full)");
    run.description = JobsCommand::tr("Runs as 'sync' does, recording the run under the job. If the job's last run was "
                            "interrupted (Ctrl-C, a crash, a kill), it is resumed from its last checkpoint; "
                            "--full starts over. Exit code 1 when the run fails or its verification finds a "
                            "mismatch, 130 when it is interrupted.");
    run.options = SyncCli::runOptions();
    run.minArguments = run.maxArguments = 1;
    run.run = &JobsCommand::run;
    return {add, edit, list, show, remove, run};
}

} // namespace miq
