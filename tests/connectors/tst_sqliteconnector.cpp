#include "connectors/sql/sqliteconnector.h"

#include "sqltesthelpers.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <limits>

using namespace miq;
using namespace SqlTest;
using namespace Qt::StringLiterals;

namespace {

// Writes a fixture with a connection of its own (the connector under test only ever reads).
void createDatabase(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture-writer"_s);
        db.setDatabaseName(path);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(db.transaction());
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
        QVERIFY(db.commit());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fixture-writer"_s);
}

ConnectionSettings settingsFor(const QString &path, const QString &query = QString())
{
    ConnectionSettings s;
    s.sourceName = u"Inventory"_s;
    s.values.insert(u"path"_s, path);
    if (!query.isNull())
        s.values.insert(u"query"_s, query);
    return s;
}

QByteArray fileDigest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

} // namespace

class tst_SqliteConnector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void spec();
    void missingFile();
    void notADatabase();
    void checkConnection();
    void discoverStreams();
    void discoverColumns_data();
    void discoverColumns();
    void readTypedValues();
    void readBatches_data();
    void readBatches();
    void weirdIdentifiers();
    void queryStream();
    void queryText_data();
    void queryText();
    void brokenQuery();
    void writingQueryIsRejected();
    void unknownStreams_data();
    void unknownStreams();
    void badValuesAreQuarantined();
    void timestampFormats_data();
    void timestampFormats();
    void cancel();
    void readerOutlivesConnector();
    void connectorsOnSeveralThreads();
    void fileIsNeverModified();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QString m_fixture;
    QByteArray m_fixtureDigest;
};

void tst_SqliteConnector::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixture = m_dir.filePath(u"fixture.sqlite"_s);
    const QStringList statements = fixtureStatements(u"sqlite_fixture.sql"_s);
    QVERIFY(!statements.isEmpty());
    createDatabase(m_fixture, statements);
    m_fixtureDigest = fileDigest(m_fixture);
    QVERIFY(!m_fixtureDigest.isEmpty());
}

void tst_SqliteConnector::spec()
{
    const ConnectorSpec s = SqliteConnector::spec();
    QCOMPARE(s.typeId, u"sqlite"_s);
    QCOMPARE(s.fileSuffixes, QStringList({u"sqlite"_s, u"sqlite3"_s, u"db"_s}));
    QVERIFY(s.field(u"path"_s));
    QCOMPARE(s.field(u"path"_s)->kind, ConfigField::Kind::FilePath);
    QVERIFY(s.field(u"path"_s)->required);
    QVERIFY(s.field(u"query"_s));
    QCOMPARE(s.field(u"query"_s)->kind, ConfigField::Kind::MultilineText);
    QVERIFY(!s.field(u"query"_s)->required);
    QVERIFY(s.secretKeys().isEmpty());
}

void tst_SqliteConnector::missingFile()
{
    const QString path = m_dir.filePath(u"missing/nothing.db"_s);
    SqliteConnector connector(settingsFor(path));
    const Result<QString> check = connector.checkConnection();
    QVERIFY(!check);
    QCOMPARE(check.error(), u"SQLite file '%1' of source 'Inventory' does not exist."_s
                                .arg(QDir::toNativeSeparators(path)));
    QVERIFY(!connector.discover());
    QVERIFY(!connector.openStream(u"types"_s, {}));
    QVERIFY2(!QFileInfo::exists(path), "reading a missing file must not create it");
}

void tst_SqliteConnector::notADatabase()
{
    const QString path = m_dir.filePath(u"notes.db"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("These are plain text notes, not an SQLite database.\n").repeated(100));
    f.close();
    SqliteConnector connector(settingsFor(path));
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY(!streams);
    QVERIFY2(streams.error().contains(u"is not an SQLite database (file is not a database)"_s),
             qPrintable(streams.error()));
    QVERIFY(streams.error().contains(u"'Inventory'"_s));
    QVERIFY(streams.error().contains(QDir::toNativeSeparators(path)));
}

void tst_SqliteConnector::checkConnection()
{
    SqliteConnector connector(settingsFor(m_fixture));
    const Result<QString> check = connector.checkConnection();
    QVERIFY2(check, qPrintable(check.error()));
    QVERIFY2(check->startsWith(u"SQLite 3."_s), qPrintable(*check));
    QVERIFY2(check->endsWith(u"tables: 5, views: 1"_s), qPrintable(*check));
}

void tst_SqliteConnector::discoverStreams()
{
    SqliteConnector connector(settingsFor(m_fixture, u"SELECT n FROM big"_s));
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY2(streams, qPrintable(streams.error()));
    QStringList names;
    for (const StreamInfo &s : *streams)
        names << s.name;
    QCOMPARE(names, QStringList({u"big"_s, u"dirty"_s, u"my \"odd\" table"_s, u"select"_s,
                                 u"types"_s, u"v_types"_s, u"query"_s}));
    const auto stream = [&](const QString &name) {
        return *std::find_if(streams->cbegin(), streams->cend(),
                             [&](const StreamInfo &s) { return s.name == name; });
    };
    QCOMPARE(stream(u"types"_s).kind, StreamInfo::Kind::Table);
    QCOMPARE(stream(u"v_types"_s).kind, StreamInfo::Kind::View);
    QCOMPARE(stream(u"query"_s).kind, StreamInfo::Kind::Query);
    QCOMPARE(stream(u"big"_s).rowEstimate, std::optional<qint64>(20000));
    QCOMPARE(stream(u"types"_s).rowEstimate, std::optional<qint64>(3));
    QVERIFY(!stream(u"v_types"_s).rowEstimate);
    QCOMPARE(stream(u"v_types"_s).columns.size(), 2);
    QCOMPARE(stream(u"v_types"_s).columns[1].name, u"label"_s);
    QCOMPARE(stream(u"query"_s).columns.size(), 1);
    QCOMPARE(stream(u"query"_s).columns[0].name, u"n"_s);
    QCOMPARE(stream(u"query"_s).columns[0].type, ColumnType::Int64);
}

void tst_SqliteConnector::discoverColumns_data()
{
    QTest::addColumn<QString>("stream");
    QTest::addColumn<QString>("column");
    QTest::addColumn<ColumnType>("type");
    QTest::addColumn<QString>("nativeType");
    QTest::addColumn<bool>("nullable");
    QTest::addColumn<bool>("primaryKey");

    const QString t = u"types"_s;
    QTest::newRow("integer primary key") << t << u"id"_s << ColumnType::Int64 << u"INTEGER"_s << true << true;
    QTest::newRow("integer") << t << u"i"_s << ColumnType::Int64 << u"INTEGER"_s << true << false;
    QTest::newRow("bigint") << t << u"big"_s << ColumnType::Int64 << u"BIGINT"_s << true << false;
    QTest::newRow("real") << t << u"r"_s << ColumnType::Double << u"REAL"_s << true << false;
    QTest::newRow("double precision") << t << u"d"_s << ColumnType::Double << u"DOUBLE PRECISION"_s << true << false;
    QTest::newRow("decimal") << t << u"amount"_s << ColumnType::Decimal << u"DECIMAL(10,2)"_s << true << false;
    QTest::newRow("boolean") << t << u"flag"_s << ColumnType::Bool << u"BOOLEAN"_s << true << false;
    QTest::newRow("date") << t << u"day"_s << ColumnType::Date << u"DATE"_s << true << false;
    QTest::newRow("datetime") << t << u"at"_s << ColumnType::Timestamp << u"DATETIME"_s << true << false;
    QTest::newRow("timestamp") << t << u"ts"_s << ColumnType::Timestamp << u"TIMESTAMP"_s << true << false;
    QTest::newRow("blob") << t << u"data"_s << ColumnType::Bytes << u"BLOB"_s << true << false;
    QTest::newRow("text") << t << u"t"_s << ColumnType::String << u"TEXT"_s << true << false;
    QTest::newRow("varchar not null") << t << u"v"_s << ColumnType::String << u"VARCHAR(20)"_s << false << false;
    QTest::newRow("no declared type") << t << u"untyped"_s << ColumnType::String << QString() << true << false;
    const QString odd = u"my \"odd\" table"_s;
    QTest::newRow("reserved word, composite key") << odd << u"select"_s << ColumnType::Int64 << u"INTEGER"_s << true << true;
    QTest::newRow("mixed case with space") << odd << u"Mixed Case"_s << ColumnType::String << u"TEXT"_s << true << true;
    QTest::newRow("dot in name") << odd << u"a.b"_s << ColumnType::String << u"TEXT"_s << true << false;
    QTest::newRow("view column") << u"v_types"_s << u"label"_s << ColumnType::String << u"TEXT"_s << true << false;
}

void tst_SqliteConnector::discoverColumns()
{
    QFETCH(QString, stream);
    QFETCH(QString, column);
    QFETCH(ColumnType, type);
    QFETCH(QString, nativeType);
    QFETCH(bool, nullable);
    QFETCH(bool, primaryKey);

    SqliteConnector connector(settingsFor(m_fixture));
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY2(streams, qPrintable(streams.error()));
    for (const StreamInfo &s : *streams) {
        if (s.name != stream)
            continue;
        for (const ColumnInfo &c : s.columns) {
            if (c.name != column)
                continue;
            QCOMPARE(c.type, type);
            QCOMPARE(c.nativeType, nativeType);
            QCOMPARE(c.nullable, nullable);
            QCOMPARE(c.primaryKey, primaryKey);
            return;
        }
    }
    QFAIL("column not discovered");
}

void tst_SqliteConnector::readTypedValues()
{
    SqliteConnector connector(settingsFor(m_fixture));
    const ReadResult r = readAll(connector, u"types"_s);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(r.badRecords.isEmpty());
    QCOMPARE(r.batches.size(), 1);
    const RecordBatch &b = r.batches.first();
    QCOMPARE(b.rowCount, 3);
    QCOMPARE(b.firstRecord, 0);
    const auto col = [&](const char *name) -> const Column & {
        return b.columns[columnIndex(b, QString::fromLatin1(name))];
    };
    QCOMPARE(col("id").intValue(0), 1);
    QCOMPARE(col("i").intValue(0), 42);
    QCOMPARE(col("i").intValue(1), -7);
    QCOMPARE(col("big").intValue(0), std::numeric_limits<qint64>::max());
    QCOMPARE(col("big").intValue(1), std::numeric_limits<qint64>::min());
    QCOMPARE(col("r").doubleValue(0), 1.5);
    QCOMPARE(col("r").doubleValue(1), 0.0);
    QCOMPARE(col("d").doubleValue(0), -0.1);
    QCOMPARE(col("d").doubleValue(1), 1e300);
    // DECIMAL has NUMERIC affinity: SQLite itself stores '12.50' as the REAL 12.5.
    QCOMPARE(text(b, u"amount"_s, 0), u"12.5"_s);
    QCOMPARE(text(b, u"amount"_s, 1), u"3"_s);
    QCOMPARE(col("flag").intValue(0), 1);
    QCOMPARE(col("flag").intValue(1), 0);
    QCOMPARE(col("day").intValue(0), days(QDate(2024, 2, 29)));
    QCOMPARE(col("day").intValue(1), -1);
    QCOMPARE(col("at").intValue(0), micros(QDate(2024, 2, 29), QTime(13, 45, 30, 123), 456));
    QCOMPARE(col("at").intValue(1), micros(QDate(1999, 12, 31), QTime(22, 0)));
    QCOMPARE(col("ts").intValue(0), 0);
    QCOMPARE(col("ts").intValue(1), 86400LL * 1000000);
    QCOMPARE(col("data").text(0), std::string_view("\x00\xff\x10", 3));
    QVERIFY(!col("data").isNull(1));
    QCOMPARE(col("data").text(1).size(), 0u);
    QCOMPARE(text(b, u"t"_s, 0), u"héllo ✓"_s);
    QVERIFY(!col("t").isNull(1));
    QCOMPARE(text(b, u"t"_s, 1), QString());
    QCOMPARE(text(b, u"v"_s, 2), u"v3"_s);
    QCOMPARE(text(b, u"untyped"_s, 0), u"x"_s);
    QCOMPARE(text(b, u"untyped"_s, 1), u"5"_s);
    // Row 3 is NULL everywhere except its key and the NOT NULL column.
    for (const char *name : {"i", "big", "r", "d", "amount", "flag", "day", "at", "ts", "data", "t", "untyped"})
        QVERIFY2(col(name).isNull(2), name);
    QVERIFY(!col("id").isNull(2));
    QCOMPARE(col("i").nullCount(), 1);
}

void tst_SqliteConnector::readBatches_data()
{
    QTest::addColumn<int>("batchRows");
    QTest::addColumn<qint64>("limitRows");
    QTest::addColumn<int>("expectedBatches");
    QTest::addColumn<qint64>("expectedRows");

    QTest::newRow("1000-row batches") << 1000 << qint64(-1) << 20 << qint64(20000);
    QTest::newRow("default batches") << 8192 << qint64(-1) << 3 << qint64(20000);
    QTest::newRow("one batch larger than the table") << 50000 << qint64(-1) << 1 << qint64(20000);
    QTest::newRow("limit inside the third batch") << 1000 << qint64(2500) << 3 << qint64(2500);
    QTest::newRow("limit larger than the table") << 8192 << qint64(1000000) << 3 << qint64(20000);
    QTest::newRow("limit zero") << 100 << qint64(0) << 0 << qint64(0);
}

void tst_SqliteConnector::readBatches()
{
    QFETCH(int, batchRows);
    QFETCH(qint64, limitRows);
    QFETCH(int, expectedBatches);
    QFETCH(qint64, expectedRows);

    SqliteConnector connector(settingsFor(m_fixture));
    ReadOptions options;
    options.batchRows = batchRows;
    options.limitRows = limitRows;
    const ReadResult r = readAll(connector, u"big"_s, options);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.batches.size(), expectedBatches);
    QCOMPARE(r.rows, expectedRows);
    qint64 next = 0;
    qint64 sum = 0;
    for (const RecordBatch &b : r.batches) {
        QVERIFY(b.rowCount <= batchRows);
        QCOMPARE(b.firstRecord, next);
        QCOMPARE(b.columns[0].type(), ColumnType::Int64);
        for (qint64 row = 0; row < b.rowCount; ++row) {
            QCOMPARE(b.columns[0].intValue(row), next + row + 1);
            sum += b.columns[0].intValue(row);
        }
        QCOMPARE(text(b, u"label"_s, int(b.rowCount - 1)), u"row %1"_s.arg(next + b.rowCount));
        next += b.rowCount;
    }
    QCOMPARE(sum, expectedRows * (expectedRows + 1) / 2);
}

void tst_SqliteConnector::weirdIdentifiers()
{
    SqliteConnector connector(settingsFor(m_fixture));
    const ReadResult odd = readAll(connector, u"my \"odd\" table"_s);
    QVERIFY2(odd.error.isEmpty(), qPrintable(odd.error));
    QCOMPARE(odd.rows, 2);
    const RecordBatch &b = odd.batches.first();
    QCOMPARE(b.columns[columnIndex(b, u"select"_s)].intValue(1), 2);
    QCOMPARE(text(b, u"Mixed Case"_s, 0), u"one"_s);
    QCOMPARE(text(b, u"a.b"_s, 0), u"dot"_s);
    QVERIFY(b.columns[columnIndex(b, u"a.b"_s)].isNull(1));

    const ReadResult reserved = readAll(connector, u"select"_s);
    QVERIFY2(reserved.error.isEmpty(), qPrintable(reserved.error));
    QCOMPARE(reserved.rows, 1);
    QCOMPARE(reserved.batches.first().columns[0].intValue(0), 7);
}

void tst_SqliteConnector::queryStream()
{
    // A trailing semicolon and a trailing comment must not break the wrapped query.
    SqliteConnector connector(settingsFor(
        m_fixture, u"SELECT n, label, n / 1000.0 AS ratio FROM big WHERE n % 1000 = 0 ORDER BY n DESC; -- newest first"_s));
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY2(streams, qPrintable(streams.error()));
    const StreamInfo &query = streams->last();
    QCOMPARE(query.name, u"query"_s);
    QVERIFY2(query.detail.isEmpty(), qPrintable(query.detail));
    QCOMPARE(query.columns.size(), 3);
    QCOMPARE(query.columns[0].type, ColumnType::Int64);
    QCOMPARE(query.columns[1].type, ColumnType::String);

    const ReadResult r = readAll(connector, u"query"_s);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.rows, 20);
    const RecordBatch &b = r.batches.first();
    QCOMPARE(b.columns[0].intValue(0), 20000);
    QCOMPARE(b.columns[0].intValue(19), 1000);
    QCOMPARE(text(b, u"label"_s, 0), u"row 20000"_s);
    QCOMPARE(b.columns[2].displayText(19), u"1"_s);

    ReadOptions limited;
    limited.limitRows = 5;
    QCOMPARE(readAll(connector, u"query"_s, limited).rows, 5);
}

void tst_SqliteConnector::queryText_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trailing semicolons") << u"SELECT 'a' AS v;;  \n"_s << u"a"_s;
    QTest::newRow("line comment after the semicolon") << u"SELECT 'b' AS v; -- done"_s << u"b"_s;
    QTest::newRow("block comment") << u"SELECT 'c' AS v /* the end */ ;"_s << u"c"_s;
    QTest::newRow("comment markers in a literal") << u"SELECT '--;/*' AS v"_s << u"--;/*"_s;
    QTest::newRow("quote and semicolon in a literal") << u"SELECT 'it''s;' AS v;"_s << u"it's;"_s;
    QTest::newRow("semicolon in a quoted identifier") << u"SELECT 'e' AS \"v;--\";"_s << u"e"_s;
    QTest::newRow("comment without a newline") << u"SELECT 'f' AS v -- no newline"_s << u"f"_s;
    QTest::newRow("common table expression") << u"WITH x(v) AS (SELECT 'g') SELECT v FROM x"_s << u"g"_s;
    QTest::newRow("values") << u"VALUES ('h')"_s << u"h"_s;
}

void tst_SqliteConnector::queryText()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    SqliteConnector connector(settingsFor(m_fixture, query));
    const ReadResult r = readAll(connector, u"query"_s);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.rows, 1);
    QCOMPARE(text(r.batches.first(), r.batches.first().schema->front().name, 0), expected);
}

void tst_SqliteConnector::brokenQuery()
{
    SqliteConnector connector(settingsFor(m_fixture, u"SELECT nonsense FROM nowhere"_s));
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY2(streams, qPrintable(streams.error()));
    QCOMPARE(streams->size(), 7); // tables are still listed
    QCOMPARE(streams->last().name, u"query"_s);
    QVERIFY2(streams->last().detail.contains(u"no such table: nowhere"_s), qPrintable(streams->last().detail));
    const ReadResult r = readAll(connector, u"query"_s);
    QVERIFY(r.error.contains(u"'Inventory'"_s));
    QVERIFY2(r.error.contains(u"no such table: nowhere"_s), qPrintable(r.error));
}

void tst_SqliteConnector::writingQueryIsRejected()
{
    for (const QString &sql : {u"DELETE FROM big"_s, u"SELECT 1; DELETE FROM big"_s,
                               u"UPDATE big SET n = 0 RETURNING n"_s}) {
        SqliteConnector connector(settingsFor(m_fixture, sql));
        const ReadResult r = readAll(connector, u"query"_s);
        QVERIFY2(!r.error.isEmpty(), qPrintable(sql));
    }
    SqliteConnector connector(settingsFor(m_fixture));
    QCOMPARE(readAll(connector, u"big"_s).rows, 20000);
}

void tst_SqliteConnector::unknownStreams_data()
{
    QTest::addColumn<QString>("stream");
    QTest::newRow("missing") << u"nope"_s;
    QTest::newRow("statement appended") << u"big; DROP TABLE big"_s;
    QTest::newRow("quote breaking out") << u"big\" WHERE 0 --"_s;
    QTest::newRow("already quoted") << u"\"big\""_s;
    QTest::newRow("different case of a table") << u"BIG"_s;
    QTest::newRow("internal table") << u"sqlite_master"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("query without a configured query") << u"query"_s;
}

void tst_SqliteConnector::unknownStreams()
{
    QFETCH(QString, stream);
    SqliteConnector connector(settingsFor(m_fixture));
    const ReadResult r = readAll(connector, stream);
    QVERIFY2(r.error.contains(u"has no table or view named '%1'"_s.arg(stream)), qPrintable(r.error));
    QCOMPARE(readAll(connector, u"big"_s).rows, 20000);
}

void tst_SqliteConnector::badValuesAreQuarantined()
{
    SqliteConnector connector(settingsFor(m_fixture));
    const ReadResult r = readAll(connector, u"dirty"_s);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.rows, 2);
    const RecordBatch &b = r.batches.first();
    QCOMPARE(b.columns[0].intValue(0), 1);
    QCOMPARE(b.columns[0].intValue(1), 4);
    QCOMPARE(r.badRecords.size(), 2);
    QCOMPARE(r.badRecords[0].recordNumber, 1);
    QCOMPARE(r.badRecords[0].column, u"amount"_s);
    QVERIFY2(r.badRecords[0].reason.contains(u"'n/a' is not a whole number"_s), qPrintable(r.badRecords[0].reason));
    QCOMPARE(r.badRecords[0].raw, QByteArray(R"([2,"n/a","2024-01-02"])"));
    QCOMPARE(r.badRecords[1].recordNumber, 2);
    QCOMPARE(r.badRecords[1].column, u"day"_s);
    QVERIFY(r.badRecords[1].reason.contains(u"'yesterday' is not a date"_s));
}

void tst_SqliteConnector::timestampFormats_data()
{
    QTest::addColumn<QString>("stored"); // an SQL literal
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    const QDate day(2024, 2, 29);
    QTest::newRow("space, microseconds") << u"'2024-02-29 13:45:30.123456'"_s << true << micros(day, QTime(13, 45, 30, 123), 456);
    QTest::newRow("T and Z") << u"'2024-02-29T13:45:30Z'"_s << true << micros(day, QTime(13, 45, 30));
    QTest::newRow("offset with colon") << u"'2024-02-29 13:45:30+05:30'"_s << true << micros(day, QTime(8, 15, 30));
    QTest::newRow("negative offset, no colon") << u"'2024-02-29 13:45:30 -0100'"_s << true << micros(day, QTime(14, 45, 30));
    QTest::newRow("milliseconds") << u"'2024-02-29 13:45:30.5'"_s << true << micros(day, QTime(13, 45, 30, 500));
    QTest::newRow("no seconds") << u"'2024-02-29 13:45'"_s << true << micros(day, QTime(13, 45));
    QTest::newRow("date only") << u"'2024-02-29'"_s << true << micros(day, QTime(0, 0));
    QTest::newRow("end of day") << u"'2024-02-29 24:00:00'"_s << true << micros(day.addDays(1), QTime(0, 0));
    QTest::newRow("before the epoch") << u"'1969-12-31 23:59:59.999999'"_s << true << qint64(-1);
    QTest::newRow("BC") << u"'0044-03-15 12:00:00 BC'"_s << true << micros(QDate(-44, 3, 15), QTime(12, 0));
    QTest::newRow("unix seconds") << u"1700000000"_s << true << qint64(1700000000) * 1000000;
    QTest::newRow("fractional unix seconds") << u"1.25"_s << true << qint64(1250000);
    QTest::newRow("no such day") << u"'2023-02-29 00:00:00'"_s << false << qint64(0);
    QTest::newRow("hour 25") << u"'2024-02-29 25:00:00'"_s << false << qint64(0);
    QTest::newRow("words") << u"'tomorrow'"_s << false << qint64(0);
    QTest::newRow("trailing junk") << u"'2024-02-29 13:45:30 UTC+1'"_s << false << qint64(0);
    QTest::newRow("blob") << u"X'01'"_s << false << qint64(0);
}

void tst_SqliteConnector::timestampFormats()
{
    QFETCH(QString, stored);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);

    const QString path = m_dir.filePath(u"timestamps-%1.sqlite"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'_'));
    createDatabase(path, {u"CREATE TABLE t (at TIMESTAMP)"_s, u"INSERT INTO t VALUES (%1)"_s.arg(stored)});
    SqliteConnector connector(settingsFor(path));
    const ReadResult r = readAll(connector, u"t"_s);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    if (valid) {
        QCOMPARE(r.badRecords.size(), 0);
        QCOMPARE(r.rows, 1);
        QCOMPARE(r.batches.first().columns[0].intValue(0), expected);
    } else {
        QCOMPARE(r.rows, 0);
        QCOMPARE(r.badRecords.size(), 1);
        QCOMPARE(r.badRecords.first().column, u"at"_s);
    }
}

void tst_SqliteConnector::cancel()
{
    SqliteConnector connector(settingsFor(m_fixture));
    std::atomic_bool cancelled{false};
    ReadOptions options;
    options.batchRows = 1000;
    options.cancel = &cancelled;
    Result<std::unique_ptr<StreamReader>> reader = connector.openStream(u"big"_s, options);
    QVERIFY2(reader, qPrintable(reader.error()));
    RecordBatch batch;
    QVERIFY(*(*reader)->next(batch));
    cancelled = true;
    const Result<bool> next = (*reader)->next(batch);
    QVERIFY(!next);
    QVERIFY2(next.error().contains(u"cancelled"_s), qPrintable(next.error()));
}

void tst_SqliteConnector::readerOutlivesConnector()
{
    std::unique_ptr<StreamReader> reader;
    {
        SqliteConnector connector(settingsFor(m_fixture));
        Result<std::unique_ptr<StreamReader>> opened = connector.openStream(u"big"_s, {});
        QVERIFY2(opened, qPrintable(opened.error()));
        reader = std::move(*opened);
    }
    qint64 rows = 0;
    RecordBatch batch;
    for (;;) {
        const Result<bool> more = reader->next(batch);
        QVERIFY2(more, qPrintable(more.error()));
        if (!*more)
            break;
        rows += batch.rowCount;
    }
    QCOMPARE(rows, 20000);
}

void tst_SqliteConnector::connectorsOnSeveralThreads()
{
    // Each connector opens a connection of its own on the thread that uses it; two threads
    // reading the same file at once must not share (or warn about) connections.
    const auto work = [this] {
        SqliteConnector connector(settingsFor(m_fixture));
        return connector.discover().ok() ? readAll(connector, u"big"_s).rows : -1;
    };
    qint64 workerRows = 0;
    std::unique_ptr<QThread> worker(QThread::create([&] { workerRows = work(); }));
    worker->start();
    const qint64 mainRows = work();
    QVERIFY(worker->wait(60000));
    QCOMPARE(mainRows, 20000);
    QCOMPARE(workerRows, 20000);
    for (const QString &name : QSqlDatabase::connectionNames())
        QVERIFY2(!name.startsWith(u"miq-"_s), qPrintable(u"leaked connection "_s + name));
}

void tst_SqliteConnector::fileIsNeverModified()
{
    const QString path = m_dir.filePath(u"readonly.sqlite"_s);
    QVERIFY(QFile::copy(m_fixture, path));
    const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-3);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(past, QFileDevice::FileModificationTime));
    }
    const QByteArray before = fileDigest(path);
    {
        SqliteConnector connector(settingsFor(path, u"SELECT count(*) AS c FROM big"_s));
        QVERIFY(connector.checkConnection());
        const Result<QList<StreamInfo>> streams = connector.discover();
        QVERIFY(streams);
        for (const StreamInfo &s : *streams)
            QVERIFY2(readAll(connector, s.name).error.isEmpty(), qPrintable(s.name));
    }
    QCOMPARE(fileDigest(path), before);
    QCOMPARE(QFileInfo(path).lastModified().toUTC(), past);
    const QStringList leftovers = QDir(m_dir.path()).entryList({u"readonly.sqlite-*"_s});
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", "_s)));
}

void tst_SqliteConnector::cleanupTestCase()
{
    // Every test only read the fixture.
    QCOMPARE(fileDigest(m_fixture), m_fixtureDigest);
}

QTEST_GUILESS_MAIN(tst_SqliteConnector)
#include "tst_sqliteconnector.moc"
