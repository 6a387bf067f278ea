#include "models/jobsmodel.h"

#include "models/runformat.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>

#include <algorithm>

namespace miq {

namespace {

bool byName(const JobRecord &a, const JobRecord &b)
{
    return a.definition.name.compare(b.definition.name, Qt::CaseInsensitive) < 0;
}

QString modeText(const JobDefinition &job)
{
    switch (job.mode) {
    case WriteMode::Replace: return JobsModel::tr("replace");
    case WriteMode::Append: return JobsModel::tr("append");
    case WriteMode::Upsert:
        return JobsModel::tr("upsert by %1").arg(job.keyColumns.join(QStringLiteral(", ")));
    }
    return QString();
}

QColor statusColour(RunStatus status)
{
    switch (status) {
    case RunStatus::Succeeded: return QColor(0x2e, 0x7d, 0x32);
    case RunStatus::Failed: return QColor(0xb0, 0x20, 0x20);
    case RunStatus::Cancelled:
    case RunStatus::Interrupted: return QColor(0xb2, 0x6a, 0x00);
    case RunStatus::Queued:
    case RunStatus::Running: break;
    }
    return QColor();
}

} // namespace

JobsModel::JobsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

Status JobsModel::setStore(JobStore *store)
{
    m_store = store;
    m_live.clear();
    return reload();
}

Status JobsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_sourceNames.clear();
    Status status;
    if (m_store) {
        if (auto sources = m_store->workspace().sources())
            for (const SourceRecord &s : *sources)
                m_sourceNames.insert(s.id, s.name);
        auto jobs = m_store->jobs();
        if (jobs) {
            for (const JobRecord &job : *jobs) {
                Row row{job, std::nullopt};
                auto runs = m_store->runs(job.definition.id, 1);
                if (runs && !runs->isEmpty())
                    row.lastRun = runs->constFirst();
                m_rows.append(row);
            }
        } else {
            status = Error(jobs.error());
        }
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return byName(a.job, b.job); });
    endResetModel();
    return status;
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobsModel::sourceName(const JobDefinition &job) const
{
    if (job.sourceId > 0)
        return m_sourceNames.value(job.sourceId, tr("missing source #%1").arg(job.sourceId));
    return QFileInfo(job.sourcePath).fileName();
}

QString JobsModel::route(const JobDefinition &job) const
{
    QString from = sourceName(job);
    if (!job.stream.isEmpty() && job.sourceId > 0)
        from = tr("%1 (%2)").arg(from, job.stream);
    QString to = job.destinationSourceId > 0
                     ? m_sourceNames.value(job.destinationSourceId, tr("missing source #%1").arg(job.destinationSourceId))
                     : QFileInfo(job.destination).fileName();
    if (!job.table.isEmpty())
        to = tr("%1 (%2)").arg(to, job.table);
    return tr("%1 → %2").arg(from, to);
}

QString JobsModel::lastRunText(const Row &row) const
{
    if (!row.lastRun)
        return tr("never run");
    const RunRecord &run = *row.lastRun;
    const QDateTime at = run.finishedAt.isValid() ? run.finishedAt : run.startedAt;
    QString text = tr("%1, %2").arg(runStatusDisplayName(run.status), RunFormat::when(at));
    if (RunFormat::verificationStatus(run) == QLatin1String("mismatch"))
        text += QStringLiteral(" · ") + tr("mismatch");
    return text;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const JobDefinition &job = row.job.definition;
    const auto live = m_live.constFind(job.id);
    const bool running = live != m_live.cend();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return job.name;
        case RouteColumn: return route(job);
        case ModeColumn: return modeText(job);
        case LastRunColumn: return lastRunText(row);
        case ProgressColumn:
            if (!running)
                return QString();
            return live->queued && !live->paused ? tr("Queued: waiting for a free slot") : RunFormat::progress(live->progress, live->paused);
        }
        break;
    case Qt::ToolTipRole: {
        if (index.column() == ProgressColumn && running)
            return RunFormat::progress(live->progress, live->paused);
        QString tip =
            QStringLiteral("<b>%1</b><br>%2").arg(job.name.toHtmlEscaped(), route(job).toHtmlEscaped());
        if (row.lastRun && !row.lastRun->error.isEmpty())
            tip += QStringLiteral("<br>") + row.lastRun->error.toHtmlEscaped();
        return tip;
    }
    case Qt::ForegroundRole:
        if (index.column() == LastRunColumn && row.lastRun) {
            const QColor colour = RunFormat::verificationStatus(*row.lastRun) == QLatin1String("mismatch")
                                      ? statusColour(RunStatus::Failed)
                                      : statusColour(row.lastRun->status);
            if (colour.isValid())
                return QBrush(colour);
        }
        break;
    case IdRole: return job.id;
    case RunningRole: return running;
    case PausedRole: return running && live->paused;
    case QueuedRole: return running && live->queued;
    case LastRunIdRole: return row.lastRun ? row.lastRun->id : qint64(0);
    case LastRunStatusRole: return row.lastRun ? int(row.lastRun->status) : -1;
    case PhaseRole: return running ? live->progress.phase : QString();
    case RowsReadRole: return running ? live->progress.rowsRead : qint64(0);
    case BytesReadRole: return running ? live->progress.bytesRead : qint64(0);
    case BytesTotalRole: return running ? live->progress.bytesTotal : qint64(-1);
    case RowsPerSecondRole: return running ? live->progress.rowsPerSecond : 0.0;
    case EtaSecondsRole: return running ? live->progress.etaSeconds : -1.0;
    case FractionRole: return running ? RunFormat::fraction(live->progress) : -1.0;
    case SearchTextRole:
        return QStringList{job.name, sourceName(job), job.sourcePath, job.stream, job.destination, job.table}
            .join(QLatin1Char(' '));
    }
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case RouteColumn: return tr("Source → Destination");
    case ModeColumn: return tr("Mode");
    case LastRunColumn: return tr("Last run");
    case ProgressColumn: return tr("Progress");
    }
    return {};
}

QModelIndex JobsModel::indexForId(qint64 id, int column) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).job.definition.id == id)
            return index(row, column);
    return {};
}

const JobRecord *JobsModel::jobForId(qint64 id) const
{
    for (const Row &r : m_rows)
        if (r.job.definition.id == id)
            return &r.job;
    return nullptr;
}

std::optional<RunRecord> JobsModel::lastRun(qint64 id) const
{
    for (const Row &r : m_rows)
        if (r.job.definition.id == id)
            return r.lastRun;
    return std::nullopt;
}

Result<JobsModel::Row> JobsModel::readRow(qint64 id) const
{
    auto job = m_store->job(id);
    if (!job)
        return Error(job.error());
    Row row{*job, std::nullopt};
    auto runs = m_store->runs(id, 1);
    if (!runs)
        return Error(runs.error());
    if (!runs->isEmpty())
        row.lastRun = runs->constFirst();
    return row;
}

Status JobsModel::refreshJob(qint64 id)
{
    if (!m_store)
        return Error(tr("No workspace is open."));
    auto fresh = readRow(id);
    if (!fresh)
        return Error(fresh.error());
    const QModelIndex existing = indexForId(id);
    const auto sortsBefore = [](const Row &a, const Row &b) {
        return byName(a.job, b.job);
    };
    if (existing.isValid()) {
        // A rename can move the row: move it (keeps selections) to where the new name sorts.
        const int from = existing.row();
        QList<Row> others = m_rows;
        others.removeAt(from);
        const int to =
            int(std::lower_bound(others.cbegin(), others.cend(), *fresh, sortsBefore) - others.cbegin());
        if (to != from) {
            beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to);
            m_rows.move(from, to);
            endMoveRows();
        }
        m_rows[to] = *fresh;
        Q_EMIT dataChanged(index(to, 0), index(to, ColumnCount - 1));
        return {};
    }
    const int row =
        int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), *fresh, sortsBefore) - m_rows.cbegin());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(row, *fresh);
    endInsertRows();
    return {};
}

void JobsModel::refreshSourceNames()
{
    if (!m_store)
        return;
    auto sources = m_store->workspace().sources();
    if (!sources)
        return;
    QHash<qint64, QString> names;
    for (const SourceRecord &s : *sources)
        names.insert(s.id, s.name);
    if (names == m_sourceNames)
        return;
    m_sourceNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, RouteColumn), index(int(m_rows.size()) - 1, RouteColumn));
}

Result<qint64> JobsModel::addJob(const JobDefinition &job)
{
    if (!m_store)
        return Error(tr("No workspace is open."));
    auto id = m_store->addJob(job);
    if (!id)
        return id;
    if (Status s = refreshJob(*id); !s)
        return Error(s.error());
    return id;
}

Status JobsModel::updateJob(const JobDefinition &job)
{
    if (!m_store)
        return Error(tr("No workspace is open."));
    if (Status s = m_store->updateJob(job); !s)
        return s;
    return refreshJob(job.id);
}

Status JobsModel::removeJob(qint64 id)
{
    if (!m_store)
        return Error(tr("No workspace is open."));
    if (isRunning(id))
        return Error(tr("Job '%1' is running; cancel it first.")
                         .arg(jobForId(id) ? jobForId(id)->definition.name : QString()));
    if (Status s = m_store->removeJob(id); !s)
        return s;
    const QModelIndex existing = indexForId(id);
    if (existing.isValid()) {
        beginRemoveRows(QModelIndex(), existing.row(), existing.row());
        m_rows.removeAt(existing.row());
        endRemoveRows();
    }
    return {};
}

void JobsModel::emitRowChanged(qint64 id, int first, int last)
{
    const QModelIndex left = indexForId(id, first);
    if (left.isValid())
        Q_EMIT dataChanged(left, index(left.row(), last));
}

void JobsModel::setRunning(qint64 jobId, bool running)
{
    if (running == isRunning(jobId))
        return;
    if (running)
        m_live.insert(jobId, Live());
    else
        m_live.remove(jobId);
    emitRowChanged(jobId);
}

void JobsModel::setStarted(qint64 jobId)
{
    auto live = m_live.find(jobId);
    if (live == m_live.end() || !live->queued)
        return;
    live->queued = false;
    emitRowChanged(jobId, ProgressColumn, ProgressColumn);
}

void JobsModel::setPaused(qint64 jobId, bool paused)
{
    auto live = m_live.find(jobId);
    if (live == m_live.end() || live->paused == paused)
        return;
    live->paused = paused;
    emitRowChanged(jobId, ProgressColumn, ProgressColumn);
}

void JobsModel::setProgress(qint64 jobId, const RunProgress &progress)
{
    auto live = m_live.find(jobId);
    if (live == m_live.end())
        return; // the run ended (or was never started from here)
    live->progress = progress;
    live->queued = false;
    emitRowChanged(jobId, ProgressColumn, ProgressColumn);
}

} // namespace miq
