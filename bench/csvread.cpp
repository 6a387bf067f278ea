// miq-bench-csvread: reads a delimited file with the CSV connector the way a sync run does (every
// batch, every column) and prints one line of numbers for bench/csv_read.sh.

#include "connectors/csv/csvconnector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

#if __has_include(<sys/resource.h>)
#include <sys/resource.h>
#define MIQ_HAVE_RUSAGE 1
#endif

using namespace miq;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Streams a delimited text file through CsvReader and prints "
                       "rows, bytes, seconds and MB/s."));
    parser.addHelpOption();
    const QCommandLineOption batchRows(QStringLiteral("batch-rows"), QStringLiteral("Rows per batch."),
                                       QStringLiteral("rows"), QStringLiteral("8192"));
    const QCommandLineOption chunkSize(QStringLiteral("chunk-size"), QStringLiteral("Bytes per read."),
                                       QStringLiteral("bytes"), QString::number(1 << 20));
    const QCommandLineOption parseThreads(QStringLiteral("parse-threads"),
                                          QStringLiteral("Threads parsing a large file in chunks (1: one pass; "
                                                         "default: the connector's choice)."),
                                          QStringLiteral("n"));
    parser.addOptions({batchRows, chunkSize, parseThreads});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The file to read."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    ConnectionSettings settings;
    settings.sourceName = QStringLiteral("bench");
    settings.values.insert(QStringLiteral("path"), parser.positionalArguments().first());
    CsvConnector connector(settings);
    connector.setChunkSize(parser.value(chunkSize).toLongLong());
    if (parser.isSet(parseThreads))
        connector.setParseThreads(parser.value(parseThreads).toInt());
    ReadOptions options;
    options.batchRows = parser.value(batchRows).toInt();

    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<StreamReader>> reader = connector.openStream(QString(), options);
    if (!reader) {
        std::fprintf(stderr, "%s\n", qPrintable(reader.error()));
        return 1;
    }
    RecordBatch batch;
    qint64 rows = 0;
    qint64 badRecords = 0;
    qint64 cellBytes = 0;
    for (;;) {
        const Result<bool> more = (*reader)->next(batch);
        if (!more) {
            std::fprintf(stderr, "%s\n", qPrintable(more.error()));
            return 1;
        }
        badRecords += (*reader)->takeBadRecords().size();
        if (!*more)
            break;
        rows += batch.rowCount;
        for (const Column &column : batch.columns)
            cellBytes += column.byteSize();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 bytes = (*reader)->totalBytes();
    double peakRssMib = -1; // the reader's memory stays bounded whatever the file size: show it
#ifdef MIQ_HAVE_RUSAGE
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    peakRssMib = double(usage.ru_maxrss) / 1024.0; // KiB on Linux
#endif
    std::printf("rows=%lld bad=%lld columns=%zu bytes=%lld cell_bytes=%lld seconds=%.3f mb_per_s=%.1f "
                "peak_rss_mib=%.1f\n",
                qlonglong(rows), qlonglong(badRecords), (*reader)->schema()->size(), qlonglong(bytes),
                qlonglong(cellBytes), seconds, double(bytes) / 1e6 / seconds, peakRssMib);
    return 0;
}
