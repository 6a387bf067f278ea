#pragma once

#include "connectors/connector.h"
#include "connectors/csv/csvdialect.h"
#include "connectors/csv/csvencoding.h"
#include "connectors/csv/csvparser.h"
#include "connectors/csv/csvresumetoken.h"
#include "connectors/csv/csvsniffer.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace miq {

struct CsvReadConfig
{
    QString sourceName; // for messages: "in source 'Sales'"
    QStringList files;  // read in this order as one stream; all share one header
    CsvSniffOverrides overrides;
    QByteArray encoding;           // canonical name; empty = detected per file
    qsizetype chunkSize = 1 << 20; // bytes read per I/O call; tiny values exercise chunk boundaries
};

// Streams delimited text files as record batches of String columns. Memory stays bounded: bytes
// are read `chunkSize` at a time into one buffer that only grows to hold the longest record.
// Non-UTF-8 input is transcoded chunk by chunk. Records with the wrong number of fields, an
// unterminated quote or bytes invalid in the encoding are kept as BadRecords, not put in a batch.
//
// Resumable: resumeToken() is a CsvResumeToken at the start of the first record not yet handed
// out, and ReadOptions::resumeFrom continues there. Files in UTF-8, UTF-16, ISO-8859-1 and
// windows-1252 map back to raw offsets exactly; other encodings (decoded by QStringDecoder) do
// not, so while such a file is read the token is empty and an interrupted run starts over.
class CsvReader final : public StreamReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qsizetype sniffBytes = 64 * 1024;
    static constexpr qsizetype maxSniffBytes = 4 * 1024 * 1024; // when the first rows are huge
    static constexpr qsizetype maxRecordBytes = 256 * 1024 * 1024;
    static constexpr qsizetype maxBatchBytes = 64 * 1024 * 1024;
    static constexpr qsizetype maxBadRecordBytes = 4096;

    // Opens the first file, sniffs its dialect and encoding and reads its header.
    static Result<std::unique_ptr<CsvReader>> open(CsvReadConfig config, const ReadOptions &options = {});

    std::shared_ptr<const Schema> schema() const override { return m_schema; }
    Result<bool> next(RecordBatch &batch) override;
    QList<BadRecord> takeBadRecords() override;
    qint64 bytesRead() const override { return m_doneBytes + m_fileBytesRead; }
    qint64 totalBytes() const override { return m_totalBytes; }
    QByteArray resumeToken() const override;

    // The dialect found in (or set for) the first file, with that file's encoding.
    const CsvDialect &dialect() const { return m_dialect; }
    // Data rows estimated from the first file's sample; exact when the sample was the whole
    // stream; empty for non-empty input without a complete record in the sample.
    std::optional<qint64> estimatedRows() const;
    // Makes the reader stop before the first record that starts at or after byte `offset` of its
    // (only) file: one part of a file read in parts. A part whose last record runs past `offset`
    // (the split point fell inside a quoted field) ends with an error instead, as its neighbour
    // began mid-record. Only for untranscoded files (resumeToken() not empty).
    void stopAt(qint64 offset) { m_stopAt = offset; }
    // Whether the reader ended with that error: its last record ran past the stop offset.
    bool ranPastStop() const { return m_ranPastStop; }

    // Opens each further file and checks its header, as checkConnection() wants before a long
    // run. Leaves the reader at the last file: read with a fresh reader.
    Status checkRemainingFiles();

private:
    CsvReader(CsvReadConfig config, const ReadOptions &options);

    // Where the next record starts: what a resume token records besides the stream's identity.
    struct Position
    {
        int fileIndex = -1;
        QByteArray encoding;
        qint64 offset = -1; // -1: the file's encoding does not map back to raw offsets
        bool splitLineFeed = false;
        qint64 line = 1;
    };

    static Schema schemaFromNames(const QStringList &names);
    Status openFile(int index);
    Status startFile(int index);
    Status useEncoding(const QByteArray &encoding);
    void resetParse(qint64 rawOffset, qint64 line);
    Status resume(const QByteArray &bytes);
    Status checkIdentity(const CsvResumeToken &token) const;
    Position position() const;
    Status sniff();
    Result<bool> firstRecord();
    Status readHeader(int index);
    Status fill();
    qint64 readRaw(char *destination, qsizetype size);
    void reserve(qsizetype bytes);
    bool isCancelled() const { return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed); }
    // Appends the record as a row, or quarantines it and returns false.
    bool appendRecord(const CsvRecord &record, const char *data, qint64 line, RecordBatch &batch);
    void quarantine(const CsvRecord &record, const char *data, qint64 line, QString reason,
                    QString column = {});
    QStringList fieldTexts(const CsvRecord &record, const char *data);
    QString displayName() const;
    Error cancelledError() const;

    CsvReadConfig m_config;
    QList<CsvFileStamp> m_stamps; // the files as they were when the stream was opened
    ReadOptions m_options;
    CsvDialect m_dialect;
    CsvSniffResult m_sniff;
    CsvParser m_parser;
    std::shared_ptr<const Schema> m_schema = std::make_shared<Schema>();
    QStringList m_header; // the first file's header as written, to compare the others with
    qsizetype m_columnCount = 0;

    // The current file and its bytes not yet handed to the parser.
    QFile m_file;
    int m_fileIndex = -1;
    QString m_fileName;
    QByteArray m_fileEncoding;
    QByteArray m_sample; // the first bytes, read for encoding detection, handed out first
    qsizetype m_sampleOffset = 0;
    std::optional<CsvTranscoder> m_transcoder;
    std::vector<char> m_raw; // transcoder input
    qint64 m_rawBase = 0;    // transcoded files: raw offset of m_buffer's first byte

    // Parse buffer (UTF-8): [m_pos, m_end) is unconsumed; m_pos starts the current record.
    std::unique_ptr<char[]> m_buffer;
    qsizetype m_capacity = 0;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    bool m_eof = false; // the current file is exhausted: no bytes will follow m_end

    qint64 m_line = 1;         // line of the next record in the current file
    qint64 m_recordNumber = 0; // data records met in the stream (rows and bad records)
    qint64 m_rowsDelivered = 0;
    qint64 m_doneBytes = 0; // raw bytes of the files already read
    qint64 m_fileBytesRead = 0;
    qint64 m_totalBytes = 0;
    bool m_finished = false;
    qint64 m_stopAt = -1; // see stopAt()
    bool m_ranPastStop = false;
    // While the next file is opened and its header checked, the position stays at the end of
    // the previous one: a resume must not skip a header that failed the check.
    std::optional<Position> m_betweenFiles;
    std::optional<QString> m_pendingError; // met after rows were already in the returned batch
    QList<BadRecord> m_badRecords;
    std::string m_scratch;
};

} // namespace miq
