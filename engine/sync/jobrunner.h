#pragma once

#include "engine/sync/syncrun.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace miq {

// Runs sync jobs on its own thread pool, several at once up to a limit, and reports back on the
// thread it lives on (the GUI thread in the app). Each run is a task with an id; progress comes
// throttled by SyncRun (at most ten updates a second per run). Destroying the runner interrupts
// every active run at its next checkpoint and waits, leaving them resumable.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    void setMaxConcurrentRuns(int runs) { m_pool.setMaxThreadCount(qMax(1, runs)); }
    int maxConcurrentRuns() const { return m_pool.maxThreadCount(); }

    // Queues a run; it starts as soon as a slot is free. Returns the task id.
    int start(RunRequest request);
    void cancel(int task);
    void setPaused(int task, bool paused);
    bool isActive(int task) const { return m_tasks.contains(task); }
    QList<int> activeTasks() const { return m_tasks.keys(); }
    // Stops every run at its next checkpoint (resumable) and waits for them.
    void interruptAllAndWait();

Q_SIGNALS:
    void started(int task);
    void progress(int task, const miq::RunProgress &progress);
    // `run` is valid when the run record could be written; `error` says why not otherwise.
    void finished(int task, const miq::RunRecord &run, const QString &error);

private:
    QThreadPool m_pool;
    QHash<int, std::shared_ptr<RunControls>> m_tasks;
    int m_nextTask = 1;
};

} // namespace miq
