#include "engine/profile/profilereport.h"

#include "engine/profile/profilejson.h"
#include "profilefixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace miq;

class tst_ProfileReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void isOneSelfContainedFile();
    void valuesFromDataAreEscaped();
    void drawsEveryChart();
    void emptyProfileStillRenders();
    void writesHtmlAndJsonFiles();
    void refusesUnwritablePath();
    void labels_data();
    void labels();
};

void tst_ProfileReport::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ProfileReport::isOneSelfContainedFile()
{
    const QString html = ProfileReport::html(testing::sampleProfile());
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.endsWith(QLatin1String("</html>")));
    QVERIFY(html.contains(QLatin1String("<style>")));
    // Nothing fetched from elsewhere, nothing executed.
    QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("<link"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("src="), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("url("), Qt::CaseInsensitive));
    // Links only to anchors in the page; the only URL is the SVG namespace.
    const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    for (auto it = href.globalMatch(html); it.hasNext();) {
        const QString target = it.next().captured(1);
        QVERIFY2(target.startsWith(QLatin1Char('#')), qPrintable(target));
    }
    QCOMPARE(html.count(QLatin1String("http")), html.count(QLatin1String("xmlns=\"http://www.w3.org/2000/svg\"")));
    QVERIFY(html.contains(QStringLiteral("Profile of Customers — customers.csv")));
    QVERIFY(html.contains(QLatin1String("<b>1,000</b>rows")));
}

void tst_ProfileReport::valuesFromDataAreEscaped()
{
    DatasetProfile p = testing::sampleProfile();
    const QString evil = QStringLiteral("<script>alert(\"x\")</script>");
    p.sourceName = evil;
    p.columns[1].name = QStringLiteral("e<b>mail");
    p.columns[1].topValues.prepend({evil, 99});
    p.columns[1].patterns.prepend({QStringLiteral("<img src=x onerror=alert(1)>"), 5});
    p.alerts.prepend({ProfileAlert::Kind::Pii, QString(), evil});
    p.correlations.append({evil, QStringLiteral("id"), Correlation::Method::Pearson, 0.5});
    const QString html = ProfileReport::html(p);
    QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("<img"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("e<b>mail")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")));
    QVERIFY(html.contains(QLatin1String("e&lt;b&gt;mail")));
    // The fixture's invalid-value example carries a script tag too.
    QVERIFY(html.contains(QLatin1String("<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>")));
}

void tst_ProfileReport::drawsEveryChart()
{
    const DatasetProfile p = testing::sampleProfile();
    const QString html = ProfileReport::html(p);
    // One chart each: quality, missing values, heatmap; per column: id histogram + top values +
    // patterns; email top values + patterns + formats + lengths; signup top values + patterns
    // + date formats + year + month + weekday.
    QCOMPARE(html.count(QLatin1String("<svg ")), 3 + 3 + 4 + 6);
    for (const char *title : {"<title>Quality scores</title>", "<title>Missing values per column</title>",
                              "<title>Correlation heatmap</title>", "<title>Histogram of 'id'</title>",
                              "<title>Values of 'signup' by weekday</title>"})
        QVERIFY2(html.contains(QString::fromUtf8(title)), title);
    // The heatmap shows each pair's value in both cells, coloured by sign and strength.
    QCOMPARE(html.count(QLatin1String(">0.93</text>")), 2);
    // Weekdays and months read as names.
    QVERIFY(html.contains(QLatin1String(">Mon</text>")));
    QVERIFY(html.contains(QLatin1String(">Jul</text>")));
    // Missing values: email has 20 nulls and 2 blanks of 1,000.
    QVERIFY(html.contains(QLatin1String("2.2% (20 null, 2 blank)")));
    // Quality explanations, quantiles, the day/month decision and SQL types are in the text.
    QVERIFY(html.contains(QLatin1String("values fit the inferred type")));
    QVERIFY(html.contains(QString::fromUtf8("<tr><th>p95</th><td>≈ 950</td></tr>")));
    QVERIFY(html.contains(QLatin1String("day first: 13 values have a day above 12")));
    QVERIFY(html.contains(QLatin1String("PostgreSQL varchar(42)")));
}

void tst_ProfileReport::emptyProfileStillRenders()
{
    DatasetProfile p;
    p.sourceName = QStringLiteral("S");
    p.stream = QStringLiteral("t");
    const QString html = ProfileReport::html(p);
    QVERIFY(html.endsWith(QLatin1String("</html>")));
    QCOMPARE(html.count(QLatin1String("<svg ")), 0); // no empty charts
}

void tst_ProfileReport::writesHtmlAndJsonFiles()
{
    QTemporaryDir dir;
    const DatasetProfile p = testing::sampleProfile();
    const QString htmlPath = dir.filePath(QStringLiteral("report.html"));
    const QString jsonPath = dir.filePath(QStringLiteral("report.json"));
    QVERIFY(ProfileReport::writeHtml(p, htmlPath).ok());
    QVERIFY(ProfileReport::writeJson(p, jsonPath).ok());
    QFile html(htmlPath);
    QVERIFY(html.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(html.readAll()), ProfileReport::html(p));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const auto back = profileFromJson(QJsonDocument::fromJson(json.readAll()).object());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->columns.size(), 3);
}

void tst_ProfileReport::refusesUnwritablePath()
{
    const Status s = ProfileReport::writeHtml(testing::sampleProfile(), QStringLiteral("/nonexistent-dir/x.html"));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("/nonexistent-dir/x.html")), qPrintable(s.error()));
}

void tst_ProfileReport::labels_data()
{
    QTest::addColumn<QString>("got");
    QTest::addColumn<QString>("expected");
    QTest::newRow("month") << ProfileReport::monthLabel(QStringLiteral("2")) << QStringLiteral("Feb");
    QTest::newRow("month out of range") << ProfileReport::monthLabel(QStringLiteral("13")) << QStringLiteral("13");
    QTest::newRow("weekday") << ProfileReport::weekdayLabel(QStringLiteral("7")) << QStringLiteral("Sun");
    QTest::newRow("weekday text") << ProfileReport::weekdayLabel(QStringLiteral("Mo")) << QStringLiteral("Mo");
    QTest::newRow("percent") << ProfileReport::percent(1, 8) << QStringLiteral("12.5%");
    QTest::newRow("percent near 100") << ProfileReport::percent(999'500, 1'000'000) << QStringLiteral("99.95%");
    QTest::newRow("percent of nothing") << ProfileReport::percent(0, 0) << QStringLiteral("–");
    QTest::newRow("number") << ProfileReport::number(1234567.891) << QStringLiteral("1,234,568");
    QTest::newRow("small number") << ProfileReport::number(0.125) << QStringLiteral("0.125");
    QTest::newRow("tiny number") << ProfileReport::number(0.0000123) << QStringLiteral("1.23E-05");
}

void tst_ProfileReport::labels()
{
    QFETCH(QString, got);
    QFETCH(QString, expected);
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(tst_ProfileReport)
#include "tst_profilereport.moc"
