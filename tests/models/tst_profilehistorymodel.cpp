#include "models/profilehistorymodel.h"

#include "tests/engine/profilefixture.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace miq;

class tst_ProfileHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsTheStreamsProfilesNewestFirst();
    void followsTheSubjectAndReloads();
    void emptyWithoutStoreOrSubject();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ProfileStore> m_store;
    qint64 m_source = 0;
    QList<qint64> m_ids;
};

void tst_ProfileHistoryModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto ws = Workspace::open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".miq")));
    QVERIFY2(ws.ok(), qPrintable(ws.error()));
    m_workspace = std::move(*ws);
    SourceRecord s;
    s.name = QStringLiteral("Customers");
    s.typeId = QStringLiteral("csv");
    m_source = *m_workspace->addSource(s);
    m_store = std::make_unique<ProfileStore>(m_workspace.get());
    m_ids.clear();
    DatasetProfile p = testing::sampleProfile();
    for (int day = 1; day <= 3; ++day) {
        p.profiledAt = QDateTime(QDate(2026, 2, day), QTime(8, 30), QTimeZone::utc());
        p.rows = 1000 * day;
        p.sampled = day == 2;
        p.qualityOverall = 90 + day;
        m_ids << *m_store->save({m_source, QString(), p.stream}, p);
    }
    QVERIFY(m_store->save({m_source, QString(), QStringLiteral("other.csv")}, p).ok());
}

void tst_ProfileHistoryModel::cleanup()
{
    m_store.reset();
    m_workspace.reset();
}

void tst_ProfileHistoryModel::listsTheStreamsProfilesNewestFirst()
{
    ProfileHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setStore(m_store.get()).ok());
    QVERIFY(model.setSubject({m_source, QString(), QStringLiteral("customers.csv")}).ok());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data(ProfileHistoryModel::IdRole).toLongLong(), m_ids[2]);
    QCOMPARE(model.index(0, ProfileHistoryModel::RowsColumn).data().toString(), QStringLiteral("3,000"));
    QCOMPARE(model.index(1, ProfileHistoryModel::ScopeColumn).data().toString(), QStringLiteral("Sample"));
    QCOMPARE(model.index(0, ProfileHistoryModel::ScopeColumn).data().toString(), QStringLiteral("Full"));
    QCOMPARE(model.index(0, ProfileHistoryModel::QualityColumn).data().toString(), QStringLiteral("93"));
    QCOMPARE(model.index(0, ProfileHistoryModel::ColumnsColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.index(2, 0).data(ProfileHistoryModel::ProfiledAtRole).toDateTime(),
             QDateTime(QDate(2026, 2, 1), QTime(8, 30), QTimeZone::utc()));
    QCOMPARE(model.indexForId(m_ids[0]).row(), 2);
    QCOMPARE(model.recordForId(m_ids[1])->rows, 2000);
    QVERIFY(model.recordForId(4242) == nullptr);

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ProfileHistoryModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ProfileHistoryModel::RowsColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(ProfileHistoryModel::IdRole).toLongLong(), m_ids[0]);
}

void tst_ProfileHistoryModel::followsTheSubjectAndReloads()
{
    ProfileHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setStore(m_store.get()).ok());
    QVERIFY(model.setSubject({m_source, QString(), QStringLiteral("other.csv")}).ok());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(m_store->save({m_source, QString(), QStringLiteral("other.csv")}, testing::sampleProfile()).ok());
    QCOMPARE(model.rowCount(), 1); // not until asked
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(m_store->remove(model.index(0, 0).data(ProfileHistoryModel::IdRole).toLongLong()).ok());
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 1);
}

void tst_ProfileHistoryModel::emptyWithoutStoreOrSubject()
{
    ProfileHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setSubject({m_source, QString(), QStringLiteral("customers.csv")}).ok());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.setStore(m_store.get()).ok());
    QCOMPARE(model.rowCount(), 0); // a new store forgets the subject
    QVERIFY(model.setSubject({m_source, QString(), QStringLiteral("customers.csv")}).ok());
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.setStore(nullptr).ok());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_ProfileHistoryModel)
#include "tst_profilehistorymodel.moc"
