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
    void decimalScaleDoesNotMatter();
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

// A database pads decimals to the column's scale: "1.5" read back as "1.50" is the same value.
void tst_Checksum::decimalScaleDoesNotMatter()
{
    const auto sumOf = [](const QList<const char *> &values) {
        RecordBatch b;
        b.reset(std::make_shared<Schema>(Schema{{QStringLiteral("amount"), ColumnType::Decimal}}));
        for (const char *v : values) {
            b.columns[0].appendText(v);
            ++b.rowCount;
        }
        TableChecksum sum(1);
        sum.add(b);
        return sum;
    };
    QCOMPARE(sumOf({"1.5", "-0", "12", "0.25"}), sumOf({"1.50", "0.00", "12.000", "0.250"}));
    QVERIFY(sumOf({"1.5"}) != sumOf({"15"}));
    QVERIFY(sumOf({"100"}) != sumOf({"1"})); // zeros before the point are digits, not scale
}

QTEST_GUILESS_MAIN(tst_Checksum)
#include "tst_checksum.moc"
