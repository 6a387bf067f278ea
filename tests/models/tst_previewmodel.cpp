#include "models/previewmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace miq;

class tst_PreviewModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsCellsAndNulls();
};

void tst_PreviewModel::showsCellsAndNulls()
{
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PreviewData data;
    data.stream = QStringLiteral("s");
    data.columns = {QStringLiteral("a"), QStringLiteral("b")};
    data.columnTypes = {QStringLiteral("string"), QStringLiteral("integer")};
    data.rows = {{QStringLiteral("x\ny"), QString()}, {QString(600, QLatin1Char('z')), QStringLiteral("7")}};
    data.nulls = {{false, true}, {false, false}};
    model.setPreview(data);

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("b"));
    QVERIFY(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("integer")));
    QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("x\u21b5y")); // newline shown, not wrapped
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("NULL"));
    QVERIFY(model.index(0, 1).data(PreviewModel::IsNullRole).toBool());
    QVERIFY(!model.index(1, 1).data(PreviewModel::IsNullRole).toBool());
    QCOMPARE(model.index(1, 0).data().toString().size(), 501); // cut with an ellipsis
    QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString().size(), 600);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

QTEST_MAIN(tst_PreviewModel)
#include "tst_previewmodel.moc"
