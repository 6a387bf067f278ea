#include "engine/sync/jobrunner.h"

#include <QMetaObject>
#include <QPointer>

namespace miq {

JobRunner::JobRunner(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(2);
}

JobRunner::~JobRunner()
{
    interruptAllAndWait();
}

int JobRunner::start(RunRequest request)
{
    const int task = m_nextTask++;
    auto controls = std::make_shared<RunControls>();
    m_tasks.insert(task, controls);
    QPointer<JobRunner> self(this);
    m_pool.start([self, task, controls, request = std::move(request)]() mutable {
        if (controls->cancel.load() || controls->interrupt.load()) {
            QMetaObject::invokeMethod(
                self,
                [self, task] {
                    if (!self)
                        return;
                    self->m_tasks.remove(task);
                    Q_EMIT self->finished(task, RunRecord(), tr("The run was cancelled before it started."));
                },
                Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            self,
            [self, task] {
                if (self)
                    Q_EMIT self->started(task);
            },
            Qt::QueuedConnection);
        SyncRun run(std::move(request), controls.get(), [self, task](const RunProgress &p) {
            QMetaObject::invokeMethod(
                self,
                [self, task, p] {
                    if (self)
                        Q_EMIT self->progress(task, p);
                },
                Qt::QueuedConnection);
        });
        const Result<RunRecord> result = run.execute();
        const RunRecord record = result ? *result : RunRecord();
        const QString error = result ? QString() : result.error();
        QMetaObject::invokeMethod(
            self,
            [self, task, record, error] {
                if (!self)
                    return;
                self->m_tasks.remove(task);
                Q_EMIT self->finished(task, record, error);
            },
            Qt::QueuedConnection);
    });
    return task;
}

void JobRunner::cancel(int task)
{
    if (auto controls = m_tasks.value(task))
        controls->cancel = true;
}

void JobRunner::setPaused(int task, bool paused)
{
    if (auto controls = m_tasks.value(task))
        controls->pause = paused;
}

void JobRunner::interruptAllAndWait()
{
    for (const auto &controls : std::as_const(m_tasks))
        controls->interrupt = true;
    m_pool.waitForDone();
}

} // namespace miq
