#pragma once

// DatasetProfiles built by hand for the tests of what consumes profiles (JSON, store, comparison,
// report, models, pane): every field set, so a field a consumer forgets shows up as a difference.

#include "engine/profile/profile.h"

#include <QTimeZone>

namespace miq::testing {

inline QList<QualityScore> qualityScores(double completeness, double validity, double uniqueness,
                                         double consistency, std::optional<double> accuracy = std::nullopt)
{
    using D = QualityScore::Dimension;
    return {
        {D::Completeness, completeness, QStringLiteral("%1% of values are present").arg(completeness)},
        {D::Validity, validity, QStringLiteral("values fit the inferred type")},
        {D::Uniqueness, uniqueness, QStringLiteral("distinct share")},
        {D::Consistency, consistency, QStringLiteral("one format")},
        {D::Accuracy, accuracy, QStringLiteral("no rules given")},
    };
}

inline ProfileColumn idColumn(qint64 rows)
{
    ProfileColumn c;
    c.name = QStringLiteral("id");
    c.sourceType = ColumnType::Int64;
    c.inferredType = ProfileType::Integer;
    c.typeConfidence = 1;
    c.count = rows;
    c.distinct = rows;
    c.unique = rows;
    c.min = 1;
    c.max = double(rows);
    c.mean = (rows + 1) / 2.0;
    c.stddev = rows / 3.4641;
    c.skewness = 0;
    c.kurtosis = -1.2;
    c.sum = rows * (rows + 1) / 2.0;
    c.quantiles = {{QStringLiteral("p1"), rows * 0.01},  {QStringLiteral("p5"), rows * 0.05},
                   {QStringLiteral("p25"), rows * 0.25}, {QStringLiteral("p50"), rows * 0.5},
                   {QStringLiteral("p75"), rows * 0.75}, {QStringLiteral("p95"), rows * 0.95},
                   {QStringLiteral("p99"), rows * 0.99}};
    c.quantilesExact = false;
    for (int i = 0; i < 4; ++i)
        c.histogram.append({1 + i * (rows / 4.0), 1 + (i + 1) * (rows / 4.0), rows / 4});
    c.patterns = {{QStringLiteral("9999"), rows}};
    c.topValues = {{QStringLiteral("1"), 1}, {QStringLiteral("2"), 1}};
    c.sqlTypeSqlite = QStringLiteral("INTEGER");
    c.sqlTypePostgres = QStringLiteral("integer");
    c.sqlTypeMysql = QStringLiteral("INT");
    c.alerts = {{ProfileAlert::Kind::Unique, c.name, QStringLiteral("Every value of 'id' is unique.")}};
    c.quality = qualityScores(100, 100, 100, 100);
    c.qualityOverall = 100;
    return c;
}

inline ProfileColumn emailColumn(qint64 rows, qint64 nulls)
{
    ProfileColumn c;
    c.name = QStringLiteral("email");
    c.inferredType = ProfileType::Text;
    c.typeConfidence = 0.98;
    c.nonConformingCount = 3;
    c.nonConformingExamples = {QStringLiteral("not-an-email"), QStringLiteral("<script>alert(1)</script>")};
    c.semanticType = SemanticType::Email;
    c.semanticConfidence = 0.97;
    c.pii = true;
    c.count = rows;
    c.nulls = nulls;
    c.blanks = 2;
    c.distinct = rows - nulls - 5;
    c.distinctExact = false;
    c.unique = rows - nulls - 10;
    c.duplicates = 5;
    c.lengthMin = 7;
    c.lengthMax = 42;
    c.lengthMean = 21.5;
    c.lengthHistogram = {{7, 20, rows / 2}, {20, 42, rows / 2 - nulls}};
    c.leadingWhitespace = 1;
    c.trailingWhitespace = 2;
    c.lowerCase = rows - nulls - 4;
    c.mixedCase = 4;
    c.nonAscii = 6;
    c.patterns = {{QStringLiteral("aaaa@aaaa.aaa"), rows - nulls - 3}, {QStringLiteral("aaaa-aa-aa"), 3}};
    c.topValues = {{QStringLiteral("ann@example.com"), 3}, {QStringLiteral("bob@example.com"), 2}};
    c.formats = {{QStringLiteral("email"), rows - nulls - 3}};
    c.sqlTypeSqlite = QStringLiteral("TEXT");
    c.sqlTypePostgres = QStringLiteral("varchar(42)");
    c.sqlTypeMysql = QStringLiteral("VARCHAR(42)");
    c.alerts = {{ProfileAlert::Kind::Pii, c.name, QStringLiteral("'email' holds e-mail addresses.")}};
    const double completeness = 100.0 * (rows - nulls) / rows;
    c.quality = qualityScores(completeness, 98, 99, 97);
    c.qualityOverall = (completeness + 98 + 99 + 97) / 4;
    return c;
}

inline ProfileColumn signupColumn(qint64 rows)
{
    ProfileColumn c;
    c.name = QStringLiteral("signup");
    c.inferredType = ProfileType::Date;
    c.typeConfidence = 1;
    c.count = rows;
    c.distinct = 300;
    c.dateMin = QStringLiteral("2021-01-03");
    c.dateMax = QStringLiteral("2024-12-30");
    c.dateFormats = {{QStringLiteral("YYYY-MM-DD"), rows - 40}, {QStringLiteral("DD/MM/YYYY"), 40}};
    c.dayMonthDecision = QStringLiteral("day first: 13 values have a day above 12");
    c.byYear = {{QStringLiteral("2021"), rows / 4}, {QStringLiteral("2022"), rows / 4},
                {QStringLiteral("2023"), rows / 4}, {QStringLiteral("2024"), rows / 4}};
    c.byMonth = {{QStringLiteral("1"), rows / 2}, {QStringLiteral("7"), rows / 2}};
    c.byWeekday = {{QStringLiteral("1"), rows / 2}, {QStringLiteral("5"), rows / 2}};
    c.patterns = {{QStringLiteral("9999-99-99"), rows - 40}, {QStringLiteral("99/99/9999"), 40}};
    c.topValues = {{QStringLiteral("2023-05-01"), 9}};
    c.alerts = {{ProfileAlert::Kind::MixedFormats, c.name, QStringLiteral("'signup' mixes 2 date formats.")}};
    c.quality = qualityScores(100, 100, 10, 96);
    c.qualityOverall = 76.5;
    return c;
}

// A profile of "Customers" / "customers.csv" with three columns and every dataset-level field.
inline DatasetProfile sampleProfile(qint64 rows = 1000, qint64 emailNulls = 20)
{
    DatasetProfile p;
    p.sourceName = QStringLiteral("Customers");
    p.stream = QStringLiteral("customers.csv");
    p.profiledAt = QDateTime(QDate(2026, 3, 14), QTime(9, 26, 53, 589), QTimeZone::utc());
    p.sampled = false;
    p.sampleRows = -1;
    p.rows = rows;
    p.duplicateRows = 4;
    p.duplicateRowsExact = true;
    p.badRecords = 2;
    p.seconds = 0.75;
    p.encoding = QStringLiteral("UTF-8");
    p.dialect = QStringLiteral("',' delimited, '\"' quoted, header row");
    p.columns = {idColumn(rows), emailColumn(rows, emailNulls), signupColumn(rows)};
    p.missingPatterns = {{{}, rows - emailNulls}, {{QStringLiteral("email")}, emailNulls}};
    p.correlations = {{QStringLiteral("id"), QStringLiteral("signup"), Correlation::Method::Spearman, 0.93},
                      {QStringLiteral("email"), QStringLiteral("signup"), Correlation::Method::CramersV, 0.12}};
    p.candidateKeys = {{{QStringLiteral("id")}, true}, {{QStringLiteral("email"), QStringLiteral("signup")}, false}};
    p.alerts = {{ProfileAlert::Kind::DuplicateRows, QString(), QStringLiteral("4 rows are exact duplicates.")}};
    for (const ProfileColumn &c : p.columns)
        p.alerts += c.alerts;
    p.quality = qualityScores(99, 98, 97, 96);
    p.qualityOverall = 97.5;
    p.sketchNotes = {QStringLiteral("Distinct counts above 100,000 are estimated (±1.6%).")};
    return p;
}

} // namespace miq::testing
