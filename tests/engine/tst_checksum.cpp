#include "engine/sync/checksum.h"

#include <QTest>

using namespace miq;

namespace {

RecordBatch batchOf(const QList<std::pair<qint64, QString>> &rows)
{
    RecordBatch b;
    b.reset(std::make_shared<Schema>(Schema{{QStringLiteral("id"), ColumnType::Int64}, {QStringLiteral("name"), ColumnType::String}}));
    for (const auto &[id, name] : rows) {
        b.columns[0].appendInt(id);
        if (name.isNull())
            b.columns[1].appendNull();
        else
            b.columns[1].appendText(name.toStdString());
        ++b.rowCount;
    }
    return b;
}

} // namespace

class tst_Checksum : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderIndependent();
    void detectsChangedColumn();
    void nullDiffersFromEmpty();
    void swappedCellsDiffer();
    void jsonRoundTrip();
};

void tst_Checksum::orderIndependent()
{
    TableChecksum a(2), b(2);
    a.add(batchOf({{1, QStringLiteral("x")}, {2, QStringLiteral("y")}}));
    a.add(batchOf({{3, QStringLiteral("z")}}));
    b.add(batchOf({{3, QStringLiteral("z")}, {1, QStringLiteral("x")}}));
    b.add(batchOf({{2, QStringLiteral("y")}}));
    QCOMPARE(a.rows(), 3);
    QVERIFY(a == b);
    TableChecksum merged(2), part(2);
    merged.add(batchOf({{1, QStringLiteral("x")}}));
    part.add(batchOf({{2, QStringLiteral("y")}, {3, QStringLiteral("z")}}));
    merged.merge(part);
    QVERIFY(merged == a);
}

void tst_Checksum::detectsChangedColumn()
{
    TableChecksum a(2), b(2);
    a.add(batchOf({{1, QStringLiteral("x")}, {2, QStringLiteral("y")}}));
    b.add(batchOf({{1, QStringLiteral("x")}, {2, QStringLiteral("Y")}}));
    QVERIFY(!(a == b));
    QCOMPARE(a.differingColumns(b, {QStringLiteral("id"), QStringLiteral("name")}), QStringList{QStringLiteral("name")});
}

void tst_Checksum::nullDiffersFromEmpty()
{
    TableChecksum a(2), b(2);
    a.add(batchOf({{1, QString()}}));
    b.add(batchOf({{1, QStringLiteral("")}}));
    QVERIFY(!(a == b));
}

void tst_Checksum::swappedCellsDiffer()
{
    // Same multiset of column values, different rows: only the row sum can tell.
    TableChecksum a(2), b(2);
    a.add(batchOf({{1, QStringLiteral("x")}, {2, QStringLiteral("y")}}));
    b.add(batchOf({{1, QStringLiteral("y")}, {2, QStringLiteral("x")}}));
    QCOMPARE(a.columnSums(), b.columnSums());
    QVERIFY(a.rowSum() != b.rowSum());
}

void tst_Checksum::jsonRoundTrip()
{
    TableChecksum a(2);
    a.add(batchOf({{-5, QStringLiteral("\u00e9")}, {7, QString()}}));
    QVERIFY(TableChecksum::fromJson(a.toJson()) == a);
}

QTEST_GUILESS_MAIN(tst_Checksum)
#include "tst_checksum.moc"
