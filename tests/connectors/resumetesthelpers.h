#pragma once

// Helpers of tst_resume: one source of any connector kind, read batch by batch into plain
// lists so that an interrupted-and-resumed read can be compared with an uninterrupted one.

#include "connectors/connectorregistry.h"
#include "connectors/csv/csvconnector.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace miq::test {

using namespace Qt::StringLiterals;


// What a reader handed out, in order.
struct Outcome
{
    QStringList columns;
    QList<QStringList> rows;
    QStringList bad; // every field of each bad record, joined
    QList<qint64> firstRecords;
    QString error;
    int batches = 0; // next() calls that returned true
};

struct Source
{
    QString type; // connector type id
    QVariantMap values;
    QString stream;
    qsizetype chunk = 0; // CSV read size; 0 = default
};

inline std::unique_ptr<Connector> connectorFor(const Source &source)
{
    ConnectionSettings settings;
    settings.sourceName = u"Resume"_s;
    settings.values = source.values;
    if (source.type == u"csv"_s) {
        // Directly, not through the registry: the tests set tiny chunk sizes.
        auto csv = std::make_unique<CsvConnector>(settings);
        if (source.chunk > 0)
            csv->setChunkSize(source.chunk);
        return csv;
    }
    Result<std::unique_ptr<Connector>> created = ConnectorRegistry::builtin().create(source.type, settings);
    return created ? std::move(created).value() : nullptr;
}

inline Result<std::unique_ptr<StreamReader>> openReader(const Source &source, int batchRows,
                                                 const QByteArray &resumeFrom = {})
{
    std::unique_ptr<Connector> connector = connectorFor(source);
    if (!connector)
        return Error(u"no connector of type "_s + source.type);
    ReadOptions options;
    options.batchRows = batchRows;
    options.resumeFrom = resumeFrom;
    return connector->openStream(source.stream, options);
}

// Calls next() up to `calls` times (-1: to the end), appending what it hands out to `out`.
inline void readBatches(StreamReader &reader, int calls, Outcome &out)
{
    if (out.columns.isEmpty()) {
        for (const Field &field : *reader.schema())
            out.columns << field.name + u':' + columnTypeName(field.type);
    }
    RecordBatch batch;
    for (int i = 0; calls < 0 || i < calls; ++i) {
        const Result<bool> more = reader.next(batch);
        for (const BadRecord &bad : reader.takeBadRecords())
            out.bad << QStringList{QString::number(bad.recordNumber), QString::number(bad.line), bad.location,
                                   bad.column, bad.reason, QString::fromUtf8(bad.raw)}
                           .join(u" | "_s);
        if (!more) {
            out.error = more.error();
            return;
        }
        if (!*more)
            return;
        ++out.batches;
        if (batch.rowCount > 0)
            out.firstRecords << batch.firstRecord;
        for (qint64 r = 0; r < batch.rowCount; ++r) {
            QStringList row;
            for (const Column &column : batch.columns)
                row << (column.isNull(r) ? u"<null>"_s : column.displayText(r));
            out.rows << row;
        }
    }
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
    QCOMPARE(file.write(bytes), bytes.size());
}

inline void appendToFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::Append), qPrintable(file.errorString()));
    QCOMPARE(file.write(bytes), bytes.size());
}

inline void execSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"resume-writer"_s);
        db.setDatabaseName(path);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"resume-writer"_s);
}

} // namespace miq::test

Q_DECLARE_METATYPE(miq::test::Source)
