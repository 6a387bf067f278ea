#include "connectors/csv/csvparallelreader.h"

#include "connectors/csv/csvcuts.h"

namespace miq {

namespace {

// Chunks a worker may parse ahead of the one being handed out, per worker: bounds the memory.
constexpr std::size_t aheadPerWorker = 2;

// A chunk reader's position in the stream's numbers: its records and lines count from the
// chunk's start (record 0, line 1).
CsvResumeToken inStream(CsvResumeToken position, qint64 baseRecord, qint64 baseLine)
{
    position.recordNumber += baseRecord;
    position.line += baseLine - 1;
    return position;
}

} // namespace

CsvParallelReader::CsvParallelReader(OpenAt openAt, QString path, CsvResumeToken start,
                                     std::shared_ptr<const Schema> schema, const ReadOptions &options, int workers)
    : m_openAt(std::move(openAt))
    , m_path(std::move(path))
    , m_start(start)
    , m_position(start)
    , m_chunkStart(start)
    , m_schema(std::move(schema))
    , m_options(options)
    , m_size(start.files.constFirst().size)
    , m_nextCut(start.offset)
    , m_scan(m_path)
{
    m_scan.open(QIODevice::ReadOnly); // if it cannot be read, the first chunk is the whole file
    for (int w = 0; w < workers; ++w)
        m_workers.emplace_back([this] { work(); });
}

CsvParallelReader::~CsvParallelReader()
{
    stopWorkers();
}

void CsvParallelReader::stopWorkers()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    for (std::thread &worker : m_workers)
        worker.join();
    m_workers.clear();
}

bool CsvParallelReader::claim(std::unique_lock<std::mutex> &lock, std::shared_ptr<Chunk> &chunk)
{
    m_changed.wait(lock, [this] {
        return m_stop || m_nextCut >= m_size || m_chunks.size() < aheadPerWorker * m_workers.size();
    });
    if (m_stop || m_nextCut >= m_size)
        return false;
    chunk = std::make_shared<Chunk>();
    chunk->begin = m_nextCut;
    // Cutting is sequential (the quote parity runs from one cut to the next) but fast: a count
    // of quote bytes, a fraction of what parsing the chunk costs.
    const qint64 cut = recordCutAfter(m_scan, m_nextCut, m_nextCut + chunkBytes, m_size, m_start.dialect.quote);
    chunk->end = cut < 0 ? m_size : cut;
    m_nextCut = chunk->end;
    m_chunks.push_back(chunk);
    return true;
}

void CsvParallelReader::work()
{
    for (;;) {
        std::shared_ptr<Chunk> chunk;
        {
            std::unique_lock lock(m_mutex);
            if (!claim(lock, chunk))
                return;
        }
        parse(*chunk);
        {
            std::lock_guard lock(m_mutex);
            chunk->done = true;
        }
        m_changed.notify_all();
    }
}

void CsvParallelReader::parse(Chunk &chunk)
{
    Result<std::unique_ptr<CsvReader>> reader = m_openAt(m_start.pieceAt(chunk.begin).encode());
    if (!reader) {
        chunk.error = reader.error();
        return;
    }
    if (chunk.end < m_size)
        (*reader)->stopAt(chunk.end);
    const auto finish = [&] {
        if (Result<CsvResumeToken> last = CsvResumeToken::decode((*reader)->resumeToken(), QString()))
            chunk.last = std::move(*last);
    };
    for (;;) {
        Piece piece;
        {
            std::lock_guard lock(m_mutex);
            if (!m_spare.empty()) {
                piece.batch = std::move(m_spare.back());
                m_spare.pop_back();
            }
        }
        // The same columns: CsvReader then only clears the rows and keeps the buffers.
        if (piece.batch.columns.size() == (*reader)->schema()->size())
            piece.batch.schema = (*reader)->schema();
        const Result<bool> more = (*reader)->next(piece.batch);
        if (!more) {
            chunk.cutInsideRecord = (*reader)->ranPastStop();
            if (!chunk.cutInsideRecord)
                chunk.error = more.error();
            finish();
            return;
        }
        piece.bad = (*reader)->takeBadRecords();
        if (Result<CsvResumeToken> after = CsvResumeToken::decode((*reader)->resumeToken(), QString()))
            piece.after = std::move(*after);
        if (piece.batch.rowCount > 0 || !piece.bad.isEmpty()) {
            std::lock_guard lock(m_mutex); // the caller's thread takes pieces meanwhile
            chunk.pieces.push_back(std::move(piece));
        }
        m_changed.notify_all();
        if (!*more) {
            finish();
            return;
        }
        std::lock_guard lock(m_mutex);
        if (m_stop)
            return;
    }
}

Status CsvParallelReader::fallBack(const CsvResumeToken &from)
{
    stopWorkers();
    m_chunks.clear();
    Result<std::unique_ptr<CsvReader>> reader = m_openAt(from.encode());
    if (!reader)
        return Error(reader.error());
    m_sequential = std::move(*reader);
    return {};
}

Result<bool> CsvParallelReader::next(RecordBatch &batch)
{
    if (m_sequential) {
        const Result<bool> more = m_sequential->next(batch);
        m_bad += m_sequential->takeBadRecords();
        if (Result<CsvResumeToken> at = CsvResumeToken::decode(m_sequential->resumeToken(), QString()))
            m_position = std::move(*at);
        return more;
    }
    for (;;) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_chunks.empty() || m_nextCut >= m_size; });
        if (m_chunks.empty()) {
            batch.reset(m_schema);
            return false; // every chunk handed out: the end of the file
        }
        const std::shared_ptr<Chunk> chunk = m_chunks.front();
        m_changed.wait(lock, [&] { return !chunk->pieces.empty() || chunk->done; });
        // Into the stream's numbers: a chunk's first record and line follow those of every chunk
        // before it, which m_chunkStart holds.
        const qint64 baseRecord = m_chunkStart.recordNumber;
        const qint64 baseLine = m_chunkStart.line;
        if (!chunk->pieces.empty()) {
            Piece piece = std::move(chunk->pieces.front());
            chunk->pieces.pop_front();
            if (batch.columns.size() == m_schema->size() && m_spare.size() < 2 * m_workers.size())
                m_spare.push_back(std::move(batch));
            lock.unlock();
            batch = std::move(piece.batch);
            batch.schema = m_schema;
            batch.firstRecord += baseRecord;
            for (std::int64_t &number : batch.recordNumbers)
                number += baseRecord;
            for (BadRecord &bad : piece.bad) {
                bad.recordNumber += baseRecord;
                bad.line += baseLine - 1;
            }
            m_bad += piece.bad;
            m_position = inStream(piece.after, baseRecord, baseLine);
            return true;
        }
        // The chunk is parsed and handed out.
        m_chunks.pop_front();
        lock.unlock();
        m_changed.notify_all();
        if (!chunk->error.isEmpty())
            return Error(chunk->error);
        m_position = m_chunkStart = inStream(chunk->last, baseRecord, baseLine);
        if (chunk->cutInsideRecord) {
            // The next cut fell inside a quoted field: one reader goes on from where this chunk
            // really ended (after the record that ran past the cut).
            if (Status fell = fallBack(m_position); !fell)
                return fell.failure();
            return next(batch);
        }
    }
}

QList<BadRecord> CsvParallelReader::takeBadRecords()
{
    return std::exchange(m_bad, {});
}

} // namespace miq
