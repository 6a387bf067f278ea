#include "connectors/connectorregistry.h"
#include "connectors/csv/csvconnector.h"

#include "csvtesthelpers.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace miq;
using namespace miq::test;

class tst_CsvConnector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spec();
    void validSettings_data();
    void validSettings();
    void invalidSettings_data();
    void invalidSettings();
    void missingFile();
    void fileErrors_data();
    void fileErrors();
    void discover_data();
    void discover();
    void checkConnection_data();
    void checkConnection();
    void manyFilesAsOneStream_data();
    void manyFilesAsOneStream();
    void headerMismatch();
    void unknownStream();
    void partsTogetherAreTheWholeFile();
    void quotedFieldAcrossTheSplitPoint();
    void strayQuoteBeforeTheSplitIsAnError();
    void largeFileReadInChunksLikeInOnePass_data();
    void largeFileReadInChunksLikeInOnePass();
    void resumeInsideALargeFile();
};

void tst_CsvConnector::spec()
{
    const ConnectorSpec s = CsvConnector::spec();
    QCOMPARE(s.typeId, QStringLiteral("csv"));
    QCOMPARE(s.fileSuffixes, strings({"csv", "tsv", "txt", "tab", "psv"}));
    QVERIFY(!s.displayName.isEmpty() && !s.description.isEmpty());
    const ConfigField *path = s.field(QStringLiteral("path"));
    QVERIFY(path);
    QCOMPARE(path->kind, ConfigField::Kind::FilePath);
    QVERIFY(path->required);
    for (const char *key : {"delimiter", "quote", "header", "encoding"}) {
        const ConfigField *f = s.field(QString::fromLatin1(key));
        QVERIFY2(f, key);
        QVERIFY(!f->required && !f->label.isEmpty() && !f->help.isEmpty());
        QCOMPARE(f->defaultValue.toString(), QStringLiteral("auto"));
    }
    QVERIFY(s.field(QStringLiteral("encoding"))->choices.contains(QStringLiteral("windows-1252")));
    QVERIFY(s.secretKeys().isEmpty());
}

void tst_CsvConnector::validSettings_data()
{
    QTest::addColumn<QVariantMap>("settings");
    QTest::addColumn<QString>("detail");

    // The same file read with each spelling the settings accept.
    auto set = [](const char *key, const QString &value) {
        return QVariantMap{{QString::fromLatin1(key), value}};
    };
    QTest::newRow("semicolon by name") << set("delimiter", QStringLiteral("semicolon"))
                                       << QStringLiteral("UTF-8, ';' delimited, header row");
    QTest::newRow("semicolon as character")
        << set("delimiter", QStringLiteral(";")) << QStringLiteral("UTF-8, ';' delimited, header row");
    QTest::newRow("double quote") << set("quote", QStringLiteral("\""))
                                  << QStringLiteral("UTF-8, ';' delimited, header row");
    QTest::newRow("no quoting") << set("quote", QStringLiteral("none"))
                                << QStringLiteral("UTF-8, ';' delimited, no quoting, header row");
    QTest::newRow("no header") << set("header", QStringLiteral("no"))
                               << QStringLiteral("UTF-8, ';' delimited, no header row");
    QTest::newRow("encoding") << set("encoding", QStringLiteral("windows-1252"))
                              << QStringLiteral("windows-1252, ';' delimited, header row");
}

void tst_CsvConnector::validSettings()
{
    QFETCH(QVariantMap, settings);
    QFETCH(QString, detail);

    ConnectorRegistry registry;
    registry.add(CsvConnector::spec(),
                 [](const ConnectionSettings &s) { return std::make_unique<CsvConnector>(s); });
    const ConnectionSettings source = csvSettings(csvFixture(QStringLiteral("semicolon.csv")), settings);
    QCOMPARE(registry.validate(QStringLiteral("csv"), source.values, {}), QStringList());
    Result<std::unique_ptr<Connector>> connector = registry.create(QStringLiteral("csv"), source);
    QVERIFY2(connector.ok(), qPrintable(connector.error()));
    const Result<QList<StreamInfo>> streams = (*connector)->discover();
    QVERIFY2(streams.ok(), qPrintable(streams.error()));
    QCOMPARE(streams->first().detail, detail);
}

void tst_CsvConnector::invalidSettings_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");

    QTest::newRow("delimiter") << QStringLiteral("delimiter") << QStringLiteral("ab")
                               << QStringLiteral(
                                      "The delimiter 'ab' of source 'Sales' is not valid: use auto, comma, "
                                      "semicolon, tab, pipe, space or a single character.");
    QTest::newRow("quote")
        << QStringLiteral("quote") << QStringLiteral("`")
        << QStringLiteral("The quote character '`' of source 'Sales' is not valid: use auto, \", ' or none.");
    QTest::newRow("header")
        << QStringLiteral("header") << QStringLiteral("maybe")
        << QStringLiteral("The header setting 'maybe' of source 'Sales' is not valid: use auto, yes or no.");
    QTest::newRow("encoding") << QStringLiteral("encoding") << QStringLiteral("klingon")
                              << QStringLiteral("The encoding 'klingon' of source 'Sales' is not supported.");
    QTest::newRow("delimiter equals quote")
        << QStringLiteral("delimiter") << QStringLiteral("\"")
        << QStringLiteral("Source 'Sales' uses the same character as delimiter and quote.");
}

void tst_CsvConnector::invalidSettings()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, error);

    QVariantMap values{{key, value}};
    if (QTest::currentDataTag() == QByteArray("delimiter equals quote"))
        values.insert(QStringLiteral("quote"), QStringLiteral("\""));
    CsvConnector connector(csvSettings(csvFixture(QStringLiteral("quoted.csv")), values));
    const Result<QString> checked = connector.checkConnection();
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error(), error);
}

void tst_CsvConnector::missingFile()
{
    const QString path = QDir::toNativeSeparators(csvFixture(QStringLiteral("no-such-file.csv")));
    CsvConnector connector(csvSettings(path));
    const QString expected =
        QStringLiteral("Cannot open '%1' in source 'Sales': No such file or directory").arg(path);
    QCOMPARE(connector.checkConnection().error(), expected);
    QCOMPARE(connector.discover().error(), expected);
    QCOMPARE(connector.openStream(QString(), {}).error(), expected);
}

void tst_CsvConnector::fileErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");

    const QString data = QDir::toNativeSeparators(csvFixture(QString()));
    QTest::newRow("pattern matches nothing")
        << csvFixture(QStringLiteral("parts/*.json"))
        << QStringLiteral("No files match '%1parts/*.json' in source 'Sales'.").arg(data);
    QTest::newRow("pattern in a missing folder")
        << csvFixture(QStringLiteral("nowhere/*.csv"))
        << QStringLiteral("Cannot open the folder '%1nowhere' in source 'Sales': No such file or directory")
               .arg(data);
    QTest::newRow("folder without delimited files")
        << QStringLiteral(MIQ_TEST_DATA_DIR)
        << QStringLiteral("The folder '%1' in source 'Sales' has no delimited text files "
                          "(*.csv, *.tsv, *.txt, *.tab, *.psv).")
               .arg(QDir::toNativeSeparators(QStringLiteral(MIQ_TEST_DATA_DIR)));
    QTest::newRow("no path") << QString() << QStringLiteral("Source 'Sales' has no file path.");
}

void tst_CsvConnector::fileErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, error);
    CsvConnector connector(csvSettings(path));
    QCOMPARE(connector.discover().error(), error);
}

void tst_CsvConnector::discover_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<qint64>("sizeBytes");
    QTest::addColumn<qint64>("rowEstimate");
    QTest::addColumn<QString>("detail");

    auto size = [](const char *name) {
        return QFileInfo(csvFixture(QString::fromLatin1(name))).size();
    };
    QTest::newRow("file") << csvFixture(QStringLiteral("quoted.csv")) << QStringLiteral("quoted")
                          << strings({"id", "name", "comment", "amount"}) << size("quoted.csv") << qint64(4)
                          << QStringLiteral("UTF-8, ',' delimited, header row");
    QTest::newRow("tab file") << csvFixture(QStringLiteral("cities.tsv")) << QStringLiteral("cities")
                              << strings({"id", "city", "population"}) << size("cities.tsv") << qint64(3)
                              << QStringLiteral("UTF-8, tab delimited, header row");
    QTest::newRow("no header") << csvFixture(QStringLiteral("noheader.csv")) << QStringLiteral("noheader")
                               << strings({"column_1", "column_2", "column_3"}) << size("noheader.csv")
                               << qint64(3) << QStringLiteral("UTF-8, ',' delimited, no header row");
    const qint64 parts = size("parts/part1.csv") + size("parts/part2.csv") + size("parts/part3.csv");
    QTest::newRow("folder") << csvFixture(QStringLiteral("parts")) << QStringLiteral("parts")
                            << strings({"id", "name"}) << parts << qint64(-1)
                            << QStringLiteral("UTF-8, ',' delimited, header row, 3 files");
    QTest::newRow("pattern") << csvFixture(QStringLiteral("parts/part*.csv")) << QStringLiteral("part*.csv")
                             << strings({"id", "name"}) << parts << qint64(-1)
                             << QStringLiteral("UTF-8, ',' delimited, header row, 3 files");
    QTest::newRow("empty file") << csvFixture(QStringLiteral("empty.csv")) << QStringLiteral("empty")
                                << QStringList() << qint64(0) << qint64(0)
                                << QStringLiteral("UTF-8, ',' delimited, header row");
}

void tst_CsvConnector::discover()
{
    QFETCH(QString, path);
    QFETCH(QString, name);
    QFETCH(QStringList, columns);
    QFETCH(qint64, sizeBytes);
    QFETCH(qint64, rowEstimate);
    QFETCH(QString, detail);

    CsvConnector connector(csvSettings(path));
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY2(streams.ok(), qPrintable(streams.error()));
    QCOMPARE(streams->size(), 1);
    const StreamInfo &info = streams->first();
    QCOMPARE(info.name, name);
    QCOMPARE(info.kind, StreamInfo::Kind::File);
    QStringList names;
    for (const ColumnInfo &c : info.columns) {
        names << c.name;
        QCOMPARE(c.type, ColumnType::String);
        QCOMPARE(c.nativeType, QStringLiteral("text"));
    }
    QCOMPARE(names, columns);
    QCOMPARE(info.sizeBytes, std::optional<qint64>(sizeBytes));
    if (rowEstimate >= 0)
        QCOMPARE(info.rowEstimate, std::optional<qint64>(rowEstimate));
    else
        QVERIFY(info.rowEstimate.has_value() && *info.rowEstimate > 0); // estimated from the first file
    QCOMPARE(info.detail, detail);
}

void tst_CsvConnector::checkConnection_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("summary");

    QTest::newRow("file") << csvFixture(QStringLiteral("quoted.csv"))
                          << QStringLiteral("4 columns, UTF-8, ',' delimited, header row");
    QTest::newRow("semicolon") << csvFixture(QStringLiteral("semicolon.csv"))
                               << QStringLiteral("3 columns, UTF-8, ';' delimited, header row");
    QTest::newRow("pipe") << csvFixture(QStringLiteral("stock.psv"))
                          << QStringLiteral("3 columns, UTF-8, '|' delimited, header row");
    QTest::newRow("folder") << csvFixture(QStringLiteral("parts"))
                            << QStringLiteral("2 columns, UTF-8, ',' delimited, header row, 3 files");
    QTest::newRow("empty") << csvFixture(QStringLiteral("empty.csv"))
                           << QStringLiteral(
                                  "no columns (the file is empty), UTF-8, ',' delimited, header row");
}

void tst_CsvConnector::checkConnection()
{
    QFETCH(QString, path);
    QFETCH(QString, summary);
    CsvConnector connector(csvSettings(path));
    const Result<QString> checked = connector.checkConnection();
    QVERIFY2(checked.ok(), qPrintable(checked.error()));
    QCOMPARE(*checked, summary);
}

void tst_CsvConnector::manyFilesAsOneStream_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("stream");
    QTest::newRow("folder") << csvFixture(QStringLiteral("parts")) << QStringLiteral("parts");
    QTest::newRow("pattern") << csvFixture(QStringLiteral("parts/*.csv")) << QStringLiteral("*.csv");
    QTest::newRow("folder with a trailing slash")
        << csvFixture(QStringLiteral("parts/")) << QStringLiteral("parts");
}

void tst_CsvConnector::manyFilesAsOneStream()
{
    QFETCH(QString, path);
    QFETCH(QString, stream);

    const CsvReadResult result = readCsv(csvSettings(path));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.columns, strings({"id", "name"}));
    // Name order, each file's header skipped, notes.md not a delimited file.
    QCOMPARE(result.rows, rows({{"1", "Alice"}, {"2", "Bob"}, {"3", "Carol"}, {"4", "Dan"}, {"6", "Fay"}}));
    QCOMPARE(result.badRecords.size(), 1);
    QCOMPARE(result.badRecords[0].location, QStringLiteral("part3.csv"));
    QCOMPARE(result.badRecords[0].line, qint64(3));         // lines count per file
    QCOMPARE(result.badRecords[0].recordNumber, qint64(4)); // records count across the stream
    QCOMPARE(result.bytesRead, result.totalBytes);

    CsvConnector connector(csvSettings(path));
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY2(streams.ok(), qPrintable(streams.error()));
    QCOMPARE(streams->first().name, stream);
    QVERIFY(connector.openStream(stream, {}).ok());
}

void tst_CsvConnector::headerMismatch()
{
    CsvConnector connector(csvSettings(csvFixture(QStringLiteral("mismatch"))));
    const Result<QString> checked = connector.checkConnection();
    QVERIFY(!checked.ok());
    const QString b = QDir::toNativeSeparators(csvFixture(QStringLiteral("mismatch/b.csv")));
    QCOMPARE(checked.error(),
             QStringLiteral("'%1' in source 'Sales' does not have the same header as 'a.csv' "
                            "(id,email instead of id,name); the files of a folder or pattern "
                            "are read as one table and must share their columns.")
                 .arg(b));
    // Reading stops with the same error when it reaches that file, after a.csv's rows.
    const CsvReadResult result = readCsv(csvSettings(csvFixture(QStringLiteral("mismatch"))));
    QCOMPARE(result.error, checked.error());
    QCOMPARE(result.rows, rows({{"1", "Alice"}}));
}

void tst_CsvConnector::unknownStream()
{
    CsvConnector connector(csvSettings(csvFixture(QStringLiteral("quoted.csv"))));
    QCOMPARE(connector.openStream(QStringLiteral("orders"), {}).error(),
             QStringLiteral("Source 'Sales' has no stream 'orders'; its only stream is 'quoted'."));
}

namespace {

// Reads every row of `reader` into `into`; returns the error, if any.
QString readAll(StreamReader &reader, Rows &into)
{
    RecordBatch batch;
    for (;;) {
        const Result<bool> more = reader.next(batch);
        if (!more)
            return more.error();
        for (qint64 row = 0; row < batch.rowCount; ++row) {
            QStringList values;
            for (const Column &column : batch.columns)
                values << column.displayText(row);
            into << values;
        }
        if (!*more)
            return {};
    }
}

// About 20 MB: quoted fields with commas, doubled quotes and line breaks on every 7th row.
QByteArray bigCsv()
{
    QByteArray bytes = "id,note,amount\n";
    for (int i = 0; bytes.size() < 20'000'000; ++i) {
        bytes += QByteArray::number(i) + ',';
        bytes += i % 7 == 0 ? QByteArray("\"line one, \"\"quoted\"\"\nline two\"") : "plain note " + QByteArray::number(i * 31);
        bytes += ',' + QByteArray::number(i % 1000) + ".25\n";
    }
    return bytes;
}

} // namespace

void tst_CsvConnector::partsTogetherAreTheWholeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(writeBytes(path, bigCsv()));
    const CsvReadResult whole = readCsv(csvSettings(path));
    QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));

    CsvConnector connector(csvSettings(path));
    auto parts = connector.openStreamParts(QString(), {}, 2);
    QVERIFY2(parts.ok(), qPrintable(parts.error()));
    QCOMPARE(int(parts->size()), 2); // 8 MiB at least per part
    Rows joined;
    for (auto &part : *parts) {
        QCOMPARE(part->schema()->size(), std::size_t(3)); // every part knows the header
        const QString error = readAll(*part, joined);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    QCOMPARE(joined.size(), whole.rows.size());
    QVERIFY(joined == whole.rows); // in order, each row once

    auto tooMany = connector.openStreamParts(QString(), {}, 8);
    QVERIFY(tooMany.ok());
    QCOMPARE(int(tooMany->size()), 2); // no part under 8 MiB
}

namespace {

// Bytes of a CSV file with a header, `rows` made of `row` until `size`, then `tail`.
QByteArray filled(QByteArray bytes, const QByteArray &row, qsizetype size)
{
    while (bytes.size() < size)
        bytes += row;
    return bytes;
}

} // namespace

void tst_CsvConnector::quotedFieldAcrossTheSplitPoint()
{
    // One record in the middle of the file is a quoted field of many lines, across the point
    // where the file is split: the split moves to the line end after the field.
    QByteArray bytes = filled("id,note\n", "1,plain\n", 9'000'000) + "2,\"";
    bytes = filled(bytes, "still inside the quotes\n", 11'000'000) + "\"\n";
    bytes = filled(bytes, "3,plain\n", 20'000'000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long-field.csv"));
    QVERIFY(writeBytes(path, bytes));
    const CsvReadResult whole = readCsv(csvSettings(path));
    CsvConnector connector(csvSettings(path));
    auto parts = connector.openStreamParts(QString(), {}, 2);
    QVERIFY2(parts.ok(), qPrintable(parts.error()));
    QCOMPARE(int(parts->size()), 2);
    Rows joined;
    for (auto &part : *parts)
        QCOMPARE(readAll(*part, joined), QString());
    QVERIFY(joined == whole.rows);
}

void tst_CsvConnector::strayQuoteBeforeTheSplitIsAnError()
{
    // A quote inside an unquoted field (read as a plain character) inverts the quote parity the
    // split points are chosen by: the split lands inside a quoted field, and the part before it
    // says so instead of its neighbour reading garbage.
    QByteArray bytes = "id,note\n1,five\"inch\n";
    bytes = filled(bytes, "2,\"quoted\nacross lines\"\n", 20'000'000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stray.csv"));
    QVERIFY(writeBytes(path, bytes));
    CsvConnector connector(csvSettings(path));
    auto parts = connector.openStreamParts(QString(), {}, 2);
    QVERIFY2(parts.ok(), qPrintable(parts.error()));
    QCOMPARE(int(parts->size()), 2);
    Rows rows;
    const QString error = readAll(*parts->front(), rows);
    QVERIFY2(error.startsWith(QStringLiteral("Cannot read '%1' in source 'Sales' in parts: byte ")
                                  .arg(QDir::toNativeSeparators(path))),
             qPrintable(error));
    QVERIFY2(error.endsWith(QStringLiteral(" lies inside a record.")), qPrintable(error));
}

namespace {

// About 24 MB: quoted fields with line breaks, a bad record every 997 rows (too few fields), and
// `strayQuote` puts a quote inside an unquoted field near the start.
QByteArray largeCsv(bool strayQuote)
{
    QByteArray bytes = "id,note,amount\n";
    if (strayQuote)
        bytes += "0,five\"inch,1\n";
    for (int i = 1; bytes.size() < 24'000'000; ++i) {
        if (i % 997 == 0) {
            bytes += QByteArray::number(i) + ",short\n";
            continue;
        }
        bytes += QByteArray::number(i) + ',';
        bytes += i % 7 == 0 ? QByteArray("\"two\nlines, \"\"quoted\"\"\"") : "note " + QByteArray::number(i);
        bytes += ',' + QByteArray::number(i % 1000) + "\n";
    }
    return bytes;
}

} // namespace

void tst_CsvConnector::largeFileReadInChunksLikeInOnePass_data()
{
    QTest::addColumn<bool>("strayQuote");
    QTest::newRow("cuts at record boundaries") << false;
    QTest::newRow("a stray quote misleads the cuts: one reader takes over") << true;
}

void tst_CsvConnector::largeFileReadInChunksLikeInOnePass()
{
    // With parse threads, openStream() reads a large file in chunks on several threads; with one
    // it reads in one pass. Rows, bad records (record numbers, lines) and the end must agree.
    QFETCH(bool, strayQuote);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.csv"));
    QVERIFY(writeBytes(path, largeCsv(strayQuote)));
    const CsvReadResult sequential = readCsv(csvSettings(path));
    const CsvReadResult chunked = readCsv(csvSettings(path), {}, 0, 3);
    QVERIFY2(sequential.error.isEmpty(), qPrintable(sequential.error));
    QVERIFY2(chunked.error.isEmpty(), qPrintable(chunked.error));
    QVERIFY(sequential.rows.size() > 300'000);
    QCOMPARE(chunked.rows.size(), sequential.rows.size());
    QVERIFY(chunked.rows == sequential.rows);
    QCOMPARE(chunked.badRecords.size(), sequential.badRecords.size());
    QVERIFY(chunked.badRecords.size() > 300);
    for (qsizetype i = 0; i < chunked.badRecords.size(); ++i) {
        QCOMPARE(chunked.badRecords[i].recordNumber, sequential.badRecords[i].recordNumber);
        QCOMPARE(chunked.badRecords[i].line, sequential.badRecords[i].line);
        QCOMPARE(chunked.badRecords[i].reason, sequential.badRecords[i].reason);
    }
    QCOMPARE(chunked.bytesRead, chunked.totalBytes);
}

void tst_CsvConnector::resumeInsideALargeFile()
{
    // The position after a batch of the chunked reader resumes exactly there, with the numbers
    // of one pass: the rows before and after it are the whole file, each once.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.csv"));
    QVERIFY(writeBytes(path, largeCsv(false)));
    const CsvReadResult whole = readCsv(csvSettings(path));

    CsvConnector connector(csvSettings(path));
    connector.setParseThreads(3);
    auto reader = connector.openStream(QString(), {});
    QVERIFY(reader.ok());
    Rows before;
    RecordBatch batch;
    qint64 nextRecord = 0;
    while (before.size() < whole.rows.size() / 4) { // into the second chunk; the rest still takes chunks
        QVERIFY((*reader)->next(batch).value());
        QCOMPARE(batch.recordNumber(0) >= nextRecord, true);
        nextRecord = batch.recordNumber(batch.rowCount - 1) + 1;
        for (qint64 row = 0; row < batch.rowCount; ++row) {
            QStringList values;
            for (const Column &column : batch.columns)
                values << column.displayText(row);
            before << values;
        }
    }
    ReadOptions resume;
    resume.resumeFrom = (*reader)->resumeToken();
    reader->reset();
    const CsvReadResult after = readCsv(csvSettings(path), resume, 0, 3);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QVERIFY(before + after.rows == whole.rows);
    QVERIFY(!after.badRecords.isEmpty());
    QCOMPARE(after.badRecords.last().recordNumber, whole.badRecords.last().recordNumber);
    QCOMPARE(after.badRecords.last().line, whole.badRecords.last().line);
}

QTEST_GUILESS_MAIN(tst_CsvConnector)
#include "tst_csvconnector.moc"
