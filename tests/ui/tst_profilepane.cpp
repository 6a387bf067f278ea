#include "ui/profilepane.h"

#include "models/profilecolumnsmodel.h"
#include "models/profilefindingsmodel.h"
#include "models/profilehistorymodel.h"
#include "models/sourcesmodel.h"
#include "ui/mainwindow.h"
#include "ui/profilecolumndetails.h"
#include "ui/sourcespane.h"

#include "tests/engine/profilefixture.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QStackedWidget>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace miq;

namespace {

// A CSV with `rows` rows: id, name, email (every 10th missing), signup date, amount.
void writeCsv(const QString &path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray data = "id,name,email,signup,amount\n";
    for (int i = 1; i <= rows; ++i) {
        data += QByteArray::number(i) + ",Name " + QByteArray::number(i % 97) + ',';
        if (i % 10 != 0)
            data += "user" + QByteArray::number(i) + "@example.com";
        data += ',' + QDate(2020, 1, 1).addDays(i % 1500).toString(Qt::ISODate).toLatin1() + ',' +
                QByteArray::number(i % 1000) + '.' + QByteArray::number(i % 100) + '\n';
        if (data.size() > (1 << 20)) {
            f.write(data);
            data.clear();
        }
    }
    f.write(data);
}

} // namespace

class tst_ProfilePane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void profilesTheStreamAndSavesIt();
    void sampleReadsTheFirstRows();
    void cancelStopsTheRun();
    void historyLoadsAndComparesSavedProfiles();
    void columnsTabShowsTheSelectedColumn();
    void exportsHtmlAndJson();
    void noWorkspaceNothingToStart();
    void sourcesPaneAsksToProfileAStream();
    void mainWindowHasAProfilesPane();

private:
    void chooseStream();
    QString streamName() const { return QFileInfo(m_csv).completeBaseName(); } // a file's stream: its base name

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SourcesModel> m_sources;
    std::unique_ptr<ProfilePane> m_pane;
    qint64 m_source = 0;
    QString m_csv;
};

void tst_ProfilePane::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ProfilePane::init()
{
    const QString name = QString::fromLatin1(QTest::currentTestFunction());
    m_csv = m_dir.filePath(name + QStringLiteral(".csv"));
    writeCsv(m_csv, name == QLatin1String("cancelStopsTheRun") ? 300'000 : 500);
    auto ws = Workspace::open(m_dir.filePath(name + QStringLiteral(".miq")));
    QVERIFY2(ws.ok(), qPrintable(ws.error()));
    m_workspace = std::move(*ws);
    SourceRecord s;
    s.name = QStringLiteral("People");
    s.typeId = QStringLiteral("csv");
    s.settings.insert(QStringLiteral("path"), m_csv);
    m_source = *m_workspace->addSource(s);
    m_sources = std::make_unique<SourcesModel>();
    QVERIFY(m_sources->setWorkspace(m_workspace.get()).ok());
    m_store = std::make_unique<ProfileStore>(m_workspace.get());
    m_pane = std::make_unique<ProfilePane>(m_sources.get());
    m_pane->setStore(m_store.get());
    m_pane->resize(1300, 800);
    m_pane->show();
}

void tst_ProfilePane::cleanup()
{
    if (m_pane && m_pane->isProfiling()) {
        QSignalSpy finished(m_pane.get(), &ProfilePane::profilingFinished);
        m_pane->cancelProfiling();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    }
    m_pane.reset();
    m_store.reset();
    m_sources.reset();
    m_workspace.reset();
}

void tst_ProfilePane::chooseStream()
{
    const QString stream = streamName();
    m_pane->selectStream(m_source, stream);
    QTRY_COMPARE(m_pane->currentStream(), stream); // streams are discovered in the background
    QCOMPARE(m_pane->currentSourceId(), m_source);
    QVERIFY(m_pane->startAction()->isEnabled());
}

void tst_ProfilePane::profilesTheStreamAndSavesIt()
{
    chooseStream();
    QCOMPARE(m_pane->historyModel()->rowCount(), 0);
    QSignalSpy finished(m_pane.get(), &ProfilePane::profilingFinished);
    m_pane->startAction()->trigger();
    QVERIFY(m_pane->isProfiling());
    QVERIFY(!m_pane->startAction()->isEnabled());
    QVERIFY(m_pane->cancelAction()->isEnabled());
    QVERIFY(m_pane->findChild<QProgressBar *>(QStringLiteral("profileProgress"))->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);

    const qint64 id = finished.first().at(0).toLongLong();
    QVERIFY2(id > 0, qPrintable(finished.first().at(1).toString()));
    QVERIFY(finished.first().at(1).toString().contains(QLatin1String("500 rows")));
    QVERIFY(!m_pane->isProfiling());
    QVERIFY(!m_pane->findChild<QProgressBar *>(QStringLiteral("profileProgress"))->isVisible());
    // Saved in the workspace, listed, and shown.
    QCOMPARE(m_pane->historyModel()->rowCount(), 1);
    QCOMPARE(m_pane->historyModel()->index(0, 0).data(ProfileHistoryModel::IdRole).toLongLong(), id);
    QCOMPARE(m_pane->currentProfileId(), id);
    QCOMPARE(m_pane->currentProfile()->rows, 500);
    QCOMPARE(m_pane->currentProfile()->sampled, false);
    QCOMPARE(m_pane->columnsModel()->rowCount(), 5);
    const auto saved = m_store->load(id);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(saved->rows, 500);
    QCOMPARE(saved->sourceName, QStringLiteral("People"));
    const auto email = m_pane->columnsModel()->indexForName(QStringLiteral("email"), ProfileColumnsModel::CompletenessColumn);
    QCOMPARE(email.data(ProfileColumnsModel::CompletenessRole).toDouble(), 0.9);
    QVERIFY(m_pane->exportHtmlAction()->isEnabled());
}

void tst_ProfilePane::sampleReadsTheFirstRows()
{
    chooseStream();
    m_pane->setSampleRows(120);
    QSignalSpy finished(m_pane.get(), &ProfilePane::profilingFinished);
    m_pane->startAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QVERIFY(finished.first().at(0).toLongLong() > 0);
    QCOMPARE(m_pane->currentProfile()->rows, 120);
    QVERIFY(m_pane->currentProfile()->sampled);
    QCOMPARE(m_pane->historyModel()->index(0, ProfileHistoryModel::ScopeColumn).data().toString(), QStringLiteral("Sample"));
}

void tst_ProfilePane::cancelStopsTheRun()
{
    chooseStream();
    QSignalSpy finished(m_pane.get(), &ProfilePane::profilingFinished);
    m_pane->startAction()->trigger();
    m_pane->cancelAction()->trigger(); // 300,000 rows: the worker is still on its first batches
    QVERIFY(!m_pane->cancelAction()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(finished.first().at(0).toLongLong(), 0);
    QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("cancelled")),
             qPrintable(finished.first().at(1).toString()));
    QCOMPARE(m_pane->historyModel()->rowCount(), 0); // nothing saved
    QVERIFY(m_pane->startAction()->isEnabled());
}

void tst_ProfilePane::historyLoadsAndComparesSavedProfiles()
{
    const QString stream = streamName();
    DatasetProfile older = testing::sampleProfile(1000, 10);
    older.profiledAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), QTimeZone::utc());
    DatasetProfile newer = testing::sampleProfile(1000, 300);
    newer.profiledAt = QDateTime(QDate(2026, 1, 2), QTime(9, 0), QTimeZone::utc());
    const qint64 olderId = *m_store->save({m_source, QString(), stream}, older);
    const qint64 newerId = *m_store->save({m_source, QString(), stream}, newer);

    QSignalSpy shown(m_pane.get(), &ProfilePane::profileShown);
    chooseStream();
    QCOMPARE(m_pane->historyModel()->rowCount(), 2);
    // The newest is selected and loaded in the background.
    QTRY_COMPARE(m_pane->currentProfileId(), newerId);
    QVERIFY(!shown.isEmpty());
    QCOMPARE(m_pane->currentProfile()->columns[1].nulls, 300);

    QSignalSpy compared(m_pane.get(), &ProfilePane::comparisonShown);
    auto *history = m_pane->findChild<QTreeView *>(QStringLiteral("profileHistory"));
    history->selectAll();
    QVERIFY(m_pane->compareAction()->isEnabled());
    QTRY_VERIFY(!compared.isEmpty());
    QCOMPARE(compared.first().at(0).toLongLong(), olderId);
    QCOMPARE(compared.first().at(1).toLongLong(), newerId);
    ProfileFindingsModel *findings = m_pane->findingsModel();
    QVERIFY(findings->rowCount() > 0);
    QCOMPARE(findings->index(0, ProfileFindingsModel::ChangeColumn).data().toString(),
             QStringLiteral("Missing values in 'email': 1.2% → 30.2% (+29.0 points)"));
    QCOMPARE(m_pane->findChild<QTabWidget *>(QStringLiteral("profileTabs"))->currentIndex(), 2);

    // Back to one: the older profile is shown (from the cache: no second load needed).
    history->setCurrentIndex(history->model()->index(1, 0));
    QTRY_COMPARE(m_pane->currentProfileId(), olderId);
    QCOMPARE(m_pane->currentProfile()->columns[1].nulls, 10);
}

void tst_ProfilePane::columnsTabShowsTheSelectedColumn()
{
    const QString stream = streamName();
    const qint64 id = *m_store->save({m_source, QString(), stream}, testing::sampleProfile());
    chooseStream();
    QTRY_COMPARE(m_pane->currentProfileId(), id);
    auto *columns = m_pane->findChild<QTreeView *>(QStringLiteral("profileColumns"));
    QCOMPARE(m_pane->columnDetails()->columnName(), QStringLiteral("id")); // the first column to start with
    columns->setCurrentIndex(columns->model()->index(2, 0));
    QCOMPARE(m_pane->columnDetails()->columnName(), QStringLiteral("signup"));
}

void tst_ProfilePane::exportsHtmlAndJson()
{
    const QString stream = streamName();
    const qint64 id = *m_store->save({m_source, QString(), stream}, testing::sampleProfile());
    chooseStream();
    QTRY_COMPARE(m_pane->currentProfileId(), id);
    QSignalSpy exported(m_pane.get(), &ProfilePane::exportFinished);
    const QString html = m_dir.filePath(QStringLiteral("report.html"));
    const QString json = m_dir.filePath(QStringLiteral("report.json"));
    m_pane->exportProfile(html, ProfilePane::ExportFormat::Html);
    m_pane->exportProfile(json, ProfilePane::ExportFormat::Json);
    QTRY_COMPARE(exported.count(), 2);
    QVERIFY(exported.at(0).at(1).toBool() && exported.at(1).at(1).toBool());
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QByteArray page = htmlFile.readAll();
    QVERIFY(page.startsWith("<!DOCTYPE html>"));
    QVERIFY(page.contains("<svg "));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(jsonFile.readAll()).object().value(QStringLiteral("rows")).toInt(), 1000);
}

void tst_ProfilePane::noWorkspaceNothingToStart()
{
    m_pane->setStore(nullptr);
    QVERIFY(!m_pane->startAction()->isEnabled());
    QVERIFY(!m_pane->exportHtmlAction()->isEnabled());
    QCOMPARE(m_pane->historyModel()->rowCount(), 0);
    QVERIFY(m_pane->currentProfile() == nullptr);
}

void tst_ProfilePane::sourcesPaneAsksToProfileAStream()
{
    SourcesPane sources(m_sources.get());
    sources.show();
    sources.selectSource(m_source);
    auto *streams = sources.findChild<QTreeView *>(QStringLiteral("streamView"));
    QTRY_COMPARE(streams->model()->rowCount(), 1);
    streams->setCurrentIndex(streams->model()->index(0, 0));
    QVERIFY(streams->actions().contains(sources.profileAction())); // in the stream's context menu
    QSignalSpy requested(&sources, &SourcesPane::profileRequested);
    sources.profileAction()->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toLongLong(), m_source);
    QCOMPARE(requested.first().at(1).toString(), streamName());
}

void tst_ProfilePane::mainWindowHasAProfilesPane()
{
    const QString path = m_workspace->path();
    MainWindow window;
    QVERIFY(window.openWorkspace(path));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(navigation->count(), 3);
    QCOMPARE(navigation->item(2)->text(), QStringLiteral("Profiles"));
    window.showProfiles(m_source, streamName());
    QCOMPARE(navigation->currentRow(), 2);
    QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), window.profilePane());
    QTRY_COMPARE(window.profilePane()->currentStream(), streamName());
    QVERIFY(window.profilePane()->startAction()->isEnabled());
}

QTEST_MAIN(tst_ProfilePane)
#include "tst_profilepane.moc"
