#include "engine/profile/profiler.h"

#include "engine/profile/profilebuilder.h"
#include "engine/profile/profilestate.h"
#include "engine/sync/boundedqueue.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QRegularExpression>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <memory>
#include <mutex>
#include <vector>

namespace miq {

namespace {

// Emptied batches go back to the reader, so that steady state allocates nothing per batch.
class BatchPool
{
public:
    RecordBatch take()
    {
        std::lock_guard lock(m_mutex);
        if (m_free.empty())
            return RecordBatch();
        RecordBatch b = std::move(m_free.back());
        m_free.pop_back();
        return b;
    }
    void give(RecordBatch batch)
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(batch));
    }

private:
    std::mutex m_mutex;
    std::vector<RecordBatch> m_free;
};

// "UTF-8, ',' delimited, header row" -> encoding "UTF-8", dialect "',' delimited, header row".
void splitDetail(const QString &detail, QString &encoding, QString &dialect)
{
    static const QRegularExpression charset(QStringLiteral("^(UTF-|UTF8|ISO-|Windows-|windows-|CP|US-ASCII|ASCII|Latin|"
                                                           "Shift|EUC|GB|Big5|KOI8|Mac)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QStringList parts = detail.split(QStringLiteral(", "));
    if (!parts.isEmpty() && charset.match(parts.first()).hasMatch()) {
        encoding = parts.first();
        dialect = parts.mid(1).join(QStringLiteral(", "));
    } else {
        dialect = detail;
    }
}

} // namespace

Result<DatasetProfile> Profiler::profile(Connector &connector, const QString &sourceName, const QString &stream,
                                         const ProfileOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const auto cancelled = [&] { return options.cancel && options.cancel->load(); };

    ProfileContext context;
    context.sourceName = sourceName;
    context.profiledAt = started;
    context.sampled = options.sampleRows >= 0;
    context.sampleRows = options.sampleRows;

    // The stream's description: kind, and for files the encoding and dialect the reader uses.
    const Result<QList<StreamInfo>> streams = connector.discover();
    if (!streams)
        return Error(tr("Cannot profile '%1' of source '%2': %3").arg(stream, sourceName, streams.error()));
    const StreamInfo *info = nullptr;
    for (const StreamInfo &s : *streams)
        if (s.name == stream || (stream.isEmpty() && !info))
            info = &s;
    if (!info)
        return Error(stream.isEmpty() ? tr("Source '%1' has no streams to profile.").arg(sourceName)
                                      : tr("Source '%1' has no stream '%2'.").arg(sourceName, stream));
    context.stream = info->name;
    context.streamIsFile = info->kind == StreamInfo::Kind::File;
    if (context.streamIsFile)
        splitDetail(info->detail, context.encoding, context.dialect);

    ReadOptions readOptions;
    readOptions.batchRows = std::max(1, options.batchRows);
    readOptions.limitRows = options.sampleRows;
    readOptions.cancel = options.cancel;
    Result<std::unique_ptr<StreamReader>> opened = connector.openStream(context.stream, readOptions);
    if (!opened)
        return Error(opened.error());
    StreamReader &reader = **opened;
    const std::shared_ptr<const Schema> schema = reader.schema();

    const auto cancelError = [&] {
        return Error(tr("Profiling '%1' of source '%2' was cancelled.").arg(context.stream, sourceName));
    };
    RecordBatch first;
    const Result<bool> firstMore = reader.next(first);
    if (!firstMore)
        return Error(firstMore.error());
    if (cancelled())
        return cancelError();
    qint64 badRecords = reader.takeBadRecords().size();

    // Roles come from the first batch so that every worker's state measures the same things.
    auto roles = std::make_shared<const ProfileRoles>(ProfileRoles::choose(*schema, first));
    const std::int64_t nowMicros = started.toMSecsSinceEpoch() * 1000;
    const int threads = std::clamp(options.threads > 0 ? options.threads : QThread::idealThreadCount(), 1, 32);
    std::vector<std::unique_ptr<ProfileState>> states;
    for (int i = 0; i < threads; ++i)
        states.push_back(std::make_unique<ProfileState>(schema, roles, nowMicros));

    BoundedQueue<RecordBatch> queue(std::size_t(threads) * 2);
    BatchPool pool;
    QThreadPool workers;
    workers.setMaxThreadCount(threads);
    std::vector<QFuture<void>> futures;
    for (int i = 0; i < threads; ++i) {
        ProfileState *state = states[std::size_t(i)].get();
        futures.push_back(QtConcurrent::run(&workers, [state, &queue, &pool] {
            // Each worker folds into its own state: no shared data on the hot path.
            while (std::optional<RecordBatch> batch = queue.pop()) {
                state->add(*batch);
                batch->clearRows();
                pool.give(std::move(*batch));
            }
        }));
    }
    const auto finishWorkers = [&] {
        queue.close();
        for (QFuture<void> &f : futures)
            f.waitForFinished();
    };

    qint64 rows = first.rowCount;
    bool more = *firstMore || first.rowCount > 0;
    if (first.rowCount > 0)
        queue.push(std::move(first));
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    const auto report = [&] {
        if (!options.progress)
            return;
        ProfileProgress progress;
        progress.rows = rows;
        progress.bytesRead = reader.bytesRead();
        progress.bytesTotal = reader.totalBytes();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        progress.rowsPerSecond = seconds > 0 ? double(rows) / seconds : 0;
        if (progress.bytesTotal > 0 && progress.bytesRead > 0 && seconds > 0)
            progress.etaSeconds = seconds * double(progress.bytesTotal - progress.bytesRead) / double(progress.bytesRead);
        options.progress(progress);
    };
    while (more && *firstMore) {
        if (cancelled()) {
            finishWorkers();
            return cancelError();
        }
        RecordBatch batch = pool.take();
        const Result<bool> next = reader.next(batch);
        if (!next) {
            finishWorkers();
            return Error(next.error());
        }
        badRecords += reader.takeBadRecords().size();
        more = *next;
        if (batch.rowCount > 0) {
            rows += batch.rowCount;
            queue.push(std::move(batch));
        }
        if (sinceProgress.elapsed() >= 200) {
            report();
            sinceProgress.restart();
        }
    }
    finishWorkers();
    if (cancelled())
        return cancelError();
    report();

    // Merge the per-worker states into the first.
    for (std::size_t i = 1; i < states.size(); ++i)
        states[0]->merge(*states[i]);
    states.resize(1);

    context.badRecords = badRecords;
    context.seconds = double(timer.nsecsElapsed()) / 1e9;
    DatasetProfile profile = ProfileBuilder::build(*states[0], context);
    profile.seconds = double(timer.nsecsElapsed()) / 1e9;
    return profile;
}

} // namespace miq
