// How `jobs list`, `jobs show`, `jobs add --json` and `jobs edit --json` show a job.

#include "app/cli/jobscommand.h"
#include "app/cli/synccommand.h"
#include "app/cli/texttable.h"

#include <QDir>
#include <QJsonArray>

namespace miq {

QString JobView::sourceText(CliContext &context, const JobDefinition &job)
{
    QString text = QDir::toNativeSeparators(job.sourcePath);
    if (job.sourceId > 0) {
        text = tr("source #%1 (removed)").arg(job.sourceId);
        if (Workspace *ws = context.workspace())
            if (const auto source = ws->source(job.sourceId))
                text = source->name;
    }
    return job.stream.isEmpty() ? text : text + QLatin1Char(':') + job.stream;
}

QString JobView::destinationText(CliContext &context, const JobDefinition &job)
{
    const QString table = job.table.isEmpty() ? tr("(the stream's name)") : job.table;
    if (job.destinationSourceId > 0) {
        QString source = tr("source #%1 (removed)").arg(job.destinationSourceId);
        if (Workspace *ws = context.workspace())
            if (const auto found = ws->source(job.destinationSourceId))
                source = found->name;
        return tr("table '%1' in source '%2'").arg(table, source);
    }
    const QString path = QDir::toNativeSeparators(job.destination);
    if (!SyncCli::isDatabasePath(path))
        return path;
    return tr("table '%1' in %2").arg(job.table.isEmpty() ? tr("(the stream's name)") : job.table, path);
}

QString JobView::modeText(const JobDefinition &job)
{
    QString text = writeModeName(job.mode);
    const QString keys = job.keyColumns.join(QStringLiteral(", "));
    if (job.mode == WriteMode::Upsert && !keys.isEmpty())
        text += QLatin1Char(' ') + tr("by %1").arg(keys);
    if (!job.cursorColumn.isEmpty())
        text += QLatin1Char(' ') + (keys.isEmpty() ? tr("(incremental by %1)").arg(job.cursorColumn)
                                                   : tr("(incremental by %1, rows matched by %2)").arg(job.cursorColumn, keys));
    return text;
}

QString JobView::errorPolicyText(const ErrorPolicy &errors)
{
    if (errors.stopOnFirst)
        return tr("stop at the first bad row");
    QStringList limits;
    if (errors.maxBadRows >= 0)
        limits << tr("more than %1 rows").arg(errors.maxBadRows);
    if (errors.maxBadPercent >= 0)
        limits << tr("more than %1% of the rows").arg(errors.maxBadPercent);
    return limits.isEmpty() ? tr("quarantine bad rows and go on")
                            : tr("quarantine bad rows; fail after %1").arg(limits.join(tr(" or ")));
}

QJsonObject JobView::json(CliContext &context, const JobRecord &job, const QList<RunRecord> &runs)
{
    QJsonObject object = job.definition.toJson();
    object.insert(QStringLiteral("id"), job.definition.id);
    QJsonValue sourceName(QJsonValue::Null);
    if (job.definition.sourceId > 0 && context.workspace())
        if (const auto source = context.workspace()->source(job.definition.sourceId))
            sourceName = source->name;
    object.insert(QStringLiteral("source_name"), sourceName);
    object.insert(QStringLiteral("created_at"), SyncCli::timeJson(job.createdAt));
    object.insert(QStringLiteral("updated_at"), SyncCli::timeJson(job.updatedAt));
    const QHash<qint64, QString> names{{job.definition.id, job.definition.name}};
    object.insert(QStringLiteral("last_run"), runs.isEmpty()
                                                  ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(SyncCli::runJson(runs.first(), names)));
    return object;
}

void JobView::print(CliContext &context, JobStore &store, qint64 id)
{
    const auto job = store.job(id);
    if (!job)
        return;
    const auto runs = store.runs(id, runsShown);
    const QList<RunRecord> list = runs ? *runs : QList<RunRecord>();
    if (context.out().json()) {
        QJsonObject object = json(context, *job, list);
        QJsonArray array;
        const QHash<qint64, QString> names{{id, job->definition.name}};
        for (const RunRecord &r : list)
            array.append(SyncCli::runJson(r, names));
        object.insert(QStringLiteral("runs"), array);
        context.out().printJson(object);
        return;
    }
    const JobDefinition &d = job->definition;
    TextTable t({QString(), QString()});
    t.setMaxCellWidth(100000);
    t.addRow({tr("Job"), QStringLiteral("%1 (#%2)").arg(d.name).arg(d.id)});
    t.addRow({tr("Source"), sourceText(context, d)});
    t.addRow({tr("Destination"), destinationText(context, d)});
    t.addRow({tr("Mode"), modeText(d)});
    t.addRow({tr("Bad rows"), errorPolicyText(d.errors)});
    t.addRow({tr("Created"), SyncCli::timeText(job->createdAt)});
    t.addRow({tr("Updated"), SyncCli::timeText(job->updatedAt)});
    const int width = CliOutput::terminalWidth();
    QString text = t.render(100000).section(QLatin1Char('\n'), 2).trimmed() + QStringLiteral("\n\n") +
                   JobMappingCli::text(d.mapping, width);
    if (list.isEmpty()) {
        text += QLatin1Char('\n') + tr("No runs yet. Run it with: migrateiq-cli jobs run \"%1\"").arg(d.name);
    } else {
        text += QLatin1Char('\n') + tr("Last runs:") + QLatin1Char('\n');
        TextTable table(
            {tr("RUN"), tr("STATUS"), tr("STARTED"), tr("DURATION"), tr("ROWS"), tr("VERIFICATION")});
        for (const RunRecord &r : list)
            table.addRow({QString::number(r.id), runStatusDisplayName(r.status),
                          SyncCli::timeText(r.startedAt),
                          SyncCli::durationText(r).section(QStringLiteral(" ("), 0, 0),
                          tr("%1 written, %2 quarantined").arg(r.rowsWritten).arg(r.rowsQuarantined),
                          SyncCli::verificationText(r)});
        text += table.render(width).chopped(1);
    }
    context.out().print(text);
}

} // namespace miq
