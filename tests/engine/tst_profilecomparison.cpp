#include "engine/profile/profilecomparison.h"

#include "profilefixture.h"

#include <QTest>

using namespace miq;

namespace {

using Kind = ProfileFinding::Kind;
using Severity = ProfileFinding::Severity;

QList<ProfileFinding> findingsOf(const QList<ProfileFinding> &all, Kind kind, const QString &column = QString())
{
    QList<ProfileFinding> list;
    for (const ProfileFinding &f : all)
        if (f.kind == kind && (column.isEmpty() || f.column == column))
            list.append(f);
    return list;
}

ProfileColumn &column(DatasetProfile &p, const QString &name)
{
    for (ProfileColumn &c : p.columns)
        if (c.name == name)
            return c;
    qFatal("no column %s", qPrintable(name));
}

QString describe(const QList<ProfileFinding> &all)
{
    QStringList lines;
    for (const ProfileFinding &f : all)
        lines << findingSeverityName(f.severity) + QLatin1Char(' ') + f.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_ProfileComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void identicalProfilesHaveNoFindings();
    void addedAndRemovedColumns();
    void typeChanges_data();
    void typeChanges();
    void newNulls_data();
    void newNulls();
    void newFormatsAndPatterns();
    void shiftedRanges();
    void distinctCounts();
    void qualityScores();
    void rowsAndDuplicates();
    void newAlerts();
    void mostSevereFirst();
};

void tst_ProfileComparison::initTestCase()
{
    // Messages use the user's locale for numbers; the expected texts are written in en_US.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ProfileComparison::identicalProfilesHaveNoFindings()
{
    const DatasetProfile p = testing::sampleProfile();
    const auto findings = ProfileComparison::compare(p, p);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
}

void tst_ProfileComparison::addedAndRemovedColumns()
{
    const DatasetProfile older = testing::sampleProfile();
    DatasetProfile newer = older;
    newer.columns.removeAt(2); // signup
    ProfileColumn phone = testing::idColumn(1000);
    phone.name = QStringLiteral("phone");
    phone.inferredType = ProfileType::Text;
    newer.columns.append(phone);
    const auto findings = ProfileComparison::compare(older, newer);
    const auto removed = findingsOf(findings, Kind::ColumnRemoved);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed[0].column, QStringLiteral("signup"));
    QCOMPARE(removed[0].severity, Severity::Critical);
    const auto added = findingsOf(findings, Kind::ColumnAdded);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added[0].column, QStringLiteral("phone"));
    QVERIFY2(added[0].message.contains(QLatin1String("'phone' (text)")), qPrintable(added[0].message));
}

void tst_ProfileComparison::typeChanges_data()
{
    QTest::addColumn<ProfileType>("from");
    QTest::addColumn<ProfileType>("to");
    QTest::addColumn<Severity>("severity");
    QTest::newRow("integer to text") << ProfileType::Integer << ProfileType::Text << Severity::Critical;
    QTest::newRow("integer to decimal") << ProfileType::Integer << ProfileType::Decimal << Severity::Warning;
    QTest::newRow("empty to text") << ProfileType::Empty << ProfileType::Text << Severity::Warning;
}

void tst_ProfileComparison::typeChanges()
{
    QFETCH(ProfileType, from);
    QFETCH(ProfileType, to);
    QFETCH(Severity, severity);
    DatasetProfile older = testing::sampleProfile();
    column(older, QStringLiteral("id")).inferredType = from;
    DatasetProfile newer = older;
    column(newer, QStringLiteral("id")).inferredType = to;
    const auto changes = findingsOf(ProfileComparison::compare(older, newer), Kind::TypeChanged);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].severity, severity);
    QCOMPARE(changes[0].message,
             QStringLiteral("Type of 'id': %1 → %2").arg(profileTypeName(from), profileTypeName(to)));
}

void tst_ProfileComparison::newNulls_data()
{
    QTest::addColumn<qint64>("before");
    QTest::addColumn<qint64>("after");
    QTest::addColumn<int>("findings");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("message");
    // 1,000 rows: 10 nulls = 1%.
    // The fixture's email column also has 2 blanks: missing = nulls + blanks.
    QTest::newRow("within the threshold") << qint64(20) << qint64(29) << 0 << Severity::Info << QString();
    QTest::newRow("up 7.5 points") << qint64(20) << qint64(95) << 1 << Severity::Warning
                                   << QStringLiteral("Missing values in 'email': 2.2% → 9.7% (+7.5 points)");
    QTest::newRow("up 30 points") << qint64(0) << qint64(300) << 1 << Severity::Critical
                                  << QStringLiteral("Missing values in 'email': 0.2% → 30.2% (+30.0 points)");
    QTest::newRow("fewer nulls") << qint64(100) << qint64(0) << 1 << Severity::Info
                                 << QStringLiteral("Missing values in 'email': 10.2% → 0.2% (-10.0 points)");
}

void tst_ProfileComparison::newNulls()
{
    QFETCH(qint64, before);
    QFETCH(qint64, after);
    QFETCH(int, findings);
    QFETCH(Severity, severity);
    QFETCH(QString, message);
    const DatasetProfile older = testing::sampleProfile(1000, before);
    DatasetProfile newer = older;
    column(newer, QStringLiteral("email")).nulls = after;
    const auto changes = findingsOf(ProfileComparison::compare(older, newer), Kind::NullsChanged);
    QCOMPARE(changes.size(), findings);
    if (findings) {
        QCOMPARE(changes[0].severity, severity);
        QCOMPARE(changes[0].column, QStringLiteral("email"));
        QCOMPARE(changes[0].message, message);
    }
}

void tst_ProfileComparison::newFormatsAndPatterns()
{
    const DatasetProfile older = testing::sampleProfile();
    DatasetProfile newer = older;
    ProfileColumn &email = column(newer, QStringLiteral("email"));
    email.formats.append({QStringLiteral("phone"), 40});
    email.patterns.append({QStringLiteral("+99 999 9999"), 40}); // 4% of 980 values
    email.patterns.append({QStringLiteral("a"), 1});             // too rare to mention
    column(newer, QStringLiteral("signup")).dateFormats.append({QStringLiteral("MM/DD/YYYY"), 12});
    const auto findings = ProfileComparison::compare(older, newer);

    const auto formats = findingsOf(findings, Kind::NewFormat);
    QCOMPARE(formats.size(), 2);
    // "%n value(s)" reads "40 values" once the English plural forms are installed.
    QVERIFY2(formats[0].message.startsWith(QLatin1String("New format in 'email': phone (40 value")),
             qPrintable(formats[0].message));
    QCOMPARE(formats[0].severity, Severity::Warning);
    QCOMPARE(formats[1].column, QStringLiteral("signup"));
    QVERIFY2(formats[1].message.contains(QLatin1String("MM/DD/YYYY")), qPrintable(formats[1].message));
    const auto patterns = findingsOf(findings, Kind::NewPattern);
    QCOMPARE(patterns.size(), 1);
    QCOMPARE(patterns[0].message, QStringLiteral("New pattern in 'email': \"+99 999 9999\" in 4.1% of the values"));
}

void tst_ProfileComparison::shiftedRanges()
{
    const DatasetProfile older = testing::sampleProfile();
    DatasetProfile newer = older;
    ProfileColumn &id = column(newer, QStringLiteral("id"));
    id.max = 2500;
    id.mean = 900; // old mean 500.5, stddev ~288.7: moved by 1.4 deviations
    id.quantiles[3].second = 900; // p50
    column(newer, QStringLiteral("signup")).dateMax = QStringLiteral("2025-06-30");
    const auto shifts = findingsOf(ProfileComparison::compare(older, newer), Kind::RangeShifted);
    QStringList messages;
    for (const ProfileFinding &f : shifts)
        messages << f.message;
    QVERIFY2(messages.contains(QStringLiteral("Maximum of 'id': 1,000 → 2,500")), qPrintable(messages.join(u'\n')));
    QVERIFY2(messages.contains(QStringLiteral("Mean of 'id' moved: 500.5 → 900")), qPrintable(messages.join(u'\n')));
    QVERIFY2(messages.contains(QStringLiteral("p50 of 'id' moved: 500 → 900")), qPrintable(messages.join(u'\n')));
    QVERIFY2(messages.contains(QStringLiteral("Latest date in 'signup': 2024-12-30 → 2025-06-30")),
             qPrintable(messages.join(u'\n')));
    QCOMPARE(shifts.size(), 4); // the minimum did not move, p5/p95 did not move

    // A small wobble of the mean is not a finding.
    DatasetProfile wobble = older;
    column(wobble, QStringLiteral("id")).mean = 510;
    QVERIFY(findingsOf(ProfileComparison::compare(older, wobble), Kind::RangeShifted).isEmpty());
}

void tst_ProfileComparison::distinctCounts()
{
    const DatasetProfile older = testing::sampleProfile();
    DatasetProfile newer = older;
    column(newer, QStringLiteral("id")).distinct = 990; // was unique
    column(newer, QStringLiteral("signup")).distinct = 600; // 300 -> 600
    const auto findings = ProfileComparison::compare(older, newer);
    const auto id = findingsOf(findings, Kind::DistinctChanged, QStringLiteral("id"));
    QCOMPARE(id.size(), 1);
    QCOMPARE(id[0].severity, Severity::Warning);
    QCOMPARE(id[0].message, QStringLiteral("'id' is no longer unique: 990 distinct values in 1,000 rows"));
    const auto signup = findingsOf(findings, Kind::DistinctChanged, QStringLiteral("signup"));
    QCOMPARE(signup.size(), 1);
    QCOMPARE(signup[0].message, QStringLiteral("Distinct values in 'signup': 300 → 600"));
}

void tst_ProfileComparison::qualityScores()
{
    const DatasetProfile older = testing::sampleProfile();
    DatasetProfile newer = older;
    newer.qualityOverall = 80;       // -17.5: critical
    newer.quality[0].score = 95;     // completeness -4: warning
    newer.quality[1].score = 99;     // validity +1: within the threshold
    column(newer, QStringLiteral("signup")).qualityOverall = 90; // +13.5: info
    const auto findings = findingsOf(ProfileComparison::compare(older, newer), Kind::QualityChanged);
    QCOMPARE(findings.size(), 3);
    QCOMPARE(findings[0].severity, Severity::Critical);
    QCOMPARE(findings[0].message, QStringLiteral("Quality (overall): 97.5 → 80 (-17.5 points)"));
    QCOMPARE(findings[1].severity, Severity::Warning);
    QCOMPARE(findings[1].message, QStringLiteral("Quality (completeness): 99 → 95 (-4.0 points)"));
    QCOMPARE(findings[2].severity, Severity::Info);
    QCOMPARE(findings[2].column, QStringLiteral("signup"));
    QCOMPARE(findings[2].message, QStringLiteral("Quality of 'signup' (overall): 76.5 → 90 (+13.5 points)"));
}

void tst_ProfileComparison::rowsAndDuplicates()
{
    const DatasetProfile older = testing::sampleProfile();
    DatasetProfile newer = older;
    newer.rows = 800;
    newer.duplicateRows = 9;
    const auto findings = ProfileComparison::compare(older, newer);
    const auto rows = findingsOf(findings, Kind::RowsChanged);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].severity, Severity::Warning);
    QCOMPARE(rows[0].message, QStringLiteral("Rows: 1,000 → 800 (-20.0%)"));
    const auto duplicates = findingsOf(findings, Kind::DuplicateRowsChanged);
    QCOMPARE(duplicates.size(), 1);
    QCOMPARE(duplicates[0].message, QStringLiteral("Duplicate rows: 4 → 9"));

    newer.rows = 1050; // growth is news, not a problem
    QCOMPARE(findingsOf(ProfileComparison::compare(older, newer), Kind::RowsChanged)[0].severity, Severity::Info);
}

void tst_ProfileComparison::newAlerts()
{
    const DatasetProfile older = testing::sampleProfile();
    DatasetProfile newer = older;
    const ProfileAlert missing{ProfileAlert::Kind::MostlyMissing, QStringLiteral("signup"),
                               QStringLiteral("'signup' is 60% empty.")};
    column(newer, QStringLiteral("signup")).alerts.append(missing);
    newer.alerts.append(missing);
    const auto findings = findingsOf(ProfileComparison::compare(older, newer), Kind::NewAlert);
    QCOMPARE(findings.size(), 1); // once, with its column (not again from the dataset's list)
    QCOMPARE(findings[0].column, QStringLiteral("signup"));
    QCOMPARE(findings[0].severity, Severity::Warning);
    QCOMPARE(findings[0].message, QStringLiteral("New alert: 'signup' is 60% empty."));
}

void tst_ProfileComparison::mostSevereFirst()
{
    const DatasetProfile older = testing::sampleProfile();
    DatasetProfile newer = older;
    newer.rows = 1100;                                   // info
    column(newer, QStringLiteral("email")).nulls = 500;  // critical
    newer.columns.removeAt(0);                           // critical (id gone)
    const auto findings = ProfileComparison::compare(older, newer);
    QVERIFY(findings.size() >= 3);
    for (int i = 1; i < findings.size(); ++i)
        QVERIFY2(int(findings[i - 1].severity) >= int(findings[i].severity), qPrintable(describe(findings)));
    QCOMPARE(findings.last().kind, Kind::RowsChanged);
    QCOMPARE(findingSeverityName(findings.first().severity), QStringLiteral("critical"));
}

QTEST_GUILESS_MAIN(tst_ProfileComparison)
#include "tst_profilecomparison.moc"
