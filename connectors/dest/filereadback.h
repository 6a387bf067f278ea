#pragma once

#include "connectors/connector.h"
#include "connectors/dest/canonicaltext.h"
#include "connectors/destination.h"

#include <QCoreApplication>
#include <QFile>

#include <string>
#include <vector>

namespace miq {

// Reads a finished CSV/NDJSON target back as batches typed like its TargetSpec (for
// verification). Streams the file in chunks; memory is one chunk plus the longest record.
// Subclasses parse records; this class does the typing, batching, limits and cancellation.
// A record whose values do not parse as their column's type is reported as a BadRecord, not
// put in a batch (verification then sees the count differ instead of a silently wrong value).
class FileReadBack : public StreamReader
{
    Q_DECLARE_TR_FUNCTIONS(FileReadBack)

public:
    ~FileReadBack() override;

    std::shared_ptr<const Schema> schema() const override { return m_schema; }
    Result<bool> next(RecordBatch &batch) override;
    QList<BadRecord> takeBadRecords() override;
    qint64 bytesRead() const override { return m_consumed; }
    qint64 totalBytes() const override { return m_totalBytes; }

protected:
    FileReadBack(QString path, const TargetSpec &spec, const ReadOptions &options);

    // Opens the file and skips a UTF-8 byte order mark.
    Status open();

    enum class Record { Row, Bad, End };
    // Parses the next record into cells() (one per column, Null when absent). On a malformed
    // record fills badRecord() (line, column, reason, raw) and returns Bad.
    virtual Result<Record> readRecord() = 0;

    // Byte access over the chunked file, for the parsers. -1 at the end of the file.
    int getByte()
    {
        if (m_pos == m_chunk.size() && !refill())
            return -1;
        ++m_consumed;
        return static_cast<unsigned char>(m_chunk[m_pos++]);
    }
    int peekByte()
    {
        if (m_pos == m_chunk.size() && !refill())
            return -1;
        return static_cast<unsigned char>(m_chunk[m_pos]);
    }
    // Appends bytes up to and excluding the next '\n' (consumed) to `line`; false at the end.
    bool readLine(std::string &line);
    // A read error met by getByte()/readLine(), as the message of next()'s error.
    const QString &readError() const { return m_readError; }

    const TargetSpec &spec() const { return m_spec; }
    std::vector<canonical::Cell> &cells() { return m_cells; }
    BadRecord &badRecord() { return m_bad; }
    qint64 recordNumber() const { return m_recordNumber; }
    // Parses `text` into cells()[column] as the column's type; fills badRecord() when it fails.
    bool parseInto(int column, std::string_view text);
    const QString &path() const { return m_path; }

private:
    bool refill();

    QString m_path;
    TargetSpec m_spec;
    ReadOptions m_options;
    std::shared_ptr<const Schema> m_schema;
    QFile m_file;
    std::string m_chunk;
    std::size_t m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_totalBytes = -1;
    QString m_readError;
    std::vector<canonical::Cell> m_cells;
    BadRecord m_bad;
    QList<BadRecord> m_badRecords;
    qint64 m_recordNumber = 0; // 0-based, header excluded
    qint64 m_rowsReturned = 0;
    bool m_done = false;
};

} // namespace miq
