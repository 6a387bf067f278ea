#include "models/streamsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace miq;

class tst_StreamsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeOfStreamsAndColumns();
};

void tst_StreamsModel::treeOfStreamsAndColumns()
{
    StreamsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    StreamInfo table;
    table.name = QStringLiteral("public.orders");
    table.kind = StreamInfo::Kind::Table;
    table.rowEstimate = 1200;
    table.columns = {{QStringLiteral("id"), ColumnType::Int64, QStringLiteral("bigint"), false, true},
                     {QStringLiteral("total"), ColumnType::Decimal, QStringLiteral("numeric(10,2)"), true, false}};
    StreamInfo view;
    view.name = QStringLiteral("public.v");
    view.kind = StreamInfo::Kind::View;
    model.setStreams({table, view});

    QCOMPARE(model.rowCount(), 2);
    const QModelIndex orders = model.index(0, 0);
    QCOMPARE(orders.data().toString(), QStringLiteral("public.orders"));
    QCOMPARE(model.index(0, StreamsModel::TypeColumn).data().toString(), QStringLiteral("table"));
    QVERIFY(model.index(0, StreamsModel::DetailColumn).data().toString().contains(QStringLiteral("2 column")));
    QCOMPARE(model.rowCount(orders), 2);
    const QModelIndex id = model.index(0, 0, orders);
    QCOMPARE(id.parent(), orders);
    QCOMPARE(id.data().toString(), QStringLiteral("id"));
    QCOMPARE(id.data(StreamsModel::StreamNameRole).toString(), QStringLiteral("public.orders"));
    QVERIFY(!id.data(StreamsModel::IsStreamRole).toBool());
    QVERIFY(orders.data(StreamsModel::IsStreamRole).toBool());
    QCOMPARE(model.index(0, StreamsModel::TypeColumn, orders).data().toString(), QStringLiteral("integer"));
    QVERIFY(model.index(0, StreamsModel::DetailColumn, orders).data().toString().contains(QStringLiteral("primary key")));
    QCOMPARE(model.rowCount(id), 0);
    QCOMPARE(model.indexForStream(QStringLiteral("public.v")).row(), 1);
    QVERIFY(!model.indexForStream(QStringLiteral("nope")).isValid());

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_StreamsModel)
#include "tst_streamsmodel.moc"
