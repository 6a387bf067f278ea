#include "models/sourcesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace miq;

class tst_SourcesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsSourcesSortedByName();
    void addInsertsAtSortedPosition();
    void renameMovesRow();
    void removeDeletesRow();
    void statusRoles();
    void searchTextCoversSettings();
    void emptyWithoutWorkspace();

private:
    SourceRecord source(const QString &name, const QString &type = QStringLiteral("csv"))
    {
        SourceRecord s;
        s.name = name;
        s.typeId = type;
        s.settings.insert(QStringLiteral("path"), QStringLiteral("/data/%1.csv").arg(name));
        return s;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SourcesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_SourcesModel::init()
{
    auto ws = Workspace::open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".miq")));
    QVERIFY2(ws.ok(), qPrintable(ws.error()));
    m_workspace = std::move(*ws);
    QVERIFY(m_workspace->addSource(source(QStringLiteral("charlie"))).ok());
    QVERIFY(m_workspace->addSource(source(QStringLiteral("Alpha"), QStringLiteral("json"))).ok());
    m_model = std::make_unique<SourcesModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_model->setWorkspace(m_workspace.get()).ok());
}

void tst_SourcesModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_workspace.reset();
}

void tst_SourcesModel::listsSourcesSortedByName()
{
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(SourcesModel::ColumnCount));
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("Alpha"));
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("charlie"));
    QCOMPARE(m_model->index(0, 0).data(SourcesModel::TypeIdRole).toString(), QStringLiteral("json"));
    QVERIFY(!m_model->index(0, SourcesModel::TypeColumn).data().toString().isEmpty());
    QVERIFY(!m_model->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(m_model->headerData(SourcesModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));
}

void tst_SourcesModel::addInsertsAtSortedPosition()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    auto id = m_model->addSource(source(QStringLiteral("bravo")));
    QVERIFY(id.ok());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(m_model->indexForId(*id).row(), 1);
    QCOMPARE(m_model->sourceForId(*id)->name, QStringLiteral("bravo"));
    // Persisted, not only in the model.
    QVERIFY(m_workspace->sourceByName(QStringLiteral("bravo")).ok());

    auto duplicate = m_model->addSource(source(QStringLiteral("BRAVO")));
    QVERIFY(!duplicate.ok());
    QCOMPARE(m_model->rowCount(), 3);
}

void tst_SourcesModel::renameMovesRow()
{
    const qint64 id = m_model->index(0, 0).data(SourcesModel::IdRole).toLongLong();
    QPersistentModelIndex persistent = m_model->index(0, 0);
    SourceRecord renamed = *m_model->sourceForId(id);
    renamed.name = QStringLiteral("zulu");
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QVERIFY(m_model->updateSource(renamed).ok());
    QCOMPARE(moved.count(), 1);
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("zulu"));
    QCOMPARE(persistent.row(), 1); // selections follow the row
    QCOMPARE(m_model->indexForId(id).row(), 1);

    renamed.name = QStringLiteral("Zulu"); // same position: only dataChanged
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->updateSource(renamed).ok());
    QCOMPARE(moved.count(), 1);
    QCOMPARE(changed.count(), 1);
}

void tst_SourcesModel::removeDeletesRow()
{
    const qint64 id = m_model->index(1, 0).data(SourcesModel::IdRole).toLongLong();
    QVERIFY(m_model->removeSource(id).ok());
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(!m_model->indexForId(id).isValid());
    QVERIFY(!m_workspace->source(id).ok());
    QVERIFY(!m_model->removeSource(id).ok());
}

void tst_SourcesModel::statusRoles()
{
    const qint64 id = m_model->index(1, 0).data(SourcesModel::IdRole).toLongLong();
    QCOMPARE(m_model->index(1, 0).data(SourcesModel::StatusRole).toInt(), int(SourceRecord::Status::Untested));
    QVERIFY(m_model->setStatus(id, SourceRecord::Status::Failing, QStringLiteral("file is gone")).ok());
    const QModelIndex status = m_model->indexForId(id, SourcesModel::StatusColumn);
    QCOMPARE(status.data(SourcesModel::StatusRole).toInt(), int(SourceRecord::Status::Failing));
    QCOMPARE(status.data(SourcesModel::StatusMessageRole).toString(), QStringLiteral("file is gone"));
    QCOMPARE(status.data().toString(), QStringLiteral("failing"));
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("file is gone")));
    QCOMPARE(m_workspace->source(id)->status, SourceRecord::Status::Failing);
}

void tst_SourcesModel::searchTextCoversSettings()
{
    const QString text = m_model->index(1, 0).data(SourcesModel::SearchTextRole).toString();
    QVERIFY(text.contains(QStringLiteral("charlie")));
    QVERIFY(text.contains(QStringLiteral("/data/charlie.csv")));
}

void tst_SourcesModel::emptyWithoutWorkspace()
{
    QVERIFY(m_model->setWorkspace(nullptr).ok());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->addSource(source(QStringLiteral("x"))).ok());
}

QTEST_MAIN(tst_SourcesModel)
#include "tst_sourcesmodel.moc"
