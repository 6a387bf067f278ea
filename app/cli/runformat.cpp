// How a run is shown: the summary `sync` and `jobs run` print, and what `runs` and `runs show`
// print for each run.

#include "app/cli/synccommand.h"
#include "app/cli/texttable.h"

#include <QDir>
#include <QJsonArray>
#include <QLocale>

namespace miq {

QString SyncCli::secondsText(double value)
{
    if (value >= 60) {
        const qint64 s = qint64(value + 0.5);
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    return QLocale().toString(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" s");
}

double SyncCli::totalSeconds(const RunRecord &run)
{
    // The phases are timed on their own: the total is at least their sum.
    double total = run.timings.value(QStringLiteral("total")).toDouble();
    total = qMax(total, run.timings.value(QStringLiteral("infer")).toDouble() +
                            run.timings.value(QStringLiteral("copy")).toDouble() +
                            run.timings.value(QStringLiteral("verify")).toDouble());
    if (total > 0)
        return total;
    if (run.startedAt.isValid() && run.finishedAt.isValid())
        return run.startedAt.msecsTo(run.finishedAt) / 1000.0;
    return 0;
}

QJsonValue SyncCli::timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

QString SyncCli::timeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QHash<qint64, QString> SyncCli::jobNames(JobStore &store)
{
    QHash<qint64, QString> names;
    if (const auto jobs = store.jobs())
        for (const JobRecord &j : *jobs)
            names.insert(j.definition.id, j.definition.name);
    return names;
}

QString SyncCli::jobOfRun(const RunRecord &run, const QHash<qint64, QString> &jobNames)
{
    if (run.jobId > 0)
        return jobNames.value(run.jobId, run.definition.name);
    return run.definition.name;
}

QString SyncCli::verificationText(const RunRecord &run)
{
    const QJsonObject v = run.verification;
    const QString status = v.value(QStringLiteral("status")).toString();
    const QLocale locale;
    const qint64 sent =
        v.value(QStringLiteral("source")).toObject().value(QStringLiteral("rows")).toInteger();
    const qint64 held =
        v.value(QStringLiteral("destination")).toObject().value(QStringLiteral("rows")).toInteger();
    const bool exact = v.value(QStringLiteral("exact")).toBool();
    if (status == QLatin1String("verified"))
        return exact ? tr("verified: %1 rows, identical checksums on both sides").arg(locale.toString(held))
                     : tr("verified: the destination holds %1 rows, including the %2 written by this run")
                           .arg(locale.toString(held), locale.toString(run.rowsWritten));
    if (status == QLatin1String("mismatch")) {
        const QJsonArray columns = v.value(QStringLiteral("columns")).toArray();
        if (sent != held)
            return tr("MISMATCH: %1 rows were sent, the destination holds %2")
                .arg(locale.toString(sent), locale.toString(held));
        QStringList names;
        for (const QJsonValue &c : columns)
            names << c.toString();
        return tr("MISMATCH in column(s): %1").arg(names.join(QStringLiteral(", ")));
    }
    return tr("not verified (the run did not get that far)");
}

QString SyncCli::durationText(const RunRecord &run)
{
    const double total = totalSeconds(run);
    if (total <= 0)
        return QString();
    QStringList phases;
    for (const QString &phase : {QStringLiteral("infer"), QStringLiteral("copy"), QStringLiteral("verify")})
        if (run.timings.contains(phase))
            phases << QStringLiteral("%1 %2").arg(phase, secondsText(run.timings.value(phase).toDouble()));
    return phases.isEmpty()
               ? secondsText(total)
               : QStringLiteral("%1 (%2)").arg(secondsText(total), phases.join(QStringLiteral(", ")));
}

QJsonObject SyncCli::runJson(const RunRecord &run, const QHash<qint64, QString> &jobNames)
{
    QJsonObject target = run.target;
    target.remove(QStringLiteral("inferred"));
    if (const QJsonObject cursor = target.value(QStringLiteral("cursor")).toObject(); !cursor.isEmpty()) {
        // The boundary keys are bookkeeping; the summary says where the run started and ended.
        const auto value = [&cursor](const QString &key) {
            const QJsonObject position = cursor.value(key).toObject();
            return position.contains(QStringLiteral("value")) ? position.value(QStringLiteral("value"))
                                                              : QJsonValue(QJsonValue::Null);
        };
        target.insert(QStringLiteral("cursor"),
                      QJsonObject{{QStringLiteral("column"), cursor.value(QStringLiteral("column"))},
                                  {QStringLiteral("from"), value(QStringLiteral("from"))},
                                  {QStringLiteral("to"), value(QStringLiteral("to"))},
                                  {QStringLiteral("rows_skipped"), cursor.value(QStringLiteral("skipped")).toInteger()}});
    }
    if (run.definition.destinationSourceId > 0) {
        target.insert(QStringLiteral("destination_source_id"), run.definition.destinationSourceId);
    } else {
        target.insert(QStringLiteral("path"), run.definition.destination);
        if (!isDatabasePath(run.definition.destination))
            target.remove(QStringLiteral("table"));
    }
    QJsonObject verification = run.verification;
    if (!verification.contains(QStringLiteral("status")))
        verification.insert(QStringLiteral("status"), QStringLiteral("not_verified"));
    return {{QStringLiteral("run"), run.id},
            {QStringLiteral("uuid"), run.uuid},
            {QStringLiteral("job"),
             run.jobId > 0 ? QJsonValue(jobOfRun(run, jobNames)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("job_id"), run.jobId > 0 ? QJsonValue(run.jobId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("name"), run.definition.name},
            {QStringLiteral("status"), runStatusName(run.status)},
            {QStringLiteral("started_at"), timeJson(run.startedAt)},
            {QStringLiteral("finished_at"), timeJson(run.finishedAt)},
            {QStringLiteral("rows_read"), run.rowsRead},
            {QStringLiteral("rows_written"), run.rowsWritten},
            {QStringLiteral("rows_quarantined"), run.rowsQuarantined},
            {QStringLiteral("bytes_read"), run.bytesRead},
            {QStringLiteral("verification"), verification},
            {QStringLiteral("timings"), run.timings},
            {QStringLiteral("peak_memory_bytes"), run.peakRss},
            {QStringLiteral("target"), target},
            {QStringLiteral("error"),
             run.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(run.error)}};
}

QString SyncCli::runText(const RunRecord &run, const QHash<qint64, QString> &jobNames, bool resumed,
                         const QList<QStringList> &details)
{
    const QLocale locale;
    TextTable t({QString(), QString()});
    t.setMaxCellWidth(100000);
    t.addRow({tr("Run"), resumed ? tr("#%1 (resumed from its last checkpoint)").arg(run.id)
                                 : QStringLiteral("#%1").arg(run.id)});
    t.addRow(
        {tr("Job"), run.jobId > 0 ? jobOfRun(run, jobNames) : tr("one-shot (%1)").arg(run.definition.name)});
    for (const QStringList &row : details)
        t.addRow(row);
    t.addRow({tr("Status"), runStatusDisplayName(run.status)});
    t.addRow({tr("Rows"), tr("%1 read, %2 written, %3 quarantined")
                              .arg(locale.toString(run.rowsRead), locale.toString(run.rowsWritten),
                                   locale.toString(run.rowsQuarantined))});
    t.addRow({tr("Verification"), verificationText(run)});
    const QString table = run.target.value(QStringLiteral("table")).toString();
    const QString path = QDir::toNativeSeparators(run.definition.destination);
    QString target = run.target.value(QStringLiteral("name")).toString(); // the destination's own words
    if (target.isEmpty())
        target = isDatabasePath(path) && !table.isEmpty() ? tr("table '%1' in %2").arg(table, path) : path;
    t.addRow({tr("Target"), target});
    t.addRow({tr("Started"), timeText(run.startedAt)});
    if (run.finishedAt.isValid())
        t.addRow({tr("Finished"), timeText(run.finishedAt)});
    if (const QString duration = durationText(run); !duration.isEmpty()) {
        t.addRow({tr("Duration"), duration});
        if (run.rowsRead > 0)
            t.addRow({tr("Throughput"),
                      tr("%1 rows/s").arg(locale.toString(qint64(run.rowsRead / totalSeconds(run))))});
    }
    if (run.peakRss > 0)
        t.addRow({tr("Peak memory"), locale.formattedDataSize(run.peakRss)});
    if (!run.error.isEmpty())
        t.addRow({tr("Error"), TextTable::singleLine(run.error)});
    QString text = t.render(100000).section(QLatin1Char('\n'), 2).trimmed();
    if (run.rowsQuarantined == 1)
        text += QLatin1Char('\n') + tr("1 row was quarantined; see `migrateiq-cli errors %1`.").arg(run.id);
    else if (run.rowsQuarantined > 1)
        text += QLatin1Char('\n') + tr("%1 rows were quarantined; see `migrateiq-cli errors %2`.")
                                        .arg(locale.toString(run.rowsQuarantined))
                                        .arg(run.id);
    return text;
}

} // namespace miq
