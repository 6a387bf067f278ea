#pragma once

#include "connectors/connector.h"
#include "connectors/csv/csvreader.h"
#include "connectors/csv/csvresumetoken.h"

#include <QFile>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace miq {

// Reads one large UTF-8 delimited file on several threads and hands out its batches in file
// order, numbered as one sequential reader numbers them: the file is cut into chunks of about
// `chunkBytes` at line ends outside quotes (the parity of the quotes before them), each chunk
// parsed by a CsvReader of its own on a worker thread; the caller's thread only renumbers the
// chunks' records, lines and resume positions. Workers run at most a few chunks ahead of the
// caller, so memory stays bounded. A stray quote in an unquoted field can put a cut inside a
// record: the chunk before it says so, and the rest of the file is then read by one reader
// from where that chunk really ended. Resumable exactly like CsvReader (the same tokens).
class CsvParallelReader final : public StreamReader
{
public:
    // Opens a CsvReader at a resume token (of this stream: dialect, header, files).
    using OpenAt = std::function<Result<std::unique_ptr<CsvReader>>(const QByteArray &token)>;

    static constexpr qint64 chunkBytes = 4 << 20;

    // `start`: where reading begins (the first data record or a resume position) with what was
    // established before it; `schema`: the stream's columns; `workers` threads.
    CsvParallelReader(OpenAt openAt, QString path, CsvResumeToken start, std::shared_ptr<const Schema> schema,
                      const ReadOptions &options, int workers);
    ~CsvParallelReader() override;

    std::shared_ptr<const Schema> schema() const override { return m_schema; }
    Result<bool> next(RecordBatch &batch) override;
    QList<BadRecord> takeBadRecords() override;
    qint64 bytesRead() const override { return m_position.offset; }
    qint64 totalBytes() const override { return m_size; }
    QByteArray resumeToken() const override { return m_position.encode(); }

private:
    struct Piece
    {
        RecordBatch batch;
        QList<BadRecord> bad;
        CsvResumeToken after; // the chunk reader's position after this piece (chunk-relative numbers)
    };
    struct Chunk
    {
        qint64 begin = 0;
        qint64 end = 0; // the size of the file for the last chunk
        std::deque<Piece> pieces;
        CsvResumeToken last; // where the chunk's reader stopped (chunk-relative numbers)
        bool done = false;
        bool cutInsideRecord = false; // the next chunk began inside a quoted field
        QString error;
    };

    void work();
    bool claim(std::unique_lock<std::mutex> &lock, std::shared_ptr<Chunk> &chunk);
    void parse(Chunk &chunk);
    Status fallBack(const CsvResumeToken &from);
    void stopWorkers();

    OpenAt m_openAt;
    QString m_path;
    CsvResumeToken m_start;
    CsvResumeToken m_position;   // after the last piece handed out, in the stream's numbers
    CsvResumeToken m_chunkStart; // the start of the chunk being handed out, in the stream's numbers
    std::shared_ptr<const Schema> m_schema;
    ReadOptions m_options;
    qint64 m_size = 0;
    QList<BadRecord> m_bad;
    std::unique_ptr<CsvReader> m_sequential; // after a cut inside a record: the rest, in one reader

    // Shared with the workers, under m_mutex.
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::shared_ptr<Chunk>> m_chunks; // claimed, not yet handed out completely
    std::vector<RecordBatch> m_spare; // handed-out batches back from the caller: their buffers are reused
    qint64 m_nextCut = 0;                        // where the next chunk begins (outside quotes)
    bool m_stop = false;
    QFile m_scan; // for finding the cuts
    std::vector<std::thread> m_workers;
};

} // namespace miq
