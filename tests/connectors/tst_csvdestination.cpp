#include "connectors/dest/csvdestination.h"
#include "connectors/dest/destinations.h"
#include "connectors/dest/ndjsondestination.h"
#include "connectors/dest/sqlitedestination.h"

#include "desttesthelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#if defined(Q_OS_LINUX)
#include <sys/wait.h>
#endif

using namespace miq;
using namespace DestTest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(miq::WriteMode)

class tst_CsvDestination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"out-%1.csv"_s.arg(++m_counter));
    }

    void factory_data();
    void factory();
    void roundTripAllTypes_data();
    void roundTripAllTypes();
    void exactBytes();
    void ddlIsTheHeader();
    void replaceKeepsOldFileUntilFinish();
    void appendToExistingFile();
    void appendWithoutTrailingNewline();
    void appendHeaderMismatch();
    void sidecarContents();
    void resumeAfterInterruption_data();
    void resumeAfterInterruption();
    void resumeWithLostPartialStartsOver();
    void resumeRepairsInterruptedAppend();
    void resumeAfterKill();
    void damagedCheckpointIsAnError();
    void targetIsADirectory();
    void abortLeavesTargetUntouched();
    void upsertIsRejected();
    void readBackQuarantinesBadRecords();
    void readOnlyDirectory();
    void writeFailureIsAnError();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

// createFileDestination() (destinations.h), which picks the destination by suffix.
void tst_CsvDestination::factory_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind"); // class name, or "error"
    QTest::newRow("sqlite") << u"a.sqlite"_s << u"sqlite"_s;
    QTest::newRow("sqlite3") << u"a.SQLITE3"_s << u"sqlite"_s;
    QTest::newRow("db") << u"dir.v2/a.db"_s << u"sqlite"_s;
    QTest::newRow("csv") << u"orders.2024.csv"_s << u"csv"_s;
    QTest::newRow("ndjson") << u"a.ndjson"_s << u"ndjson"_s;
    QTest::newRow("jsonl") << u"a.JSONL"_s << u"ndjson"_s;
    QTest::newRow("json") << u"a.json"_s << u"error"_s;
    QTest::newRow("no suffix") << u"output"_s << u"error"_s;
}

void tst_CsvDestination::factory()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    auto destination = createFileDestination(m_dir.filePath(file));
    if (kind == u"error"_s) {
        QVERIFY(!destination);
        QVERIFY2(destination.error().contains(u".sqlite"_s) && destination.error().contains(u".csv"_s)
                     && destination.error().contains(u".ndjson"_s)
                     && destination.error().contains(u".jsonl"_s),
                 qPrintable(destination.error()));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(file)));
        return;
    }
    QVERIFY2(destination, qPrintable(destination.error()));
    Destination *d = destination->get();
    const bool right = kind == u"sqlite"_s ? dynamic_cast<SqliteDestination *>(d) != nullptr
                       : kind == u"csv"_s  ? dynamic_cast<CsvDestination *>(d) != nullptr
                                           : dynamic_cast<NdjsonDestination *>(d) != nullptr;
    QVERIFY(right);
}

void tst_CsvDestination::roundTripAllTypes_data()
{
    QTest::addColumn<int>("batchRows");
    QTest::newRow("one batch") << 100;
    QTest::newRow("batches of 3") << 3;
    QTest::newRow("batches of 1") << 1;
}

void tst_CsvDestination::roundTripAllTypes()
{
    QFETCH(int, batchRows);
    const TargetSpec s = spec(QString(), allTypesColumns());
    const QList<Row> rows = allTypesRows();
    CsvDestination d(m_path);
    QCOMPARE(writeRun(d, s, rows, u"run-1"_s, batchRows), QString());
    QVERIFY(!QFileInfo::exists(CsvDestination::partialPath(m_path)));
    QVERIFY(!QFileInfo::exists(CsvDestination::checkpointPath(m_path)));
    const ReadBack back = readBack(d);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QVERIFY(back.badRecords.isEmpty());
    QCOMPARE(back.rows, describeRows(s.columns, rows));
}

void tst_CsvDestination::exactBytes()
{
    const TargetSpec s = spec(QString(), allTypesColumns());
    QCOMPARE(writeRun(*std::make_unique<CsvDestination>(m_path), s, allTypesRows().mid(0, 4)), QString());
    QCOMPARE(
        contents(m_path),
        QByteArray("id,name,price,ratio,active,born,seen,payload\n"
                   "1,plain,12.50,0.1,true,2024-02-29,2024-02-29T13:45:00.123456Z,AAH/\n"
                   "9223372036854775807,\"comma, \"\"quote\"\"\nnewline\r\ncrlf\",-0.05,-1.5e+300,false,"
                   "1969-12-31,1969-12-31T23:59:59.999999Z,\"\"\n"
                   "-9223372036854775808,\"\",-123456789012345678901234567890.123456789,5e-324,,0001-01-01,"
                   "1970-01-01T00:00:00Z,\n"
                   ",,,,,,,\n"));
}

void tst_CsvDestination::ddlIsTheHeader()
{
    CsvDestination d(m_path);
    QCOMPARE(d.ddl(spec(QString(), {column(u"a b"_s, ColumnType::Int64), column(u"x,y"_s, ColumnType::String),
                                    column(u"say \"hi\""_s, ColumnType::Date)})),
             uR"(a b,"x,y","say ""hi""")"_s);
}

void tst_CsvDestination::replaceKeepsOldFileUntilFinish()
{
    const TargetSpec s = spec(QString(), kv, WriteMode::Replace);
    QCOMPARE(writeRun(*std::make_unique<CsvDestination>(m_path), s, kvRows(1, 2, u"old"_s)), QString());
    const QByteArray old = contents(m_path);
    QCOMPARE(old, QByteArray("id,name\n1,old1\n2,old2\n"));
    CsvDestination d(m_path);
    QVERIFY(d.begin(s, u"r2"_s, false));
    QVERIFY(d.write(makeBatch(kv, kvRows(1, 3, u"new"_s))));
    QVERIFY(d.commit("c"));
    QCOMPARE(contents(m_path), old);
    QVERIFY(QFileInfo::exists(CsvDestination::partialPath(m_path)));
    QVERIFY(!d.readBack({})); // not finished
    QVERIFY(d.finish());
    QCOMPARE(contents(m_path), QByteArray("id,name\n1,new1\n2,new2\n3,new3\n"));
}

void tst_CsvDestination::appendToExistingFile()
{
    const TargetSpec s = spec(QString(), kv, WriteMode::Append);
    CsvDestination d(m_path);
    QCOMPARE(writeRun(d, s, kvRows(1, 2)), QString()); // creates the file with its header
    QCOMPARE(writeRun(d, s, kvRows(3, 4), u"r2"_s), QString());
    QCOMPARE(contents(m_path), QByteArray("id,name\n1,row1\n2,row2\n3,row3\n4,row4\n"));
    QCOMPARE(readBack(d).rows, kvExpected(1, 4));
}

void tst_CsvDestination::appendWithoutTrailingNewline()
{
    QVERIFY(writeFile(m_path, "\xEF\xBB\xBFid,name\r\n1,row1")); // BOM, CRLF, last line unterminated
    CsvDestination d(m_path);
    QCOMPARE(writeRun(d, spec(QString(), kv, WriteMode::Append), kvRows(2, 3)), QString());
    QCOMPARE(contents(m_path), QByteArray("\xEF\xBB\xBFid,name\r\n1,row1\n2,row2\n3,row3\n"));
    QCOMPARE(readBack(d).rows, kvExpected(1, 3));
}

void tst_CsvDestination::appendHeaderMismatch()
{
    QVERIFY(writeFile(m_path, "id,title\n1,a\n"));
    CsvDestination d(m_path);
    auto begun = d.begin(spec(QString(), kv, WriteMode::Append), u"r"_s, false);
    QVERIFY(!begun);
    QVERIFY2(begun.error().contains(m_path)
                 && begun.error().contains(u"column 2 is 'title' in the file but 'name'"_s),
             qPrintable(begun.error()));
    QCOMPARE(contents(m_path), QByteArray("id,title\n1,a\n"));
    QVERIFY(!QFileInfo::exists(CsvDestination::partialPath(m_path)));
}

void tst_CsvDestination::sidecarContents()
{
    CsvDestination d(m_path);
    QVERIFY(d.begin(spec(QString(), kv), u"run-9"_s, false));
    QVERIFY(d.write(makeBatch(kv, kvRows(1, 2))));
    QVERIFY(d.commit(QByteArray("pos\0=2", 6)));
    const QJsonObject state =
        QJsonDocument::fromJson(contents(CsvDestination::checkpointPath(m_path))).object();
    QCOMPARE(state.value(u"runId"_s).toString(), u"run-9"_s);
    QCOMPARE(state.value(u"mode"_s).toString(), u"replace"_s);
    QCOMPARE(state.value(u"rows"_s).toInteger(), 2);
    QCOMPARE(state.value(u"partialBytes"_s).toInteger(), QByteArray("id,name\n1,row1\n2,row2\n").size());
    QCOMPARE(QByteArray::fromBase64(state.value(u"checkpoint"_s).toString().toLatin1()),
             QByteArray("pos\0=2", 6));
    QVERIFY(!QFileInfo::exists(CsvDestination::checkpointPath(m_path) + u".tmp"_s));
    d.abort();
}

void tst_CsvDestination::resumeAfterInterruption_data()
{
    QTest::addColumn<WriteMode>("mode");
    QTest::addColumn<bool>("tornWrite"); // garbage after the committed bytes, as a crash mid-write leaves
    QTest::newRow("replace") << WriteMode::Replace << false;
    QTest::newRow("replace, torn write") << WriteMode::Replace << true;
    QTest::newRow("append, torn write") << WriteMode::Append << true;
}

void tst_CsvDestination::resumeAfterInterruption()
{
    QFETCH(WriteMode, mode);
    QFETCH(bool, tornWrite);
    const TargetSpec s = spec(QString(), kv, mode);
    QCOMPARE(writeRun(*std::make_unique<CsvDestination>(m_path), s, kvRows(100, 101, u"old"_s), u"r0"_s),
             QString());
    {
        auto d = std::make_unique<CsvDestination>(m_path);
        QVERIFY(d->begin(s, u"r1"_s, false));
        QVERIFY(d->write(makeBatch(kv, kvRows(1, 3))));
        QVERIFY(d->commit("after 3"));
        // More than the write buffer, so that uncommitted rows do reach the partial file.
        QVERIFY(d->write(makeBatch(kv, kvRows(4, 400000))));
        // The process dies: no finish(), no abort().
    }
    const QString partial = CsvDestination::partialPath(m_path);
    QVERIFY(QFileInfo(partial).size() > 1'000'000);
    if (tornWrite) {
        QFile file(partial);
        QVERIFY(file.open(QIODevice::Append));
        file.write("4,ro");
    }
    CsvDestination d(m_path);
    auto resumed = d.begin(s, u"r1"_s, true);
    QVERIFY2(resumed, qPrintable(resumed.error()));
    QCOMPARE(*resumed, QByteArray("after 3"));
    QVERIFY(d.write(makeBatch(kv, kvRows(4, 6))));
    QVERIFY(d.commit("after 6"));
    QVERIFY(d.finish());
    const QStringList old = mode == WriteMode::Append ? kvExpected(100, 101, u"old"_s) : QStringList();
    QCOMPARE(readBack(d, 4).rows, old + kvExpected(1, 6));
}

void tst_CsvDestination::resumeWithLostPartialStartsOver()
{
    const TargetSpec s = spec(QString(), kv);
    {
        CsvDestination d(m_path);
        QVERIFY(d.begin(s, u"r1"_s, false));
        QVERIFY(d.write(makeBatch(kv, kvRows(1, 3))));
        QVERIFY(d.commit("after 3"));
    }
    QVERIFY(QFile::resize(CsvDestination::partialPath(m_path), 5)); // damaged: shorter than recorded
    CsvDestination d(m_path);
    auto resumed = d.begin(s, u"r1"_s, true);
    QVERIFY2(resumed, qPrintable(resumed.error()));
    QCOMPARE(*resumed, QByteArray()); // nothing usable: the caller starts over
    QVERIFY(d.write(makeBatch(kv, kvRows(1, 2))));
    QVERIFY(d.finish());
    QCOMPARE(contents(m_path), QByteArray("id,name\n1,row1\n2,row2\n"));
}

void tst_CsvDestination::resumeRepairsInterruptedAppend()
{
    // finish() of an append copies the new rows onto the file; a crash half-way leaves part of
    // them there. Resuming cuts the file back to its size before the run.
    const TargetSpec s = spec(QString(), kv, WriteMode::Append);
    QVERIFY(writeFile(m_path, "id,name\n0,row0\n"));
    {
        CsvDestination d(m_path);
        QVERIFY(d.begin(s, u"r1"_s, false));
        QVERIFY(d.write(makeBatch(kv, kvRows(1, 3))));
        QVERIFY(d.commit("after 3"));
    }
    QFile target(m_path);
    QVERIFY(target.open(QIODevice::Append));
    target.write("1,row1\n2,r");
    target.close();
    CsvDestination d(m_path);
    auto resumed = d.begin(s, u"r1"_s, true);
    QVERIFY2(resumed, qPrintable(resumed.error()));
    QCOMPARE(*resumed, QByteArray("after 3"));
    QCOMPARE(contents(m_path), QByteArray("id,name\n0,row0\n"));
    QVERIFY(d.finish());
    QCOMPARE(readBack(d).rows, kvExpected(0, 3));
}

void tst_CsvDestination::resumeAfterKill()
{
#if defined(Q_OS_LINUX)
    const TargetSpec s = spec(QString(), kv);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        CsvDestination d(m_path);
        bool ok = d.begin(s, u"r1"_s, false).ok();
        for (int i = 0; ok && i < 5; ++i)
            ok = d.write(makeBatch(kv, kvRows(i * 50000 + 1, i * 50000 + 50000))).ok()
                 && d.commit(QByteArray::number(i)).ok();
        ok = ok && d.write(makeBatch(kv, kvRows(250001, 600000))).ok(); // flushed, never committed
        if (ok)
            ::raise(SIGKILL);
        ::_exit(1);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "the child failed before the kill");
    CsvDestination d(m_path);
    auto resumed = d.begin(s, u"r1"_s, true);
    QVERIFY2(resumed, qPrintable(resumed.error()));
    QCOMPARE(*resumed, QByteArray("4"));
    QVERIFY(d.write(makeBatch(kv, kvRows(250001, 300000))));
    QVERIFY(d.finish());
    ReadOptions options;
    options.batchRows = 65536;
    auto reader = d.readBack(options);
    QVERIFY(reader);
    qint64 rows = 0;
    qint64 expectedId = 1;
    bool inOrder = true;
    for (RecordBatch batch; (*reader)->next(batch).value();) {
        for (qint64 r = 0; r < batch.rowCount; ++r)
            inOrder = inOrder && batch.columns[0].intValue(r) == expectedId++;
        rows += batch.rowCount;
    }
    QCOMPARE(rows, 300000);
    QVERIFY(inOrder);
#else
    QSKIP("fork() and SIGKILL are POSIX; resumeAfterInterruption covers the logic elsewhere");
#endif
}

void tst_CsvDestination::damagedCheckpointIsAnError()
{
    const TargetSpec s = spec(QString(), kv);
    {
        CsvDestination d(m_path);
        QVERIFY(d.begin(s, u"r1"_s, false));
        QVERIFY(d.commit("c"));
    }
    QVERIFY(writeFile(CsvDestination::checkpointPath(m_path),
                      "{\"format\": \"migrateiq-file-checkpoint\", \"vers"));
    CsvDestination d(m_path);
    auto resumed = d.begin(s, u"r1"_s, true);
    QVERIFY(!resumed);
    QVERIFY2(resumed.error().contains(CsvDestination::checkpointPath(m_path))
                 && resumed.error().contains(u"over"_s),
             qPrintable(resumed.error()));
    // Starting over (no resume) ignores and replaces it.
    QCOMPARE(writeRun(d, s, kvRows(1, 1), u"r1"_s), QString());
    QVERIFY(!QFileInfo::exists(CsvDestination::checkpointPath(m_path)));
}

void tst_CsvDestination::targetIsADirectory()
{
    QVERIFY(QDir().mkpath(m_path));
    CsvDestination d(m_path);
    auto begun = d.begin(spec(QString(), kv), u"r"_s, false);
    QVERIFY(!begun);
    QVERIFY2(begun.error().contains(m_path) && begun.error().contains(u"directory"_s),
             qPrintable(begun.error()));
}

void tst_CsvDestination::abortLeavesTargetUntouched()
{
    for (const WriteMode mode : {WriteMode::Replace, WriteMode::Append}) {
        QVERIFY(writeFile(m_path, "id,name\n1,keep\n"));
        CsvDestination d(m_path);
        QVERIFY(d.begin(spec(QString(), kv, mode), u"r"_s, false));
        QVERIFY(d.write(makeBatch(kv, kvRows(2, 3))));
        QVERIFY(d.commit("c"));
        d.abort();
        QCOMPARE(contents(m_path), QByteArray("id,name\n1,keep\n"));
        QVERIFY(!QFileInfo::exists(CsvDestination::partialPath(m_path)));
        QVERIFY(!QFileInfo::exists(CsvDestination::checkpointPath(m_path)));
    }
}

void tst_CsvDestination::upsertIsRejected()
{
    CsvDestination d(m_path);
    auto begun = d.begin(spec(QString(), kv, WriteMode::Upsert, {u"id"_s}), u"r"_s, false);
    QVERIFY(!begun);
    QVERIFY2(begun.error().contains(m_path) && begun.error().contains(u"upsert"_s),
             qPrintable(begun.error()));
    QVERIFY(!QFileInfo::exists(CsvDestination::partialPath(m_path)));
}

void tst_CsvDestination::readBackQuarantinesBadRecords()
{
    const TargetSpec s = spec(QString(), kv, WriteMode::Append);
    QVERIFY(writeFile(m_path, "id,name\n1,a\nx,b\n3\n\"4\",\"d\"\"\"\n5,\"open\n"));
    CsvDestination d(m_path);
    QCOMPARE(writeRun(d, s, {}), QString());
    const ReadBack back = readBack(d);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QCOMPARE(back.rows, describeRows(kv, {{qint64(1), u"a"_s}, {qint64(4), u"d\""_s}}));
    QCOMPARE(back.badRecords.size(), 3);
    QCOMPARE(back.badRecords[0].line, 3);
    QCOMPARE(back.badRecords[0].column, u"id"_s);
    QVERIFY2(back.badRecords[0].reason.contains(u"64-bit integer"_s), qPrintable(back.badRecords[0].reason));
    QCOMPARE(back.badRecords[0].raw, QByteArray("x,b"));
    QCOMPARE(back.badRecords[1].line, 4);
    QVERIFY2(back.badRecords[1].reason.contains(u"1 field"_s), qPrintable(back.badRecords[1].reason));
    QCOMPARE(back.badRecords[2].line, 6);
    QVERIFY2(back.badRecords[2].reason.contains(u"not closed"_s), qPrintable(back.badRecords[2].reason));
}

void tst_CsvDestination::readOnlyDirectory()
{
#if defined(Q_OS_LINUX)
    const QString dir = m_dir.filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + u"/out.csv"_s;
    QString error;
    {
        ReadOnlyDirectory locked(dir);
        CsvDestination d(path);
        auto begun = d.begin(spec(QString(), kv), u"r"_s, false);
        QVERIFY(!begun);
        error = begun.error();
    }
    QVERIFY2(error.startsWith(u"Cannot write '%1'"_s.arg(path)) && error.contains(u"out.csv.miq-partial"_s)
                 && error.contains(u"Permission denied"_s),
             qPrintable(error));
#else
    QSKIP("needs POSIX permissions");
#endif
}

void tst_CsvDestination::writeFailureIsAnError()
{
#if defined(Q_OS_LINUX)
    const TargetSpec s = spec(QString(), kv);
    CsvDestination d(m_path);
    QVERIFY(d.begin(s, u"r"_s, false));
    QString error;
    {
        FileSizeLimit limit(1024 * 1024);
        Status done = d.write(makeBatch(kv, kvRows(1, 200000)));
        if (done)
            done = d.commit("c");
        QVERIFY(!done);
        error = done.error();
        QVERIFY(!d.finish());
    }
    QVERIFY2(error.startsWith(u"Cannot write '%1'"_s.arg(m_path)) && error.contains(u"File too large"_s),
             qPrintable(error));
    d.abort();
    QVERIFY(!QFileInfo::exists(m_path));
    QVERIFY(!QFileInfo::exists(CsvDestination::partialPath(m_path)));
#else
    QSKIP("needs RLIMIT_FSIZE");
#endif
}

QTEST_GUILESS_MAIN(tst_CsvDestination)
#include "tst_csvdestination.moc"
