#include "engine/sync/syncplanner.h"

#include "connectors/connectorregistry.h"
#include "engine/sync/batchconverter.h"
#include "engine/sync/boundedqueue.h"
#include "engine/sync/threadtraits.h"
#include "engine/sync/typeinference.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QScopeGuard>

#include <QThread>

#include <atomic>
#include <thread>

namespace miq {

Result<QString> SyncPlanner::resolveStream(Connector &connector, const JobDefinition &job, const QString &sourceName)
{
    if (!job.stream.isEmpty())
        return job.stream;
    auto streams = connector.discover();
    if (!streams)
        return streams.failure();
    if (streams->isEmpty())
        return Error(tr("Source '%1' has no stream to copy.").arg(sourceName));
    return streams->constFirst().name;
}

namespace {

// Infers each part on a thread of its own and merges the evidence. An empty result with no error
// means a part failed: the caller reads the stream whole instead (where a real error shows again).
Result<std::optional<SyncPlanner::Inference>> inferInParts(std::vector<std::unique_ptr<StreamReader>> &parts,
                                                           const ReadOptions &options,
                                                           const SyncPlanner::Progress &progress)
{
    const std::shared_ptr<const Schema> schema = parts.front()->schema();
    std::vector<TypeInference> inferences(parts.size(), TypeInference(*schema));
    std::vector<qint64> startBytes(parts.size());
    qint64 totalBytes = 0;
    for (std::size_t k = 0; k < parts.size(); ++k) {
        startBytes[k] = parts[k]->bytesRead();
        totalBytes = parts[k]->totalBytes();
    }
    std::atomic<qint64> bytesRead{0};
    std::atomic<int> running{int(parts.size())};
    std::atomic_bool failed{false};
    std::atomic_bool stop{false};
    std::vector<std::thread> threads;
    for (std::size_t k = 0; k < parts.size(); ++k) {
        threads.emplace_back([&, k] {
            nameThisThread("miq-infer");
            StreamReader &reader = *parts[k];
            RecordBatch batch;
            qint64 counted = startBytes[k];
            while (!stop.load() && !failed.load()) {
                const Result<bool> more = reader.next(batch);
                if (!more) {
                    failed = true;
                    break;
                }
                (void)reader.takeBadRecords(); // the copy meets them again and quarantines them
                inferences[k].add(batch);
                bytesRead += reader.bytesRead() - counted;
                counted = reader.bytesRead();
                if (!*more)
                    break;
            }
            --running;
        });
    }
    // A part reads ahead past its end by up to one chunk: the sum may overshoot a little.
    const auto readSoFar = [&] { return totalBytes >= 0 ? std::min(bytesRead.load(), totalBytes) : bytesRead.load(); };
    while (running.load() > 0) {
        QThread::msleep(50);
        if ((progress && !progress(readSoFar(), totalBytes)) || (options.cancel && options.cancel->load()))
            stop = true;
    }
    if (progress && !stop.load())
        (void)progress(readSoFar(), totalBytes);
    for (std::thread &thread : threads)
        thread.join();
    if (stop.load())
        return Error(SyncPlanner::tr("The type inference was stopped."));
    if (failed.load())
        return std::optional<SyncPlanner::Inference>();
    for (std::size_t k = 1; k < inferences.size(); ++k)
        inferences.front().merge(inferences[k]);
    return std::optional(SyncPlanner::Inference{schema, inferences.front().result(), inferences.front().rows()});
}

} // namespace

Result<SyncPlanner::Inference> SyncPlanner::inferTypes(Connector &connector, const QString &stream,
                                                       const ReadOptions &options, const Progress &progress)
{
    if (const int threads = qBound(1, QThread::idealThreadCount(), 8); threads > 1) {
        auto parts = connector.openStreamParts(stream, options, threads);
        if (!parts)
            return parts.failure();
        if (parts->size() > 1) {
            auto inferred = inferInParts(*parts, options, progress);
            if (!inferred)
                return Error(tr("Stopped while inferring the types of '%1'.").arg(stream));
            if (*inferred)
                return std::move(**inferred);
        }
    }
    auto reader = connector.openStream(stream, options);
    if (!reader)
        return reader.failure();
    TypeInference inference(*(*reader)->schema());
    // Reading (on this thread, which the reader belongs to) and inferring (on a second thread)
    // overlap; the queue between them is bounded, so memory stays flat.
    BoundedQueue<RecordBatch> queue(4);
    std::thread worker([&] {
        nameThisThread("miq-infer");
        while (std::optional<RecordBatch> batch = queue.pop())
            inference.add(*batch);
    });
    bool joined = false;
    const auto join = [&] {
        if (!joined) {
            queue.close();
            worker.join();
            joined = true;
        }
    };
    const auto stop = qScopeGuard(join);
    for (;;) {
        if (options.cancel && options.cancel->load())
            return Error(tr("Stopped while inferring the types of '%1'.").arg(stream));
        RecordBatch batch;
        auto more = (*reader)->next(batch);
        if (!more)
            return more.failure();
        // Bad records are quarantined by the copy, which meets them again.
        (void)(*reader)->takeBadRecords();
        if (batch.rowCount > 0)
            queue.push(std::move(batch));
        if (progress && !progress((*reader)->bytesRead(), (*reader)->totalBytes()))
            return Error(tr("Stopped while inferring the types of '%1'.").arg(stream));
        if (!*more)
            break;
    }
    join(); // every batch inferred
    return Inference{(*reader)->schema(), inference.result(), inference.rows()};
}

namespace {

// "numeric(12,2)", "decimal(10, 3)" -> precision and scale; anything else leaves them 0 (open).
void declaredSize(const QString &nativeType, TargetColumn &column)
{
    static const QRegularExpression size(QStringLiteral("\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*\\)"));
    if (const auto match = size.match(nativeType); match.hasMatch()) {
        column.precision = match.captured(1).toInt();
        column.scale = match.captured(2).toInt();
    }
}

} // namespace

Result<SyncPlanner::Inference> SyncPlanner::planTypes(Connector &connector, const QString &stream,
                                                      const ReadOptions &options, const ErrorPolicy &policy,
                                                      const Progress &progress)
{
    if (!policy.strictSizes) {
        auto streams = connector.discover();
        if (!streams)
            return streams.failure();
        for (const StreamInfo &info : std::as_const(*streams)) {
            if (info.name != stream || !info.typed)
                continue;
            auto reader = connector.openStream(stream, options); // for its schema: no row is read
            if (!reader)
                return reader.failure();
            Inference declared;
            declared.schema = (*reader)->schema();
            declared.declared = true;
            declared.rows = -1;
            for (const Field &f : *declared.schema) {
                TargetColumn column{f.name, f.type};
                for (const ColumnInfo &c : info.columns)
                    if (c.name == f.name) {
                        column.nullable = c.nullable;
                        if (f.type == ColumnType::Decimal)
                            declaredSize(c.nativeType, column);
                    }
                declared.columns.append(column);
            }
            return declared;
        }
    }
    return inferTypes(connector, stream, options, progress);
}

QList<TargetColumn> SyncPlanner::sizedColumns(QList<TargetColumn> inferred, const ErrorPolicy &policy)
{
    if (policy.strictSizes)
        return inferred;
    constexpr int decimalDigits = 38; // what every SQL database's DECIMAL holds
    for (TargetColumn &c : inferred) {
        if (c.type == ColumnType::String || c.type == ColumnType::Bytes)
            c.precision = 0;
        else if (c.type == ColumnType::Decimal && c.precision > 0 && c.precision < decimalDigits)
            c.precision = decimalDigits;
    }
    return inferred;
}

Result<QString> SyncPlanner::targetDdl(const JobDefinition &job, const QString &sourceType,
                                       const ConnectionSettings &source, const DestinationTarget &target,
                                       const QByteArray &maskSalt,
                                       const std::atomic_bool *cancel)
{
    auto connector = ConnectorRegistry::builtin().create(sourceType, source);
    if (!connector)
        return connector.failure();
    auto stream = resolveStream(**connector, job, source.sourceName);
    if (!stream)
        return stream.failure();
    ReadOptions options;
    options.batchRows = 16'384;
    options.cancel = cancel;
    auto inferred = planTypes(**connector, *stream, options, job.errors);
    if (!inferred)
        return inferred.failure();
    // The run id and load time only fill metadata cells; the DDL does not depend on them.
    auto converter = BatchConverter::create(*inferred->schema, sizedColumns(inferred->columns, job.errors),
                                            job.mapping, maskSalt,
                                            QStringLiteral("00000000-0000-0000-0000-000000000000"),
                                            QDateTime::currentDateTimeUtc());
    if (!converter)
        return converter.failure();
    auto destination = JobDestination::open(job, target);
    if (!destination)
        return destination.failure();
    TargetSpec spec;
    spec.table = job.table.isEmpty() ? *stream : job.table;
    spec.columns = converter->targetColumns();
    spec.mode = job.mode;
    spec.keyColumns = job.keyColumns;
    return (*destination)->ddl(spec);
}

} // namespace miq
