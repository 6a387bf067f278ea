#include "connectors/sql/postgresconnector.h"

#include "sqltesthelpers.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

using namespace miq;
using namespace SqlTest;
using namespace Qt::StringLiterals;

namespace {

const QString fixtureConnection = u"pg-fixture"_s;

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

ConnectionSettings pgSettings(const QString &query = QString())
{
    ConnectionSettings s;
    s.sourceName = u"Sales"_s;
    s.values.insert(u"host"_s, env("MIQ_PG_HOST"));
    s.values.insert(u"port"_s, env("MIQ_PG_PORT"));
    s.values.insert(u"database"_s, env("MIQ_PG_DATABASE"));
    s.values.insert(u"user"_s, env("MIQ_PG_USER"));
    s.values.insert(u"sslmode"_s, u"disable"_s);
    s.secrets.insert(u"password"_s, env("MIQ_PG_PASSWORD"));
    if (!query.isNull())
        s.values.insert(u"query"_s, query);
    return s;
}

qint64 countRows(const QString &table)
{
    QSqlQuery q(QSqlDatabase::database(fixtureConnection));
    if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class tst_PostgresConnector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void spec();
    void checkConnection();
    void discoverStreams();
    void discoverColumns_data();
    void discoverColumns();
    void schemaFilter();
    void readTypedValues();
    void readBatches_data();
    void readBatches();
    void weirdIdentifiers();
    void unrepresentableValuesAreQuarantined();
    void queryStream();
    void queryText_data();
    void queryText();
    void brokenQuery();
    void sessionIsReadOnly();
    void unknownStreams_data();
    void unknownStreams();
    void ambiguousName();
    void parallelReaders();
    void readerOutlivesConnector();
    void cancel();
    void wrongPassword();
    void passwordNeverInMessages();
    void missingDatabase();
    void refusedPort();
    void unreachableHostTimesOut();
    void sslRequired();
    void invalidSettings_data();
    void invalidSettings();
    void partsByIntegerKey();
    void partsByPages();
    void partsWithCursor();
    void partsFallBackToOneReader_data();
    void partsFallBackToOneReader();
    void cursorPushdown();
    void cursorBoundIsAParameter();
    void cursorOnQueryStream();
    void unknownCursorColumn();
    void cleanupTestCase();
};

void tst_PostgresConnector::initTestCase()
{
    if (env("MIQ_PG_HOST").isEmpty())
        QSKIP("MIQ_PG_HOST is not set: run this test through tools/with-postgres.sh (ctest does).");
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "the QPSQL driver (libqt6sql6-psql) is missing");

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, fixtureConnection);
    db.setHostName(env("MIQ_PG_HOST"));
    db.setPort(env("MIQ_PG_PORT").toInt());
    db.setDatabaseName(env("MIQ_PG_DATABASE"));
    db.setUserName(env("MIQ_PG_USER"));
    db.setPassword(env("MIQ_PG_PASSWORD"));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));

    const QStringList statements = fixtureStatements(u"postgres_fixture.sql"_s);
    QVERIFY(!statements.isEmpty());
    QSqlQuery q(db);
    for (const QString &sql : statements)
        QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
}

void tst_PostgresConnector::spec()
{
    const ConnectorSpec s = PostgresConnector::spec();
    QCOMPARE(s.typeId, u"postgres"_s);
    QCOMPARE(s.secretKeys(), QStringList{u"password"_s});
    QCOMPARE(s.field(u"host"_s)->defaultValue.toString(), u"localhost"_s);
    QCOMPARE(s.field(u"port"_s)->kind, ConfigField::Kind::Integer);
    QCOMPARE(s.field(u"port"_s)->defaultValue.toInt(), 5432);
    QCOMPARE(s.field(u"port"_s)->minimum, 1);
    QCOMPARE(s.field(u"port"_s)->maximum, 65535);
    QVERIFY(s.field(u"database"_s)->required);
    QVERIFY(s.field(u"user"_s)->required);
    QCOMPARE(s.field(u"password"_s)->kind, ConfigField::Kind::Password);
    QCOMPARE(s.field(u"sslmode"_s)->choices,
             QStringList({u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s}));
    QCOMPARE(s.field(u"sslmode"_s)->defaultValue.toString(), u"prefer"_s);
    QVERIFY(s.field(u"schema"_s));
    QVERIFY(!s.field(u"schema"_s)->required);
    QCOMPARE(s.field(u"query"_s)->kind, ConfigField::Kind::MultilineText);
    QCOMPARE(s.field(u"connect_timeout"_s)->defaultValue.toInt(), 10);
}

void tst_PostgresConnector::checkConnection()
{
    PostgresConnector connector(pgSettings());
    const Result<QString> check = connector.checkConnection();
    QVERIFY2(check, qPrintable(check.error()));
    QVERIFY2(QRegularExpression(u"^PostgreSQL \\d+\\.\\d+, tables: \\d+, views: \\d+$"_s).match(*check).hasMatch(),
             qPrintable(*check));
}

void tst_PostgresConnector::discoverStreams()
{
    PostgresConnector connector(pgSettings(u"SELECT n FROM public.big"_s));
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY2(streams, qPrintable(streams.error()));

    const StreamInfo *allTypes = findStream(*streams, u"public.all_types"_s);
    QVERIFY(allTypes);
    QCOMPARE(allTypes->kind, StreamInfo::Kind::Table);
    QCOMPARE(allTypes->columns.size(), 21);
    QCOMPARE(allTypes->detail, u"Every common type"_s);
    QVERIFY(allTypes->sizeBytes && *allTypes->sizeBytes > 0);

    const StreamInfo *big = findStream(*streams, u"public.big"_s);
    QVERIFY(big);
    QVERIFY(big->rowEstimate);
    QCOMPARE(*big->rowEstimate, 25000); // ANALYZEd, so pg_class.reltuples is exact here

    const StreamInfo *view = findStream(*streams, u"public.all_types_view"_s);
    QVERIFY(view);
    QCOMPARE(view->kind, StreamInfo::Kind::View);
    QCOMPARE(view->columns.size(), 2);
    QVERIFY(!view->rowEstimate);

    const StreamInfo *matview = findStream(*streams, u"Sales Dept.monthly"_s);
    QVERIFY(matview);
    QCOMPARE(matview->kind, StreamInfo::Kind::View);
    QVERIFY(findStream(*streams, u"Sales Dept.Order \"Items\""_s));
    QVERIFY(findStream(*streams, u"hidden.secret_stuff"_s));

    for (const StreamInfo &s : *streams) {
        QVERIFY2(!s.name.startsWith(u"pg_catalog."_s) && !s.name.startsWith(u"information_schema."_s),
                 qPrintable(s.name));
    }
    // Schemas "a" and "a.b" each hold a relation spelt "a.b.c": both are listed, not merged.
    int abc = 0;
    for (const StreamInfo &s : *streams)
        if (s.name == u"a.b.c"_s) {
            ++abc;
            QCOMPARE(s.columns.size(), 1);
        }
    QCOMPARE(abc, 2);

    const StreamInfo *query = findStream(*streams, u"query"_s);
    QVERIFY(query);
    QCOMPARE(query->kind, StreamInfo::Kind::Query);
    QCOMPARE(query->columns.size(), 1);
    QCOMPARE(query->columns[0].type, ColumnType::Int64);
    QCOMPARE(query->columns[0].nativeType, u"bigint"_s);
}

void tst_PostgresConnector::discoverColumns_data()
{
    QTest::addColumn<QString>("stream");
    QTest::addColumn<QString>("column");
    QTest::addColumn<ColumnType>("type");
    QTest::addColumn<QString>("nativeType");
    QTest::addColumn<bool>("nullable");
    QTest::addColumn<bool>("primaryKey");

    const QString t = u"public.all_types"_s;
    QTest::newRow("integer pk") << t << u"id"_s << ColumnType::Int64 << u"integer"_s << false << true;
    QTest::newRow("smallint") << t << u"small"_s << ColumnType::Int64 << u"smallint"_s << true << false;
    QTest::newRow("bigint") << t << u"big"_s << ColumnType::Int64 << u"bigint"_s << true << false;
    QTest::newRow("real") << t << u"real_v"_s << ColumnType::Double << u"real"_s << true << false;
    QTest::newRow("double") << t << u"double_v"_s << ColumnType::Double << u"double precision"_s << true << false;
    QTest::newRow("numeric(p,s)") << t << u"num"_s << ColumnType::Decimal << u"numeric(30,9)"_s << true << false;
    QTest::newRow("numeric") << t << u"num_free"_s << ColumnType::Decimal << u"numeric"_s << true << false;
    QTest::newRow("boolean") << t << u"flag"_s << ColumnType::Bool << u"boolean"_s << true << false;
    QTest::newRow("date") << t << u"day"_s << ColumnType::Date << u"date"_s << true << false;
    QTest::newRow("timestamp") << t << u"ts"_s << ColumnType::Timestamp << u"timestamp without time zone"_s << true << false;
    QTest::newRow("timestamptz") << t << u"tstz"_s << ColumnType::Timestamp << u"timestamp with time zone"_s << true << false;
    QTest::newRow("bytea") << t << u"bytes"_s << ColumnType::Bytes << u"bytea"_s << true << false;
    QTest::newRow("text") << t << u"txt"_s << ColumnType::String << u"text"_s << true << false;
    QTest::newRow("varchar not null") << t << u"vc"_s << ColumnType::String << u"character varying(40)"_s << false << false;
    QTest::newRow("char") << t << u"ch"_s << ColumnType::String << u"character(3)"_s << true << false;
    QTest::newRow("uuid") << t << u"uuid_v"_s << ColumnType::String << u"uuid"_s << true << false;
    QTest::newRow("jsonb") << t << u"json_v"_s << ColumnType::String << u"jsonb"_s << true << false;
    QTest::newRow("array") << t << u"int_array"_s << ColumnType::String << u"integer[]"_s << true << false;
    QTest::newRow("time") << t << u"t"_s << ColumnType::String << u"time without time zone"_s << true << false;
    QTest::newRow("interval") << t << u"iv"_s << ColumnType::String << u"interval"_s << true << false;
    QTest::newRow("domain over integer") << t << u"positive"_s << ColumnType::Int64 << u"positive_int"_s << true << false;
    const QString odd = u"Sales Dept.Order \"Items\""_s;
    QTest::newRow("reserved word, composite key") << odd << u"select"_s << ColumnType::Int64 << u"integer"_s << false << true;
    QTest::newRow("mixed case, composite key") << odd << u"Mixed Case"_s << ColumnType::String << u"text"_s << false << true;
    QTest::newRow("reserved word, not key") << odd << u"from"_s << ColumnType::Date << u"date"_s << true << false;
    QTest::newRow("view column") << u"public.all_types_view"_s << u"txt"_s << ColumnType::String << u"text"_s << true << false;
}

void tst_PostgresConnector::discoverColumns()
{
    QFETCH(QString, stream);
    QFETCH(QString, column);
    QFETCH(ColumnType, type);
    QFETCH(QString, nativeType);
    QFETCH(bool, nullable);
    QFETCH(bool, primaryKey);

    PostgresConnector connector(pgSettings());
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY2(streams, qPrintable(streams.error()));
    const StreamInfo *s = findStream(*streams, stream);
    QVERIFY(s);
    for (const ColumnInfo &c : s->columns) {
        if (c.name != column)
            continue;
        QCOMPARE(c.type, type);
        QCOMPARE(c.nativeType, nativeType);
        QCOMPARE(c.nullable, nullable);
        QCOMPARE(c.primaryKey, primaryKey);
        return;
    }
    QFAIL("column not discovered");
}

void tst_PostgresConnector::schemaFilter()
{
    ConnectionSettings settings = pgSettings();
    settings.values.insert(u"schema"_s, u"Sales*, a"_s);
    PostgresConnector connector(settings);
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY2(streams, qPrintable(streams.error()));
    QStringList names;
    for (const StreamInfo &s : *streams)
        names << s.name;
    QCOMPARE(names, QStringList({u"Sales Dept.Order \"Items\""_s, u"Sales Dept.monthly"_s, u"a.b.c"_s}));
    const Result<QString> check = connector.checkConnection();
    QVERIFY2(check, qPrintable(check.error()));
    QVERIFY2(check->endsWith(u"tables: 2, views: 1"_s), qPrintable(*check));
    // Streams outside the filter cannot be read either.
    QVERIFY(readAll(connector, u"public.big"_s).error.contains(u"has no table or view named 'public.big'"_s));
    const ReadResult onlyOne = readAll(connector, u"a.b.c"_s); // schema "a.b" is filtered out: not ambiguous
    QVERIFY2(onlyOne.error.isEmpty(), qPrintable(onlyOne.error));
    QCOMPARE(onlyOne.rows, 0);
}

void tst_PostgresConnector::readTypedValues()
{
    PostgresConnector connector(pgSettings());
    ReadResult r = readAll(connector, u"public.all_types"_s);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(r.badRecords.isEmpty());
    QCOMPARE(r.rows, 3);
    const RecordBatch &b = r.batches.first();
    const auto col = [&](const char *name) -> const Column & {
        return b.columns[columnIndex(b, QString::fromLatin1(name))];
    };
    const auto txt = [&](const char *name, int row) {
        return text(b, columnIndex(b, QString::fromLatin1(name)), row);
    };
    QCOMPARE(col("small").intValue(0), -32768);
    QCOMPARE(col("small").intValue(1), 32767);
    QCOMPARE(col("big").intValue(0), std::numeric_limits<qint64>::max());
    QCOMPARE(col("big").intValue(1), std::numeric_limits<qint64>::min());
    QCOMPARE(col("real_v").doubleValue(0), 1.5);
    QVERIFY(std::isnan(col("real_v").doubleValue(1)));
    QCOMPARE(col("double_v").doubleValue(0), 0.1);
    QCOMPARE(col("double_v").doubleValue(1), -std::numeric_limits<double>::infinity());
    QCOMPARE(txt("num", 0), u"12345678901234567890.123456789"_s); // beyond a double: kept exact
    QCOMPARE(txt("num", 1), u"-0.500000000"_s);
    QCOMPARE(txt("num_free", 0), u"0.00000000000000000001"_s);
    QCOMPARE(txt("num_free", 1), u"NaN"_s);
    QCOMPARE(col("flag").intValue(0), 1);
    QCOMPARE(col("flag").intValue(1), 0);
    QCOMPARE(col("day").intValue(0), days(QDate(2024, 2, 29)));
    QCOMPARE(col("day").intValue(1), days(QDate(-44, 3, 15))); // QDate's -44 is 44 BC
    QCOMPARE(col("ts").intValue(0), micros(QDate(2024, 2, 29), QTime(13, 45, 30, 123), 456));
    QCOMPARE(col("ts").intValue(1), 0);
    QCOMPARE(col("tstz").intValue(0), micros(QDate(2024, 2, 29), QTime(11, 45, 30, 123), 456));
    QCOMPARE(col("tstz").intValue(1), -1);
    QCOMPARE(col("bytes").text(0), std::string_view("\x00\xff\x10", 3));
    QVERIFY(!col("bytes").isNull(1));
    QCOMPARE(col("bytes").text(1).size(), 0u);
    QCOMPARE(txt("txt", 0), u"héllo ✓ \"quoted\" 'single'"_s);
    QVERIFY(!col("txt").isNull(1));
    QCOMPARE(txt("vc", 2), u"v3"_s);
    QCOMPARE(txt("ch", 0), u"ab "_s);
    QCOMPARE(txt("uuid_v", 0), u"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"_s);
    QCOMPARE(txt("json_v", 0), u"{\"a\": [1, 2]}"_s);
    QCOMPARE(txt("json_v", 1), u"null"_s); // JSON null is a value, not SQL NULL
    QVERIFY(!col("json_v").isNull(1));
    QCOMPARE(txt("int_array", 0), u"{1,2,3}"_s);
    QCOMPARE(txt("t", 0), u"13:45:30.5"_s);
    QCOMPARE(txt("t", 1), u"23:59:59.999999"_s); // the driver's QTime would keep milliseconds only
    QCOMPARE(txt("iv", 0), u"1 day 02:00:00"_s);
    QCOMPARE(txt("iv", 1), u"-3 mons"_s);
    QCOMPARE(col("positive").intValue(0), 7);
    for (const char *name : {"small", "big", "real_v", "double_v", "num", "num_free", "flag", "day", "ts",
                             "tstz", "bytes", "txt", "ch", "uuid_v", "json_v", "int_array", "t", "iv", "positive"})
        QVERIFY2(col(name).isNull(2), name);
}

void tst_PostgresConnector::readBatches_data()
{
    QTest::addColumn<int>("batchRows");
    QTest::addColumn<qint64>("limitRows");
    QTest::addColumn<int>("expectedBatches");
    QTest::addColumn<qint64>("expectedRows");

    // 25,000 rows are three FETCHes of 10,000: batches straddle FETCH boundaries.
    QTest::newRow("default batches") << 8192 << qint64(-1) << 4 << qint64(25000);
    QTest::newRow("batch equal to a FETCH") << 10000 << qint64(-1) << 3 << qint64(25000);
    QTest::newRow("one batch over three FETCHes") << 30000 << qint64(-1) << 1 << qint64(25000);
    QTest::newRow("small batches") << 997 << qint64(-1) << 26 << qint64(25000);
    QTest::newRow("limit within the second FETCH") << 8192 << qint64(15000) << 2 << qint64(15000);
    QTest::newRow("limit equal to a FETCH") << 4000 << qint64(10000) << 3 << qint64(10000);
    QTest::newRow("limit zero") << 8192 << qint64(0) << 0 << qint64(0);
}

void tst_PostgresConnector::readBatches()
{
    QFETCH(int, batchRows);
    QFETCH(qint64, limitRows);
    QFETCH(int, expectedBatches);
    QFETCH(qint64, expectedRows);

    PostgresConnector connector(pgSettings());
    ReadOptions options;
    options.batchRows = batchRows;
    options.limitRows = limitRows;
    const ReadResult r = readAll(connector, u"public.big"_s, options);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.batches.size(), expectedBatches);
    QCOMPARE(r.rows, expectedRows);
    std::vector<bool> seen(25001, false);
    qint64 next = 0;
    for (const RecordBatch &b : r.batches) {
        QVERIFY(b.rowCount <= batchRows);
        QCOMPARE(b.firstRecord, next);
        QCOMPARE(b.columns[0].type(), ColumnType::Int64);
        for (qint64 row = 0; row < b.rowCount; ++row) {
            const qint64 n = b.columns[0].intValue(row);
            QVERIFY(n >= 1 && n <= 25000 && !seen[std::size_t(n)]);
            seen[std::size_t(n)] = true;
            QCOMPARE(text(b, 1, int(row)), u"row %1"_s.arg(n));
        }
        next += b.rowCount;
    }
}

void tst_PostgresConnector::weirdIdentifiers()
{
    PostgresConnector connector(pgSettings());
    const ReadResult r = readAll(connector, u"Sales Dept.Order \"Items\""_s);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.rows, 2);
    const RecordBatch &b = r.batches.first();
    QCOMPARE(b.columns[columnIndex(b, u"select"_s)].intValue(1), 2);
    QCOMPARE(text(b, columnIndex(b, u"Mixed Case"_s), 0), u"one"_s);
    QCOMPARE(b.columns[columnIndex(b, u"from"_s)].intValue(0), days(QDate(2024, 1, 1)));
    QVERIFY(b.columns[columnIndex(b, u"from"_s)].isNull(1));
    QCOMPARE(readAll(connector, u"Sales Dept.monthly"_s).rows, 1);
}

void tst_PostgresConnector::unrepresentableValuesAreQuarantined()
{
    PostgresConnector connector(pgSettings());
    const ReadResult r = readAll(connector, u"public.edge"_s);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.rows, 2);
    QCOMPARE(r.batches.first().columns[0].intValue(0), 1);
    QCOMPARE(r.batches.first().columns[0].intValue(1), 5);
    QCOMPARE(r.batches.first().columns[1].intValue(0), micros(QDate(2000, 1, 1), QTime(0, 0)));
    QCOMPARE(r.badRecords.size(), 3);
    QCOMPARE(r.badRecords[0].recordNumber, 1);
    QCOMPARE(r.badRecords[0].column, u"at"_s);
    QVERIFY2(r.badRecords[0].reason.contains(u"'infinity' is not a timestamp"_s), qPrintable(r.badRecords[0].reason));
    QVERIFY(r.badRecords[0].raw.contains("infinity"));
    QCOMPARE(r.badRecords[1].column, u"day"_s);
    QCOMPARE(r.badRecords[2].recordNumber, 3);
    QVERIFY(r.badRecords[2].raw.contains("294276-12-31"));
}

void tst_PostgresConnector::queryStream()
{
    PostgresConnector connector(pgSettings(
        u"SELECT n, label, n * 1.5 AS ratio, TIMESTAMPTZ '2024-01-01 00:00:00+00' + n * INTERVAL '1 second' AS at, "
        "NULL::text AS nothing, n FROM public.big WHERE n <= 10 ORDER BY n DESC; -- duplicate column name"_s));
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY2(streams, qPrintable(streams.error()));
    const StreamInfo *query = findStream(*streams, u"query"_s);
    QVERIFY(query);
    QVERIFY2(query->detail.isEmpty(), qPrintable(query->detail));
    const QList<ColumnType> types = {ColumnType::Int64, ColumnType::String, ColumnType::Decimal,
                                     ColumnType::Timestamp, ColumnType::String, ColumnType::Int64};
    QCOMPARE(query->columns.size(), types.size());
    for (qsizetype i = 0; i < types.size(); ++i)
        QCOMPARE(query->columns[i].type, types[i]);
    QCOMPARE(query->columns[5].name, u"n"_s);
    QCOMPARE(query->columns[3].nativeType, u"timestamp with time zone"_s);

    const ReadResult r = readAll(connector, u"query"_s);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.rows, 10);
    const RecordBatch &b = r.batches.first();
    QCOMPARE(b.columns[0].intValue(0), 10);
    QCOMPARE(text(b, 1, 0), u"row 10"_s);
    QCOMPARE(text(b, 2, 0), u"15.0"_s);
    QCOMPARE(b.columns[3].intValue(0), micros(QDate(2024, 1, 1), QTime(0, 0, 10)));
    QVERIFY(b.columns[4].isNull(0));
    QCOMPARE(b.columns[5].intValue(9), 1);

    ReadOptions limited;
    limited.limitRows = 3;
    QCOMPARE(readAll(connector, u"query"_s, limited).rows, 3);
}

void tst_PostgresConnector::queryText_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trailing semicolons") << u"SELECT 'a' AS v;;  \n"_s << u"a"_s;
    QTest::newRow("line comment after the semicolon") << u"SELECT 'b' AS v; -- done"_s << u"b"_s;
    QTest::newRow("nested block comment") << u"SELECT 'c' AS v /* outer /* inner */ still comment; */ ;"_s << u"c"_s;
    QTest::newRow("comment markers in a literal") << u"SELECT '--;/*' AS v"_s << u"--;/*"_s;
    QTest::newRow("dollar quotes") << u"SELECT $$it's;--$$ AS v;"_s << u"it's;--"_s;
    QTest::newRow("tagged dollar quotes") << u"SELECT $q$;$$;$q$ AS v -- x"_s << u";$$;"_s;
    QTest::newRow("semicolon in a quoted identifier") << u"SELECT 'e' AS \"v;--\";"_s << u"e"_s;
    QTest::newRow("values") << u"VALUES ('h')"_s << u"h"_s;
}

void tst_PostgresConnector::queryText()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    PostgresConnector connector(pgSettings(query));
    const ReadResult r = readAll(connector, u"query"_s);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.rows, 1);
    QCOMPARE(text(r.batches.first(), 0, 0), expected);
}

void tst_PostgresConnector::brokenQuery()
{
    PostgresConnector connector(pgSettings(u"SELECT nonsense FROM nowhere"_s));
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY2(streams, qPrintable(streams.error()));
    QVERIFY(findStream(*streams, u"public.big"_s)); // tables are still listed
    const StreamInfo *query = findStream(*streams, u"query"_s);
    QVERIFY(query);
    QVERIFY2(query->detail.contains(u"relation \"nowhere\" does not exist"_s), qPrintable(query->detail));
    const ReadResult r = readAll(connector, u"query"_s);
    QVERIFY(r.error.contains(u"'Sales'"_s));
    QVERIFY2(r.error.contains(u"relation \"nowhere\" does not exist"_s), qPrintable(r.error));
}

void tst_PostgresConnector::sessionIsReadOnly()
{
    const QStringList writers = {u"SELECT nextval('public.counter') AS v"_s,
                                 u"DELETE FROM public.big RETURNING n"_s,
                                 u"SELECT 1; DELETE FROM public.big"_s};
    for (const QString &sql : writers) {
        PostgresConnector connector(pgSettings(sql));
        const ReadResult r = readAll(connector, u"query"_s);
        QVERIFY2(!r.error.isEmpty(), qPrintable(sql));
    }
    PostgresConnector connector(pgSettings(u"SELECT nextval('public.counter') AS v"_s));
    QVERIFY2(readAll(connector, u"query"_s).error.contains(u"read-only transaction"_s), "nextval must be refused");
    QCOMPARE(countRows(u"public.big"_s), 25000);
}

void tst_PostgresConnector::unknownStreams_data()
{
    QTest::addColumn<QString>("stream");
    QTest::newRow("missing") << u"public.nope"_s;
    QTest::newRow("no schema") << u"big"_s;
    QTest::newRow("statement appended") << u"public.big; DROP TABLE public.big"_s;
    QTest::newRow("quote breaking out") << u"public.big\" WHERE false --"_s;
    QTest::newRow("already quoted") << u"\"public\".\"big\""_s;
    QTest::newRow("system catalogue") << u"pg_catalog.pg_authid"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("query without a configured query") << u"query"_s;
}

void tst_PostgresConnector::unknownStreams()
{
    QFETCH(QString, stream);
    PostgresConnector connector(pgSettings());
    const ReadResult r = readAll(connector, stream);
    QVERIFY2(r.error.contains(u"has no table or view named '%1'"_s.arg(stream)), qPrintable(r.error));
    QCOMPARE(countRows(u"public.big"_s), 25000);
}

void tst_PostgresConnector::ambiguousName()
{
    PostgresConnector connector(pgSettings());
    const ReadResult r = readAll(connector, u"a.b.c"_s);
    QVERIFY2(r.error.contains(u"matches several tables"_s), qPrintable(r.error));
}

void tst_PostgresConnector::parallelReaders()
{
    // Two readers of one connector, interleaved: each has its own connection and transaction.
    PostgresConnector connector(pgSettings());
    ReadOptions options;
    options.batchRows = 3000;
    Result<std::unique_ptr<StreamReader>> first = connector.openStream(u"public.big"_s, options);
    Result<std::unique_ptr<StreamReader>> second = connector.openStream(u"public.big"_s, options);
    QVERIFY2(first && second, qPrintable(first.error() + second.error()));
    qint64 sums[2] = {0, 0};
    bool done[2] = {false, false};
    RecordBatch batch;
    while (!done[0] || !done[1]) {
        for (int i = 0; i < 2; ++i) {
            if (done[i])
                continue;
            const Result<bool> more = (i == 0 ? *first : *second)->next(batch);
            QVERIFY2(more, qPrintable(more.error()));
            done[i] = !*more;
            for (qint64 row = 0; row < batch.rowCount; ++row)
                sums[i] += batch.columns[0].intValue(row);
        }
    }
    QCOMPARE(sums[0], 25000LL * 25001 / 2);
    QCOMPARE(sums[1], sums[0]);
}

void tst_PostgresConnector::readerOutlivesConnector()
{
    std::unique_ptr<StreamReader> reader;
    {
        PostgresConnector connector(pgSettings());
        Result<std::unique_ptr<StreamReader>> opened = connector.openStream(u"public.big"_s, {});
        QVERIFY2(opened, qPrintable(opened.error()));
        reader = std::move(*opened);
    }
    RecordBatch batch;
    qint64 rows = 0;
    for (;;) {
        const Result<bool> more = reader->next(batch);
        QVERIFY2(more, qPrintable(more.error()));
        if (!*more)
            break;
        rows += batch.rowCount;
    }
    QCOMPARE(rows, 25000);
}

void tst_PostgresConnector::cancel()
{
    PostgresConnector connector(pgSettings());
    std::atomic_bool cancelled{false};
    ReadOptions options;
    options.cancel = &cancelled;
    Result<std::unique_ptr<StreamReader>> reader = connector.openStream(u"public.big"_s, options);
    QVERIFY2(reader, qPrintable(reader.error()));
    RecordBatch batch;
    QVERIFY(*(*reader)->next(batch));
    cancelled = true;
    const Result<bool> next = (*reader)->next(batch);
    QVERIFY(!next);
    QVERIFY2(next.error().contains(u"cancelled"_s), qPrintable(next.error()));
    reader->reset(); // rolls back mid-cursor; the server must not be left in a transaction
    QCOMPARE(readAll(connector, u"public.big"_s).rows, 25000);
}

void tst_PostgresConnector::wrongPassword()
{
    ConnectionSettings settings = pgSettings();
    const QString wrong = u"Wr0ng-%1"_s.arg(QRandomGenerator::global()->generate64(), 0, 36);
    settings.secrets.insert(u"password"_s, wrong);
    PostgresConnector connector(settings);
    const Result<QString> check = connector.checkConnection();
    QVERIFY(!check);
    QVERIFY2(check.error().contains(u"password authentication failed for user \"%1\""_s.arg(env("MIQ_PG_USER"))),
             qPrintable(check.error()));
    QVERIFY(check.error().startsWith(u"Cannot connect to PostgreSQL at %1:%2 for source 'Sales': "_s
                                         .arg(env("MIQ_PG_HOST"), env("MIQ_PG_PORT"))));
    QVERIFY(!check.error().contains(wrong));
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY(!streams);
    QVERIFY(!streams.error().contains(wrong));
    const ReadResult r = readAll(connector, u"public.big"_s);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(!r.error.contains(wrong));
}

void tst_PostgresConnector::passwordNeverInMessages()
{
    // Even when the server echoes a value that happens to be the password (here: used as the
    // database name too), the message must not show it.
    ConnectionSettings settings = pgSettings();
    const QString password = env("MIQ_PG_PASSWORD");
    settings.values.insert(u"database"_s, password);
    PostgresConnector connector(settings);
    const Result<QString> check = connector.checkConnection();
    QVERIFY(!check);
    QVERIFY2(check.error().contains(u"does not exist"_s), qPrintable(check.error()));
    QVERIFY2(!check.error().contains(password), qPrintable(QString(check.error()).replace(password, u"<PW>"_s)));
}

void tst_PostgresConnector::missingDatabase()
{
    ConnectionSettings settings = pgSettings();
    settings.values.insert(u"database"_s, u"no_such_db"_s);
    PostgresConnector connector(settings);
    const Result<QList<StreamInfo>> streams = connector.discover();
    QVERIFY(!streams);
    QVERIFY2(streams.error().contains(u"database \"no_such_db\" does not exist"_s), qPrintable(streams.error()));
}

void tst_PostgresConnector::refusedPort()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port that was free a moment ago: nothing listens there now
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    ConnectionSettings settings = pgSettings();
    settings.values.insert(u"host"_s, u"127.0.0.1"_s);
    settings.values.insert(u"port"_s, QString::number(port));
    PostgresConnector connector(settings);
    QElapsedTimer timer;
    timer.start();
    const Result<QString> check = connector.checkConnection();
    QVERIFY(timer.elapsed() < 3000);
    QVERIFY(!check);
    QVERIFY2(check.error().startsWith(u"Cannot connect to PostgreSQL at 127.0.0.1:%1 for source 'Sales': "_s.arg(port)),
             qPrintable(check.error()));
    QVERIFY2(check.error().contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(check.error()));
}

void tst_PostgresConnector::unreachableHostTimesOut()
{
    // 10.255.255.1 is a private address nobody answers for: the connection attempt either fails
    // at once (no route) or hangs until connect_timeout - never longer.
    ConnectionSettings settings = pgSettings();
    settings.values.insert(u"host"_s, u"10.255.255.1"_s);
    settings.values.insert(u"connect_timeout"_s, 2);
    PostgresConnector connector(settings);
    QElapsedTimer timer;
    timer.start();
    const Result<QString> check = connector.checkConnection();
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!check);
    QVERIFY2(elapsed < 2000 + 2500, qPrintable(u"took %1 ms"_s.arg(elapsed)));
    QVERIFY2(check.error().startsWith(u"Cannot connect to PostgreSQL at 10.255.255.1:"_s), qPrintable(check.error()));
}

void tst_PostgresConnector::sslRequired()
{
    ConnectionSettings settings = pgSettings();
    settings.values.insert(u"sslmode"_s, u"require"_s);
    PostgresConnector connector(settings);
    const Result<QString> check = connector.checkConnection();
    QVERIFY(!check);
    QVERIFY2(check.error().contains(u"SSL"_s), qPrintable(check.error()));
}

void tst_PostgresConnector::invalidSettings_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem");
    QTest::newRow("port zero") << u"port"_s << u"0"_s << u"port must be a number from 1 to 65535"_s;
    QTest::newRow("port text") << u"port"_s << u"fivefourthreetwo"_s << u"port must be a number"_s;
    QTest::newRow("option smuggled into sslmode") << u"sslmode"_s << u"disable host=evil.example"_s << u"SSL mode must be one of"_s;
    QTest::newRow("timeout zero") << u"connect_timeout"_s << u"0"_s << u"connection timeout must be"_s;
    QTest::newRow("no database") << u"database"_s << QString() << u"no database is set"_s;
}

void tst_PostgresConnector::invalidSettings()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    ConnectionSettings settings = pgSettings();
    settings.values.insert(key, value);
    PostgresConnector connector(settings);
    const Result<QString> check = connector.checkConnection();
    QVERIFY(!check);
    QVERIFY2(check.error().startsWith(u"Source 'Sales' is not configured correctly: "_s), qPrintable(check.error()));
    QVERIFY2(check.error().contains(problem), qPrintable(check.error()));
    QVERIFY(!connector.openStream(u"public.big"_s, {}));
}

namespace {

// Reads every part on a thread of its own (each part connects there) and returns the first
// column's values of all rows, in the order each part returned them, one list per part.
QList<QList<qint64>> readPartsOnThreads(std::vector<std::unique_ptr<StreamReader>> &parts, QString *error)
{
    QList<QList<qint64>> values(qsizetype(parts.size()));
    QStringList errors(qsizetype(parts.size()));
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        threads.emplace_back([&, i] {
            RecordBatch batch;
            for (;;) {
                const Result<bool> more = parts[i]->next(batch);
                if (!more) {
                    errors[qsizetype(i)] = more.error();
                    break;
                }
                if (!*more)
                    break;
                for (qint64 r = 0; r < batch.rowCount; ++r)
                    values[qsizetype(i)].append(batch.columns[0].intValue(r));
            }
            parts[i].reset(); // the reader and its connection end on the thread that used them
        });
    }
    for (std::thread &t : threads)
        t.join();
    *error = errors.join(QString());
    return values;
}

} // namespace

void tst_PostgresConnector::partsByIntegerKey()
{
    PostgresConnector connector(pgSettings());
    ReadOptions options;
    options.batchRows = 2000;
    auto parts = connector.openStreamParts(u"public.big"_s, options, 4);
    QVERIFY2(parts, qPrintable(parts.error()));
    QCOMPARE(int(parts->size()), 4);
    QString error;
    const QList<QList<qint64>> values = readPartsOnThreads(*parts, &error);
    QCOMPARE(error, QString());
    // Key ranges of equal width: 1..6250, 6251..12500, ...
    QList<qint64> all;
    for (qsizetype p = 0; p < values.size(); ++p) {
        QCOMPARE(values[p].size(), 6250);
        QCOMPARE(*std::min_element(values[p].begin(), values[p].end()), p * 6250 + 1);
        all += values[p];
    }
    std::sort(all.begin(), all.end());
    QCOMPARE(all.size(), 25000);
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(all[i], i + 1);
}

void tst_PostgresConnector::partsByPages()
{
    QSqlQuery q(QSqlDatabase::database(fixtureConnection));
    QVERIFY(q.exec(u"DROP TABLE IF EXISTS public.no_key"_s));
    QVERIFY(q.exec(u"CREATE TABLE public.no_key AS SELECT n::bigint AS n, repeat('x', 200) AS pad "
                   "FROM generate_series(1, 6000) AS n"_s));
    PostgresConnector connector(pgSettings());
    auto parts = connector.openStreamParts(u"public.no_key"_s, {}, 3);
    QVERIFY2(parts, qPrintable(parts.error()));
    QCOMPARE(int(parts->size()), 3);
    QString error;
    const QList<QList<qint64>> values = readPartsOnThreads(*parts, &error);
    QCOMPARE(error, QString());
    QList<qint64> all;
    for (const QList<qint64> &part : values) {
        QVERIFY(!part.isEmpty());
        all += part;
    }
    std::sort(all.begin(), all.end());
    QCOMPARE(all.size(), 6000);
    QVERIFY(std::adjacent_find(all.begin(), all.end()) == all.end());
    QVERIFY(q.exec(u"DROP TABLE public.no_key"_s));
}

void tst_PostgresConnector::partsWithCursor()
{
    PostgresConnector connector(pgSettings());
    ReadOptions options;
    options.cursorColumn = u"n"_s;
    options.cursorLowerBound = u"20001"_s;
    auto parts = connector.openStreamParts(u"public.big"_s, options, 2);
    QVERIFY2(parts, qPrintable(parts.error()));
    QCOMPARE(int(parts->size()), 2);
    QString error;
    const QList<QList<qint64>> values = readPartsOnThreads(*parts, &error);
    QCOMPARE(error, QString());
    for (const QList<qint64> &part : values) {
        QCOMPARE(part.size(), 2500);
        QVERIFY(std::is_sorted(part.begin(), part.end()));
    }
    QCOMPARE(values[0].first(), 20001);
    QCOMPARE(values[1].last(), 25000);
}

void tst_PostgresConnector::partsFallBackToOneReader_data()
{
    QTest::addColumn<QString>("stream");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("rows");
    QTest::newRow("view") << u"public.all_types_view"_s << qint64(-1) << qint64(-1);
    QTest::newRow("query") << u"query"_s << qint64(-1) << qint64(25000);
    QTest::newRow("row limit") << u"public.big"_s << qint64(10) << qint64(10);
    QTest::newRow("small table") << u"public.edge"_s << qint64(-1) << qint64(-1);
}

void tst_PostgresConnector::partsFallBackToOneReader()
{
    QFETCH(QString, stream);
    QFETCH(qint64, limit);
    QFETCH(qint64, rows);
    PostgresConnector connector(pgSettings(u"SELECT n FROM public.big"_s));
    ReadOptions options;
    options.limitRows = limit;
    auto parts = connector.openStreamParts(stream, options, 4);
    QVERIFY2(parts, qPrintable(parts.error()));
    QCOMPARE(int(parts->size()), 1);
    if (rows >= 0) {
        qint64 read = 0;
        RecordBatch batch;
        while (true) {
            auto more = parts->front()->next(batch);
            QVERIFY2(more, qPrintable(more.error()));
            if (!*more)
                break;
            read += batch.rowCount;
        }
        QCOMPARE(read, rows);
    }
}

void tst_PostgresConnector::cursorPushdown()
{
    PostgresConnector connector(pgSettings());
    ReadOptions options;
    options.cursorColumn = u"n"_s;
    options.cursorLowerBound = u"24990"_s;
    options.batchRows = 4;
    // The reader itself filters nothing: only rows the server selected arrive.
    const ReadResult result = readAll(connector, u"public.big"_s, options);
    QCOMPARE(result.error, QString());
    QList<qint64> values;
    for (const RecordBatch &b : result.batches)
        for (qint64 r = 0; r < b.rowCount; ++r)
            values << b.columns[0].intValue(r);
    QList<qint64> expected;
    for (qint64 n = 24990; n <= 25000; ++n)
        expected << n;
    QCOMPARE(values, expected);

    // Without a bound: every row, in cursor order.
    options.cursorLowerBound.clear();
    options.cursorColumn = u"label"_s;
    options.limitRows = 3;
    const ReadResult ordered = readAll(connector, u"public.big"_s, options);
    QCOMPARE(ordered.error, QString());
    QCOMPARE(text(ordered.batches[0], 1, 0), u"row 1"_s);
    QCOMPARE(text(ordered.batches[0], 1, 1), u"row 10"_s);
    QCOMPARE(text(ordered.batches[0], 1, 2), u"row 100"_s);
}

void tst_PostgresConnector::cursorBoundIsAParameter()
{
    // Text that would break out of a concatenated literal is just a bad bigint.
    PostgresConnector connector(pgSettings());
    ReadOptions options;
    options.cursorColumn = u"n"_s;
    options.cursorLowerBound = u"1; DROP TABLE public.big; --"_s;
    Result<std::unique_ptr<StreamReader>> reader = connector.openStream(u"public.big"_s, options);
    QVERIFY(!reader);
    QVERIFY2(reader.error().contains(u"invalid input syntax for type bigint"_s), qPrintable(reader.error()));
    options.cursorColumn = u"label"_s;
    options.cursorLowerBound = u"row 9999' OR '1'='1"_s;
    const ReadResult result = readAll(connector, u"public.big"_s, options);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.rows, 0); // no label sorts after that text ("row 9999'" > "row 9999")
    QCOMPARE(countRows(u"public.big"_s), 25000);
}

void tst_PostgresConnector::cursorOnQueryStream()
{
    PostgresConnector connector(pgSettings(u"SELECT label, n * 2 AS twice FROM public.big"_s));
    ReadOptions options;
    options.cursorColumn = u"twice"_s;
    options.cursorLowerBound = u"49996"_s;
    const ReadResult result = readAll(connector, u"query"_s, options);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.rows, 3);
    QCOMPARE(text(result.batches[0], 0, 0), u"row 24998"_s);
    QCOMPARE(result.batches[0].columns[1].intValue(2), 50000);
}

void tst_PostgresConnector::unknownCursorColumn()
{
    PostgresConnector connector(pgSettings());
    ReadOptions options;
    options.cursorColumn = u"updated_at"_s;
    Result<std::unique_ptr<StreamReader>> reader = connector.openStream(u"public.big"_s, options);
    QVERIFY(!reader);
    QVERIFY2(reader.error().contains(u"'updated_at'"_s) && reader.error().contains(u"'public.big'"_s),
             qPrintable(reader.error()));
    QVERIFY(!connector.openStreamParts(u"public.big"_s, options, 3));
}

void tst_PostgresConnector::cleanupTestCase()
{
    if (QSqlDatabase::contains(fixtureConnection)) {
        QSqlDatabase::database(fixtureConnection).close();
        QSqlDatabase::removeDatabase(fixtureConnection);
    }
    for (const QString &name : QSqlDatabase::connectionNames())
        QVERIFY2(!name.startsWith(u"miq-"_s), qPrintable(u"leaked connection "_s + name));
}

QTEST_GUILESS_MAIN(tst_PostgresConnector)
#include "tst_postgresconnector.moc"
