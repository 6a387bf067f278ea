#include "engine/sync/batchconverter.h"
#include "engine/sync/typeinference.h"

#include <QCryptographicHash>
#include <QTest>
#include <QTimeZone>

using namespace miq;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(miq::ColumnType)

namespace {

// A text batch: '|'-separated column names and rows of '|'-separated cells, "~" for a null cell.
RecordBatch textBatch(const QByteArray &header, const QByteArrayList &rows, qint64 firstRecord = 0)
{
    auto schema = std::make_shared<Schema>();
    for (const QByteArray &name : header.split('|'))
        schema->push_back(Field{QString::fromUtf8(name), ColumnType::String});
    RecordBatch batch;
    batch.reset(schema);
    batch.firstRecord = firstRecord;
    for (const QByteArray &row : rows) {
        const QByteArrayList cells = row.split('|');
        for (std::size_t c = 0; c < schema->size(); ++c) {
            if (cells[qsizetype(c)] == "~")
                batch.columns[c].appendNull();
            else
                batch.columns[c].appendText(cells[qsizetype(c)].toStdString());
        }
        ++batch.rowCount;
    }
    return batch;
}

QList<TargetColumn> infer(const RecordBatch &batch)
{
    TypeInference inference(*batch.schema);
    inference.add(batch);
    return inference.result();
}

// The converted cells of a column, for comparisons: null, text, integer (also bool, date,
// timestamp) or double.
QVariantList columnValues(const RecordBatch &batch, std::size_t column)
{
    QVariantList values;
    const Column &c = batch.columns[column];
    for (qint64 row = 0; row < batch.rowCount; ++row) {
        if (c.isNull(row))
            values << QVariant();
        else if (c.isText())
            values << QString::fromUtf8(c.text(row).data(), qsizetype(c.text(row).size()));
        else if (c.type() == ColumnType::Double)
            values << c.doubleValue(row);
        else
            values << qint64(c.intValue(row));
    }
    return values;
}

// The rows as '|'-separated display texts, "~" for a null cell.
QStringList shownRows(const RecordBatch &batch)
{
    QStringList rows;
    for (qint64 row = 0; row < batch.rowCount; ++row) {
        QStringList cells;
        for (const Column &c : batch.columns)
            cells << (c.isNull(row) ? u"~"_s : c.displayText(row));
        rows << cells.join(u'|');
    }
    return rows;
}

ColumnMapping map(const QString &source, const QString &target = QString())
{
    ColumnMapping m;
    m.source = source;
    m.target = target;
    return m;
}

const QDateTime loadedAt(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::utc());

Result<BatchConverter> create(const RecordBatch &batch, const JobMapping &mapping,
                              const QList<TargetColumn> &inferred)
{
    return BatchConverter::create(*batch.schema, inferred, mapping, QByteArray("pepper"), u"run-7"_s,
                                  loadedAt);
}

Result<BatchConverter> create(const RecordBatch &batch, const JobMapping &mapping = JobMapping())
{
    return create(batch, mapping, infer(batch));
}

} // namespace

class TestBatchConverter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultMapping();
    void renameExcludeReorder();
    void cast_data();
    void cast();
    void refusedCast_data();
    void refusedCast();
    void badValueQuarantinesTheRow();
    void precisionLimits();
    void constants_data();
    void constants();
    void invalidConstant();
    void masks();
    void metadataColumns();
    void mappingErrors_data();
    void mappingErrors();
    void typedSource();
    void outputBatchIsReused();
};

void TestBatchConverter::defaultMapping()
{
    const RecordBatch in =
        textBatch("id|price|day|at|ok|name",
                  {"1|+5.50|2024-02-29|2024-02-29T12:00:00+01:00|yes|~", "-2|-0.0|~|2024-03-01 00:00:00|0|"});
    auto converter = create(in);
    QVERIFY2(converter.ok(), qPrintable(converter.error()));
    const QList<TargetColumn> &columns = converter->targetColumns();
    QCOMPARE(columns.size(), 6);
    QCOMPARE(converter->targetSchema()->size(), std::size_t(6));
    QCOMPARE(columns[1].type, ColumnType::Decimal);
    QCOMPARE(columns[1].precision, 3);
    QCOMPARE(columns[1].scale, 2);

    RecordBatch out;
    QList<BadRecord> bad;
    QCOMPARE(converter->convert(in, out, bad), qint64(2));
    QVERIFY(bad.isEmpty());
    QCOMPARE(out.rowCount, qint64(2));
    // Text is copied as it is: null stays null (~), an empty text stays empty.
    QCOMPARE(shownRows(out), QStringList({u"1|5.50|2024-02-29|2024-02-29T11:00:00.000+00:00|true|~"_s,
                                          u"-2|0.0|~|2024-03-01T00:00:00.000+00:00|false|"_s}));
}

void TestBatchConverter::renameExcludeReorder()
{
    const RecordBatch in = textBatch("a|b|c", {"1|x|2.5", "2|y|3"});
    JobMapping mapping;
    ColumnMapping excluded = map(u"a"_s);
    excluded.include = false;
    mapping.columns = {map(u"c"_s, u"amount"_s), excluded, map(u"b"_s)};
    auto converter = create(in, mapping);
    QVERIFY2(converter.ok(), qPrintable(converter.error()));
    const QList<TargetColumn> &columns = converter->targetColumns();
    QCOMPARE(columns.size(), 2);
    QCOMPARE(columns[0].name, u"amount"_s);
    QCOMPARE(columns[0].type, ColumnType::Decimal);
    QCOMPARE(columns[1].name, u"b"_s);
    QCOMPARE(converter->targetSchema()->at(0).name, u"amount"_s);

    RecordBatch out;
    QList<BadRecord> bad;
    QCOMPARE(converter->convert(in, out, bad), qint64(2));
    QCOMPARE(shownRows(out), QStringList({u"2.5|x"_s, u"3|y"_s}));
}

// One cast case: source values and the expected target cells as display texts, '|'-separated,
// "!" where the row is quarantined, with the reason of the first quarantined row.
void addCast(const char *name, const char *values, ColumnType inferred, ColumnType cast, const char *expected,
             const char *reason = "")
{
    QTest::newRow(name) << QString::fromUtf8(values).split(u'|') << inferred << cast
                        << QString::fromUtf8(expected).split(u'|') << QString::fromUtf8(reason);
}

void TestBatchConverter::cast_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<ColumnType>("inferred");
    QTest::addColumn<ColumnType>("cast");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("reason");

    using T = ColumnType;
    addCast("int to decimal", "1|-2", T::Int64, T::Decimal, "1|-2");
    addCast("int to double", "1|-2", T::Int64, T::Double, "1|-2");
    addCast("0/1 to bool", "0|1", T::Int64, T::Bool, "false|true");
    addCast("int to bool quarantines 2", "0|2", T::Int64, T::Bool, "false|!",
            "value '2' is not a boolean (true/false, yes/no, t/f, y/n, 1/0)");
    addCast("bool words to int", "yes|No|1", T::Bool, T::Int64, "1|0|1");
    addCast("decimal to int", "12.00|3|2.50", T::Decimal, T::Int64, "12|3|!",
            "value '2.50' is not an integer");
    addCast("decimal to double", "12.25|-3", T::Decimal, T::Double, "12.25|-3");
    addCast("double to decimal", "1e3|2.5|inf", T::Double, T::Decimal, "1000|2.5|!",
            "value 'inf' is not a decimal number (at most 38 digits, no exponent)");
    addCast("double to int", "1e3|2.5", T::Double, T::Int64, "1000|!", "value '2.5' is not an integer");
    addCast("date to timestamp", "2024-01-02", T::Date, T::Timestamp, "2024-01-02T00:00:00.000+00:00");
    addCast("text to int", "abc|5", T::String, T::Int64, "!|5", "value 'abc' is not an integer");
    addCast("zip codes to int", "00123|x", T::String, T::Int64, "!|!",
            "value '00123' is not an integer (it has leading zeros)");
    addCast("int overflow", "99999999999999999999|x", T::String, T::Int64, "!|!",
            "value '99999999999999999999' is outside the integer range");
    addCast("text to date", "2023-02-29|2024-02-29", T::String, T::Date, "!|2024-02-29",
            "value '2023-02-29' is not a valid date (YYYY-MM-DD)");
    addCast("text to timestamp", "soon|1970-01-01 00:00:01Z", T::String, T::Timestamp,
            "!|1970-01-01T00:00:01.000+00:00", "value 'soon' is not a valid timestamp (YYYY-MM-DD HH:MM:SS)");
    addCast("text to double", "1,5|NaN x", T::String, T::Double, "!|!", "value '1,5' is not a number");
    addCast("decimal keeps its original text as string", "1.50|+2", T::Decimal, T::String, "1.50|+2");
    addCast("bool keeps its original text as string", "Yes|n", T::Bool, T::String, "Yes|n");
}

void TestBatchConverter::cast()
{
    QFETCH(QStringList, values);
    QFETCH(ColumnType, inferred);
    QFETCH(ColumnType, cast);
    QFETCH(QStringList, expected);
    QFETCH(QString, reason);

    const RecordBatch in = textBatch("v", values.join(u'|').toUtf8().split('|'), 1000);
    const QList<TargetColumn> types = infer(in);
    QCOMPARE(columnTypeName(types[0].type), columnTypeName(inferred));
    JobMapping mapping;
    ColumnMapping m = map(u"v"_s);
    m.cast = cast;
    mapping.columns = {m};
    auto converter = create(in, mapping, types);
    QVERIFY2(converter.ok(), qPrintable(converter.error()));
    QCOMPARE(converter->targetColumns()[0].type, cast);

    RecordBatch out;
    QList<BadRecord> bad;
    const qint64 written = converter->convert(in, out, bad);
    QStringList passed;
    QList<qint64> quarantined;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (expected[i] == u"!")
            quarantined << 1000 + i;
        else
            passed << expected[i];
    }
    QCOMPARE(written, qint64(passed.size()));
    QCOMPARE(shownRows(out), passed);
    QCOMPARE(bad.size(), quarantined.size());
    for (qsizetype i = 0; i < bad.size(); ++i) {
        QCOMPARE(bad[i].recordNumber, quarantined[i]);
        QCOMPARE(bad[i].column, u"v"_s);
    }
    if (!bad.isEmpty())
        QCOMPARE(bad[0].reason, reason);
}

void TestBatchConverter::refusedCast_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<ColumnType>("cast");

    QTest::newRow("date to bool") << u"2024-01-01"_s << ColumnType::Bool;
    QTest::newRow("date to int") << u"2024-01-01"_s << ColumnType::Int64;
    QTest::newRow("timestamp to date") << u"2024-01-01 10:00:00"_s << ColumnType::Date;
    QTest::newRow("bool to date") << u"yes"_s << ColumnType::Date;
    QTest::newRow("bool to decimal") << u"yes"_s << ColumnType::Decimal;
    QTest::newRow("double to bool") << u"1e5"_s << ColumnType::Bool;
    QTest::newRow("int to timestamp") << u"17"_s << ColumnType::Timestamp;
}

void TestBatchConverter::refusedCast()
{
    QFETCH(QString, value);
    QFETCH(ColumnType, cast);
    const RecordBatch in = textBatch("born", {value.toUtf8()});
    JobMapping mapping;
    ColumnMapping m = map(u"born"_s);
    m.cast = cast;
    mapping.columns = {m};
    auto converter = create(in, mapping);
    QVERIFY(!converter.ok());
    QVERIFY2(converter.error().contains(u"'born'"_s), qPrintable(converter.error()));
    QVERIFY2(converter.error().contains(columnTypeName(cast)), qPrintable(converter.error()));
}

void TestBatchConverter::badValueQuarantinesTheRow()
{
    // Inferred on clean data, then a batch where row 1 has a bad date, row 2 a bad quantity and
    // row 3 a bad quantity AND a bad date: those rows are left out, the others pass in order.
    const RecordBatch clean = textBatch("note|qty|day", {"a note of 20 chars..|1|2024-01-01"});
    JobMapping mapping;
    mapping.columns = {map(u"note"_s), map(u"qty"_s, u"quantity"_s), map(u"day"_s)};
    auto converter = create(clean, mapping);
    QVERIFY2(converter.ok(), qPrintable(converter.error()));

    const RecordBatch in = textBatch("note|qty|day",
                                     {"first|1|~", "second|2|2024-02-30", "say \"hi\", bye|abc|2024-01-03",
                                      "~|x|2024-13-01", "last|5|2024-01-05"},
                                     500);
    RecordBatch out;
    QList<BadRecord> bad;
    QCOMPARE(converter->convert(in, out, bad), qint64(2));
    QCOMPARE(shownRows(out), QStringList({u"first|1|~"_s, u"last|5|2024-01-05"_s}));
    for (const Column &c : out.columns)
        QCOMPARE(c.size(), qint64(2));

    QCOMPARE(bad.size(), 3); // in record order, though found column by column
    QCOMPARE(bad[0].recordNumber, qint64(501));
    QCOMPARE(bad[0].column, u"day"_s);
    QCOMPARE(bad[0].reason, u"value '2024-02-30' is not a valid date (YYYY-MM-DD)"_s);
    QCOMPARE(bad[1].recordNumber, qint64(502));
    QCOMPARE(bad[1].column, u"quantity"_s); // the target name
    QCOMPARE(bad[1].reason, u"value 'abc' is not an integer"_s);
    QCOMPARE(bad[1].raw, QByteArray("\"say \"\"hi\"\", bye\",abc,2024-01-03"));
    QCOMPARE(bad[2].recordNumber, qint64(503));
    QCOMPARE(bad[2].column, u"quantity"_s); // the first failing column of the row
    QCOMPARE(bad[2].raw, QByteArray(",x,2024-13-01"));
}

void TestBatchConverter::precisionLimits()
{
    // Inferred on one batch, a later batch has values that do not fit the sizes.
    const RecordBatch first = textBatch("code|price", {"abc|12.5"});
    auto converter = create(first);
    QVERIFY2(converter.ok(), qPrintable(converter.error()));
    QCOMPARE(converter->targetColumns()[0].precision, 3);
    QCOMPARE(converter->targetColumns()[1].precision, 3);
    QCOMPARE(converter->targetColumns()[1].scale, 1);

    const RecordBatch later = textBatch("code|price", {"日本語|99.9", "abcd|1", "ab|1.25", "ab|123"});
    RecordBatch out;
    QList<BadRecord> bad;
    QCOMPARE(converter->convert(later, out, bad), qint64(1));
    QCOMPARE(shownRows(out), QStringList({u"日本語|99.9"_s})); // 3 code points, 9 bytes
    QCOMPARE(bad.size(), 3);
    QCOMPARE(bad[0].reason, u"value 'abcd' is longer than 3 characters"_s);
    QCOMPARE(bad[1].reason, u"value '1.25' does not fit decimal(3,1)"_s);
    QCOMPARE(bad[2].reason, u"value '123' does not fit decimal(3,1)"_s);
}

void TestBatchConverter::constants_data()
{
    QTest::addColumn<QString>("constant");
    QTest::addColumn<bool>("hasCast");
    QTest::addColumn<ColumnType>("cast");
    QTest::addColumn<QVariant>("expected");
    QTest::addColumn<int>("precision");
    QTest::addColumn<bool>("nullable");

    const auto row = [](const char *name, const char *constant, std::optional<ColumnType> cast,
                        const QVariant &expected, int precision, bool nullable) {
        QTest::newRow(name) << QString::fromUtf8(constant) << cast.has_value()
                            << cast.value_or(ColumnType::String) << expected << precision << nullable;
    };
    row("text", "crm", std::nullopt, u"crm"_s, 3, false);
    row("integer", "42", ColumnType::Int64, qint64(42), 0, false);
    row("decimal", "+1.50", ColumnType::Decimal, u"1.50"_s, 3, false);
    row("date", "2024-02-29", ColumnType::Date, QDate(1970, 1, 1).daysTo(QDate(2024, 2, 29)), 0, false);
    row("bool", "Yes", ColumnType::Bool, qint64(1), 0, false);
    row("empty integer is null", "", ColumnType::Int64, QVariant(), 0, true);
}

void TestBatchConverter::constants()
{
    QFETCH(QString, constant);
    QFETCH(bool, hasCast);
    QFETCH(ColumnType, cast);
    QFETCH(QVariant, expected);
    QFETCH(int, precision);
    QFETCH(bool, nullable);

    const RecordBatch in = textBatch("a", {"1", "2"});
    JobMapping mapping;
    ColumnMapping c;
    c.target = u"k"_s;
    c.constant = constant;
    if (hasCast)
        c.cast = cast;
    mapping.columns = {map(u"a"_s), c};
    auto converter = create(in, mapping);
    QVERIFY2(converter.ok(), qPrintable(converter.error()));
    const TargetColumn &target = converter->targetColumns()[1];
    QCOMPARE(target.name, u"k"_s);
    QCOMPARE(target.type, cast);
    QCOMPARE(target.precision, precision);
    QCOMPARE(target.nullable, nullable);
    RecordBatch out;
    QList<BadRecord> bad;
    QCOMPARE(converter->convert(in, out, bad), qint64(2));
    QCOMPARE(columnValues(out, 1), QVariantList({expected, expected}));
}

void TestBatchConverter::invalidConstant()
{
    const RecordBatch in = textBatch("a", {"1"});
    JobMapping mapping;
    ColumnMapping c;
    c.target = u"batch_no"_s;
    c.constant = u"abc"_s;
    c.cast = ColumnType::Int64;
    mapping.columns = {c};
    auto converter = create(in, mapping);
    QVERIFY(!converter.ok());
    QVERIFY2(converter.error().contains(u"'batch_no'"_s), qPrintable(converter.error()));
    QVERIFY2(converter.error().contains(u"'abc'"_s), qPrintable(converter.error()));

    c.target.clear();
    mapping.columns = {c};
    QVERIFY(!create(in, mapping).ok());
}

void TestBatchConverter::masks()
{
    const RecordBatch in = textBatch("email|ssn|age", {"ann@x.org|123-45|41", "~||n/a", "|~|7"});
    QList<TargetColumn> types = infer(in);
    JobMapping mapping;
    ColumnMapping email = map(u"email"_s);
    email.mask = ColumnMapping::Mask::Hash;
    ColumnMapping ssn = map(u"ssn"_s);
    ssn.mask = ColumnMapping::Mask::Redact;
    ColumnMapping age = map(u"age"_s);
    age.mask = ColumnMapping::Mask::Hash;
    age.cast = ColumnType::Int64; // with a cast, the value must fit before it is hashed
    mapping.columns = {email, ssn, age};
    auto converter = create(in, mapping, types);
    QVERIFY2(converter.ok(), qPrintable(converter.error()));
    for (const TargetColumn &c : converter->targetColumns())
        QCOMPARE(c.type, ColumnType::String);
    QCOMPARE(converter->targetColumns()[0].precision, 64);
    QCOMPARE(converter->targetColumns()[1].precision, 10);

    RecordBatch out;
    QList<BadRecord> bad;
    QCOMPARE(converter->convert(in, out, bad), qint64(2));
    const auto sha = [](const char *value) -> QVariant {
        const QByteArray salted = QByteArray("pepper").append(value);
        return QString::fromLatin1(QCryptographicHash::hash(salted, QCryptographicHash::Sha256).toHex());
    };
    QCOMPARE(columnValues(out, 0), QVariantList({sha("ann@x.org"), u""_s}));
    QCOMPARE(columnValues(out, 1), QVariantList({u"[REDACTED]"_s, QVariant()}));
    QCOMPARE(columnValues(out, 2), QVariantList({sha("41"), sha("7")}));
    QCOMPARE(bad.size(), 1);
    QCOMPARE(bad[0].recordNumber, qint64(1));
    QCOMPARE(bad[0].column, u"age"_s);
    QCOMPARE(bad[0].reason, u"value 'n/a' is not an integer"_s);

    // Without a cast a masked column takes any value: hashing needs no type.
    age.cast.reset();
    mapping.columns = {age};
    converter = create(in, mapping, types);
    QVERIFY2(converter.ok(), qPrintable(converter.error()));
    bad.clear();
    QCOMPARE(converter->convert(in, out, bad), qint64(3));
    QCOMPARE(columnValues(out, 0), QVariantList({sha("41"), sha("n/a"), sha("7")}));
}

void TestBatchConverter::metadataColumns()
{
    const RecordBatch in = textBatch("a", {"1", "2"});
    JobMapping mapping;
    mapping.addRunId = true;
    mapping.addLoadedAt = true;
    auto converter = create(in, mapping);
    QVERIFY2(converter.ok(), qPrintable(converter.error()));
    const QList<TargetColumn> &columns = converter->targetColumns();
    QCOMPARE(columns.size(), 3);
    QCOMPARE(columns[1].name, u"_miq_run_id"_s);
    QCOMPARE(columns[1].type, ColumnType::String);
    QCOMPARE(columns[1].precision, 5);
    QVERIFY(!columns[1].nullable);
    QCOMPARE(columns[2].name, u"_miq_loaded_at"_s);
    QCOMPARE(columns[2].type, ColumnType::Timestamp);
    RecordBatch out;
    QList<BadRecord> bad;
    QCOMPARE(converter->convert(in, out, bad), qint64(2));
    QCOMPARE(shownRows(out), QStringList({u"1|run-7|2025-01-02T03:04:05.000+00:00"_s,
                                          u"2|run-7|2025-01-02T03:04:05.000+00:00"_s}));

    // A mapped column may not take a metadata column's name (names compare case-insensitively).
    mapping.columns = {map(u"a"_s, u"_MIQ_RUN_ID"_s)};
    auto clash = create(in, mapping);
    QVERIFY(!clash.ok());
    QVERIFY2(clash.error().contains(u"_miq_run_id"_s), qPrintable(clash.error()));

    mapping.columns.clear();
    QVERIFY(!BatchConverter::create(*in.schema, infer(in), mapping, QByteArray(), u"r"_s, QDateTime()).ok());
    QVERIFY(!BatchConverter::create(*in.schema, infer(in), mapping, QByteArray(), QString(), loadedAt).ok());
}

// A mapping of two columns: '|'-separated sources and targets, '+' for each included column.
void addMappingError(const char *name, const char *sources, const char *targets, const char *included,
                     const char *named)
{
    QTest::newRow(name) << QString::fromUtf8(sources).split(u'|') << QString::fromUtf8(targets).split(u'|')
                        << QString::fromUtf8(included) << QString::fromUtf8(named);
}

void TestBatchConverter::mappingErrors_data()
{
    QTest::addColumn<QStringList>("sources"); // "" = none
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<QString>("included");
    QTest::addColumn<QString>("named"); // what the message must name

    addMappingError("unknown source", "a|nope", "|", "++", "'nope'");
    addMappingError("unknown excluded source", "a|nope", "|", "+-", "'nope'");
    addMappingError("duplicate target", "a|b", "x|x", "++", "'x'");
    addMappingError("duplicate target in another case", "a|b", "b|B", "++", "'B'");
    addMappingError("no source nor constant", "a|", "|orphan", "++", "'orphan'");
    addMappingError("everything excluded", "a|b", "|", "--", "no column");
}

void TestBatchConverter::mappingErrors()
{
    QFETCH(QStringList, sources);
    QFETCH(QStringList, targets);
    QFETCH(QString, included);
    QFETCH(QString, named);
    const RecordBatch in = textBatch("a|b", {"1|2"});
    JobMapping mapping;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        ColumnMapping m = map(sources[i], targets[i]);
        m.include = included[i] == u'+';
        mapping.columns << m;
    }
    auto converter = create(in, mapping);
    QVERIFY(!converter.ok());
    QVERIFY2(converter.error().contains(named), qPrintable(converter.error()));
}

void TestBatchConverter::typedSource()
{
    // A database source: typed columns convert value to value, exactly or not at all (the value
    // conversions one by one are in tst_valueparsers).
    const Schema schema{Field{u"i"_s, ColumnType::Int64}, Field{u"d"_s, ColumnType::Double},
                        Field{u"day"_s, ColumnType::Date}};
    RecordBatch in;
    in.reset(std::make_shared<const Schema>(schema));
    const qint64 day = QDate(1970, 1, 1).daysTo(QDate(2024, 3, 5));
    in.columns[0].appendInt(5);
    in.columns[1].appendDouble(3.0);
    in.columns[2].appendInt(day);
    in.columns[0].appendNull();
    in.columns[1].appendDouble(2.5);
    in.columns[2].appendNull();
    in.rowCount = 2;
    TypeInference inference(schema);
    inference.add(in);

    JobMapping mapping;
    const auto cast = [](const char *name, const char *target, ColumnType type) {
        ColumnMapping m = map(QLatin1String(name), QLatin1String(target));
        m.cast = type;
        return m;
    };
    mapping.columns = {map(u"i"_s), cast("i", "i_text", ColumnType::String),
                       cast("day", "day_ts", ColumnType::Timestamp),
                       cast("day", "day_text", ColumnType::String), cast("d", "d_int", ColumnType::Int64)};
    auto converter = BatchConverter::create(schema, inference.result(), mapping, {}, u"r"_s, loadedAt);
    QVERIFY2(converter.ok(), qPrintable(converter.error()));
    RecordBatch out;
    QList<BadRecord> bad;
    QCOMPARE(converter->convert(in, out, bad), qint64(1));
    QCOMPARE(shownRows(out), QStringList({u"5|5|2024-03-05T00:00:00.000+00:00|2024-03-05|3"_s}));
    QCOMPARE(bad.size(), 1);
    QCOMPARE(bad[0].column, u"d_int"_s);
    QCOMPARE(bad[0].reason, u"value '2.5' is not an integer"_s);
    QCOMPARE(bad[0].raw, QByteArray(",2.5,"));

    // Typed columns refuse casts that make no sense, like text columns of that type do.
    mapping.columns = {cast("day", "x", ColumnType::Bool)};
    QVERIFY(!BatchConverter::create(schema, inference.result(), mapping, {}, u"r"_s, loadedAt).ok());
}

void TestBatchConverter::outputBatchIsReused()
{
    const RecordBatch first = textBatch("n", {"1", "2"}, 0);
    const RecordBatch second = textBatch("n", {"3", "x", "4"}, 2);
    auto converter = create(first);
    QVERIFY2(converter.ok(), qPrintable(converter.error()));
    RecordBatch out;
    QList<BadRecord> bad;
    QCOMPARE(converter->convert(first, out, bad), qint64(2));
    QCOMPARE(converter->convert(second, out, bad), qint64(2));
    QCOMPARE(out.schema, converter->targetSchema());
    QCOMPARE(out.firstRecord, qint64(2));
    QCOMPARE(shownRows(out), QStringList({u"3"_s, u"4"_s}));
    QCOMPARE(bad.size(), 1);
    QCOMPARE(bad[0].recordNumber, qint64(3));
    // A batch of another shape is quarantined whole instead of read out of bounds.
    const RecordBatch wrong = textBatch("n|m", {"1|2"}, 9);
    bad.clear();
    QCOMPARE(converter->convert(wrong, out, bad), qint64(0));
    QCOMPARE(bad.size(), 1);
    QCOMPARE(bad[0].recordNumber, qint64(9));
    QCOMPARE(bad[0].raw, QByteArray("1,2"));
}

QTEST_GUILESS_MAIN(TestBatchConverter)
#include "tst_batchconverter.moc"
