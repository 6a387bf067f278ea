#include "models/profilecolumnsmodel.h"

#include "tests/engine/profilefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace miq;

class tst_ProfileColumnsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsOneRowPerColumn();
    void completenessAndSorting();
    void alertsAndTooltips();
    void emptiesWithoutProfile();
};

void tst_ProfileColumnsModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ProfileColumnsModel::showsOneRowPerColumn()
{
    ProfileColumnsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setProfile(std::make_shared<const DatasetProfile>(testing::sampleProfile()));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ProfileColumnsModel::ColumnCount));
    QCOMPARE(model.index(0, ProfileColumnsModel::NameColumn).data().toString(), QStringLiteral("id"));
    QCOMPARE(model.index(0, ProfileColumnsModel::TypeColumn).data().toString(), QStringLiteral("Integer"));
    QCOMPARE(model.index(1, ProfileColumnsModel::TypeColumn).data().toString(), QStringLiteral("Text · E-mail address"));
    QCOMPARE(model.index(0, ProfileColumnsModel::DistinctColumn).data().toString(), QStringLiteral("1,000"));
    QCOMPARE(model.index(1, ProfileColumnsModel::DistinctColumn).data().toString(), QStringLiteral("≈ 975"));
    QCOMPARE(model.index(2, ProfileColumnsModel::QualityColumn).data().toString(), QStringLiteral("76.5"));
    QCOMPARE(model.index(2, 0).data(ProfileColumnsModel::ColumnIndexRole).toInt(), 2);
    QCOMPARE(model.indexForName(QStringLiteral("signup")).row(), 2);
    QVERIFY(!model.indexForName(QStringLiteral("nope")).isValid());
    QCOMPARE(model.column(1)->name, QStringLiteral("email"));
    QVERIFY(model.column(3) == nullptr);
    QCOMPARE(model.headerData(ProfileColumnsModel::CompletenessColumn, Qt::Horizontal).toString(), QStringLiteral("Complete"));
}

void tst_ProfileColumnsModel::completenessAndSorting()
{
    ProfileColumnsModel model;
    model.setProfile(std::make_shared<const DatasetProfile>(testing::sampleProfile(1000, 250)));
    const QModelIndex email = model.index(1, ProfileColumnsModel::CompletenessColumn);
    // Present = neither null nor blank: 250 nulls and 2 blanks of 1,000.
    QCOMPARE(email.data().toString(), QStringLiteral("74.8%"));
    QCOMPARE(email.data(ProfileColumnsModel::CompletenessRole).toDouble(), 0.748);
    QVERIFY(email.data(Qt::ToolTipRole).toString().contains(QLatin1String("250 null")));

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ProfileColumnsModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ProfileColumnsModel::CompletenessColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("email"));
    proxy.sort(ProfileColumnsModel::QualityColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("signup"));
    proxy.setFilterRole(ProfileColumnsModel::SearchTextRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("e-mail"));
    QCOMPARE(proxy.rowCount(), 1);
}

void tst_ProfileColumnsModel::alertsAndTooltips()
{
    ProfileColumnsModel model;
    model.setProfile(std::make_shared<const DatasetProfile>(testing::sampleProfile()));
    const QModelIndex alerts = model.index(2, ProfileColumnsModel::AlertsColumn);
    QCOMPARE(alerts.data().toString(), QStringLiteral("Mixed formats"));
    QCOMPARE(alerts.data(Qt::ToolTipRole).toString(), QStringLiteral("'signup' mixes 2 date formats."));
    QCOMPARE(alerts.data(ProfileColumnsModel::AlertCountRole).toInt(), 1);
    QVERIFY(model.index(1, ProfileColumnsModel::DistinctColumn).data(Qt::ToolTipRole).toString().contains(
        QLatin1String("HyperLogLog")));
}

void tst_ProfileColumnsModel::emptiesWithoutProfile()
{
    ProfileColumnsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfile(std::make_shared<const DatasetProfile>(testing::sampleProfile()));
    model.setProfile(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).data().isValid());
}

QTEST_GUILESS_MAIN(tst_ProfileColumnsModel)
#include "tst_profilecolumnsmodel.moc"
