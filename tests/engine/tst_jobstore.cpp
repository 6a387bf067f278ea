#include "engine/sync/jobstore.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace miq;

class tst_JobStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void jobsRoundTrip();
    void definitionJsonRoundTrip();
    void validateNamesProblems();
    void runLifecycle();
    void quarantineIsIdempotent();
    void deadProcessRunsBecomeInterrupted();
    void oneShotRunsMatchByDefinition();

private:
    JobDefinition sampleJob(const QString &name = QStringLiteral("Load customers"))
    {
        JobDefinition job;
        job.name = name;
        job.sourcePath = QStringLiteral("/data/customers.csv");
        job.destination = QStringLiteral("/out/shop.sqlite");
        job.table = QStringLiteral("customers");
        job.mode = WriteMode::Upsert;
        job.keyColumns = {QStringLiteral("id")};
        ColumnMapping email;
        email.source = QStringLiteral("email");
        email.target = QStringLiteral("email_hash");
        email.mask = ColumnMapping::Mask::Hash;
        ColumnMapping amount;
        amount.source = QStringLiteral("amount");
        amount.target = QStringLiteral("amount");
        amount.cast = ColumnType::Decimal;
        ColumnMapping region;
        region.target = QStringLiteral("region");
        region.constant = QStringLiteral("EU");
        ColumnMapping notes;
        notes.source = QStringLiteral("notes");
        notes.include = false;
        job.mapping.columns = {email, amount, region, notes};
        job.mapping.addRunId = true;
        job.errors.maxBadPercent = 2.5;
        return job;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<JobStore> m_store;
};

void tst_JobStore::init()
{
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".miq"));
    QVERIFY(Workspace::open(m_path).ok());
    auto store = JobStore::open(m_path);
    QVERIFY2(store.ok(), qPrintable(store.error()));
    m_store = std::move(*store);
}

void tst_JobStore::cleanup()
{
    m_store.reset();
}

void tst_JobStore::jobsRoundTrip()
{
    auto id = m_store->addJob(sampleJob());
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QVERIFY(!m_store->addJob(sampleJob(QStringLiteral("LOAD customers"))).ok()); // names are unique
    auto job = m_store->jobByName(QStringLiteral("load customers"));
    QVERIFY(job.ok());
    QCOMPARE(job->definition.id, *id);
    QCOMPARE(job->definition.keyColumns, QStringList{QStringLiteral("id")});
    JobDefinition edited = job->definition;
    edited.name = QStringLiteral("Customers nightly");
    edited.mode = WriteMode::Append;
    QVERIFY(m_store->updateJob(edited).ok());
    QCOMPARE(m_store->job(*id)->definition.mode, WriteMode::Append);
    QCOMPARE(m_store->job(*id)->definition.name, QStringLiteral("Customers nightly"));
    QVERIFY(m_store->removeJob(*id).ok());
    QVERIFY(!m_store->job(*id).ok());
    QVERIFY(!m_store->removeJob(*id).ok());
}

void tst_JobStore::definitionJsonRoundTrip()
{
    const JobDefinition job = sampleJob();
    auto back = JobDefinition::fromJson(job.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->toJson(), job.toJson());
    QCOMPARE(back->mapping.columns.size(), 4);
    QCOMPARE(back->mapping.columns.at(0).mask, ColumnMapping::Mask::Hash);
    QCOMPARE(*back->mapping.columns.at(1).cast, ColumnType::Decimal);
    QCOMPARE(*back->mapping.columns.at(2).constant, QStringLiteral("EU"));
    QVERIFY(!back->mapping.columns.at(3).include);
    QVERIFY(back->mapping.addRunId);
    QCOMPARE(back->errors.maxBadPercent, 2.5);

    QJsonObject broken = job.toJson();
    broken.insert(QStringLiteral("mode"), QStringLiteral("merge"));
    QVERIFY(!JobDefinition::fromJson(broken).ok());
}

void tst_JobStore::validateNamesProblems()
{
    JobDefinition job;
    job.mode = WriteMode::Upsert;
    const QStringList problems = job.validate();
    QCOMPARE(problems.size(), 3);
    QVERIFY(problems.join(QLatin1Char(' ')).contains(QStringLiteral("key columns")));
    QVERIFY(sampleJob().validate().isEmpty());
}

void tst_JobStore::runLifecycle()
{
    const qint64 jobId = *m_store->addJob(sampleJob());
    JobDefinition job = m_store->job(jobId)->definition;
    auto run = m_store->createRun(job);
    QVERIFY2(run.ok(), qPrintable(run.error()));
    QCOMPARE(run->status, RunStatus::Running);
    QCOMPARE(run->jobId, jobId);
    QCOMPARE(run->pid, QCoreApplication::applicationPid());
    QVERIFY(!run->uuid.isEmpty());

    RunRecord progress = *run;
    progress.rowsRead = 10;
    progress.rowsWritten = 9;
    progress.target = {{QStringLiteral("table"), QStringLiteral("customers")}};
    progress.peakRss = 1234;
    QVERIFY(m_store->updateProgress(progress).ok());
    QVERIFY(m_store->appendLog(run->id, QStringLiteral("hello")).ok());
    QVERIFY(m_store->finishRun(run->id, RunStatus::Succeeded, QString(), {{QStringLiteral("status"), QStringLiteral("verified")}},
                               {{QStringLiteral("total"), 1.5}})
                .ok());
    auto done = m_store->run(run->id);
    QCOMPARE(done->status, RunStatus::Succeeded);
    QCOMPARE(done->rowsWritten, 9);
    QCOMPARE(done->peakRss, 1234);
    QVERIFY(done->finishedAt.isValid());
    QVERIFY(done->log.contains(QStringLiteral("hello")));
    QCOMPARE(done->verification.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
    QCOMPARE(m_store->runs(jobId)->size(), 1);
    QCOMPARE(m_store->runs()->size(), 1);

    // Removing the job keeps its runs as history.
    QVERIFY(m_store->removeJob(jobId).ok());
    QCOMPARE(m_store->run(run->id)->jobId, 0);
}

void tst_JobStore::quarantineIsIdempotent()
{
    auto run = m_store->createRun(sampleJob());
    BadRecord a;
    a.recordNumber = 4;
    a.line = 6;
    a.reason = QStringLiteral("expected 3 fields, found 4");
    a.raw = QByteArrayLiteral("1,2,3,4");
    BadRecord b = a;
    b.recordNumber = 9;
    b.column = QStringLiteral("amount");
    QCOMPARE(*m_store->quarantine(run->id, {a, b}), 2);
    QCOMPARE(*m_store->quarantine(run->id, {b}), 0); // a resumed run meets it again
    QCOMPARE(*m_store->quarantinedCount(run->id), 2);
    auto rows = m_store->quarantined(run->id);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).line, 6);
    QCOMPARE(rows->at(0).raw, QByteArrayLiteral("1,2,3,4"));
    QCOMPARE(rows->at(1).column, QStringLiteral("amount"));
    QCOMPARE(m_store->quarantined(run->id, 1, 1)->first().recordNumber, 9);
}

void tst_JobStore::deadProcessRunsBecomeInterrupted()
{
    auto mine = m_store->createRun(sampleJob());
    auto orphan = m_store->createRun(sampleJob());
    // A process that has exited: its pid is free.
    QProcess gone;
    gone.start(QStringLiteral("true"));
    QVERIFY(gone.waitForFinished());
    const qint64 deadPid = gone.processId() ? gone.processId() : 999999;
    {
        QSqlQuery q(QSqlDatabase::database(m_store->workspace().connectionName()));
        q.prepare(QStringLiteral("UPDATE runs SET pid = ? WHERE id = ?"));
        q.addBindValue(deadPid > 0 ? deadPid : 999999);
        q.addBindValue(orphan->id);
        QVERIFY(q.exec());
    }
    QVERIFY(m_store->markInterruptedRuns().ok());
    QCOMPARE(m_store->run(mine->id)->status, RunStatus::Running); // this process is alive
    QCOMPARE(m_store->run(orphan->id)->status, RunStatus::Interrupted);
    QVERIFY(m_store->run(orphan->id)->log.contains(QStringLiteral("resumed")));

    QVERIFY(m_store->resumeRun(orphan->id).ok());
    QCOMPARE(m_store->run(orphan->id)->status, RunStatus::Running);
    QVERIFY(!m_store->resumeRun(orphan->id).ok()); // not interrupted any more
}

void tst_JobStore::oneShotRunsMatchByDefinition()
{
    JobDefinition a = sampleJob();
    a.name = QStringLiteral("sync a");
    auto run = m_store->createRun(a);
    QVERIFY(m_store->finishRun(run->id, RunStatus::Interrupted, QString(), {}, {}).ok());
    JobDefinition same = a;
    same.name = QStringLiteral("another label");
    QCOMPARE(m_store->interruptedRun(same)->value().id, run->id);
    JobDefinition other = a;
    other.destination = QStringLiteral("/out/other.sqlite");
    QVERIFY(!m_store->interruptedRun(other)->has_value());
}

QTEST_GUILESS_MAIN(tst_JobStore)
#include "tst_jobstore.moc"
