#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <type_traits>

namespace miq {

// Runs `work` on the global thread pool and calls `done(result)` on `context`'s thread when it
// finishes. If `context` is destroyed first, `done` is never called (the watcher dies with it),
// so callbacks cannot touch deleted widgets. `work` must only use the values it captured.
template<typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done)
{
    using R = std::invoke_result_t<Work>;
    // std::optional makes any result type default-constructible, as QFuture's storage wants.
    auto *watcher = new QFutureWatcher<std::optional<R>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        std::optional<R> result = watcher->result();
        watcher->deleteLater();
        done(std::move(*result));
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work)]() mutable { return std::optional<R>(work()); }));
}

} // namespace miq
