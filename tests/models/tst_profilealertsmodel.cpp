#include "models/profilealertsmodel.h"
#include "models/profilefindingsmodel.h"

#include "tests/engine/profilefixture.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using namespace miq;

// The two list models of the profiling pane: a profile's alerts and a comparison's findings.
class tst_ProfileAlertsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void listsAlerts();
    void listsFindings();
};

void tst_ProfileAlertsModel::listsAlerts()
{
    ProfileAlertsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DatasetProfile p = testing::sampleProfile();
    model.setAlerts(p.alerts);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, ProfileAlertsModel::KindColumn).data().toString(), QStringLiteral("Duplicate rows"));
    QCOMPARE(model.index(0, ProfileAlertsModel::ColumnColumn).data().toString(), QStringLiteral("(dataset)"));
    QCOMPARE(model.index(0, ProfileAlertsModel::MessageColumn).data().toString(), QStringLiteral("4 rows are exact duplicates."));
    QCOMPARE(model.index(2, 0).data(ProfileAlertsModel::KindIdRole).toString(), QStringLiteral("pii"));
    QCOMPARE(model.index(2, 0).data(ProfileAlertsModel::ProfileColumnRole).toString(), QStringLiteral("email"));
    QCOMPARE(model.index(2, 0).data(ProfileAlertsModel::KindRole).toInt(), int(ProfileAlert::Kind::Pii));
    model.setAlerts({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_ProfileAlertsModel::listsFindings()
{
    ProfileFindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DatasetProfile newer = testing::sampleProfile(1000, 400);
    newer.rows = 1200;
    const auto findings = ProfileComparison::compare(testing::sampleProfile(), newer);
    model.setFindings(findings);
    QCOMPARE(model.rowCount(), findings.size());
    QCOMPARE(model.index(0, ProfileFindingsModel::SeverityColumn).data().toString(), QStringLiteral("Critical"));
    QCOMPARE(model.index(0, ProfileFindingsModel::ColumnColumn).data().toString(), QStringLiteral("email"));
    QVERIFY(model.index(0, ProfileFindingsModel::ChangeColumn).data().toString().startsWith(QLatin1String("Missing values in 'email'")));
    QVERIFY(model.index(0, ProfileFindingsModel::SeverityColumn).data(Qt::ForegroundRole).value<QColor>().isValid());
    const int last = model.rowCount() - 1;
    QCOMPARE(model.index(last, 0).data(ProfileFindingsModel::SeverityRole).toInt(), int(ProfileFinding::Severity::Info));
    // The dataset's own findings (rows 1,000 -> 1,200) name no column.
    int rows = -1;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data(ProfileFindingsModel::KindRole).toInt() == int(ProfileFinding::Kind::RowsChanged))
            rows = row;
    QVERIFY(rows >= 0);
    QCOMPARE(model.index(rows, ProfileFindingsModel::ColumnColumn).data().toString(), QStringLiteral("(dataset)"));
    QCOMPARE(model.index(rows, ProfileFindingsModel::ChangeColumn).data().toString(),
             QStringLiteral("Rows: 1,000 → 1,200 (+20.0%)"));
}

QTEST_GUILESS_MAIN(tst_ProfileAlertsModel)
#include "tst_profilealertsmodel.moc"
