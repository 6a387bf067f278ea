#pragma once

// Helpers shared by the delimited-text tests: literal rows (the build forbids implicit
// const char* -> QString), fixtures, and reading a whole source into plain lists.

#include "connectors/csv/csvconnector.h"

#include <QFile>
#include <QList>
#include <QStringList>
#include <QVariantMap>

#include <initializer_list>
#include <string_view>

namespace miq::test {

using Rows = QList<QStringList>;

inline QStringList strings(std::initializer_list<std::string_view> texts)
{
    QStringList list;
    for (std::string_view t : texts)
        list << QString::fromUtf8(t.data(), qsizetype(t.size()));
    return list;
}

inline Rows rows(std::initializer_list<std::initializer_list<std::string_view>> records)
{
    Rows list;
    for (const auto &r : records)
        list << strings(r);
    return list;
}

inline QString csvFixture(const QString &name)
{
    return QStringLiteral(MIQ_TEST_DATA_DIR "/csv/") + name;
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

inline QString dumpRows(const Rows &records)
{
    QStringList out;
    for (const QStringList &r : records)
        out << QLatin1Char('[') + r.join(QLatin1Char('|')) + QLatin1Char(']');
    return out.join(QLatin1Char(' '));
}

struct CsvReadResult
{
    QString error;
    QStringList columns;
    Rows rows;
    QList<BadRecord> badRecords;
    QList<qint64> batchSizes;
    QList<qint64> firstRecords;
    qint64 bytesRead = -1;
    qint64 totalBytes = -1;
};

inline ConnectionSettings csvSettings(const QString &path, QVariantMap values = {})
{
    ConnectionSettings settings;
    settings.sourceName = QStringLiteral("Sales");
    values.insert(QStringLiteral("path"), path);
    settings.values = values;
    return settings;
}

// Reads every batch of the source's stream the way the sync engine does.
inline CsvReadResult readCsv(const ConnectionSettings &settings, const ReadOptions &options = {},
                             qsizetype chunkSize = 0, int parseThreads = 1)
{
    CsvConnector connector(settings);
    if (chunkSize > 0)
        connector.setChunkSize(chunkSize);
    connector.setParseThreads(parseThreads);
    CsvReadResult result;
    Result<std::unique_ptr<StreamReader>> reader = connector.openStream(QString(), options);
    if (!reader) {
        result.error = reader.error();
        return result;
    }
    StreamReader &r = **reader;
    for (const Field &f : *r.schema())
        result.columns << f.name;
    RecordBatch batch;
    for (;;) {
        const Result<bool> more = r.next(batch);
        result.badRecords += r.takeBadRecords();
        if (!more) {
            result.error = more.error();
            break;
        }
        if (!*more)
            break;
        result.batchSizes << batch.rowCount;
        result.firstRecords << batch.firstRecord;
        for (qint64 row = 0; row < batch.rowCount; ++row) {
            QStringList values;
            for (const Column &column : batch.columns) {
                if (column.isNull(row))
                    values << QStringLiteral("<null>");
                else
                    values << column.displayText(row);
            }
            result.rows << values;
        }
    }
    result.bytesRead = r.bytesRead();
    result.totalBytes = r.totalBytes();
    return result;
}

} // namespace miq::test
