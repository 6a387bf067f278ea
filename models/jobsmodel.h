#pragma once

#include "engine/sync/jobstore.h"
#include "engine/sync/syncrun.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace miq {

// The sync jobs of a workspace, one row per job keyed by the job id, sorted by name, with each
// job's last run and - while one runs - its live progress. All changes to jobs go through this
// model so views stay in step with the workspace. GUI thread only: the JobRunner's signals
// arrive there and the pane forwards them with setRunning()/setProgress().
class JobsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RouteColumn, ModeColumn, LastRunColumn, ProgressColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 job id
        RunningRole,               // bool: a run of this job is queued or active
        PausedRole,                // bool: that run is paused
        QueuedRole,                // bool: that run waits for a free slot of the runner
        LastRunIdRole,             // qint64 id of the newest run, 0 when the job never ran
        LastRunStatusRole,         // int RunStatus of the newest run, -1 when the job never ran
        PhaseRole,                 // QString translated phase of the active run
        RowsReadRole,              // qint64 rows read by the active run
        BytesReadRole,             // qint64 bytes read by the active run
        BytesTotalRole,            // qint64 size of the input, -1 when unknown
        RowsPerSecondRole,         // double throughput of the active run
        EtaSecondsRole,            // double seconds left, -1 when unknown
        FractionRole,              // double 0..1 done (by bytes), -1 when unknown
        SearchTextRole,            // QString name, source, stream, destination, for the filter box
    };

    explicit JobsModel(QObject *parent = nullptr);

    // Not owned; nullptr empties the model.
    Status setStore(JobStore *store);
    JobStore *store() const { return m_store; }
    Status reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexForId(qint64 id, int column = NameColumn) const;
    const JobRecord *jobForId(qint64 id) const;
    std::optional<RunRecord> lastRun(qint64 id) const;

    Result<qint64> addJob(const JobDefinition &job);
    Status updateJob(const JobDefinition &job);
    Status removeJob(qint64 id);
    // Re-reads one job and its last run (after a run ended, or another process changed it).
    Status refreshJob(qint64 id);
    // Source names are shown in the route column; call when sources were renamed or removed.
    void refreshSourceNames();

    // Live state of a run, from the JobRunner's signals.
    void setRunning(qint64 jobId, bool running);
    // The job's run left the runner's queue and started (until then the list says "Queued").
    void setStarted(qint64 jobId);
    void setPaused(qint64 jobId, bool paused);
    void setProgress(qint64 jobId, const RunProgress &progress);
    bool isRunning(qint64 jobId) const { return m_live.contains(jobId); }
    bool isPaused(qint64 jobId) const { return m_live.value(jobId).paused; }

private:
    struct Row
    {
        JobRecord job;
        std::optional<RunRecord> lastRun;
    };
    struct Live
    {
        RunProgress progress;
        bool paused = false;
        bool queued = true; // waiting for a free slot of the runner
    };

    Result<Row> readRow(qint64 id) const;
    QString sourceName(const JobDefinition &job) const;
    QString route(const JobDefinition &job) const;
    QString lastRunText(const Row &row) const;
    void emitRowChanged(qint64 id, int first = 0, int last = ColumnCount - 1);

    JobStore *m_store = nullptr;
    QList<Row> m_rows; // sorted by name, case-insensitively
    QHash<qint64, QString> m_sourceNames;
    QHash<qint64, Live> m_live; // job id -> its active run
};

} // namespace miq
