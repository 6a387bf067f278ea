#include "models/runsmodel.h"

#include "models/runformat.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace miq {

namespace {

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

bool isLive(const RunRecord &run)
{
    return run.status == RunStatus::Running || run.status == RunStatus::Queued;
}

} // namespace

RunsModel::RunsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

Status RunsModel::setStore(JobStore *store)
{
    m_store = store;
    m_jobId = 0;
    return reload();
}

Status RunsModel::setJob(qint64 jobId)
{
    m_jobId = jobId;
    return reload();
}

Status RunsModel::reload()
{
    beginResetModel();
    m_runs.clear();
    Status status;
    if (m_store) {
        auto runs = m_store->runs(m_jobId, m_limit);
        if (runs)
            m_runs = *runs;
        else
            status = Error(runs.error());
    }
    endResetModel();
    return status;
}

int RunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunsModel::display(const RunRecord &run, int column) const
{
    switch (column) {
    case IdColumn: return run.id;
    case JobColumn: return run.definition.name;
    case StatusColumn: return runStatusDisplayName(run.status);
    case StartedColumn: return RunFormat::when(run.startedAt);
    case DurationColumn:
        if (isLive(run) && run.startedAt.isValid())
            return RunFormat::duration(run.startedAt.secsTo(QDateTime::currentDateTimeUtc()));
        return RunFormat::duration(RunFormat::runSeconds(run));
    case ReadColumn: return RunFormat::count(run.rowsRead);
    case WrittenColumn: return RunFormat::count(run.rowsWritten);
    case QuarantinedColumn: return RunFormat::count(run.rowsQuarantined);
    case ThroughputColumn: return isLive(run) ? QString() : RunFormat::rate(RunFormat::throughput(run));
    case VerificationColumn: return RunFormat::verificationText(run);
    }
    return {};
}

QVariant RunsModel::sortValue(const RunRecord &run, int column) const
{
    switch (column) {
    case IdColumn: return run.id;
    case JobColumn: return run.definition.name;
    case StatusColumn: return int(run.status);
    case StartedColumn: return run.startedAt;
    case DurationColumn: return RunFormat::runSeconds(run);
    case ReadColumn: return run.rowsRead;
    case WrittenColumn: return run.rowsWritten;
    case QuarantinedColumn: return run.rowsQuarantined;
    case ThroughputColumn: return RunFormat::throughput(run);
    case VerificationColumn: return RunFormat::verificationStatus(run);
    }
    return {};
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord &run = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(run, index.column());
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case IdColumn:
        case DurationColumn:
        case ReadColumn:
        case WrittenColumn:
        case QuarantinedColumn:
        case ThroughputColumn: return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case Qt::ForegroundRole: {
        QColor colour;
        if (index.column() == StatusColumn)
            colour = statusColour(run.status);
        else if (index.column() == VerificationColumn)
            colour = RunFormat::verificationStatus(run) == QLatin1String("mismatch")
                         ? statusColour(RunStatus::Failed)
                         : statusColour(RunStatus::Succeeded);
        else if (index.column() == QuarantinedColumn && run.rowsQuarantined > 0)
            colour = statusColour(RunStatus::Interrupted);
        if (colour.isValid())
            return QBrush(colour);
        break;
    }
    case Qt::ToolTipRole:
        if (!run.error.isEmpty())
            return run.error;
        break;
    case IdRole: return run.id;
    case JobIdRole: return run.jobId;
    case StatusRole: return int(run.status);
    case VerificationRole: return RunFormat::verificationStatus(run);
    case SortRole: return sortValue(run, index.column());
    }
    return {};
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Run");
    case JobColumn: return tr("Job");
    case StatusColumn: return tr("Status");
    case StartedColumn: return tr("Started");
    case DurationColumn: return tr("Duration");
    case ReadColumn: return tr("Read");
    case WrittenColumn: return tr("Written");
    case QuarantinedColumn: return tr("Quarantined");
    case ThroughputColumn: return tr("Throughput");
    case VerificationColumn: return tr("Verification");
    }
    return {};
}

QModelIndex RunsModel::indexForId(qint64 id, int column) const
{
    for (int row = 0; row < m_runs.size(); ++row)
        if (m_runs.at(row).id == id)
            return index(row, column);
    return {};
}

const RunRecord *RunsModel::runForId(qint64 id) const
{
    for (const RunRecord &r : m_runs)
        if (r.id == id)
            return &r;
    return nullptr;
}

Status RunsModel::refreshRun(qint64 runId)
{
    if (!m_store)
        return Error(tr("No workspace is open."));
    auto fresh = m_store->run(runId);
    if (!fresh)
        return Error(fresh.error());
    const QModelIndex existing = indexForId(runId);
    if (existing.isValid()) {
        m_runs[existing.row()] = *fresh;
        Q_EMIT dataChanged(index(existing.row(), 0), index(existing.row(), ColumnCount - 1));
        return {};
    }
    if (m_jobId != 0 && fresh->jobId != m_jobId)
        return {};
    // Newest first: a new run goes above every older one.
    const int row =
        int(std::find_if(m_runs.cbegin(), m_runs.cend(), [&](const RunRecord &r) { return r.id < runId; }) -
            m_runs.cbegin());
    beginInsertRows(QModelIndex(), row, row);
    m_runs.insert(row, *fresh);
    endInsertRows();
    return {};
}

void RunsModel::setProgress(const RunProgress &progress)
{
    const QModelIndex existing = indexForId(progress.runId);
    if (!existing.isValid())
        return;
    RunRecord &run = m_runs[existing.row()];
    run.rowsRead = progress.rowsRead;
    run.rowsWritten = progress.rowsWritten;
    run.rowsQuarantined = progress.rowsQuarantined;
    run.bytesRead = progress.bytesRead;
    run.bytesTotal = progress.bytesTotal;
    Q_EMIT dataChanged(index(existing.row(), DurationColumn), index(existing.row(), ThroughputColumn));
}

} // namespace miq
