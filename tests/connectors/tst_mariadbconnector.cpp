#include "connectors/sql/mariadbconnector.h"

#include "sqltesthelpers.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QtTest>

using namespace miq;
using namespace SqlTest;
using namespace Qt::StringLiterals;

namespace {

const QString fixtureConnection = u"my-fixture"_s;
constexpr int bigRows = 30000;

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

ConnectionSettings mySettings(const QString &query = QString())
{
    ConnectionSettings s;
    s.sourceName = u"Shop"_s;
    s.values.insert(u"host"_s, env("MIQ_MY_HOST"));
    s.values.insert(u"port"_s, env("MIQ_MY_PORT"));
    s.values.insert(u"database"_s, env("MIQ_MY_DATABASE"));
    s.values.insert(u"user"_s, env("MIQ_MY_USER"));
    s.values.insert(u"sslmode"_s, u"preferred"_s);
    s.secrets.insert(u"password"_s, env("MIQ_MY_PASSWORD"));
    if (!query.isNull())
        s.values.insert(u"query"_s, query);
    return s;
}

bool exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(fixtureConnection));
    if (q.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

const QString weirdTable = u"we`ird \"tab\" le;--"_s;
const QString weirdColumn = u"se`lect ' x"_s;

} // namespace

class tst_MariaDbConnector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void spec();
    void checkConnection();
    void discoverStreams();
    void discoverColumns_data();
    void discoverColumns();
    void readTypedValues();
    void emojiRoundTrip();
    void readBatches_data();
    void readBatches();
    void earlyStopDoesNotDrainTheTable();
    void streamParts();
    void weirdIdentifiers();
    void badValuesAreQuarantined();
    void queryStream();
    void brokenQuery();
    void sessionIsReadOnly();
    void unknownStream();
    void incrementalCursor();
    void cancel();
    void wrongPassword();
    void refusedPort();
    void sslRequiredWithoutServerSsl();
    void invalidSettings();
};

void tst_MariaDbConnector::initTestCase()
{
    if (env("MIQ_MY_HOST").isEmpty())
        QSKIP("MIQ_MY_HOST is not set: run this test through tools/with-mariadb.sh (ctest does).");
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QMYSQL"_s), "the QMYSQL driver (libqt6sql6-mysql) is missing");
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QMYSQL"_s, fixtureConnection);
    db.setHostName(env("MIQ_MY_HOST"));
    db.setPort(env("MIQ_MY_PORT").toInt());
    db.setDatabaseName(env("MIQ_MY_DATABASE"));
    db.setUserName(env("MIQ_MY_USER"));
    db.setPassword(env("MIQ_MY_PASSWORD"));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));

    const QStringList statements = {
        u"SET NAMES utf8mb4"_s,
        u"SET SESSION time_zone = '+00:00'"_s,
        u"SET SESSION max_recursive_iterations = 1000000"_s,
        u"CREATE TABLE typed (id INT NOT NULL PRIMARY KEY, flag TINYINT(1), small SMALLINT, big BIGINT, "
        "ubig BIGINT UNSIGNED, amount DECIMAL(30,4), ratio DOUBLE, f FLOAT, born DATE, seen DATETIME(6), "
        "stamp TIMESTAMP(3) NULL, name VARCHAR(100) NOT NULL, body TEXT, doc JSON, kind ENUM('a','b'), "
        "tags SET('x','y'), yr YEAR, bits BIT(10), onebit BIT(1), payload BLOB, fixed BINARY(3), t TIME) "
        "ENGINE=InnoDB COMMENT 'typed values'"_s,
        u"INSERT INTO typed VALUES (1, 1, -32768, 9223372036854775807, 18446744073709551615, "
        "'-12345678901234567890123456.0500', 0.1, 1.5, '2024-02-29', '2024-02-29 13:45:00.123456', "
        "'2024-02-29 13:45:00.250', 'plain', 'line1\\nline2', '{\"a\": [1, 2]}', 'b', 'x,y', 2024, "
        "b'1010101010', "
        "b'1', x'0001ff', x'616263', '-12:30:00')"_s,
        u"INSERT INTO typed VALUES (2, 0, NULL, -9223372036854775808, 0, '0.0000', -1.5e300, NULL, "
        u"'0001-01-01', "
        "'9999-12-31 23:59:59.999999', NULL, '', NULL, NULL, NULL, '', NULL, b'0', b'0', x'', NULL, NULL)"_s,
        u"INSERT INTO typed (id, name) VALUES (3, 'only id')"_s,
        u"CREATE VIEW typed_view AS SELECT id, name FROM typed"_s,
        u"CREATE TABLE emoji (id INT PRIMARY KEY, txt VARCHAR(50)) DEFAULT CHARSET=utf8mb4"_s,
        u"INSERT INTO emoji VALUES (1, '😀 ünïcödé 𝄞 日本語')"_s,
        u"CREATE TABLE big (n INT NOT NULL PRIMARY KEY, label VARCHAR(20))"_s,
        u"INSERT INTO big WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < %1) "
        "SELECT n, CONCAT('row ', n) FROM s"_s.arg(bigRows),
        u"CREATE TABLE %1 (%2 INT, `Mixed Case` VARCHAR(10))"_s.arg(quoteMariaDbIdentifier(weirdTable),
                                                                    quoteMariaDbIdentifier(weirdColumn)),
        u"INSERT INTO %1 VALUES (7, 'seven')"_s.arg(quoteMariaDbIdentifier(weirdTable)),
        u"SET SESSION sql_mode = ''"_s, // lets the fixture store values that are no dates or booleans
        u"CREATE TABLE dirty (id INT, d DATE, b TINYINT(1))"_s,
        u"INSERT INTO dirty VALUES (1, '2024-01-02', 1), (2, '0000-00-00', 0), (3, '2024-01-03', 7), (4, NULL, NULL)"_s,
    };
    for (const QString &sql : statements)
        QVERIFY(exec(sql));
}

void tst_MariaDbConnector::spec()
{
    const ConnectorSpec s = MariaDbConnector::spec();
    QCOMPARE(s.typeId, u"mariadb"_s);
    QCOMPARE(s.displayName, u"MySQL / MariaDB"_s);
    QCOMPARE(s.secretKeys(), QStringList{u"password"_s});
    QCOMPARE(s.field(u"port"_s)->defaultValue.toInt(), 3306);
    QVERIFY(s.field(u"database"_s)->required);
    QVERIFY(s.field(u"user"_s)->required);
    QCOMPARE(s.field(u"sslmode"_s)->choices, QStringList({u"disabled"_s, u"preferred"_s, u"required"_s}));
    QCOMPARE(s.field(u"query"_s)->kind, ConfigField::Kind::MultilineText);
    QCOMPARE(s.field(u"connect_timeout"_s)->defaultValue.toInt(), 10);
}

void tst_MariaDbConnector::checkConnection()
{
    MariaDbConnector connector(mySettings());
    const Result<QString> check = connector.checkConnection();
    QVERIFY2(check, qPrintable(check.error()));
    QVERIFY2(QRegularExpression(u"^(MariaDB|MySQL) \\d+\\.\\d+\\.\\d+, tables: 5, views: 1$"_s)
                 .match(*check)
                 .hasMatch(),
             qPrintable(*check));
}

void tst_MariaDbConnector::discoverStreams()
{
    MariaDbConnector connector(mySettings(u"SELECT n FROM big"_s));
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY2(streams, qPrintable(streams.error()));
    const StreamInfo *typed = findStream(*streams, u"typed"_s);
    QVERIFY(typed);
    QCOMPARE(typed->kind, StreamInfo::Kind::Table);
    QCOMPARE(typed->detail, u"typed values"_s);
    QVERIFY(typed->rowEstimate.has_value());
    const StreamInfo *view = findStream(*streams, u"typed_view"_s);
    QVERIFY(view);
    QCOMPARE(view->kind, StreamInfo::Kind::View);
    QCOMPARE(view->columns.size(), 2);
    QVERIFY(findStream(*streams, weirdTable));
    const StreamInfo *query = findStream(*streams, u"query"_s);
    QVERIFY(query);
    QCOMPARE(query->kind, StreamInfo::Kind::Query);
    QCOMPARE(query->columns.size(), 1);
    QCOMPARE(query->columns[0].type, ColumnType::Int64);
}

void tst_MariaDbConnector::discoverColumns_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<ColumnType>("type");
    QTest::addColumn<bool>("nullable");
    QTest::addColumn<bool>("primaryKey");
    QTest::newRow("int pk") << u"id"_s << ColumnType::Int64 << false << true;
    QTest::newRow("tinyint(1)") << u"flag"_s << ColumnType::Bool << true << false;
    QTest::newRow("smallint") << u"small"_s << ColumnType::Int64 << true << false;
    QTest::newRow("bigint unsigned") << u"ubig"_s << ColumnType::Decimal << true << false;
    QTest::newRow("decimal") << u"amount"_s << ColumnType::Decimal << true << false;
    QTest::newRow("double") << u"ratio"_s << ColumnType::Double << true << false;
    QTest::newRow("float") << u"f"_s << ColumnType::Double << true << false;
    QTest::newRow("date") << u"born"_s << ColumnType::Date << true << false;
    QTest::newRow("datetime") << u"seen"_s << ColumnType::Timestamp << true << false;
    QTest::newRow("timestamp") << u"stamp"_s << ColumnType::Timestamp << true << false;
    QTest::newRow("varchar not null") << u"name"_s << ColumnType::String << false << false;
    QTest::newRow("json") << u"doc"_s << ColumnType::String << true << false;
    QTest::newRow("enum") << u"kind"_s << ColumnType::String << true << false;
    QTest::newRow("set") << u"tags"_s << ColumnType::String << true << false;
    QTest::newRow("year") << u"yr"_s << ColumnType::Int64 << true << false;
    QTest::newRow("bit(10)") << u"bits"_s << ColumnType::Int64 << true << false;
    QTest::newRow("bit(1)") << u"onebit"_s << ColumnType::Bool << true << false;
    QTest::newRow("blob") << u"payload"_s << ColumnType::Bytes << true << false;
    QTest::newRow("binary") << u"fixed"_s << ColumnType::Bytes << true << false;
    QTest::newRow("time") << u"t"_s << ColumnType::String << true << false;
}

void tst_MariaDbConnector::discoverColumns()
{
    QFETCH(QString, column);
    QFETCH(ColumnType, type);
    QFETCH(bool, nullable);
    QFETCH(bool, primaryKey);
    MariaDbConnector connector(mySettings());
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY2(streams, qPrintable(streams.error()));
    const StreamInfo *typed = findStream(*streams, u"typed"_s);
    QVERIFY(typed);
    const auto it = std::find_if(typed->columns.cbegin(), typed->columns.cend(),
                                 [&](const ColumnInfo &c) { return c.name == column; });
    QVERIFY(it != typed->columns.cend());
    QCOMPARE(it->type, type);
    QCOMPARE(it->nullable, nullable);
    QCOMPARE(it->primaryKey, primaryKey);
    QVERIFY(!it->nativeType.isEmpty());
}

void tst_MariaDbConnector::readTypedValues()
{
    MariaDbConnector connector(mySettings());
    const ReadResult r = readAll(connector, u"typed"_s);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(r.badRecords.isEmpty());
    QCOMPARE(r.rows, 3);
    const RecordBatch &b = r.batches.first();
    const auto col = [&](const char *name) -> const Column & {
        return b.columns[std::size_t(columnIndex(b, QString::fromLatin1(name)))];
    };
    QCOMPARE(col("id").intValue(0), 1);
    QCOMPARE(col("flag").intValue(0), 1);
    QCOMPARE(col("flag").intValue(1), 0);
    QCOMPARE(col("small").intValue(0), -32768);
    QVERIFY(col("small").isNull(1));
    QCOMPARE(col("big").intValue(0), std::numeric_limits<qint64>::max());
    QCOMPARE(col("big").intValue(1), std::numeric_limits<qint64>::min());
    QCOMPARE(text(b, u"ubig"_s, 0), u"18446744073709551615"_s);
    QCOMPARE(text(b, u"amount"_s, 0), u"-12345678901234567890123456.0500"_s);
    QCOMPARE(text(b, u"amount"_s, 1), u"0.0000"_s);
    QCOMPARE(col("ratio").doubleValue(0), 0.1);
    QCOMPARE(col("ratio").doubleValue(1), -1.5e300);
    QCOMPARE(col("f").doubleValue(0), 1.5);
    QCOMPARE(col("born").intValue(0), days(QDate(2024, 2, 29)));
    QCOMPARE(col("born").intValue(1), days(QDate(1, 1, 1)));
    QCOMPARE(col("seen").intValue(0), micros(QDate(2024, 2, 29), QTime(13, 45), 123456));
    QCOMPARE(col("seen").intValue(1), micros(QDate(9999, 12, 31), QTime(23, 59, 59), 999999));
    // TIMESTAMP is stored in UTC and the session's time zone is UTC: what was inserted in UTC.
    QCOMPARE(col("stamp").intValue(0), micros(QDate(2024, 2, 29), QTime(13, 45), 250000));
    QCOMPARE(text(b, u"name"_s, 0), u"plain"_s);
    QCOMPARE(text(b, u"name"_s, 1), QString());
    QVERIFY(!col("name").isNull(1));
    QCOMPARE(text(b, u"body"_s, 0), u"line1\nline2"_s);
    QCOMPARE(text(b, u"doc"_s, 0), u"{\"a\": [1, 2]}"_s);
    QCOMPARE(text(b, u"kind"_s, 0), u"b"_s);
    QCOMPARE(text(b, u"tags"_s, 0), u"x,y"_s);
    QCOMPARE(text(b, u"tags"_s, 1), QString());
    QCOMPARE(col("yr").intValue(0), 2024);
    QCOMPARE(col("bits").intValue(0), 0b1010101010);
    QCOMPARE(col("bits").intValue(1), 0);
    QCOMPARE(col("onebit").intValue(0), 1);
    QCOMPARE(col("onebit").intValue(1), 0);
    const std::string_view payload = col("payload").text(0);
    QCOMPARE(QByteArray(payload.data(), qsizetype(payload.size())), QByteArray::fromHex("0001ff"));
    QCOMPARE(col("payload").text(1).size(), std::size_t(0));
    QVERIFY(!col("payload").isNull(1));
    QCOMPARE(text(b, u"fixed"_s, 0), u"abc"_s);
    QCOMPARE(text(b, u"t"_s, 0), u"-12:30:00"_s);
    for (const Column &c : b.columns)
        if (&c != &col("id") && &c != &col("name"))
            QVERIFY(c.isNull(2));
}

void tst_MariaDbConnector::emojiRoundTrip()
{
    MariaDbConnector connector(mySettings());
    const ReadResult r = readAll(connector, u"emoji"_s);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.rows, 1);
    QCOMPARE(text(r.batches.first(), u"txt"_s, 0), u"😀 ünïcödé 𝄞 日本語"_s);
}

void tst_MariaDbConnector::readBatches_data()
{
    QTest::addColumn<int>("batchRows");
    QTest::addColumn<qint64>("limit");
    QTest::newRow("default batches") << 8192 << qint64(-1);
    QTest::newRow("small batches") << 1000 << qint64(-1);
    QTest::newRow("limit") << 1000 << qint64(2500);
    QTest::newRow("limit zero") << 100 << qint64(0);
}

void tst_MariaDbConnector::readBatches()
{
    QFETCH(int, batchRows);
    QFETCH(qint64, limit);
    MariaDbConnector connector(mySettings());
    ReadOptions options;
    options.batchRows = batchRows;
    options.limitRows = limit;
    const ReadResult r = readAll(connector, u"big"_s, options);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    const qint64 expected = limit < 0 ? bigRows : limit;
    QCOMPARE(r.rows, expected);
    qint64 sum = 0, record = 0;
    for (const RecordBatch &b : r.batches) {
        QVERIFY(b.rowCount <= batchRows);
        QCOMPARE(b.firstRecord, record);
        record += b.rowCount;
        for (qint64 i = 0; i < b.rowCount; ++i)
            sum += b.columns[0].intValue(i);
    }
    QCOMPARE(sum, expected * (expected + 1) / 2); // every n once (the table is read in key order)
}

void tst_MariaDbConnector::earlyStopDoesNotDrainTheTable()
{
    // A reader given up after one batch must leave the stream mid-way without reading the rest
    // (the connection is closed, not drained): the server then reports the query as aborted.
    MariaDbConnector connector(mySettings());
    ReadOptions options;
    options.batchRows = 10;
    auto reader = connector.openStream(u"big"_s, options);
    QVERIFY2(reader, qPrintable(reader.error()));
    RecordBatch batch;
    auto more = (*reader)->next(batch);
    QVERIFY(more && *more);
    QCOMPARE(batch.rowCount, 10);
    reader->reset();
    // The connector is still usable afterwards.
    const ReadResult r = readAll(connector, u"emoji"_s);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.rows, 1);
}

void tst_MariaDbConnector::streamParts()
{
    MariaDbConnector connector(mySettings());
    ReadOptions options;
    options.batchRows = 4000;
    auto parts = connector.openStreamParts(u"big"_s, options, 3);
    QVERIFY2(parts, qPrintable(parts.error()));
    QCOMPARE(parts->size(), std::size_t(3));
    qint64 rows = 0, sum = 0;
    for (auto &reader : *parts) {
        RecordBatch batch;
        for (;;) {
            auto more = reader->next(batch);
            QVERIFY2(more, qPrintable(more.error()));
            if (!*more)
                break;
            rows += batch.rowCount;
            for (qint64 i = 0; i < batch.rowCount; ++i)
                sum += batch.columns[0].intValue(i);
        }
    }
    QCOMPARE(rows, bigRows);
    QCOMPARE(sum, qint64(bigRows) * (bigRows + 1) / 2); // each row exactly once
    // Without an integer primary key (a view), with a limit or for the query: one part.
    QCOMPARE(connector.openStreamParts(u"typed_view"_s, options, 3)->size(), std::size_t(1));
    options.limitRows = 10;
    QCOMPARE(connector.openStreamParts(u"big"_s, options, 3)->size(), std::size_t(1));
}

void tst_MariaDbConnector::weirdIdentifiers()
{
    MariaDbConnector connector(mySettings());
    const ReadResult r = readAll(connector, weirdTable);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.rows, 1);
    QCOMPARE(r.batches.first().columns[0].intValue(0), 7);
    QCOMPARE((*r.batches.first().schema)[0].name, weirdColumn);
    QCOMPARE(text(r.batches.first(), u"Mixed Case"_s, 0), u"seven"_s);
    // A stream name that is SQL is only ever a name.
    const ReadResult injected = readAll(connector, u"big` UNION SELECT 1, 2 -- "_s);
    QVERIFY(injected.error.contains(u"no table or view named"_s));
}

void tst_MariaDbConnector::badValuesAreQuarantined()
{
    MariaDbConnector connector(mySettings());
    const ReadResult r = readAll(connector, u"dirty"_s);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.rows, 2);
    QCOMPARE(r.badRecords.size(), 2);
    QCOMPARE(r.badRecords[0].recordNumber, 1);
    QCOMPARE(r.badRecords[0].column, u"d"_s);
    QVERIFY2(r.badRecords[0].reason.contains(u"'0000-00-00' is not a valid date"_s),
             qPrintable(r.badRecords[0].reason));
    QCOMPARE(r.badRecords[0].raw, QByteArray(R"(["2","0000-00-00","0"])"));
    QCOMPARE(r.badRecords[1].recordNumber, 2);
    QCOMPARE(r.badRecords[1].column, u"b"_s);
    QVERIFY(r.badRecords[1].reason.contains(u"'7' is not a boolean"_s));
    // The good rows keep their record numbers.
    QCOMPARE(r.batches.first().recordNumber(0), 0);
    QCOMPARE(r.batches.first().recordNumber(1), 3);
}

void tst_MariaDbConnector::queryStream()
{
    MariaDbConnector connector(mySettings(
        u"SELECT n, label, n * 2 AS twice, CAST(n AS DECIMAL(10,2)) AS d, n % 2 = 0 AS even FROM big WHERE n <= 5 ORDER BY n; -- done"_s));
    const ReadResult r = readAll(connector, u"query"_s);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.rows, 5);
    const RecordBatch &b = r.batches.first();
    QCOMPARE((*b.schema)[2].name, u"twice"_s);
    QCOMPARE((*b.schema)[2].type, ColumnType::Int64);
    QCOMPARE((*b.schema)[3].type, ColumnType::Decimal);
    QCOMPARE(b.columns[2].intValue(4), 10);
    QCOMPARE(text(b, 3, 0), u"1.00"_s);
    QCOMPARE(text(b, 1, 0), u"row 1"_s);
}

void tst_MariaDbConnector::brokenQuery()
{
    MariaDbConnector connector(mySettings(u"SELECT nope FROM big"_s));
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY2(streams, qPrintable(streams.error()));
    const StreamInfo *query = findStream(*streams, u"query"_s);
    QVERIFY(query);
    QVERIFY2(query->detail.contains(u"Unknown column 'nope'"_s), qPrintable(query->detail));
    QVERIFY(findStream(*streams, u"big"_s)); // the tables are still listed
    const ReadResult r = readAll(connector, u"query"_s);
    QVERIFY(r.error.contains(u"Unknown column 'nope'"_s));
}

void tst_MariaDbConnector::sessionIsReadOnly()
{
    // Reading a source must never change it: a source session refuses writes, whatever a
    // configured query might try.
    QVERIFY(exec(u"CREATE TABLE IF NOT EXISTS ro_probe (n INT)"_s));
    auto session = MariaDbSession::open(MariaDbSettings::from(mySettings()), MariaDbSession::Purpose::Read);
    QVERIFY2(session, qPrintable(session.error()));
    QVERIFY(!(*session)->exec(u"INSERT INTO ro_probe VALUES (1)"_s));
    QVERIFY2((*session)->errorText().contains(u"READ ONLY"_s, Qt::CaseInsensitive),
             qPrintable((*session)->errorText()));
}

void tst_MariaDbConnector::unknownStream()
{
    MariaDbConnector connector(mySettings());
    const ReadResult r = readAll(connector, u"nope"_s);
    QCOMPARE(
        r.error,
        u"Source 'Shop' has no table or view named 'nope' that you may read (MySQL/MariaDB at %1:%2)."_s.arg(
            env("MIQ_MY_HOST"), env("MIQ_MY_PORT")));
    // Stream names are matched exactly: 'BIG' is not 'big'.
    QVERIFY(readAll(connector, u"BIG"_s).error.contains(u"no table or view named 'BIG'"_s));
}

void tst_MariaDbConnector::incrementalCursor()
{
    MariaDbConnector connector(mySettings());
    ReadOptions options;
    options.cursorColumn = u"n"_s;
    options.cursorLowerBound = u"29990"_s;
    const ReadResult r = readAll(connector, u"big"_s, options);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.rows, 11);
    QCOMPARE(r.batches.first().columns[0].intValue(0), 29990);
    QCOMPARE(r.batches.last().columns[0].intValue(r.batches.last().rowCount - 1), 30000);
    // A bound that is text for an integer column is refused, never spliced into SQL.
    options.cursorLowerBound = u"1 OR 1=1"_s;
    QVERIFY(readAll(connector, u"big"_s, options).error.contains(u"is not a whole number"_s));
    // Text bounds are escaped literals.
    options.cursorColumn = u"label"_s;
    options.cursorLowerBound = u"row 9999' OR '1'='1"_s;
    const ReadResult text = readAll(connector, u"big"_s, options);
    QVERIFY2(text.error.isEmpty(), qPrintable(text.error));
    QVERIFY(text.rows < bigRows);
    options.cursorColumn = u"missing"_s;
    QVERIFY(readAll(connector, u"big"_s, options).error.contains(u"has no column 'missing'"_s));
}

void tst_MariaDbConnector::cancel()
{
    std::atomic_bool cancel{false};
    MariaDbConnector connector(mySettings());
    ReadOptions options;
    options.batchRows = 100;
    options.cancel = &cancel;
    auto reader = connector.openStream(u"big"_s, options);
    QVERIFY(reader);
    RecordBatch batch;
    QVERIFY(*(*reader)->next(batch));
    cancel = true;
    auto more = (*reader)->next(batch);
    QVERIFY(!more);
    QVERIFY(more.error().contains(u"cancelled"_s));
}

void tst_MariaDbConnector::wrongPassword()
{
    ConnectionSettings settings = mySettings();
    const QString wrong = u"Wr0ng-%1"_s.arg(QRandomGenerator::global()->generate64(), 0, 36);
    settings.secrets.insert(u"password"_s, wrong);
    MariaDbConnector connector(settings);
    const Result<QString> check = connector.checkConnection();
    QVERIFY(!check);
    QVERIFY2(check.error().startsWith(u"Cannot connect to MySQL/MariaDB at %1:%2 for source 'Shop': "_s.arg(
                 env("MIQ_MY_HOST"), env("MIQ_MY_PORT"))),
             qPrintable(check.error()));
    QVERIFY2(check.error().contains(u"Access denied for user '%1'"_s.arg(env("MIQ_MY_USER"))),
             qPrintable(check.error()));
    QVERIFY(!check.error().contains(wrong));
    const ReadResult r = readAll(connector, u"big"_s);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(!r.error.contains(wrong));

    // Even a server message that echoes the password (here: as the database name) is masked.
    ConnectionSettings echo = mySettings();
    echo.values.insert(u"database"_s, env("MIQ_MY_PASSWORD"));
    MariaDbConnector echoing(echo);
    const Result<QString> echoed = echoing.checkConnection();
    QVERIFY(!echoed);
    QVERIFY2(!echoed.error().contains(env("MIQ_MY_PASSWORD")), qPrintable(echoed.error()));
}

void tst_MariaDbConnector::refusedPort()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port that was free a moment ago: nothing listens there now
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    ConnectionSettings settings = mySettings();
    settings.values.insert(u"host"_s, u"127.0.0.1"_s);
    settings.values.insert(u"port"_s, QString::number(port));
    settings.values.insert(u"connect_timeout"_s, 2);
    MariaDbConnector connector(settings);
    const Result<QString> check = connector.checkConnection();
    QVERIFY(!check);
    QVERIFY2(check.error().startsWith(
                 u"Cannot connect to MySQL/MariaDB at 127.0.0.1:%1 for source 'Shop': "_s.arg(port)),
             qPrintable(check.error()));
    QVERIFY2(check.error().contains(u"Can't connect"_s), qPrintable(check.error()));
}

void tst_MariaDbConnector::sslRequiredWithoutServerSsl()
{
    // The test server has no certificate: 'preferred' falls back to plain text, 'required' refuses.
    ConnectionSettings settings = mySettings();
    settings.values.insert(u"sslmode"_s, u"required"_s);
    MariaDbConnector connector(settings);
    const Result<QString> check = connector.checkConnection();
    QVERIFY(!check);
    QVERIFY2(check.error().contains(u"SSL"_s), qPrintable(check.error()));
    settings.values.insert(u"sslmode"_s, u"disabled"_s);
    MariaDbConnector plain(settings);
    QVERIFY(plain.checkConnection());
}

void tst_MariaDbConnector::invalidSettings()
{
    ConnectionSettings settings = mySettings();
    settings.values.insert(u"port"_s, u"99999"_s);
    settings.values.insert(u"sslmode"_s, u"sometimes"_s);
    settings.values.insert(u"host"_s, u"db;CLIENT_SSL=0"_s);
    MariaDbConnector connector(settings);
    const Result<QString> check = connector.checkConnection();
    QVERIFY(!check);
    QVERIFY(check.error().startsWith(u"Source 'Shop' is not configured correctly: "_s));
    QVERIFY(check.error().contains(u"port"_s));
    QVERIFY(check.error().contains(u"SSL mode"_s));
    QVERIFY(check.error().contains(u"host"_s));
}

QTEST_GUILESS_MAIN(tst_MariaDbConnector)
#include "tst_mariadbconnector.moc"
