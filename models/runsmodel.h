#pragma once

#include "engine/sync/jobstore.h"
#include "engine/sync/syncrun.h"

#include <QAbstractTableModel>
#include <QList>

namespace miq {

// The run history of one job (or of every job), newest first, keyed by run id. A running run's
// counters follow its live progress; setting the job re-reads the history. GUI thread only.
class RunsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        JobColumn,
        StatusColumn,
        StartedColumn,
        DurationColumn,
        ReadColumn,
        WrittenColumn,
        QuarantinedColumn,
        ThroughputColumn,
        VerificationColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 run id
        JobIdRole,                 // qint64 job id (0 for one-shot syncs)
        StatusRole,                // int RunStatus
        VerificationRole,          // QString "verified", "mismatch", or empty when not verified
        SortRole,                  // the cell's raw value (numbers, times) for sorting proxies
    };

    explicit RunsModel(QObject *parent = nullptr);

    // Not owned; nullptr empties the model.
    Status setStore(JobStore *store);
    JobStore *store() const { return m_store; }
    // Shows the runs of `jobId`, or of every job when 0.
    Status setJob(qint64 jobId);
    qint64 jobId() const { return m_jobId; }
    Status reload();
    void setLimit(int runs) { m_limit = qMax(1, runs); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexForId(qint64 id, int column = IdColumn) const;
    const RunRecord *runForId(qint64 id) const;

    // Re-reads one run: inserts it at the top when it is new and belongs to the shown job.
    Status refreshRun(qint64 runId);
    // Live counters of a running run (no-op for runs not shown).
    void setProgress(const RunProgress &progress);

private:
    QVariant display(const RunRecord &run, int column) const;
    QVariant sortValue(const RunRecord &run, int column) const;

    JobStore *m_store = nullptr;
    qint64 m_jobId = 0;
    int m_limit = 200;
    QList<RunRecord> m_runs; // newest first
};

} // namespace miq
