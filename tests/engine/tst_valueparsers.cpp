#include "engine/sync/valueparsers.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <limits>

using namespace miq;

Q_DECLARE_METATYPE(miq::ColumnType)

namespace {

std::string_view view(const QByteArray &text)
{
    return std::string_view(text.constData(), std::size_t(text.size()));
}

// Expected values computed with Qt's calendar, independently of the parsers' arithmetic.
qint64 days(int year, int month, int day)
{
    return QDate(1970, 1, 1).daysTo(QDate(year, month, day));
}

qint64 micros(int year, int month, int day, int hour, int minute, int second, qint64 fraction = 0)
{
    const QDateTime utc(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc());
    return utc.toMSecsSinceEpoch() * 1000 + fraction;
}

} // namespace

class TestValueParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseInt64_data();
    void parseInt64();
    void parseDecimal_data();
    void parseDecimal();
    void parseDouble_data();
    void parseDouble();
    void classifyAgreesWithParsers_data();
    void classifyAgreesWithParsers();
    void parseBool_data();
    void parseBool();
    void parseDate_data();
    void parseDate();
    void parseTimestamp_data();
    void parseTimestamp();
    void convertValue_data();
    void convertValue();
    void civilDaysRoundTrip();
    void formattersRoundTrip();
    void utf8Length_data();
    void utf8Length();
};

void TestValueParsers::parseInt64_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("value");

    QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
    QTest::newRow("negative zero") << QByteArray("-0") << true << qint64(0);
    QTest::newRow("plus sign") << QByteArray("+5") << true << qint64(5);
    QTest::newRow("negative") << QByteArray("-42") << true << qint64(-42);
    QTest::newRow("max") << QByteArray("9223372036854775807") << true << std::numeric_limits<qint64>::max();
    QTest::newRow("min") << QByteArray("-9223372036854775808") << true << std::numeric_limits<qint64>::min();
    QTest::newRow("overflow") << QByteArray("9223372036854775808") << false << qint64(0);
    QTest::newRow("negative overflow") << QByteArray("-9223372036854775809") << false << qint64(0);
    QTest::newRow("twenty digits") << QByteArray("12345678901234567890") << false << qint64(0);
    QTest::newRow("leading zeros") << QByteArray("00123") << false << qint64(0);
    QTest::newRow("leading zero") << QByteArray("01") << false << qint64(0);
    QTest::newRow("negative leading zero") << QByteArray("-01") << false << qint64(0);
    QTest::newRow("double zero") << QByteArray("00") << false << qint64(0);
    QTest::newRow("fraction") << QByteArray("1.0") << false << qint64(0);
    QTest::newRow("trailing point") << QByteArray("1.") << false << qint64(0);
    QTest::newRow("exponent") << QByteArray("1e3") << false << qint64(0);
    QTest::newRow("empty") << QByteArray("") << false << qint64(0);
    QTest::newRow("sign only") << QByteArray("-") << false << qint64(0);
    QTest::newRow("double sign") << QByteArray("+-1") << false << qint64(0);
    QTest::newRow("leading space") << QByteArray(" 1") << false << qint64(0);
    QTest::newRow("trailing space") << QByteArray("1 ") << false << qint64(0);
    QTest::newRow("thousands separator") << QByteArray("1,000") << false << qint64(0);
    QTest::newRow("trailing letter") << QByteArray("12a") << false << qint64(0);
    QTest::newRow("infinity") << QByteArray("inf") << false << qint64(0);
}

void TestValueParsers::parseInt64()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(qint64, value);
    std::int64_t parsed = 0;
    QCOMPARE(miq::parseInt64(view(text), parsed), ok);
    if (ok)
        QCOMPARE(qint64(parsed), value);
}

void TestValueParsers::parseDecimal_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("canonical");
    QTest::addColumn<int>("integerDigits");
    QTest::addColumn<int>("scale");

    QTest::newRow("scale kept") << QByteArray("12.50") << true << QByteArray("12.50") << 2 << 2;
    QTest::newRow("negative below one") << QByteArray("-0.50") << true << QByteArray("-0.50") << 0 << 2;
    QTest::newRow("negative zero") << QByteArray("-0") << true << QByteArray("0") << 0 << 0;
    QTest::newRow("negative zero with scale") << QByteArray("-0.00") << true << QByteArray("0.00") << 0 << 2;
    QTest::newRow("no integer part") << QByteArray(".5") << true << QByteArray("0.5") << 0 << 1;
    QTest::newRow("negative no integer part") << QByteArray("-.5") << true << QByteArray("-0.5") << 0 << 1;
    QTest::newRow("no fraction digits") << QByteArray("5.") << true << QByteArray("5") << 1 << 0;
    QTest::newRow("plus sign") << QByteArray("+3.10") << true << QByteArray("3.10") << 1 << 2;
    QTest::newRow("integer") << QByteArray("42") << true << QByteArray("42") << 2 << 0;
    QTest::newRow("zero") << QByteArray("0") << true << QByteArray("0") << 0 << 0;
    QTest::newRow("small") << QByteArray("0.05") << true << QByteArray("0.05") << 0 << 2;
    QTest::newRow("38 digits") << QByteArray("1234567890123456789012345678.9012345678") << true
                               << QByteArray("1234567890123456789012345678.9012345678") << 28 << 10;
    QTest::newRow("39 digits") << QByteArray("123456789012345678901234567890123456789") << false
                               << QByteArray() << 0 << 0;
    QTest::newRow("leading zeros") << QByteArray("007.5") << false << QByteArray() << 0 << 0;
    QTest::newRow("exponent") << QByteArray("1.5e3") << false << QByteArray() << 0 << 0;
    QTest::newRow("point only") << QByteArray(".") << false << QByteArray() << 0 << 0;
    QTest::newRow("money") << QByteArray("$12.50") << false << QByteArray() << 0 << 0;
    QTest::newRow("money suffix") << QByteArray("12.50 EUR") << false << QByteArray() << 0 << 0;
    QTest::newRow("thousands separator") << QByteArray("1,000.00") << false << QByteArray() << 0 << 0;
    QTest::newRow("comma decimal") << QByteArray("12,5") << false << QByteArray() << 0 << 0;
    QTest::newRow("two points") << QByteArray("1.2.3") << false << QByteArray() << 0 << 0;
    QTest::newRow("nan") << QByteArray("NaN") << false << QByteArray() << 0 << 0;
    QTest::newRow("empty") << QByteArray("") << false << QByteArray() << 0 << 0;
}

void TestValueParsers::parseDecimal()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, canonical);
    QFETCH(int, integerDigits);
    QFETCH(int, scale);
    std::string out;
    DecimalShape shape;
    QCOMPARE(miq::parseDecimal(view(text), out, &shape), ok);
    if (!ok)
        return;
    QCOMPARE(QByteArray::fromStdString(out), canonical);
    QCOMPARE(shape.integerDigits, integerDigits);
    QCOMPARE(shape.scale, scale);
    // Canonical text is a fixed point of the parser.
    std::string again;
    QVERIFY(miq::parseDecimal(out, again));
    QCOMPARE(again, out);
}

void TestValueParsers::parseDouble_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");

    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("exponent") << QByteArray("1e5") << true << 1e5;
    QTest::newRow("signed exponent") << QByteArray("-2.5E-3") << true << -2.5e-3;
    QTest::newRow("exponent plus") << QByteArray("1e+5") << true << 1e5;
    QTest::newRow("fixed") << QByteArray("1.5") << true << 1.5;
    QTest::newRow("plus sign") << QByteArray("+1.5") << true << 1.5;
    QTest::newRow("no integer part") << QByteArray(".5") << true << 0.5;
    QTest::newRow("no fraction digits") << QByteArray("5.") << true << 5.0;
    QTest::newRow("many digits") << QByteArray("1234567890123456789012345678901234567890") << true
                                 << 1.2345678901234568e39;
    QTest::newRow("NaN") << QByteArray("NaN") << true << nan;
    QTest::newRow("nan") << QByteArray("nan") << true << nan;
    QTest::newRow("inf") << QByteArray("inf") << true << inf;
    QTest::newRow("plus inf") << QByteArray("+inf") << true << inf;
    QTest::newRow("minus inf") << QByteArray("-inf") << true << -inf;
    QTest::newRow("Infinity") << QByteArray("Infinity") << true << inf;
    QTest::newRow("signed nan") << QByteArray("-nan") << false << 0.0;
    QTest::newRow("nan payload") << QByteArray("nan(1)") << false << 0.0;
    QTest::newRow("too large") << QByteArray("1e400") << false << 0.0;
    QTest::newRow("too small") << QByteArray("1e-400") << false << 0.0;
    QTest::newRow("exponent without digits") << QByteArray("1e") << false << 0.0;
    QTest::newRow("exponent only") << QByteArray("e5") << false << 0.0;
    QTest::newRow("hex") << QByteArray("0x10") << false << 0.0;
    QTest::newRow("leading zero") << QByteArray("01.5") << false << 0.0;
    QTest::newRow("trailing space") << QByteArray("1.5 ") << false << 0.0;
    QTest::newRow("empty") << QByteArray("") << false << 0.0;
}

void TestValueParsers::parseDouble()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(double, value);
    double parsed = 0;
    QCOMPARE(miq::parseDouble(view(text), parsed), ok);
    if (!ok)
        return;
    if (std::isnan(value))
        QVERIFY(std::isnan(parsed));
    else
        QCOMPARE(parsed, value);
}

void TestValueParsers::classifyAgreesWithParsers_data()
{
    QTest::addColumn<QByteArray>("text");
    const char *texts[] = {"0",
                           "-0",
                           "+5",
                           "9223372036854775807",
                           "9223372036854775808",
                           "00123",
                           "12.50",
                           "-0.50",
                           ".5",
                           "5.",
                           "1e5",
                           "NaN",
                           "-inf",
                           "1e400",
                           "123456789012345678901234567890123456789",
                           "12345678901234567890123456789012345678",
                           "$1",
                           "",
                           "-",
                           "abc",
                           "1,000"};
    for (const char *text : texts)
        QTest::newRow(*text ? text : "empty") << QByteArray(text);
}

void TestValueParsers::classifyAgreesWithParsers()
{
    QFETCH(QByteArray, text);
    NumberShape shape;
    double real = 0;
    std::int64_t integer = 0;
    std::string canonical;
    QCOMPARE(classifyNumber(view(text), shape), miq::parseDouble(view(text), real));
    QCOMPARE(shape.int64, miq::parseInt64(view(text), integer));
    QCOMPARE(shape.decimal, miq::parseDecimal(view(text), canonical));
}

void TestValueParsers::parseBool_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("value");
    QTest::addColumn<bool>("word");

    QTest::newRow("true") << QByteArray("true") << true << true << true;
    QTest::newRow("TRUE") << QByteArray("TRUE") << true << true << true;
    QTest::newRow("tRuE") << QByteArray("tRuE") << true << true << true;
    QTest::newRow("False") << QByteArray("False") << true << false << true;
    QTest::newRow("yes") << QByteArray("yes") << true << true << true;
    QTest::newRow("YES") << QByteArray("YES") << true << true << true;
    QTest::newRow("No") << QByteArray("No") << true << false << true;
    QTest::newRow("t") << QByteArray("t") << true << true << true;
    QTest::newRow("F") << QByteArray("F") << true << false << true;
    QTest::newRow("Y") << QByteArray("Y") << true << true << true;
    QTest::newRow("n") << QByteArray("n") << true << false << true;
    QTest::newRow("1") << QByteArray("1") << true << true << false;
    QTest::newRow("0") << QByteArray("0") << true << false << false;
    QTest::newRow("2") << QByteArray("2") << false << false << false;
    QTest::newRow("on") << QByteArray("on") << false << false << false;
    QTest::newRow("off") << QByteArray("off") << false << false << false;
    QTest::newRow("truee") << QByteArray("truee") << false << false << false;
    QTest::newRow("ye") << QByteArray("ye") << false << false << false;
    QTest::newRow("leading space") << QByteArray(" true") << false << false << false;
    QTest::newRow("01") << QByteArray("01") << false << false << false;
    QTest::newRow("empty") << QByteArray("") << false << false << false;
}

void TestValueParsers::parseBool()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(bool, value);
    QFETCH(bool, word);
    bool parsed = !value;
    bool isWord = !word;
    QCOMPARE(miq::parseBool(view(text), parsed, &isWord), ok);
    if (ok) {
        QCOMPARE(parsed, value);
        QCOMPARE(isWord, word);
    }
}

void TestValueParsers::parseDate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("days");

    QTest::newRow("epoch") << QByteArray("1970-01-01") << true << qint64(0);
    QTest::newRow("day after epoch") << QByteArray("1970-01-02") << true << qint64(1);
    QTest::newRow("day before epoch") << QByteArray("1969-12-31") << true << qint64(-1);
    QTest::newRow("leap day") << QByteArray("2024-02-29") << true << days(2024, 2, 29);
    QTest::newRow("leap day of a 400 year") << QByteArray("2000-02-29") << true << days(2000, 2, 29);
    QTest::newRow("first year") << QByteArray("0001-01-01") << true << days(1, 1, 1);
    QTest::newRow("last year") << QByteArray("9999-12-31") << true << days(9999, 12, 31);
    QTest::newRow("no leap day in 2023") << QByteArray("2023-02-29") << false << qint64(0);
    QTest::newRow("no leap day in 1900") << QByteArray("1900-02-29") << false << qint64(0);
    QTest::newRow("april 31") << QByteArray("2023-04-31") << false << qint64(0);
    QTest::newRow("month 13") << QByteArray("2023-13-01") << false << qint64(0);
    QTest::newRow("month 0") << QByteArray("2023-00-10") << false << qint64(0);
    QTest::newRow("day 0") << QByteArray("2023-01-00") << false << qint64(0);
    QTest::newRow("year 0") << QByteArray("0000-01-01") << false << qint64(0);
    QTest::newRow("one digit month") << QByteArray("2023-1-01") << false << qint64(0);
    QTest::newRow("slashes") << QByteArray("2023/01/01") << false << qint64(0);
    QTest::newRow("US order") << QByteArray("01/02/2023") << false << qint64(0);
    QTest::newRow("EU order") << QByteArray("02.01.2023") << false << qint64(0);
    QTest::newRow("trailing space") << QByteArray("2023-01-01 ") << false << qint64(0);
    QTest::newRow("with time") << QByteArray("2023-01-01 10:00:00") << false << qint64(0);
    QTest::newRow("N/A") << QByteArray("N/A") << false << qint64(0);
}

void TestValueParsers::parseDate()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(qint64, days);
    std::int64_t parsed = 0;
    QCOMPARE(miq::parseDate(view(text), parsed), ok);
    if (ok)
        QCOMPARE(qint64(parsed), days);
}

void TestValueParsers::parseTimestamp_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<bool>("dateOnly");

    const qint64 base = micros(2024, 3, 5, 10, 20, 30);
    QTest::newRow("space") << QByteArray("2024-03-05 10:20:30") << true << base << false;
    QTest::newRow("T") << QByteArray("2024-03-05T10:20:30") << true << base << false;
    QTest::newRow("Z") << QByteArray("2024-03-05T10:20:30Z") << true << base << false;
    QTest::newRow("space and Z") << QByteArray("2024-03-05 10:20:30Z") << true << base << false;
    QTest::newRow("lowercase t and z") << QByteArray("2024-03-05t10:20:30z") << true << base << false;
    QTest::newRow("offset +02:00") << QByteArray("2024-03-05T12:20:30+02:00") << true << base << false;
    QTest::newRow("offset -05:30") << QByteArray("2024-03-05T04:50:30-05:30") << true << base << false;
    QTest::newRow("offset +0200") << QByteArray("2024-03-05T12:20:30+0200") << true << base << false;
    QTest::newRow("offset +02") << QByteArray("2024-03-05T12:20:30+02") << true << base << false;
    QTest::newRow("offset to the day before")
        << QByteArray("2024-03-05T01:00:00+02:00") << true << micros(2024, 3, 4, 23, 0, 0) << false;
    QTest::newRow("fraction 1") << QByteArray("2024-03-05 10:20:30.5") << true << base + 500000 << false;
    QTest::newRow("fraction 3") << QByteArray("2024-03-05 10:20:30.123") << true << base + 123000 << false;
    QTest::newRow("fraction 6") << QByteArray("2024-03-05 10:20:30.123456") << true << base + 123456 << false;
    QTest::newRow("fraction and offset")
        << QByteArray("2024-03-05T12:20:30.25+02:00") << true << base + 250000 << false;
    QTest::newRow("nanoseconds of zeros")
        << QByteArray("2024-03-05 10:20:30.123456000") << true << base + 123456 << false;
    QTest::newRow("nanoseconds") << QByteArray("2024-03-05 10:20:30.123456789") << false << qint64(0)
                                 << false;
    QTest::newRow("ten fraction digits")
        << QByteArray("2024-03-05 10:20:30.1234560000") << false << qint64(0) << false;
    QTest::newRow("empty fraction") << QByteArray("2024-03-05 10:20:30.") << false << qint64(0) << false;
    QTest::newRow("no seconds") << QByteArray("2024-03-05 10:20") << true << base - 30000000 << false;
    QTest::newRow("date only") << QByteArray("2024-03-05") << true << micros(2024, 3, 5, 0, 0, 0) << true;
    QTest::newRow("before epoch") << QByteArray("1969-12-31 23:59:59") << true << qint64(-1000000) << false;
    QTest::newRow("leap day") << QByteArray("2024-02-29 12:00:00") << true << micros(2024, 2, 29, 12, 0, 0)
                              << false;
    QTest::newRow("no leap day") << QByteArray("2023-02-29 12:00:00") << false << qint64(0) << false;
    QTest::newRow("hour 24") << QByteArray("2024-03-05 24:00:00") << false << qint64(0) << false;
    QTest::newRow("minute 60") << QByteArray("2024-03-05 10:60:00") << false << qint64(0) << false;
    QTest::newRow("second 60") << QByteArray("2024-03-05 10:20:60") << false << qint64(0) << false;
    QTest::newRow("offset colon only")
        << QByteArray("2024-03-05 10:20:30+05:") << false << qint64(0) << false;
    QTest::newRow("offset too large")
        << QByteArray("2024-03-05 10:20:30+19:00") << false << qint64(0) << false;
    QTest::newRow("offset one digit") << QByteArray("2024-03-05 10:20:30+5") << false << qint64(0) << false;
    QTest::newRow("trailing space") << QByteArray("2024-03-05 10:20:30 ") << false << qint64(0) << false;
    QTest::newRow("dangling separator") << QByteArray("2024-03-05 ") << false << qint64(0) << false;
    QTest::newRow("no separator") << QByteArray("2024-03-0510:20:30") << false << qint64(0) << false;
    QTest::newRow("one digit hour") << QByteArray("2024-03-05 9:20:30") << false << qint64(0) << false;
    QTest::newRow("US date") << QByteArray("03/05/2024 10:20:30") << false << qint64(0) << false;
}

void TestValueParsers::parseTimestamp()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(qint64, micros);
    QFETCH(bool, dateOnly);
    std::int64_t parsed = 0;
    bool parsedDateOnly = !dateOnly;
    QCOMPARE(miq::parseTimestamp(view(text), parsed, &parsedDateOnly), ok);
    if (ok) {
        QCOMPARE(qint64(parsed), micros);
        QCOMPARE(parsedDateOnly, dateOnly);
    }
}

void TestValueParsers::convertValue_data()
{
    QTest::addColumn<ColumnType>("from");
    QTest::addColumn<QByteArray>("text"); // parsed as `from`
    QTest::addColumn<ColumnType>("to");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("expected"); // the result's canonical text

    using T = ColumnType;
    const auto row = [](const char *name, T from, const char *text, T to, bool ok, const char *expected) {
        QTest::newRow(name) << from << QByteArray(text) << to << ok << QByteArray(expected);
    };
    row("int to string", T::Int64, "-5", T::String, true, "-5");
    row("int to decimal", T::Int64, "-9223372036854775808", T::Decimal, true, "-9223372036854775808");
    row("int to double", T::Int64, "7", T::Double, true, "7");
    row("int 1 to bool", T::Int64, "1", T::Bool, true, "true");
    row("int 2 to bool", T::Int64, "2", T::Bool, false, "");
    row("bool to int", T::Bool, "Yes", T::Int64, true, "1");
    row("bool to string", T::Bool, "n", T::String, true, "false");
    row("whole decimal to int", T::Decimal, "-12.00", T::Int64, true, "-12");
    row("fractional decimal to int", T::Decimal, "12.50", T::Int64, false, "");
    row("huge decimal to int", T::Decimal, "99999999999999999999", T::Int64, false, "");
    row("decimal to double", T::Decimal, "-0.5", T::Double, true, "-0.5");
    row("double to decimal", T::Double, "1e3", T::Decimal, true, "1000");
    row("tenth to decimal", T::Double, "0.1", T::Decimal, true, "0.1");
    row("huge double to decimal", T::Double, "1e300", T::Decimal, false, "");
    row("inf to decimal", T::Double, "inf", T::Decimal, false, "");
    row("whole double to int", T::Double, "-2e3", T::Int64, true, "-2000");
    row("fractional double to int", T::Double, "2.5", T::Int64, false, "");
    row("double beyond int64", T::Double, "1e19", T::Int64, false, "");
    row("double int64 min", T::Double, "-9.223372036854775808e18", T::Int64, true, "-9223372036854775808");
    row("nan to string", T::Double, "nan", T::String, true, "NaN");
    row("date to timestamp", T::Date, "2024-03-05", T::Timestamp, true, "2024-03-05 00:00:00");
    row("date to string", T::Date, "2024-03-05", T::String, true, "2024-03-05");
    row("timestamp to string", T::Timestamp, "2024-03-05T12:20:30.25+02:00", T::String, true,
        "2024-03-05 10:20:30.250000");
    row("timestamp to date", T::Timestamp, "2024-03-05 10:00:00", T::Date, false, "");
    row("date to int", T::Date, "2024-03-05", T::Int64, false, "");
}

void TestValueParsers::convertValue()
{
    QFETCH(ColumnType, from);
    QFETCH(QByteArray, text);
    QFETCH(ColumnType, to);
    QFETCH(bool, ok);
    QFETCH(QByteArray, expected);
    TypedValue in;
    TypedValue out;
    std::string parsed;
    std::string converted;
    QVERIFY(parseValue(view(text), from, in, parsed));
    QCOMPARE(miq::convertValue(in, to, out, converted), ok);
    if (!ok)
        return;
    QCOMPARE(out.type, to);
    std::string shown;
    appendValueText(shown, out);
    QCOMPARE(QByteArray::fromStdString(shown), expected);
}

void TestValueParsers::civilDaysRoundTrip()
{
    // Every day from 1600 to 2400 against Qt's calendar.
    const QDate epoch(1970, 1, 1);
    for (QDate date(1600, 1, 1); date.year() < 2400; date = date.addDays(1)) {
        const std::int64_t d = daysFromCivil(date.year(), date.month(), date.day());
        if (d != epoch.daysTo(date))
            QFAIL(qPrintable(date.toString(Qt::ISODate)));
        int year = 0;
        int month = 0;
        int day = 0;
        civilFromDays(d, year, month, day);
        if (QDate(year, month, day) != date)
            QFAIL(qPrintable(date.toString(Qt::ISODate)));
    }
}

void TestValueParsers::formattersRoundTrip()
{
    for (const qint64 d : {qint64(-1), qint64(0), qint64(19782), days(9999, 12, 31)}) {
        std::string text;
        appendDate(text, d);
        std::int64_t back = 0;
        QVERIFY2(miq::parseDate(text, back), text.c_str());
        QCOMPARE(qint64(back), d);
    }
    std::string text;
    appendDate(text, days(2024, 2, 29));
    QCOMPARE(text, std::string("2024-02-29"));

    for (const qint64 us :
         {qint64(-1), qint64(0), micros(2024, 3, 5, 10, 20, 30, 123456), micros(1900, 1, 1, 0, 0, 0)}) {
        text.clear();
        appendTimestamp(text, us);
        std::int64_t back = 0;
        QVERIFY2(miq::parseTimestamp(text, back), text.c_str());
        QCOMPARE(qint64(back), us);
    }
    text.clear();
    appendTimestamp(text, -1);
    QCOMPARE(text, std::string("1969-12-31 23:59:59.999999"));

    for (const double value : {0.1, -2.5, 1e300, 5e-324, std::numeric_limits<double>::infinity()}) {
        text.clear();
        appendDouble(text, value);
        double back = 0;
        QVERIFY2(miq::parseDouble(text, back), text.c_str());
        QCOMPARE(back, value);
    }
    for (const std::int64_t value :
         {std::numeric_limits<std::int64_t>::min(), std::int64_t(0), std::int64_t(42)}) {
        text.clear();
        appendInt64(text, value);
        std::int64_t back = 0;
        QVERIFY2(miq::parseInt64(text, back), text.c_str());
        QCOMPARE(back, value);
    }
}

void TestValueParsers::utf8Length_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << QStringLiteral("abc");
    QTest::newRow("accents") << QStringLiteral("Zoë Søndergaard");
    QTest::newRow("cjk") << QStringLiteral("日本語");
    QTest::newRow("emoji") << QStringLiteral("a\U0001F600b");
    QTest::newRow("empty") << QString();
}

void TestValueParsers::utf8Length()
{
    QFETCH(QString, text);
    const QByteArray utf8 = text.toUtf8();
    QCOMPARE(miq::utf8Length(view(utf8)), qint64(text.toUcs4().size()));
}

QTEST_GUILESS_MAIN(TestValueParsers)
#include "tst_valueparsers.moc"
