#include "models/runsmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace miq;

class tst_RunsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsRunsOfOneJobNewestFirst();
    void listsEveryRunWithoutJob();
    void showsCountsThroughputAndVerification_data();
    void showsCountsThroughputAndVerification();
    void refreshInsertsNewRunsOfTheShownJob();
    void progressUpdatesRunningRun();
    void emptyWithoutStore();

private:
    qint64 finishedRun(qint64 jobId, RunStatus status, const QJsonObject &verification = {},
                       qint64 rowsRead = 1000, qint64 quarantined = 0);

    QTemporaryDir m_dir;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<RunsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_orders = 0;
    qint64 m_people = 0;
    QList<qint64> m_runIds;
};

qint64 tst_RunsModel::finishedRun(qint64 jobId, RunStatus status, const QJsonObject &verification,
                                  qint64 rowsRead, qint64 quarantined)
{
    auto job = m_store->job(jobId);
    if (!job)
        qFatal("%s", qPrintable(job.error()));
    auto run = m_store->createRun(job->definition);
    if (!run)
        qFatal("%s", qPrintable(run.error()));
    RunRecord r = *run;
    r.rowsRead = rowsRead;
    r.rowsWritten = rowsRead - quarantined;
    r.rowsQuarantined = quarantined;
    if (!m_store->updateProgress(r).ok() ||
        !m_store
             ->finishRun(r.id, status, QString(), verification,
                         {{QStringLiteral("copy"), 2.0}, {QStringLiteral("total"), 4.0}})
             .ok())
        qFatal("cannot finish run");
    return r.id;
}

void tst_RunsModel::init()
{
    // One workspace per test function and data row.
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.miq")
                                            .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                                 QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(Workspace::open(path).ok());
    auto store = JobStore::open(path);
    QVERIFY2(store.ok(), qPrintable(store.error()));
    m_store = std::move(*store);
    JobDefinition orders;
    orders.name = QStringLiteral("orders");
    orders.sourcePath = QStringLiteral("/data/orders.csv");
    orders.destination = QStringLiteral("/out/shop.sqlite");
    JobDefinition people = orders;
    people.name = QStringLiteral("people");
    people.sourcePath = QStringLiteral("/data/people.csv");
    m_orders = *m_store->addJob(orders);
    m_people = *m_store->addJob(people);
    const QJsonObject verified{{QStringLiteral("status"), QStringLiteral("verified")}};
    m_runIds = {finishedRun(m_orders, RunStatus::Succeeded, verified),
                finishedRun(m_people, RunStatus::Failed),
                finishedRun(m_orders, RunStatus::Succeeded, verified, 500, 3)};
    m_model = std::make_unique<RunsModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_model->setStore(m_store.get()).ok());
}

void tst_RunsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
}

void tst_RunsModel::listsRunsOfOneJobNewestFirst()
{
    QVERIFY(m_model->setJob(m_orders).ok());
    QCOMPARE(m_model->jobId(), m_orders);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(RunsModel::ColumnCount));
    QCOMPARE(m_model->index(0, 0).data(RunsModel::IdRole).toLongLong(), m_runIds.at(2));
    QCOMPARE(m_model->index(1, 0).data(RunsModel::IdRole).toLongLong(), m_runIds.at(0));
    QCOMPARE(m_model->index(0, 0).data(RunsModel::JobIdRole).toLongLong(), m_orders);
    QCOMPARE(m_model->indexForId(m_runIds.at(0)).row(), 1);
    QCOMPARE(m_model->runForId(m_runIds.at(2))->rowsQuarantined, qint64(3));
    QVERIFY(!m_model->runForId(m_runIds.at(1)));
    QCOMPARE(m_model->headerData(RunsModel::VerificationColumn, Qt::Horizontal).toString(),
             QStringLiteral("Verification"));
}

void tst_RunsModel::listsEveryRunWithoutJob()
{
    QCOMPARE(m_model->jobId(), qint64(0));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->index(1, RunsModel::JobColumn).data().toString(), QStringLiteral("people"));
    QCOMPARE(m_model->index(1, RunsModel::StatusColumn).data().toString(), QStringLiteral("failed"));
    QCOMPARE(m_model->index(1, 0).data(RunsModel::StatusRole).toInt(), int(RunStatus::Failed));
    QVERIFY(m_model->index(1, RunsModel::StatusColumn).data(Qt::ForegroundRole).isValid());
}

void tst_RunsModel::showsCountsThroughputAndVerification_data()
{
    QTest::addColumn<QJsonObject>("verification");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("status");
    QTest::newRow("verified") << QJsonObject{{QStringLiteral("status"), QStringLiteral("verified")}}
                              << QStringLiteral("verified") << QStringLiteral("verified");
    QTest::newRow("mismatch") << QJsonObject{{QStringLiteral("status"), QStringLiteral("mismatch")},
                                             {QStringLiteral("columns"),
                                              QJsonArray{QStringLiteral("amount"), QStringLiteral("note")}}}
                              << QStringLiteral("mismatch in amount, note") << QStringLiteral("mismatch");
    QTest::newRow("not verified") << QJsonObject() << QString() << QString();
}

void tst_RunsModel::showsCountsThroughputAndVerification()
{
    QFETCH(QJsonObject, verification);
    QFETCH(QString, shown);
    QFETCH(QString, status);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const qint64 id = finishedRun(m_people, RunStatus::Succeeded, verification, 12000, 40);
    QVERIFY(m_model->reload().ok());
    const QModelIndex row = m_model->indexForId(id);
    QVERIFY(row.isValid());
    QCOMPARE(row.siblingAtColumn(RunsModel::ReadColumn).data().toString(), QStringLiteral("12,000"));
    QCOMPARE(row.siblingAtColumn(RunsModel::WrittenColumn).data().toString(), QStringLiteral("11,960"));
    QCOMPARE(row.siblingAtColumn(RunsModel::QuarantinedColumn).data().toString(), QStringLiteral("40"));
    QCOMPARE(row.siblingAtColumn(RunsModel::DurationColumn).data().toString(), QStringLiteral("4.0 s"));
    // Throughput counts the copy phase: 12,000 rows in 2 s.
    QCOMPARE(row.siblingAtColumn(RunsModel::ThroughputColumn).data().toString(),
             QStringLiteral("6,000 rows/s"));
    QCOMPARE(row.siblingAtColumn(RunsModel::ThroughputColumn).data(RunsModel::SortRole).toDouble(), 6000.0);
    QCOMPARE(row.siblingAtColumn(RunsModel::VerificationColumn).data().toString(), shown);
    QCOMPARE(row.data(RunsModel::VerificationRole).toString(), status);
    QCOMPARE(row.siblingAtColumn(RunsModel::ReadColumn).data(RunsModel::SortRole).toLongLong(),
             qint64(12000));
    QLocale::setDefault(QLocale::system());
}

void tst_RunsModel::refreshInsertsNewRunsOfTheShownJob()
{
    QVERIFY(m_model->setJob(m_orders).ok());
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    const qint64 other = finishedRun(m_people, RunStatus::Succeeded);
    QVERIFY(m_model->refreshRun(other).ok());
    QCOMPARE(inserted.count(), 0); // another job's run is not shown here

    auto running = m_store->createRun(m_store->job(m_orders)->definition);
    QVERIFY(running.ok());
    QVERIFY(m_model->refreshRun(running->id).ok());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->index(0, 0).data(RunsModel::IdRole).toLongLong(), running->id);
    QCOMPARE(m_model->index(0, 0).data(RunsModel::StatusRole).toInt(), int(RunStatus::Running));

    QVERIFY(
        m_store
            ->finishRun(running->id, RunStatus::Cancelled, QStringLiteral("The run was cancelled."), {}, {})
            .ok());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->refreshRun(running->id).ok());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->index(0, RunsModel::StatusColumn).data().toString(), QStringLiteral("cancelled"));
    QCOMPARE(m_model->index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("The run was cancelled."));
    QVERIFY(!m_model->refreshRun(999'999).ok());
}

void tst_RunsModel::progressUpdatesRunningRun()
{
    auto running = m_store->createRun(m_store->job(m_orders)->definition);
    QVERIFY(running.ok());
    QVERIFY(m_model->refreshRun(running->id).ok());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    RunProgress p;
    p.runId = running->id;
    p.rowsRead = 4096;
    p.rowsWritten = 4090;
    p.rowsQuarantined = 6;
    m_model->setProgress(p);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->runForId(running->id)->rowsRead, qint64(4096));
    QCOMPARE(
        m_model->indexForId(running->id, RunsModel::QuarantinedColumn).data(RunsModel::SortRole).toLongLong(),
        qint64(6));
    QCOMPARE(m_model->indexForId(running->id, RunsModel::ThroughputColumn).data().toString(), QString());
    p.runId = 999'999; // not shown: ignored
    m_model->setProgress(p);
    QCOMPARE(changed.count(), 1);
}

void tst_RunsModel::emptyWithoutStore()
{
    QVERIFY(m_model->setStore(nullptr).ok());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->refreshRun(m_runIds.first()).ok());
}

QTEST_MAIN(tst_RunsModel)
#include "tst_runsmodel.moc"
