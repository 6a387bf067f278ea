// The real migrateiq-cli against a real PostgreSQL server (tools/with-postgres.sh) with its
// password in a real keychain (tools/with-keyring.sh): a workspace source as a sync destination,
// and incremental reads from it with the cursor pushed down into SQL.
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
};

QString env(const char *name) { return qEnvironmentVariable(name); }

} // namespace

class tst_CliDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvIntoPostgresThenIncrementalReadsFromIt();
    void cleanupTestCase();

private:
    Run cli(const QStringList &arguments, const QByteArray &input = {}) const;
    bool execPg(const QString &sql);
    qint64 sqliteCount(const QString &path, const QString &sql);

    QTemporaryDir m_dir;
};

void tst_CliDatabase::initTestCase()
{
    QVERIFY2(!env("MIQ_PG_HOST").isEmpty(), "run under tools/with-postgres.sh");
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"check"_s);
    db.setHostName(env("MIQ_PG_HOST"));
    db.setPort(env("MIQ_PG_PORT").toInt());
    db.setDatabaseName(env("MIQ_PG_DATABASE"));
    db.setUserName(env("MIQ_PG_USER"));
    db.setPassword(env("MIQ_PG_PASSWORD"));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
}

void tst_CliDatabase::cleanupTestCase()
{
    QSqlDatabase::database(u"check"_s).close();
    QSqlDatabase::removeDatabase(u"check"_s);
}

Run tst_CliDatabase::cli(const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.remove(u"MIQ_SECRET_STORE"_s); // the real keychain of the test's D-Bus session
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(MIQ_CLI_PATH),
                  QStringList{u"--workspace"_s, m_dir.filePath(u"db.miq"_s)} + arguments);
    if (!process.waitForStarted(10000))
        qFatal("cannot start %s", MIQ_CLI_PATH);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        qFatal("migrateiq-cli %s did not finish", qPrintable(arguments.join(u' ')));
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

bool tst_CliDatabase::execPg(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(u"check"_s));
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

qint64 tst_CliDatabase::sqliteCount(const QString &path, const QString &sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"sqlite-check"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"sqlite-check"_s);
    return value;
}

void tst_CliDatabase::csvIntoPostgresThenIncrementalReadsFromIt()
{
    Run added = cli({u"sources"_s, u"add"_s, u"--name"_s, u"warehouse"_s, u"--type"_s, u"postgres"_s, u"--set"_s,
                     u"host="_s + env("MIQ_PG_HOST"), u"--set"_s, u"port="_s + env("MIQ_PG_PORT"), u"--set"_s,
                     u"database="_s + env("MIQ_PG_DATABASE"), u"--set"_s, u"user="_s + env("MIQ_PG_USER"),
                     u"--secret-stdin"_s},
                    env("MIQ_PG_PASSWORD").toUtf8() + '\n');
    QVERIFY2(added.exitCode == 0, added.err.constData());

    // A CSV into a new table of the database source, with a name that needs quoting.
    QFile csv(m_dir.filePath(u"orders.csv"_s));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    QByteArray rows = "id,amount,placed\n";
    for (int i = 1; i <= 500; ++i)
        rows += QByteArray::number(i) + ',' + QByteArray::number(i % 97) + ".5," + "2026-03-"
                + QByteArray::number(10 + i % 9) + '\n';
    csv.write(rows);
    csv.close();
    Run load = cli({u"sync"_s, u"orders.csv"_s, u"warehouse"_s, u"--table"_s, u"Order Lines"_s, u"--json"_s});
    QVERIFY2(load.exitCode == 0, load.err.constData());
    QCOMPARE(load.object()[u"rows_written"_s].toInteger(), 500);
    QCOMPARE(load.object()[u"verification"_s][u"status"_s].toString(), u"verified"_s);
    QVERIFY(!load.out.contains(env("MIQ_PG_PASSWORD").toUtf8()));
    QVERIFY(!load.err.contains(env("MIQ_PG_PASSWORD").toUtf8()));

    // From the database into SQLite, incrementally by id.
    const QStringList incremental{u"sync"_s, u"warehouse:public.Order Lines"_s, u"copy.sqlite"_s, u"--table"_s,
                                  u"orders"_s, u"--cursor"_s, u"id"_s, u"--key"_s, u"id"_s, u"--json"_s};
    Run first = cli(incremental);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(first.object()[u"rows_written"_s].toInteger(), 500);

    QVERIFY(execPg(u"INSERT INTO \"Order Lines\" VALUES (501, 1.5, '2026-04-01'), (502, 2.5, '2026-04-02')"_s));
    Run second = cli(incremental);
    QVERIFY2(second.exitCode == 0, second.err.constData());
    // The bound (id >= 500) was pushed into the query: only the boundary row and the new ones were read.
    QCOMPARE(second.object()[u"rows_read"_s].toInteger(), 3);
    QCOMPARE(second.object()[u"rows_written"_s].toInteger(), 2);
    QCOMPARE(second.object()[u"target"_s][u"cursor"_s][u"rows_skipped"_s].toInteger(), 1);
    const QString copy = m_dir.filePath(u"copy.sqlite"_s);
    QCOMPARE(sqliteCount(copy, u"SELECT count(*) FROM orders"_s), 502);
    QCOMPARE(sqliteCount(copy, u"SELECT count(DISTINCT id) FROM orders"_s), 502);

    // A wrong password is named as such, without the password.
    Run wrong = cli({u"sources"_s, u"edit"_s, u"warehouse"_s, u"--secret-stdin"_s}, "not-the-password\n");
    QVERIFY2(wrong.exitCode == 0, wrong.err.constData());
    Run refused = cli({u"sync"_s, u"orders.csv"_s, u"warehouse"_s, u"--table"_s, u"other"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("password"), refused.err.constData());
    QVERIFY(!refused.err.contains("not-the-password"));
}

QTEST_GUILESS_MAIN(tst_CliDatabase)
#include "tst_clidatabase.moc"
