#include "connectors/dest/ndjsondestination.h"

#include "desttesthelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace miq;
using namespace DestTest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(miq::WriteMode)

class tst_NdjsonDestination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"out-%1.ndjson"_s.arg(++m_counter));
    }

    void roundTripAllTypes_data();
    void roundTripAllTypes();
    void exactLines();
    void linesAreValidJson();
    void invalidUtf8IsAnError();
    void ddlShowsTheShape();
    void replaceKeepsOldFileUntilFinish();
    void appendToExistingFile();
    void appendKeyMismatch_data();
    void appendKeyMismatch();
    void readBackOtherWriters();
    void readBackQuarantinesBadRecords();
    void resumeAfterInterruption_data();
    void resumeAfterInterruption();
    void resumeInOtherModeFails();
    void upsertIsRejected();
    void readOnlyDirectory();
    void writeFailureIsAnError();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

void tst_NdjsonDestination::roundTripAllTypes_data()
{
    QTest::addColumn<int>("batchRows");
    QTest::newRow("one batch") << 100;
    QTest::newRow("batches of 2") << 2;
}

void tst_NdjsonDestination::roundTripAllTypes()
{
    QFETCH(int, batchRows);
    const TargetSpec s = spec(QString(), allTypesColumns());
    const QList<Row> rows = allTypesRows();
    NdjsonDestination d(m_path);
    QCOMPARE(writeRun(d, s, rows, u"run-1"_s, batchRows), QString());
    const ReadBack back = readBack(d);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QVERIFY(back.badRecords.isEmpty());
    QCOMPARE(back.rows, describeRows(s.columns, rows));
}

void tst_NdjsonDestination::exactLines()
{
    // Years are astronomical, as ISO 8601 has them: QDate's 44 BC is year -0043.
    const TargetSpec s = spec(QString(), allTypesColumns());
    QCOMPARE(writeRun(*std::make_unique<NdjsonDestination>(m_path), s, allTypesRows()), QString());
    const QList<QByteArray> lines = contents(m_path).split('\n');
    QCOMPARE(lines.size(), allTypesRows().size() + 1);
    QCOMPARE(lines.last(), QByteArray());
    QCOMPARE(lines[0],
             QByteArray(R"({"id":1,"name":"plain","price":"12.50","ratio":0.1,"active":true,)"
                        R"("born":"2024-02-29","seen":"2024-02-29T13:45:00.123456Z","payload":"AAH/"})"));
    QCOMPARE(lines[1], QByteArray(R"({"id":9223372036854775807,"name":"comma, \"quote\"\nnewline\r\ncrlf",)"
                                  R"("price":"-0.05","ratio":-1.5e+300,"active":false,"born":"1969-12-31",)"
                                  R"("seen":"1969-12-31T23:59:59.999999Z","payload":""})"));
    QCOMPARE(lines[3],
             QByteArray(R"({"id":null,"name":null,"price":null,"ratio":null,"active":null,"born":null,)"
                        R"("seen":null,"payload":null})"));
    QCOMPARE(
        lines[4],
        QByteArray(R"({"id":0,"name":"ünïcödé ✓ 𝄞 日本語","price":"0","ratio":-0,"active":true,)"
                   R"("born":"9999-12-31","seen":"9999-12-31T23:59:59Z","payload":"bnVsAGluc2lkZQ=="})"));
    QCOMPARE(lines[5],
             QByteArray(R"({"id":-1,"name":"tab\there\u0001ctrl \\ back / slash","price":"100000.000",)"
                        R"("ratio":"NaN","active":false,"born":"-0043-03-15",)"
                        R"("seen":"1600-02-29T12:00:00.000001Z","payload":"Ig=="})"));
    QVERIFY2(lines[6].contains(R"("ratio":"Infinity")") && lines[7].contains(R"("ratio":"-Infinity")"),
             QByteArray(lines[6] + '\n' + lines[7]).constData());
}

void tst_NdjsonDestination::linesAreValidJson()
{
    // Every line is a JSON object another parser reads with the values we meant.
    const TargetSpec s = spec(QString(), allTypesColumns());
    QCOMPARE(writeRun(*std::make_unique<NdjsonDestination>(m_path), s, allTypesRows()), QString());
    const QList<QByteArray> lines = contents(m_path).trimmed().split('\n');
    for (const QByteArray &line : lines) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), line.constData());
        QCOMPARE(document.object().size(), s.columns.size());
    }
    const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(second.value(u"name"_s).toString(), u"comma, \"quote\"\nnewline\r\ncrlf"_s);
    QCOMPARE(second.value(u"id"_s).toInteger(), std::numeric_limits<qint64>::max());
    QCOMPARE(QJsonDocument::fromJson(lines[4]).object().value(u"name"_s).toString(), u"ünïcödé ✓ 𝄞 日本語"_s);
    QCOMPARE(QJsonDocument::fromJson(lines[5]).object().value(u"name"_s).toString(),
             u"tab\there\u0001ctrl \\ back / slash"_s);
}

void tst_NdjsonDestination::invalidUtf8IsAnError()
{
    const QList<TargetColumn> columns = {column(u"t"_s, ColumnType::String)};
    NdjsonDestination d(m_path);
    QVERIFY(d.begin(spec(QString(), columns), u"r"_s, false));
    RecordBatch batch = makeBatch(columns, {{u"fine"_s}}, 40);
    batch.columns[0].appendText("bad \xC3\x28 byte");
    ++batch.rowCount;
    batch.recordNumbers = {40, 97}; // a reader set records 41..96 aside: numbers are per row
    Status w = d.write(batch);
    QVERIFY(!w);
    QVERIFY2(w.error().contains(u"record 98"_s) && w.error().contains(u"UTF-8"_s)
                 && w.error().contains(u"'t'"_s),
             qPrintable(w.error()));
    // The failed batch left nothing behind; the run goes on with the next one.
    QVERIFY(d.write(makeBatch(columns, {{u"next"_s}})));
    QVERIFY(d.finish());
    QCOMPARE(contents(m_path), QByteArray("{\"t\":\"next\"}\n"));
}

void tst_NdjsonDestination::ddlShowsTheShape()
{
    NdjsonDestination d(m_path);
    QCOMPARE(
        d.ddl(spec(QString(),
                   {column(u"id"_s, ColumnType::Int64, false), column(u"a \"b\""_s, ColumnType::String),
                    column(u"ok"_s, ColumnType::Bool), column(u"p"_s, ColumnType::Decimal)})),
        uR"({"id": <integer>, "a \"b\"": "<string>"|null, "ok": true|false|null, "p": "<decimal>"|null})"_s);
}

void tst_NdjsonDestination::replaceKeepsOldFileUntilFinish()
{
    const TargetSpec s = spec(QString(), kv, WriteMode::Replace);
    QCOMPARE(writeRun(*std::make_unique<NdjsonDestination>(m_path), s, kvRows(1, 1, u"old"_s)), QString());
    NdjsonDestination d(m_path);
    QVERIFY(d.begin(s, u"r2"_s, false));
    QVERIFY(d.write(makeBatch(kv, kvRows(1, 2, u"new"_s))));
    QVERIFY(d.commit("c"));
    QCOMPARE(contents(m_path), QByteArray("{\"id\":1,\"name\":\"old1\"}\n"));
    QVERIFY(d.finish());
    QCOMPARE(contents(m_path), QByteArray("{\"id\":1,\"name\":\"new1\"}\n{\"id\":2,\"name\":\"new2\"}\n"));
}

void tst_NdjsonDestination::appendToExistingFile()
{
    // Other key order and spacing, no final newline.
    QVERIFY(writeFile(m_path, "{ \"name\": \"zero\", \"id\": 0 }"));
    NdjsonDestination d(m_path);
    const TargetSpec s = spec(QString(), kv, WriteMode::Append);
    QCOMPARE(writeRun(d, s, kvRows(1, 2)), QString());
    QCOMPARE(writeRun(d, s, kvRows(3, 3), u"r2"_s), QString());
    QCOMPARE(readBack(d).rows, describeRows(kv, {{qint64(0), u"zero"_s}}) + kvExpected(1, 3));
}

void tst_NdjsonDestination::appendKeyMismatch_data()
{
    QTest::addColumn<QByteArray>("existing");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing key") << QByteArray("{\"id\":1}\n") << u"missing name"_s;
    QTest::newRow("extra key") << QByteArray("{\"id\":1,\"name\":\"a\",\"x\":2}\n")
                               << u"not in the target: x"_s;
    QTest::newRow("not json") << QByteArray("id,name\n1,a\n") << u"not a JSON object"_s;
}

void tst_NdjsonDestination::appendKeyMismatch()
{
    QFETCH(QByteArray, existing);
    QFETCH(QString, expected);
    QVERIFY(writeFile(m_path, existing));
    NdjsonDestination d(m_path);
    auto begun = d.begin(spec(QString(), kv, WriteMode::Append), u"r"_s, false);
    QVERIFY(!begun);
    QVERIFY2(begun.error().contains(m_path) && begun.error().contains(expected), qPrintable(begun.error()));
    QCOMPARE(contents(m_path), existing);
}

void tst_NdjsonDestination::readBackOtherWriters()
{
    // JSON as other programs write it: spacing, key order, escapes, surrogate pairs, numbers
    // for decimals, strings for numbers, blank lines, unknown keys, missing keys.
    const QList<TargetColumn> columns = {
        column(u"id"_s, ColumnType::Int64), column(u"name"_s, ColumnType::String),
        column(u"price"_s, ColumnType::Decimal), column(u"r"_s, ColumnType::Double),
        column(u"at"_s, ColumnType::Timestamp)};
    QVERIFY(writeFile(m_path,
                      "{\"id\": 1 , \"name\":\"\\u00e9\\ud834\\udd1e\\/\\\"\" ,\"price\":12.50,\"r\":1E2,"
                      "\"at\":\"2024-01-01T10:00:00+02:00\"}\r\n"
                      "\n   \n"
                      "{\"extra\":{\"nested\":[1]},\"r\":\"-Infinity\",\"id\":\"7\"}\n"));
    NdjsonDestination d(m_path);
    QCOMPARE(writeRun(d, spec(QString(), columns, WriteMode::Append), {}), QString());
    const ReadBack back = readBack(d);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QVERIFY(back.badRecords.isEmpty());
    QCOMPARE(back.rows, describeRows(columns, {{qint64(1), u"é𝄞/\""_s, u"12.50"_s, 100.0,
                                                micros(u"2024-01-01T08:00:00Z"_s)},
                                               {qint64(7), QVariant(), QVariant(),
                                                -std::numeric_limits<double>::infinity(), QVariant()}}));
}

void tst_NdjsonDestination::readBackQuarantinesBadRecords()
{
    QVERIFY(writeFile(
        m_path,
        "{\"id\":1,\"name\":\"a\"}\n{\"id\":1.5,\"name\":\"b\"}\n[1,2]\n{\"id\":3,\"name\":{\"x\":1}}\n"
        "{\"id\":4,\"name\":\"tail\"} x\n{\"id\":5,\"name\":\"e\"}\n"));
    NdjsonDestination d(m_path);
    QCOMPARE(writeRun(d, spec(QString(), kv, WriteMode::Append), {}), QString());
    const ReadBack back = readBack(d, 2);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QCOMPARE(back.rows, describeRows(kv, {{qint64(1), u"a"_s}, {qint64(5), u"e"_s}}));
    QCOMPARE(back.badRecords.size(), 4);
    QCOMPARE(back.badRecords[0].line, 2);
    QCOMPARE(back.badRecords[0].column, u"id"_s);
    QCOMPARE(back.badRecords[1].line, 3);
    QCOMPARE(back.badRecords[2].column, u"name"_s);
    QVERIFY2(back.badRecords[2].reason.contains(u"nested"_s), qPrintable(back.badRecords[2].reason));
    QCOMPARE(back.badRecords[3].raw, QByteArray("{\"id\":4,\"name\":\"tail\"} x"));
}

void tst_NdjsonDestination::resumeAfterInterruption_data()
{
    QTest::addColumn<WriteMode>("mode");
    QTest::newRow("replace") << WriteMode::Replace;
    QTest::newRow("append") << WriteMode::Append;
}

void tst_NdjsonDestination::resumeAfterInterruption()
{
    QFETCH(WriteMode, mode);
    const TargetSpec s = spec(QString(), kv, mode);
    QCOMPARE(writeRun(*std::make_unique<NdjsonDestination>(m_path), s, kvRows(100, 100, u"old"_s), u"r0"_s),
             QString());
    {
        NdjsonDestination d(m_path);
        QVERIFY(d.begin(s, u"r1"_s, false));
        QVERIFY(d.write(makeBatch(kv, kvRows(1, 2))));
        QVERIFY(d.commit("after 2"));
        QVERIFY(d.write(makeBatch(kv, kvRows(3, 150000)))); // beyond the buffer: reaches the file
    }
    QFile partial(NdjsonDestination::partialPath(m_path));
    QVERIFY(partial.open(QIODevice::Append));
    partial.write("{\"id\":3,\"na"); // torn write
    partial.close();
    NdjsonDestination d(m_path);
    auto resumed = d.begin(s, u"r1"_s, true);
    QVERIFY2(resumed, qPrintable(resumed.error()));
    QCOMPARE(*resumed, QByteArray("after 2"));
    QVERIFY(d.write(makeBatch(kv, kvRows(3, 4))));
    QVERIFY(d.finish());
    const QStringList old = mode == WriteMode::Append ? kvExpected(100, 100, u"old"_s) : QStringList();
    const ReadBack back = readBack(d);
    QVERIFY(back.badRecords.isEmpty());
    QCOMPARE(back.rows, old + kvExpected(1, 4));
}

void tst_NdjsonDestination::resumeInOtherModeFails()
{
    {
        NdjsonDestination d(m_path);
        QVERIFY(d.begin(spec(QString(), kv, WriteMode::Append), u"r1"_s, false));
        QVERIFY(d.commit("c"));
    }
    NdjsonDestination d(m_path);
    auto resumed = d.begin(spec(QString(), kv, WriteMode::Replace), u"r1"_s, true);
    QVERIFY(!resumed);
    QVERIFY2(resumed.error().contains(u"append mode"_s), qPrintable(resumed.error()));
}

void tst_NdjsonDestination::upsertIsRejected()
{
    NdjsonDestination d(m_path);
    auto begun = d.begin(spec(QString(), kv, WriteMode::Upsert, {u"id"_s}), u"r"_s, false);
    QVERIFY(!begun);
    QVERIFY2(begun.error().contains(u"NDJSON files cannot be upserted"_s), qPrintable(begun.error()));
}

void tst_NdjsonDestination::readOnlyDirectory()
{
#if defined(Q_OS_LINUX)
    const QString dir = m_dir.filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + u"/out.jsonl"_s;
    QString error;
    {
        ReadOnlyDirectory locked(dir);
        NdjsonDestination d(path);
        auto begun = d.begin(spec(QString(), kv), u"r"_s, false);
        QVERIFY(!begun);
        error = begun.error();
    }
    QVERIFY2(error.contains(path) && error.contains(u"Permission denied"_s), qPrintable(error));
#else
    QSKIP("needs POSIX permissions");
#endif
}

void tst_NdjsonDestination::writeFailureIsAnError()
{
#if defined(Q_OS_LINUX)
    NdjsonDestination d(m_path);
    QVERIFY(d.begin(spec(QString(), kv), u"r"_s, false));
    QString error;
    {
        FileSizeLimit limit(512 * 1024);
        Status done = d.write(makeBatch(kv, kvRows(1, 200000)));
        if (done)
            done = d.commit("c");
        QVERIFY(!done);
        error = done.error();
    }
    QVERIFY2(error.contains(m_path) && error.contains(u"File too large"_s), qPrintable(error));
    d.abort();
#else
    QSKIP("needs RLIMIT_FSIZE");
#endif
}

QTEST_GUILESS_MAIN(tst_NdjsonDestination)
#include "tst_ndjsondestination.moc"
