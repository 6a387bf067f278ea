#include "engine/sync/batchconverter.h"
#include "engine/sync/syncplanner.h"
#include "engine/sync/typeinference.h"

#include "connectors/csv/csvconnector.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace miq;

Q_DECLARE_METATYPE(miq::ColumnType)

namespace {

// One text column; a null QString is a null cell, an empty one an empty text.
Column makeTextColumn(const QStringList &values)
{
    Column column(ColumnType::String);
    for (const QString &value : values) {
        if (value.isNull()) {
            column.appendNull();
        } else {
            const QByteArray utf8 = value.toUtf8();
            column.appendText(std::string_view(utf8.constData(), std::size_t(utf8.size())));
        }
    }
    return column;
}

RecordBatch singleColumnBatch(const QStringList &values)
{
    RecordBatch batch;
    batch.reset(std::make_shared<const Schema>(Schema{Field{QStringLiteral("c"), ColumnType::String}}));
    batch.columns[0] = makeTextColumn(values);
    batch.rowCount = values.size();
    return batch;
}

QString describe(const TargetColumn &c)
{
    return QStringLiteral("%1 %2(%3,%4)%5")
        .arg(c.name, columnTypeName(c.type))
        .arg(c.precision)
        .arg(c.scale)
        .arg(c.nullable ? QStringLiteral(" null") : QString());
}

// A small RFC 4180 reader, independent of the CSV connector: quoted fields, doubled quotes,
// delimiters and newlines inside quotes.
QList<QList<QByteArray>> splitCsv(const QByteArray &data)
{
    QList<QList<QByteArray>> records;
    QList<QByteArray> record;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (quoted) {
            if (c == '"' && i + 1 < data.size() && data[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            record << field;
            field.clear();
        } else if (c == '\n') {
            record << field;
            field.clear();
            records << record;
            record.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record << field;
        records << record;
    }
    return records;
}

} // namespace

class TestTypeInference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textColumn_data();
    void textColumn();
    void typedColumnsKeepTheirType();
    void manyBatchesAndColumns();
    void benchmarkDataset();
    void inferredInPartsLikeInOnePass_data();
    void inferredInPartsLikeInOnePass();
};

void TestTypeInference::textColumn_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<ColumnType>("type");
    QTest::addColumn<int>("precision");
    QTest::addColumn<int>("scale");
    QTest::addColumn<bool>("nullable");

    const auto T = [](std::initializer_list<const char *> values) {
        QStringList list;
        for (const char *v : values)
            list << (v ? QString::fromUtf8(v) : QString());
        return list;
    };

    QTest::newRow("integers") << T({"1", "-2", "+3", "0"}) << ColumnType::Int64 << 0 << 0 << false;
    QTest::newRow("integers with empty and null")
        << T({"1", "", nullptr, "2"}) << ColumnType::Int64 << 0 << 0 << true;
    QTest::newRow("int64 extremes") << T({"9223372036854775807", "-9223372036854775808"}) << ColumnType::Int64
                                    << 0 << 0 << false;
    QTest::newRow("pure 0/1 is an integer") << T({"0", "1", "1"}) << ColumnType::Int64 << 0 << 0 << false;
    QTest::newRow("bool words") << T({"true", "False", "YES", "no", "t", "F", "y", "N"}) << ColumnType::Bool
                                << 0 << 0 << false;
    QTest::newRow("bool words with 0/1")
        << T({"true", "0", "1", "no"}) << ColumnType::Bool << 0 << 0 << false;
    QTest::newRow("bool words with 0/1 word last")
        << T({"0", "1", "1", "Y"}) << ColumnType::Bool << 0 << 0 << false;
    QTest::newRow("bool words and 2") << T({"true", "2"}) << ColumnType::String << 4 << 0 << false;
    QTest::newRow("leading zeros stay text")
        << T({"00123", "12345"}) << ColumnType::String << 5 << 0 << false;
    QTest::newRow("int64 overflow is decimal")
        << T({"9223372036854775808", "1"}) << ColumnType::Decimal << 19 << 0 << false;
    QTest::newRow("decimal") << T({"12.50", "-3.1", "100"}) << ColumnType::Decimal << 5 << 2 << false;
    QTest::newRow("decimal below one")
        << T({"0.5", ".25", "-0.125"}) << ColumnType::Decimal << 3 << 3 << false;
    QTest::newRow("decimal 38 digits")
        << T({"12345678901234567890123456789012345678"}) << ColumnType::Decimal << 38 << 0 << false;
    QTest::newRow("39 digits is double")
        << T({"123456789012345678901234567890123456789"}) << ColumnType::Double << 0 << 0 << false;
    QTest::newRow("digits over 38 together is double")
        << T({"1234567890123456789012345678901234567", "0.12"}) << ColumnType::Double << 0 << 0 << false;
    QTest::newRow("money stays text") << T({"$12.50", "3.00"}) << ColumnType::String << 6 << 0 << false;
    QTest::newRow("thousands separators stay text")
        << T({"1,000", "2"}) << ColumnType::String << 5 << 0 << false;
    QTest::newRow("exponent is double") << T({"1e5", "2.5", "3"}) << ColumnType::Double << 0 << 0 << false;
    QTest::newRow("nan and inf with numbers")
        << T({"1.5", "NaN", "-inf"}) << ColumnType::Double << 0 << 0 << false;
    QTest::newRow("nan alone is text") << T({"NaN", "nan"}) << ColumnType::String << 3 << 0 << false;
    QTest::newRow("dates") << T({"2024-02-29", "1999-12-31", ""}) << ColumnType::Date << 0 << 0 << true;
    QTest::newRow("invalid leap day is text")
        << T({"2023-02-29", "2024-01-01"}) << ColumnType::String << 10 << 0 << false;
    QTest::newRow("US date is text") << T({"2024-01-01", "01/02/2024"}) << ColumnType::String << 10 << 0
                                     << false;
    QTest::newRow("timestamps of mixed forms")
        << T({"2024-01-01 10:00:00", "2024-01-01T10:00:00Z", "2024-01-01 10:00:00.123+02:00"})
        << ColumnType::Timestamp << 0 << 0 << false;
    QTest::newRow("dates and timestamps")
        << T({"2024-01-01", "2024-01-02 10:00:00"}) << ColumnType::Timestamp << 0 << 0 << false;
    QTest::newRow("length in code points")
        << T({"é", "日本語", "ab"}) << ColumnType::String << 3 << 0 << false;
    QTest::newRow("spaces make text") << T({" 1", "2"}) << ColumnType::String << 2 << 0 << false;
    QTest::newRow("all empty") << T({"", "", nullptr}) << ColumnType::String << 0 << 0 << true;
    QTest::newRow("no rows") << QStringList() << ColumnType::String << 0 << 0 << true;
}

void TestTypeInference::textColumn()
{
    QFETCH(QStringList, values);
    QFETCH(ColumnType, type);
    QFETCH(int, precision);
    QFETCH(int, scale);
    QFETCH(bool, nullable);

    const Schema schema{Field{QStringLiteral("c"), ColumnType::String}};
    TypeInference whole(schema);
    whole.add(singleColumnBatch(values));
    const QList<TargetColumn> result = whole.result();
    QCOMPARE(result.size(), 1);
    QCOMPARE(result[0].name, QStringLiteral("c"));
    QCOMPARE(columnTypeName(result[0].type), columnTypeName(type));
    QCOMPARE(result[0].precision, precision);
    QCOMPARE(result[0].scale, scale);
    QCOMPARE(result[0].nullable, nullable);
    QCOMPARE(whole.rows(), qint64(values.size()));

    // Any split into two chunks, inferred apart and merged, gives the one-pass result.
    for (qsizetype split = 0; split <= values.size(); ++split) {
        TypeInference first(schema);
        TypeInference second(schema);
        first.add(singleColumnBatch(values.mid(0, split)));
        second.add(singleColumnBatch(values.mid(split)));
        second.merge(first);
        QCOMPARE(describe(second.result()[0]), describe(result[0]));
        QCOMPARE(second.rows(), whole.rows());
    }
}

void TestTypeInference::typedColumnsKeepTheirType()
{
    const Schema schema{
        Field{QStringLiteral("i"), ColumnType::Int64}, Field{QStringLiteral("d"), ColumnType::Double},
        Field{QStringLiteral("n"), ColumnType::Decimal}, Field{QStringLiteral("t"), ColumnType::Timestamp},
        Field{QStringLiteral("wide"), ColumnType::Decimal}};
    RecordBatch batch;
    batch.reset(std::make_shared<const Schema>(schema));
    batch.columns[0].appendInt(1);
    batch.columns[0].appendNull();
    batch.columns[1].appendDouble(0.5);
    batch.columns[1].appendDouble(2);
    batch.columns[2].appendText("12.345");
    batch.columns[2].appendText("-1234.5");
    batch.columns[3].appendInt(0);
    batch.columns[3].appendNull();
    batch.columns[4].appendText("1.5");
    batch.columns[4].appendText("NaN"); // PostgreSQL NUMERIC holds NaN: only an unbounded decimal does
    batch.rowCount = 2;

    TypeInference inference(schema);
    inference.add(batch);
    const QList<TargetColumn> result = inference.result();
    QCOMPARE(result.size(), 5);
    QCOMPARE(describe(result[0]), QStringLiteral("i integer(0,0) null"));
    QCOMPARE(describe(result[1]), QStringLiteral("d double(0,0)"));
    QCOMPARE(describe(result[2]), QStringLiteral("n decimal(7,3)"));
    QCOMPARE(describe(result[3]), QStringLiteral("t timestamp(0,0) null"));
    QCOMPARE(describe(result[4]), QStringLiteral("wide decimal(0,0)"));
}

void TestTypeInference::manyBatchesAndColumns()
{
    const Schema schema{Field{QStringLiteral("id"), ColumnType::String},
                        Field{QStringLiteral("when"), ColumnType::String}};
    TypeInference inference(schema);
    for (int b = 0; b < 10; ++b) {
        RecordBatch batch;
        batch.reset(std::make_shared<const Schema>(schema));
        QStringList ids;
        QStringList whens;
        for (int r = 0; r < 100; ++r) {
            ids << QString::number(b * 100 + r);
            whens << (r == 50 && b == 9 ? QStringLiteral("2024-05-01T10:00:00Z")
                                        : QStringLiteral("2024-05-01"));
        }
        batch.columns[0] = makeTextColumn(ids);
        batch.columns[1] = makeTextColumn(whens);
        batch.rowCount = 100;
        inference.add(batch);
    }
    QCOMPARE(inference.rows(), qint64(1000));
    const QList<TargetColumn> result = inference.result();
    QCOMPARE(describe(result[0]), QStringLiteral("id integer(0,0)"));
    // One timestamp in the last batch makes the whole column a timestamp.
    QCOMPARE(describe(result[1]), QStringLiteral("when timestamp(0,0)"));
}

void TestTypeInference::benchmarkDataset()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QString generator = QDir(QStringLiteral(MIQ_TEST_DATA_DIR "/../../../shared"))
                                  .absoluteFilePath(QStringLiteral("gen_dataset.py"));
    if (python.isEmpty() || !QFile::exists(generator))
        QSKIP("python3 or ../shared/gen_dataset.py is not available");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csvPath = dir.filePath(QStringLiteral("customers.csv"));
    QProcess process;
    process.start(python, {generator, QStringLiteral("2000"), QStringLiteral("7"), csvPath});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QList<QByteArray>> records = splitCsv(file.readAll());
    QCOMPARE(records.size(), 2001);

    Schema schema;
    for (const QByteArray &name : records[0])
        schema.push_back(Field{QString::fromUtf8(name), ColumnType::String});
    const auto column = [&](const char *name) {
        for (std::size_t i = 0; i < schema.size(); ++i) {
            if (schema[i].name == QLatin1String(name))
                return qsizetype(i);
        }
        return qsizetype(-1);
    };
    QCOMPARE(schema.size(), std::size_t(12));

    // Four chunks inferred apart and merged, like the parallel path, in batches of 250 rows.
    const auto shared = std::make_shared<const Schema>(schema);
    std::vector<RecordBatch> batches;
    TypeInference merged(schema);
    for (qsizetype first = 1; first < records.size(); first += 250) {
        RecordBatch batch;
        batch.reset(shared);
        batch.firstRecord = first - 1;
        for (qsizetype r = first; r < std::min(first + 250, records.size()); ++r) {
            QCOMPARE(records[r].size(), qsizetype(schema.size()));
            for (std::size_t c = 0; c < schema.size(); ++c) {
                const QByteArray &v = records[r][qsizetype(c)];
                batch.columns[c].appendText(std::string_view(v.constData(), std::size_t(v.size())));
            }
            ++batch.rowCount;
        }
        TypeInference chunk(schema);
        chunk.add(batch);
        merged.merge(chunk);
        batches.push_back(std::move(batch));
    }
    QCOMPARE(merged.rows(), qint64(2000));
    const QList<TargetColumn> types = merged.result();
    const auto typeOf = [&](const char *name) {
        return types[column(name)];
    };

    QCOMPARE(typeOf("id").type, ColumnType::Int64);
    QVERIFY(!typeOf("id").nullable); // the generator never leaves id empty
    QCOMPARE(typeOf("quantity").type, ColumnType::Int64);
    QCOMPARE(typeOf("email").type, ColumnType::String);
    QCOMPARE(typeOf("full_name").type, ColumnType::String);
    QCOMPARE(typeOf("country").type, ColumnType::String);
    QCOMPARE(typeOf("country").precision, 2);
    QCOMPARE(typeOf("plan").type, ColumnType::String);
    QCOMPARE(typeOf("phone").type, ColumnType::String);
    QCOMPARE(typeOf("notes").type, ColumnType::String);
    // is_active holds true/false/yes/no/TRUE/False/Y/N and 1/0: the word forms are there, so by the
    // 0/1 rule the 1/0 values are booleans too and the whole column is Bool.
    QCOMPARE(typeOf("is_active").type, ColumnType::Bool);

    // Independent checks of what the file holds, with regular expressions (test code only).
    QSet<QByteArray> loginForms;
    bool malformedDate = false;
    int amountIntegerDigits = 0;
    const QRegularExpression isoDate(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])-\\d{2}$"));
    const QRegularExpression login(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}([ T])\\d{2}:\\d{2}:\\d{2}(Z?)$"));
    const QRegularExpression amount(QStringLiteral("^-?(\\d+)\\.\\d{2}$"));
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QString date = QString::fromUtf8(records[r][column("signup_date")]);
        if (!date.isEmpty() && !isoDate.match(date).hasMatch())
            malformedDate = true;
        const QString ts = QString::fromUtf8(records[r][column("last_login")]);
        if (!ts.isEmpty()) {
            const auto m = login.match(ts);
            QVERIFY2(m.hasMatch(), qPrintable(ts));
            loginForms.insert((m.captured(1) + m.captured(2)).toLatin1());
        }
        const QString a = QString::fromUtf8(records[r][column("amount")]);
        if (!a.isEmpty()) {
            const auto m = amount.match(a);
            QVERIFY2(m.hasMatch(), qPrintable(a));
            amountIntegerDigits = std::max(amountIntegerDigits, int(m.captured(1).size()));
        }
    }
    // signup_date has US/EU orders, month 13 and N/A among ISO dates: no type but String holds it.
    QVERIFY(malformedDate);
    QCOMPARE(typeOf("signup_date").type, ColumnType::String);
    QCOMPARE(typeOf("signup_date").precision, 10);
    // last_login mixes "YYYY-MM-DD HH:MM:SS" with "YYYY-MM-DDTHH:MM:SSZ": still one Timestamp column.
    QVERIFY(loginForms.contains(" ") && loginForms.contains("TZ"));
    QCOMPARE(typeOf("last_login").type, ColumnType::Timestamp);
    QCOMPARE(typeOf("amount").type, ColumnType::Decimal);
    QCOMPARE(typeOf("amount").scale, 2);
    QCOMPARE(typeOf("amount").precision, amountIntegerDigits + 2);
    for (const TargetColumn &c : types)
        QCOMPARE(c.nullable, c.name != QLatin1String("id"));

    // Inference and conversion use the same parsers: every row converts without a bad value.
    auto converter = BatchConverter::create(schema, types, JobMapping(), QByteArray("salt"),
                                            QStringLiteral("run"), QDateTime::currentDateTimeUtc());
    QVERIFY2(converter.ok(), qPrintable(converter.error()));
    qint64 written = 0;
    QList<BadRecord> bad;
    RecordBatch out;
    for (const RecordBatch &batch : batches)
        written += converter->convert(batch, out, bad);
    QCOMPARE(bad.size(), 0);
    QCOMPARE(written, qint64(2000));
}

void TestTypeInference::inferredInPartsLikeInOnePass_data()
{
    QTest::addColumn<QByteArray>("csv");
    // About 20 MB, so that the CSV connector splits it in parts of at least 8 MiB.
    QByteArray mixed = "id,note,amount,day\n";
    for (int i = 0; mixed.size() < 20'000'000; ++i) {
        mixed += QByteArray::number(i) + ',';
        mixed += i % 7 == 0 ? QByteArray("\"two\nlines\"") : "note " + QByteArray::number(i);
        // The last rows hold the widest amount and the only empty day: the parts must merge.
        mixed += ',' + (mixed.size() > 19'990'000 ? QByteArray("123456.125") : QByteArray::number(i % 100));
        mixed += ',' + (mixed.size() > 19'999'000 ? QByteArray() : QByteArray("2024-02-29")) + '\n';
    }
    QTest::newRow("split at record boundaries") << mixed;
    QByteArray longField = "id,note\n";
    while (longField.size() < 9'000'000)
        longField += "1,7\n";
    longField += "2,\"";
    while (longField.size() < 11'000'000)
        longField += "inside a quoted field\n";
    longField += "\"\n";
    while (longField.size() < 20'000'000)
        longField += "3,8\n";
    QTest::newRow("a quoted field across the split point") << longField;
    // A stray quote misleads the choice of the split point: the file is read whole instead.
    QByteArray stray = "id,note\n1,five\"inch\n";
    while (stray.size() < 20'000'000)
        stray += "2,\"quoted\nacross lines\"\n";
    QTest::newRow("stray quote: read whole") << stray;
}

void TestTypeInference::inferredInPartsLikeInOnePass()
{
    QFETCH(QByteArray, csv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size());
    file.close();
    ConnectionSettings settings;
    settings.sourceName = QStringLiteral("Data");
    settings.values.insert(QStringLiteral("path"), path);
    CsvConnector connector(settings);

    auto reader = connector.openStream(QString(), {});
    QVERIFY(reader.ok());
    TypeInference onePass(*(*reader)->schema());
    RecordBatch batch;
    for (;;) {
        auto more = (*reader)->next(batch);
        QVERIFY(more.ok());
        onePass.add(batch);
        if (!*more)
            break;
    }
    qint64 lastBytes = 0;
    auto inferred = SyncPlanner::inferTypes(connector, QString(), {}, [&](qint64 bytesRead, qint64 bytesTotal) {
        lastBytes = bytesRead;
        return bytesTotal == csv.size();
    });
    QVERIFY2(inferred.ok(), qPrintable(inferred.error()));
    QCOMPARE(inferred->rows, onePass.rows());
    QStringList expected, actual;
    for (const TargetColumn &c : onePass.result())
        expected << describe(c);
    for (const TargetColumn &c : inferred->columns)
        actual << describe(c);
    QCOMPARE(actual, expected);
    QVERIFY(lastBytes > 0 && lastBytes <= csv.size());
}

QTEST_GUILESS_MAIN(TestTypeInference)
#include "tst_typeinference.moc"
