#include "engine/sync/syncrun.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using namespace miq;

namespace {

// `rows` good rows (id, name, amount, joined, active) with a malformed row after every 1000th.
QString writeCsv(const QString &path, int rows, int *badRows = nullptr)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray out = "id,name,amount,joined,active\n";
    int bad = 0;
    for (int i = 1; i <= rows; ++i) {
        out += QByteArray::number(i) + ",\"Name " + QByteArray::number(i) + ", Jr.\"," + QByteArray::number(i % 977) + "."
               + QByteArray::number(10 + i % 90) + ",2026-0" + QByteArray::number(1 + i % 9) + "-1" + QByteArray::number(i % 10)
               + "," + (i % 3 ? "yes" : "no") + "\n";
        if (i % 1000 == 0) {
            out += "broken,row,with,too,many,fields\n";
            ++bad;
        }
    }
    f.write(out);
    if (badRows)
        *badRows = bad;
    return path;
}

struct SqliteReader
{
    explicit SqliteReader(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
    }
    ~SqliteReader() { QSqlDatabase::removeDatabase(name); }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(name));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    QString name = QStringLiteral("tst-syncrun-check");
};

} // namespace

class tst_SyncRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void csvToDestination_data();
    void csvToDestination();
    void typedTableInSqlite();
    void mappingRenamesExcludesAndMasks();
    void interruptedRunResumesExactly();
    void cancelLeavesOldTableAlone();
    void errorBudget_data();
    void errorBudget();
    void mixedBadRowsKeepTheirRecordNumbers();
    void incrementalLoadsTheBoundaryOnce_data();
    void incrementalLoadsTheBoundaryOnce();
    void incrementalQuarantinesEmptyCursors();
    void transientFailureIsRetriedFromTheCheckpoint();
    void unreachableDestinationFailsBeforeReadingTheSource();
    void quarantinedRowsLoadAgainOnceFixed();

private:
    RunRequest request(const QString &source, const QString &destination)
    {
        RunRequest r;
        r.workspacePath = m_workspace;
        r.job.name = QStringLiteral("test");
        r.job.sourcePath = source;
        r.job.destination = destination;
        r.job.table = QStringLiteral("people");
        r.sourceType = QStringLiteral("csv");
        r.source.sourceName = QStringLiteral("people.csv");
        r.source.values.insert(QStringLiteral("path"), source);
        return r;
    }

    QTemporaryDir m_dir;
    QString m_workspace;
};

void tst_SyncRun::init()
{
    m_workspace = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".miq"));
    QVERIFY(Workspace::open(m_workspace).ok());
}

void tst_SyncRun::csvToDestination_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("sqlite") << "sqlite";
    QTest::newRow("csv") << "csv";
    QTest::newRow("ndjson") << "ndjson";
}

void tst_SyncRun::csvToDestination()
{
    QFETCH(QString, suffix);
    int bad = 0;
    const QString source = writeCsv(m_dir.filePath(QStringLiteral("people-%1.csv").arg(suffix)), 2500, &bad);
    const QString destination = m_dir.filePath(QStringLiteral("out-%1.%1").arg(suffix));
    QList<RunProgress> reports;
    SyncRun run(request(source, destination), nullptr, [&](const RunProgress &p) { reports << p; });
    auto result = run.execute();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QVERIFY2(result->status == RunStatus::Succeeded, qPrintable(result->error));
    QCOMPARE(result->rowsWritten, 2500);
    QCOMPARE(result->rowsQuarantined, bad);
    QCOMPARE(result->rowsRead, 2500 + bad);
    QCOMPARE(result->verification.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
    // SQLite is read back while the run copies (commit by commit); the files after the copy.
    QCOMPARE(result->timings.contains(QStringLiteral("verify_wait")), suffix == QStringLiteral("sqlite"));
    QVERIFY(!reports.isEmpty());
    QCOMPARE(reports.last().rowsWritten, 2500);
    QVERIFY(QFile::exists(destination));

    auto store = JobStore::open(m_workspace);
    auto quarantined = (*store)->quarantined(result->id);
    QCOMPARE(quarantined->size(), bad);
    QCOMPARE(quarantined->first().line, 1002); // header + 1000 rows, then the bad one
    QVERIFY(quarantined->first().reason.contains(QStringLiteral("6")));
    QVERIFY(result->log.contains(QStringLiteral("Verified")));
}

void tst_SyncRun::typedTableInSqlite()
{
    const QString source = writeCsv(m_dir.filePath(QStringLiteral("typed.csv")), 300);
    const QString destination = m_dir.filePath(QStringLiteral("typed.sqlite"));
    SyncRun run(request(source, destination), nullptr, {});
    auto result = run.execute();
    QVERIFY2(result.ok() && result->status == RunStatus::Succeeded, qPrintable(result->error));
    const QString ddl = result->target.value(QStringLiteral("ddl")).toString();
    QVERIFY2(ddl.contains(QStringLiteral("\"id\" INTEGER")), qPrintable(ddl));
    SqliteReader db(destination);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM people")).toInt(), 300);
    QCOMPARE(db.scalar(QStringLiteral("SELECT typeof(id) FROM people LIMIT 1")).toString(), QStringLiteral("integer"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM people WHERE id = 7")).toString(), QStringLiteral("Name 7, Jr."));
    QCOMPARE(db.scalar(QStringLiteral("SELECT active FROM people WHERE id = 3")).toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT joined FROM people WHERE id = 12")).toString(), QStringLiteral("2026-04-12"));
}

void tst_SyncRun::mappingRenamesExcludesAndMasks()
{
    const QString source = writeCsv(m_dir.filePath(QStringLiteral("mapped.csv")), 50);
    const QString destination = m_dir.filePath(QStringLiteral("mapped.sqlite"));
    RunRequest r = request(source, destination);
    ColumnMapping id;
    id.source = QStringLiteral("id");
    id.target = QStringLiteral("customer_id");
    ColumnMapping name;
    name.source = QStringLiteral("name");
    name.target = QStringLiteral("name_hash");
    name.mask = ColumnMapping::Mask::Hash;
    ColumnMapping country;
    country.target = QStringLiteral("country");
    country.constant = QStringLiteral("PT");
    r.job.mapping.columns = {id, name, country};
    r.job.mapping.addRunId = true;
    SyncRun run(r, nullptr, {});
    auto result = run.execute();
    QVERIFY2(result.ok() && result->status == RunStatus::Succeeded, qPrintable(result->error));
    SqliteReader db(destination);
    QSqlQuery q(QSqlDatabase::database(db.name));
    QVERIFY(q.exec(QStringLiteral("SELECT * FROM people LIMIT 1")));
    QStringList columns;
    for (int i = 0; i < q.record().count(); ++i)
        columns << q.record().fieldName(i);
    QCOMPARE(columns, (QStringList{QStringLiteral("customer_id"), QStringLiteral("name_hash"), QStringLiteral("country"),
                                   QStringLiteral("_miq_run_id")}));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString().size(), 64);
    QVERIFY(!q.value(1).toString().contains(QStringLiteral("Name")));
    QCOMPARE(q.value(2).toString(), QStringLiteral("PT"));
    QCOMPARE(q.value(3).toString(), result->uuid);
}

void tst_SyncRun::interruptedRunResumesExactly()
{
    int bad = 0;
    const QString source = writeCsv(m_dir.filePath(QStringLiteral("big.csv")), 60000, &bad);
    const QString destination = m_dir.filePath(QStringLiteral("big.sqlite"));
    RunRequest r = request(source, destination);
    r.commitEveryRows = 5000;
    r.batchRows = 5000;
    RunControls controls;
    SyncRun first(r, &controls, [&](const RunProgress &p) {
        if (p.rowsWritten >= 20000)
            controls.interrupt = true;
        else
            QThread::msleep(110); // longer than the progress throttle: every batch reports
    });
    auto stopped = first.execute();
    QVERIFY(stopped.ok());
    QCOMPARE(stopped->status, RunStatus::Interrupted);
    QVERIFY(stopped->rowsWritten >= 20000 && stopped->rowsWritten < 60000);

    SyncRun second(r, nullptr, {});
    auto resumed = second.execute();
    QVERIFY(resumed.ok());
    QVERIFY2(resumed->status == RunStatus::Succeeded, qPrintable(resumed->error));
    QCOMPARE(resumed->id, stopped->id); // the same run, continued
    QVERIFY(resumed->log.contains(QStringLiteral("Resuming after")));
    QCOMPARE(resumed->rowsWritten, 60000);
    QCOMPARE(resumed->rowsQuarantined, bad);
    QCOMPARE(resumed->verification.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
    QVERIFY(resumed->timings.contains(QStringLiteral("verify_wait"))); // also the rows of the first process
    SqliteReader db(destination);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM people")).toInt(), 60000);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(DISTINCT id) FROM people")).toInt(), 60000);
    QCOMPARE(db.scalar(QStringLiteral("SELECT max(id) FROM people")).toInt(), 60000);
}

void tst_SyncRun::cancelLeavesOldTableAlone()
{
    const QString destination = m_dir.filePath(QStringLiteral("keep.sqlite"));
    {
        SyncRun seed(request(writeCsv(m_dir.filePath(QStringLiteral("small.csv")), 10), destination), nullptr, {});
        QCOMPARE(seed.execute()->status, RunStatus::Succeeded);
    }
    RunRequest r = request(writeCsv(m_dir.filePath(QStringLiteral("large.csv")), 40000), destination);
    r.commitEveryRows = 2000;
    r.batchRows = 1000;
    RunControls controls;
    SyncRun run(r, &controls, [&](const RunProgress &p) {
        if (p.rowsWritten > 0)
            controls.cancel = true;
        else if (p.stage == RunProgress::Stage::Inferring)
            QThread::msleep(110); // longer than the progress throttle: the first copied batch reports
    });
    auto result = run.execute();
    QVERIFY(result.ok());
    QCOMPARE(result->status, RunStatus::Cancelled);
    SqliteReader db(destination);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM people")).toInt(), 10); // replace never swapped
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE '%staging%'")).toInt(), 0);
}

void tst_SyncRun::errorBudget_data()
{
    QTest::addColumn<bool>("stopOnFirst");
    QTest::addColumn<int>("maxRows");
    QTest::addColumn<double>("maxPercent");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("stop at first") << true << -1 << -1.0 << false;
    QTest::newRow("budget of 1 row, 3 bad") << false << 1 << -1.0 << false;
    QTest::newRow("budget of 5 rows, 3 bad") << false << 5 << -1.0 << true;
    QTest::newRow("budget of 0.01%") << false << -1 << 0.01 << false;
    QTest::newRow("budget of 1%") << false << -1 << 1.0 << true;
}

void tst_SyncRun::errorBudget()
{
    QFETCH(bool, stopOnFirst);
    QFETCH(int, maxRows);
    QFETCH(double, maxPercent);
    QFETCH(bool, succeeds);
    const QString source = writeCsv(m_dir.filePath(QStringLiteral("budget.csv")), 3000);
    const QString destination = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))
                                               + QStringLiteral(".ndjson"));
    RunRequest r = request(source, destination);
    r.job.errors.stopOnFirst = stopOnFirst;
    r.job.errors.maxBadRows = maxRows;
    r.job.errors.maxBadPercent = maxPercent;
    SyncRun run(r, nullptr, {});
    auto result = run.execute();
    QVERIFY(result.ok());
    QCOMPARE(result->status == RunStatus::Succeeded, succeeds);
    if (!succeeds) {
        QVERIFY(result->rowsQuarantined >= 1); // the rows that broke the budget are kept, not lost
        QVERIFY2(result->error.contains(stopOnFirst ? QStringLiteral("first bad row") : QStringLiteral("budget")),
                 qPrintable(result->error));
        QVERIFY(!QFile::exists(destination)); // a failed replace leaves no half-written file
    }
}

void tst_SyncRun::mixedBadRowsKeepTheirRecordNumbers()
{
    // A ragged row (set aside by the reader) and, later in the same batch, a value the cast
    // rejects (set aside by the converter): both must be quarantined under their own numbers.
    const QString source = m_dir.filePath(QStringLiteral("mixed.csv"));
    QFile f(source);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("id,amount\n1,1.50\n2,2.50,extra\n3,3.50\n4,abc\n5,5.50\n");
    f.close();
    RunRequest r = request(source, m_dir.filePath(QStringLiteral("mixed.sqlite")));
    ColumnMapping id;
    id.source = id.target = QStringLiteral("id");
    ColumnMapping amount;
    amount.source = amount.target = QStringLiteral("amount");
    amount.cast = ColumnType::Decimal;
    r.job.mapping.columns = {id, amount};
    SyncRun run(r, nullptr, {});
    auto result = run.execute();
    QVERIFY2(result.ok() && result->status == RunStatus::Succeeded, qPrintable(result->error));
    QCOMPARE(result->rowsWritten, 3);
    QCOMPARE(result->rowsQuarantined, 2);
    auto store = JobStore::open(m_workspace);
    auto rows = (*store)->quarantined(result->id);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).recordNumber, 1);
    QCOMPARE(rows->at(0).line, 3);
    QCOMPARE(rows->at(1).recordNumber, 3);
    QCOMPARE(rows->at(1).column, QStringLiteral("amount"));
    QVERIFY(rows->at(1).raw.contains("abc"));
}

// Rows sharing the boundary value arrive on both sides of a run: the next run must load the new
// ones (inclusive lower bound) and skip the ones already there (key dedup), by key or whole row.
void tst_SyncRun::incrementalLoadsTheBoundaryOnce_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<int>("mode");
    QTest::newRow("append, whole-row dedup") << QStringList() << int(WriteMode::Append);
    QTest::newRow("upsert by id") << QStringList{QStringLiteral("id")} << int(WriteMode::Upsert);
}

void tst_SyncRun::incrementalLoadsTheBoundaryOnce()
{
    QFETCH(QStringList, keys);
    QFETCH(int, mode);
    const QString source = m_dir.filePath(QStringLiteral("events-%1.csv").arg(mode));
    const QString destination = m_dir.filePath(QStringLiteral("events-%1.sqlite").arg(mode));
    const auto write = [&](const QByteArray &text) {
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    const QByteArray first = "id,updated,note\n1,2026-01-01,a\n2,2026-01-02,b\n3,2026-01-03,c\n4,2026-01-03,d\n";
    write(first);
    RunRequest r = request(source, destination);
    r.job.table = QStringLiteral("events");
    r.job.cursorColumn = QStringLiteral("updated");
    r.job.mode = WriteMode(mode);
    r.job.keyColumns = keys;

    SyncRun run1(r, nullptr, {});
    auto one = run1.execute();
    QVERIFY2(one.ok() && one->status == RunStatus::Succeeded, qPrintable(one ? one->error : one.error()));
    QCOMPARE(one->rowsWritten, 4);

    // Later: one more row with the boundary date, two after it; the old rows are still there.
    write(first + "5,2026-01-03,e\n6,2026-01-04,f\n7,2026-01-05,g\n");
    SyncRun run2(r, nullptr, {});
    auto two = run2.execute();
    QVERIFY2(two.ok() && two->status == RunStatus::Succeeded, qPrintable(two ? two->error : two.error()));
    QCOMPARE(two->rowsRead, 7);
    QCOMPARE(two->rowsWritten, 3);
    const QJsonObject cursor = two->target.value(QStringLiteral("cursor")).toObject();
    QCOMPARE(cursor.value(QStringLiteral("skipped")).toInteger(), 4);
    QCOMPARE(cursor.value(QStringLiteral("from")).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("2026-01-03"));
    QCOMPARE(cursor.value(QStringLiteral("to")).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("2026-01-05"));

    // Nothing new: a third run loads nothing.
    SyncRun run3(r, nullptr, {});
    auto three = run3.execute();
    QVERIFY2(three.ok() && three->status == RunStatus::Succeeded, qPrintable(three ? three->error : three.error()));
    QCOMPARE(three->rowsWritten, 0);

    SqliteReader check(destination);
    QCOMPARE(check.scalar(QStringLiteral("SELECT count(*) FROM events")).toInt(), 7);
    QCOMPARE(check.scalar(QStringLiteral("SELECT count(DISTINCT id) FROM events")).toInt(), 7);
}

void tst_SyncRun::incrementalQuarantinesEmptyCursors()
{
    const QString source = m_dir.filePath(QStringLiteral("gaps.csv"));
    QFile f(source);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("id,seq\n1,10\n2,\n3,30\n");
    f.close();
    RunRequest r = request(source, m_dir.filePath(QStringLiteral("gaps.sqlite")));
    r.job.cursorColumn = QStringLiteral("seq");
    r.job.mode = WriteMode::Append;
    SyncRun run(r, nullptr, {});
    auto result = run.execute();
    QVERIFY2(result.ok() && result->status == RunStatus::Succeeded, qPrintable(result ? result->error : result.error()));
    QCOMPARE(result->rowsWritten, 2);
    QCOMPARE(result->rowsQuarantined, 1);
    auto store = JobStore::open(m_workspace);
    QVERIFY(store.ok());
    auto bad = (*store)->quarantined(result->id);
    QVERIFY(bad.ok());
    QCOMPARE(bad->size(), 1);
    QCOMPARE(bad->first().column, QStringLiteral("seq"));
    QCOMPARE(bad->first().recordNumber, 1);
}

// Another writer holds the destination file longer than the busy timeout (10 s): the run's first
// attempt fails with a busy database, a transient failure, and the retry after the backoff succeeds.
void tst_SyncRun::transientFailureIsRetriedFromTheCheckpoint()
{
    const QString source = writeCsv(m_dir.filePath(QStringLiteral("busy.csv")), 500);
    const QString destination = m_dir.filePath(QStringLiteral("busy.sqlite"));
    {
        SqliteReader locker(destination);
        QSqlQuery q(QSqlDatabase::database(locker.name));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE other(x)")));
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO other VALUES (1)")));

        Result<RunRecord> result = Error(QString());
        std::thread worker([&] {
            SyncRun run(request(source, destination), nullptr, {});
            result = run.execute();
        });
        QThread::msleep(11'500); // past the busy timeout: the first attempt has failed by now
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        worker.join();
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QVERIFY2(result->status == RunStatus::Succeeded, qPrintable(result->error + result->log));
        QVERIFY2(result->log.contains(QStringLiteral("Transient failure")), qPrintable(result->log));
        QCOMPARE(result->rowsWritten, 500);
    }
    SqliteReader check(destination);
    QCOMPARE(check.scalar(QStringLiteral("SELECT count(*) FROM people")).toInt(), 500);
}

// The user fixes two of the three bad rows in the file; the retry loads exactly those two into
// the table the first run created and keeps the third quarantined.
void tst_SyncRun::unreachableDestinationFailsBeforeReadingTheSource()
{
    int bad = 0;
    RunRequest r = request(writeCsv(m_dir.filePath(QStringLiteral("unreached.csv")), 100, &bad), QString());
    r.job.destination.clear();
    r.job.destinationSourceId = 1;
    r.destination.typeId = QStringLiteral("postgres");
    r.destination.settings.sourceName = QStringLiteral("warehouse");
    r.destination.settings.values = {{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                     {QStringLiteral("port"), 1}, // nothing listens there
                                     {QStringLiteral("database"), QStringLiteral("dw")},
                                     {QStringLiteral("user"), QStringLiteral("loader")},
                                     {QStringLiteral("sslmode"), QStringLiteral("disable")}};
    r.retries = 0;
    SyncRun run(r, nullptr, {});
    auto result = run.execute();
    QVERIFY(result.ok());
    QCOMPARE(result->status, RunStatus::Failed);
    QVERIFY2(result->error.startsWith(QStringLiteral("Cannot connect to PostgreSQL at 127.0.0.1:1 for source "
                                                     "'warehouse'")),
             qPrintable(result->error));
    QVERIFY2(!result->log.contains(QStringLiteral("column types")), qPrintable(result->log)); // no inference
    QCOMPARE(result->rowsRead, 0);
}

void tst_SyncRun::quarantinedRowsLoadAgainOnceFixed()
{
    const QString source = m_dir.filePath(QStringLiteral("fixme.csv"));
    const QString destination = m_dir.filePath(QStringLiteral("fixme.sqlite"));
    const auto write = [&](const QByteArray &text) {
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    QByteArray good;
    for (int i = 1; i <= 3000; ++i)
        good += QByteArray::number(i) + ",2026-01-0" + QByteArray::number(1 + i % 9) + "\n";
    write("id,day\n" + good + "3001,not a date\n3002,2026-02-30\n3003,2026-01-02,extra\n");
    RunRequest r = request(source, destination);
    r.job.table = QStringLiteral("days");
    // The cast makes values that are not dates bad rows (inference alone would make the column text).
    ColumnMapping day;
    day.source = day.target = QStringLiteral("day");
    day.cast = ColumnType::Date;
    r.job.mapping.columns = {ColumnMapping{QStringLiteral("id"), QStringLiteral("id")}, day};
    SyncRun first(r, nullptr, {});
    auto one = first.execute();
    QVERIFY2(one.ok() && one->status == RunStatus::Succeeded, qPrintable(one ? one->error : one.error()));
    QCOMPARE(one->rowsWritten, 3000);
    QCOMPARE(one->rowsQuarantined, 3);

    write("id,day\n" + good + "3001,2026-01-05\n3002,2026-02-28\n3003,2026-01-02,extra\n");
    r.retryOf = one->id;
    SyncRun retry(r, nullptr, {});
    auto two = retry.execute();
    QVERIFY2(two.ok() && two->status == RunStatus::Succeeded, qPrintable(two ? two->error : two.error()));
    QCOMPARE(two->rowsWritten, 2);
    QCOMPARE(two->rowsQuarantined, 1);
    QCOMPARE(two->target.value(QStringLiteral("retry_of")).toInteger(), one->id);

    SqliteReader check(destination);
    QCOMPARE(check.scalar(QStringLiteral("SELECT count(*) FROM days")).toInt(), 3002);
    QCOMPARE(check.scalar(QStringLiteral("SELECT day FROM days WHERE id = 3002")).toString(), QStringLiteral("2026-02-28"));
    auto store = JobStore::open(m_workspace);
    QVERIFY(store.ok());
    auto first_ = (*store)->run(one->id);
    QVERIFY(first_->log.contains(QStringLiteral("loaded 2 of the rows quarantined here again")));
}

QTEST_GUILESS_MAIN(tst_SyncRun)
#include "tst_syncrun.moc"
