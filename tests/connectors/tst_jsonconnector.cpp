#include "connectors/connectorregistry.h"
#include "connectors/json/jsonconnector.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace miq;

namespace {

const QString Null = QStringLiteral("<null>");

QString dataPath(const char *name)
{
    return QStringLiteral(MIQ_TEST_DATA_DIR "/json/") + QLatin1String(name);
}

// "a|b|c" -> {"a", "b", "c"}: keeps the data tables readable without ASCII casts.
QStringList cells(const char *text)
{
    if (!*text)
        return {};
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

QList<QStringList> rows(std::initializer_list<const char *> lines)
{
    QList<QStringList> result;
    for (const char *line : lines)
        result << cells(line);
    return result;
}

// "format=array;records=data.items" -> settings values.
QVariantMap values(const char *text)
{
    QVariantMap map;
    for (const QString &pair : QString::fromUtf8(text).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        map.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return map;
}

ConnectionSettings settingsFor(const QString &path, const QVariantMap &extra = {})
{
    ConnectionSettings settings;
    settings.sourceName = QStringLiteral("Test");
    settings.values = extra;
    settings.values.insert(QStringLiteral("path"), path);
    return settings;
}

struct ReadResult
{
    bool opened = false;
    QStringList columns;
    QList<QStringList> rows;
    QList<BadRecord> bad;
    QString error;
    QList<qint64> batchSizes;
    QList<qint64> firstRecords;
    qint64 bytesRead = -1;
    qint64 totalBytes = -1;
};

ReadResult readAll(const ConnectionSettings &settings, const ReadOptions &options = {})
{
    ReadResult result;
    JsonConnector connector(settings);
    Result<std::unique_ptr<StreamReader>> opened = connector.openStream(QString(), options);
    if (!opened) {
        result.error = opened.error();
        return result;
    }
    result.opened = true;
    StreamReader &reader = **opened;
    for (const Field &field : *reader.schema())
        result.columns << field.name;
    RecordBatch batch;
    for (int guard = 0; guard < 1000000; ++guard) {
        const Result<bool> more = reader.next(batch);
        result.bad += reader.takeBadRecords();
        if (!more) {
            result.error = more.error();
            break;
        }
        if (batch.rowCount > 0) {
            result.batchSizes << batch.rowCount;
            result.firstRecords << batch.firstRecord;
        }
        for (qint64 r = 0; r < batch.rowCount; ++r) {
            QStringList row;
            for (const Column &column : batch.columns)
                row << (column.isNull(r) ? Null : column.displayText(r));
            result.rows << row;
        }
        if (!*more)
            break;
    }
    result.bytesRead = reader.bytesRead();
    result.totalBytes = reader.totalBytes();
    return result;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QCOMPARE(file.write(content), content.size());
}

// NDJSON or array text of `count` records {"i": k, "s": "v<k>"}.
QByteArray generated(int count, bool array)
{
    QByteArray text = array ? "[\n" : "";
    for (int k = 0; k < count; ++k) {
        text += "{\"i\": " + QByteArray::number(k) + ", \"s\": \"v" + QByteArray::number(k) + "\"}";
        text += array && k + 1 < count ? ",\n" : "\n";
    }
    if (array)
        text += "]\n";
    return text;
}

} // namespace

class TestJsonConnector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data();
    void read();
    void errors_data();
    void errors();
    void badRecords_data();
    void badRecords();
    void badRecordRawIsBounded();
    void syntaxErrors_data();
    void syntaxErrors();
    void discover_data();
    void discover();
    void checkConnection();
    void lateKeyBeyondDiscoverSample();
    void batches_data();
    void batches();
    void limitRows_data();
    void limitRows();
    void cancel();
    void progress();
    void largeRecordAcrossBuffers();
    void lineNumbersAcrossBuffers();
    void boundedMemory();
    void registry();
};

void TestJsonConnector::read_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QVariantMap>("settings");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<qint64>>("badLines");
    QTest::addColumn<QString>("error"); // a part of the error that ends the stream, if any

    // name, file, settings, columns, rows, lines of bad records, part of the error ending the stream
    const auto add = [](const char *name, const char *file, const char *settings, const char *columns,
                        std::initializer_list<const char *> expected, QList<qint64> badLines = {},
                        const char *error = "") {
        QTest::newRow(name) << dataPath(file) << values(settings) << cells(columns) << rows(expected) << badLines
                            << QString::fromUtf8(error);
    };
    add("array", "array.json", "", "id|name|score|active",
        {"1|Ada|12.50|true", "2|Grace|-3e2|false", "3|Linus|0|<null>"});
    add("array, format set", "array.json", "format=array", "id|name|score|active",
        {"1|Ada|12.50|true", "2|Grace|-3e2|false", "3|Linus|0|<null>"});
    add("ndjson with blank lines", "orders.ndjson", "", "order|item|qty",
        {"1001|pen|2", "1002|ink|10", "1003|paper|500"});
    add("ndjson detected in .json", "lines.json", "", "id|v", {"1|x", "2|y"});
    add("ndjson crlf", "crlf.ndjson", "", "a|b", {"1|x", "2|y"});
    add("nested flattening", "nested.json", "", "id|customer.name|customer.address.city|customer.address.zip|meta",
        {"1|Ada|London|NW1|<null>", "2|Grace|Arlington|<null>|{}"});
    add("flatten depth 1", "nested.json", "flatten_depth=1", "id|customer.name|customer.address|meta",
        {"1|Ada|{\"city\":\"London\",\"zip\":\"NW1\"}|<null>", "2|Grace|{\"city\":\"Arlington\"}|{}"});
    add("flatten depth 0", "nested.json", "flatten_depth=0", "id|customer|meta",
        {"1|{\"name\":\"Ada\",\"address\":{\"city\":\"London\",\"zip\":\"NW1\"}}|<null>",
         "2|{\"name\":\"Grace\",\"address\":{\"city\":\"Arlington\"}}|{}"});
    add("arrays as json text", "arrays.json", "", "id|tags|matrix",
        {"1|[\"a\",\"b c\",\"d\\\"e\"]|[[1,2],[3,4]]", "2|[]|[{\"x\":null,\"y\":true}]"});
    add("null vs missing", "nullmissing.ndjson", "", "a|b|c", {"1|<null>|x", "2|<null>|", "<null>|y|<null>"});
    add("unicode escapes", "unicode.json", "", "text|emoji|raw|escapes",
        {"café|😀|naïve 東京|tab\there \"q\" back\\slash / nl\nend", "Été|lone \xEF\xBF\xBD high||\b\f\r"});
    add("key only in a late record", "latekey.ndjson", "", "a|late", {"1|<null>", "2|<null>", "3|here", "4|<null>"});
    add("utf-8 bom", "bom.json", "", "name|n", {"bom|1"});
    add("utf-16 bom", "utf16.json", "", "name|n", {"café|2"});
    add("utf-16 without bom", "utf16be.json", "", "name|n", {"über|3"});
    add("malformed ndjson continues", "malformed.ndjson", "", "id|name", {"1|ok", "2|ok too", "4|after bad", "9|last"},
        {3, 5, 6, 7, 8});
    add("non-object array element", "nonobject.json", "", "a", {"1", "3"}, {3});
    add("truncated array keeps earlier rows", "truncated.json", "", "id|name", {"1|first", "2|second"}, {},
        "at line 4, column 16");
    add("empty file", "empty.json", "", "", {});
    add("empty array", "emptyarray.json", "", "", {});
    add("records path", "wrapper.json", "records=data.items", "sku|price|stock.warehouse",
        {"A-1|9.99|<null>", "B-2|19.5|4"});
    add("records path, format array", "wrapper.json", "records=data.items;format=array",
        "sku|price|stock.warehouse", {"A-1|9.99|<null>", "B-2|19.5|4"});
    add("pretty-printed documents", "document.json", "", "id|title|owner.name",
        {"1|pretty printed|Ada", "2|second document|<null>"});
    add("repeated key: last wins", "duplicate.json", "", "a|b.c", {"2|nested"});
}

void TestJsonConnector::read()
{
    QFETCH(QString, path);
    QFETCH(QVariantMap, settings);
    QFETCH(QStringList, columns);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<qint64>, badLines);
    QFETCH(QString, error);

    const ReadResult result = readAll(settingsFor(path, settings));
    QVERIFY2(result.opened, qPrintable(result.error));
    QCOMPARE(result.columns, columns);
    QCOMPARE(result.rows.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(result.rows.at(i), rows.at(i));
    QList<qint64> lines;
    for (const BadRecord &bad : result.bad)
        lines << bad.line;
    QCOMPARE(lines, badLines);
    if (error.isEmpty())
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    else
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
}

void TestJsonConnector::errors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QVariantMap>("settings");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("rowsBefore");

    const auto add = [](const char *name, const QString &path, const char *settings, const QString &message,
                        int rowsBefore = 0) {
        QTest::newRow(name) << path << values(settings) << message << rowsBefore;
    };
    const auto invalid = [](const char *file, const char *where) {
        return QStringLiteral("Invalid JSON in '%1' (source 'Test') at %2").arg(QLatin1String(file), QString::fromUtf8(where));
    };
    const auto noRecords = [](const char *file, const char *cause) {
        return QStringLiteral("Cannot read records from '%1' (source 'Test'): %2")
            .arg(QLatin1String(file), QString::fromUtf8(cause));
    };
    const QString missing = dataPath("no-such-file.json");
    add("missing file", missing, "",
        QStringLiteral("Cannot open '%1' (source 'Test'): No such file or directory").arg(missing));
    add("folder instead of file", QStringLiteral(MIQ_TEST_DATA_DIR "/json"), "",
        QStringLiteral("Cannot open '" MIQ_TEST_DATA_DIR "/json' (source 'Test'): it is a folder, not a file"));
    add("missing comma", dataPath("missingcomma.json"), "",
        invalid("missingcomma.json", "line 4, column 5: missing comma"), 1);
    add("truncated array", dataPath("truncated.json"), "",
        invalid("truncated.json", "line 4, column 16: line break inside a string (is a closing quote missing?)"), 2);
    add("text after the array", dataPath("trailing.json"), "",
        invalid("trailing.json", "line 1, column 12: unexpected text after the end of the array"), 1);
    add("scalar file", dataPath("scalar.json"), "",
        invalid("scalar.json", "line 1, column 3: expected '[' starting an array of records but found '4'"));
    add("object with format array", dataPath("document.json"), "format=array",
        invalid("document.json", "line 1, column 1: expected '[' starting an array of records but found '{'"));
    add("nesting too deep", dataPath("deep.json"), "",
        invalid("deep.json", "line 1, column 519: values are nested more than 512 levels deep"));
    add("records path not found", dataPath("wrapper.json"), "records=data.rows",
        noRecords("wrapper.json", "there is no 'data.rows' in the file (check the records path)"));
    add("records path not an array", dataPath("notarray.json"), "records=data.items",
        noRecords("notarray.json", "'data.items' holds a JSON string, not an array of records"));
    add("records path through a scalar", dataPath("wrapper.json"), "records=meta.count.x",
        noRecords("wrapper.json", "'meta.count' holds a JSON number, not an object"));
    add("records path with ndjson", dataPath("orders.ndjson"), "records=a;format=ndjson",
        QStringLiteral("Source 'Test': a records path applies to a JSON document, not to NDJSON. "
                       "Clear the records path or choose another format."));
    add("bad flatten depth", dataPath("array.json"), "flatten_depth=deep",
        QStringLiteral("Source 'Test': the flatten depth must be a whole number from 0 to 64, not 'deep'."));
}

void TestJsonConnector::errors()
{
    QFETCH(QString, path);
    QFETCH(QVariantMap, settings);
    QFETCH(QString, message);
    QFETCH(int, rowsBefore);

    const ReadResult result = readAll(settingsFor(path, settings));
    QCOMPARE(result.error, message);
    QCOMPARE(result.rows.size(), rowsBefore);

    // discover() reports the same problem when no record can be read at all.
    if (rowsBefore == 0) {
        JsonConnector connector(settingsFor(path, settings));
        const Result<QList<StreamInfo>> streams = connector.discover();
        QVERIFY(!streams);
        QCOMPARE(streams.error(), message);
    }
}

void TestJsonConnector::badRecords_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("recordNumber");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QByteArray>("raw");

    QTest::newRow("missing comma") << 0 << qint64(2) << qint64(3) << QStringLiteral("missing comma (column 10)")
                                   << QByteArray(R"({"id": 3 "name": "missing comma"})");
    QTest::newRow("bare number") << 1 << qint64(4) << qint64(5)
                                 << QStringLiteral("expected a JSON object but found a JSON number") << QByteArray("42");
    QTest::newRow("array line") << 2 << qint64(5) << qint64(6)
                                << QStringLiteral("expected a JSON object but found a JSON array")
                                << QByteArray("[1, 2]");
    QTest::newRow("text after the record") << 3 << qint64(6) << qint64(7)
                                           << QStringLiteral("unexpected text after the record (column 11)")
                                           << QByteArray(R"({"id": 7} trailing)");
    QTest::newRow("unterminated string")
        << 4 << qint64(7) << qint64(8)
        << QStringLiteral("unexpected end of line, expected the closing quote of the string (column 32)")
        << QByteArray(R"({"id": 8, "name": "unterminated)");
}

void TestJsonConnector::badRecords()
{
    QFETCH(int, index);
    QFETCH(qint64, recordNumber);
    QFETCH(qint64, line);
    QFETCH(QString, reason);
    QFETCH(QByteArray, raw);

    const ReadResult result = readAll(settingsFor(dataPath("malformed.ndjson")));
    QCOMPARE(result.bad.size(), 5);
    const BadRecord &bad = result.bad.at(index);
    QCOMPARE(bad.recordNumber, recordNumber);
    QCOMPARE(bad.line, line);
    QCOMPARE(bad.reason, reason);
    QCOMPARE(bad.raw, raw);
    QCOMPARE(bad.location, QStringLiteral("malformed.ndjson"));
}

void TestJsonConnector::badRecordRawIsBounded()
{
    // The first line is sized so that the bad second line crosses the 64 KiB read buffer
    // boundary within its first 4 KiB: the captured bytes must still be exactly the line's.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("long.ndjson"));
    const QByteArray firstLine = "{\"text\": \"" + QByteArray(63523, 'x') + "\"}\n";
    QCOMPARE(firstLine.size(), 65536 - 2000);
    const QByteArray longLine = "{\"text\": \"" + QByteArray(10000, 'y') + "\" \"oops\": 1}";
    writeFile(path, firstLine + longLine + "\n{\"text\": \"after\"}\n");

    const ReadResult result = readAll(settingsFor(path));
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).at(0).size(), 63523);
    QCOMPARE(result.rows.at(1), cells("after"));
    QCOMPARE(result.bad.size(), 1);
    QCOMPARE(result.bad.at(0).line, 2);
    QCOMPARE(result.bad.at(0).raw.size(), 4096);
    QCOMPARE(result.bad.at(0).raw, longLine.left(4096));
    QCOMPARE(result.bad.at(0).reason, QStringLiteral("missing comma (column 10013)"));
}

void TestJsonConnector::syntaxErrors_data()
{
    // One NDJSON line between two good ones; the reason the line is rejected, or empty when the
    // line is a good record after all.
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("reason");

    QTest::newRow("leading zero") << QByteArray(R"({"a": 01})")
                                  << QStringLiteral("numbers must not have leading zeros (column 8)");
    QTest::newRow("lone minus") << QByteArray(R"({"a": -})") << QStringLiteral("expected a digit but found '}' (column 8)");
    QTest::newRow("dot without digits")
        << QByteArray(R"({"a": 1.})") << QStringLiteral("expected a digit after the decimal point but found '}' (column 9)");
    QTest::newRow("exponent without digits")
        << QByteArray(R"({"a": 1e+})") << QStringLiteral("expected a digit in the exponent but found '}' (column 10)");
    QTest::newRow("bad literal") << QByteArray(R"({"a": tru})") << QStringLiteral("expected 'true' but found '}' (column 10)");
    QTest::newRow("bad escape") << QByteArray(R"({"a": "\x"})")
                                << QStringLiteral(R"(expected an escape sequence (\" \\ \/ \b \f \n \r \t or \u) but found 'x' (column 9))");
    QTest::newRow("bad unicode escape") << QByteArray(R"({"a": "\u12G4"})")
                                        << QStringLiteral(R"(expected four hex digits after \u but found 'G' (column 12))");
    QTest::newRow("unquoted key") << QByteArray("{a: 1}") << QStringLiteral("expected a string key but found 'a' (column 2)");
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})")
                                   << QStringLiteral("expected ':' after the key but found '1' (column 6)");
    QTest::newRow("trailing comma") << QByteArray(R"({"a": 1,})")
                                    << QStringLiteral("expected a string key but found '}' (column 9)");
    QTest::newRow("control character") << QByteArray("{\"a\": \"x\x01y\"}")
                                       << QStringLiteral("control character 0x01 inside a string must be escaped (column 9)");
    QTest::newRow("non-ASCII where a value is due")
        << QByteArray(R"({"a": é})") << QStringLiteral("expected a value but found a non-ASCII character (column 7)");
    QTest::newRow("column counts characters")
        << QByteArray(R"({"é": "ü" "x": 1})") << QStringLiteral("missing comma (column 11)");
    QTest::newRow("nesting too deep") << "{\"a\": " + QByteArray(600, '[') + QByteArray(600, ']') + "}"
                                      << QStringLiteral("values are nested more than 512 levels deep (column 518)");
    QTest::newRow("raw tab in a string is accepted") << QByteArray("{\"ok\": \"a\tb\"}") << QString();
    QTest::newRow("surrounding spaces are accepted") << QByteArray(" \t {\"ok\": 1} \t ") << QString();
}

void TestJsonConnector::syntaxErrors()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("case.ndjson"));
    writeFile(path, "{\"ok\": \"first\"}\n" + line + "\n{\"ok\": \"last\"}\n");

    const ReadResult result = readAll(settingsFor(path));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.rows.first(), cells("first"));
    QCOMPARE(result.rows.last(), cells("last"));
    if (reason.isEmpty()) {
        QCOMPARE(result.rows.size(), 3);
        QVERIFY(result.bad.isEmpty());
        return;
    }
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.bad.size(), 1);
    QCOMPARE(result.bad.at(0).line, 2);
    QCOMPARE(result.bad.at(0).reason, reason);
    QCOMPARE(result.bad.at(0).raw, line.trimmed());
}

void TestJsonConnector::discover_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QVariantMap>("settings");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<int>("records");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("nativeTypes");

    QTest::newRow("ndjson, mixed types") << dataPath("mixed.ndjson") << QVariantMap() << QStringLiteral("NDJSON") << 3
                                         << cells("id|value|flag|note|list|nested.k")
                                         << cells("number|mixed|boolean|null|array|string");
    QTest::newRow("array") << dataPath("array.json") << QVariantMap() << QStringLiteral("JSON array") << 3
                           << cells("id|name|score|active") << cells("number|string|number|boolean");
    QTest::newRow("records path") << dataPath("wrapper.json") << values("records=data.items")
                                  << QStringLiteral("JSON array at 'data.items'") << 2
                                  << cells("sku|price|stock.warehouse") << cells("string|number|number");
    QTest::newRow("utf-16") << dataPath("utf16.json") << QVariantMap() << QStringLiteral("JSON array, UTF-16LE") << 1
                            << cells("name|n") << cells("string|number");
    QTest::newRow("documents") << dataPath("document.json") << QVariantMap() << QStringLiteral("JSON objects") << 2
                               << cells("id|title|owner.name") << cells("number|string|string");
    QTest::newRow("empty file") << dataPath("empty.json") << QVariantMap() << QStringLiteral("empty file") << 0
                                << QStringList() << QStringList();
}

void TestJsonConnector::discover()
{
    QFETCH(QString, path);
    QFETCH(QVariantMap, settings);
    QFETCH(QString, layout);
    QFETCH(int, records);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, nativeTypes);

    JsonConnector connector(settingsFor(path, settings));
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY2(streams.ok(), qPrintable(streams.error()));
    QCOMPARE(streams->size(), 1);
    const StreamInfo &info = streams->first();
    QCOMPARE(info.name, QFileInfo(path).completeBaseName());
    QCOMPARE(info.kind, StreamInfo::Kind::File);
    QCOMPARE(info.sizeBytes.value_or(-1), QFileInfo(path).size());
    QCOMPARE(info.rowEstimate.value_or(-1), records);
    QCOMPARE(info.detail, layout + QStringLiteral(", ")
                              + QCoreApplication::translate("miq::JsonConnector", "%Ln record(s) sampled", nullptr, records));
    QStringList names;
    QStringList types;
    for (const ColumnInfo &column : info.columns) {
        names << column.name;
        types << column.nativeType;
        QCOMPARE(column.type, ColumnType::String);
    }
    QCOMPARE(names, columns);
    QCOMPARE(types, nativeTypes);

    // The stream discovered is the stream that opens.
    QVERIFY(connector.openStream(info.name, {}).ok());
    QVERIFY(!connector.openStream(QStringLiteral("other"), {}).ok());
}

void TestJsonConnector::checkConnection()
{
    JsonConnector ndjson(settingsFor(dataPath("mixed.ndjson")));
    const Result<QString> summary = ndjson.checkConnection();
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(*summary, QCoreApplication::translate("miq::JsonConnector", "%n column(s), %1", nullptr, 6)
                           .arg(QStringLiteral("NDJSON")));

    JsonConnector broken(settingsFor(dataPath("scalar.json")));
    QVERIFY(!broken.checkConnection().ok());

    JsonConnector malformed(settingsFor(dataPath("malformed.ndjson")));
    const Result<QList<StreamInfo>> sampled = malformed.discover();
    QVERIFY(sampled.ok());
    QCOMPARE(sampled->first().detail,
             QStringLiteral("NDJSON, ")
                 + QCoreApplication::translate("miq::JsonConnector", "%Ln record(s) sampled", nullptr, 4)
                 + QStringLiteral(", ")
                 + QCoreApplication::translate("miq::JsonConnector", "%Ln bad record(s)", nullptr, 5));

    // A truncated file still connects (its first records are usable) but says where it breaks.
    JsonConnector truncated(settingsFor(dataPath("truncated.json")));
    const Result<QList<StreamInfo>> streams = truncated.discover();
    QVERIFY(streams.ok());
    QVERIFY2(streams->first().detail.endsWith(QStringLiteral("invalid JSON at line 4")), qPrintable(streams->first().detail));
}

void TestJsonConnector::lateKeyBeyondDiscoverSample()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("late.ndjson"));
    QByteArray text;
    for (int k = 0; k < 1500; ++k)
        text += k == 1400 ? QByteArray("{\"i\": 1400, \"late\": \"here\"}\n")
                          : QByteArray("{\"i\": " + QByteArray::number(k) + "}\n");
    writeFile(path, text);

    JsonConnector connector(settingsFor(path));
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY(streams.ok());
    QCOMPARE(streams->first().columns.size(), 1); // only the sample was looked at
    QVERIFY(qAbs(streams->first().rowEstimate.value_or(0) - 1500) < 150);

    const ReadResult result = readAll(settingsFor(path));
    QCOMPARE(result.columns, cells("i|late"));
    QCOMPARE(result.rows.size(), 1500);
    QCOMPARE(result.rows.at(1400), cells("1400|here"));
    QCOMPARE(result.rows.at(1399), cells("1399|<null>"));
    QVERIFY(result.bad.isEmpty());
}

void TestJsonConnector::batches_data()
{
    QTest::addColumn<bool>("array");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("batchRows");
    QTest::addColumn<QList<qint64>>("batchSizes");

    QTest::newRow("ndjson, 25 rows in batches of 10") << false << 25 << 10 << QList<qint64>{10, 10, 5};
    QTest::newRow("array, 25 rows in batches of 10") << true << 25 << 10 << QList<qint64>{10, 10, 5};
    QTest::newRow("exact multiple") << false << 20 << 5 << QList<qint64>{5, 5, 5, 5};
    QTest::newRow("one row per batch") << true << 3 << 1 << QList<qint64>{1, 1, 1};
    QTest::newRow("batch larger than file") << false << 7 << 8192 << QList<qint64>{7};
}

void TestJsonConnector::batches()
{
    QFETCH(bool, array);
    QFETCH(int, records);
    QFETCH(int, batchRows);
    QFETCH(QList<qint64>, batchSizes);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(array ? QStringLiteral("g.json") : QStringLiteral("g.ndjson"));
    writeFile(path, generated(records, array));

    ReadOptions options;
    options.batchRows = batchRows;
    const ReadResult result = readAll(settingsFor(path), options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.batchSizes, batchSizes);
    QList<qint64> firstRecords;
    qint64 first = 0;
    for (qint64 size : batchSizes) {
        firstRecords << first;
        first += size;
    }
    QCOMPARE(result.firstRecords, firstRecords);
    QCOMPARE(result.rows.size(), records);
    for (int k = 0; k < records; ++k)
        QCOMPARE(result.rows.at(k), (QStringList{QString::number(k), QStringLiteral("v%1").arg(k)}));
}

void TestJsonConnector::limitRows_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<int>("batchRows");
    QTest::addColumn<QList<qint64>>("batchSizes");

    QTest::newRow("limit 0") << qint64(0) << 100 << QList<qint64>();
    QTest::newRow("limit 3") << qint64(3) << 100 << QList<qint64>{3};
    QTest::newRow("limit across batches") << qint64(12) << 5 << QList<qint64>{5, 5, 2};
    QTest::newRow("limit beyond the file") << qint64(1000) << 100 << QList<qint64>{30};
}

void TestJsonConnector::limitRows()
{
    QFETCH(qint64, limit);
    QFETCH(int, batchRows);
    QFETCH(QList<qint64>, batchSizes);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("g.ndjson"));
    writeFile(path, generated(30, false));

    ReadOptions options;
    options.limitRows = limit;
    options.batchRows = batchRows;
    const ReadResult result = readAll(settingsFor(path), options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.columns, cells("i|s")); // even with a limit of 0
    QCOMPARE(result.batchSizes, batchSizes);
    if (!result.rows.isEmpty())
        QCOMPARE(result.rows.last().first(), QString::number(result.rows.size() - 1));
}

void TestJsonConnector::cancel()
{
    std::atomic_bool cancelled = false;
    ReadOptions options;
    options.batchRows = 1;
    options.cancel = &cancelled;

    JsonConnector connector(settingsFor(dataPath("array.json")));
    Result<std::unique_ptr<StreamReader>> reader = connector.openStream(QString(), options);
    QVERIFY(reader.ok());
    RecordBatch batch;
    const Result<bool> first = (*reader)->next(batch);
    QVERIFY(first.ok() && *first);
    QCOMPARE(batch.rowCount, 1);

    cancelled = true;
    const Result<bool> second = (*reader)->next(batch);
    QVERIFY(!second.ok());
    QCOMPARE(second.error(), QStringLiteral("Reading 'array.json' (source 'Test') was cancelled."));

    // Cancelled before opening: the column pass stops too.
    QVERIFY(!connector.openStream(QString(), options).ok());
}

void TestJsonConnector::progress()
{
    const QString path = dataPath("orders.ndjson");
    JsonConnector connector(settingsFor(path));
    Result<std::unique_ptr<StreamReader>> reader = connector.openStream(QString(), {});
    QVERIFY(reader.ok());
    QCOMPARE((*reader)->totalBytes(), QFileInfo(path).size());
    QCOMPARE((*reader)->bytesRead(), 0);
    RecordBatch batch;
    while (true) {
        const Result<bool> more = (*reader)->next(batch);
        QVERIFY(more.ok());
        if (!*more)
            break;
    }
    QCOMPARE((*reader)->bytesRead(), QFileInfo(path).size());
}

void TestJsonConnector::largeRecordAcrossBuffers()
{
    // A record much larger than the 64 KiB read buffer, with escapes and multi-byte characters
    // falling on buffer boundaries, and thousands of keys.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QByteArray bigJson;
    QByteArray bigText;
    for (int k = 0; k < 40000; ++k) {
        bigJson += "abc\\u00e9\\\"é\\ud83d\\ude00";
        bigText += "abcé\"é😀";
    }
    QByteArray record = "{\"big\": \"" + bigJson + "\"";
    for (int k = 0; k < 3000; ++k)
        record += ", \"k" + QByteArray::number(k) + "\": " + QByteArray::number(k);
    record += ", \"list\": [" + QByteArray(200000, '1') + "]}";
    writeFile(path, "[" + record + ", {\"big\": \"small\"}]");

    JsonConnector connector(settingsFor(path));
    Result<std::unique_ptr<StreamReader>> reader = connector.openStream(QString(), {});
    QVERIFY2(reader.ok(), qPrintable(reader.error()));
    QCOMPARE((*reader)->schema()->size(), std::size_t(3002));
    RecordBatch batch;
    const Result<bool> more = (*reader)->next(batch);
    QVERIFY2(more.ok(), qPrintable(more.error()));
    QCOMPARE(batch.rowCount, 2);
    QCOMPARE(batch.columns[0].text(0), std::string_view(bigText.constData(), std::size_t(bigText.size())));
    QCOMPARE(batch.columns[2999].displayText(0), QStringLiteral("2998"));
    QCOMPARE(batch.columns[3001].text(0).size(), std::size_t(200002));
    QCOMPARE(batch.columns[0].displayText(1), QStringLiteral("small"));
    QVERIFY(batch.columns[1].isNull(1));
}

void TestJsonConnector::lineNumbersAcrossBuffers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("many.ndjson"));
    QByteArray text = generated(100000, false);
    const QByteArray badLine = "{\"i\": 77777 \"s\": \"bad\"}\n";
    const qsizetype at = text.indexOf("{\"i\": 77776,");
    QVERIFY(at > 0);
    text.replace(at, text.indexOf('\n', at) + 1 - at, badLine);
    writeFile(path, text);

    const ReadResult result = readAll(settingsFor(path));
    QCOMPARE(result.rows.size(), 99999);
    QCOMPARE(result.bad.size(), 1);
    QCOMPARE(result.bad.at(0).line, 77777);
    QCOMPARE(result.bad.at(0).recordNumber, 77776);
    QCOMPARE(result.bad.at(0).raw, badLine.chopped(1));
    QCOMPARE(result.rows.last(), cells("99999|v99999"));
}

void TestJsonConnector::boundedMemory()
{
#ifdef Q_OS_LINUX
    // A file far larger than what reading it may use: loading it whole would show in the peak
    // resident size. 64 MiB of records, read with the default batch size.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("large.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[");
        const QByteArray filler(400, 'z');
        qint64 written = 0;
        for (int k = 0; written < 64 * 1024 * 1024; ++k) {
            const QByteArray rec = (k ? ",\n" : "\n") + QByteArray("{\"id\": ") + QByteArray::number(k)
                                   + ", \"nested\": {\"text\": \"" + filler + "\"}, \"tags\": [1, 2, 3]}";
            written += file.write(rec);
        }
        file.write("\n]\n");
    }
    rusage before{};
    getrusage(RUSAGE_SELF, &before);

    JsonConnector connector(settingsFor(path));
    Result<std::unique_ptr<StreamReader>> reader = connector.openStream(QString(), {});
    QVERIFY(reader.ok());
    RecordBatch batch;
    qint64 rowCount = 0;
    while (true) {
        const Result<bool> more = (*reader)->next(batch);
        QVERIFY2(more.ok(), qPrintable(more.error()));
        if (!*more)
            break;
        rowCount += batch.rowCount;
    }
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    QVERIFY(rowCount > 100000);
    const long grownKiB = after.ru_maxrss - before.ru_maxrss;
    QVERIFY2(grownKiB < 24 * 1024, qPrintable(QStringLiteral("peak memory grew by %1 KiB").arg(grownKiB)));
#else
    QSKIP("peak resident size is measured on Linux only");
#endif
}

void TestJsonConnector::registry()
{
    ConnectorRegistry registry;
    registry.add(JsonConnector::spec(), [](const ConnectionSettings &s) { return std::make_unique<JsonConnector>(s); });

    const ConnectorSpec *spec = registry.spec(QStringLiteral("json"));
    QVERIFY(spec);
    QCOMPARE(spec->fileSuffixes, cells("json|ndjson|jsonl"));
    QVERIFY(spec->field(QStringLiteral("path"))->required);
    QCOMPARE(spec->field(QStringLiteral("format"))->choices, cells("auto|array|ndjson"));
    QVERIFY(spec->field(QStringLiteral("records")));
    QCOMPARE(spec->field(QStringLiteral("flatten_depth"))->kind, ConfigField::Kind::Integer);
    QVERIFY(spec->secretKeys().isEmpty());

    const auto forFile = registry.settingsForFile(dataPath("orders.ndjson"));
    QVERIFY(forFile.ok());
    QCOMPARE(forFile->first, QStringLiteral("json"));

    QVariantMap bad = values("format=xml;flatten_depth=100");
    bad.insert(QStringLiteral("path"), dataPath("array.json"));
    QCOMPARE(registry.validate(QStringLiteral("json"), bad, {}).size(), 2);

    // Created through the registry, the connector reads the file by its suffix alone.
    Result<std::unique_ptr<Connector>> connector = registry.create(forFile->first, forFile->second);
    QVERIFY2(connector.ok(), qPrintable(connector.error()));
    const Result<QString> summary = (*connector)->checkConnection();
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QVERIFY(summary->endsWith(QStringLiteral(", NDJSON")));
}

QTEST_GUILESS_MAIN(TestJsonConnector)
#include "tst_jsonconnector.moc"
