#include "engine/sync/syncrun.h"
#include "engine/sync/syncrunstate.h"

#include "connectors/connectorregistry.h"
#include "engine/sync/boundedqueue.h"
#include "engine/sync/syncplanner.h"
#include "engine/sync/threadtraits.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QThread>

#include <thread>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace miq {

namespace {

qint64 peakRss()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return qint64(usage.ru_maxrss) * 1024; // kilobytes on Linux
#endif
    return 0;
}

QJsonArray columnsToJson(const QList<TargetColumn> &columns)
{
    QJsonArray array;
    for (const TargetColumn &c : columns)
        array.append(QJsonObject{{QStringLiteral("name"), c.name},
                                 {QStringLiteral("type"), columnTypeName(c.type)},
                                 {QStringLiteral("precision"), c.precision},
                                 {QStringLiteral("scale"), c.scale},
                                 {QStringLiteral("nullable"), c.nullable}});
    return array;
}

QList<TargetColumn> columnsFromJson(const QJsonArray &array)
{
    static const QList<ColumnType> types = {ColumnType::String,  ColumnType::Int64, ColumnType::Double,
                                            ColumnType::Bool,    ColumnType::Date,  ColumnType::Timestamp,
                                            ColumnType::Decimal, ColumnType::Bytes};
    QList<TargetColumn> columns;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        TargetColumn c;
        c.name = o.value(QStringLiteral("name")).toString();
        for (ColumnType t : types)
            if (columnTypeName(t) == o.value(QStringLiteral("type")).toString())
                c.type = t;
        c.precision = o.value(QStringLiteral("precision")).toInt();
        c.scale = o.value(QStringLiteral("scale")).toInt();
        c.nullable = o.value(QStringLiteral("nullable")).toBool(true);
        columns.append(c);
    }
    return columns;
}

QList<TargetColumn> schemaColumns(const Schema &schema)
{
    QList<TargetColumn> columns;
    for (const Field &f : schema)
        columns.append({f.name, f.type});
    return columns;
}

QStringList names(const QList<TargetColumn> &columns)
{
    QStringList list;
    for (const TargetColumn &c : columns)
        list << c.name;
    return list;
}

// Keeps in `batch` and `bad` only the records listed in `records` (ascending). Returns whether
// the stream has gone past the last listed record, so that reading can stop there.
bool keepRecords(const std::vector<qint64> &records, RecordBatch &batch, QList<BadRecord> &bad)
{
    const auto listed = [&records](qint64 number) {
        return std::binary_search(records.begin(), records.end(), number);
    };
    qint64 highest = -1;
    std::vector<bool> keep(std::size_t(batch.rowCount));
    for (std::int64_t r = 0; r < batch.rowCount; ++r) {
        keep[std::size_t(r)] = listed(batch.recordNumber(r));
        highest = std::max<qint64>(highest, batch.recordNumber(r));
    }
    batch.keepRows(keep);
    for (const BadRecord &b : std::as_const(bad))
        highest = std::max(highest, b.recordNumber);
    bad.removeIf([&](const BadRecord &b) { return !listed(b.recordNumber); });
    return !records.empty() && highest >= records.back();
}

} // namespace

SyncRun::SyncRun(RunRequest request, RunControls *controls, ProgressFunction progress)
    : m_request(std::move(request))
    , m_controls(controls)
    , m_progress(std::move(progress))
{}

void SyncRun::log(State &state, const QString &line)
{
    (void)state.store->appendLog(state.run.id, line);
}

void SyncRun::report(State &state, bool force)
{
    // Throttled: at most ten updates a second reach the caller (and the GUI thread behind it).
    if (!m_progress || (!force && state.sinceReport.isValid() && state.sinceReport.elapsed() < 100))
        return;
    state.sinceReport.restart();
    RunProgress p;
    p.runId = state.run.id;
    p.stage = state.stage;
    p.phase = state.phase;
    p.rowsRead = state.run.rowsRead;
    p.rowsWritten = state.run.rowsWritten;
    p.rowsQuarantined = state.run.rowsQuarantined;
    p.bytesRead = state.run.bytesRead;
    p.bytesTotal = state.run.bytesTotal;
    const double seconds = state.clock.elapsed() / 1000.0;
    if (seconds > 0.2)
        p.rowsPerSecond = (state.run.rowsRead - state.rowsAtStart) / seconds;
    if (p.bytesTotal > 0 && p.bytesRead > 0 && seconds > 0.5) {
        const double bytesPerSecond = p.bytesRead / seconds;
        p.etaSeconds = (p.bytesTotal - p.bytesRead) / bytesPerSecond;
    }
    m_progress(p);
}

Result<RunRecord> SyncRun::execute()
{
    State state;
    state.clock.start();
    state.lifetime.start();
    auto store = JobStore::open(m_request.workspacePath);
    if (!store)
        return store.failure();
    state.store = std::move(*store);
    if (Status s = state.store->markInterruptedRuns(); !s)
        return s.failure();

    auto found = state.store->interruptedRun(m_request.job);
    if (!found)
        return found.failure();
    std::optional<RunRecord> interrupted = *found;
    if (m_request.retryOf > 0 && interrupted)
        return Error(tr("Run #%1 of '%2' was interrupted; resume it (or start over) before loading quarantined "
                        "rows again.")
                         .arg(interrupted->id)
                         .arg(m_request.job.name));
    if (interrupted)
        state.retryOf = interrupted->target.value(QStringLiteral("retry_of")).toInteger();
    if (interrupted && m_request.full) {
        // Otherwise a later run would resume this older one, over newer data.
        (void)state.store->appendLog(interrupted->id, tr("Superseded by a new run started from the beginning."));
        if (Status s = state.store->finishRun(interrupted->id, RunStatus::Cancelled,
                                              tr("Superseded by a new run started from the beginning."),
                                              interrupted->verification, interrupted->timings);
            !s)
            return s.failure();
        interrupted.reset();
    }
    if (interrupted) {
        if (Status s = state.store->resumeRun(interrupted->id); !s)
            return s.failure();
        state.run = *interrupted;
        state.resuming = true;
    } else {
        auto created = state.store->createRun(m_request.job);
        if (!created)
            return created.failure();
        state.run = *created;
        if (m_request.retryOf > 0) {
            if (Status s = startRetry(state); !s)
                return s.failure();
        }
    }

    const Status result = runWithRetries(state);
    RunStatus status = RunStatus::Succeeded;
    QString error;
    if (!result) {
        error = result.error();
        if (m_controls && m_controls->interrupt.load())
            status = RunStatus::Interrupted;
        else if (m_controls && m_controls->cancel.load())
            status = RunStatus::Cancelled;
        else
            status = RunStatus::Failed;
        state.follower.reset(); // before abort() drops what it reads
        if (state.destination && status != RunStatus::Interrupted)
            state.destination->abort();
        log(state, error);
    }
    state.run.peakRss = peakRss();
    QJsonObject timings = state.run.timings;
    timings.insert(QStringLiteral("total"),
                   timings.value(QStringLiteral("total")).toDouble() + state.lifetime.elapsed() / 1000.0);
    state.run.timings = timings;
    (void)state.store->updateProgress(state.run);
    if (Status s = state.store->finishRun(state.run.id, status, error, state.verification, timings); !s)
        return s.failure();
    if (state.retryOf > 0 && status == RunStatus::Succeeded)
        (void)state.store->appendLog(state.retryOf,
                                     tr("Run #%1 loaded %2 of the rows quarantined here again; %3 are still "
                                        "quarantined (see run #%1).")
                                         .arg(state.run.id)
                                         .arg(state.run.rowsWritten)
                                         .arg(state.run.rowsQuarantined));
    auto finished = state.store->run(state.run.id);
    if (finished)
        report(state, true);
    return finished;
}

Status SyncRun::runInto(State &state)
{
    const JobDefinition &job = m_request.job;
    if (const QStringList problems = job.validate(); !problems.isEmpty())
        return Error(tr("Job '%1' cannot run: %2").arg(job.name, problems.join(QLatin1Char(' '))));
    auto connector = ConnectorRegistry::builtin().create(m_request.sourceType, m_request.source);
    if (!connector)
        return connector.failure();
    state.connector = std::move(*connector);
    auto stream = SyncPlanner::resolveStream(*state.connector, job, m_request.source.sourceName);
    if (!stream)
        return stream.failure();
    state.stream = *stream;
    auto destination = JobDestination::open(job, m_request.destination);
    if (!destination)
        return destination.failure();
    state.destination = std::move(*destination);
    if (Status reachable = state.destination->checkReachable(); !reachable)
        return reachable; // before the source is read: an unreachable server fails at once

    if (!job.cursorColumn.isEmpty() && !state.resuming && state.retryOf == 0) {
        // An incremental run reads only the new rows, with the types the series of runs has: the
        // earlier run's inference (later, longer values widen; values of another kind are quarantined).
        auto last = state.store->lastCursorTarget(job);
        if (!last)
            return last.failure();
        if (last->contains(QStringLiteral("inferred")) &&
            last->value(QStringLiteral("stream")).toString() == state.stream) {
            QJsonObject target = state.run.target;
            for (const QString &key : {QStringLiteral("source"), QStringLiteral("inferred")})
                target.insert(key, last->value(key));
            target.insert(QStringLiteral("stream"), state.stream);
            state.run.target = target;
            state.typesFromEarlierRun = true;
            log(state, tr("Incremental: using the column types of the earlier runs instead of reading the whole "
                          "stream again."));
        }
    }
    const QJsonObject target = state.run.target;
    if ((state.resuming || state.retryOf > 0 || state.typesFromEarlierRun) &&
        target.contains(QStringLiteral("inferred"))) {
        // The types and the source's columns as the interrupted (or retried) run saw them: no second pass.
        state.inferred = columnsFromJson(target.value(QStringLiteral("inferred")).toArray());
        auto schema = std::make_shared<Schema>();
        for (const TargetColumn &c : columnsFromJson(target.value(QStringLiteral("source")).toArray()))
            schema->push_back({c.name, c.type});
        state.sourceSchema = std::move(schema);
        state.stream = target.value(QStringLiteral("stream")).toString(state.stream);
    } else if (Status s = infer(state); !s) {
        return s;
    }
    if (Status s = copy(state); !s)
        return s;
    return verify(state);
}

Status SyncRun::infer(State &state)
{
    QElapsedTimer timer;
    timer.start();
    state.stage = RunProgress::Stage::Inferring;
    state.phase = tr("Inferring types");
    log(state, tr("Working out the column types of '%1'.").arg(state.stream));
    ReadOptions options;
    options.batchRows = m_request.batchRows;
    options.cancel = m_controls ? &m_controls->cancel : nullptr;
    auto inferred = SyncPlanner::planTypes(*state.connector, state.stream, options, m_request.job.errors,
                                            [&](qint64 bytesRead, qint64 bytesTotal) {
                                                state.run.bytesRead = bytesRead;
                                                state.run.bytesTotal = bytesTotal;
                                                report(state, false);
                                                return !(m_controls && m_controls->interrupt.load());
                                            });
    if (m_controls && m_controls->interrupt.load())
        return Error(tr("The run was stopped while inferring types."));
    if (!inferred)
        return inferred.failure();
    state.sourceSchema = inferred->schema;
    state.inferred = inferred->columns;
    state.run.bytesRead = 0;
    QJsonObject timings = state.run.timings;
    timings.insert(QStringLiteral("infer"), timer.elapsed() / 1000.0);
    state.run.timings = timings;
    if (inferred->declared)
        log(state, tr("Took the types of %n column(s) as the source declares them.", nullptr,
                      int(state.inferred.size())));
    else
        log(state, tr("Inferred the types of %n column(s) from %1 rows.", nullptr, int(state.inferred.size()))
                       .arg(inferred->rows));
    return {};
}

Status SyncRun::copy(State &state)
{
    const JobDefinition &job = m_request.job;
    QElapsedTimer timer;
    timer.start();
    state.stage = RunProgress::Stage::Copying;
    state.phase = tr("Copying rows");

    ReadOptions options;
    options.batchRows = m_request.batchRows;
    options.cancel = m_controls ? &m_controls->cancel : nullptr;
    auto salt = state.store->workspace().maskSalt();
    if (!salt)
        return salt.failure();
    auto converter = BatchConverter::create(*state.sourceSchema, SyncPlanner::sizedColumns(state.inferred, job.errors),
                                            job.mapping, *salt, state.run.uuid,
                                            state.run.startedAt);
    if (!converter)
        return converter.failure();
    state.converter.emplace(std::move(*converter));
    state.spec.table = job.table.isEmpty() ? state.stream : job.table;
    state.spec.columns = state.converter->targetColumns();
    state.spec.mode = state.retryOf > 0 && job.mode == WriteMode::Replace ? WriteMode::Append : job.mode;
    state.spec.keyColumns = job.keyColumns;
    state.run.target = {{QStringLiteral("stream"), state.stream},
                        {QStringLiteral("table"), state.spec.table},
                        {QStringLiteral("source"), columnsToJson(schemaColumns(*state.sourceSchema))},
                        {QStringLiteral("inferred"), columnsToJson(state.inferred)},
                        {QStringLiteral("columns"), columnsToJson(state.spec.columns)},
                        {QStringLiteral("ddl"), state.destination->ddl(state.spec)}};
    if (state.retryOf > 0) {
        QJsonObject target = state.run.target;
        target.insert(QStringLiteral("retry_of"), state.retryOf);
        state.run.target = target;
        auto records = state.store->quarantinedRecordNumbers(state.retryOf);
        if (!records)
            return records.failure();
        state.retryRecords = std::move(*records);
    } else if (Status s = setUpCursor(state); !s) {
        return s;
    }
    (void)state.store->updateProgress(state.run);

    auto checkpoint = state.destination->begin(state.spec, state.run.uuid, state.resuming);
    if (!checkpoint)
        return checkpoint.failure();
    {
        QJsonObject target = state.run.target;
        target.insert(QStringLiteral("name"), state.destination->targetName()); // known once begun
        state.run.target = target;
    }
    state.sourceChecksum = TableChecksum(int(state.spec.columns.size()));
    qint64 rowsRead = 0;
    qint64 rowsWritten = 0;
    if (!checkpoint->isEmpty()) {
        const QJsonObject saved = QJsonDocument::fromJson(*checkpoint).object();
        state.readerToken =
            QByteArray::fromBase64(saved.value(QStringLiteral("reader")).toString().toLatin1());
        rowsRead = saved.value(QStringLiteral("rows_read")).toInteger();
        rowsWritten = saved.value(QStringLiteral("rows_written")).toInteger();
        state.sourceChecksum = TableChecksum::fromJson(saved.value(QStringLiteral("checksum")).toObject());
        state.cursorSeen = CursorPosition::fromJson(saved.value(QStringLiteral("cursor_seen")).toObject(),
                                                    state.cursorFrom.type);
        state.rowsSkipped = saved.value(QStringLiteral("rows_skipped")).toInteger();
        if (state.readerToken.isEmpty() && rowsRead > 0) {
            // The source cannot continue mid-stream: start the copy over on a clean target.
            log(state,
                tr("Source '%1' cannot resume mid-stream; copying from the start again.").arg(state.stream));
            state.destination->abort();
            auto fresh = state.destination->begin(state.spec, state.run.uuid, false);
            if (!fresh)
                return fresh.failure();
            rowsRead = rowsWritten = 0;
            state.sourceChecksum = TableChecksum(int(state.spec.columns.size()));
            state.cursorSeen = CursorPosition();
            state.rowsSkipped = 0;
        } else {
            log(state, tr("Resuming after %1 rows.").arg(rowsRead));
        }
    }
    state.run.rowsRead = rowsRead;
    state.run.rowsWritten = rowsWritten;
    state.rowsAtStart = rowsRead;
    // Verification overlaps the copy where the destination can read its commits back meanwhile.
    state.followedChecksum.reset();
    state.follower.reset();
    if (state.spec.mode == WriteMode::Replace) {
        if (auto committed = state.destination->followCommits(options))
            state.follower = std::make_unique<CommitFollower>(std::move(committed), int(state.spec.columns.size()));
    }
    state.clock.restart();

    options.resumeFrom = state.readerToken;
    if (state.cursorFilter && state.cursorFrom.isSet) {
        // Sources that can push the bound into their query read only the new rows; the filter
        // still drops the boundary rows loaded before. Text bounds are not pushed: a server's
        // collation may order them differently from the byte order the filter compares in.
        const ColumnType t = state.cursorFrom.type;
        if (t != ColumnType::String && t != ColumnType::Bytes) {
            options.cursorColumn = job.cursorColumn;
            options.cursorLowerBound = state.cursorFrom.valueText();
        }
    }
    auto reader = state.connector->openStream(state.stream, options);
    if (!reader)
        return reader.failure();

    // Two stages overlap: a producer thread reads and converts batches, this thread writes and
    // commits them. The queue between them is bounded, so memory stays flat.
    struct Chunk
    {
        RecordBatch out;
        TableChecksum checksum; // of `out`, computed on the producer thread to spare the writer
        QList<BadRecord> bad;
        QByteArray token; // the reader's position after this chunk
        qint64 rowsIn = 0;
        qint64 readerBad = 0;
        qint64 bytesRead = 0;
        qint64 bytesTotal = -1;
        qint64 skipped = 0;     // rows an earlier incremental run loaded
        CursorPosition seen;    // incremental: the largest cursor value kept
        bool last = false;
        QString error;
        bool transient = false;
    };
    BoundedQueue<Chunk> queue(4);
    std::atomic_bool stopProducer{false};
    StreamReader *source = reader->get();
    const BatchConverter &rowConverter = *state.converter;
    const IncrementalFilter *cursorFilter = state.cursorFilter ? &*state.cursorFilter : nullptr;
    const std::vector<qint64> *retryRecords = state.retryOf > 0 ? &state.retryRecords : nullptr;
    std::thread producer([&] {
        nameThisThread("miq-produce");
        RecordBatch in;
        while (!stopProducer.load()) {
            Chunk chunk;
            const Result<bool> more = source->next(in);
            if (!more) {
                chunk.error = more.error();
                chunk.transient = more.isTransient();
                chunk.last = true;
                queue.push(std::move(chunk));
                return;
            }
            chunk.bad = source->takeBadRecords();
            bool pastRetried = false;
            if (retryRecords)
                pastRetried = keepRecords(*retryRecords, in, chunk.bad);
            chunk.readerBad = chunk.bad.size();
            rowConverter.convert(in, chunk.out, chunk.bad);
            if (cursorFilter) {
                IncrementalFilter::Outcome outcome = cursorFilter->apply(chunk.out, chunk.bad);
                chunk.skipped = outcome.skipped;
                chunk.seen = std::move(outcome.seen);
            }
            chunk.checksum = TableChecksum(int(chunk.out.columns.size()));
            chunk.checksum.add(chunk.out);
            chunk.rowsIn = in.rowCount;
            chunk.token = source->resumeToken();
            chunk.bytesRead = source->bytesRead();
            chunk.bytesTotal = source->totalBytes();
            chunk.last = !*more || pastRetried;
            if (!queue.push(std::move(chunk)) || !*more || pastRetried)
                return;
        }
    });
    const auto stop = qScopeGuard([&] {
        stopProducer = true;
        queue.close();
        producer.join();
    });

    QByteArray writtenToken = state.readerToken; // position after the last chunk handed to the destination
    qint64 sinceCommit = 0;
    auto commit = [&]() -> Status {
        const QJsonObject saved{{QStringLiteral("reader"), QString::fromLatin1(writtenToken.toBase64())},
                                {QStringLiteral("rows_read"), state.run.rowsRead},
                                {QStringLiteral("rows_written"), state.run.rowsWritten},
                                {QStringLiteral("checksum"), state.sourceChecksum.toJson()},
                                {QStringLiteral("cursor_seen"), state.cursorSeen.toJson()},
                                {QStringLiteral("rows_skipped"), state.rowsSkipped}};
        if (Status s = state.destination->commit(QJsonDocument(saved).toJson(QJsonDocument::Compact)); !s)
            return s;
        if (state.follower)
            state.follower->committed();
        sinceCommit = 0;
        state.run.peakRss = peakRss();
        return state.store->updateProgress(state.run);
    };

    for (;;) {
        while (m_controls && m_controls->pause.load() && !m_controls->cancel.load() &&
               !m_controls->interrupt.load())
            QThread::msleep(50);
        if (m_controls && m_controls->cancel.load())
            return Error(tr("The run was cancelled."));
        if (m_controls && m_controls->interrupt.load()) {
            if (Status s = commit(); !s)
                return s;
            return Error(tr("The run was interrupted; it resumes after row %1.").arg(state.run.rowsRead));
        }
        std::optional<Chunk> chunk = queue.pop();
        if (!chunk)
            return Error(tr("The reader of '%1' stopped unexpectedly.").arg(state.stream));
        if (!chunk->error.isEmpty())
            return Error(chunk->error, chunk->transient);
        if (chunk->out.rowCount > 0) {
            if (Status s = state.destination->write(chunk->out); !s)
                return s;
            state.sourceChecksum.merge(chunk->checksum);
        }
        state.cursorSeen.merge(chunk->seen);
        state.rowsSkipped += chunk->skipped;
        const QList<BadRecord> &bad = chunk->bad;
        if (!bad.isEmpty()) {
            auto added = state.store->quarantine(state.run.id, bad);
            if (!added)
                return added.failure();
            state.run.rowsQuarantined += *added;
        }
        writtenToken = chunk->token;
        state.run.rowsRead += chunk->rowsIn + chunk->readerBad;
        state.run.rowsWritten += chunk->out.rowCount;
        state.run.bytesRead = chunk->bytesRead;
        state.run.bytesTotal = chunk->bytesTotal;
        sinceCommit += chunk->rowsIn;

        const ErrorPolicy &policy = job.errors;
        if (!bad.isEmpty() && policy.stopOnFirst)
            return Error(tr("Stopped at the first bad row (record %1: %2), as the job's error policy asks.")
                             .arg(bad.first().recordNumber + 1)
                             .arg(bad.first().reason));
        if (policy.maxBadRows >= 0 && state.run.rowsQuarantined > policy.maxBadRows)
            return Error(tr("%1 rows were quarantined, more than the job's error budget of %2.")
                             .arg(state.run.rowsQuarantined)
                             .arg(policy.maxBadRows));
        if (policy.maxBadPercent >= 0 && state.run.rowsRead >= 1000 &&
            100.0 * state.run.rowsQuarantined / state.run.rowsRead > policy.maxBadPercent)
            return Error(tr("%1% of the rows were quarantined, more than the job's error budget of %2%.")
                             .arg(100.0 * state.run.rowsQuarantined / state.run.rowsRead, 0, 'f', 2)
                             .arg(policy.maxBadPercent));

        if (chunk->last || sinceCommit >= m_request.commitEveryRows) {
            if (Status s = commit(); !s)
                return s;
        }
        report(state, false);
        if (chunk->last)
            break;
    }
    state.stage = RunProgress::Stage::Finishing;
    state.phase = tr("Finishing");
    report(state, true);
    if (state.follower) {
        QElapsedTimer waited;
        waited.start();
        auto followed = state.follower->caughtUp();
        if (followed) {
            state.followedChecksum = std::move(*followed);
        } else {
            log(state, tr("Could not verify while copying (%1); the table is read back at the end instead.")
                           .arg(followed.error()));
            state.follower.reset();
        }
        QJsonObject timings = state.run.timings;
        timings.insert(QStringLiteral("verify_wait"), waited.elapsed() / 1000.0);
        state.run.timings = timings;
    }
    if (Status s = state.destination->finish(); !s)
        return s;
    state.finished = true;
    if (state.cursorFilter)
        recordCursor(state);
    QJsonObject timings = state.run.timings;
    timings.insert(QStringLiteral("copy"),
                   timings.value(QStringLiteral("copy")).toDouble() + timer.elapsed() / 1000.0);
    state.run.timings = timings;
    log(state, tr("Copied %1 rows into %2; %3 quarantined.")
                   .arg(state.run.rowsWritten)
                   .arg(state.destination->targetName())
                   .arg(state.run.rowsQuarantined));
    return {};
}

Result<TableChecksum> SyncRun::readBack(State &state)
{
    ReadOptions options;
    options.batchRows = m_request.batchRows;
    options.cancel = m_controls ? &m_controls->cancel : nullptr;
    // The destination is read back in parts, each read and hashed on a thread of its own; the
    // sums are merged (they commute), so the parts' order does not matter.
    auto readers = state.destination->readBackParts(options, qBound(1, QThread::idealThreadCount(), 4));
    if (!readers)
        return readers.failure();
    const int columns = int(state.spec.columns.size());
    std::vector<TableChecksum> sums(readers->size(), TableChecksum(columns));
    std::vector<QString> errors(readers->size());
    std::vector<std::thread> threads;
    for (std::size_t part = 0; part < readers->size(); ++part) {
        threads.emplace_back([&, part] {
            nameThisThread("miq-readback");
            RecordBatch batch;
            for (;;) {
                const Result<bool> more = (*readers)[part]->next(batch);
                if (!more) {
                    errors[part] = more.error();
                    return;
                }
                sums[part].add(batch);
                if (!*more)
                    return;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    TableChecksum destination(columns);
    for (std::size_t part = 0; part < sums.size(); ++part) {
        if (!errors[part].isEmpty())
            return Error(errors[part]);
        destination.merge(sums[part]);
    }
    return destination;
}

Status SyncRun::verify(State &state)
{
    QElapsedTimer timer;
    timer.start();
    state.stage = RunProgress::Stage::Verifying;
    state.phase = tr("Verifying");
    report(state, true);
    TableChecksum destination;
    if (state.followedChecksum) {
        // Read back during the copy; what is left is to confirm the swap kept exactly those rows.
        // Where that fails, or the rows read are not the rows sent, the whole table is read back:
        // that decides, and says which columns differ.
        Status confirmed = state.follower->checkFinished();
        if (confirmed && state.followedChecksum->rows() != state.sourceChecksum.rows())
            confirmed = Error(tr("%1 rows were read back while copying, %2 were sent.")
                                  .arg(state.followedChecksum->rows())
                                  .arg(state.sourceChecksum.rows()));
        if (confirmed) {
            destination = *state.followedChecksum;
        } else {
            log(state, tr("Verification while copying was not conclusive (%1); reading the table back.")
                           .arg(confirmed.error()));
            state.followedChecksum.reset();
        }
    }
    if (!state.followedChecksum) {
        auto read = readBack(state);
        if (!read)
            return read.failure();
        destination = std::move(*read);
    }
    const QStringList columnNames = names(state.spec.columns);
    // Append and upsert targets hold earlier rows too: only replace targets can match exactly.
    const bool exact = state.spec.mode == WriteMode::Replace;
    const bool matches =
        exact ? destination == state.sourceChecksum : destination.rows() >= state.run.rowsWritten;
    const QStringList differing =
        exact ? state.sourceChecksum.differingColumns(destination, columnNames) : QStringList();
    state.verification = {
        {QStringLiteral("status"), matches ? QStringLiteral("verified") : QStringLiteral("mismatch")},
        {QStringLiteral("exact"), exact},
        {QStringLiteral("source"), state.sourceChecksum.toJson()},
        {QStringLiteral("destination"), destination.toJson()},
        {QStringLiteral("columns"), QJsonArray::fromStringList(differing)}};
    QJsonObject timings = state.run.timings;
    timings.insert(QStringLiteral("verify"), timer.elapsed() / 1000.0);
    state.run.timings = timings;
    if (!matches) {
        if (destination.rows() != state.sourceChecksum.rows())
            return Error(tr("Verification failed: %1 rows were sent but the destination holds %2.")
                             .arg(state.sourceChecksum.rows())
                             .arg(destination.rows()));
        return Error(tr("Verification failed: the checksums of these columns differ: %1.")
                         .arg(differing.join(QStringLiteral(", "))));
    }
    log(state, exact ? tr("Verified: %1 rows, identical checksums on both sides.").arg(destination.rows())
                     : tr("Verified: the destination holds %1 rows, including the %2 written by this run.")
                           .arg(destination.rows())
                           .arg(state.run.rowsWritten));
    return {};
}

} // namespace miq
