#include "engine/memorysecretstore.h"
#include "engine/sourcesecrets.h"
#include "engine/workspace.h"
#include "models/sourcesmodel.h"
#include "ui/sourcedialog.h"
#include "ui/sourcespane.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace miq;

class tst_SourcesPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void browsesStreamsAndPreviewsRows();
    void filterBoxFiltersSources();
    void testActionRecordsStatus();
    void failingSourceShowsMessage();
    void removeAsksAndDeletes();
    void duplicateCopiesSecrets();
    void dialogValidatesAsYouType();

private:
    qint64 addJson(const QString &name, const QString &path);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SourcesModel> m_model;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<SourceSecrets> m_secrets;
    std::unique_ptr<SourcesPane> m_pane;
    QString m_jsonPath;
};

qint64 tst_SourcesPane::addJson(const QString &name, const QString &path)
{
    SourceRecord s;
    s.name = name;
    s.typeId = QStringLiteral("json");
    s.settings.insert(QStringLiteral("path"), path);
    auto id = m_model->addSource(s);
    if (!id.ok())
        qFatal("%s", qPrintable(id.error()));
    return *id;
}

void tst_SourcesPane::init()
{
    m_jsonPath = m_dir.filePath(QStringLiteral("people.ndjson"));
    QFile f(m_jsonPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"id\": 1, \"name\": \"Ana\", \"city\": {\"name\": \"Lisbon\"}}\n"
            "{\"id\": 2, \"name\": \"\", \"city\": null}\n"
            "{\"id\": 3, \"name\": \"Chlo\xc3\xa9\"}\n");
    f.close();
    auto ws = Workspace::open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".miq")));
    QVERIFY2(ws.ok(), qPrintable(ws.error()));
    m_workspace = std::move(*ws);
    m_model = std::make_unique<SourcesModel>();
    QVERIFY(m_model->setWorkspace(m_workspace.get()).ok());
    m_store = std::make_unique<MemorySecretStore>();
    m_secrets = std::make_unique<SourceSecrets>(m_store.get(), m_workspace->id());
    m_pane = std::make_unique<SourcesPane>(m_model.get());
    m_pane->setSecrets(m_secrets.get());
    m_pane->resize(1000, 700);
    m_pane->show();
}

void tst_SourcesPane::cleanup()
{
    m_pane.reset();
    m_secrets.reset();
    m_store.reset();
    m_model.reset();
    m_workspace.reset();
}

void tst_SourcesPane::browsesStreamsAndPreviewsRows()
{
    const qint64 id = addJson(QStringLiteral("People"), m_jsonPath);
    m_pane->selectSource(id);
    auto *streams = m_pane->findChild<QTreeView *>(QStringLiteral("streamView"));
    auto *preview = m_pane->findChild<QTableView *>(QStringLiteral("previewView"));
    QVERIFY(streams && preview);
    QTRY_COMPARE(streams->model()->rowCount(), 1);
    QCOMPARE(streams->model()->index(0, 0).data().toString(), QStringLiteral("people"));
    QTRY_COMPARE(preview->model()->rowCount(), 3);
    // "city" is an object in one record and null in another: both shapes get a column.
    QCOMPARE(preview->model()->columnCount(), 4);
    QCOMPARE(preview->model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("city.name"));
    QCOMPARE(preview->model()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("city"));
    QCOMPARE(preview->model()->index(0, 2).data().toString(), QStringLiteral("Lisbon"));
    QCOMPARE(preview->model()->index(1, 1).data().toString(), QString()); // empty, not null
    QCOMPARE(preview->model()->index(1, 2).data().toString(), QStringLiteral("NULL"));
    QCOMPARE(preview->model()->index(1, 3).data().toString(), QStringLiteral("NULL"));
    QCOMPARE(preview->model()->index(2, 1).data().toString(), QStringLiteral("Chlo\u00e9"));
    auto *title = m_pane->findChild<QLabel *>(QStringLiteral("previewTitle"));
    QVERIFY(title->text().contains(QStringLiteral("3 row")));
}

void tst_SourcesPane::filterBoxFiltersSources()
{
    addJson(QStringLiteral("People"), m_jsonPath);
    addJson(QStringLiteral("Orders"), m_dir.filePath(QStringLiteral("orders.json")));
    auto *view = m_pane->findChild<QTreeView *>(QStringLiteral("sourceView"));
    auto *filter = m_pane->findChild<QLineEdit *>(QStringLiteral("sourceFilter"));
    QCOMPARE(view->model()->rowCount(), 2);
    QTest::keyClicks(filter, QStringLiteral("peo"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("People"));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("orders.json")); // settings are searched too
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Orders"));
}

void tst_SourcesPane::testActionRecordsStatus()
{
    const qint64 id = addJson(QStringLiteral("People"), m_jsonPath);
    m_pane->selectSource(id);
    QVERIFY(m_pane->testAction()->isEnabled());
    m_pane->testAction()->trigger();
    QTRY_COMPARE(m_model->sourceForId(id)->status, SourceRecord::Status::Ok);
    QVERIFY(m_model->sourceForId(id)->statusMessage.contains(QStringLiteral("column")));
    QCOMPARE(m_workspace->source(id)->status, SourceRecord::Status::Ok);
}

void tst_SourcesPane::failingSourceShowsMessage()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.json"));
    const qint64 id = addJson(QStringLiteral("Gone"), missing);
    m_pane->selectSource(id);
    m_pane->testAction()->trigger();
    QTRY_COMPARE(m_model->sourceForId(id)->status, SourceRecord::Status::Failing);
    QVERIFY2(m_model->sourceForId(id)->statusMessage.contains(QStringLiteral("missing.json")),
             qPrintable(m_model->sourceForId(id)->statusMessage));
    auto *status = m_pane->findChild<QLabel *>(QStringLiteral("sourceStatus"));
    QTRY_VERIFY(status->text().contains(QStringLiteral("missing.json")));
}

void tst_SourcesPane::removeAsksAndDeletes()
{
    const qint64 id = addJson(QStringLiteral("People"), m_jsonPath);
    QVERIFY(m_secrets->saveBlocking(id, {{QStringLiteral("token"), QStringLiteral("s3cr3t")}}).ok());
    m_pane->selectSource(id);

    // First answer Cancel: nothing changes.
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("People")));
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
    QVERIFY(!m_workspace->source(id).ok());
    // Its secrets went with it.
    auto secrets = m_store->readBlocking(SourceSecrets::keyFor(m_workspace->id(), id));
    QVERIFY(secrets.ok());
    QVERIFY(!secrets->has_value());
}

void tst_SourcesPane::duplicateCopiesSecrets()
{
    SourceRecord s;
    s.name = QStringLiteral("People");
    s.typeId = QStringLiteral("json");
    s.settings.insert(QStringLiteral("path"), m_jsonPath);
    s.secretKeys = {QStringLiteral("token")};
    const qint64 id = *m_model->addSource(s);
    QVERIFY(m_secrets->saveBlocking(id, {{QStringLiteral("token"), QStringLiteral("abc")}}).ok());
    m_pane->selectSource(id);
    m_pane->duplicateAction()->trigger();
    QTRY_COMPARE(m_model->rowCount(), 2);
    auto copy = m_workspace->sourceByName(QStringLiteral("People (copy)"));
    QVERIFY(copy.ok());
    QCOMPARE(copy->settings, s.settings);
    QTRY_COMPARE(m_secrets->loadBlocking(copy->id)->value(QStringLiteral("token")), QStringLiteral("abc"));
    QCOMPARE(m_pane->currentSourceId(), copy->id);
}

void tst_SourcesPane::dialogValidatesAsYouType()
{
    addJson(QStringLiteral("Taken"), m_jsonPath);
    SourceRecord fresh;
    fresh.typeId = QStringLiteral("json");
    SourceDialog dialog(fresh, {}, [this](const QString &name) { return m_workspace->sourceByName(name).ok(); });
    dialog.show();
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
    auto *problems = dialog.findChild<QLabel *>(QStringLiteral("problems"));
    QVERIFY(save && name && problems);
    QVERIFY(!save->isEnabled());

    QTest::keyClicks(name, QStringLiteral("taken"));
    QVERIFY(problems->text().contains(QStringLiteral("already named")));
    QVERIFY(!save->isEnabled());

    name->clear();
    QTest::keyClicks(name, QStringLiteral("Fresh"));
    QVERIFY(!save->isEnabled()); // the path is still missing
    auto *path = dialog.findChild<QWidget *>(QStringLiteral("path"))->findChild<QLineEdit *>();
    QVERIFY(path);
    QTest::keyClicks(path, m_jsonPath);
    QVERIFY2(save->isEnabled(), qPrintable(problems->text()));
    QCOMPARE(dialog.source().name, QStringLiteral("Fresh"));
    QCOMPARE(dialog.source().settings.value(QStringLiteral("path")).toString(), m_jsonPath);

    auto *test = dialog.findChild<QPushButton *>(QStringLiteral("test"));
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("testResult"));
    test->click();
    QTRY_VERIFY2(result->text().startsWith(QStringLiteral("Connected")), qPrintable(result->text()));

    // Changing the type regenerates the form from the other connector's spec.
    auto *type = dialog.findChild<QComboBox *>(QStringLiteral("type"));
    type->setCurrentIndex(type->findData(QStringLiteral("postgres")));
    QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("host")));
    QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("path")));
}

QTEST_MAIN(tst_SourcesPane)
#include "tst_sourcespane.moc"
