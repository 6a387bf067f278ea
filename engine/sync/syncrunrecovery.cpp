#include "engine/sync/syncplanner.h"
#include "engine/sync/syncrunstate.h"

#include <QRandomGenerator>
#include <QThread>

namespace miq {

// A retry of quarantined rows starts from the types and columns of the run that set them aside,
// so that the rows land in the table that run created, converted the same way.
Status SyncRun::startRetry(State &state)
{
    auto original = state.store->run(m_request.retryOf);
    if (!original)
        return original.failure();
    if (!original->target.contains(QStringLiteral("inferred")))
        return Error(tr("Run #%1 never reached its copy, so it has no rows to load again.").arg(m_request.retryOf));
    state.retryOf = m_request.retryOf;
    QJsonObject target;
    for (const QString &key : {QStringLiteral("stream"), QStringLiteral("source"), QStringLiteral("inferred")})
        target.insert(key, original->target.value(key));
    target.insert(QStringLiteral("retry_of"), state.retryOf);
    state.run.target = target;
    log(state, tr("Loading again the %n row(s) run #%1 quarantined, from the source as it is now.", nullptr,
                  int(original->rowsQuarantined))
                   .arg(state.retryOf));
    return state.store->updateProgress(state.run);
}

// Transient failures (a lost connection, a busy database) are retried with exponential backoff
// and jitter, from the last checkpoint: the destination is dropped as if the process had died, so
// whatever it had not committed vanishes, and the run resumes like an interrupted one. Once the
// destination has finished, only the verification is repeated.
Status SyncRun::runWithRetries(State &state)
{
    Status result = runInto(state);
    for (int attempt = 1; !result && result.isTransient() && attempt <= m_request.retries; ++attempt) {
        if (m_controls && (m_controls->cancel.load() || m_controls->interrupt.load()))
            break;
        const int base = std::min(1000 << (attempt - 1), 30'000);
        const int delay = base + QRandomGenerator::global()->bounded(base / 4 + 1);
        log(state, tr("Transient failure: %1 Trying again from the last checkpoint in %2 s (attempt %3 of %4).")
                       .arg(result.error())
                       .arg(delay / 1000.0, 0, 'f', 1)
                       .arg(attempt)
                       .arg(m_request.retries));
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < delay && !(m_controls && (m_controls->cancel.load() || m_controls->interrupt.load())))
            QThread::msleep(20);
        if (m_controls && (m_controls->cancel.load() || m_controls->interrupt.load()))
            break;
        if (state.finished) {
            result = verify(state);
            continue;
        }
        state.destination.reset();
        state.connector.reset();
        state.converter.reset();
        state.cursorFilter.reset();
        state.readerToken.clear();
        state.resuming = true;
        result = runInto(state);
    }
    return result;
}

Status SyncRun::setUpCursor(State &state)
{
    const JobDefinition &job = m_request.job;
    if (job.cursorColumn.isEmpty())
        return {};
    QString targetName = job.cursorColumn;
    for (const ColumnMapping &m : job.mapping.columns)
        if (m.include && m.source == job.cursorColumn && !m.target.isEmpty())
            targetName = m.target;
    const auto indexOf = [&](const QString &name) {
        for (int i = 0; i < int(state.spec.columns.size()); ++i)
            if (state.spec.columns.at(i).name == name)
                return i;
        return -1;
    };
    const int cursor = indexOf(targetName);
    if (cursor < 0)
        return Error(tr("The cursor column '%1' is not among the columns the job copies.").arg(job.cursorColumn));
    std::vector<int> keys;
    for (const QString &key : job.keyColumns) {
        const int index = indexOf(key);
        if (index < 0)
            return Error(tr("The key column '%1' is not among the columns the job copies.").arg(key));
        keys.push_back(index);
    }
    const ColumnType type = state.spec.columns.at(cursor).type;
    QJsonObject saved = state.run.target.value(QStringLiteral("cursor")).toObject();
    if (!state.resuming || saved.isEmpty()) {
        // Where the previous runs of this job stopped; saved with the run, so a resume uses the same bound.
        auto lastTarget = state.store->lastCursorTarget(job);
        if (!lastTarget)
            return lastTarget.failure();
        const QJsonObject lastCursor = lastTarget->value(QStringLiteral("cursor")).toObject();
        const QJsonObject *last = &lastCursor;
        const QString lastType = last->value(QStringLiteral("type")).toString();
        if (!last->isEmpty() && lastType != columnTypeName(type))
            return Error(tr("The cursor column '%1' now holds %2 values, but the earlier runs compared %3 "
                            "values; edit the job or load it in full to start a new series of runs.")
                             .arg(job.cursorColumn, columnTypeName(type), lastType));
        saved = {{QStringLiteral("column"), job.cursorColumn},
                 {QStringLiteral("type"), columnTypeName(type)},
                 {QStringLiteral("from"), last->value(QStringLiteral("to"))}};
    }
    state.cursorFrom = CursorPosition::fromJson(saved.value(QStringLiteral("from")).toObject(), type);
    state.cursorSeen = CursorPosition();
    state.cursorSeen.type = type;
    QJsonObject target = state.run.target;
    target.insert(QStringLiteral("cursor"), saved);
    state.run.target = target;
    state.cursorFilter.emplace(cursor, std::move(keys), state.cursorFrom, job.cursorColumn);
    if (state.cursorFrom.isSet)
        log(state, tr("Incremental: loading the rows whose '%1' is at least %2 (%n row(s) with that value were "
                      "loaded before and are skipped).",
                      nullptr, int(state.cursorFrom.keys.size()))
                       .arg(job.cursorColumn, state.cursorFrom.valueText()));
    else
        log(state, tr("Incremental: the first run of cursor column '%1' loads every row.").arg(job.cursorColumn));
    return {};
}

void SyncRun::recordCursor(State &state)
{
    CursorPosition reached = state.cursorFrom;
    reached.merge(state.cursorSeen);
    QJsonObject cursor = state.run.target.value(QStringLiteral("cursor")).toObject();
    cursor.insert(QStringLiteral("to"), reached.toJson());
    cursor.insert(QStringLiteral("skipped"), state.rowsSkipped);
    QJsonObject target = state.run.target;
    target.insert(QStringLiteral("cursor"), cursor);
    state.run.target = target;
    log(state, tr("Incremental: skipped %1 rows loaded by earlier runs; the next run starts at '%2' = %3.")
                   .arg(state.rowsSkipped)
                   .arg(m_request.job.cursorColumn, reached.isSet ? reached.valueText() : tr("(no value yet)")));
}

} // namespace miq
