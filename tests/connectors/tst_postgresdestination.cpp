#include "connectors/sql/postgresdestination.h"

#include "connectors/connectorregistry.h"

#include "connectors/sql/postgressession.h"

#include "desttesthelpers.h"

#include <QtTest>

#include <libpq-fe.h>

#include <algorithm>

Q_DECLARE_METATYPE(miq::WriteMode)

using namespace miq;
using namespace DestTest;
using namespace Qt::StringLiterals;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

ConnectionSettings pgSettings(const QString &password = env("MIQ_PG_PASSWORD"))
{
    ConnectionSettings s;
    s.sourceName = u"Warehouse"_s;
    s.values.insert(u"host"_s, env("MIQ_PG_HOST"));
    s.values.insert(u"port"_s, env("MIQ_PG_PORT"));
    s.values.insert(u"database"_s, env("MIQ_PG_DATABASE"));
    s.values.insert(u"user"_s, env("MIQ_PG_USER"));
    s.values.insert(u"sslmode"_s, u"disable"_s);
    s.secrets.insert(u"password"_s, password);
    return s;
}

QStringList sorted(QStringList rows)
{
    rows.sort();
    return rows;
}

} // namespace

// PostgresDestination against a throw-away server (tools/with-postgres.sh): every write mode,
// exactly-once resume after an interruption, identifiers that need quoting, every type's round
// trip, split read-back, and the failures a user meets (bad password, dropped table, lost
// connection, refused rows).
class tst_PostgresDestination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void splitTableName_data();
    void splitTableName();
    void roundTripAllTypes();
    void createdColumnTypes();
    void decimalTexts_data();
    void decimalTexts();
    void ddlText();
    void weirdIdentifiers();
    void replaceKeepsOldDataReadableUntilFinish();
    void appendToExistingTable();
    void appendWithCastsToOtherTypes();
    void incompatibleExistingTable_data();
    void incompatibleExistingTable();
    void upsertUpdatesAndInserts();
    void upsertOnExistingTableCreatesUniqueIndex();
    void upsertNullKeyIsRefused();
    void refusedBatchIsUndoneAlone();
    void valuesOutOfRange();
    void checkpointIsInTheSameTransaction();
    void resumeAfterInterruption_data();
    void resumeAfterInterruption();
    void resumeWithoutCheckpointStartsOver();
    void abortReplaceLeavesTargetUntouched();
    void readBackInParts();
    void batchMustMatchTheTarget();
    void wrongPasswordIsNotShown();
    void tableDroppedMidRun();
    void permissionDenied();
    void connectionLostMidRun();
    void registryCreatesIt();

private:
    QString exec(const QString &sql);
    QStringList column(const QString &sql); // first column of every row, as text

    std::unique_ptr<PostgresSession> m_admin;
};

void tst_PostgresDestination::initTestCase()
{
    if (env("MIQ_PG_HOST").isEmpty())
        QSKIP("MIQ_PG_HOST is not set: run this test through tools/with-postgres.sh (ctest does).");
    auto session = PostgresSession::open(PostgresSettings::parse(pgSettings()), u"test fixture"_s);
    QVERIFY2(session, qPrintable(session.error()));
    m_admin = std::move(*session);
}

void tst_PostgresDestination::init()
{
    // Every test starts from empty schemas.
    QCOMPARE(exec(u"DROP SCHEMA IF EXISTS public CASCADE"_s), QString());
    QCOMPARE(exec(u"DROP SCHEMA IF EXISTS \"My \"\"Schema\"\"\" CASCADE"_s), QString());
    QCOMPARE(exec(u"DROP SCHEMA IF EXISTS etl CASCADE"_s), QString());
    QCOMPARE(exec(u"CREATE SCHEMA public"_s), QString());
}

QString tst_PostgresDestination::exec(const QString &sql)
{
    return m_admin->run(sql);
}

QStringList tst_PostgresDestination::column(const QString &sql)
{
    QStringList values;
    auto result = m_admin->exec(sql);
    if (!result)
        return {u"error: "_s + result.error()};
    for (int r = 0; r < PQntuples(result->get()); ++r)
        values << (PQgetisnull(result->get(), r, 0) ? u"null"_s
                                                    : QString::fromUtf8(PQgetvalue(result->get(), r, 0)));
    return values;
}

void tst_PostgresDestination::splitTableName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("table");
    QTest::newRow("table") << u"orders"_s << u"public"_s << u"orders"_s;
    QTest::newRow("schema.table") << u"etl.Orders"_s << u"etl"_s << u"Orders"_s;
    QTest::newRow("dots after the first") << u"etl.a.b"_s << u"etl"_s << u"a.b"_s;
    QTest::newRow("quoted") << u"\"my.schema\".\"a \"\"b\"\"\""_s << u"my.schema"_s << u"a \"b\""_s;
    QTest::newRow("quoted table only") << u"\"x.y\""_s << u"public"_s << u"x.y"_s;
    QTest::newRow("empty") << u""_s << QString() << QString();
    QTest::newRow("unclosed quote") << u"\"abc"_s << QString() << QString();
    QTest::newRow("empty part") << u"etl."_s << QString() << QString();
}

void tst_PostgresDestination::splitTableName()
{
    QFETCH(QString, name);
    QFETCH(QString, schema);
    QFETCH(QString, table);
    const auto split = PostgresDestination::splitTableName(name);
    if (schema.isNull()) {
        QVERIFY(!split);
        return;
    }
    QVERIFY(split);
    QCOMPARE(split->first, schema);
    QCOMPARE(split->second, table);
}

void tst_PostgresDestination::roundTripAllTypes()
{
    PostgresDestination d(pgSettings());
    const TargetSpec s = spec(u"all_types"_s, allTypesColumns());
    QCOMPARE(writeRun(d, s, allTypesRows(), u"r1"_s, 3), QString());
    const ReadBack back = readBack(d);
    QCOMPARE(back.error, QString());
    QVERIFY(back.badRecords.isEmpty());
    QCOMPARE(back.rows, describeRows(s.columns, allTypesRows()));
    // The run's checkpoint is gone, and no staging table is left behind.
    QCOMPARE(column(u"SELECT count(*) FROM public._miq_checkpoints"_s), QStringList{u"0"_s});
    QCOMPARE(column(u"SELECT count(*) FROM pg_class WHERE relname LIKE '\\_miq\\_staging%'"_s),
             QStringList{u"0"_s});
}

void tst_PostgresDestination::createdColumnTypes()
{
    PostgresDestination d(pgSettings());
    QList<TargetColumn> columns = allTypesColumns();
    columns[0].nullable = false;
    QCOMPARE(writeRun(d, spec(u"typed"_s, columns), {}), QString());
    QCOMPARE(
        column(u"SELECT a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull "
               "THEN ' not null' ELSE '' END FROM pg_attribute a WHERE a.attrelid = 'public.typed'::regclass "
               "AND a.attnum > 0 ORDER BY a.attnum"_s),
        QStringList({u"id bigint not null"_s, u"name text"_s, u"price numeric"_s, u"ratio double precision"_s,
                     u"active boolean"_s, u"born date"_s, u"seen timestamp with time zone"_s,
                     u"payload bytea"_s}));
}

void tst_PostgresDestination::decimalTexts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored"); // numeric's own text of the value
    QTest::newRow("scale kept") << u"12.50"_s << u"12.50"_s;
    QTest::newRow("negative fraction") << u"-0.05"_s << u"-0.05"_s;
    QTest::newRow("zero with scale") << u"0.000"_s << u"0.000"_s;
    QTest::newRow("negative zero") << u"-0.00"_s << u"0.00"_s;
    QTest::newRow("plus sign") << u"+7"_s << u"7"_s;
    QTest::newRow("leading point") << u".5"_s << u"0.5"_s;
    QTest::newRow("group boundary") << u"10000"_s << u"10000"_s;
    QTest::newRow("small") << u"0.00012345"_s << u"0.00012345"_s;
    QTest::newRow("38 digits") << u"12345678901234567890.123456789012345678"_s
                               << u"12345678901234567890.123456789012345678"_s;
    QTest::newRow("exponent") << u"1.50e1"_s << u"15.0"_s;
    QTest::newRow("negative exponent") << u"25E-3"_s << u"0.025"_s;
    QTest::newRow("NaN") << u"NaN"_s << u"NaN"_s;
    QTest::newRow("Infinity") << u"Infinity"_s << u"Infinity"_s;
    QTest::newRow("-Infinity") << u"-infinity"_s << u"-Infinity"_s;
}

void tst_PostgresDestination::decimalTexts()
{
    // The binary numeric encoder against the server's own numeric output.
    QFETCH(QString, text);
    QFETCH(QString, stored);
    PostgresDestination d(pgSettings());
    const QList<TargetColumn> columns = {DestTest::column(u"d"_s, ColumnType::Decimal)};
    QCOMPARE(writeRun(d, spec(u"decimals"_s, columns), {{text}}), QString());
    QCOMPARE(column(u"SELECT d::text FROM public.decimals"_s), QStringList{stored});
}

void tst_PostgresDestination::ddlText()
{
    PostgresDestination d(pgSettings());
    const TargetSpec s = spec(u"etl.Orders"_s, kv, WriteMode::Upsert, {u"id"_s});
    QCOMPARE(d.ddl(s),
             u"CREATE SCHEMA \"etl\";\nCREATE TABLE \"etl\".\"Orders\" (\n    \"id\" bigint NOT NULL,\n"
             "    \"name\" text,\n    PRIMARY KEY (\"id\")\n);"_s);
    // Looking changed nothing.
    QCOMPARE(column(u"SELECT count(*) FROM pg_namespace WHERE nspname = 'etl'"_s), QStringList{u"0"_s});

    QCOMPARE(exec(u"CREATE TABLE public.existing (id bigint, name text)"_s), QString());
    const QString existing = d.ddl(spec(u"existing"_s, kv, WriteMode::Upsert, {u"id"_s}));
    QVERIFY2(existing.contains(u"exists and is compatible"_s), qPrintable(existing));
    QVERIFY2(existing.endsWith(u"CREATE UNIQUE INDEX ON \"public\".\"existing\" (\"id\");"_s),
             qPrintable(existing));

    const QString replace = d.ddl(spec(u"existing"_s, kv, WriteMode::Replace));
    QVERIFY2(replace.contains(u"staging table"_s) &&
                 replace.contains(u"CREATE TABLE \"public\".\"existing\""_s),
             qPrintable(replace));

    QVERIFY(d.ddl(spec(u""_s, kv)).startsWith(u"-- "_s));
}

void tst_PostgresDestination::weirdIdentifiers()
{
    PostgresDestination d(pgSettings());
    const QList<TargetColumn> columns = {DestTest::column(u"select"_s, ColumnType::Int64),
                                         DestTest::column(u"Mixed Case"_s, ColumnType::String),
                                         DestTest::column(u"a\"b'c; DROP TABLE x"_s, ColumnType::String)};
    const QString table = u"\"My \"\"Schema\"\"\".\"Order \"\"Items\"\"; --\""_s;
    const QList<Row> rows = {{qint64(1), u"x"_s, u"'; DROP TABLE t; --"_s}, {qint64(2), u"y"_s, QVariant()}};
    for (WriteMode mode : {WriteMode::Replace, WriteMode::Append, WriteMode::Upsert}) {
        QCOMPARE(exec(u"DROP SCHEMA IF EXISTS \"My \"\"Schema\"\"\" CASCADE"_s), QString());
        QCOMPARE(writeRun(d, spec(table, columns, mode, {u"select"_s}), rows), QString());
        QCOMPARE(sorted(readBack(d).rows), describeRows(columns, rows));
    }
    QCOMPARE(column(u"SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE nspname = 'My \"Schema\"' AND relkind = 'r' ORDER BY relname"_s),
             QStringList({u"Order \"Items\"; --"_s, u"_miq_checkpoints"_s}));
}

void tst_PostgresDestination::replaceKeepsOldDataReadableUntilFinish()
{
    PostgresDestination first(pgSettings());
    QCOMPARE(writeRun(first, spec(u"t"_s, kv), kvRows(1, 3, u"old"_s)), QString());

    PostgresDestination d(pgSettings());
    QVERIFY(d.begin(spec(u"t"_s, kv), u"r2"_s, false));
    QVERIFY(d.write(makeBatch(kv, kvRows(1, 5, u"new"_s))));
    QVERIFY(d.commit("5"));
    QCOMPARE(column(u"SELECT name FROM public.t ORDER BY id"_s),
             QStringList({u"old1"_s, u"old2"_s, u"old3"_s}));
    QVERIFY(d.finish());
    QCOMPARE(column(u"SELECT name FROM public.t ORDER BY id"_s),
             QStringList({u"new1"_s, u"new2"_s, u"new3"_s, u"new4"_s, u"new5"_s}));
    QCOMPARE(readBack(d).rows, kvExpected(1, 5, u"new"_s));
}

void tst_PostgresDestination::appendToExistingTable()
{
    QCOMPARE(exec(u"CREATE TABLE public.t (id bigint, name varchar(20), extra int DEFAULT 7)"_s), QString());
    QCOMPARE(exec(u"INSERT INTO public.t (id, name) VALUES (0, 'before')"_s), QString());
    PostgresDestination d(pgSettings());
    QCOMPARE(writeRun(d, spec(u"t"_s, kv, WriteMode::Append), kvRows(1, 3)), QString());
    QCOMPARE(writeRun(d, spec(u"t"_s, kv, WriteMode::Append), kvRows(4, 5), u"r2"_s), QString());
    QCOMPARE(readBack(d).rows, QStringList{u"i:0 | s:before"_s} + kvExpected(1, 5));
    QCOMPARE(column(u"SELECT DISTINCT extra FROM public.t"_s), QStringList{u"7"_s});
}

void tst_PostgresDestination::appendWithCastsToOtherTypes()
{
    // Not the types MigrateIQ creates: rows go through the temporary table and are cast.
    QCOMPARE(exec(u"CREATE TABLE public.t (id integer, name varchar(5), amount numeric(8,2), seen timestamp, "
                  "flag text)"_s),
             QString());
    const QList<TargetColumn> columns = {
        DestTest::column(u"id"_s, ColumnType::Int64), DestTest::column(u"name"_s, ColumnType::String),
        DestTest::column(u"amount"_s, ColumnType::Decimal),
        DestTest::column(u"seen"_s, ColumnType::Timestamp), DestTest::column(u"flag"_s, ColumnType::Bool)};
    const qint64 seen = micros(u"2024-02-29T13:45:00Z"_s, 500000);
    PostgresDestination d(pgSettings());
    QCOMPARE(writeRun(d, spec(u"t"_s, columns, WriteMode::Append),
                      {{qint64(1), u"abc"_s, u"12.5"_s, seen, true},
                       {qint64(2), QVariant(), QVariant(), QVariant(), false}}),
             QString());
    QCOMPARE(
        column(u"SELECT id || '|' || coalesce(name, '-') || '|' || coalesce(amount::text, '-') || '|' || "
               "coalesce(seen::text, '-') || '|' || flag FROM public.t ORDER BY id"_s),
        QStringList({u"1|abc|12.50|2024-02-29 13:45:00.5|true"_s, u"2|-|-|-|false"_s}));

    // An int4 column refuses what does not fit, naming the cause; the run goes on.
    QVERIFY(d.begin(spec(u"t"_s, columns, WriteMode::Append), u"r2"_s, false));
    const Status refused = d.write(makeBatch(columns, {{qint64(1) << 40, u"x"_s, u"1"_s, seen, true}}, 10));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"records 11 to 11"_s) && refused.error().contains(u"out of range"_s),
             qPrintable(refused.error()));
    QVERIFY(d.write(makeBatch(columns, {{qint64(3), u"y"_s, u"1"_s, seen, true}}, 11)));
    QVERIFY(d.commit("x"));
    QVERIFY(d.finish());
    QCOMPARE(column(u"SELECT count(*) FROM public.t"_s), QStringList{u"3"_s});
    const ReadBack back = readBack(d);
    QCOMPARE(back.error, QString());
    QCOMPARE(back.rows.size(), 3);
    QCOMPARE(back.rows[0], u"i:1 | s:abc | s:12.50 | i:%1 | i:1"_s.arg(seen));
}

void tst_PostgresDestination::incompatibleExistingTable_data()
{
    QTest::addColumn<QString>("create");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing column") << u"CREATE TABLE public.t (id bigint)"_s << u"has no column 'name'"_s;
    QTest::newRow("case matters") << u"CREATE TABLE public.t (\"ID\" bigint, name text)"_s
                                  << u"has no column 'id'"_s;
    QTest::newRow("not null column not written")
        << u"CREATE TABLE public.t (id bigint, name text, must text NOT NULL)"_s << u"column 'must'"_s;
    QTest::newRow("no cast") << u"CREATE TABLE public.t (id point, name text)"_s << u"cannot be converted"_s;
    QTest::newRow("generated")
        << u"CREATE TABLE public.t (id bigint GENERATED ALWAYS AS (1) STORED, name text)"_s
        << u"is generated"_s;
    QTest::newRow("view") << u"CREATE VIEW public.t AS SELECT 1::bigint AS id, 'x'::text AS name"_s
                          << u"not a table"_s;
}

void tst_PostgresDestination::incompatibleExistingTable()
{
    QFETCH(QString, create);
    QFETCH(QString, message);
    QCOMPARE(exec(create), QString());
    PostgresDestination d(pgSettings());
    const auto begun = d.begin(spec(u"t"_s, kv, WriteMode::Append), u"r1"_s, false);
    QVERIFY(!begun);
    QVERIFY2(begun.error().contains(message) && begun.error().contains(u"'t'"_s), qPrintable(begun.error()));
    QVERIFY(d.ddl(spec(u"t"_s, kv, WriteMode::Append)).contains(message));
}

void tst_PostgresDestination::upsertUpdatesAndInserts()
{
    PostgresDestination d(pgSettings());
    const TargetSpec s = spec(u"t"_s, kv, WriteMode::Upsert, {u"id"_s});
    QCOMPARE(writeRun(d, s, kvRows(1, 4, u"a"_s)), QString());
    // Key 5 appears twice in one batch: the later row wins, as with row-by-row upserts.
    QCOMPARE(writeRun(d, s, kvRows(3, 5, u"b"_s) + QList<Row>{{qint64(5), u"last"_s}}, u"r2"_s, 10),
             QString());
    QCOMPARE(sorted(readBack(d).rows), QStringList({u"i:1 | s:a1"_s, u"i:2 | s:a2"_s, u"i:3 | s:b3"_s,
                                                    u"i:4 | s:b4"_s, u"i:5 | s:last"_s}));
    QCOMPARE(
        column(
            u"SELECT count(*) FROM pg_constraint WHERE conrelid = 'public.t'::regclass AND contype = 'p'"_s),
        QStringList{u"1"_s});

    // All columns are keys: rows are inserted once, nothing to update.
    const QList<TargetColumn> keysOnly = {DestTest::column(u"a"_s, ColumnType::Int64)};
    QCOMPARE(writeRun(d, spec(u"k"_s, keysOnly, WriteMode::Upsert, {u"a"_s}),
                      {{qint64(1)}, {qint64(1)}, {qint64(2)}}),
             QString());
    QCOMPARE(column(u"SELECT a FROM public.k ORDER BY a"_s), QStringList({u"1"_s, u"2"_s}));
}

void tst_PostgresDestination::upsertOnExistingTableCreatesUniqueIndex()
{
    QCOMPARE(exec(u"CREATE TABLE public.t (id int, name text)"_s), QString());
    QCOMPARE(exec(u"INSERT INTO public.t VALUES (1, 'x')"_s), QString());
    PostgresDestination d(pgSettings());
    const TargetSpec s = spec(u"t"_s, kv, WriteMode::Upsert, {u"id"_s});
    QCOMPARE(writeRun(d, s, kvRows(1, 2)), QString());
    QCOMPARE(column(u"SELECT id || name FROM public.t ORDER BY id"_s), QStringList({u"1row1"_s, u"2row2"_s}));
    QCOMPARE(column(u"SELECT count(*) FROM pg_index WHERE indrelid = 'public.t'::regclass AND indisunique"_s),
             QStringList{u"1"_s});

    // Duplicate keys prevent the index: begin() says so.
    QCOMPARE(exec(u"CREATE TABLE public.dup (id bigint, name text)"_s), QString());
    QCOMPARE(exec(u"INSERT INTO public.dup VALUES (1, 'a'), (1, 'b')"_s), QString());
    const auto begun = d.begin(spec(u"dup"_s, kv, WriteMode::Upsert, {u"id"_s}), u"r3"_s, false);
    QVERIFY(!begun);
    QVERIFY2(begun.error().contains(u"'dup'"_s) && begun.error().contains(u"duplicate"_s),
             qPrintable(begun.error()));
}

void tst_PostgresDestination::upsertNullKeyIsRefused()
{
    PostgresDestination d(pgSettings());
    const TargetSpec s = spec(u"t"_s, kv, WriteMode::Upsert, {u"id"_s});
    QVERIFY(d.begin(s, u"r1"_s, false));
    const Status w = d.write(makeBatch(kv, {{qint64(1), u"a"_s}, {QVariant(), u"b"_s}}, 20));
    QVERIFY(!w);
    QVERIFY2(w.error().contains(u"record 22"_s) && w.error().contains(u"key column 'id' is null"_s),
             qPrintable(w.error()));
    QVERIFY(d.write(makeBatch(kv, {{qint64(3), u"c"_s}}, 22)));
    QVERIFY(d.commit("1"));
    QVERIFY(d.finish());
    QCOMPARE(readBack(d).rows, QStringList{u"i:3 | s:c"_s});
}

void tst_PostgresDestination::refusedBatchIsUndoneAlone()
{
    QCOMPARE(exec(u"CREATE TABLE public.t (id bigint CHECK (id < 100), name text)"_s), QString());
    PostgresDestination d(pgSettings());
    QVERIFY(d.begin(spec(u"t"_s, kv, WriteMode::Append), u"r1"_s, false));
    QVERIFY(d.write(makeBatch(kv, kvRows(1, 3), 0)));
    // The server says which row of the COPY it refused: record 5 (1-based) of the stream.
    Status w = d.write(makeBatch(kv, {{qint64(4), u"ok"_s}, {qint64(500), u"too big"_s}}, 3));
    QVERIFY(!w);
    QVERIFY2(w.error().contains(u"record 5 "_s) && w.error().contains(u"check constraint"_s) &&
                 w.error().contains(u"'t'"_s),
             qPrintable(w.error()));
    // A NUL character cannot be stored in text.
    w = d.write(makeBatch(kv, {{qint64(6), QString(u"nul\0here"_s)}}, 5));
    QVERIFY(!w);
    QVERIFY2(w.error().contains(u"record 6 "_s) && w.error().contains(u"0x00"_s), qPrintable(w.error()));
    QVERIFY(d.write(makeBatch(kv, kvRows(7, 8), 6)));
    QVERIFY(d.commit("8"));
    QVERIFY(d.finish());
    QCOMPARE(readBack(d).rows, kvExpected(1, 3) + kvExpected(7, 8));
}

void tst_PostgresDestination::valuesOutOfRange()
{
    const QList<TargetColumn> columns = {DestTest::column(u"day"_s, ColumnType::Date),
                                         DestTest::column(u"at"_s, ColumnType::Timestamp),
                                         DestTest::column(u"amount"_s, ColumnType::Decimal)};
    PostgresDestination d(pgSettings());
    QVERIFY(d.begin(spec(u"t"_s, columns, WriteMode::Append), u"r1"_s, false));
    Status w = d.write(makeBatch(columns, {{days(-5000, 1, 1), qint64(0), u"1"_s}}));
    QVERIFY(!w);
    QVERIFY2(w.error().contains(u"column 'day'"_s) && w.error().contains(u"range"_s), qPrintable(w.error()));
    w = d.write(makeBatch(columns, {{qint64(0), std::numeric_limits<qint64>::min(), u"1"_s}}));
    QVERIFY(!w);
    QVERIFY2(w.error().contains(u"column 'at'"_s), qPrintable(w.error()));
    w = d.write(makeBatch(columns, {{qint64(0), qint64(0), u"12abc"_s}}));
    QVERIFY(!w);
    QVERIFY2(w.error().contains(u"'12abc' in column 'amount'"_s), qPrintable(w.error()));
    QVERIFY(d.write(makeBatch(columns, {{days(-4000, 1, 1), micros(u"2262-04-11T23:47:16Z"_s), u"1e-3"_s}})));
    QVERIFY(d.commit("1"));
    QVERIFY(d.finish());
    QCOMPARE(readBack(d).rows,
             QStringList{
                 u"i:%1 | i:%2 | s:0.001"_s.arg(days(-4000, 1, 1)).arg(micros(u"2262-04-11T23:47:16Z"_s))});
}

void tst_PostgresDestination::checkpointIsInTheSameTransaction()
{
    PostgresDestination d(pgSettings());
    QVERIFY(d.begin(spec(u"t"_s, kv, WriteMode::Append), u"run-7"_s, false));
    QVERIFY(d.write(makeBatch(kv, kvRows(1, 2))));
    // Not committed: invisible to others, rows and checkpoint alike.
    QCOMPARE(column(u"SELECT count(*) FROM public.t"_s), QStringList{u"0"_s});
    QCOMPARE(column(u"SELECT count(*) FROM public._miq_checkpoints"_s), QStringList{u"0"_s});
    QVERIFY(d.commit(QByteArray("\x00\x01 token", 8)));
    QCOMPARE(column(u"SELECT count(*) FROM public.t"_s), QStringList{u"2"_s});
    QCOMPARE(
        column(
            u"SELECT run_id || ' ' || encode(checkpoint, 'hex') || ' ' || rows FROM public._miq_checkpoints"_s),
        QStringList{u"run-7 000120746f6b656e 2"_s});
    QVERIFY(d.finish());
    QCOMPARE(column(u"SELECT count(*) FROM public._miq_checkpoints"_s), QStringList{u"0"_s});
}

void tst_PostgresDestination::resumeAfterInterruption_data()
{
    QTest::addColumn<WriteMode>("mode");
    QTest::newRow("replace") << WriteMode::Replace;
    QTest::newRow("append") << WriteMode::Append;
    QTest::newRow("upsert") << WriteMode::Upsert;
}

void tst_PostgresDestination::resumeAfterInterruption()
{
    QFETCH(WriteMode, mode);
    const TargetSpec s = spec(u"etl.t"_s, kv, mode, {u"id"_s});
    {
        PostgresDestination first(pgSettings());
        QCOMPARE(writeRun(first, s, kvRows(100, 101, u"old"_s), u"r0"_s), QString());
    }
    {
        // The crash: rows of an uncommitted batch, then the destination is gone without
        // finish() or abort() (its connection closes, as when the process dies).
        PostgresDestination d(pgSettings());
        QVERIFY(d.begin(s, u"r1"_s, false));
        QVERIFY(d.write(makeBatch(kv, kvRows(1, 3), 0)));
        QVERIFY(d.commit("after 3"));
        QVERIFY(d.write(makeBatch(kv, kvRows(4, 6), 3)));
        QVERIFY(d.commit("after 6"));
        QVERIFY(d.write(makeBatch(kv, kvRows(7, 9), 6)));
    }
    PostgresDestination d(pgSettings());
    auto resumed = d.begin(s, u"r1"_s, true);
    QVERIFY2(resumed, qPrintable(resumed.error()));
    QCOMPARE(*resumed, QByteArray("after 6"));
    QVERIFY(d.write(makeBatch(kv, kvRows(7, 10), 6)));
    QVERIFY(d.commit("after 10"));
    QVERIFY(d.finish());
    const QStringList expected =
        mode == WriteMode::Replace ? kvExpected(1, 10) : kvExpected(1, 10) + kvExpected(100, 101, u"old"_s);
    QCOMPARE(sorted(readBack(d).rows), sorted(expected));
}

void tst_PostgresDestination::resumeWithoutCheckpointStartsOver()
{
    const TargetSpec s = spec(u"t"_s, kv, WriteMode::Replace);
    {
        PostgresDestination d(pgSettings());
        QVERIFY(d.begin(s, u"r1"_s, false));
        QVERIFY(d.write(makeBatch(kv, kvRows(1, 3))));
    }
    PostgresDestination d(pgSettings());
    auto resumed = d.begin(s, u"r1"_s, true);
    QVERIFY2(resumed, qPrintable(resumed.error()));
    QCOMPARE(*resumed, QByteArray());
    QVERIFY(d.write(makeBatch(kv, kvRows(1, 2))));
    QVERIFY(d.commit("2"));
    QVERIFY(d.finish());
    QCOMPARE(readBack(d).rows, kvExpected(1, 2));
}

void tst_PostgresDestination::abortReplaceLeavesTargetUntouched()
{
    PostgresDestination first(pgSettings());
    QCOMPARE(writeRun(first, spec(u"t"_s, kv), kvRows(1, 2, u"old"_s)), QString());
    PostgresDestination d(pgSettings());
    QVERIFY(d.begin(spec(u"t"_s, kv), u"r2"_s, false));
    QVERIFY(d.write(makeBatch(kv, kvRows(1, 5))));
    QVERIFY(d.commit("5"));
    d.abort();
    QCOMPARE(column(u"SELECT name FROM public.t ORDER BY id"_s), QStringList({u"old1"_s, u"old2"_s}));
    QCOMPARE(column(u"SELECT count(*) FROM pg_class WHERE relname LIKE '\\_miq\\_staging%'"_s),
             QStringList{u"0"_s});
    QCOMPARE(column(u"SELECT count(*) FROM public._miq_checkpoints"_s), QStringList{u"0"_s});
    // Nothing to resume: the run starts over.
    PostgresDestination again(pgSettings());
    auto resumed = again.begin(spec(u"t"_s, kv), u"r2"_s, true);
    QVERIFY2(resumed, qPrintable(resumed.error()));
    QCOMPARE(*resumed, QByteArray());
    again.abort();
}

void tst_PostgresDestination::readBackInParts()
{
    // 30,000 rows span well over a hundred heap pages: three page ranges.
    PostgresDestination d(pgSettings());
    QList<Row> rows;
    for (int i = 0; i < 30000; ++i)
        rows.append({qint64(i), QString(u"name number %1"_s.arg(i))});
    QCOMPARE(writeRun(d, spec(u"t"_s, kv), rows, u"r1"_s, 8192), QString());
    ReadOptions options;
    options.batchRows = 4096;
    auto parts = d.readBackParts(options, 3);
    QVERIFY2(parts, qPrintable(parts.error()));
    QCOMPARE(int(parts->size()), 3);
    std::vector<int> seen(30000, 0);
    for (auto &reader : *parts) {
        qint64 partRows = 0;
        RecordBatch batch;
        for (;;) {
            auto more = reader->next(batch);
            QVERIFY2(more, qPrintable(more.error()));
            if (!*more)
                break;
            for (qint64 r = 0; r < batch.rowCount; ++r)
                ++seen[std::size_t(batch.columns[0].intValue(r))];
            partRows += batch.rowCount;
        }
        QVERIFY(partRows > 0);
    }
    QVERIFY(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; }));

    // A small table is one part.
    PostgresDestination small(pgSettings());
    QCOMPARE(writeRun(small, spec(u"s"_s, kv), kvRows(1, 3)), QString());
    auto one = small.readBackParts(options, 4);
    QVERIFY(one);
    QCOMPARE(int(one->size()), 1);
}

void tst_PostgresDestination::batchMustMatchTheTarget()
{
    PostgresDestination d(pgSettings());
    QVERIFY(d.begin(spec(u"t"_s, kv, WriteMode::Append), u"r1"_s, false));
    const QList<TargetColumn> other = {DestTest::column(u"id"_s, ColumnType::String),
                                       DestTest::column(u"name"_s, ColumnType::String)};
    const Status w = d.write(makeBatch(other, {{u"1"_s, u"a"_s}}));
    QVERIFY(!w);
    QVERIFY2(w.error().contains(u"column 'id'"_s), qPrintable(w.error()));
    QVERIFY(d.write(makeBatch(kv, kvRows(1, 1))));
    QVERIFY(d.commit("1"));
    QVERIFY(d.finish());
    QVERIFY(!d.write(makeBatch(kv, kvRows(2, 2))));
}

void tst_PostgresDestination::wrongPasswordIsNotShown()
{
    const QString password = u"Wr0ng-Secret-4711"_s;
    PostgresDestination d(pgSettings(password));
    const auto begun = d.begin(spec(u"t"_s, kv), u"r1"_s, false);
    QVERIFY(!begun);
    QVERIFY2(begun.error().contains(u"password authentication failed"_s) && begun.error().contains(u"'t'"_s),
             qPrintable(begun.error()));
    QVERIFY(!begun.error().contains(password));
    QVERIFY(!d.ddl(spec(u"t"_s, kv)).contains(password));
}

void tst_PostgresDestination::tableDroppedMidRun()
{
    PostgresDestination d(pgSettings());
    QVERIFY(d.begin(spec(u"t"_s, kv, WriteMode::Append), u"r1"_s, false));
    QVERIFY(d.write(makeBatch(kv, kvRows(1, 2))));
    QVERIFY(d.commit("2"));
    QCOMPARE(exec(u"DROP TABLE public.t"_s), QString());
    const Status w = d.write(makeBatch(kv, kvRows(3, 4), 2));
    QVERIFY(!w);
    QVERIFY2(w.error().contains(u"table 't'"_s) && w.error().contains(u"does not exist"_s),
             qPrintable(w.error()));
    d.abort();
}

void tst_PostgresDestination::permissionDenied()
{
    QCOMPARE(exec(u"CREATE TABLE public.t (id bigint, name text)"_s), QString());
    QCOMPARE(exec(u"REVOKE INSERT ON public.t FROM CURRENT_USER"_s), QString());
    PostgresDestination d(pgSettings());
    QVERIFY(d.begin(spec(u"t"_s, kv, WriteMode::Append), u"r1"_s, false));
    const Status w = d.write(makeBatch(kv, kvRows(1, 2)));
    QVERIFY(!w);
    QVERIFY2(w.error().contains(u"table 't'"_s) && w.error().contains(u"permission denied"_s),
             qPrintable(w.error()));
    d.abort();
}

void tst_PostgresDestination::connectionLostMidRun()
{
    const TargetSpec s = spec(u"t"_s, kv, WriteMode::Append);
    {
        PostgresDestination d(pgSettings());
        QVERIFY(d.begin(s, u"r1"_s, false));
        QVERIFY(d.write(makeBatch(kv, kvRows(1, 2))));
        QVERIFY(d.commit("2"));
        QVERIFY(d.write(makeBatch(kv, kvRows(3, 4), 2)));
        // The server ends the session (as when it restarts or a network link drops). Backends of
        // earlier tests that are still winding down may be terminated as well: harmless.
        const QStringList terminated =
            column(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                   "WHERE application_name = 'MigrateIQ sync'"_s);
        QCOMPARE(terminated.size(), 1);
        QVERIFY2(terminated[0].toInt() >= 1, qPrintable(terminated[0]));
        const Status w = d.write(makeBatch(kv, kvRows(5, 6), 4));
        QVERIFY(!w);
        QVERIFY2(w.error().contains(u"table 't'"_s) && w.error().contains(u"terminat"_s),
                 qPrintable(w.error()));
        QVERIFY(!d.commit("6"));
    }
    // The committed part survived; the run resumes from its checkpoint.
    PostgresDestination d(pgSettings());
    auto resumed = d.begin(s, u"r1"_s, true);
    QVERIFY2(resumed, qPrintable(resumed.error()));
    QCOMPARE(*resumed, QByteArray("2"));
    QVERIFY(d.write(makeBatch(kv, kvRows(3, 6), 2)));
    QVERIFY(d.commit("6"));
    QVERIFY(d.finish());
    QCOMPARE(readBack(d).rows, kvExpected(1, 6));
}

void tst_PostgresDestination::registryCreatesIt()
{
    const ConnectorRegistry &registry = ConnectorRegistry::builtin();
    QVERIFY(registry.canWrite(u"postgres"_s));
    auto d = registry.createDestination(u"postgres"_s, pgSettings());
    QVERIFY2(d, qPrintable(d.error()));
    QCOMPARE(writeRun(**d, spec(u"t"_s, kv), kvRows(1, 2)), QString());
    QCOMPARE(readBack(**d).rows, kvExpected(1, 2));
}

QTEST_GUILESS_MAIN(tst_PostgresDestination)
#include "tst_postgresdestination.moc"
