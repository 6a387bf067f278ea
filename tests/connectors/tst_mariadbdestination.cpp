#include "connectors/connectorregistry.h"
#include "connectors/sql/mariadbdestination.h"

#include "desttesthelpers.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace miq;
using namespace DestTest;
using namespace Qt::StringLiterals;

namespace {

const QString fixtureConnection = u"my-dest-fixture"_s;

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

ConnectionSettings mySettings()
{
    ConnectionSettings s;
    s.sourceName = u"Warehouse"_s;
    s.values.insert(u"host"_s, env("MIQ_MY_HOST"));
    s.values.insert(u"port"_s, env("MIQ_MY_PORT"));
    s.values.insert(u"database"_s, env("MIQ_MY_DATABASE"));
    s.values.insert(u"user"_s, env("MIQ_MY_USER"));
    s.values.insert(u"sslmode"_s, u"disabled"_s);
    s.secrets.insert(u"password"_s, env("MIQ_MY_PASSWORD"));
    return s;
}

QSqlQuery query(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(fixtureConnection));
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q;
}

QStringList scalar(const QString &sql)
{
    QSqlQuery q = query(sql);
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

bool tableExists(const QString &table)
{
    return scalar(
               u"SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '%1'"_s
                   .arg(table)) == QStringList{u"1"_s};
}

QStringList sorted(QStringList rows)
{
    rows.sort();
    return rows;
}

// What MySQL can hold of every type: int64 extremes, text with quotes, backslashes, line breaks,
// NUL and characters beyond the BMP, decimals at their column's scale, doubles at the edges of
// the range, dates and timestamps at the ends of MySQL's calendar and before 1970, bytes with NUL.
QList<TargetColumn> typesColumns()
{
    return {column(u"id"_s, ColumnType::Int64),
            column(u"name"_s, ColumnType::String),
            column(u"price"_s, ColumnType::Decimal, true, 40, 9),
            column(u"ratio"_s, ColumnType::Double),
            column(u"active"_s, ColumnType::Bool),
            column(u"born"_s, ColumnType::Date),
            column(u"seen"_s, ColumnType::Timestamp),
            column(u"payload"_s, ColumnType::Bytes)};
}

QList<Row> typesRows()
{
    const QVariant null;
    return {
        {qint64(1), u"plain"_s, u"12.500000000"_s, 0.1, true, days(2024, 2, 29),
         micros(u"2024-02-29T13:45:00Z"_s, 123456), QByteArray::fromHex("0001ff")},
        {std::numeric_limits<qint64>::max(),
         u"comma, 'quote' \"dq\" `bt`\nnewline\r\n\\ back\\slash \\' end"_s, u"-0.050000000"_s, -1.5e300,
         false, days(1969, 12, 31), qint64(-1), QByteArray("")},
        {std::numeric_limits<qint64>::min(), u""_s, u"-1234567890123456789012345678901.123456789"_s, 5e-324,
         null, days(1, 1, 1), micros(u"0001-01-01T00:00:00Z"_s), null},
        {null, null, null, null, null, null, null, null},
        {qint64(0), u"😀 ünïcödé ✓ 𝄞 日本語 nul\u0000inside"_s, u"0.000000000"_s, 1.7976931348623157e308, true,
         days(9999, 12, 31), micros(u"9999-12-31T23:59:59Z"_s, 999999), QByteArray("nul\0inside'\\\"", 13)},
        {qint64(-1), u"tab\there \u0001ctrl"_s, u"100000.000000000"_s, -2.5, false, days(1600, 2, 29),
         micros(u"1600-02-29T12:00:00Z"_s, 1), QByteArray("'")},
    };
}

} // namespace

class tst_MariaDbDestination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ddl();
    void typesRoundTrip();
    void columnTypes();
    void weirdIdentifiers();
    void bigBatchesSplitIntoStatements();
    void appendMode();
    void appendToIncompatibleTable();
    void upsertMode();
    void upsertIntoExistingTable();
    void upsertNullKey();
    void replaceKeepsOldDataUntilFinish();
    void resumeAfterCrash_data();
    void resumeAfterCrash();
    void resumeWithoutCommitStartsOver();
    void abortReplace();
    void rejectedBatchLeavesTheRunUsable();
    void readBackParts();
    void wrongPassword();
    void refusedPort();
    void registry();
};

void tst_MariaDbDestination::initTestCase()
{
    if (env("MIQ_MY_HOST").isEmpty())
        QSKIP("MIQ_MY_HOST is not set: run this test through tools/with-mariadb.sh (ctest does).");
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QMYSQL"_s, fixtureConnection);
    db.setHostName(env("MIQ_MY_HOST"));
    db.setPort(env("MIQ_MY_PORT").toInt());
    db.setDatabaseName(env("MIQ_MY_DATABASE"));
    db.setUserName(env("MIQ_MY_USER"));
    db.setPassword(env("MIQ_MY_PASSWORD"));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    query(u"SET NAMES utf8mb4"_s);
}

void tst_MariaDbDestination::ddl()
{
    MariaDbDestination d(mySettings());
    const QString text = d.ddl(spec(u"orders"_s, typesColumns()));
    QVERIFY2(
        text.contains(
            u"CREATE TABLE `orders` (\n  `id` BIGINT NULL,\n  `name` LONGTEXT NULL,\n  `price` DECIMAL(40,9) NULL,"_s),
        qPrintable(text));
    QVERIFY(text.contains(u"`seen` DATETIME(6) NULL"_s));
    QVERIFY(text.contains(u"`payload` LONGBLOB NULL"_s));
    QVERIFY(text.contains(u"ENGINE=InnoDB"_s));
    const QString upsert = d.ddl(spec(u"t"_s, kv, WriteMode::Upsert, {u"name"_s}));
    QVERIFY2(upsert.contains(u"`name` VARCHAR(255) NOT NULL"_s), qPrintable(upsert));
    QVERIFY(upsert.contains(u"PRIMARY KEY (`name`)"_s));
    QVERIFY(d.ddl(spec(u"_miq_checkpoints"_s, kv)).startsWith(u"-- "_s));
}

void tst_MariaDbDestination::typesRoundTrip()
{
    MariaDbDestination d(mySettings());
    const TargetSpec s = spec(u"types"_s, typesColumns());
    QCOMPARE(writeRun(d, s, typesRows(), u"types-run"_s, 2), QString());
    const ReadBack back = readBack(d);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QVERIFY(back.badRecords.isEmpty());
    QCOMPARE(sorted(back.rows), sorted(describeRows(typesColumns(), typesRows())));
    QVERIFY(!tableExists(MariaDbDestination::stagingTable(u"types"_s, u"types-run"_s)));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM _miq_checkpoints WHERE run_id = 'types-run'"_s),
             QStringList{u"0"_s});
    // Stored as the server's own types, readable by any client.
    QCOMPARE(scalar(u"SELECT seen FROM types WHERE id = 1"_s), QStringList{u"2024-02-29T13:45:00.123"_s});
    QCOMPARE(scalar(u"SELECT HEX(payload) FROM types WHERE id = 1"_s), QStringList{u"0001FF"_s});
}

void tst_MariaDbDestination::columnTypes()
{
    const QStringList types = scalar(u"SELECT CONCAT(COLUMN_NAME, ' ', COLUMN_TYPE) FROM "
                                     u"information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                                     "AND TABLE_NAME = 'types' ORDER BY ORDINAL_POSITION"_s);
    QCOMPARE(types, QStringList({u"id bigint(20)"_s, u"name longtext"_s, u"price decimal(40,9)"_s,
                                 u"ratio double"_s, u"active tinyint(1)"_s, u"born date"_s,
                                 u"seen datetime(6)"_s, u"payload longblob"_s}));
}

void tst_MariaDbDestination::weirdIdentifiers()
{
    const QString table = u"we`ird \"t\" ; DROP TABLE x; --"_s;
    const QList<TargetColumn> columns = {column(u"se`lect"_s, ColumnType::Int64),
                                         column(u"it's \"n\""_s, ColumnType::String)};
    MariaDbDestination d(mySettings());
    const QList<Row> rows = {{qint64(1), u"one"_s}, {qint64(2), u"'); DROP TABLE types; --"_s}};
    QCOMPARE(writeRun(d, spec(table, columns, WriteMode::Upsert, {u"se`lect"_s}), rows, u"weird"_s),
             QString());
    const ReadBack back = readBack(d);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QCOMPARE(sorted(back.rows), sorted(describeRows(columns, rows)));
    QVERIFY(tableExists(u"types"_s));
}

void tst_MariaDbDestination::bigBatchesSplitIntoStatements()
{
    // 20,000 rows of ~400 bytes: more than one 4 MiB statement per batch.
    QList<Row> rows;
    const QString filler(400, u'x');
    for (int i = 0; i < 20000; ++i)
        rows.append({qint64(i), QString(filler + QString::number(i))});
    MariaDbDestination d(mySettings());
    QCOMPARE(writeRun(d, spec(u"bulk"_s, kv), rows, u"bulk"_s, 20000), QString());
    QCOMPARE(scalar(u"SELECT COUNT(*), SUM(id) FROM bulk"_s), QStringList{u"20000"_s});
    QCOMPARE(scalar(u"SELECT SUM(id) FROM bulk"_s), QStringList{QString::number(19999LL * 20000 / 2)});
    QCOMPARE(scalar(u"SELECT name FROM bulk WHERE id = 12345"_s), QStringList{filler + u"12345"_s});
}

void tst_MariaDbDestination::appendMode()
{
    query(u"DROP TABLE IF EXISTS appended"_s);
    MariaDbDestination d(mySettings());
    const TargetSpec s = spec(u"appended"_s, kv, WriteMode::Append);
    QCOMPARE(writeRun(d, s, kvRows(1, 3), u"a1"_s), QString());
    QCOMPARE(writeRun(d, s, kvRows(4, 5), u"a2"_s), QString());
    const ReadBack back = readBack(d);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QCOMPARE(sorted(back.rows), sorted(kvExpected(1, 5)));
}

void tst_MariaDbDestination::appendToIncompatibleTable()
{
    query(u"CREATE TABLE other_shape (id BIGINT, something TEXT)"_s);
    MariaDbDestination d(mySettings());
    auto begun = d.begin(spec(u"other_shape"_s, kv, WriteMode::Append), u"x"_s, false);
    QVERIFY(!begun);
    QVERIFY2(begun.error().contains(u"the existing table has no column 'name'"_s), qPrintable(begun.error()));
    QVERIFY(begun.error().startsWith(u"Cannot write table 'other_shape' in database"_s));
}

void tst_MariaDbDestination::upsertMode()
{
    query(u"DROP TABLE IF EXISTS upserted"_s);
    const QList<TargetColumn> columns = {column(u"code"_s, ColumnType::String, false, 20),
                                         column(u"qty"_s, ColumnType::Int64)};
    const TargetSpec s = spec(u"upserted"_s, columns, WriteMode::Upsert, {u"code"_s});
    MariaDbDestination d(mySettings());
    QCOMPARE(writeRun(d, s, {{u"a"_s, qint64(1)}, {u"b"_s, qint64(2)}}, u"u1"_s), QString());
    // 'A' and 'a ' are other keys than 'a' (binary, no-pad collation); 'b' is updated.
    QCOMPARE(writeRun(d, s, {{u"A"_s, qint64(10)}, {u"a "_s, qint64(11)}, {u"b"_s, qint64(20)}}, u"u2"_s),
             QString());
    const ReadBack back = readBack(d);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QCOMPARE(sorted(back.rows),
             sorted(describeRows(
                 columns,
                 {{u"a"_s, qint64(1)}, {u"A"_s, qint64(10)}, {u"a "_s, qint64(11)}, {u"b"_s, qint64(20)}})));
}

void tst_MariaDbDestination::upsertIntoExistingTable()
{
    query(u"CREATE TABLE legacy (id BIGINT NOT NULL, name TEXT)"_s);
    query(u"INSERT INTO legacy VALUES (1, 'old one'), (2, 'old two')"_s);
    MariaDbDestination d(mySettings());
    QCOMPARE(
        writeRun(d, spec(u"legacy"_s, kv, WriteMode::Upsert, {u"id"_s}), kvRows(2, 3, u"new"_s), u"l1"_s),
        QString());
    QCOMPARE(sorted(readBack(d).rows),
             sorted(describeRows(
                 kv, {{qint64(1), u"old one"_s}, {qint64(2), u"new2"_s}, {qint64(3), u"new3"_s}})));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() "
                    "AND TABLE_NAME = 'legacy' AND INDEX_NAME = 'miq_upsert_key'"_s),
             QStringList{u"1"_s});

    // Duplicates prevent the unique index: a clear message instead of silently appending.
    query(u"CREATE TABLE dupes (id BIGINT NOT NULL, name TEXT)"_s);
    query(u"INSERT INTO dupes VALUES (1, 'a'), (1, 'b')"_s);
    MariaDbDestination dupes(mySettings());
    auto begun = dupes.begin(spec(u"dupes"_s, kv, WriteMode::Upsert, {u"id"_s}), u"l2"_s, false);
    QVERIFY(!begun);
    QVERIFY2(begun.error().contains(u"cannot create a unique index on the key columns (id)"_s),
             qPrintable(begun.error()));
    QVERIFY(begun.error().contains(u"Duplicate entry"_s));
}

void tst_MariaDbDestination::upsertNullKey()
{
    MariaDbDestination d(mySettings());
    const TargetSpec s = spec(u"nullkey"_s, kv, WriteMode::Upsert, {u"id"_s});
    QVERIFY(d.begin(s, u"n1"_s, false));
    const Status w = d.write(makeBatch(kv, {{qint64(1), u"a"_s}, {QVariant(), u"b"_s}}, 10));
    QVERIFY(!w);
    QVERIFY2(w.error().startsWith(u"Cannot write record 12 to table 'nullkey'"_s), qPrintable(w.error()));
    QVERIFY(w.error().contains(u"key column 'id' is null"_s));
    QVERIFY(d.write(makeBatch(kv, kvRows(2, 3), 12)));
    QVERIFY(d.commit("c"));
    QVERIFY(d.finish());
    QCOMPARE(sorted(readBack(d).rows), sorted(kvExpected(2, 3)));
}

void tst_MariaDbDestination::replaceKeepsOldDataUntilFinish()
{
    MariaDbDestination first(mySettings());
    const TargetSpec s = spec(u"swapped"_s, kv);
    QCOMPARE(writeRun(first, s, kvRows(1, 3, u"old"_s), u"s1"_s), QString());
    query(u"CREATE VIEW swapped_view AS SELECT id, name FROM swapped"_s);

    MariaDbDestination second(mySettings());
    QVERIFY(second.begin(s, u"s2"_s, false));
    QVERIFY(second.write(makeBatch(kv, kvRows(10, 11, u"new"_s))));
    QVERIFY(second.commit("1"));
    // Committed rows are in the staging table; readers still see the old table.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM swapped WHERE name LIKE 'old%'"_s), QStringList{u"3"_s});
    QVERIFY(tableExists(MariaDbDestination::stagingTable(u"swapped"_s, u"s2"_s)));
    QVERIFY(second.write(makeBatch(kv, kvRows(12, 12, u"new"_s), 2))); // written after the last commit
    QVERIFY(second.finish());
    QCOMPARE(sorted(readBack(second).rows), sorted(kvExpected(10, 12, u"new"_s)));
    QVERIFY(!tableExists(MariaDbDestination::stagingTable(u"swapped"_s, u"s2"_s)));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                    "AND TABLE_NAME LIKE '\\_miq\\_stage\\_%'"_s),
             QStringList{u"0"_s});
}

void tst_MariaDbDestination::resumeAfterCrash_data()
{
    QTest::addColumn<WriteMode>("mode");
    QTest::newRow("replace") << WriteMode::Replace;
    QTest::newRow("append") << WriteMode::Append;
    QTest::newRow("upsert") << WriteMode::Upsert;
}

void tst_MariaDbDestination::resumeAfterCrash()
{
    QFETCH(WriteMode, mode);
    const QString table = u"resumed_%1"_s.arg(int(mode));
    query(u"DROP TABLE IF EXISTS "_s + table);
    const TargetSpec s =
        spec(table, kv, mode, mode == WriteMode::Upsert ? QStringList{u"id"_s} : QStringList());
    {
        MariaDbDestination d(mySettings());
        auto begun = d.begin(s, u"crash"_s, false);
        QVERIFY2(begun, qPrintable(begun.error()));
        QVERIFY(d.write(makeBatch(kv, kvRows(1, 3), 0)));
        QVERIFY(d.commit("after-3"));
        QVERIFY(d.write(makeBatch(kv, kvRows(4, 6), 3))); // never committed
        // Destroyed without finish() or abort(): the process "crashed".
    }
    MariaDbDestination d(mySettings());
    auto resumed = d.begin(s, u"crash"_s, true);
    QVERIFY2(resumed, qPrintable(resumed.error()));
    QCOMPARE(*resumed, QByteArray("after-3"));
    QVERIFY(d.write(makeBatch(kv, kvRows(4, 6), 3)));
    QVERIFY(d.commit("after-6"));
    QVERIFY(d.finish());
    const ReadBack back = readBack(d);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QCOMPARE(sorted(back.rows), sorted(kvExpected(1, 6))); // every row exactly once
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM _miq_checkpoints WHERE run_id = 'crash'"_s), QStringList{u"0"_s});
}

void tst_MariaDbDestination::resumeWithoutCommitStartsOver()
{
    {
        MariaDbDestination d(mySettings());
        QVERIFY(d.begin(spec(u"fresh"_s, kv), u"nothing"_s, false));
        QVERIFY(d.write(makeBatch(kv, kvRows(1, 2))));
    }
    MariaDbDestination d(mySettings());
    auto resumed = d.begin(spec(u"fresh"_s, kv), u"nothing"_s, true);
    QVERIFY2(resumed, qPrintable(resumed.error()));
    QVERIFY(resumed->isEmpty());
    QVERIFY(d.write(makeBatch(kv, kvRows(1, 2))));
    QVERIFY(d.finish());
    QCOMPARE(sorted(readBack(d).rows), sorted(kvExpected(1, 2)));
}

void tst_MariaDbDestination::abortReplace()
{
    MariaDbDestination first(mySettings());
    QCOMPARE(writeRun(first, spec(u"kept"_s, kv), kvRows(1, 2, u"keep"_s), u"k1"_s), QString());
    MariaDbDestination d(mySettings());
    QVERIFY(d.begin(spec(u"kept"_s, kv), u"k2"_s, false));
    QVERIFY(d.write(makeBatch(kv, kvRows(5, 6))));
    QVERIFY(d.commit("x"));
    d.abort();
    QVERIFY(!tableExists(MariaDbDestination::stagingTable(u"kept"_s, u"k2"_s)));
    QCOMPARE(sorted(readBack(first).rows), sorted(kvExpected(1, 2, u"keep"_s)));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM _miq_checkpoints WHERE run_id = 'k2'"_s), QStringList{u"0"_s});
}

void tst_MariaDbDestination::rejectedBatchLeavesTheRunUsable()
{
    const QList<TargetColumn> columns = {column(u"id"_s, ColumnType::Int64),
                                         column(u"ratio"_s, ColumnType::Double),
                                         column(u"code"_s, ColumnType::String, false, 5)};
    const TargetSpec s = spec(u"rejecting"_s, columns, WriteMode::Upsert, {u"code"_s});
    MariaDbDestination d(mySettings());
    QVERIFY(d.begin(s, u"rej"_s, false));
    QVERIFY(d.write(makeBatch(columns, {{qint64(1), 1.5, u"a"_s}}, 0)));
    // Refused before sending: MySQL has no NaN.
    Status w = d.write(makeBatch(columns, {{qint64(2), 2.5, u"b"_s}, {qint64(3), std::nan(""), u"c"_s}}, 1));
    QVERIFY(!w);
    QVERIFY2(w.error().startsWith(u"Cannot write record 3 to table 'rejecting'"_s), qPrintable(w.error()));
    QVERIFY(w.error().contains(u"NaN"_s));
    // Refused by the server (strict mode, VARCHAR(5) key): the server names the row.
    w = d.write(makeBatch(columns, {{qint64(4), 0.0, u"d"_s}, {qint64(5), 0.0, u"toolong"_s}}, 3));
    QVERIFY(!w);
    QVERIFY2(w.error().startsWith(u"Cannot write record 5 to table 'rejecting'"_s), qPrintable(w.error()));
    QVERIFY(w.error().contains(u"Data too long for column 'code'"_s));
    // The refused batches left nothing behind; the run goes on.
    QVERIFY(d.write(makeBatch(columns, {{qint64(6), -0.0, u"e"_s}}, 5)));
    QVERIFY(d.commit("ok"));
    QVERIFY(d.finish());
    const ReadBack back = readBack(d);
    QCOMPARE(back.rows.size(), 2);
    QCOMPARE(sorted(back.rows).first(), u"i:1 | d:1.5 | s:a"_s);
}

void tst_MariaDbDestination::readBackParts()
{
    query(u"DROP TABLE IF EXISTS parted"_s);
    MariaDbDestination d(mySettings());
    QList<Row> rows = kvRows(1, 1000);
    rows.append({std::numeric_limits<qint64>::max(), u"max"_s});
    rows.append({std::numeric_limits<qint64>::min(), u"min"_s});
    QCOMPARE(writeRun(d, spec(u"parted"_s, kv, WriteMode::Upsert, {u"id"_s}), rows, u"p"_s, 300), QString());
    ReadOptions options;
    options.batchRows = 97;
    auto parts = d.readBackParts(options, 4);
    QVERIFY2(parts, qPrintable(parts.error()));
    QCOMPARE(parts->size(), std::size_t(4));
    QStringList all;
    for (auto &reader : *parts) {
        RecordBatch batch;
        for (;;) {
            auto more = reader->next(batch);
            QVERIFY2(more, qPrintable(more.error()));
            if (!*more)
                break;
            all += describeRows(batch);
        }
    }
    QCOMPARE(sorted(all), sorted(describeRows(kv, rows)));
    // A table without an integer key is read in one part.
    MariaDbDestination plain(mySettings());
    QCOMPARE(writeRun(plain, spec(u"unparted"_s, kv), kvRows(1, 100), u"q"_s), QString());
    auto one = plain.readBackParts(options, 4);
    QVERIFY(one);
    QCOMPARE(one->size(), std::size_t(1));
}

void tst_MariaDbDestination::wrongPassword()
{
    ConnectionSettings settings = mySettings();
    const QString wrong = u"Wr0ng-%1"_s.arg(QRandomGenerator::global()->generate64(), 0, 36);
    settings.secrets.insert(u"password"_s, wrong);
    MariaDbDestination d(settings);
    auto begun = d.begin(spec(u"never"_s, kv), u"w"_s, false);
    QVERIFY(!begun);
    QVERIFY2(begun.error().contains(u"Access denied"_s), qPrintable(begun.error()));
    QVERIFY(begun.error().contains(u"source 'Warehouse'"_s));
    QVERIFY(!begun.error().contains(wrong));
}

void tst_MariaDbDestination::refusedPort()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    ConnectionSettings settings = mySettings();
    settings.values.insert(u"host"_s, u"127.0.0.1"_s);
    settings.values.insert(u"port"_s, QString::number(port));
    MariaDbDestination d(settings);
    auto begun = d.begin(spec(u"never"_s, kv), u"w"_s, false);
    QVERIFY(!begun);
    QVERIFY2(begun.error().startsWith(u"Cannot connect to MySQL/MariaDB at 127.0.0.1:%1"_s.arg(port)),
             qPrintable(begun.error()));
}

void tst_MariaDbDestination::registry()
{
    const ConnectorRegistry &r = ConnectorRegistry::builtin();
    QVERIFY(r.canWrite(u"mariadb"_s));
    QCOMPARE(r.spec(u"mariadb"_s)->displayName, u"MySQL / MariaDB"_s);
    auto destination = r.createDestination(u"mariadb"_s, mySettings());
    QVERIFY2(destination, qPrintable(destination.error()));
    QCOMPARE(writeRun(**destination, spec(u"via_registry"_s, kv), kvRows(1, 2), u"reg"_s), QString());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM via_registry"_s), QStringList{u"2"_s});
}

QTEST_GUILESS_MAIN(tst_MariaDbDestination)
#include "tst_mariadbdestination.moc"
