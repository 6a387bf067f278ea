// Drives the real migrateiq-cli executable (QProcess) through `sync`, `jobs`, `runs` and `errors`
// against a temporary workspace: what a script or a scheduler would see, including a run killed
// half-way and resumed.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QJsonObject object() const { return json().object(); }
};

// Header, then 9 records of which 2 are malformed: record 6 (line 7) has too few fields and
// record 8 (line 9) too many. The 7 good rows have an integer, a text (one quoted, with a comma),
// a decimal, a boolean, a date and a timestamp column.
const QByteArray peopleCsv = "id,name,price,active,day,at\n"
                             "1,Ada,3.50,true,2024-01-02,2024-01-02 10:00:00\n"
                             "2,Grace,10.25,false,2024-02-03,2024-02-03 11:30:00\n"
                             "3,Linus,0.99,true,2024-03-04,2024-03-04 12:00:00\n"
                             "4,Ken,100,false,2024-04-05,2024-04-05 13:45:10\n"
                             "5,\"Smith, Jr.\",7.5,true,2024-05-06,2024-05-06 00:00:00\n"
                             "6,Edsger,1.00\n"
                             "7,Barbara,1.25,false,2024-07-08,2024-07-08 09:09:09\n"
                             "8,Tony,2,true,2024-08-09,2024-08-09 08:08:08,extra\n"
                             "9,Niklaus,3.75,false,2024-09-10,2024-09-10 10:10:10\n";
constexpr int goodRows = 7;
constexpr int badRows = 2;

// Reads an SQLite file with a connection of its own, closed again before returning.
template<typename F> void withDatabase(const QString &path, F f)
{
    const QString name = u"check-"_s + QString::number(quintptr(&f));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open())
            f(db);
        else
            qWarning("cannot open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

qint64 scalar(const QString &path, const QString &sql)
{
    qint64 value = -1;
    withDatabase(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            value = q.value(0).toLongLong();
    });
    return value;
}

} // namespace

class tst_CliSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void help();
    void syncCsvIntoSqlite();
    void syncIntoTextFiles_data();
    void syncIntoTextFiles();
    void syncTextOutput();
    void upsertWithoutKey();
    void usageErrors_data();
    void usageErrors();
    void stopOnError();
    void errorBudget();
    void jobsRoundTrip();
    void jobsValidation();
    void resumeAfterKill();
    void interruptWithSignal();
    void fullStartsOver();
    void incrementalRunsAndRetryOfQuarantinedRows();

private:
    Run cli(const QStringList &arguments) const;
    Run ws(const QStringList &arguments) const
    {
        return cli(QStringList{u"--workspace"_s, workspaceFile()} + arguments);
    }
    QProcess *startWs(const QStringList &arguments) const;
    QString workspaceFile() const { return m_dir->filePath(u"test.miq"_s); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString writeFile(const QString &name, const QByteArray &content) const;
    QString bigCsv(int rows) const;
    // Waits until the workspace shows a running run with committed rows; false when the process
    // ended first.
    bool waitForCommittedRows(QProcess &process) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CliSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QProcess *tst_CliSync::startWs(const QStringList &arguments) const
{
    auto *process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MIQ_SECRET_STORE"_s, u"memory"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg"_s));
    env.remove(u"MIQ_WORKSPACE"_s);
    env.remove(u"COLUMNS"_s);
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(m_dir->path());
    process->start(QStringLiteral(MIQ_CLI_PATH), QStringList{u"--workspace"_s, workspaceFile()} + arguments);
    if (!process->waitForStarted(10000))
        qFatal("cannot start %s: %s", MIQ_CLI_PATH, qPrintable(process->errorString()));
    process->closeWriteChannel();
    return process;
}

Run tst_CliSync::cli(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MIQ_SECRET_STORE"_s, u"memory"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg"_s));
    env.remove(u"MIQ_WORKSPACE"_s);
    env.remove(u"COLUMNS"_s);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(MIQ_CLI_PATH), arguments);
    if (!process.waitForStarted(10000))
        qFatal("cannot start %s: %s", MIQ_CLI_PATH, qPrintable(process.errorString()));
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        qFatal("migrateiq-cli %s did not finish", qPrintable(arguments.join(u' ')));
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString tst_CliSync::writeFile(const QString &name, const QByteArray &content) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

QString tst_CliSync::bigCsv(int rows) const
{
    QByteArray data = "id,name,amount,day\n";
    data.reserve(qsizetype(rows) * 40);
    for (int i = 1; i <= rows; ++i)
        data += QByteArray::number(i) + ",name " + QByteArray::number(i % 977) + ',' +
                QByteArray::number(i % 10007) + '.' + QByteArray::number(i % 100) + ",2024-0" +
                QByteArray::number(1 + i % 9) + "-1" + QByteArray::number(i % 10) + '\n';
    return writeFile(u"big.csv"_s, data);
}

bool tst_CliSync::waitForCommittedRows(QProcess &process) const
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        if (process.state() == QProcess::NotRunning)
            return false;
        if (QFile::exists(workspaceFile()) &&
            scalar(workspaceFile(),
                   u"SELECT count(*) FROM runs WHERE status = 'running' AND rows_written > 0"_s) > 0)
            return true;
        QThread::msleep(5);
    }
    return false;
}

void tst_CliSync::help()
{
    Run run = cli({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    for (const char *text :
         {"sync SOURCE[:STREAM]", "jobs add", "jobs run", "runs [JOB]", "errors RUN", "130"})
        QVERIFY2(run.out.contains(text), text);
    run = cli({u"jobs"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    for (const char *text : {"add", "edit", "list", "show", "remove", "run"})
        QVERIFY2(run.out.contains(text), text);
    run = cli({u"sync"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    for (const char *text :
         {"--mode MODE", "--key COLS", "--full", "--max-error-percent P", "--stop-on-error"})
        QVERIFY2(run.out.contains(text), text);
    QVERIFY(!QFile::exists(workspaceFile()));
}

void tst_CliSync::syncCsvIntoSqlite()
{
    const QString csv = writeFile(u"people.csv"_s, peopleCsv);
    const QString db = path(u"out.sqlite"_s);
    Run run = ws({u"sync"_s, u"people.csv"_s, u"out.sqlite"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject summary = run.object();
    QCOMPARE(summary[u"status"_s].toString(), u"succeeded"_s);
    QCOMPARE(summary[u"rows_read"_s].toInteger(), goodRows + badRows);
    QCOMPARE(summary[u"rows_written"_s].toInteger(), goodRows);
    QCOMPARE(summary[u"rows_quarantined"_s].toInteger(), badRows);
    QCOMPARE(summary[u"verification"_s][u"status"_s].toString(), u"verified"_s);
    QCOMPARE(summary[u"resumed"_s].toBool(), false);
    QVERIFY(summary[u"error"_s].isNull());
    QVERIFY(summary[u"timings"_s][u"total"_s].toDouble() > 0);
    QVERIFY(summary[u"peak_memory_bytes"_s].toInteger() > 0);
    QCOMPARE(summary[u"target"_s][u"path"_s].toString(), db);
    const QString table = summary[u"target"_s][u"table"_s].toString();
    QCOMPARE(table, u"people"_s);
    QVERIFY(summary[u"target"_s][u"ddl"_s].toString().contains(u"CREATE TABLE"_s));
    QHash<QString, QString> types;
    for (const QJsonValue &c : summary[u"target"_s][u"columns"_s].toArray())
        types.insert(c[u"name"_s].toString(), c[u"type"_s].toString());
    QCOMPARE(types.value(u"id"_s), u"integer"_s);
    QCOMPARE(types.value(u"name"_s), u"string"_s);
    QCOMPARE(types.value(u"active"_s), u"boolean"_s);
    QCOMPARE(types.value(u"day"_s), u"date"_s);
    QCOMPARE(types.value(u"at"_s), u"timestamp"_s);
    QVERIFY2(types.value(u"price"_s) == u"decimal"_s || types.value(u"price"_s) == u"double"_s,
             qPrintable(types.value(u"price"_s)));
    const qint64 runId = summary[u"run"_s].toInteger();
    QVERIFY(runId > 0);

    // What landed: the good rows, with typed values.
    withDatabase(db, [&](QSqlDatabase &sqlite) {
        QSqlQuery q(sqlite);
        QVERIFY(
            q.exec(u"SELECT id, name, typeof(id), typeof(name), typeof(active) FROM people ORDER BY id"_s));
        QList<qint64> ids;
        QStringList names;
        while (q.next()) {
            ids << q.value(0).toLongLong();
            names << q.value(1).toString();
            QCOMPARE(q.value(2).toString(), u"integer"_s);
            QCOMPARE(q.value(3).toString(), u"text"_s);
            QCOMPARE(q.value(4).toString(), u"integer"_s);
        }
        QCOMPARE(ids, (QList<qint64>{1, 2, 3, 4, 5, 7, 9}));
        QCOMPARE(names.at(4), u"Smith, Jr."_s);
        QVERIFY(q.exec(u"SELECT name, type FROM pragma_table_info('people')"_s));
        QHash<QString, QString> declared;
        while (q.next())
            declared.insert(q.value(0).toString(), q.value(1).toString().toUpper());
        QVERIFY2(declared.value(u"id"_s).contains(u"INT"_s), qPrintable(declared.value(u"id"_s)));
        QVERIFY2(declared.value(u"name"_s).contains(u"TEXT"_s), qPrintable(declared.value(u"name"_s)));
    });

    // The quarantined rows, with their line numbers.
    run = ws({u"errors"_s, QString::number(runId), u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray errors = run.json().array();
    QCOMPARE(errors.size(), badRows);
    QCOMPARE(errors[0][u"line"_s].toInteger(), 7);
    QCOMPARE(errors[1][u"line"_s].toInteger(), 9);
    QCOMPARE(errors[0][u"record_number"_s].toInteger(), 5);
    QVERIFY(errors[0][u"raw"_s].toString().startsWith(u"6,Edsger"_s));
    QVERIFY(!errors[0][u"reason"_s].toString().isEmpty());

    run = ws({u"errors"_s, QString::number(runId)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("6,Edsger"));
    QVERIFY(run.out.contains("of the 2 quarantined"));

    run = ws({u"errors"_s, QString::number(runId), u"--export"_s, u"bad.csv"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile exported(path(u"bad.csv"_s));
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = exported.readAll().split('\n');
    QCOMPARE(lines.value(0), QByteArray("record_number,line,location,column,reason,raw"));
    QVERIFY2(lines.value(1).startsWith("5,7,") && lines.value(1).endsWith(",\"6,Edsger,1.00\""),
             lines.value(1).constData());
    QVERIFY2(lines.value(2).startsWith("7,9,") && lines.value(2).contains("extra"),
             lines.value(2).constData());

    run = ws({u"errors"_s, u"999"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("#999"));
    QVERIFY(run.out.isEmpty());
    Q_UNUSED(csv);
}

void tst_CliSync::syncIntoTextFiles_data()
{
    QTest::addColumn<QString>("destination");
    QTest::newRow("csv") << u"out.csv"_s;
    QTest::newRow("ndjson") << u"out.ndjson"_s;
}

void tst_CliSync::syncIntoTextFiles()
{
    QFETCH(QString, destination);
    writeFile(u"people.csv"_s, peopleCsv);
    const Run run = ws({u"sync"_s, u"people.csv"_s, destination, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.object()[u"rows_written"_s].toInteger(), goodRows);
    QCOMPARE(run.object()[u"rows_quarantined"_s].toInteger(), badRows);
    QCOMPARE(run.object()[u"verification"_s][u"status"_s].toString(), u"verified"_s);
    QVERIFY(!run.object()[u"target"_s].toObject().contains(u"table"_s));

    QFile file(path(destination));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QList<QByteArray> lines = content.split('\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (destination.endsWith(u".csv"_s)) {
        QCOMPARE(lines.size(), goodRows + 1);
        QVERIFY(lines.first().startsWith("id,name,"));
        QVERIFY(content.contains("\"Smith, Jr.\""));
    } else {
        QCOMPARE(lines.size(), goodRows);
        for (const QByteArray &line : std::as_const(lines)) {
            QJsonParseError error;
            const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
            QVERIFY(object.contains(u"id"_s));
        }
        QCOMPARE(QJsonDocument::fromJson(lines.at(4)).object()[u"name"_s].toString(), u"Smith, Jr."_s);
    }
}

void tst_CliSync::syncTextOutput()
{
    writeFile(u"people.csv"_s, peopleCsv);
    const Run run = ws({u"sync"_s, u"people.csv"_s, u"out.sqlite"_s, u"--table"_s, u"staff"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(u"succeeded"_s), qPrintable(text));
    QVERIFY(text.contains(u"9 read, 7 written, 2 quarantined"_s));
    QVERIFY(text.contains(u"verified"_s));
    QVERIFY(text.contains(u"table 'staff' in "_s));
    QVERIFY(text.contains(u"migrateiq-cli errors 1"_s));
    QVERIFY(run.err.contains("created workspace"));
    QCOMPARE(scalar(path(u"out.sqlite"_s), u"SELECT count(*) FROM staff"_s), goodRows);
}

void tst_CliSync::upsertWithoutKey()
{
    writeFile(u"people.csv"_s, peopleCsv);
    Run run = ws({u"sync"_s, u"people.csv"_s, u"out.sqlite"_s, u"--mode"_s, u"upsert"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("key"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(path(u"out.sqlite"_s)));
    run = ws({u"runs"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().array().size(), 0);

    // With a key it runs, and a second run updates rather than doubles.
    for (int i = 0; i < 2; ++i) {
        run = ws({u"sync"_s, u"people.csv"_s, u"out.sqlite"_s, u"--mode"_s, u"upsert"_s, u"--key"_s, u"id"_s,
                  u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(scalar(path(u"out.sqlite"_s), u"SELECT count(*) FROM people"_s), goodRows);
    }
}

void tst_CliSync::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown source") << QStringList{u"sync"_s, u"nosuch"_s, u"out.sqlite"_s}
                                    << u"no source named 'nosuch'"_s;
    // A missing file is a wrong argument like an unknown source (exit 2), as for `preview`.
    QTest::newRow("missing file") << QStringList{u"sync"_s, u"missing.csv"_s, u"out.sqlite"_s}
                                  << u"missing.csv"_s;
    QTest::newRow("unknown destination type")
        << QStringList{u"sync"_s, u"people.csv"_s, u"out.xlsx"_s} << u"not a destination format"_s;
    QTest::newRow("destination folder missing")
        << QStringList{u"sync"_s, u"people.csv"_s, u"nodir/out.csv"_s} << u"does not exist"_s;
    QTest::newRow("bad mode") << QStringList{u"sync"_s, u"people.csv"_s, u"out.csv"_s, u"--mode"_s,
                                             u"merge"_s}
                              << u"--mode"_s;
    QTest::newRow("bad budget") << QStringList{u"sync"_s, u"people.csv"_s, u"out.csv"_s,
                                               u"--max-error-percent"_s, u"120"_s}
                                << u"--max-error-percent"_s;
    QTest::newRow("upsert into a file")
        << QStringList{u"sync"_s,   u"people.csv"_s, u"out.csv"_s, u"--mode"_s,
                       u"upsert"_s, u"--key"_s,      u"id"_s}
        << u"database destination"_s;
    QTest::newRow("unknown stream") << QStringList{u"sync"_s, u"people.csv:nope"_s, u"out.csv"_s}
                                    << u"no stream 'nope'"_s;
    QTest::newRow("same file") << QStringList{u"sync"_s, u"people.csv"_s, u"people.csv"_s} << u"reads from"_s;
    QTest::newRow("missing dest") << QStringList{u"sync"_s, u"people.csv"_s} << u"Missing argument"_s;
    QTest::newRow("unknown job") << QStringList{u"jobs"_s, u"run"_s, u"nosuch"_s}
                                 << u"no job named 'nosuch'"_s;
    QTest::newRow("bad run number") << QStringList{u"runs"_s, u"show"_s, u"abc"_s} << u"not a run number"_s;
}

void tst_CliSync::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    writeFile(u"people.csv"_s, peopleCsv);
    const Run run = ws(arguments + QStringList{u"--json"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void tst_CliSync::stopOnError()
{
    writeFile(u"people.csv"_s, peopleCsv);
    Run run = ws({u"sync"_s, u"people.csv"_s, u"out.sqlite"_s, u"--stop-on-error"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    // The summary of a run that failed is still printed, with its error.
    QCOMPARE(run.object()[u"status"_s].toString(), u"failed"_s);
    QVERIFY(!run.object()[u"error"_s].toString().isEmpty());
    QVERIFY2(run.err.contains("failed"), run.err.constData());
    const qint64 runId = run.object()[u"run"_s].toInteger();

    run = ws({u"runs"_s, u"--json"_s});
    QCOMPARE(run.json().array().size(), 1);
    QCOMPARE(run.json().array()[0][u"status"_s].toString(), u"failed"_s);
    run = ws({u"errors"_s, QString::number(runId), u"--json"_s});
    QVERIFY(run.json().array().size() >= 1);
    QCOMPARE(run.json().array()[0][u"line"_s].toInteger(), 7);
}

void tst_CliSync::errorBudget()
{
    writeFile(u"people.csv"_s, peopleCsv);
    Run run = ws({u"sync"_s, u"people.csv"_s, u"out.csv"_s, u"--max-errors"_s, u"1"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.object()[u"status"_s].toString(), u"failed"_s);
    run = ws({u"sync"_s, u"people.csv"_s, u"out.csv"_s, u"--max-errors"_s, u"2"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void tst_CliSync::jobsRoundTrip()
{
    const QString csv = writeFile(u"people.csv"_s, peopleCsv);
    QCOMPARE(ws({u"sources"_s, u"add"_s, u"--name"_s, u"people"_s, u"--type"_s, u"csv"_s, u"--set"_s,
                 u"path="_s + csv})
                 .exitCode,
             0);
    Run run = ws({u"jobs"_s,           u"add"_s,        u"nightly"_s, u"--source"_s,  u"people"_s,
                  u"--dest"_s,         u"out.sqlite"_s, u"--table"_s, u"staff"_s,     u"--map"_s,
                  u"name=full_name"_s, u"--exclude"_s,  u"active"_s,  u"--cast"_s,    u"price=double"_s,
                  u"--constant"_s,     u"region=EU"_s,  u"--mask"_s,  u"at=redact"_s, u"--add-run-id"_s,
                  u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.object()[u"name"_s].toString(), u"nightly"_s);
    QCOMPARE(run.object()[u"source_name"_s].toString(), u"people"_s);
    QCOMPARE(run.object()[u"columns"_s].toArray().size(), 7); // 6 source columns and the constant
    QVERIFY(run.object()[u"last_run"_s].isNull());

    run = ws({u"jobs"_s, u"list"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().array().size(), 1);
    QCOMPARE(run.json().array()[0][u"destination"_s].toString(), path(u"out.sqlite"_s));
    run = ws({u"jobs"_s, u"list"_s});
    QVERIFY(run.out.contains("nightly"));
    QVERIFY(run.out.contains("never"));

    run = ws({u"jobs"_s, u"show"_s, u"NIGHTLY"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("full_name"));
    QVERIFY(run.out.contains("excluded"));
    QVERIFY(run.out.contains("constant 'EU'"));
    QVERIFY(run.out.contains("_miq_run_id"));

    run = ws({u"jobs"_s, u"run"_s, u"nightly"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, QByteArray(run.err + run.out).constData());
    QCOMPARE(run.object()[u"job"_s].toString(), u"nightly"_s);
    QCOMPARE(run.object()[u"rows_written"_s].toInteger(), goodRows);
    QCOMPARE(run.object()[u"verification"_s][u"status"_s].toString(), u"verified"_s);
    const qint64 jobRun = run.object()[u"run"_s].toInteger();
    withDatabase(path(u"out.sqlite"_s), [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT name FROM pragma_table_info('staff')"_s));
        QStringList columns;
        while (q.next())
            columns << q.value(0).toString();
        QVERIFY2(columns.contains(u"full_name"_s) && columns.contains(u"region"_s) &&
                     columns.contains(u"_miq_run_id"_s) && !columns.contains(u"active"_s) &&
                     !columns.contains(u"name"_s),
                 qPrintable(columns.join(u',')));
        QVERIFY(q.exec(u"SELECT count(*), min(region), max(region), count(DISTINCT at) FROM staff"_s) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), goodRows);
        QCOMPARE(q.value(1).toString(), u"EU"_s);
        QCOMPARE(q.value(2).toString(), u"EU"_s);
        QCOMPARE(q.value(3).toInt(), 1); // redacted
    });

    // A one-shot sync, then the history.
    QCOMPARE(ws({u"sync"_s, u"people"_s, u"copy.csv"_s}).exitCode, 0);
    run = ws({u"runs"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray runs = run.json().array();
    QCOMPARE(runs.size(), 2);
    QVERIFY(runs[0][u"job"_s].isNull()); // newest first: the one-shot
    QCOMPARE(runs[1][u"job"_s].toString(), u"nightly"_s);
    run = ws({u"runs"_s, u"nightly"_s, u"--json"_s});
    QCOMPARE(run.json().array().size(), 1);
    run = ws({u"runs"_s});
    QVERIFY(run.out.contains("one-shot"));
    QVERIFY(run.out.contains("nightly"));
    QVERIFY(run.out.contains("verified"));

    run = ws({u"runs"_s, u"show"_s, QString::number(jobRun), u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.object()[u"target"_s][u"ddl"_s].toString().contains(u"staff"_s));
    QVERIFY(!run.object()[u"log"_s].toArray().isEmpty());
    QCOMPARE(run.object()[u"definition"_s][u"table"_s].toString(), u"staff"_s);
    run = ws({u"run"_s, QString::number(jobRun)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Target DDL:"));
    QVERIFY(run.out.contains("Log:"));

    // Edits replace only what they name.
    run = ws({u"jobs"_s, u"edit"_s, u"nightly"_s, u"--mode"_s, u"append"_s, u"--name"_s, u"hourly"_s,
              u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.object()[u"mode"_s].toString(), u"append"_s);
    QCOMPARE(run.object()[u"table"_s].toString(), u"staff"_s);
    QCOMPARE(run.object()[u"runs"_s].toArray().size(), 1);
    run = ws({u"jobs"_s, u"edit"_s, u"hourly"_s, u"--mode"_s, u"append"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("Nothing to change"));
    run = ws({u"jobs"_s, u"edit"_s, u"hourly"_s, u"--include"_s, u"active"_s, u"--cast"_s, u"price=auto"_s,
              u"--no-run-id"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.object()[u"add_run_id"_s].toBool(), false);

    run = ws({u"jobs"_s, u"remove"_s, u"hourly"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(ws({u"jobs"_s, u"list"_s, u"--json"_s}).json().array().size(), 0);
    QCOMPARE(ws({u"runs"_s, u"--json"_s}).json().array().size(), 2); // the history stays
    QCOMPARE(ws({u"jobs"_s, u"show"_s, u"hourly"_s}).exitCode, 2);
}

void tst_CliSync::jobsValidation()
{
    writeFile(u"people.csv"_s, peopleCsv);
    const QStringList base{u"jobs"_s,       u"add"_s,    u"j"_s,         u"--file"_s,
                           u"people.csv"_s, u"--dest"_s, u"out.sqlite"_s};
    Run run = ws(base + QStringList{u"--mode"_s, u"upsert"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("key"), run.err.constData());
    run = ws(base + QStringList{u"--map"_s, u"nosuch=x"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("no column 'nosuch'"), run.err.constData());
    run = ws(base + QStringList{u"--cast"_s, u"id=float"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("integer"), run.err.constData());
    run = ws(base + QStringList{u"--map"_s, u"name=id"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("Two columns"), run.err.constData());
    run = ws({u"jobs"_s, u"add"_s, u"j"_s, u"--dest"_s, u"out.sqlite"_s});
    QCOMPARE(run.exitCode, 2);
    run = ws({u"jobs"_s, u"add"_s, u"j"_s, u"--source"_s, u"people.csv"_s, u"--dest"_s, u"out.sqlite"_s});
    QCOMPARE(run.exitCode, 2); // --source names a workspace source, not a file
    QCOMPARE(ws({u"jobs"_s, u"list"_s, u"--json"_s}).json().array().size(), 0);

    QCOMPARE(ws(base + QStringList{u"--mode"_s, u"upsert"_s, u"--key"_s, u"id"_s}).exitCode, 0);
    run = ws(base);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("already exists"));
    run = ws({u"jobs"_s, u"run"_s, u"j"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void tst_CliSync::resumeAfterKill()
{
    constexpr int rows = 300000;
    bigCsv(rows);
    const QStringList sync{u"sync"_s, u"big.csv"_s, u"big.sqlite"_s, u"--checkpoint-rows"_s,
                           u"2000"_s, u"--json"_s};

    std::unique_ptr<QProcess> first(startWs(sync));
    bool midRun = waitForCommittedRows(*first);
    first->kill(); // SIGKILL: no chance to clean up
    first->waitForFinished(10000);
    midRun = midRun && first->exitStatus() == QProcess::CrashExit; // not finished before the kill

    const Run run = ws(sync);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject summary = run.object();
    QCOMPARE(summary[u"status"_s].toString(), u"succeeded"_s);
    QCOMPARE(summary[u"verification"_s][u"status"_s].toString(), u"verified"_s);
    if (midRun) {
        QVERIFY2(summary[u"resumed"_s].toBool(), run.out.constData());
        QVERIFY(run.err.contains("resuming interrupted run"));
        const Run shown =
            ws({u"runs"_s, u"show"_s, QString::number(summary[u"run"_s].toInteger()), u"--json"_s});
        QVERIFY(shown.out.contains("Resuming"));
    } else {
        qWarning("the first run ended before a checkpoint could be seen; the rerun was a full run");
    }
    const QString db = path(u"big.sqlite"_s);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM big"_s), rows);
    QCOMPARE(scalar(db, u"SELECT count(DISTINCT id) FROM big"_s), rows);
    QCOMPARE(scalar(db, u"SELECT min(id) FROM big"_s), 1);
    QCOMPARE(scalar(db, u"SELECT max(id) FROM big"_s), rows);
    QCOMPARE(summary[u"rows_written"_s].toInteger(), rows);
}

void tst_CliSync::interruptWithSignal()
{
#ifdef Q_OS_UNIX
    constexpr int rows = 300000;
    bigCsv(rows);
    const QStringList sync{u"sync"_s, u"big.csv"_s, u"big.ndjson"_s, u"--checkpoint-rows"_s,
                           u"2000"_s, u"--json"_s};
    std::unique_ptr<QProcess> first(startWs(sync));
    if (!waitForCommittedRows(*first)) {
        first->waitForFinished(60000);
        QSKIP("the run ended before a checkpoint could be seen");
    }
    ::kill(pid_t(first->processId()), SIGINT);
    QVERIFY(first->waitForFinished(60000));
    QCOMPARE(first->exitStatus(), QProcess::NormalExit);
    if (first->exitCode() == 0)
        QSKIP("the run finished before the signal arrived");
    QCOMPARE(first->exitCode(), 130);
    const QByteArray err = first->readAllStandardError();
    QVERIFY2(err.contains("run the same command again"), err.constData());
    QCOMPARE(QJsonDocument::fromJson(first->readAllStandardOutput()).object()[u"status"_s].toString(),
             u"interrupted"_s);

    const Run run = ws(sync);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.object()[u"resumed"_s].toBool());
    QCOMPARE(run.object()[u"verification"_s][u"status"_s].toString(), u"verified"_s);
    QFile file(path(u"big.ndjson"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSet<qint64> ids;
    qint64 lines = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        ++lines;
        ids.insert(QJsonDocument::fromJson(line).object()[u"id"_s].toInteger());
    }
    QCOMPARE(lines, rows);
    QCOMPARE(ids.size(), rows);
#else
    QSKIP("POSIX signals only");
#endif
}

void tst_CliSync::fullStartsOver()
{
    constexpr int rows = 300000;
    bigCsv(rows);
    const QStringList sync{u"sync"_s, u"big.csv"_s, u"big.csv.sqlite"_s, u"--checkpoint-rows"_s,
                           u"2000"_s, u"--json"_s};
    std::unique_ptr<QProcess> first(startWs(sync));
    const bool seen = waitForCommittedRows(*first);
    first->kill();
    first->waitForFinished(10000);
    if (!seen || first->exitStatus() != QProcess::CrashExit)
        QSKIP("the run ended before a checkpoint could be seen");
    const qint64 killed = scalar(workspaceFile(), u"SELECT max(id) FROM runs"_s);

    Run run = ws(sync + QStringList{u"--full"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.object()[u"resumed"_s].toBool(), false);
    QVERIFY(run.object()[u"run"_s].toInteger() > killed);
    QVERIFY2(run.err.contains("starting over"), run.err.constData());
    QCOMPARE(scalar(path(u"big.csv.sqlite"_s), u"SELECT count(DISTINCT id) FROM big"_s), rows);
    // The run it replaced is never resumed later.
    run = ws({u"runs"_s, u"show"_s, QString::number(killed), u"--json"_s});
    QCOMPARE(run.object()[u"status"_s].toString(), u"cancelled"_s);
    run = ws(sync);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.object()[u"resumed"_s].toBool(), false);
    QCOMPARE(scalar(path(u"big.csv.sqlite"_s), u"SELECT count(*) FROM big"_s), rows);
}

// --cursor loads only what is new since the last run; `errors RUN --retry` loads the rows a run
// quarantined once they are fixed in the file.
void tst_CliSync::incrementalRunsAndRetryOfQuarantinedRows()
{
    writeFile(u"people.csv"_s, peopleCsv);
    const QStringList sync{u"sync"_s, u"people.csv"_s, u"inc.sqlite"_s, u"--cursor"_s, u"id"_s, u"--key"_s, u"id"_s,
                           u"--json"_s};
    Run first = ws(sync);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(first.object()[u"rows_written"_s].toInteger(), goodRows);
    QCOMPARE(first.object()[u"target"_s][u"cursor"_s][u"to"_s].toString(), u"9"_s);
    const qint64 firstRun = first.object()[u"run"_s].toInteger();

    QByteArray fixed = peopleCsv;
    fixed.replace("6,Edsger,1.00\n", "6,Edsger,1.00,true,2024-06-07,2024-06-07 06:06:06\n");
    fixed.replace(",extra\n", "\n");
    writeFile(u"people.csv"_s, fixed);
    Run retry = ws({u"errors"_s, QString::number(firstRun), u"--retry"_s, u"--json"_s});
    QVERIFY2(retry.exitCode == 0, retry.err.constData());
    QCOMPARE(retry.object()[u"rows_written"_s].toInteger(), badRows);
    QCOMPARE(retry.object()[u"rows_quarantined"_s].toInteger(), 0);
    QCOMPARE(scalar(path(u"inc.sqlite"_s), u"SELECT count(*) FROM people"_s), goodRows + badRows);

    writeFile(u"people.csv"_s, fixed + "10,Alan,1,true,2024-10-11,2024-10-11 10:10:10\n"
                                      "11,Frances,2,false,2024-11-12,2024-11-12 11:11:11\n");
    Run next = ws(sync);
    QVERIFY2(next.exitCode == 0, next.err.constData());
    QCOMPARE(next.object()[u"rows_written"_s].toInteger(), 2);
    QCOMPARE(next.object()[u"target"_s][u"cursor"_s][u"from"_s].toString(), u"9"_s);
    QCOMPARE(next.object()[u"target"_s][u"cursor"_s][u"rows_skipped"_s].toInteger(), 9);
    QCOMPARE(scalar(path(u"inc.sqlite"_s), u"SELECT count(DISTINCT id) FROM people"_s), 11);
    QCOMPARE(scalar(path(u"inc.sqlite"_s), u"SELECT count(*) FROM people"_s), 11);
}

QTEST_GUILESS_MAIN(tst_CliSync)
#include "tst_clisync.moc"
