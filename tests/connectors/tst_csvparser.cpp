#include "connectors/csv/csvparser.h"

#include "csvtesthelpers.h"

#include <QTest>

using namespace miq;
using miq::test::rows;
using miq::test::strings;

namespace {

struct Parsed
{
    QList<QStringList> records; // a blank line is an empty list
    QList<qint64> lines;        // 1-based line where each record starts
    QList<bool> unterminated;
};

// Feeds `input` to the parser `step` bytes at a time, keeping only the unconsumed tail like
// CsvReader does, so that every chunk boundary position is exercised with small steps.
Parsed parse(const QByteArray &input, qsizetype step, char delimiter, char quote)
{
    CsvParser parser(delimiter, quote);
    Parsed parsed;
    std::string buffer;
    std::string scratch;
    qsizetype pos = 0;
    qsizetype fed = 0;
    qint64 line = 1;
    for (int guard = 0; guard < 100000; ++guard) {
        const bool atEof = fed == input.size();
        const auto status = parser.next(buffer.data() + pos, qsizetype(buffer.size()) - pos, atEof);
        if (status == CsvParser::Status::End)
            return parsed;
        if (status == CsvParser::Status::NeedMore) {
            buffer.erase(0, std::size_t(pos));
            pos = 0;
            const qsizetype n = std::min(step, input.size() - fed);
            buffer.append(input.constData() + fed, std::size_t(n));
            fed += n;
            continue;
        }
        const CsvRecord &record = parser.record();
        QStringList fields;
        if (!record.isBlank()) {
            for (const CsvField &f : record.fields) {
                const std::string_view text = parser.fieldText(buffer.data() + pos, f, scratch);
                fields << QString::fromUtf8(text.data(), qsizetype(text.size()));
            }
        }
        parsed.records << fields;
        parsed.lines << line;
        parsed.unterminated << record.unterminatedQuote;
        line += record.lineBreaks + (record.terminated ? 1 : 0);
        pos += record.length;
    }
    qFatal("parser did not finish");
}

} // namespace

class tst_CsvParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void unterminatedQuote();
    void escapedFieldText();
};

void tst_CsvParser::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<char>("quote");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::addColumn<QList<qint64>>("lines");

    using Lines = QList<qint64>;
    const char c = ',';
    const char q = '"';
    QTest::newRow("simple") << QByteArray("a,b,c\n1,2,3\n") << c << q
                            << rows({{"a", "b", "c"}, {"1", "2", "3"}}) << Lines{1, 2};
    QTest::newRow("no final line break")
        << QByteArray("a,b\n1,2") << c << q << rows({{"a", "b"}, {"1", "2"}}) << Lines{1, 2};
    QTest::newRow("empty input") << QByteArray() << c << q << rows({}) << Lines{};
    QTest::newRow("quoted delimiter")
        << QByteArray("\"a,b\",c\n") << c << q << rows({{"a,b", "c"}}) << Lines{1};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << c << q
                                    << rows({{"say \"hi\"", "x"}}) << Lines{1};
    QTest::newRow("only doubled quotes")
        << QByteArray("\"\"\"\"\"\"\n") << c << q << rows({{"\"\""}}) << Lines{1};
    QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << c << q << rows({{"", "x"}}) << Lines{1};
    QTest::newRow("LF inside quotes")
        << QByteArray("\"l1\nl2\",x\ny,z\n") << c << q << rows({{"l1\nl2", "x"}, {"y", "z"}}) << Lines{1, 3};
    QTest::newRow("CRLF inside quotes") << QByteArray("\"l1\r\nl2\r\nl3\",x\r\ny,z\r\n") << c << q
                                        << rows({{"l1\r\nl2\r\nl3", "x"}, {"y", "z"}}) << Lines{1, 4};
    QTest::newRow("CR inside quotes")
        << QByteArray("\"l1\rl2\",x\ry,z\r") << c << q << rows({{"l1\rl2", "x"}, {"y", "z"}}) << Lines{1, 3};
    QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n") << c << q << rows({{"a", "b"}, {"c", "d"}})
                          << Lines{1, 2};
    QTest::newRow("CR") << QByteArray("a,b\rc,d\r") << c << q << rows({{"a", "b"}, {"c", "d"}})
                        << Lines{1, 2};
    QTest::newRow("CR at end of input") << QByteArray("a\r") << c << q << rows({{"a"}}) << Lines{1};
    QTest::newRow("mixed line ends") << QByteArray("a\nb\r\nc\rd") << c << q
                                     << rows({{"a"}, {"b"}, {"c"}, {"d"}}) << Lines{1, 2, 3, 4};
    QTest::newRow("empty fields") << QByteArray(",,\n") << c << q << rows({{"", "", ""}}) << Lines{1};
    QTest::newRow("delimiter at end of input") << QByteArray("a,") << c << q << rows({{"a", ""}}) << Lines{1};
    QTest::newRow("blank lines") << QByteArray("a\n\nb\r\n\r\nc\n") << c << q
                                 << rows({{"a"}, {}, {"b"}, {}, {"c"}}) << Lines{1, 2, 3, 4, 5};
    QTest::newRow("quote inside unquoted field")
        << QByteArray("ab\"c,d\n") << c << q << rows({{"ab\"c", "d"}}) << Lines{1};
    QTest::newRow("text after closing quote")
        << QByteArray("\"ab\"c,d\n") << c << q << rows({{"abc", "d"}}) << Lines{1};
    QTest::newRow("quote at end of input")
        << QByteArray("x,\"y\"") << c << q << rows({{"x", "y"}}) << Lines{1};
    QTest::newRow("semicolon") << QByteArray("a;\"b;c\";d\n") << ';' << q << rows({{"a", "b;c", "d"}})
                               << Lines{1};
    QTest::newRow("tab") << QByteArray("a\tb c\t\n") << '\t' << q << rows({{"a", "b c", ""}}) << Lines{1};
    QTest::newRow("single quote") << QByteArray("'a|b'|c\n") << '|' << '\'' << rows({{"a|b", "c"}})
                                  << Lines{1};
    QTest::newRow("no quoting") << QByteArray("a;\"b\n\"c;d\n") << ';' << char(0)
                                << rows({{"a", "\"b"}, {"\"c", "d"}}) << Lines{1, 2};
    QTest::newRow("multi-byte UTF-8")
        << QByteArray("Zoë,😀\n\"ü\n€\",x\n") << c << q << rows({{"Zoë", "😀"}, {"ü\n€", "x"}}) << Lines{1, 2};
    QTest::newRow("long unquoted field") << QByteArray(QByteArray(100, 'x') + ",y\n") << c << q
                                         << rows({{std::string(100, 'x'), "y"}}) << Lines{1};
}

void tst_CsvParser::records()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(char, quote);
    QFETCH(QList<QStringList>, expected);
    QFETCH(QList<qint64>, lines);

    // The whole input at once, then chunk boundaries at every position (step 1) and in between.
    for (qsizetype step :
         {qsizetype(1 << 20), qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(5), qsizetype(7)}) {
        const Parsed parsed = parse(input, step, delimiter, quote);
        QVERIFY2(parsed.records == expected,
                 qPrintable(QStringLiteral("step %1: got %2, expected %3")
                                .arg(step)
                                .arg(test::dumpRows(parsed.records), test::dumpRows(expected))));
        QVERIFY2(parsed.lines == lines, qPrintable(QStringLiteral("step %1: wrong line numbers").arg(step)));
        QVERIFY(!parsed.unterminated.contains(true));
    }
}

void tst_CsvParser::unterminatedQuote()
{
    const QByteArray input("a,b\nc,\"open\nrest,of\nfile");
    for (qsizetype step : {qsizetype(1 << 20), qsizetype(1), qsizetype(4)}) {
        const Parsed parsed = parse(input, step, ',', '"');
        QCOMPARE(parsed.records.size(), 2);
        QCOMPARE(parsed.unterminated, (QList<bool>{false, true}));
        QCOMPARE(parsed.records.at(1), strings({"c", "open\nrest,of\nfile"}));
        QCOMPARE(parsed.lines, (QList<qint64>{1, 2}));
    }
}

void tst_CsvParser::escapedFieldText()
{
    // Plain fields point into the buffer; only escaped ones go through the scratch string.
    CsvParser parser(',', '"');
    const QByteArray input("plain,\"quoted\",\"dou\"\"bled\"\n");
    QCOMPARE(parser.next(input.constData(), input.size(), true), CsvParser::Status::Record);
    const CsvRecord &record = parser.record();
    QCOMPARE(record.fields.size(), std::size_t(3));
    QVERIFY(!record.fields[0].escaped && !record.fields[0].quoted);
    QVERIFY(!record.fields[1].escaped && record.fields[1].quoted);
    QVERIFY(record.fields[2].escaped && record.fields[2].quoted);
    std::string scratch;
    const std::string_view plain = parser.fieldText(input.constData(), record.fields[1], scratch);
    QVERIFY(plain.data() == input.constData() + 7);
    QCOMPARE(std::string(parser.fieldText(input.constData(), record.fields[2], scratch)),
             std::string("dou\"bled"));
    QCOMPARE(record.length, input.size());
}

QTEST_APPLESS_MAIN(tst_CsvParser)
#include "tst_csvparser.moc"
