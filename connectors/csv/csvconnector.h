#pragma once

#include "connectors/connector.h"
#include "connectors/csv/csvreader.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace miq {

// Delimited text (CSV, TSV, semicolon- or pipe-separated): one file, or a folder or glob pattern
// of files read in name order as ONE stream. Dialect and encoding are sniffed unless the source's
// settings fix them. The connector resolves settings and files; CsvReader does the reading.
class CsvConnector : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(CsvConnector)

public:
    explicit CsvConnector(ConnectionSettings settings);

    static ConnectorSpec spec();

    // Bytes read per I/O call (default 1 MiB). Tests use tiny sizes to put chunk boundaries
    // inside quoted fields, line ends and multi-byte characters.
    void setChunkSize(qsizetype bytes) { m_chunkSize = bytes; }
    // Threads that parse a large file in chunks (CsvParallelReader); 1 reads it in one pass. By
    // default all cores but two, at most four: the reader's consumer and a writer (a sync's
    // destination, the profiler's workers) need the others, and on two cores the extra threads
    // only take CPU time from them.
    void setParseThreads(int threads) { m_parseThreads = threads; }

    // Opens and sniffs the first file and checks that the others share its header:
    // "12 columns, UTF-8, ',' delimited, header row".
    Result<QString> checkConnection() override;
    // One stream: the file's base name, or the folder's or pattern's name.
    Result<QList<StreamInfo>> discover() override;
    // `stream` is the discovered name (or empty for the only stream).
    Result<std::unique_ptr<StreamReader>> openStream(const QString &stream,
                                                     const ReadOptions &options) override;

    // A single UTF-8 file of at least 8 MiB a part is split near equal byte offsets, at the first
    // line end after each that is outside quotes (by the parity of the quotes before it), each
    // part a reader of its own. A stray quote in an unquoted field can mislead that count: the
    // part before such a split then ends with an error, and the caller reads the file whole
    // instead. Parts after the first number their records from their own start (good enough for
    // inference and profiling, not for quarantine).
    Result<std::vector<std::unique_ptr<StreamReader>>> openStreamParts(const QString &stream,
                                                                       const ReadOptions &options,
                                                                       int parts) override;

private:
    struct Files
    {
        QStringList paths;
        QString streamName;
    };

    Result<Files> resolveFiles() const;
    Result<CsvReadConfig> readConfig(const QStringList &files) const;
    Result<std::unique_ptr<CsvReader>> openReader(const Files &files, const ReadOptions &options) const;
    static QString describe(const CsvReader &reader, qsizetype fileCount);

    ConnectionSettings m_settings;
    qsizetype m_chunkSize = 1 << 20;
    int m_parseThreads = std::clamp(QThread::idealThreadCount() - 2, 1, 4);
};

} // namespace miq
