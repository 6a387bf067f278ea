#include "models/jobsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace miq;

class tst_JobsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsJobsSortedByName();
    void addInsertsAtSortedPosition();
    void renameMovesRow();
    void removeDeletesRow();
    void lastRunShowsStatusAndTime();
    void progressRoles_data();
    void progressRoles();
    void pausedAndStopped();
    void sourceRenameUpdatesRoute();
    void searchTextCoversRoute();
    void emptyWithoutStore();

private:
    JobDefinition job(const QString &name, const QString &destination = QStringLiteral("/out/shop.sqlite"))
    {
        JobDefinition j;
        j.name = name;
        j.sourceId = m_sourceId;
        j.stream = QStringLiteral("orders");
        j.destination = destination;
        j.table = QStringLiteral("orders");
        return j;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<JobsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_sourceId = 0;
    qint64 m_charlie = 0;
    qint64 m_alpha = 0;
};

void tst_JobsModel::init()
{
    // One workspace per test function and data row.
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.miq")
                                            .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                                 QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(Workspace::open(path).ok()); // creates it; the store opens its own connection
    auto store = JobStore::open(path);
    QVERIFY2(store.ok(), qPrintable(store.error()));
    m_store = std::move(*store);
    SourceRecord source;
    source.name = QStringLiteral("Shop export");
    source.typeId = QStringLiteral("csv");
    source.settings.insert(QStringLiteral("path"), QStringLiteral("/data/orders.csv"));
    auto sourceId = m_store->workspace().addSource(source);
    QVERIFY(sourceId.ok());
    m_sourceId = *sourceId;
    auto charlie = m_store->addJob(job(QStringLiteral("charlie")));
    JobDefinition alpha = job(QStringLiteral("Alpha"), QStringLiteral("/out/orders.csv"));
    alpha.sourceId = 0;
    alpha.sourcePath = QStringLiteral("/data/people.ndjson");
    alpha.table.clear();
    alpha.mode = WriteMode::Append;
    auto alphaId = m_store->addJob(alpha);
    QVERIFY(charlie.ok() && alphaId.ok());
    m_charlie = *charlie;
    m_alpha = *alphaId;
    m_model = std::make_unique<JobsModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_model->setStore(m_store.get()).ok());
}

void tst_JobsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
}

void tst_JobsModel::listsJobsSortedByName()
{
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(JobsModel::ColumnCount));
    QCOMPARE(m_model->index(0, JobsModel::NameColumn).data().toString(), QStringLiteral("Alpha"));
    QCOMPARE(m_model->index(1, JobsModel::NameColumn).data().toString(), QStringLiteral("charlie"));
    QCOMPARE(m_model->index(0, 0).data(JobsModel::IdRole).toLongLong(), m_alpha);
    QCOMPARE(m_model->index(1, JobsModel::RouteColumn).data().toString(),
             QStringLiteral("Shop export (orders) → shop.sqlite (orders)"));
    QCOMPARE(m_model->index(0, JobsModel::RouteColumn).data().toString(),
             QStringLiteral("people.ndjson → orders.csv"));
    QCOMPARE(m_model->index(0, JobsModel::ModeColumn).data().toString(), QStringLiteral("append"));
    QCOMPARE(m_model->index(1, JobsModel::ModeColumn).data().toString(), QStringLiteral("replace"));
    QCOMPARE(m_model->index(0, JobsModel::LastRunColumn).data().toString(), QStringLiteral("never run"));
    QCOMPARE(m_model->index(0, 0).data(JobsModel::LastRunStatusRole).toInt(), -1);
    QCOMPARE(m_model->index(0, JobsModel::ProgressColumn).data().toString(), QString());
    QVERIFY(!m_model->index(0, 0).data(JobsModel::RunningRole).toBool());
    QCOMPARE(m_model->headerData(JobsModel::LastRunColumn, Qt::Horizontal).toString(),
             QStringLiteral("Last run"));
    QCOMPARE(m_model->jobForId(m_charlie)->definition.destination, QStringLiteral("/out/shop.sqlite"));
    QVERIFY(!m_model->lastRun(m_charlie).has_value());
}

void tst_JobsModel::addInsertsAtSortedPosition()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    auto id = m_model->addJob(job(QStringLiteral("bravo")));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(m_model->indexForId(*id).row(), 1);
    QVERIFY(m_store->job(*id).ok());

    // Names are unique, case-insensitively; the model is unchanged by a refused add.
    auto duplicate = m_model->addJob(job(QStringLiteral("BRAVO")));
    QVERIFY(!duplicate.ok());
    QVERIFY(duplicate.error().contains(QStringLiteral("BRAVO")));
    QCOMPARE(m_model->rowCount(), 3);
}

void tst_JobsModel::renameMovesRow()
{
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    JobDefinition renamed = m_model->jobForId(m_alpha)->definition;
    renamed.name = QStringLiteral("zulu");
    QVERIFY(m_model->updateJob(renamed).ok());
    QCOMPARE(moved.count(), 1);
    QCOMPARE(m_model->indexForId(m_alpha).row(), 1);
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("zulu"));
    QCOMPARE(m_store->job(m_alpha)->definition.name, QStringLiteral("zulu"));
}

void tst_JobsModel::removeDeletesRow()
{
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_model->removeJob(m_alpha).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(!m_model->indexForId(m_alpha).isValid());
    QVERIFY(!m_store->job(m_alpha).ok());

    // A running job cannot be removed.
    m_model->setRunning(m_charlie, true);
    const Status refused = m_model->removeJob(m_charlie);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(QStringLiteral("charlie")));
    QCOMPARE(m_model->rowCount(), 1);
}

void tst_JobsModel::lastRunShowsStatusAndTime()
{
    auto run = m_store->createRun(m_model->jobForId(m_charlie)->definition);
    QVERIFY2(run.ok(), qPrintable(run.error()));
    QVERIFY(m_store->finishRun(run->id, RunStatus::Failed, QStringLiteral("disk full"), {}, {}).ok());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->refreshJob(m_charlie).ok());
    QCOMPARE(changed.count(), 1);
    const QModelIndex lastRun = m_model->indexForId(m_charlie, JobsModel::LastRunColumn);
    QVERIFY2(lastRun.data().toString().startsWith(QStringLiteral("failed, ")),
             qPrintable(lastRun.data().toString()));
    QCOMPARE(lastRun.data(JobsModel::LastRunStatusRole).toInt(), int(RunStatus::Failed));
    QCOMPARE(lastRun.data(JobsModel::LastRunIdRole).toLongLong(), run->id);
    QVERIFY(lastRun.data(Qt::ForegroundRole).isValid());
    QVERIFY(lastRun.data(Qt::ToolTipRole).toString().contains(QStringLiteral("disk full")));
    QCOMPARE(m_model->lastRun(m_charlie)->id, run->id);

    // A reload finds the newest run of every job again.
    QVERIFY(m_model->reload().ok());
    QCOMPARE(m_model->indexForId(m_charlie).data(JobsModel::LastRunStatusRole).toInt(),
             int(RunStatus::Failed));
}

void tst_JobsModel::progressRoles_data()
{
    QTest::addColumn<qint64>("bytesRead");
    QTest::addColumn<qint64>("bytesTotal");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<QString>("text");
    QTest::newRow("size known") << qint64(500) << qint64(1000) << 0.5
                                << QStringLiteral("50% · 400 rows/s · 12 s left · Copying rows");
    QTest::newRow("size unknown") << qint64(500) << qint64(-1) << -1.0
                                  << QStringLiteral("1,200 rows · 400 rows/s · 12 s left · Copying rows");
}

void tst_JobsModel::progressRoles()
{
    QFETCH(qint64, bytesRead);
    QFETCH(qint64, bytesTotal);
    QFETCH(double, fraction);
    QFETCH(QString, text);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setRunning(m_charlie, true);
    QCOMPARE(changed.count(), 1);
    const QModelIndex progress = m_model->indexForId(m_charlie, JobsModel::ProgressColumn);
    QVERIFY(progress.data(JobsModel::RunningRole).toBool());
    QVERIFY(progress.data(JobsModel::QueuedRole).toBool());
    QCOMPARE(progress.data().toString(), QStringLiteral("Queued: waiting for a free slot"));
    m_model->setStarted(m_charlie);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!progress.data(JobsModel::QueuedRole).toBool());
    QCOMPARE(progress.data().toString(), QStringLiteral("Starting"));

    RunProgress p;
    p.runId = 7;
    p.phase = QStringLiteral("Copying rows");
    p.rowsRead = 1200;
    p.bytesRead = bytesRead;
    p.bytesTotal = bytesTotal;
    p.rowsPerSecond = 400;
    p.etaSeconds = 12;
    m_model->setProgress(m_charlie, p);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.last().at(0).value<QModelIndex>(), progress);
    QCOMPARE(progress.data(JobsModel::FractionRole).toDouble(), fraction);
    QCOMPARE(progress.data(JobsModel::RowsReadRole).toLongLong(), qint64(1200));
    QCOMPARE(progress.data(JobsModel::BytesTotalRole).toLongLong(), bytesTotal);
    QCOMPARE(progress.data(JobsModel::RowsPerSecondRole).toDouble(), 400.0);
    QCOMPARE(progress.data(JobsModel::EtaSecondsRole).toDouble(), 12.0);
    QCOMPARE(progress.data(JobsModel::PhaseRole).toString(), QStringLiteral("Copying rows"));
    QCOMPARE(progress.data().toString(), text);
    // Progress of a job that is not running (a late report) changes nothing.
    m_model->setProgress(m_alpha, p);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(m_model->indexForId(m_alpha, JobsModel::ProgressColumn).data().toString(), QString());
    QLocale::setDefault(QLocale::system());
}

void tst_JobsModel::pausedAndStopped()
{
    m_model->setRunning(m_charlie, true);
    m_model->setPaused(m_charlie, true);
    QVERIFY(m_model->isPaused(m_charlie));
    const QModelIndex progress = m_model->indexForId(m_charlie, JobsModel::ProgressColumn);
    QVERIFY(progress.data(JobsModel::PausedRole).toBool());
    QVERIFY(progress.data().toString().startsWith(QStringLiteral("Paused")));
    m_model->setRunning(m_charlie, false);
    QVERIFY(!m_model->isRunning(m_charlie));
    QVERIFY(!progress.data(JobsModel::RunningRole).toBool());
    QVERIFY(!progress.data(JobsModel::PausedRole).toBool());
    QCOMPARE(progress.data(JobsModel::FractionRole).toDouble(), -1.0);
    QCOMPARE(progress.data().toString(), QString());
}

void tst_JobsModel::sourceRenameUpdatesRoute()
{
    SourceRecord source = *m_store->workspace().source(m_sourceId);
    source.name = QStringLiteral("Shop (2024)");
    QVERIFY(m_store->workspace().updateSource(source).ok());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->refreshSourceNames();
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_model->indexForId(m_charlie, JobsModel::RouteColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Shop (2024)")));
    m_model->refreshSourceNames(); // nothing changed: no signal
    QCOMPARE(changed.count(), 1);

    QVERIFY(m_store->workspace().removeSource(m_sourceId).ok());
    m_model->refreshSourceNames();
    QVERIFY(m_model->indexForId(m_charlie, JobsModel::RouteColumn)
                .data()
                .toString()
                .contains(QStringLiteral("missing source")));
}

void tst_JobsModel::searchTextCoversRoute()
{
    const QString text = m_model->indexForId(m_charlie).data(JobsModel::SearchTextRole).toString();
    QVERIFY(text.contains(QStringLiteral("charlie")));
    QVERIFY(text.contains(QStringLiteral("Shop export")));
    QVERIFY(text.contains(QStringLiteral("/out/shop.sqlite")));
    QVERIFY(m_model->indexForId(m_alpha)
                .data(JobsModel::SearchTextRole)
                .toString()
                .contains(QStringLiteral("people.ndjson")));
}

void tst_JobsModel::emptyWithoutStore()
{
    QVERIFY(m_model->setStore(nullptr).ok());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->addJob(job(QStringLiteral("x"))).ok());
    QVERIFY(!m_model->indexForId(m_charlie).isValid());
}

QTEST_MAIN(tst_JobsModel)
#include "tst_jobsmodel.moc"
