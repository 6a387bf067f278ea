#include "engine/profile/profilejson.h"

#include "profilefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <limits>

using namespace miq;

namespace {

// Through text, as the workspace and the CLI see it.
Result<DatasetProfile> roundTrip(const DatasetProfile &p)
{
    const QByteArray text = QJsonDocument(profileToJson(p)).toJson(QJsonDocument::Compact);
    return profileFromJson(QJsonDocument::fromJson(text).object());
}

bool same(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    return (std::isnan(*a) && std::isnan(*b)) || *a == *b;
}

#define COMPARE_OPT(a, b) QVERIFY2(same(a, b), #a)

void compareCounts(const QList<ValueCount> &a, const QList<ValueCount> &b)
{
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].value, b[i].value);
        QCOMPARE(a[i].count, b[i].count);
    }
}

void compareBins(const QList<HistogramBin> &a, const QList<HistogramBin> &b)
{
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].low, b[i].low);
        QCOMPARE(a[i].high, b[i].high);
        QCOMPARE(a[i].count, b[i].count);
    }
}

void compareAlerts(const QList<ProfileAlert> &a, const QList<ProfileAlert> &b)
{
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].kind, b[i].kind);
        QCOMPARE(a[i].column, b[i].column);
        QCOMPARE(a[i].message, b[i].message);
    }
}

void compareQuality(const QList<QualityScore> &a, const QList<QualityScore> &b)
{
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].dimension, b[i].dimension);
        COMPARE_OPT(a[i].score, b[i].score);
        QCOMPARE(a[i].explanation, b[i].explanation);
    }
}

void compareColumn(const ProfileColumn &a, const ProfileColumn &b)
{
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.sourceType, b.sourceType);
    QCOMPARE(a.inferredType, b.inferredType);
    QCOMPARE(a.typeConfidence, b.typeConfidence);
    QCOMPARE(a.nonConformingCount, b.nonConformingCount);
    QCOMPARE(a.nonConformingExamples, b.nonConformingExamples);
    QCOMPARE(a.semanticType, b.semanticType);
    QCOMPARE(a.semanticConfidence, b.semanticConfidence);
    QCOMPARE(a.pii, b.pii);
    QCOMPARE(a.count, b.count);
    QCOMPARE(a.nulls, b.nulls);
    QCOMPARE(a.blanks, b.blanks);
    QCOMPARE(a.zeros, b.zeros);
    QCOMPARE(a.negatives, b.negatives);
    QCOMPARE(a.distinct, b.distinct);
    QCOMPARE(a.distinctExact, b.distinctExact);
    QCOMPARE(a.unique, b.unique);
    QCOMPARE(a.duplicates, b.duplicates);
    COMPARE_OPT(a.min, b.min);
    COMPARE_OPT(a.max, b.max);
    COMPARE_OPT(a.mean, b.mean);
    COMPARE_OPT(a.stddev, b.stddev);
    COMPARE_OPT(a.skewness, b.skewness);
    COMPARE_OPT(a.kurtosis, b.kurtosis);
    COMPARE_OPT(a.sum, b.sum);
    QCOMPARE(a.quantiles, b.quantiles);
    QCOMPARE(a.quantilesExact, b.quantilesExact);
    QCOMPARE(a.outliers, b.outliers);
    compareBins(a.histogram, b.histogram);
    QCOMPARE(a.lengthMin, b.lengthMin);
    QCOMPARE(a.lengthMax, b.lengthMax);
    COMPARE_OPT(a.lengthMean, b.lengthMean);
    compareBins(a.lengthHistogram, b.lengthHistogram);
    QCOMPARE(a.leadingWhitespace, b.leadingWhitespace);
    QCOMPARE(a.trailingWhitespace, b.trailingWhitespace);
    QCOMPARE(a.upperCase, b.upperCase);
    QCOMPARE(a.lowerCase, b.lowerCase);
    QCOMPARE(a.mixedCase, b.mixedCase);
    QCOMPARE(a.nonAscii, b.nonAscii);
    QCOMPARE(a.controlChars, b.controlChars);
    compareCounts(a.patterns, b.patterns);
    QCOMPARE(a.dateMin, b.dateMin);
    QCOMPARE(a.dateMax, b.dateMax);
    compareCounts(a.dateFormats, b.dateFormats);
    QCOMPARE(a.dayMonthDecision, b.dayMonthDecision);
    compareCounts(a.byYear, b.byYear);
    compareCounts(a.byMonth, b.byMonth);
    compareCounts(a.byWeekday, b.byWeekday);
    compareCounts(a.topValues, b.topValues);
    compareCounts(a.formats, b.formats);
    QCOMPARE(a.sqlTypeSqlite, b.sqlTypeSqlite);
    QCOMPARE(a.sqlTypePostgres, b.sqlTypePostgres);
    QCOMPARE(a.sqlTypeMysql, b.sqlTypeMysql);
    compareAlerts(a.alerts, b.alerts);
    compareQuality(a.quality, b.quality);
    COMPARE_OPT(a.qualityOverall, b.qualityOverall);
}

void compareProfiles(const DatasetProfile &a, const DatasetProfile &b)
{
    QCOMPARE(a.sourceName, b.sourceName);
    QCOMPARE(a.stream, b.stream);
    QCOMPARE(a.profiledAt, b.profiledAt);
    QCOMPARE(a.sampled, b.sampled);
    QCOMPARE(a.sampleRows, b.sampleRows);
    QCOMPARE(a.rows, b.rows);
    QCOMPARE(a.duplicateRows, b.duplicateRows);
    QCOMPARE(a.duplicateRowsExact, b.duplicateRowsExact);
    QCOMPARE(a.badRecords, b.badRecords);
    QCOMPARE(a.seconds, b.seconds);
    QCOMPARE(a.encoding, b.encoding);
    QCOMPARE(a.dialect, b.dialect);
    QCOMPARE(a.columns.size(), b.columns.size());
    for (int i = 0; i < a.columns.size(); ++i) {
        compareColumn(a.columns[i], b.columns[i]);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(a.missingPatterns.size(), b.missingPatterns.size());
    for (int i = 0; i < a.missingPatterns.size(); ++i) {
        QCOMPARE(a.missingPatterns[i].columns, b.missingPatterns[i].columns);
        QCOMPARE(a.missingPatterns[i].rows, b.missingPatterns[i].rows);
    }
    QCOMPARE(a.correlations.size(), b.correlations.size());
    for (int i = 0; i < a.correlations.size(); ++i) {
        QCOMPARE(a.correlations[i].a, b.correlations[i].a);
        QCOMPARE(a.correlations[i].b, b.correlations[i].b);
        QCOMPARE(a.correlations[i].method, b.correlations[i].method);
        QCOMPARE(a.correlations[i].value, b.correlations[i].value);
    }
    QCOMPARE(a.candidateKeys.size(), b.candidateKeys.size());
    for (int i = 0; i < a.candidateKeys.size(); ++i) {
        QCOMPARE(a.candidateKeys[i].columns, b.candidateKeys[i].columns);
        QCOMPARE(a.candidateKeys[i].exact, b.candidateKeys[i].exact);
    }
    compareAlerts(a.alerts, b.alerts);
    compareQuality(a.quality, b.quality);
    COMPARE_OPT(a.qualityOverall, b.qualityOverall);
    QCOMPARE(a.sketchNotes, b.sketchNotes);
}

} // namespace

class tst_ProfileJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsLossless_data();
    void roundTripIsLossless();
    void documentedKeys();
    void nonFiniteNumbersSurvive();
    void refusesWhatIsNotAProfile_data();
    void refusesWhatIsNotAProfile();
    void readsQualityWithoutDetails();
};

void tst_ProfileJson::roundTripIsLossless_data()
{
    QTest::addColumn<DatasetProfile>("profile");
    QTest::newRow("full") << testing::sampleProfile();
    DatasetProfile sampled = testing::sampleProfile(50, 0);
    sampled.sampled = true;
    sampled.sampleRows = 50;
    sampled.qualityOverall.reset();
    sampled.columns[0].min.reset();
    sampled.columns[0].quantiles.clear();
    sampled.columns[1].lengthMin.reset();
    sampled.columns[1].semanticType = SemanticType::None;
    QTest::newRow("sampled, figures missing") << sampled;
    DatasetProfile empty;
    QTest::newRow("empty") << empty;
    DatasetProfile every = testing::sampleProfile();
    // Every identifier of every enumeration, so a name that does not read back shows up.
    for (int i = int(ProfileType::Empty); i <= int(ProfileType::Text); ++i) {
        ProfileColumn c = testing::idColumn(10);
        c.name = QStringLiteral("type %1").arg(i);
        c.inferredType = ProfileType(i);
        c.semanticType = SemanticType(i % (int(SemanticType::CurrencyAmount) + 1));
        c.sourceType = ColumnType(i % (int(ColumnType::Bytes) + 1));
        every.columns.append(c);
    }
    for (int i = int(ProfileAlert::Kind::Constant); i <= int(ProfileAlert::Kind::HighCorrelation); ++i)
        every.alerts.append({ProfileAlert::Kind(i), QString(), QStringLiteral("alert %1").arg(i)});
    for (int i = 0; i <= int(Correlation::Method::CramersV); ++i)
        every.correlations.append({QStringLiteral("a"), QStringLiteral("b"), Correlation::Method(i), -0.5});
    QTest::newRow("every identifier") << every;
}

void tst_ProfileJson::roundTripIsLossless()
{
    QFETCH(DatasetProfile, profile);
    const auto back = roundTrip(profile);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    compareProfiles(*back, profile);
}

void tst_ProfileJson::documentedKeys()
{
    // The CLI's --json contract (docs): these keys and shapes must not change.
    const QJsonObject o = profileToJson(testing::sampleProfile());
    QCOMPARE(o.value(QStringLiteral("rows")).toInteger(), 1000);
    QCOMPARE(o.value(QStringLiteral("duplicate_rows")).toInteger(), 4);
    QCOMPARE(o.value(QStringLiteral("quality")).toObject().value(QStringLiteral("overall")).toDouble(), 97.5);
    QCOMPARE(o.value(QStringLiteral("quality")).toObject().value(QStringLiteral("completeness")).toDouble(), 99.0);
    QVERIFY(o.value(QStringLiteral("quality")).toObject().value(QStringLiteral("accuracy")).isNull());

    const QJsonArray columns = o.value(QStringLiteral("columns")).toArray();
    QCOMPARE(columns.size(), 3);
    const QJsonObject id = columns.at(0).toObject();
    QCOMPARE(id.value(QStringLiteral("name")).toString(), QStringLiteral("id"));
    QCOMPARE(id.value(QStringLiteral("inferred_type")).toString(), QStringLiteral("integer"));
    QCOMPARE(id.value(QStringLiteral("count")).toInteger(), 1000);
    QCOMPARE(id.value(QStringLiteral("nulls")).toInteger(), 0);
    QCOMPARE(id.value(QStringLiteral("distinct")).toInteger(), 1000);
    QCOMPARE(id.value(QStringLiteral("min")).toDouble(), 1.0);
    QCOMPARE(id.value(QStringLiteral("max")).toDouble(), 1000.0);
    QCOMPARE(id.value(QStringLiteral("mean")).toDouble(), 500.5);
    QVERIFY(id.value(QStringLiteral("stddev")).isDouble());
    const QJsonObject q = id.value(QStringLiteral("quantiles")).toObject();
    QCOMPARE(q.keys().size(), 7);
    for (const char *key : {"p1", "p5", "p25", "p50", "p75", "p95", "p99"})
        QVERIFY2(q.value(QLatin1String(key)).isDouble(), key);
    QCOMPARE(q.value(QStringLiteral("p50")).toDouble(), 500.0);
    const QJsonArray top = id.value(QStringLiteral("top_values")).toArray();
    QCOMPARE(top.at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("1"));
    QCOMPARE(top.at(0).toObject().value(QStringLiteral("count")).toInteger(), 1);
    QCOMPARE(id.value(QStringLiteral("quality")).toObject().value(QStringLiteral("overall")).toDouble(), 100.0);
    QCOMPARE(id.value(QStringLiteral("quality")).toObject().value(QStringLiteral("validity")).toDouble(), 100.0);

    const QJsonObject email = columns.at(1).toObject();
    QCOMPARE(email.value(QStringLiteral("semantic_type")).toString(), QStringLiteral("email"));
    QCOMPARE(email.value(QStringLiteral("formats")).toArray().at(0).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("email"));
    QVERIFY(!email.contains(QStringLiteral("min"))); // absent figures are omitted, not null
    QCOMPARE(email.value(QStringLiteral("alerts")).toArray().at(0).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("pii"));
    QCOMPARE(o.value(QStringLiteral("correlations")).toArray().at(1).toObject().value(QStringLiteral("method")).toString(),
             QStringLiteral("cramers_v"));
    QCOMPARE(o.value(QStringLiteral("profiled_at")).toString(), QStringLiteral("2026-03-14T09:26:53.589Z"));
}

void tst_ProfileJson::nonFiniteNumbersSurvive()
{
    DatasetProfile p = testing::sampleProfile();
    p.columns[0].min = -std::numeric_limits<double>::infinity();
    p.columns[0].max = std::numeric_limits<double>::infinity();
    p.columns[0].mean = std::numeric_limits<double>::quiet_NaN();
    const QJsonObject column = profileToJson(p).value(QStringLiteral("columns")).toArray().at(0).toObject();
    QCOMPARE(column.value(QStringLiteral("min")).toString(), QStringLiteral("-inf"));
    const auto back = roundTrip(p);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(std::isinf(*back->columns[0].min) && *back->columns[0].min < 0);
    QVERIFY(std::isinf(*back->columns[0].max) && *back->columns[0].max > 0);
    QVERIFY(std::isnan(*back->columns[0].mean));
}

void tst_ProfileJson::refusesWhatIsNotAProfile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no format") << QByteArray(R"({"rows": 3})") << QStringLiteral("not a MigrateIQ profile");
    QTest::newRow("newer format") << QByteArray(R"({"format":"migrateiq-profile","format_version":99})")
                                  << QStringLiteral("newer version");
    QTest::newRow("unknown type")
        << QByteArray(R"({"format":"migrateiq-profile","format_version":1,"source":"S","stream":"t",)"
                      R"("columns":[{"name":"a","inferred_type":"quaternion"}]})")
        << QStringLiteral("'columns[0].inferred_type': unknown value 'quaternion'");
    QTest::newRow("text for a count")
        << QByteArray(R"({"format":"migrateiq-profile","format_version":1,"source":"S","stream":"t","rows":"many"})")
        << QStringLiteral("'rows': expected a whole number");
    QTest::newRow("bad alert")
        << QByteArray(R"({"format":"migrateiq-profile","format_version":1,"source":"S","stream":"t",)"
                      R"("alerts":[{"kind":"spooky","message":"x"}]})")
        << QStringLiteral("'alerts[0].kind': unknown value 'spooky'");
}

void tst_ProfileJson::refusesWhatIsNotAProfile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto result = profileFromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
}

void tst_ProfileJson::readsQualityWithoutDetails()
{
    // A profile written by another tool: scores only.
    const QByteArray json = R"({"format":"migrateiq-profile","format_version":1,"source":"S","stream":"t",
        "quality":{"completeness":90,"validity":80,"overall":85}})";
    const auto result = profileFromJson(QJsonDocument::fromJson(json).object());
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->quality.size(), 2);
    QCOMPARE(*result->qualityOverall, 85.0);
    QCOMPARE(result->quality[0].dimension, QualityScore::Dimension::Completeness);
    QCOMPARE(*result->quality[0].score, 90.0);
}

QTEST_GUILESS_MAIN(tst_ProfileJson)
#include "tst_profilejson.moc"
