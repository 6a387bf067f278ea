#include "engine/sync/jobstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <csignal>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace miq {

namespace {

const QStringList statusIds = {QStringLiteral("queued"),    QStringLiteral("running"),
                               QStringLiteral("succeeded"), QStringLiteral("failed"),
                               QStringLiteral("cancelled"), QStringLiteral("interrupted")};

RunStatus statusFromId(const QString &id)
{
    const int i = statusIds.indexOf(id);
    return i < 0 ? RunStatus::Failed : RunStatus(i);
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

bool processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    Q_UNUSED(pid);
    return false; // conservative: a stale 'running' run becomes resumable
#endif
}

const char runColumns[] =
    "SELECT id, uuid, job_id, definition, status, pid, started_at, finished_at, rows_read, "
    "rows_written, rows_quarantined, bytes_read, bytes_total, target, verification, timings, "
    "error, peak_rss, log FROM runs ";

RunRecord runFromQuery(const QSqlQuery &q)
{
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.jobId = q.value(2).toLongLong();
    if (auto d = JobDefinition::fromJson(object(q.value(3))))
        r.definition = *d;
    r.status = statusFromId(q.value(4).toString());
    r.pid = q.value(5).toLongLong();
    r.startedAt = fromIso(q.value(6));
    r.finishedAt = fromIso(q.value(7));
    r.rowsRead = q.value(8).toLongLong();
    r.rowsWritten = q.value(9).toLongLong();
    r.rowsQuarantined = q.value(10).toLongLong();
    r.bytesRead = q.value(11).toLongLong();
    r.bytesTotal = q.value(12).toLongLong();
    r.target = object(q.value(13));
    r.verification = object(q.value(14));
    r.timings = object(q.value(15));
    r.error = q.value(16).toString();
    r.peakRss = q.value(17).toLongLong();
    r.log = q.value(18).toString();
    return r;
}

// The identity of a one-shot run: everything but names and ids.
QString oneShotKey(const JobDefinition &d)
{
    QJsonObject o = d.toJson();
    o.remove(QStringLiteral("name"));
    return json(o);
}

} // namespace

QString runStatusName(RunStatus status)
{
    return statusIds.value(int(status));
}

QString runStatusDisplayName(RunStatus status)
{
    switch (status) {
    case RunStatus::Queued:
        return JobStore::tr("queued");
    case RunStatus::Running:
        return JobStore::tr("running");
    case RunStatus::Succeeded:
        return JobStore::tr("succeeded");
    case RunStatus::Failed:
        return JobStore::tr("failed");
    case RunStatus::Cancelled:
        return JobStore::tr("cancelled");
    case RunStatus::Interrupted:
        return JobStore::tr("interrupted");
    }
    return QString();
}

JobStore::JobStore(std::unique_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace))
{}

JobStore::~JobStore() = default;

Result<std::unique_ptr<JobStore>> JobStore::open(const QString &workspacePath)
{
    auto ws = Workspace::open(workspacePath, Workspace::OpenMode::MustExist);
    if (!ws)
        return Error(ws.error());
    return std::unique_ptr<JobStore>(new JobStore(std::move(*ws)));
}

Result<QList<JobRecord>> JobStore::jobs() const
{
    QSqlQuery q(QSqlDatabase::database(m_workspace->connectionName()));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, definition, cursor_state, created_at, updated_at FROM jobs "
                               "ORDER BY name COLLATE NOCASE")))
        return Error(tr("Cannot read the jobs of workspace '%1': %2").arg(m_workspace->path(), sqlError(q)));
    QList<JobRecord> list;
    while (q.next()) {
        JobRecord r;
        auto d = JobDefinition::fromJson(object(q.value(2)));
        if (!d)
            return Error(d.error());
        r.definition = *d;
        r.definition.id = q.value(0).toLongLong();
        r.definition.name = q.value(1).toString();
        r.cursorState = object(q.value(3));
        r.createdAt = fromIso(q.value(4));
        r.updatedAt = fromIso(q.value(5));
        list.append(r);
    }
    return list;
}

Result<JobRecord> JobStore::job(qint64 id) const
{
    auto all = jobs();
    if (!all)
        return Error(all.error());
    for (const JobRecord &r : *all)
        if (r.definition.id == id)
            return r;
    return Error(tr("There is no job #%1 in this workspace.").arg(id));
}

Result<JobRecord> JobStore::jobByName(const QString &name) const
{
    auto all = jobs();
    if (!all)
        return Error(all.error());
    for (const JobRecord &r : *all)
        if (r.definition.name.compare(name, Qt::CaseInsensitive) == 0)
            return r;
    return Error(tr("There is no job named '%1' in this workspace.").arg(name));
}

Result<qint64> JobStore::addJob(const JobDefinition &job)
{
    if (job.name.trimmed().isEmpty())
        return Error(tr("A job needs a name."));
    QSqlQuery q(QSqlDatabase::database(m_workspace->connectionName()));
    q.prepare(
        QStringLiteral("INSERT INTO jobs(name, definition, created_at, updated_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(job.name.trimmed());
    q.addBindValue(json(job.toJson()));
    q.addBindValue(isoNow());
    q.addBindValue(isoNow());
    if (!q.exec()) {
        if (sqlError(q).contains(QLatin1String("UNIQUE")))
            return Error(tr("A job named '%1' already exists.").arg(job.name.trimmed()));
        return Error(tr("Cannot add job '%1': %2").arg(job.name, sqlError(q)));
    }
    return q.lastInsertId().toLongLong();
}

Status JobStore::updateJob(const JobDefinition &job)
{
    QSqlQuery q(QSqlDatabase::database(m_workspace->connectionName()));
    q.prepare(QStringLiteral("UPDATE jobs SET name = ?, definition = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(job.name.trimmed());
    q.addBindValue(json(job.toJson()));
    q.addBindValue(isoNow());
    q.addBindValue(job.id);
    if (!q.exec())
        return Error(tr("Cannot save job '%1': %2").arg(job.name, sqlError(q)));
    if (q.numRowsAffected() == 0)
        return Error(tr("There is no job #%1 in this workspace.").arg(job.id));
    return {};
}

Status JobStore::removeJob(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_workspace->connectionName()));
    q.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error(tr("Cannot remove job #%1: %2").arg(id).arg(sqlError(q)));
    if (q.numRowsAffected() == 0)
        return Error(tr("There is no job #%1 in this workspace.").arg(id));
    return {};
}

Status JobStore::setCursorState(qint64 jobId, const QJsonObject &state)
{
    QSqlQuery q(QSqlDatabase::database(m_workspace->connectionName()));
    q.prepare(QStringLiteral("UPDATE jobs SET cursor_state = ? WHERE id = ?"));
    q.addBindValue(json(state));
    q.addBindValue(jobId);
    if (!q.exec())
        return Error(tr("Cannot save the cursor of job #%1: %2").arg(jobId).arg(sqlError(q)));
    return {};
}

Status JobStore::markInterruptedRuns()
{
    QSqlDatabase db = QSqlDatabase::database(m_workspace->connectionName());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, pid FROM runs WHERE status IN ('running', 'queued')")))
        return Error(tr("Cannot read the runs of workspace '%1': %2").arg(m_workspace->path(), sqlError(q)));
    QList<qint64> stale;
    while (q.next())
        if (!processAlive(q.value(1).toLongLong()))
            stale << q.value(0).toLongLong();
    q.finish();
    for (qint64 id : stale) {
        q.prepare(QStringLiteral("UPDATE runs SET status = 'interrupted', log = log || ? WHERE id = ?"));
        q.addBindValue(
            tr("%1 The process running this run ended before it finished; the run can be resumed.\n")
                .arg(isoNow()));
        q.addBindValue(id);
        if (!q.exec())
            return Error(tr("Cannot update run #%1: %2").arg(id).arg(sqlError(q)));
    }
    return {};
}

Result<RunRecord> JobStore::createRun(const JobDefinition &definition)
{
    QSqlQuery q(QSqlDatabase::database(m_workspace->connectionName()));
    q.prepare(QStringLiteral("INSERT INTO runs(uuid, job_id, definition, status, pid, started_at) "
                             "VALUES (?, ?, ?, 'running', ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(definition.id > 0 ? QVariant(definition.id) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(json(definition.toJson()));
    q.addBindValue(QCoreApplication::applicationPid());
    q.addBindValue(isoNow());
    if (!q.exec())
        return Error(
            tr("Cannot record a new run in workspace '%1': %2").arg(m_workspace->path(), sqlError(q)));
    return run(q.lastInsertId().toLongLong());
}

Result<RunRecord> JobStore::run(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_workspace->connectionName()));
    q.prepare(QLatin1String(runColumns) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error(tr("Cannot read run #%1: %2").arg(id).arg(sqlError(q)));
    if (!q.next())
        return Error(tr("There is no run #%1 in this workspace.").arg(id));
    return runFromQuery(q);
}

Result<QList<RunRecord>> JobStore::runs(qint64 jobId, int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_workspace->connectionName()));
    q.setForwardOnly(true);
    q.prepare(QLatin1String(runColumns) + (jobId > 0
                                               ? QStringLiteral("WHERE job_id = ? ORDER BY id DESC LIMIT ?")
                                               : QStringLiteral("ORDER BY id DESC LIMIT ?")));
    if (jobId > 0)
        q.addBindValue(jobId);
    q.addBindValue(limit);
    if (!q.exec())
        return Error(tr("Cannot read the runs of workspace '%1': %2").arg(m_workspace->path(), sqlError(q)));
    QList<RunRecord> list;
    while (q.next())
        list.append(runFromQuery(q));
    return list;
}

Result<std::optional<RunRecord>> JobStore::interruptedRun(const JobDefinition &definition) const
{
    // Only the newest run of the job can be resumed: an older interrupted run was overtaken.
    QSqlQuery q(QSqlDatabase::database(m_workspace->connectionName()));
    q.setForwardOnly(true);
    if (definition.id > 0) {
        q.prepare(QLatin1String(runColumns) + QStringLiteral("WHERE job_id = ? ORDER BY id DESC LIMIT 1"));
        q.addBindValue(definition.id);
    } else {
        q.prepare(QLatin1String(runColumns) + QStringLiteral("WHERE job_id IS NULL ORDER BY id DESC"));
    }
    if (!q.exec())
        return Error(tr("Cannot read the runs of workspace '%1': %2").arg(m_workspace->path(), sqlError(q)));
    const QString key = oneShotKey(definition);
    while (q.next()) {
        RunRecord r = runFromQuery(q);
        if (definition.id > 0 || oneShotKey(r.definition) == key) {
            if (r.status == RunStatus::Interrupted)
                return std::optional<RunRecord>(r);
            break;
        }
    }
    return std::optional<RunRecord>();
}

Result<QJsonObject> JobStore::lastCursorTarget(const JobDefinition &definition) const
{
    QSqlQuery q(QSqlDatabase::database(m_workspace->connectionName()));
    q.setForwardOnly(true);
    if (definition.id > 0) {
        q.prepare(QLatin1String(runColumns) + QStringLiteral("WHERE job_id = ? AND status = 'succeeded' ORDER BY id DESC"));
        q.addBindValue(definition.id);
    } else {
        q.prepare(QLatin1String(runColumns) + QStringLiteral("WHERE job_id IS NULL AND status = 'succeeded' ORDER BY id DESC"));
    }
    if (!q.exec())
        return Error(tr("Cannot read the runs of workspace '%1': %2").arg(m_workspace->path(), sqlError(q)));
    const QString key = oneShotKey(definition);
    while (q.next()) {
        const RunRecord r = runFromQuery(q);
        if (definition.id == 0 && oneShotKey(r.definition) != key)
            continue;
        const QJsonObject cursor = r.target.value(QStringLiteral("cursor")).toObject();
        if (cursor.value(QStringLiteral("column")).toString() == definition.cursorColumn)
            return r.target;
    }
    return QJsonObject();
}

Status JobStore::resumeRun(qint64 runId)
{
    QSqlQuery q(QSqlDatabase::database(m_workspace->connectionName()));
    q.prepare(QStringLiteral("UPDATE runs SET status = 'running', pid = ?, log = log || ? "
                             "WHERE id = ? AND status = 'interrupted'"));
    q.addBindValue(QCoreApplication::applicationPid());
    q.addBindValue(tr("%1 Resuming from the last checkpoint.\n").arg(isoNow()));
    q.addBindValue(runId);
    if (!q.exec())
        return Error(tr("Cannot resume run #%1: %2").arg(runId).arg(sqlError(q)));
    if (q.numRowsAffected() == 0)
        return Error(tr("Run #%1 is not interrupted, or another process resumed it.").arg(runId));
    return {};
}

Status JobStore::updateProgress(const RunRecord &run)
{
    QSqlQuery q(QSqlDatabase::database(m_workspace->connectionName()));
    q.prepare(QStringLiteral(
        "UPDATE runs SET rows_read = ?, rows_written = ?, rows_quarantined = ?, bytes_read = ?, "
        "bytes_total = ?, target = ?, timings = ?, peak_rss = max(peak_rss, ?) WHERE id = ?"));
    q.addBindValue(run.rowsRead);
    q.addBindValue(run.rowsWritten);
    q.addBindValue(run.rowsQuarantined);
    q.addBindValue(run.bytesRead);
    q.addBindValue(run.bytesTotal);
    q.addBindValue(json(run.target));
    q.addBindValue(json(run.timings));
    q.addBindValue(run.peakRss);
    q.addBindValue(run.id);
    if (!q.exec())
        return Error(tr("Cannot record the progress of run #%1: %2").arg(run.id).arg(sqlError(q)));
    return {};
}

Status JobStore::finishRun(qint64 runId, RunStatus status, const QString &error,
                           const QJsonObject &verification, const QJsonObject &timings)
{
    QSqlQuery q(QSqlDatabase::database(m_workspace->connectionName()));
    q.prepare(
        QStringLiteral("UPDATE runs SET status = ?, error = COALESCE(?, ''), verification = ?, timings = ?, "
                       "finished_at = ? WHERE id = ?"));
    q.addBindValue(runStatusName(status));
    q.addBindValue(error);
    q.addBindValue(json(verification));
    q.addBindValue(json(timings));
    q.addBindValue(isoNow());
    q.addBindValue(runId);
    if (!q.exec())
        return Error(tr("Cannot record the end of run #%1: %2").arg(runId).arg(sqlError(q)));
    return {};
}

Status JobStore::appendLog(qint64 runId, const QString &line)
{
    QSqlQuery q(QSqlDatabase::database(m_workspace->connectionName()));
    q.prepare(QStringLiteral("UPDATE runs SET log = log || ? WHERE id = ?"));
    q.addBindValue(QString(isoNow() + QLatin1Char(' ') + line + QLatin1Char('\n')));
    q.addBindValue(runId);
    if (!q.exec())
        return Error(tr("Cannot write the log of run #%1: %2").arg(runId).arg(sqlError(q)));
    return {};
}

Result<qint64> JobStore::quarantine(qint64 runId, const QList<BadRecord> &records)
{
    if (records.isEmpty())
        return qint64(0);
    qint64 inserted = 0;
    QSqlDatabase db = QSqlDatabase::database(m_workspace->connectionName());
    db.transaction();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO quarantine(run_id, record_number, line, location, column_name, "
                       "reason, raw) VALUES (?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?)"));
    for (const BadRecord &r : records) {
        q.addBindValue(runId);
        q.addBindValue(r.recordNumber);
        q.addBindValue(r.line);
        q.addBindValue(r.location);
        q.addBindValue(r.column);
        q.addBindValue(r.reason);
        q.addBindValue(r.raw);
        if (!q.exec()) {
            db.rollback();
            return Error(tr("Cannot quarantine rows of run #%1: %2").arg(runId).arg(sqlError(q)));
        }
        inserted += q.numRowsAffected();
    }
    if (!db.commit())
        return Error(tr("Cannot quarantine rows of run #%1: %2").arg(runId).arg(db.lastError().text()));
    return inserted;
}

Result<QList<BadRecord>> JobStore::quarantined(qint64 runId, int limit, qint64 offset) const
{
    QSqlQuery q(QSqlDatabase::database(m_workspace->connectionName()));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT record_number, line, location, column_name, reason, raw FROM quarantine "
                             "WHERE run_id = ? ORDER BY record_number LIMIT ? OFFSET ?"));
    q.addBindValue(runId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return Error(tr("Cannot read the quarantined rows of run #%1: %2").arg(runId).arg(sqlError(q)));
    QList<BadRecord> list;
    while (q.next()) {
        BadRecord r;
        r.recordNumber = q.value(0).toLongLong();
        r.line = q.value(1).toLongLong();
        r.location = q.value(2).toString();
        r.column = q.value(3).toString();
        r.reason = q.value(4).toString();
        r.raw = q.value(5).toByteArray();
        list.append(r);
    }
    return list;
}

Result<std::vector<qint64>> JobStore::quarantinedRecordNumbers(qint64 runId) const
{
    QSqlQuery q(QSqlDatabase::database(m_workspace->connectionName()));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT record_number FROM quarantine WHERE run_id = ? ORDER BY record_number"));
    q.addBindValue(runId);
    if (!q.exec())
        return Error(tr("Cannot read the quarantined rows of run #%1: %2").arg(runId).arg(sqlError(q)));
    std::vector<qint64> numbers;
    while (q.next())
        numbers.push_back(q.value(0).toLongLong());
    return numbers;
}

Result<qint64> JobStore::quarantinedCount(qint64 runId) const
{
    QSqlQuery q(QSqlDatabase::database(m_workspace->connectionName()));
    q.prepare(QStringLiteral("SELECT count(*) FROM quarantine WHERE run_id = ?"));
    q.addBindValue(runId);
    if (!q.exec() || !q.next())
        return Error(tr("Cannot count the quarantined rows of run #%1: %2").arg(runId).arg(sqlError(q)));
    return q.value(0).toLongLong();
}

} // namespace miq
