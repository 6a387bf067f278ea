#include "connectors/csv/csvsniffer.h"

#include <QTest>

using namespace miq;

class tst_CsvSniffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sniff_data();
    void sniff();
    void overrides();
    void cutSample();
};

void tst_CsvSniffer::sniff_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<char>("quote");
    QTest::addColumn<bool>("header");
    QTest::addColumn<int>("columns");

    QTest::newRow("comma with header")
        << QByteArray("id,name,amount\n1,Alice,3.5\n2,Bob,4\n") << ',' << '"' << true << 3;
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("name;price;qty\nCafé;1,50;3\nTee;2,25;10\n\"Mix; gemischt\";0,99;1\n") << ';' << '"'
        << true << 3;
    QTest::newRow("tab with commas in text")
        << QByteArray("id\tcity\n1\tSan Francisco, CA\n2\tParis\n") << '\t' << '"' << true << 2;
    QTest::newRow("pipe") << QByteArray("sku|stock\nA-1|12\nB-2|0\n") << '|' << '"' << true << 2;
    QTest::newRow("quoted delimiters")
        << QByteArray("a,b\n\"x,y\",1\n\"z,w\",2\n") << ',' << '"' << true << 2;
    QTest::newRow("no header: numbers in first row")
        << QByteArray("1,Alice,3.5\n2,Bob,4.0\n") << ',' << '"' << false << 3;
    QTest::newRow("no header: repeated value")
        << QByteArray("red,small\nblue,large\nred,medium\n") << ',' << '"' << false << 2;
    QTest::newRow("header above dates")
        << QByteArray("when,what\n2024-01-02,x\n2024-02-03,y\n") << ',' << '"' << true << 2;
    QTest::newRow("header above booleans")
        << QByteArray("name,active\nA,true\nB,FALSE\n") << ',' << '"' << true << 2;
    QTest::newRow("unnamed index column")
        << QByteArray(",name,amount\n0,Alice,3\n1,Bob,4\n") << ',' << '"' << true << 3;
    QTest::newRow("duplicate names are no header") << QByteArray("a,a\n1,2\n") << ',' << '"' << false << 2;
    QTest::newRow("single quotes") << QByteArray("name,city\n'Smith, J',Rome\n'Doe, A',Oslo\n") << ',' << '\''
                                   << true << 2;
    QTest::newRow("apostrophes are not quotes")
        << QByteArray("name,city\nO'Brien,Dublin\nD'Angelo,Rome\n") << ',' << '"' << true << 2;
    QTest::newRow("one column") << QByteArray("name\nAlice\nBob\n") << ',' << '"' << true << 1;
    QTest::newRow("header only") << QByteArray("id;name;city\n") << ';' << '"' << true << 3;
    QTest::newRow("ragged rows keep the common count")
        << QByteArray("a,b,c\n1,2,3\n4,5\n6,7,8\n9,10,11,12\n") << ',' << '"' << true << 3;
    QTest::newRow("empty") << QByteArray() << ',' << '"' << true << 0;
}

void tst_CsvSniffer::sniff()
{
    QFETCH(QByteArray, sample);
    QFETCH(char, delimiter);
    QFETCH(char, quote);
    QFETCH(bool, header);
    QFETCH(int, columns);

    const CsvSniffResult result =
        CsvSniffer::sniff(std::string_view(sample.constData(), std::size_t(sample.size())), true);
    QCOMPARE(result.delimiter, delimiter);
    QCOMPARE(result.quote, quote);
    QCOMPARE(result.header, header);
    QCOMPARE(result.columnCount, columns);
    QVERIFY(result.wholeInput);
}

void tst_CsvSniffer::overrides()
{
    // Semicolons win on their own (equally consistent, more fields); the user said comma.
    const QByteArray sample("a;b;c,d\ne;f;g,h\n");
    const std::string_view view(sample.constData(), std::size_t(sample.size()));
    QCOMPARE(CsvSniffer::sniff(view, true).delimiter, ';');
    CsvSniffOverrides overrides;
    overrides.delimiter = ',';
    overrides.header = false;
    overrides.quote = char(0);
    const CsvSniffResult result = CsvSniffer::sniff(view, true, overrides);
    QCOMPARE(result.delimiter, ',');
    QCOMPARE(result.header, false);
    QCOMPARE(result.quote, char(0));
    QCOMPARE(result.columnCount, 2);
}

void tst_CsvSniffer::cutSample()
{
    // A sample that ends mid-record: only complete records count.
    const QByteArray sample("id,name\n1,Alice\n2,Bo");
    const CsvSniffResult result =
        CsvSniffer::sniff(std::string_view(sample.constData(), std::size_t(sample.size())), false);
    QCOMPARE(result.records, qint64(2));
    QCOMPARE(result.recordBytes, qsizetype(16));
    QVERIFY(!result.wholeInput);
    QCOMPARE(result.header, true);
}

QTEST_APPLESS_MAIN(tst_CsvSniffer)
#include "tst_csvsniffer.moc"
