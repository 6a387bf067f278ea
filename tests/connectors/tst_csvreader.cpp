#include "csvtesthelpers.h"

#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace miq;
using namespace miq::test;

class tst_CsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fixtures_data();
    void fixtures();
    void lineEnds_data();
    void lineEnds();
    void encodings_data();
    void encodings();
    void raggedRows();
    void unterminatedQuote();
    void invalidBytes_data();
    void invalidBytes();
    void badRecordRawIsBounded();
    void batches_data();
    void batches();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void hugeField();
    void progress();
    void cancel();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void tst_CsvReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString tst_CsvReader::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    if (!writeBytes(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_CsvReader::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QVariantMap>("settings");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<Rows>("expected");
    QTest::addColumn<QList<qint64>>("badLines");

    const QVariantMap none;
    const QList<qint64> noBad;
    QTest::newRow("quoted fields, doubled quotes, embedded newline")
        << QStringLiteral("quoted.csv") << none << strings({"id", "name", "comment", "amount"})
        << rows({{"1", "Alice", "Hello, world", "10.50"},
                 {"2", "Bob \"The Builder\"", "", "20"},
                 {"3", "Zoë", "line one\nline two", "-3"},
                 {"4", "", "\"quoted\"", "0"}})
        << noBad;
    QTest::newRow("semicolon with decimal commas")
        << QStringLiteral("semicolon.csv") << none << strings({"name", "price", "qty"})
        << rows({{"Café", "1,50", "3"}, {"Tee", "2,25", "10"}, {"Mix; gemischt", "0,99", "1"}}) << noBad;
    QTest::newRow("tab separated")
        << QStringLiteral("cities.tsv") << none << strings({"id", "city", "population"})
        << rows({{"1", "Paris", "2102650"}, {"2", "San Francisco, CA", "808437"}, {"3", "Lyon", "522250"}})
        << noBad;
    QTest::newRow("pipe separated") << QStringLiteral("stock.psv") << none
                                    << strings({"sku", "label", "stock"})
                                    << rows({{"A-1", "Widget", "12"}, {"B-2", "Gadget", "0"}}) << noBad;
    QTest::newRow("no header detected")
        << QStringLiteral("noheader.csv") << none << strings({"column_1", "column_2", "column_3"})
        << rows({{"1", "Alice", "3.5"}, {"2", "Bob", "4.0"}, {"3", "Carol", "2.25"}}) << noBad;
    QTest::newRow("header forced on")
        << QStringLiteral("noheader.csv") << QVariantMap{{QStringLiteral("header"), QStringLiteral("yes")}}
        << strings({"1", "Alice", "3.5"}) << rows({{"2", "Bob", "4.0"}, {"3", "Carol", "2.25"}}) << noBad;
    QTest::newRow("header forced off")
        << QStringLiteral("semicolon.csv") << QVariantMap{{QStringLiteral("header"), QStringLiteral("no")}}
        << strings({"column_1", "column_2", "column_3"})
        << rows({{"name", "price", "qty"},
                 {"Café", "1,50", "3"},
                 {"Tee", "2,25", "10"},
                 {"Mix; gemischt", "0,99", "1"}})
        << noBad;
    // Comma split: most records have two fields, so the one-field first line is quarantined.
    QTest::newRow("delimiter forced")
        << QStringLiteral("semicolon.csv")
        << QVariantMap{{QStringLiteral("delimiter"), QStringLiteral("comma")},
                       {QStringLiteral("header"), QStringLiteral("no")}}
        << strings({"column_1", "column_2"})
        << rows({{"Café;1", "50;3"}, {"Tee;2", "25;10"}, {"Mix; gemischt;0", "99;1"}}) << QList<qint64>{1};
    // Repeated names make the sniffer doubt the header; the user says there is one.
    QTest::newRow("duplicate and empty names")
        << QStringLiteral("dupheader.csv") << QVariantMap{{QStringLiteral("header"), QStringLiteral("yes")}}
        << strings({"name", "column_2", "name_2", "id", "name_3"}) << rows({{"x", "y", "z", "1", "w"}})
        << noBad;
    QTest::newRow("header only") << QStringLiteral("headeronly.csv") << none
                                 << strings({"id", "name", "amount"}) << Rows() << noBad;
    QTest::newRow("empty file") << QStringLiteral("empty.csv") << none << QStringList() << Rows() << noBad;
}

void tst_CsvReader::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QVariantMap, settings);
    QFETCH(QStringList, columns);
    QFETCH(Rows, expected);
    QFETCH(QList<qint64>, badLines);

    const CsvReadResult result = readCsv(csvSettings(csvFixture(file), settings));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.columns, columns);
    QCOMPARE(dumpRows(result.rows), dumpRows(expected));
    QList<qint64> lines;
    for (const BadRecord &bad : result.badRecords)
        lines << bad.line;
    QCOMPARE(lines, badLines);
}

void tst_CsvReader::lineEnds_data()
{
    QTest::addColumn<QByteArray>("eol");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("CR") << QByteArray("\r");
}

void tst_CsvReader::lineEnds()
{
    QFETCH(QByteArray, eol);
    QByteArray bytes("id,text|1,\"a|b\"|2,x,extra|3,z|");
    bytes.replace('|', eol);
    const CsvReadResult result = readCsv(csvSettings(write(QStringLiteral("eol.csv"), bytes)));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.columns, strings({"id", "text"}));
    const QString inside = QStringLiteral("a") + QString::fromLatin1(eol) + QStringLiteral("b");
    QCOMPARE(result.rows, (Rows{{QStringLiteral("1"), inside}, strings({"3", "z"})}));
    QCOMPARE(result.badRecords.size(), 1);
    QCOMPARE(result.badRecords[0].line, qint64(4)); // the quoted line break counts as a line
    QCOMPARE(result.badRecords[0].recordNumber, qint64(1));
    QCOMPARE(result.badRecords[0].raw, QByteArray("2,x,extra"));
}

void tst_CsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QVariantMap>("settings");
    QTest::addColumn<QStringList>("encodings"); // acceptable detections
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<Rows>("expected");

    const QString text = QStringLiteral("name,city\nJosé,Zürich\nZoë,Köln 😀\n");
    const Rows unicodeRows = rows({{"José", "Zürich"}, {"Zoë", "Köln 😀"}});
    const Rows latinRows = rows({{"José", "Zürich"}, {"Zoë", "Köln"}});
    const QVariantMap none;
    const QStringList nameCity = strings({"name", "city"});
    auto encode = [&](QStringConverter::Encoding e) -> QByteArray {
        QStringEncoder encoder(e, QStringConverter::Flag::WriteBom);
        return encoder.encode(text); // converted while the encoder lives
    };
    QTest::newRow("UTF-8 without BOM")
        << text.toUtf8() << none << strings({"UTF-8"}) << nameCity << unicodeRows;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << none
                                    << strings({"UTF-8"}) << nameCity << unicodeRows;
    QTest::newRow("UTF-16LE with BOM")
        << encode(QStringConverter::Utf16LE) << none << strings({"UTF-16LE"}) << nameCity << unicodeRows;
    QTest::newRow("UTF-16BE with BOM")
        << encode(QStringConverter::Utf16BE) << none << strings({"UTF-16BE"}) << nameCity << unicodeRows;
    QTest::newRow("Latin-1 detected") << QByteArray("name,city\nJos\xE9,Z\xFCrich\nZo\xEB,K\xF6ln\n") << none
                                      << strings({"ISO-8859-1", "windows-1252"}) << nameCity << latinRows;
    QTest::newRow("windows-1252 detected")
        << QByteArray("item,note\nCaf\xE9,\x80 5\nR\xE9sum\xE9,\x93new\x94\n") << none
        << strings({"windows-1252"}) << strings({"item", "note"})
        << rows({{"Café", "€ 5"}, {"Résumé", "“new”"}});
    QTest::newRow("encoding set by the user")
        << QByteArray("name,city\nJos\xE9,Z\xFCrich\nZo\xEB,K\xF6ln\n")
        << QVariantMap{{QStringLiteral("encoding"), QStringLiteral("ISO-8859-1")}} << strings({"ISO-8859-1"})
        << nameCity << latinRows;
}

void tst_CsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QVariantMap, settings);
    QFETCH(QStringList, encodings);
    QFETCH(QStringList, columns);
    QFETCH(Rows, expected);

    const ConnectionSettings source = csvSettings(write(QStringLiteral("enc.csv"), bytes), settings);
    const CsvReadResult result = readCsv(source);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.columns, columns);
    QCOMPARE(result.badRecords.size(), 0);
    QCOMPARE(result.rows, expected);
    QCOMPARE(result.bytesRead, qint64(bytes.size()));

    CsvConnector connector(source);
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY2(streams.ok(), qPrintable(streams.error()));
    const QString detected = streams->first().detail.section(QLatin1Char(','), 0, 0);
    QVERIFY2(encodings.contains(detected), qPrintable(streams->first().detail));
}

void tst_CsvReader::raggedRows()
{
    ReadOptions options;
    options.batchRows = 1;
    const CsvReadResult result = readCsv(csvSettings(csvFixture(QStringLiteral("ragged.csv"))), options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.rows, rows({{"1", "Alice", "10"}, {"2", "Bob\nSmith", "20"}, {"5", "Eve", "50"}}));
    // Record numbers count every data record, so a row's number says where it was in the file.
    QCOMPARE(result.firstRecords, (QList<qint64>{0, 1, 4}));
    QCOMPARE(result.badRecords.size(), 2);
    const BadRecord &extra = result.badRecords[0];
    QCOMPARE(extra.recordNumber, qint64(2));
    QCOMPARE(extra.line, qint64(5));
    QCOMPARE(extra.location, QStringLiteral("ragged.csv"));
    QCOMPARE(extra.reason, QStringLiteral("expected 3 fields, found 4"));
    QCOMPARE(extra.raw, QByteArray("3,Carol,30,extra"));
    const BadRecord &missing = result.badRecords[1];
    QCOMPARE(missing.recordNumber, qint64(3));
    QCOMPARE(missing.line, qint64(6));
    QCOMPARE(missing.reason, QStringLiteral("expected 3 fields, found 2"));
    QCOMPARE(missing.raw, QByteArray("4,Dan"));
}

void tst_CsvReader::unterminatedQuote()
{
    const CsvReadResult result = readCsv(csvSettings(csvFixture(QStringLiteral("unterminated.csv"))));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.rows, rows({{"1", "ok"}}));
    QCOMPARE(result.badRecords.size(), 1);
    QCOMPARE(result.badRecords[0].line, qint64(3));
    QVERIFY(result.badRecords[0].reason.contains(QStringLiteral("unterminated")));
    // Nothing is lost: the rest of the file is in the quarantined record.
    QCOMPARE(result.badRecords[0].raw, QByteArray("2,\"never closed\n3,lost\n"));
}

void tst_CsvReader::invalidBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QVariantMap>("settings");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("goodRows");

    QTest::newRow("declared UTF-8") << QByteArray("a,b\n1,ok\n2,bad\xFF\n3,fine\n")
                                    << QVariantMap{{QStringLiteral("encoding"), QStringLiteral("UTF-8")}}
                                    << qint64(3)
                                    << QStringLiteral("invalid UTF-8 byte sequence in column 'b'") << 2;
    QByteArray utf16("\xFF\xFE", 2);
    for (char c : QByteArray("a,b\n1,x\n2,"))
        utf16.append(c).append('\0');
    utf16.append("\x00\xDC", 2); // a low surrogate without its high half
    for (char c : QByteArray("\n3,y\n"))
        utf16.append(c).append('\0');
    QTest::newRow("lone UTF-16 surrogate")
        << utf16 << QVariantMap() << qint64(3)
        << QStringLiteral("bytes that are not valid UTF-16LE in column 'b'") << 2;
    // The first 64 KiB are ASCII, so the file is taken for UTF-8; a Latin-1 byte later is reported.
    QByteArray late("id,name\n");
    for (int i = 0; late.size() < 70000; ++i)
        late += QByteArray::number(i) + ",ok\n";
    const qint64 lateLine = late.count('\n') + 1;
    late += "x,Jos\xE9\ny,ok\n";
    QTest::newRow("after the sniffed sample")
        << late << QVariantMap() << lateLine << QStringLiteral("invalid UTF-8 byte sequence in column 'name'")
        << int(lateLine - 1);
}

void tst_CsvReader::invalidBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QVariantMap, settings);
    QFETCH(qint64, line);
    QFETCH(QString, reason);
    QFETCH(int, goodRows);

    const CsvReadResult result = readCsv(csvSettings(write(QStringLiteral("invalid.csv"), bytes), settings));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.rows.size(), goodRows);
    QCOMPARE(result.badRecords.size(), 1);
    QCOMPARE(result.badRecords[0].line, line);
    QCOMPARE(result.badRecords[0].reason, reason);
    QCOMPARE(result.badRecords[0].column, reason.section(QLatin1Char('\''), 1, 1));
}

void tst_CsvReader::badRecordRawIsBounded()
{
    const QByteArray bytes = "a,b\n1," + QByteArray(10000, 'x') + ",extra\n2,y\n";
    const CsvReadResult result = readCsv(csvSettings(write(QStringLiteral("long.csv"), bytes)));
    QCOMPARE(result.rows, rows({{"2", "y"}}));
    QCOMPARE(result.badRecords.size(), 1);
    QCOMPARE(result.badRecords[0].raw.size(), CsvReader::maxBadRecordBytes);
    QVERIFY(result.badRecords[0].raw.startsWith("1,xxx"));
}

void tst_CsvReader::batches_data()
{
    QTest::addColumn<int>("batchRows");
    QTest::addColumn<qint64>("limitRows");
    QTest::addColumn<QList<qint64>>("sizes");
    QTest::addColumn<QList<qint64>>("firstRecords");

    using L = QList<qint64>;
    QTest::newRow("more rows than a batch") << 3 << qint64(-1) << L{3, 3, 3, 1} << L{0, 3, 6, 9};
    QTest::newRow("one-row batches") << 1 << qint64(-1) << L{1, 1, 1, 1, 1, 1, 1, 1, 1, 1}
                                     << L{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    QTest::newRow("exact multiple") << 5 << qint64(-1) << L{5, 5} << L{0, 5};
    QTest::newRow("one batch") << 8192 << qint64(-1) << L{10} << L{0};
    QTest::newRow("limit inside a batch") << 3 << qint64(4) << L{3, 1} << L{0, 3};
    QTest::newRow("limit above the rows") << 4 << qint64(50) << L{4, 4, 2} << L{0, 4, 8};
    QTest::newRow("limit zero") << 4 << qint64(0) << L{} << L{};
}

void tst_CsvReader::batches()
{
    QFETCH(int, batchRows);
    QFETCH(qint64, limitRows);
    QFETCH(QList<qint64>, sizes);
    QFETCH(QList<qint64>, firstRecords);

    QByteArray bytes("id,value\n");
    for (int i = 0; i < 10; ++i)
        bytes += QByteArray::number(i) + ",v" + QByteArray::number(i) + '\n';
    ReadOptions options;
    options.batchRows = batchRows;
    options.limitRows = limitRows;
    const CsvReadResult result = readCsv(csvSettings(write(QStringLiteral("ten.csv"), bytes)), options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.batchSizes, sizes);
    QCOMPARE(result.firstRecords, firstRecords);
    for (qsizetype i = 0; i < result.rows.size(); ++i)
        QCOMPARE(result.rows[i], (QStringList{QString::number(i), QStringLiteral("v%1").arg(i)}));
}

void tst_CsvReader::chunkBoundaries_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QVariantMap>("settings");
    QTest::addColumn<qsizetype>("chunkSize");
    QTest::addColumn<Rows>("expected");

    // Blocks repeated past the 64 KiB sniff sample, so that the parser meets the chunk
    // boundaries while reading rather than in one already-filled buffer. With 1-byte chunks a
    // boundary falls at every position: in a quoted field, between CR and LF, inside a UTF-8
    // character and inside a UTF-16 surrogate pair.
    const QString header = QStringLiteral("id,text,more\r\n");
    const QString block = QStringLiteral("1,\"multi\r\nline \"\"q\"\", here\",Zoë 😀 €\r\n2,plain,üñí\r\n");
    const Rows blockRows = {strings({"1", "multi\r\nline \"q\", here", "Zoë 😀 €"}),
                            strings({"2", "plain", "üñí"})};
    QString text = header;
    Rows expected;
    while (text.size() < 70000) {
        text += block;
        expected += blockRows;
    }
    // A ragged last row: its line number proves no line end was lost or doubled at a boundary.
    text += QStringLiteral("9,ragged\r\n");
    QString latinText = text;
    latinText.remove(QStringLiteral(" 😀"));
    Rows latinExpected = expected;
    for (QStringList &r : latinExpected)
        r.last().remove(QStringLiteral(" 😀"));
    QString crText = text;
    crText.replace(QStringLiteral("\r\n"), QStringLiteral("\r"));
    Rows crExpected = expected;
    for (QStringList &r : crExpected)
        r[1].replace(QStringLiteral("\r\n"), QStringLiteral("\r"));

    struct Case
    {
        const char *name;
        QByteArray bytes;
        QVariantMap settings;
        Rows expected;
    };
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QStringEncoder windows1252("windows-1252");
    const Case cases[] = {
        {"UTF-8 CRLF", text.toUtf8(), {}, expected},
        {"UTF-8 CR", crText.toUtf8(), {}, crExpected},
        {"UTF-16LE", utf16.encode(text), {}, expected},
        {"windows-1252",
         windows1252.encode(latinText),
         {{QStringLiteral("encoding"), QStringLiteral("windows-1252")}},
         latinExpected},
    };
    for (const Case &c : cases) {
        for (qsizetype chunk : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), qsizetype(4093)})
            QTest::addRow("%s, %lld-byte chunks", c.name, qlonglong(chunk))
                << c.bytes << c.settings << chunk << c.expected;
    }
}

void tst_CsvReader::chunkBoundaries()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QVariantMap, settings);
    QFETCH(qsizetype, chunkSize);
    QFETCH(Rows, expected);

    ReadOptions options;
    options.batchRows = 500;
    const CsvReadResult result =
        readCsv(csvSettings(write(QStringLiteral("chunks.csv"), bytes), settings), options, chunkSize);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.columns, strings({"id", "text", "more"}));
    QCOMPARE(result.badRecords.size(), 1);
    QCOMPARE(result.badRecords[0].line, 2 + 3 * expected.size() / 2); // header, then 3 lines per block
    QCOMPARE(result.badRecords[0].raw, QByteArray("9,ragged"));
    QCOMPARE(result.rows.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(result.rows[i] == expected[i],
                 qPrintable(QStringLiteral("row %1: %2").arg(i).arg(result.rows[i].join(u'|'))));
    QCOMPARE(result.bytesRead, qint64(bytes.size()));
}

void tst_CsvReader::hugeField()
{
    // One 50 MB cell, quoted, with a doubled quote and a line break in it: it spans ~50 read
    // chunks and must come out whole, with the row after it intact.
    constexpr qsizetype size = 50 * 1024 * 1024;
    QByteArray cell(size, 'x');
    cell[size / 2] = '\n';
    QByteArray bytes = "id,blob,tail\n1,\"" + cell + "\"\"end\",t1\n2,small,t2\n";
    const QString path = write(QStringLiteral("huge.csv"), bytes);
    bytes.clear();

    CsvConnector connector(csvSettings(path));
    Result<std::unique_ptr<StreamReader>> reader = connector.openStream(QString(), {});
    QVERIFY2(reader.ok(), qPrintable(reader.error()));
    RecordBatch batch;
    qint64 rows = 0;
    for (;;) {
        const Result<bool> more = (*reader)->next(batch);
        QVERIFY2(more.ok(), qPrintable(more.error()));
        if (!*more)
            break;
        for (qint64 r = 0; r < batch.rowCount; ++r, ++rows) {
            const std::string_view blob = batch.columns[1].text(r);
            if (rows == 0) {
                QCOMPARE(qsizetype(blob.size()), size + 4);
                QVERIFY(blob.substr(0, 3) == "xxx");
                QCOMPARE(blob[std::size_t(size / 2)], '\n');
                QVERIFY(blob.substr(blob.size() - 5) == "x\"end");
                QVERIFY(batch.columns[2].text(r) == "t1");
            } else {
                QVERIFY(blob == "small");
                QVERIFY(batch.columns[2].text(r) == "t2");
            }
        }
    }
    QCOMPARE(rows, qint64(2));
    QVERIFY((*reader)->takeBadRecords().isEmpty());
}

void tst_CsvReader::progress()
{
    QByteArray bytes("id,text\n");
    for (int i = 0; bytes.size() < 300000; ++i)
        bytes += QByteArray::number(i) + ",some text\n";
    CsvConnector connector(csvSettings(write(QStringLiteral("progress.csv"), bytes)));
    connector.setChunkSize(4096);
    ReadOptions options;
    options.batchRows = 100;
    Result<std::unique_ptr<StreamReader>> reader = connector.openStream(QString(), options);
    QVERIFY2(reader.ok(), qPrintable(reader.error()));
    StreamReader &r = **reader;
    QCOMPARE(r.totalBytes(), qint64(bytes.size()));
    RecordBatch batch;
    QVERIFY(*r.next(batch));
    QVERIFY2(r.bytesRead() > 0 && r.bytesRead() < r.totalBytes(), qPrintable(QString::number(r.bytesRead())));
    qint64 last = r.bytesRead();
    while (*r.next(batch)) {
        QVERIFY(r.bytesRead() >= last);
        last = r.bytesRead();
    }
    QCOMPARE(r.bytesRead(), r.totalBytes());
}

void tst_CsvReader::cancel()
{
    std::atomic_bool cancelled{false};
    ReadOptions options;
    options.batchRows = 1;
    options.cancel = &cancelled;
    CsvConnector connector(csvSettings(csvFixture(QStringLiteral("quoted.csv"))));
    Result<std::unique_ptr<StreamReader>> reader = connector.openStream(QStringLiteral("quoted"), options);
    QVERIFY2(reader.ok(), qPrintable(reader.error()));
    RecordBatch batch;
    QVERIFY(*(*reader)->next(batch));
    cancelled = true;
    const Result<bool> next = (*reader)->next(batch);
    QVERIFY(!next.ok());
    QVERIFY2(next.error().contains(QStringLiteral("cancelled")), qPrintable(next.error()));
    QVERIFY(next.error().contains(QStringLiteral("'Sales'")));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
