#include "engine/memorysecretstore.h"
#include "engine/sourcesecrets.h"
#include "engine/sync/jobrunner.h"
#include "engine/sync/jobstore.h"
#include "engine/workspace.h"
#include "models/jobsmodel.h"
#include "models/mappingmodel.h"
#include "models/runformat.h"
#include "models/runsmodel.h"
#include "ui/jobdialog.h"
#include "ui/jobspane.h"
#include "ui/mainwindow.h"
#include "ui/rundetails.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace miq;

class tst_JobsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void runShowsHistoryQuarantineAndNotification();
    void cancelEndsLongRun();
    void interruptedRunResumesOnRetry();
    void closingTheWindowLeavesRunsResumable();
    void filterBoxFiltersJobs();
    void removeAsksAndDeletes();
    void dialogValidatesAsYouType();
    void dialogPreviewsMappedRows();

private:
    qint64 addCsvSource(const QString &name, const QString &path);
    qint64 addJob(const QString &name, qint64 sourceId, const QString &destination);
    QString writeCsv(const QString &name, int rows, bool malformed);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secretStore;
    std::unique_ptr<SourceSecrets> m_secrets;
    std::unique_ptr<JobsModel> m_model;
    std::unique_ptr<JobRunner> m_runner;
    std::unique_ptr<JobsPane> m_pane;
};

QString tst_JobsPane::writeCsv(const QString &name, int rows, bool malformed)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray data = "id,name,amount\n";
    for (int i = 1; i <= rows; ++i) {
        data += QByteArray::number(i) + ",name " + QByteArray::number(i) + ',' +
                QByteArray::number(i * 1.5, 'f', 2) + '\n';
        if (malformed && i == 3)
            data += "x,too,many,fields\n"; // line 5: one field too many
    }
    f.write(data);
    return path;
}

qint64 tst_JobsPane::addCsvSource(const QString &name, const QString &path)
{
    SourceRecord s;
    s.name = name;
    s.typeId = QStringLiteral("csv");
    s.settings.insert(QStringLiteral("path"), path);
    auto id = m_workspace->addSource(s);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return *id;
}

qint64 tst_JobsPane::addJob(const QString &name, qint64 sourceId, const QString &destination)
{
    JobDefinition job;
    job.name = name;
    job.sourceId = sourceId;
    job.destination = destination;
    job.table = QStringLiteral("people");
    auto id = m_model->addJob(job);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return *id;
}

void tst_JobsPane::initTestCase()
{
    // The main window remembers its layout: keep that out of the user's settings.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("MigrateIQ-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_jobspane"));
}

void tst_JobsPane::init()
{
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".miq"));
    auto ws = Workspace::open(m_path);
    QVERIFY2(ws.ok(), qPrintable(ws.error()));
    m_workspace = std::move(*ws);
    auto store = JobStore::open(m_path);
    QVERIFY2(store.ok(), qPrintable(store.error()));
    m_store = std::move(*store);
    m_secretStore = std::make_unique<MemorySecretStore>();
    m_secrets = std::make_unique<SourceSecrets>(m_secretStore.get(), m_workspace->id());
    m_model = std::make_unique<JobsModel>();
    m_runner = std::make_unique<JobRunner>();
    m_pane = std::make_unique<JobsPane>(m_model.get(), m_runner.get());
    m_pane->setSecrets(m_secrets.get());
    m_pane->setStore(m_store.get());
    m_pane->resize(1200, 800);
    m_pane->show();
}

void tst_JobsPane::cleanup()
{
    m_runner->interruptAllAndWait();
    m_pane.reset();
    m_runner.reset();
    m_model.reset();
    m_secrets.reset();
    m_secretStore.reset();
    m_store.reset();
    m_workspace.reset();
}

void tst_JobsPane::runShowsHistoryQuarantineAndNotification()
{
    const qint64 source =
        addCsvSource(QStringLiteral("People CSV"), writeCsv(QStringLiteral("people.csv"), 20, true));
    const qint64 id =
        addJob(QStringLiteral("Load people"), source, m_dir.filePath(QStringLiteral("out.sqlite")));
    m_pane->selectJob(id);
    QCOMPARE(m_pane->currentJobId(), id);
    QVERIFY(m_pane->runAction()->isEnabled());
    QVERIFY(!m_pane->retryAction()->isEnabled()); // never ran

    QSignalSpy finished(m_pane.get(), &JobsPane::runFinished);
    m_pane->runAction()->trigger();
    QVERIFY(m_model->isRunning(id));
    QVERIFY(!m_pane->runAction()->isEnabled());
    QVERIFY(!m_pane->editAction()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.first().at(0).toLongLong(), id);
    QVERIFY(!m_model->isRunning(id));

    auto *runs = m_pane->findChild<QTreeView *>(QStringLiteral("runView"));
    QVERIFY(runs);
    QCOMPARE(runs->model()->rowCount(), 1);
    const QModelIndex run = runs->model()->index(0, RunsModel::StatusColumn);
    QCOMPARE(run.data().toString(), QStringLiteral("succeeded"));
    QCOMPARE(run.siblingAtColumn(RunsModel::VerificationColumn).data().toString(),
             QStringLiteral("verified"));
    QCOMPARE(run.siblingAtColumn(RunsModel::QuarantinedColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(run.siblingAtColumn(RunsModel::WrittenColumn).data().toString(), QStringLiteral("20"));
    QCOMPARE(m_pane->currentRunId(), run.data(RunsModel::IdRole).toLongLong());

    // The details of the finished run: summary, log, the quarantined row and the target's DDL.
    auto *summary = m_pane->findChild<QLabel *>(QStringLiteral("runSummary"));
    QVERIFY(summary->text().contains(QStringLiteral("verified")));
    QVERIFY(summary->text().contains(QStringLiteral("Peak memory")));
    auto *quarantine = m_pane->findChild<QTableView *>(QStringLiteral("quarantineView"));
    QCOMPARE(quarantine->model()->rowCount(), 1);
    QCOMPARE(quarantine->model()->index(0, 1).data().toString(), QStringLiteral("5"));
    QVERIFY(quarantine->model()->index(0, 5).data().toString().contains(QStringLiteral("too,many")));
    QVERIFY(m_pane->findChild<QPlainTextEdit *>(QStringLiteral("runLog"))
                ->toPlainText()
                .contains(QStringLiteral("Verified")));
    QVERIFY(m_pane->findChild<QPlainTextEdit *>(QStringLiteral("runDdl"))
                ->toPlainText()
                .contains(QStringLiteral("CREATE TABLE")));

    // No system tray offscreen: the window tells the user itself.
    auto *banner = m_pane->findChild<QWidget *>(QStringLiteral("notification"));
    auto *bannerText = m_pane->findChild<QLabel *>(QStringLiteral("notificationText"));
    QVERIFY(banner->isVisible());
    QVERIFY2(bannerText->text().contains(QStringLiteral("Load people")), qPrintable(bannerText->text()));
    QVERIFY(bannerText->text().contains(QStringLiteral("succeeded")));

    // The jobs list shows the last run; the quarantined rows export as CSV.
    QVERIFY(m_model->indexForId(id, JobsModel::LastRunColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("succeeded")));
    auto *details = m_pane->findChild<RunDetails *>();
    QSignalSpy exported(details, &RunDetails::exportFinished);
    const QString csv = m_dir.filePath(QStringLiteral("quarantined.csv"));
    details->exportQuarantine(csv);
    QTRY_COMPARE(exported.count(), 1);
    QVERIFY(exported.first().at(1).toBool());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.startsWith("record,line,location,column,reason,raw\r\n"));
    QVERIFY2(written.contains("\"x,too,many,fields"), written.constData());
}

void tst_JobsPane::cancelEndsLongRun()
{
    const qint64 source =
        addCsvSource(QStringLiteral("Big"), writeCsv(QStringLiteral("big.csv"), 200'000, false));
    const qint64 id =
        addJob(QStringLiteral("Big load"), source, m_dir.filePath(QStringLiteral("big.sqlite")));
    m_pane->selectJob(id);
    QSignalSpy finished(m_pane.get(), &JobsPane::runFinished);
    // Cancel as the run reports for the first time (it then has a record), while it is working.
    bool cancelled = false;
    connect(m_runner.get(), &JobRunner::progress, this, [&](int, const RunProgress &p) {
        if (cancelled || p.runId == 0)
            return;
        cancelled = true;
        QVERIFY(m_pane->cancelAction()->isEnabled());
        QVERIFY(m_pane->pauseAction()->isEnabled());
        m_pane->cancelAction()->trigger();
    });
    m_pane->runAction()->trigger();
    auto *runs = m_pane->findChild<QTreeView *>(QStringLiteral("runView"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const auto run = finished.first().at(1).value<RunRecord>();
    QCOMPARE(run.status, RunStatus::Cancelled);
    QCOMPARE(runs->model()->index(0, RunsModel::StatusColumn).data().toString(), QStringLiteral("cancelled"));
    QVERIFY(run.rowsWritten < 200'000);
    // A cancelled job can be retried.
    QVERIFY(m_pane->retryAction()->isEnabled());
    QVERIFY(!m_pane->cancelAction()->isEnabled());
}

void tst_JobsPane::interruptedRunResumesOnRetry()
{
    // Big enough that the copy is still going when the GUI thread sees its first report.
    constexpr int Rows = 1'000'000;
    const qint64 source =
        addCsvSource(QStringLiteral("Big"), writeCsv(QStringLiteral("big.csv"), Rows, false));
    const qint64 id =
        addJob(QStringLiteral("Big load"), source, m_dir.filePath(QStringLiteral("big.sqlite")));
    m_pane->selectJob(id);
    QSignalSpy finished(m_pane.get(), &JobsPane::runFinished);
    // Pause in the middle of the copy: the run holds between two batches.
    bool paused = false;
    connect(m_runner.get(), &JobRunner::progress, this, [&](int, const RunProgress &p) {
        if (paused || p.phase != QStringLiteral("Copying rows") || p.rowsRead == 0)
            return;
        paused = true;
        m_pane->pauseAction()->trigger();
    });
    m_pane->runAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(paused, 30000);
    QVERIFY(m_model->isPaused(id));
    QCOMPARE(m_pane->pauseAction()->text(), QStringLiteral("&Resume"));
    QVERIFY(m_model->indexForId(id, JobsModel::ProgressColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Paused")));
    auto *runs = m_pane->findChild<QTreeView *>(QStringLiteral("runView"));
    QCOMPARE(runs->model()->rowCount(), 1);

    // What closing the window does: stop at the last checkpoint, resumable.
    m_runner->interruptAllAndWait();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const auto interrupted = finished.first().at(1).value<RunRecord>();
    QCOMPARE(interrupted.status, RunStatus::Interrupted);
    QVERIFY(interrupted.rowsRead > 0 && interrupted.rowsRead < Rows);
    QVERIFY(!m_model->isPaused(id));
    QVERIFY(m_pane->retryAction()->isEnabled());

    m_pane->retryAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    const auto resumed = finished.last().at(1).value<RunRecord>();
    QCOMPARE(resumed.id, interrupted.id); // the same run went on from its checkpoint
    QCOMPARE(resumed.status, RunStatus::Succeeded);
    QCOMPARE(resumed.rowsWritten, qint64(Rows));
    QCOMPARE(RunFormat::verificationStatus(resumed), QStringLiteral("verified"));
    QCOMPARE(runs->model()->rowCount(), 1);
    QCOMPARE(runs->model()->index(0, RunsModel::StatusColumn).data().toString(), QStringLiteral("succeeded"));
}

void tst_JobsPane::closingTheWindowLeavesRunsResumable()
{
    constexpr int Rows = 1'000'000;
    const qint64 source =
        addCsvSource(QStringLiteral("Big"), writeCsv(QStringLiteral("big.csv"), Rows, false));
    const qint64 id =
        addJob(QStringLiteral("Big load"), source, m_dir.filePath(QStringLiteral("big.sqlite")));
    MainWindow window;
    QVERIFY(window.openWorkspace(m_path));
    window.show();
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(navigation->item(1)->text(), QStringLiteral("Jobs"));
    navigation->setCurrentRow(1);
    JobsPane *pane = window.jobsPane();
    QVERIFY(pane->isVisible());
    QStringList menus;
    for (QAction *menu : window.menuBar()->actions())
        menus << menu->text();
    QVERIFY(menus.contains(QStringLiteral("&Job")));

    pane->selectJob(id);
    QSignalSpy finished(pane, &JobsPane::runFinished);
    bool copying = false;
    connect(window.findChild<JobRunner *>(), &JobRunner::progress, this, [&](int, const RunProgress &p) {
        copying = copying || (p.phase == QStringLiteral("Copying rows") && p.rowsRead > 0);
    });
    pane->runAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(copying, 30000);
    QVERIFY(pane->hasActiveRuns());
    window.close(); // interrupts and waits
    auto runs = m_store->runs(id);
    QVERIFY(runs.ok());
    QCOMPARE(runs->size(), 1);
    QCOMPARE(runs->first().status, RunStatus::Interrupted);
    QVERIFY(runs->first().rowsRead > 0 && runs->first().rowsRead < Rows);
}

void tst_JobsPane::filterBoxFiltersJobs()
{
    const qint64 source =
        addCsvSource(QStringLiteral("People CSV"), writeCsv(QStringLiteral("people.csv"), 3, false));
    addJob(QStringLiteral("Load people"), source, m_dir.filePath(QStringLiteral("people.sqlite")));
    addJob(QStringLiteral("Orders nightly"), source, m_dir.filePath(QStringLiteral("orders.ndjson")));
    auto *view = m_pane->findChild<QTreeView *>(QStringLiteral("jobView"));
    auto *filter = m_pane->findChild<QLineEdit *>(QStringLiteral("jobFilter"));
    QCOMPARE(view->model()->rowCount(), 2);
    QTest::keyClicks(filter, QStringLiteral("night"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Orders nightly"));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("people.sqlite")); // the destination is searched too
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Load people"));
}

void tst_JobsPane::removeAsksAndDeletes()
{
    const qint64 source =
        addCsvSource(QStringLiteral("People CSV"), writeCsv(QStringLiteral("people.csv"), 3, false));
    const qint64 id =
        addJob(QStringLiteral("Load people"), source, m_dir.filePath(QStringLiteral("people.sqlite")));
    m_pane->selectJob(id);
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("Load people")));
        box->button(QMessageBox::Cancel)->click();
    });
    m_pane->removeAction()->trigger();
    QCOMPARE(m_model->rowCount(), 1);
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    m_pane->removeAction()->trigger();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_store->job(id).ok());
}

void tst_JobsPane::dialogValidatesAsYouType()
{
    addJob(QStringLiteral("Taken"),
           addCsvSource(QStringLiteral("Other"), writeCsv(QStringLiteral("o.csv"), 2, false)),
           m_dir.filePath(QStringLiteral("o.sqlite")));
    JobDialog::Context context;
    context.nameTaken = [this](const QString &name) {
        return m_store->jobByName(name).ok();
    };
    JobDialog dialog(JobDefinition(), context); // no workspace sources: a file is the source
    dialog.show();
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
    auto *sourcePath = dialog.findChild<QLineEdit *>(QStringLiteral("sourcePath"));
    auto *destination = dialog.findChild<QLineEdit *>(QStringLiteral("destination"));
    auto *kind = dialog.findChild<QLabel *>(QStringLiteral("destinationKind"));
    auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("mode"));
    auto *keys = dialog.findChild<QListWidget *>(QStringLiteral("keys"));
    auto *problems = dialog.findChild<QLabel *>(QStringLiteral("problems"));
    QVERIFY(save && name && sourcePath && destination && kind && mode && keys && problems);
    QVERIFY(!save->isEnabled());

    QTest::keyClicks(name, QStringLiteral("taken"));
    QVERIFY(problems->text().contains(QStringLiteral("already named")));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("People"));
    QVERIFY(problems->text().contains(QStringLiteral("Choose a source")));
    QVERIFY(!save->isEnabled());

    QTest::keyClicks(sourcePath, writeCsv(QStringLiteral("people.csv"), 5, false));
    QVERIFY(problems->text().contains(QStringLiteral("destination")));
    QVERIFY(!save->isEnabled()); // the destination is still missing
    QTest::keyClicks(destination, m_dir.filePath(QStringLiteral("people.sqlite")));
    QCOMPARE(kind->text(), QStringLiteral("SQLite database"));
    QVERIFY2(save->isEnabled(), qPrintable(problems->text()));

    // The stream's columns arrive from the background discovery; they become the key choices.
    QTRY_COMPARE_WITH_TIMEOUT(keys->count(), 3, 20000);
    mode->setCurrentIndex(mode->findData(int(WriteMode::Upsert)));
    QVERIFY(keys->isEnabled());
    QVERIFY(!save->isEnabled());
    QVERIFY2(problems->text().contains(QStringLiteral("Upsert needs the key columns")),
             qPrintable(problems->text()));
    keys->item(0)->setCheckState(Qt::Checked);
    QVERIFY2(save->isEnabled(), qPrintable(problems->text()));
    QCOMPARE(dialog.job().keyColumns, QStringList{QStringLiteral("id")});
    QCOMPARE(dialog.job().mode, WriteMode::Upsert);
    QCOMPARE(dialog.job().stream, QStringLiteral("people"));

    // A file destination cannot upsert.
    destination->clear();
    QTest::keyClicks(destination, m_dir.filePath(QStringLiteral("people.csv.out.csv")));
    QCOMPARE(kind->text(), QStringLiteral("CSV file"));
    QVERIFY(problems->text().contains(QStringLiteral("Upsert needs a SQLite destination")));
    QVERIFY(!save->isEnabled());
    destination->clear();
    QTest::keyClicks(destination, m_dir.filePath(QStringLiteral("people.parquet")));
    QVERIFY(problems->text().contains(QStringLiteral(".sqlite/.db, .csv or .ndjson")));
}

void tst_JobsPane::dialogPreviewsMappedRows()
{
    const qint64 source =
        addCsvSource(QStringLiteral("People CSV"), writeCsv(QStringLiteral("people.csv"), 5, false));
    JobDefinition job;
    job.name = QStringLiteral("People");
    job.sourceId = source;
    job.destination = m_dir.filePath(QStringLiteral("people.sqlite"));
    JobDialog::Context context;
    context.sources = *m_workspace->sources();
    context.secrets = m_secrets.get();
    context.maskSalt = *m_workspace->maskSalt();
    JobDialog dialog(job, context);
    dialog.show();
    auto *preview = dialog.findChild<QTableView *>(QStringLiteral("mappedPreview"));
    QTRY_COMPARE_WITH_TIMEOUT(preview->model()->rowCount(), 5, 20000);
    QCOMPARE(preview->model()->columnCount(), 3);

    auto *mapping = dialog.findChild<QTableView *>(QStringLiteral("mappingView"))->model();
    QVERIFY(
        mapping->setData(mapping->index(0, MappingModel::IncludeColumn), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(mapping->setData(mapping->index(1, MappingModel::TargetColumn), QStringLiteral("full_name")));
    QVERIFY(mapping->setData(mapping->index(1, MappingModel::MaskColumn), int(ColumnMapping::Mask::Redact)));
    QCOMPARE(preview->model()->columnCount(), 2);
    QCOMPARE(preview->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("full_name"));
    QCOMPARE(preview->model()->index(0, 0).data().toString(), QStringLiteral("[REDACTED]"));
    QCOMPARE(preview->model()->index(0, 1).data().toString(), QStringLiteral("1.50"));

    const JobDefinition edited = dialog.job();
    QCOMPARE(edited.sourceId, source);
    QCOMPARE(edited.mapping.columns.size(), 3);
    QVERIFY(!edited.mapping.columns.at(0).include);

    // Show DDL infers the types from every row and renders the destination's statement.
    auto *ddl = dialog.findChild<QPushButton *>(QStringLiteral("showDdl"));
    QVERIFY(ddl->isEnabled());
    ddl->click();
    QPlainTextEdit *text = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("ddlText"))), 20000);
    QVERIFY2(text->toPlainText().contains(QStringLiteral("full_name")), qPrintable(text->toPlainText()));
}

QTEST_MAIN(tst_JobsPane)
#include "tst_jobspane.moc"
