// `runs`, `runs show` (alias `run`) and `errors`: the run history of a workspace, one run in full,
// and the rows a run quarantined, which `errors --export` writes as CSV to fix and load again.

#include "app/cli/jobscommand.h"
#include "app/cli/synccommand.h"
#include "app/cli/texttable.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QSaveFile>

#include <limits>

namespace miq {

namespace {

constexpr int defaultRuns = 50;
constexpr int defaultErrors = 100;
constexpr int exportPage = 10000;

class RunsCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunsCommand)

public:
    static int list(CliContext &context, const CliInvocation &invocation);
    static int show(CliContext &context, const CliInvocation &invocation);
    static int errors(CliContext &context, const CliInvocation &invocation);
    static int retryErrors(CliContext &context, JobStore &store, const RunRecord &run);
    static int exportErrors(CliContext &context, JobStore &store, const RunRecord &run, const QString &file,
                            int limit, qint64 offset);
};

// A positive whole number option, or nullopt after printing the error.
std::optional<qint64> numberOption(CliContext &context, const CliInvocation &invocation, const QString &name,
                                   qint64 fallback, qint64 minimum)
{
    if (!invocation.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = invocation.value(name).trimmed().toLongLong(&ok);
    if (!ok || value < minimum || value > std::numeric_limits<int>::max()) {
        context.out().error(RunsCommand::tr("--%1 must be a whole number from %2 to %3, not '%4'.")
                                .arg(name)
                                .arg(minimum)
                                .arg(std::numeric_limits<int>::max())
                                .arg(invocation.value(name)));
        return std::nullopt;
    }
    return value;
}

// RFC 4180: quoted when it holds a delimiter, a quote, a line break or edge spaces.
QByteArray csvCell(const QByteArray &value)
{
    if (!value.contains(',') && !value.contains('"') && !value.contains('\n') && !value.contains('\r') &&
        !value.startsWith(' ') && !value.endsWith(' '))
        return value;
    QByteArray quoted = value;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

QJsonObject badRecordJson(const BadRecord &r)
{
    return {{QStringLiteral("record_number"), r.recordNumber},
            {QStringLiteral("line"), r.line},
            {QStringLiteral("location"), r.location},
            {QStringLiteral("column"), r.column},
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("raw"), QString::fromUtf8(r.raw)}};
}

} // namespace

int RunsCommand::list(CliContext &context, const CliInvocation &invocation)
{
    const auto limit = numberOption(context, invocation, QStringLiteral("limit"), defaultRuns, 1);
    if (!limit)
        return code(ExitCode::Usage);
    ExitCode failure = ExitCode::Ok;
    auto store = SyncCli::openStore(context, &failure);
    if (!store)
        return code(failure);
    qint64 jobId = 0;
    if (!invocation.arguments.isEmpty()) {
        const auto job = SyncCli::findJob(context, *store, invocation.arguments.first(), &failure);
        if (!job)
            return code(failure);
        jobId = job->definition.id;
    }
    (void)store->markInterruptedRuns(); // a run whose process died shows as interrupted, not running
    const auto runs = store->runs(jobId, int(*limit));
    if (!runs) {
        context.out().error(runs.error());
        return code(ExitCode::Failure);
    }
    const QHash<qint64, QString> names = SyncCli::jobNames(*store);
    if (context.out().json()) {
        QJsonArray array;
        for (const RunRecord &r : *runs)
            array.append(SyncCli::runJson(r, names));
        context.out().printJson(array);
        return code(ExitCode::Ok);
    }
    if (runs->isEmpty()) {
        context.out().print(
            jobId > 0 ? tr("Job '%1' has not run yet. Run it with: migrateiq-cli jobs run \"%1\"")
                            .arg(names.value(jobId))
                      : tr("No runs yet. Start one with 'migrateiq-cli sync' or 'migrateiq-cli jobs run'."));
        return code(ExitCode::Ok);
    }
    const QLocale locale;
    TextTable table({tr("RUN"), tr("JOB"), tr("STATUS"), tr("STARTED"), tr("DURATION"), tr("READ"),
                     tr("WRITTEN"), tr("QUARANTINED"), tr("VERIFIED")});
    for (int column : {0, 5, 6, 7})
        table.setRightAligned(column);
    for (const RunRecord &r : *runs) {
        const QString verification = r.verification.value(QStringLiteral("status")).toString();
        table.addRow({QString::number(r.id), r.jobId > 0 ? SyncCli::jobOfRun(r, names) : tr("one-shot"),
                      runStatusDisplayName(r.status),
                      r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                      SyncCli::secondsText(SyncCli::totalSeconds(r)), locale.toString(r.rowsRead),
                      locale.toString(r.rowsWritten), locale.toString(r.rowsQuarantined),
                      verification.isEmpty() ? QStringLiteral("-") : verification});
    }
    context.out().print(table.render(CliOutput::terminalWidth()).chopped(1));
    return code(ExitCode::Ok);
}

int RunsCommand::show(CliContext &context, const CliInvocation &invocation)
{
    ExitCode failure = ExitCode::Ok;
    auto store = SyncCli::openStore(context, &failure);
    if (!store)
        return code(failure);
    (void)store->markInterruptedRuns();
    const auto run = SyncCli::findRun(context, *store, invocation.arguments.first(), &failure);
    if (!run)
        return code(failure);
    const QHash<qint64, QString> names = SyncCli::jobNames(*store);
    const JobDefinition &d = run->definition;
    QString source = QDir::toNativeSeparators(d.sourcePath);
    if (d.sourceId > 0) {
        const auto record = context.workspace()->source(d.sourceId);
        source = record ? tr("source '%1' (#%2)").arg(record->name).arg(d.sourceId)
                        : tr("source #%1 (removed since)").arg(d.sourceId);
    }
    const QString stream = run->target.value(QStringLiteral("stream")).toString(d.stream);
    const QStringList log = run->log.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString ddl = run->target.value(QStringLiteral("ddl")).toString();

    if (context.out().json()) {
        QJsonObject object = SyncCli::runJson(*run, names);
        object.insert(QStringLiteral("definition"), d.toJson());
        object.insert(QStringLiteral("bytes_total"), run->bytesTotal);
        object.insert(QStringLiteral("log"), QJsonArray::fromStringList(log));
        context.out().printJson(object);
        return code(ExitCode::Ok);
    }
    const QString mode = JobView::modeText(d);
    QString text = SyncCli::runText(
                       *run, names, false,
                       {{tr("Source"), stream.isEmpty() ? source : tr("%1, stream '%2'").arg(source, stream)},
                        {tr("Mode"), mode}}) +
                   QLatin1Char('\n');
    if (!ddl.isEmpty()) {
        text += QLatin1Char('\n') + tr("Target DDL:") + QLatin1Char('\n');
        for (const QString &line : ddl.split(QLatin1Char('\n')))
            text += QStringLiteral("  ") + line + QLatin1Char('\n');
    }
    if (!log.isEmpty()) {
        text += QLatin1Char('\n') + tr("Log:") + QLatin1Char('\n');
        for (const QString &line : log)
            text += QStringLiteral("  ") + line + QLatin1Char('\n');
    }
    context.out().print(text.chopped(1));
    return code(ExitCode::Ok);
}

// Loads again, from the source as it is now, the rows `run` quarantined: a new run of the same
// job that reads only those records and appends (or upserts) what now converts.
int RunsCommand::retryErrors(CliContext &context, JobStore &store, const RunRecord &run)
{
    const auto count = store.quarantinedCount(run.id);
    if (!count) {
        context.out().error(count.error());
        return code(ExitCode::Failure);
    }
    if (*count == 0) {
        context.out().print(tr("Run #%1 quarantined no rows; there is nothing to load again.").arg(run.id));
        return code(ExitCode::Ok);
    }
    ExitCode failure = ExitCode::Ok;
    auto source = SyncCli::sourceOfJob(context, run.definition, &failure);
    if (!source || !SyncCli::connect(context, *source, &failure))
        return code(failure);
    auto destination = SyncCli::destinationOfJob(context, run.definition, &failure);
    if (!destination)
        return code(failure);
    SyncCli::RunOptions options;
    options.retryOf = run.id;
    return SyncCli::execute(context, run.definition, *source, *destination, options,
                            run.definition.id > 0
                                ? tr("run: migrateiq-cli jobs run \"%1\"").arg(run.definition.name)
                                : tr("run the sync command of run #%1 again").arg(run.id));
}

int RunsCommand::errors(CliContext &context, const CliInvocation &invocation)
{
    const bool exporting = invocation.isSet(QStringLiteral("export"));
    const auto limit = numberOption(context, invocation, QStringLiteral("limit"),
                                    exporting ? std::numeric_limits<int>::max() : defaultErrors, 1);
    const auto offset = numberOption(context, invocation, QStringLiteral("offset"), 0, 0);
    if (!limit || !offset)
        return code(ExitCode::Usage);
    if (exporting && invocation.value(QStringLiteral("export")).trimmed().isEmpty()) {
        context.out().error(tr("--export needs a file name."));
        return code(ExitCode::Usage);
    }
    ExitCode failure = ExitCode::Ok;
    auto store = SyncCli::openStore(context, &failure);
    if (!store)
        return code(failure);
    const auto run = SyncCli::findRun(context, *store, invocation.arguments.first(), &failure);
    if (!run)
        return code(failure);
    if (invocation.isSet(QStringLiteral("retry")))
        return retryErrors(context, *store, *run);
    if (exporting)
        return exportErrors(context, *store, *run, invocation.value(QStringLiteral("export")), int(*limit),
                            *offset);

    const auto total = store->quarantinedCount(run->id);
    const auto records = store->quarantined(run->id, int(*limit), *offset);
    if (!total || !records) {
        context.out().error(total ? records.error() : total.error());
        return code(ExitCode::Failure);
    }
    if (context.out().json()) {
        QJsonArray array;
        for (const BadRecord &r : *records)
            array.append(badRecordJson(r));
        context.out().printJson(array);
        return code(ExitCode::Ok);
    }
    if (*total == 0) {
        context.out().print(tr("Run #%1 quarantined no rows.").arg(run->id));
        return code(ExitCode::Ok);
    }
    // Record numbers are 1-based in text, as `preview` shows them; 0-based in JSON and CSV.
    bool located = false;
    for (const BadRecord &r : *records)
        located = located || !r.location.isEmpty();
    QStringList headers{tr("LINE"), tr("RECORD"), tr("COLUMN"), tr("REASON"), tr("RAW")};
    if (located)
        headers.prepend(tr("FILE"));
    TextTable table(headers);
    table.setRightAligned(located ? 1 : 0);
    table.setRightAligned(located ? 2 : 1);
    table.setMaxCellWidth(60);
    for (const BadRecord &r : *records) {
        QStringList cells{r.line > 0 ? QString::number(r.line) : QStringLiteral("-"),
                          QString::number(r.recordNumber + 1), r.column, r.reason, QString::fromUtf8(r.raw)};
        if (located)
            cells.prepend(r.location);
        table.addRow(cells);
    }
    QString text = table.render(CliOutput::terminalWidth());
    text += tr("(rows %1-%2 of the %3 quarantined by run #%4; --export FILE writes them all as CSV)")
                .arg(*offset + 1)
                .arg(*offset + records->size())
                .arg(*total)
                .arg(run->id);
    context.out().print(text);
    return code(ExitCode::Ok);
}

int RunsCommand::exportErrors(CliContext &context, JobStore &store, const RunRecord &run, const QString &file,
                              int limit, qint64 offset)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        context.out().error(
            tr("Cannot write '%1': %2").arg(QDir::toNativeSeparators(file), out.errorString()));
        return code(ExitCode::Failure);
    }
    out.write("record_number,line,location,column,reason,raw\n");
    qint64 written = 0;
    while (written < limit) {
        const int page = int(qMin<qint64>(exportPage, limit - written));
        const auto records = store.quarantined(run.id, page, offset + written);
        if (!records) {
            context.out().error(records.error());
            return code(ExitCode::Failure);
        }
        for (const BadRecord &r : *records) {
            // raw: the record's bytes exactly as read, so the file can be fixed and loaded again.
            out.write(QByteArray::number(r.recordNumber) + ',' + QByteArray::number(r.line) + ',' +
                      csvCell(r.location.toUtf8()) + ',' + csvCell(r.column.toUtf8()) + ',' +
                      csvCell(r.reason.toUtf8()) + ',' + csvCell(r.raw) + '\n');
        }
        written += records->size();
        if (records->size() < page)
            break;
    }
    if (!out.commit()) {
        context.out().error(
            tr("Cannot write '%1': %2").arg(QDir::toNativeSeparators(file), out.errorString()));
        return code(ExitCode::Failure);
    }
    const QString path = QFileInfo(file).absoluteFilePath();
    if (context.out().json())
        context.out().printJson(QJsonObject{{QStringLiteral("run"), run.id},
                                            {QStringLiteral("exported"), written},
                                            {QStringLiteral("file"), path}});
    else
        context.out().print(
            (written == 1 ? tr("Exported 1 quarantined row of run #%1 to '%2'.").arg(run.id)
                          : tr("Exported %1 quarantined rows of run #%2 to '%3'.").arg(written).arg(run.id))
                .arg(QDir::toNativeSeparators(path)));
    return code(ExitCode::Ok);
}

QList<CliCommand> runsCommands()
{
    CliCommand list;
    list.words = {QStringLiteral("runs")};
    list.synopsis = QStringLiteral("[JOB] [--limit K]");
    list.summary = RunsCommand::tr("List the runs of the workspace, or of one job");
    list.description =
        RunsCommand::tr("Newest first: run number, job (or one-shot for 'sync'), status, start, duration, "
              "rows read, written and quarantined, and the verification result. A run whose "
              "process ended without finishing it shows as interrupted.");
    list.options = {QCommandLineOption(
        QStringLiteral("limit"), RunsCommand::tr("Runs to list (default %1).").arg(defaultRuns), QStringLiteral("K"))};
    list.maxArguments = 1;
    list.run = &RunsCommand::list;

    CliCommand show;
    show.words = {QStringLiteral("runs"), QStringLiteral("show")};
    show.synopsis = QStringLiteral("RUN");
    show.summary = RunsCommand::tr("Show a run in full: counts, verification, timings, target DDL and log");
    show.description = RunsCommand::tr("RUN is the run's number, as 'runs' lists it. 'run RUN' does the same.");
    show.minArguments = show.maxArguments = 1;
    show.run = &RunsCommand::show;

    CliCommand run = show;
    run.words = {QStringLiteral("run")};
    run.summary = RunsCommand::tr("Same as 'runs show RUN'");

    CliCommand errors;
    errors.words = {QStringLiteral("errors")};
    errors.synopsis = QStringLiteral("RUN [--limit K] [--offset N] [--export FILE] [--retry]");
    errors.summary = RunsCommand::tr("List the rows a run quarantined, or export them as CSV");
    errors.description = RunsCommand::tr(
        "For each row that could not be read or converted: its line (and file), record number, column, the "
        "reason and the raw text. --export FILE writes them all (or the --limit/--offset page) as CSV with "
        "the columns record_number,line,location,column,reason,raw, so that they can be fixed and loaded "
        "again.\n"
        "--retry, once the source is fixed, loads those rows again: a new run of the same job reads only "
        "their records (by record number, so fix rows in place without adding or removing any), converts "
        "them with the types of run RUN, and appends them to its target (upserts for an upsert job). Rows "
        "that still fail stay quarantined, in the new run.");
    errors.options = {
        QCommandLineOption(QStringLiteral("limit"),
                           RunsCommand::tr("Rows to show (default %1; --export: all).").arg(defaultErrors),
                           QStringLiteral("K")),
        QCommandLineOption(QStringLiteral("offset"), RunsCommand::tr("Rows to skip first (default 0)."),
                           QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("export"), RunsCommand::tr("Write the rows to FILE as CSV."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("retry"),
                           RunsCommand::tr("Load the quarantined rows again from the fixed source."))};
    errors.minArguments = errors.maxArguments = 1;
    errors.run = &RunsCommand::errors;
    return {list, show, run, errors};
}

} // namespace miq
