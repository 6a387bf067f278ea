#pragma once

#include "engine/sourcesecrets.h"
#include "engine/sync/jobstore.h"
#include "engine/sync/syncrun.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTreeView;

namespace miq {

class JobRunner;
class JobsModel;
class RunDetails;
class RunNotifier;
class RunsModel;

// The sync jobs pane: the jobs with a filter box and live progress bars on the left; on the
// right the selected job's run history (every run when no job is selected) and the details of
// the selected run. Runs go to the JobRunner, which reports back on the GUI thread; the pane
// maps its task ids to jobs and tells the user when a run ends (system tray where there is one,
// otherwise a banner in the window and the status bar).
class JobsPane : public QWidget
{
    Q_OBJECT

public:
    // `runner` is not owned and must outlive the pane's runs.
    JobsPane(JobsModel *model, JobRunner *runner, QWidget *parent = nullptr);
    ~JobsPane() override;

    // The jobs of the open workspace (not owned; nullptr when none is open). Runs still going are
    // forgotten: stop them first (JobRunner::interruptAllAndWait).
    void setStore(JobStore *store);
    // The secrets of the workspace's sources, for runs of sources that have some (not owned).
    void setSecrets(SourceSecrets *secrets);

    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *removeAction() const { return m_remove; }
    QAction *runAction() const { return m_run; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *pauseAction() const { return m_pause; }
    QAction *retryAction() const { return m_retry; }

    qint64 currentJobId() const;
    void selectJob(qint64 id);
    qint64 currentRunId() const;
    void selectRun(qint64 id);
    bool hasActiveRuns() const { return !m_tasks.isEmpty(); }
    RunsModel *runsModel() const { return m_runs; }
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs = 0);
    // A run of `jobId` ended; `run.id` is 0 when not even its record could be written.
    void runFinished(qint64 jobId, const miq::RunRecord &run);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addJob();
    void editJob();
    void removeJob();
    // Starts job `id`; with `retryOf`, a run that loads again the rows run #retryOf quarantined.
    void runJob(qint64 id, qint64 retryOf = 0);
    void cancelRun();
    void setPaused(bool paused);
    void currentJobChanged();
    void currentRunChanged();
    void updateActions();
    void runProgress(int task, const RunProgress &progress);
    void runFinishedByRunner(int task, const RunRecord &run, const QString &error);
    void notify(const QString &title, const QString &message, bool ok);
    void showError(const QString &title, const QString &message);
    int taskForJob(qint64 jobId) const;
    void openDialog(const JobDefinition &job);

    JobsModel *m_model;
    JobRunner *m_runner;
    SourceSecrets *m_secrets = nullptr;
    RunsModel *m_runs;
    QSortFilterProxyModel *m_proxy;
    QSortFilterProxyModel *m_runsProxy;
    QLineEdit *m_filter;
    QTreeView *m_jobView;
    QLabel *m_historyTitle;
    QTreeView *m_runView;
    RunDetails *m_details;
    RunNotifier *m_notifier;
    QSplitter *m_splitter;
    QSplitter *m_detailSplitter;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_run;
    QAction *m_cancel;
    QAction *m_pause;
    QAction *m_retry;
    QHash<int, qint64> m_tasks; // JobRunner task -> job id
    QSet<int> m_cancelling;     // tasks asked to stop
    int m_storeGeneration = 0;  // drops answers meant for a workspace that is no longer open
};

} // namespace miq
