#include "connectors/dest/sqlitedestination.h"

#include "desttesthelpers.h"

#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sqlite3.h>

#include <atomic>
#include <thread>

#if defined(Q_OS_LINUX)
#include <sys/wait.h>
#endif

using namespace miq;
using namespace DestTest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(miq::WriteMode)

namespace {

// A second, independent connection on the destination's file: what another program sees.
class Peer
{
public:
    explicit Peer(const QString &path) { sqlite3_open(path.toUtf8().constData(), &m_db); }
    ~Peer() { sqlite3_close_v2(m_db); }

    // The rows of `sql` as "a|b|c" (NULL as "NULL"), or {"error: <message>"}.
    QStringList query(const QString &sql)
    {
        const auto collect = [](void *rows, int n, char **values, char **) {
            QStringList cells;
            for (int c = 0; c < n; ++c)
                cells.append(values[c] ? QString::fromUtf8(values[c]) : u"NULL"_s);
            static_cast<QStringList *>(rows)->append(cells.join(u'|'));
            return 0;
        };
        QStringList rows;
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql.toUtf8().constData(), collect, &rows, &message) != SQLITE_OK)
            rows = QStringList{u"error: "_s + QString::fromUtf8(message)};
        sqlite3_free(message);
        return rows;
    }
    // The error of `sql`, empty on success.
    QString exec(const QString &sql)
    {
        const QStringList rows = query(sql);
        return rows.value(0).startsWith(u"error: "_s) ? rows[0].mid(7) : QString();
    }

private:
    sqlite3 *m_db = nullptr;
};

// SQLite stores a REAL that equals an integer as that integer (a storage optimisation), so the
// sign of -0.0 does not survive: it reads back as 0.0. Documented in sqlitedestination.h.
QList<Row> asSqliteStoresThem(QList<Row> rows)
{
    for (Row &row : rows)
        for (QVariant &v : row)
            if (v.typeId() == QMetaType::Double && v.toDouble() == 0)
                v = 0.0;
    return rows;
}

} // namespace

class tst_SqliteDestination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"out-%1.sqlite"_s.arg(++m_counter));
    }

    void roundTripAllTypes_data();
    void roundTripAllTypes();
    void storedRepresentation();
    void ddlText();
    void ddlForExistingTable();
    void weirdIdentifiers();
    void replaceKeepsOldDataReadableUntilFinish();
    void appendToExistingTable();
    void readBackInParts_data();
    void readBackInParts();
    void followCommitsReadsEachCommittedRowOnce();
    void followCommitsNoticesAChangedTable();
    void followCommitsOnlyForReplace();
    void walIsCheckpointedWhileWriting_data();
    void walIsCheckpointedWhileWriting();
    void incompatibleExistingTable_data();
    void incompatibleExistingTable();
    void upsertUpdatesAndInserts();
    void upsertOnExistingTableCreatesUniqueIndex();
    void upsertErrors();
    void refusedBatchIsUndoneAlone();
    void checkpointIsInTheSameTransaction();
    void resumeAfterInterruption_data();
    void resumeAfterInterruption();
    void resumeAfterKill();
    void abortReplaceLeavesTargetUntouched();
    void batchMustMatchTheTarget();
    void readOnlyDirectory();
    void notADatabase();
    void writeFailureIsAnError();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

void tst_SqliteDestination::roundTripAllTypes_data()
{
    QTest::addColumn<WriteMode>("mode");
    QTest::addColumn<int>("batchRows");
    QTest::newRow("replace, one batch") << WriteMode::Replace << 100;
    QTest::newRow("replace, batches of 3") << WriteMode::Replace << 3;
    QTest::newRow("append, batches of 1") << WriteMode::Append << 1;
}

void tst_SqliteDestination::roundTripAllTypes()
{
    QFETCH(WriteMode, mode);
    QFETCH(int, batchRows);
    const TargetSpec s = spec(u"everything"_s, allTypesColumns(), mode);
    const QList<Row> rows = allTypesRows();
    SqliteDestination d(m_path);
    QCOMPARE(writeRun(d, s, rows, u"run-1"_s, batchRows), QString());
    const ReadBack back = readBack(d);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QVERIFY(back.badRecords.isEmpty());
    QCOMPARE(back.rows, describeRows(s.columns, asSqliteStoresThem(rows)));
}

void tst_SqliteDestination::storedRepresentation()
{
    // What other programs see in the file: the documented representation of each type.
    const TargetSpec s = spec(u"t"_s, allTypesColumns());
    QCOMPARE(writeRun(*std::make_unique<SqliteDestination>(m_path), s, allTypesRows().mid(0, 3)), QString());
    Peer peer(m_path);
    QCOMPARE(
        peer.query(
            u"SELECT typeof(id), typeof(name), typeof(price), price, typeof(ratio), active, typeof(born), "
            "born, seen, typeof(payload) FROM t LIMIT 2"_s),
        QStringList({u"integer|text|text|12.50|real|1|text|2024-02-29|2024-02-29 13:45:00.123456|blob"_s,
                     u"integer|text|text|-0.05|real|0|text|1969-12-31|1969-12-31 23:59:59.999999|blob"_s}));
    QCOMPARE(peer.query(u"SELECT seen FROM t WHERE id < 0"_s), QStringList({u"1970-01-01 00:00:00"_s}));
    // SQLite's own date functions read the timestamps (UTC).
    QCOMPARE(peer.query(u"SELECT strftime('%s', seen) FROM t WHERE id = 1"_s),
             QStringList({u"1709214300"_s}));
    QCOMPARE(peer.query(u"PRAGMA journal_mode"_s), QStringList({u"wal"_s}));
    QCOMPARE(peer.query(u"SELECT count(*) FROM _miq_checkpoints"_s), QStringList({u"0"_s}));
}

void tst_SqliteDestination::ddlText()
{
    const TargetSpec s =
        spec(u"order \"lines\""_s,
             {column(u"id"_s, ColumnType::Int64, false), column(u"select"_s, ColumnType::String),
              column(u"unit price"_s, ColumnType::Decimal, true, 12, 2), column(u"ok"_s, ColumnType::Bool),
              column(u"day"_s, ColumnType::Date), column(u"at"_s, ColumnType::Timestamp),
              column(u"r"_s, ColumnType::Double), column(u"raw"_s, ColumnType::Bytes)},
             WriteMode::Upsert, {u"id"_s, u"select"_s});
    SqliteDestination d(m_path);
    const QString shown = d.ddl(s);
    QCOMPARE(shown, uR"(CREATE TABLE IF NOT EXISTS "order ""lines""" (
    "id" INTEGER NOT NULL,
    "select" TEXT NOT NULL,
    "unit price" DECIMAL_TEXT(12,2),
    "ok" BOOLEAN,
    "day" DATE,
    "at" TIMESTAMP,
    "r" REAL,
    "raw" BLOB,
    PRIMARY KEY ("id", "select")
);
CREATE TABLE IF NOT EXISTS "_miq_checkpoints" (run_id TEXT PRIMARY KEY, checkpoint BLOB, rows INTEGER, updated_at TEXT);)"_s);
    QVERIFY2(!QFileInfo::exists(m_path), "ddl() must not create the file");
    TargetSpec replace = s;
    replace.mode = WriteMode::Replace; // no key constraint, a comment naming the staging table
    const QString replaceDdl = d.ddl(replace);
    QVERIFY2(replaceDdl.startsWith(u"-- "_s) && replaceDdl.contains(u"\"order \"\"lines\"\"__miq_staging_<run id>\""_s)
                 && replaceDdl.contains(u"\nCREATE TABLE \"order \"\"lines\"\"\" (\n    \"id\" INTEGER NOT NULL,\n"_s)
                 && replaceDdl.contains(u"    \"select\" TEXT,\n"_s) && !replaceDdl.contains(u"PRIMARY KEY ("_s),
             qPrintable(replaceDdl));

    // What ddl() shows is what begin() creates.
    auto begun = d.begin(s, u"r"_s, false);
    QVERIFY2(begun, qPrintable(begun.error()));
    d.abort();
    Peer peer(m_path);
    // SQLite keeps the CREATE text as run, without IF NOT EXISTS.
    QCOMPARE(peer.query(u"SELECT sql FROM sqlite_master WHERE name = 'order \"lines\"'"_s),
             QStringList({shown.section(u";\n"_s, 0, 0).replace(u"IF NOT EXISTS "_s, QString())}));
}

void tst_SqliteDestination::ddlForExistingTable()
{
    Peer(m_path).exec(u"CREATE TABLE kv (id INTEGER, name TEXT)"_s);
    SqliteDestination d(m_path);
    const QString append = d.ddl(spec(u"kv"_s, kv, WriteMode::Append));
    QVERIFY2(append.startsWith(u"-- "_s) && append.contains(u"exists"_s), qPrintable(append));
    QVERIFY(!append.contains(u"CREATE TABLE IF NOT EXISTS \"kv\""_s));
    QCOMPARE(d.ddl(spec(u"kv"_s, kv, WriteMode::Upsert, {u"id"_s})).section(u'\n', 1, 1),
             uR"(CREATE UNIQUE INDEX "kv__miq_key" ON "kv" ("id");)"_s);
    const QString bad =
        d.ddl(spec(u"kv"_s, {column(u"id"_s, ColumnType::Int64), column(u"x"_s, ColumnType::Double)},
                   WriteMode::Append));
    QVERIFY2(bad.startsWith(u"-- "_s) && bad.contains(u"'x'"_s), qPrintable(bad));
}

void tst_SqliteDestination::weirdIdentifiers()
{
    const QList<TargetColumn> columns = {
        column(u"select"_s, ColumnType::Int64), column(u"a b"_s, ColumnType::String),
        column(u"say \"hi\""_s, ColumnType::String), column(u"ünï"_s, ColumnType::Double),
        column(u"x;--"_s, ColumnType::Date)};
    const QList<Row> rows = {{qint64(1), u"one"_s, u"\"q\""_s, 1.5, days(2020, 1, 2)},
                             {qint64(2), QVariant(), u"'single'"_s, QVariant(), QVariant()}};
    for (const WriteMode mode : {WriteMode::Replace, WriteMode::Append, WriteMode::Upsert}) {
        const TargetSpec s =
            spec(u"my \"odd\" table; DROP "_s + writeModeName(mode), columns, mode, {u"select"_s});
        SqliteDestination d(m_path);
        QCOMPARE(writeRun(d, s, rows, u"run \"1\"'"_s), QString());
        const ReadBack back = readBack(d);
        QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
        QCOMPARE(back.rows, describeRows(columns, rows));
    }
    QCOMPARE(Peer(m_path).query(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s),
             QStringList({u"_miq_checkpoints"_s, u"my \"odd\" table; DROP append"_s,
                          u"my \"odd\" table; DROP replace"_s, u"my \"odd\" table; DROP upsert"_s}));
}

void tst_SqliteDestination::replaceKeepsOldDataReadableUntilFinish()
{
    const TargetSpec s = spec(u"kv"_s, kv, WriteMode::Replace);
    QCOMPARE(writeRun(*std::make_unique<SqliteDestination>(m_path), s, kvRows(1, 3, u"old"_s)), QString());
    Peer peer(m_path);
    QCOMPARE(peer.exec(u"CREATE VIEW names AS SELECT name FROM kv WHERE id > 3"_s), QString());
    SqliteDestination d(m_path);
    auto begun = d.begin(s, u"r2"_s, false);
    QVERIFY2(begun, qPrintable(begun.error()));
    QVERIFY(d.write(makeBatch(kv, kvRows(1, 2, u"new"_s))));
    QVERIFY(d.commit("c1"));
    QVERIFY(d.write(makeBatch(kv, kvRows(3, 5, u"new"_s)))); // open transaction
    QCOMPARE(peer.query(u"SELECT id, name FROM kv"_s), QStringList({u"1|old1"_s, u"2|old2"_s, u"3|old3"_s}));
    QCOMPARE(peer.query(u"SELECT count(*) FROM \"kv__miq_staging_r2\""_s), QStringList({u"2"_s}));
    QVERIFY(d.commit("c2"));
    QCOMPARE(peer.query(u"SELECT count(*) FROM kv"_s), QStringList({u"3"_s}));
    QVERIFY(d.finish());
    QCOMPARE(peer.query(u"SELECT id, name FROM kv"_s),
             QStringList({u"1|new1"_s, u"2|new2"_s, u"3|new3"_s, u"4|new4"_s, u"5|new5"_s}));
    QCOMPARE(peer.query(u"SELECT name FROM sqlite_master WHERE name LIKE '%staging%'"_s), QStringList());
    QCOMPARE(peer.query(u"SELECT count(*) FROM _miq_checkpoints"_s), QStringList({u"0"_s}));
}

void tst_SqliteDestination::readBackInParts_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("parts");
    QTest::addColumn<int>("expectedReaders");
    QTest::newRow("1000 rows in 3 parts") << 1000 << 3 << 3;
    QTest::newRow("1001 rows in 2 parts") << 1001 << 2 << 2;
    QTest::newRow("too few rows to split") << 4 << 3 << 1;
    QTest::newRow("one part asked") << 100 << 1 << 1;
}

void tst_SqliteDestination::readBackInParts()
{
    QFETCH(int, rows);
    QFETCH(int, parts);
    QFETCH(int, expectedReaders);
    SqliteDestination d(m_path);
    QCOMPARE(writeRun(d, spec(u"kv"_s, kv, WriteMode::Replace), kvRows(1, rows), u"r1"_s, 97), QString());
    ReadOptions options;
    options.batchRows = 64;
    auto readers = d.readBackParts(options, parts);
    QVERIFY2(readers.ok(), qPrintable(readers.error()));
    QCOMPARE(int(readers->size()), expectedReaders);
    QStringList all;
    for (auto &reader : *readers) {
        for (;;) {
            RecordBatch batch;
            auto more = reader->next(batch);
            QVERIFY2(more.ok(), qPrintable(more.error()));
            all += describeRows(batch);
            if (!*more)
                break;
        }
    }
    all.sort();
    QStringList expected = kvExpected(1, rows);
    expected.sort();
    QCOMPARE(all, expected); // every row exactly once across the parts
}

void tst_SqliteDestination::followCommitsReadsEachCommittedRowOnce()
{
    SqliteDestination d(m_path);
    QVERIFY(d.begin(spec(u"kv"_s, kv, WriteMode::Replace), u"r1"_s, false));
    ReadOptions options;
    options.batchRows = 2; // several batches per round
    const std::unique_ptr<CommittedRowsReader> follower = d.followCommits(options);
    QVERIFY(follower);
    QCOMPARE(readCommitted(*follower), QStringList()); // nothing committed yet
    QVERIFY(d.write(makeBatch(kv, kvRows(1, 3))));
    QCOMPARE(readCommitted(*follower), QStringList()); // written, not committed: invisible
    QVERIFY(d.commit("c1"));
    QCOMPARE(readCommitted(*follower), kvExpected(1, 3));
    QVERIFY(d.write(makeBatch(kv, kvRows(4, 8))));
    QVERIFY(d.commit("c2"));
    QVERIFY(d.write(makeBatch(kv, kvRows(9, 9))));
    QCOMPARE(readCommitted(*follower), kvExpected(4, 8)); // only the new commit, not row 9
    QVERIFY(d.finish()); // commits row 9 with the swap
    QCOMPARE(follower->checkFinished().error(),
             u"Verification failed: the rows of table 'kv' in %1 changed after the run copied them (its last "
             "row is number 9, not 8)."_s.arg(QDir::toNativeSeparators(m_path)));
}

void tst_SqliteDestination::followCommitsNoticesAChangedTable()
{
    SqliteDestination d(m_path);
    QVERIFY(d.begin(spec(u"kv"_s, kv, WriteMode::Replace), u"r1"_s, false));
    const std::unique_ptr<CommittedRowsReader> follower = d.followCommits(ReadOptions());
    QVERIFY(d.write(makeBatch(kv, kvRows(1, 4))));
    QVERIFY(d.commit("c1"));
    QCOMPARE(readCommitted(*follower), kvExpected(1, 4));
    QVERIFY(d.finish());
    QVERIFY2(follower->checkFinished(), "the finished table holds exactly the rows read");
    Peer peer(m_path);
    QCOMPARE(peer.exec(u"DELETE FROM kv WHERE id = 2; INSERT INTO kv (id, name) VALUES (99, 'x')"_s), QString());
    const Status changed = follower->checkFinished(); // same count, another highest rowid
    QVERIFY(!changed);
    QVERIFY2(changed.error().contains(u"changed after the run copied them (its last row is number 5, not 4)"_s),
             qPrintable(changed.error()));
    // Another table with as many rows under the name: only its B-tree tells it apart.
    QCOMPARE(peer.exec(u"DROP TABLE kv; CREATE TABLE other (x); CREATE TABLE kv (id INTEGER, name TEXT); "
                       "INSERT INTO kv VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')"_s),
             QString());
    QCOMPARE(follower->checkFinished().error(),
             u"Verification failed: table 'kv' in %1 is not the table the run loaded and read back."_s.arg(
                 QDir::toNativeSeparators(m_path)));
}

void tst_SqliteDestination::followCommitsOnlyForReplace()
{
    SqliteDestination d(m_path);
    QVERIFY(!d.followCommits(ReadOptions())); // not begun
    QVERIFY(d.begin(spec(u"kv"_s, kv, WriteMode::Append), u"r1"_s, false));
    QVERIFY(!d.followCommits(ReadOptions())); // the table may hold other rows
    d.abort();
}

void tst_SqliteDestination::walIsCheckpointedWhileWriting_data()
{
    QTest::addColumn<bool>("followed");
    QTest::newRow("alone") << false;
    QTest::newRow("while a follower reads each commit") << true;
}

void tst_SqliteDestination::walIsCheckpointedWhileWriting()
{
    // The writer's automatic checkpoints are off; a thread of the destination copies the WAL into
    // the database file after each commit, and the WAL starts over once it has grown past 64 MiB,
    // also while a follower of the commits reads on its own thread (SqliteWalGate).
    QFETCH(bool, followed);
    SqliteDestination d(m_path);
    QVERIFY(d.begin(spec(u"kv"_s, kv, WriteMode::Replace), u"r1"_s, false));
    std::unique_ptr<CommittedRowsReader> follower = followed ? d.followCommits(ReadOptions()) : nullptr;
    std::atomic<int> commits{0};
    std::atomic_bool done{false};
    qint64 rowsFollowed = 0;
    std::thread reading([&] {
        for (int seen = 0; follower && !(done && seen == commits);) {
            if (seen == commits) {
                QThread::msleep(1);
                continue;
            }
            seen = commits;
            for (RecordBatch batch;;) {
                const Result<bool> more = follower->next(batch);
                if (!more || !*more)
                    break;
                rowsFollowed += batch.rowCount;
            }
        }
    });
    const QString filler(2000, u'x');
    qint64 largestWal = 0;
    int id = 1;
    for (int commit = 0; commit < 60; ++commit) {
        QList<Row> rows;
        for (int r = 0; r < 1000; ++r, ++id)
            rows.append({qint64(id), filler});
        QVERIFY(d.write(makeBatch(kv, rows)));
        QVERIFY(d.commit(QByteArray::number(commit)));
        ++commits;
        largestWal = std::max(largestWal, QFileInfo(m_path + u"-wal"_s).size());
    }
    done = true;
    reading.join();
    QCOMPARE(rowsFollowed, followed ? 60000 : 0);
    // 60 commits of about 2 MB: far more than 64 MiB went through the WAL, which stayed bounded,
    // and the database file holds the checkpointed pages before the run finishes.
    QVERIFY2(largestWal < 80ll << 20, qPrintable(QString::number(largestWal)));
    QVERIFY2(QFileInfo(m_path).size() > 32ll << 20, qPrintable(QString::number(QFileInfo(m_path).size())));
    QVERIFY(d.finish());
    Peer peer(m_path);
    QCOMPARE(peer.query(u"SELECT count(*), sum(length(name)) FROM kv"_s), QStringList{u"60000|120000000"_s});
}

void tst_SqliteDestination::appendToExistingTable()
{
    Peer peer(m_path);
    // A table someone else made: other declared types of the same affinity, an extra column
    // with a default, an INTEGER PRIMARY KEY that the target does not write.
    QCOMPARE(peer.exec(u"CREATE TABLE kv (rid INTEGER PRIMARY KEY, ID BIGINT, Name VARCHAR(20), "
                       "note TEXT NOT NULL DEFAULT 'n/a'); INSERT INTO kv (ID, Name) VALUES (1, 'row1')"_s),
             QString());
    const TargetSpec s = spec(u"KV"_s, kv, WriteMode::Append);
    SqliteDestination d(m_path);
    QCOMPARE(writeRun(d, s, kvRows(2, 3)), QString());
    QCOMPARE(writeRun(*std::make_unique<SqliteDestination>(m_path), s, kvRows(4, 4), u"r2"_s), QString());
    QCOMPARE(readBack(d).rows, kvExpected(1, 4));
    QCOMPARE(peer.query(u"SELECT rid, note FROM kv WHERE ID = 4"_s), QStringList({u"4|n/a"_s}));
    // A new table in append mode is created.
    QCOMPARE(writeRun(d, spec(u"fresh"_s, kv, WriteMode::Append), kvRows(1, 2), u"r3"_s), QString());
    QCOMPARE(readBack(d).rows, kvExpected(1, 2));
}

void tst_SqliteDestination::incompatibleExistingTable_data()
{
    QTest::addColumn<QString>("create");
    QTest::addColumn<QString>("expected"); // in the error
    QTest::newRow("missing column") << u"CREATE TABLE t (id INTEGER, other TEXT)"_s << u"no column 'name'"_s;
    QTest::newRow("text in integer") << u"CREATE TABLE t (id INTEGER, name INTEGER)"_s << u"column 'name'"_s;
    QTest::newRow("decimal affinity") << u"CREATE TABLE t (id INTEGER, name TEXT, price DECIMAL(10,2))"_s
                                      << u"column 'price' is declared 'DECIMAL(10,2)' (NUMERIC affinity)"_s;
    QTest::newRow("int in real") << u"CREATE TABLE t (id REAL, name TEXT)"_s << u"column 'id'"_s;
    QTest::newRow("not null unwritten")
        << u"CREATE TABLE t (id INTEGER, name TEXT, must TEXT NOT NULL)"_s << u"column 'must' is NOT NULL"_s;
    QTest::newRow("view") << u"CREATE TABLE base (id, name); CREATE VIEW t AS SELECT * FROM base"_s
                          << u"view"_s;
}

void tst_SqliteDestination::incompatibleExistingTable()
{
    QFETCH(QString, create);
    QFETCH(QString, expected);
    QCOMPARE(Peer(m_path).exec(create), QString());
    QList<TargetColumn> columns = kv;
    if (create.contains(u"price"_s))
        columns.append(column(u"price"_s, ColumnType::Decimal, true, 10, 2));
    SqliteDestination d(m_path);
    auto begun = d.begin(spec(u"t"_s, columns, WriteMode::Append), u"r"_s, false);
    QVERIFY(!begun);
    QVERIFY2(begun.error().contains(expected) && begun.error().contains(u"table 't'"_s)
                 && begun.error().contains(m_path),
             qPrintable(begun.error()));
    QCOMPARE(Peer(m_path).query(u"SELECT count(*) FROM sqlite_master WHERE name = '_miq_checkpoints'"_s),
             QStringList({u"0"_s}));
}

void tst_SqliteDestination::upsertUpdatesAndInserts()
{
    const TargetSpec s = spec(u"kv"_s, kv, WriteMode::Upsert, {u"id"_s});
    SqliteDestination d(m_path);
    QCOMPARE(writeRun(d, s, kvRows(1, 3, u"old"_s)), QString());
    QCOMPARE(writeRun(d, s, kvRows(2, 5, u"new"_s) + kvRows(5, 5, u"newer"_s), u"r2"_s), QString());
    QCOMPARE(Peer(m_path).query(u"SELECT id, name FROM kv ORDER BY id"_s),
             QStringList({u"1|old1"_s, u"2|new2"_s, u"3|new3"_s, u"4|new4"_s, u"5|newer5"_s}));
    // Keys only: nothing to update, existing rows stay and new ones are inserted.
    const TargetSpec keysOnly = spec(u"ids"_s, {kv[0]}, WriteMode::Upsert, {u"id"_s});
    QCOMPARE(writeRun(d, keysOnly, {{qint64(1)}, {qint64(1)}, {qint64(2)}}, u"r3"_s), QString());
    QCOMPARE(Peer(m_path).query(u"SELECT id FROM ids ORDER BY id"_s), QStringList({u"1"_s, u"2"_s}));
}

void tst_SqliteDestination::upsertOnExistingTableCreatesUniqueIndex()
{
    Peer peer(m_path);
    QCOMPARE(
        peer.exec(u"CREATE TABLE kv (id INTEGER, name TEXT); INSERT INTO kv VALUES (1, 'a'), (2, 'b')"_s),
        QString());
    QCOMPARE(writeRun(*std::make_unique<SqliteDestination>(m_path),
                      spec(u"kv"_s, kv, WriteMode::Upsert, {u"id"_s}),
                      {{qint64(2), u"B"_s}, {qint64(3), u"c"_s}}),
             QString());
    QCOMPARE(peer.query(u"SELECT id, name FROM kv ORDER BY id"_s),
             QStringList({u"1|a"_s, u"2|B"_s, u"3|c"_s}));
    QCOMPARE(peer.query(u"SELECT name FROM pragma_index_list('kv') WHERE \"unique\""_s),
             QStringList({u"kv__miq_key"_s}));
    // Next time the index is found and reused.
    QCOMPARE(writeRun(*std::make_unique<SqliteDestination>(m_path),
                      spec(u"kv"_s, kv, WriteMode::Upsert, {u"ID"_s}), {{qint64(1), u"A"_s}}, u"r2"_s),
             QString());
    QCOMPARE(peer.query(u"SELECT name FROM kv WHERE id = 1"_s), QStringList({u"A"_s}));
}

void tst_SqliteDestination::upsertErrors()
{
    // Duplicate keys in an existing table: no unique index possible.
    QCOMPARE(Peer(m_path).exec(
                 u"CREATE TABLE kv (id INTEGER, name TEXT); INSERT INTO kv VALUES (1, 'a'), (1, 'b')"_s),
             QString());
    auto begun =
        SqliteDestination(m_path).begin(spec(u"kv"_s, kv, WriteMode::Upsert, {u"id"_s}), u"r"_s, false);
    QVERIFY(!begun);
    QVERIFY2(begun.error().contains(u"unique index on the key columns (id)"_s)
                 && begun.error().contains(u"duplicate"_s),
             qPrintable(begun.error()));
    QVERIFY(Peer(m_path).exec(u"DROP TABLE kv"_s).isEmpty());

    SqliteDestination d(m_path);
    auto noKeys = d.begin(spec(u"kv"_s, kv, WriteMode::Upsert), u"r"_s, false);
    QVERIFY(!noKeys);
    QVERIFY2(noKeys.error().contains(u"no key columns"_s), qPrintable(noKeys.error()));
    auto unknownKey = d.begin(spec(u"kv"_s, kv, WriteMode::Upsert, {u"code"_s}), u"r"_s, false);
    QVERIFY(!unknownKey);
    QVERIFY2(unknownKey.error().contains(u"'code'"_s), qPrintable(unknownKey.error()));

    QVERIFY(d.begin(spec(u"kv"_s, kv, WriteMode::Upsert, {u"id"_s}), u"r"_s, false));
    QVERIFY(d.write(makeBatch(kv, kvRows(1, 2))));
    QVERIFY(d.commit("c1"));
    Status nullKey = d.write(makeBatch(kv, {{qint64(3), u"x"_s}, {QVariant(), u"y"_s}}, 10));
    QVERIFY(!nullKey);
    QVERIFY2(nullKey.error().contains(u"record 12"_s) && nullKey.error().contains(u"'id' is null"_s),
             qPrintable(nullKey.error()));
    // Only the refused batch is undone (row 3 with it); the run goes on.
    QVERIFY(d.write(makeBatch(kv, kvRows(4, 4))));
    QVERIFY(d.commit("c2"));
    QVERIFY(d.finish());
    QCOMPARE(Peer(m_path).query(u"SELECT id FROM kv"_s), QStringList({u"1"_s, u"2"_s, u"4"_s}));
}

void tst_SqliteDestination::refusedBatchIsUndoneAlone()
{
    const QList<TargetColumn> columns = {kv[0], column(u"name"_s, ColumnType::String, false)};
    SqliteDestination d(m_path);
    QVERIFY(d.begin(spec(u"kv"_s, columns, WriteMode::Append), u"r"_s, false));
    QVERIFY(d.write(makeBatch(columns, kvRows(1, 2)))); // uncommitted, must survive the next failure
    Status refused = d.write(makeBatch(columns, {{qint64(3), u"c"_s}, {qint64(4), QVariant()}}, 2));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"record 4"_s)
                 && refused.error().contains(u"NOT NULL constraint failed"_s)
                 && refused.error().contains(u"table 'kv'"_s),
             qPrintable(refused.error()));
    QVERIFY(d.write(makeBatch(columns, kvRows(5, 5))));
    QVERIFY(d.commit("c"));
    QVERIFY(d.finish());
    QCOMPARE(readBack(d).rows, describeRows(columns, kvRows(1, 2) + kvRows(5, 5)));
}

void tst_SqliteDestination::checkpointIsInTheSameTransaction()
{
    SqliteDestination d(m_path);
    QVERIFY(d.begin(spec(u"kv"_s, kv, WriteMode::Append), u"run-7"_s, false));
    Peer peer(m_path);
    QVERIFY(d.write(makeBatch(kv, kvRows(1, 3))));
    QCOMPARE(peer.query(u"SELECT count(*) FROM kv"_s), QStringList({u"0"_s}));
    QCOMPARE(peer.query(u"SELECT count(*) FROM _miq_checkpoints"_s), QStringList({u"0"_s}));
    QVERIFY(d.commit(QByteArray("pos\0=3", 6)));
    QCOMPARE(peer.query(u"SELECT count(*) FROM kv"_s), QStringList({u"3"_s}));
    QCOMPARE(peer.query(u"SELECT run_id, hex(checkpoint), rows FROM _miq_checkpoints"_s),
             QStringList({u"run-7|706F73003D33|3"_s}));
    QVERIFY(d.finish());
    QCOMPARE(peer.query(u"SELECT count(*) FROM _miq_checkpoints"_s), QStringList({u"0"_s}));
}

void tst_SqliteDestination::resumeAfterInterruption_data()
{
    QTest::addColumn<WriteMode>("mode");
    QTest::newRow("replace") << WriteMode::Replace;
    QTest::newRow("append") << WriteMode::Append;
    QTest::newRow("upsert") << WriteMode::Upsert;
}

void tst_SqliteDestination::resumeAfterInterruption()
{
    QFETCH(WriteMode, mode);
    const TargetSpec s = spec(u"kv"_s, kv, mode, {u"id"_s});
    if (mode != WriteMode::Append) // old data that Replace replaces and Upsert keeps
        QCOMPARE(
            writeRun(*std::make_unique<SqliteDestination>(m_path), s, kvRows(100, 101, u"old"_s), u"r0"_s),
            QString());
    {
        auto d = std::make_unique<SqliteDestination>(m_path);
        QVERIFY(d->begin(s, u"r1"_s, false));
        QVERIFY(d->write(makeBatch(kv, kvRows(1, 3))));
        QVERIFY(d->commit("after 3"));
        QVERIFY(d->write(makeBatch(kv, kvRows(4, 6))));
        QVERIFY(d->commit("after 6"));
        QVERIFY(d->write(makeBatch(kv, kvRows(7, 8)))); // never committed
        // The process dies: no finish(), no abort().
    }
    SqliteDestination d(m_path);
    auto resumed = d.begin(s, u"r1"_s, true);
    QVERIFY2(resumed, qPrintable(resumed.error()));
    QCOMPARE(*resumed, QByteArray("after 6"));
    const QString table = mode == WriteMode::Replace ? u"\"kv__miq_staging_r1\""_s : u"kv"_s;
    const QStringList oldRows = mode == WriteMode::Upsert ? QStringList({u"100"_s, u"101"_s}) : QStringList();
    QCOMPARE(Peer(m_path).query(u"SELECT id FROM %1 WHERE id < 100"_s.arg(table)),
             QStringList({u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s}));
    QVERIFY(d.write(makeBatch(kv, kvRows(7, 9))));
    QVERIFY(d.commit("after 9"));
    QVERIFY(d.finish());
    ReadBack back = readBack(d, 4);
    QStringList expected =
        (mode == WriteMode::Upsert ? kvExpected(100, 101, u"old"_s) : QStringList()) + kvExpected(1, 9);
    back.rows.sort();
    expected.sort();
    QCOMPARE(back.rows, expected);
    QCOMPARE(Peer(m_path).query(u"SELECT count(*) FROM _miq_checkpoints"_s), QStringList({u"0"_s}));
}

void tst_SqliteDestination::resumeAfterKill()
{
#if defined(Q_OS_LINUX)
    // A real crash: the child is killed with SIGKILL in the middle of an uncommitted batch.
    const TargetSpec s = spec(u"kv"_s, kv, WriteMode::Append);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        SqliteDestination d(m_path);
        bool ok = d.begin(s, u"r1"_s, false).ok();
        for (int i = 0; ok && i < 5; ++i)
            ok = d.write(makeBatch(kv, kvRows(i * 1000 + 1, i * 1000 + 1000))).ok()
                 && d.commit(QByteArray::number(i)).ok();
        ok = ok && d.write(makeBatch(kv, kvRows(5001, 5500))).ok();
        if (ok)
            ::raise(SIGKILL);
        ::_exit(1);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "the child failed before the kill");
    SqliteDestination d(m_path);
    auto resumed = d.begin(s, u"r1"_s, true);
    QVERIFY2(resumed, qPrintable(resumed.error()));
    QCOMPARE(*resumed, QByteArray("4"));
    QVERIFY(d.write(makeBatch(kv, kvRows(5001, 6000))));
    QVERIFY(d.commit("5"));
    QVERIFY(d.finish());
    QCOMPARE(Peer(m_path).query(u"SELECT count(*), count(DISTINCT id), min(id), max(id) FROM kv"_s),
             QStringList({u"6000|6000|1|6000"_s}));
#else
    QSKIP("fork() and SIGKILL are POSIX; resumeAfterInterruption covers the logic elsewhere");
#endif
}

void tst_SqliteDestination::abortReplaceLeavesTargetUntouched()
{
    const TargetSpec s = spec(u"kv"_s, kv, WriteMode::Replace);
    QCOMPARE(writeRun(*std::make_unique<SqliteDestination>(m_path), s, kvRows(1, 2, u"old"_s)), QString());
    SqliteDestination d(m_path);
    QVERIFY(d.begin(s, u"r2"_s, false));
    QVERIFY(d.write(makeBatch(kv, kvRows(1, 5))));
    QVERIFY(d.commit("c"));
    QVERIFY(d.write(makeBatch(kv, kvRows(6, 7))));
    d.abort();
    Peer peer(m_path);
    QCOMPARE(peer.query(u"SELECT id, name FROM kv"_s), QStringList({u"1|old1"_s, u"2|old2"_s}));
    QCOMPARE(peer.query(u"SELECT name FROM sqlite_master WHERE name LIKE '%staging%'"_s), QStringList());
    QCOMPARE(peer.query(u"SELECT count(*) FROM _miq_checkpoints"_s), QStringList({u"0"_s}));
    // An aborted run has nothing to resume: it starts over (and the old table stays until finish).
    SqliteDestination again(m_path);
    auto resumed = again.begin(s, u"r2"_s, true);
    QVERIFY2(resumed, qPrintable(resumed.error()));
    QCOMPARE(*resumed, QByteArray());
    QVERIFY(again.write(makeBatch(kv, kvRows(1, 3))));
    QCOMPARE(peer.query(u"SELECT count(*) FROM kv"_s), QStringList({u"2"_s}));
    QVERIFY(again.finish()); // finish() commits what was written since the last commit
    QCOMPARE(readBack(again).rows, kvExpected(1, 3));
}

void tst_SqliteDestination::batchMustMatchTheTarget()
{
    SqliteDestination d(m_path);
    QVERIFY(!d.write(makeBatch(kv, kvRows(1, 1))));
    QVERIFY(d.begin(spec(u"kv"_s, kv), u"r"_s, false));
    Status wrongCount = d.write(makeBatch({kv[0]}, {{qint64(1)}}));
    QVERIFY(!wrongCount);
    QVERIFY2(wrongCount.error().contains(u"1 columns"_s), qPrintable(wrongCount.error()));
    Status wrongType =
        d.write(makeBatch({kv[0], column(u"name"_s, ColumnType::Int64)}, {{qint64(1), qint64(2)}}));
    QVERIFY(!wrongType);
    QVERIFY2(wrongType.error().contains(u"'name'"_s), qPrintable(wrongType.error()));
    QVERIFY(d.finish());
    QCOMPARE(readBack(d).rows, QStringList());
}

void tst_SqliteDestination::readOnlyDirectory()
{
#if defined(Q_OS_LINUX)
    const QString dir = m_dir.filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + u"/out.sqlite"_s;
    QString error;
    {
        ReadOnlyDirectory locked(dir);
        SqliteDestination d(path);
        auto begun = d.begin(spec(u"kv"_s, kv), u"r"_s, false);
        QVERIFY(!begun);
        error = begun.error();
    }
    QVERIFY2(error.contains(path) && error.contains(u"unable to open database file"_s)
                 && error.contains(u"Permission denied"_s),
             qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
#else
    QSKIP("needs POSIX permissions");
#endif
}

void tst_SqliteDestination::notADatabase()
{
    QVERIFY(writeFile(m_path, QByteArray(4096, 'x')));
    SqliteDestination d(m_path);
    auto begun = d.begin(spec(u"kv"_s, kv), u"r"_s, false);
    QVERIFY(!begun);
    QVERIFY2(begun.error().contains(m_path) && begun.error().contains(u"not a database"_s),
             qPrintable(begun.error()));
}

void tst_SqliteDestination::writeFailureIsAnError()
{
#if defined(Q_OS_LINUX)
    const TargetSpec s = spec(u"kv"_s, kv, WriteMode::Append);
    SqliteDestination d(m_path);
    QVERIFY(d.begin(s, u"r"_s, false));
    QVERIFY(d.write(makeBatch(kv, kvRows(1, 10))));
    QVERIFY(d.commit("c1"));
    QString error;
    {
        FileSizeLimit limit(256 * 1024);
        QList<Row> big;
        for (int i = 0; i < 5000; ++i)
            big.append({qint64(100 + i), QString(200, u'x')});
        Status w = d.write(makeBatch(kv, big));
        Status c = w ? d.commit("c2") : w;
        QVERIFY(!c);
        error = c.error();
    }
    QVERIFY2(error.contains(u"table 'kv'"_s) && error.contains(m_path)
                 && (error.contains(u"disk is full"_s) || error.contains(u"I/O error"_s)),
             qPrintable(error));
    d.abort();
    QCOMPARE(Peer(m_path).query(u"SELECT count(*) FROM kv"_s), QStringList({u"10"_s}));
#else
    QSKIP("needs RLIMIT_FSIZE");
#endif
}

QTEST_GUILESS_MAIN(tst_SqliteDestination)
#include "tst_sqlitedestination.moc"
