#pragma once

#include "connectors/connector.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace miq {

// The finished profile of one stream: plain values, computed by Profiler (engine/profile/
// profiler.h), saved in the workspace as JSON (profilejson.h), shown by the profiling pane and
// exported as JSON/HTML. Nothing here refers to the sketches that produced it.
//
// Exactness: every field says in its comment whether it is exact or estimated. Estimated figures
// carry their error bound in ProfileColumn::distinctExact / DatasetProfile::sketchNotes.

// What a column's values are, from the whole column (not a sample unless the profile is one).
enum class ProfileType {
    Empty,     // every value null or blank
    Integer,
    Decimal,   // exact decimals (fixed point text)
    Float,     // needs floating point (exponents, inf/nan, > 38 digits)
    Boolean,
    Date,
    Time,
    Timestamp,   // without zone
    TimestampTz, // with zone or offset
    Text,
};

// A recognised meaning of text values.
enum class SemanticType {
    None,
    Email,
    Url,
    Phone,
    Uuid,
    IPv4,
    IPv6,
    IsoDate,
    CreditCard, // passes Luhn
    Iban,       // passes the ISO 13616 checksum
    PostalCode,
    CountryCode,
    CurrencyAmount,
};

struct ValueCount
{
    QString value;
    qint64 count = 0;
};

struct HistogramBin
{
    double low = 0;  // inclusive
    double high = 0; // exclusive, except the last bin
    qint64 count = 0;
};

struct ProfileAlert
{
    enum class Kind {
        Constant,
        Unique,
        HighCardinality,
        MostlyMissing,
        Skewed,
        Imbalanced,
        NumbersAsText,
        DatesAsText,
        MixedFormats,
        ConstantLength,
        Outliers,
        Pii,
        DuplicateRows,
        HighCorrelation,
    };
    Kind kind = Kind::Constant;
    QString column;  // empty for dataset alerts
    QString message; // translated, in words a user understands, with the figures behind it
};

// One quality dimension's score, 0..100, with the measurements behind it in words.
struct QualityScore
{
    enum class Dimension { Completeness, Validity, Uniqueness, Consistency, Accuracy };
    Dimension dimension = Dimension::Completeness;
    std::optional<double> score; // empty when the dimension does not apply (e.g. no rules for accuracy)
    QString explanation;         // translated: "98.2% of 1,000,000 values are present (17,913 nulls)"
};

struct ProfileColumn
{
    QString name;
    ColumnType sourceType = ColumnType::String; // as the connector delivered it

    // Type inference (exact over the profiled rows).
    ProfileType inferredType = ProfileType::Text;
    double typeConfidence = 0;       // share of non-blank values that fit inferredType, 0..1
    qint64 nonConformingCount = 0;   // non-blank values that do not fit inferredType
    QStringList nonConformingExamples; // up to 10, as read
    SemanticType semanticType = SemanticType::None;
    double semanticConfidence = 0;   // share of non-blank values matching semanticType
    bool pii = false;                // email, phone, credit card, IBAN, or a name-like column flagged by name

    // Counts (exact).
    qint64 count = 0;   // rows
    qint64 nulls = 0;
    qint64 blanks = 0;  // empty or whitespace-only text (not null)
    qint64 zeros = 0;
    qint64 negatives = 0;
    // Distinct values: exact while distinctExact, else a HyperLogLog estimate (error in docs).
    qint64 distinct = 0;
    bool distinctExact = true;
    qint64 unique = 0;     // values seen exactly once (exact while distinctExact, else estimated)
    qint64 duplicates = 0; // non-null values minus distinct

    // Numbers (integer, decimal, float columns, and numeric text). Moments exact up to floating
    // point; quantiles from a KLL sketch (rank error stated in docs/profiling.md).
    std::optional<double> min, max, mean, stddev, skewness, kurtosis, sum;
    QList<std::pair<QString, double>> quantiles; // {"p1",v} {"p5",v} {"p25",v} ... {"p99",v}
    bool quantilesExact = true; // false: from the KLL sketch (quantiles, histogram, outliers estimated)
    qint64 outliers = 0;                          // outside [p25 - 1.5 IQR, p75 + 1.5 IQR]
    QList<HistogramBin> histogram;

    // Text (exact).
    std::optional<qint64> lengthMin, lengthMax;
    std::optional<double> lengthMean;
    QList<HistogramBin> lengthHistogram;
    qint64 leadingWhitespace = 0, trailingWhitespace = 0;
    qint64 upperCase = 0, lowerCase = 0, mixedCase = 0;
    qint64 nonAscii = 0, controlChars = 0;
    QList<ValueCount> patterns; // character-class masks ("Aaaa 99") with counts, most frequent first

    // Dates and timestamps (exact).
    QString dateMin, dateMax;        // ISO 8601
    QList<ValueCount> dateFormats;   // e.g. {"YYYY-MM-DD", 812}, {"DD/MM/YYYY", 40}
    QString dayMonthDecision;        // translated, when day/month order was ambiguous: which and why
    QList<ValueCount> byYear, byMonth, byWeekday;

    // Top values (Space-Saving; counts exact when distinctExact, else lower bounds).
    QList<ValueCount> topValues;
    QList<ValueCount> formats; // semantic formats seen: {"email", 950}, {"url", 3}

    // Recommendations.
    QString sqlTypeSqlite, sqlTypePostgres, sqlTypeMysql;
    QList<ProfileAlert> alerts;
    QList<QualityScore> quality; // five dimensions
    std::optional<double> qualityOverall; // mean of the dimensions that apply
};

struct Correlation
{
    enum class Method { Pearson, Spearman, CramersV };
    QString a, b;
    Method method = Method::Pearson;
    double value = 0;
};

struct MissingPattern
{
    QStringList columns; // the columns missing together on these rows (empty = complete rows)
    qint64 rows = 0;
};

struct CandidateKey
{
    QStringList columns; // one or two columns whose values are unique and never null
    bool exact = true;   // false when uniqueness was judged from sketches
};

struct DatasetProfile
{
    QString sourceName;
    QString stream;
    QDateTime profiledAt;         // UTC
    bool sampled = false;         // true when only the first sampleRows rows were read
    qint64 sampleRows = -1;
    qint64 rows = 0;              // exact over the profiled rows
    qint64 duplicateRows = 0;     // exact up to the threshold in docs/profiling.md, else estimated
    bool duplicateRowsExact = true;
    qint64 badRecords = 0;        // records the reader set aside (not profiled)
    double seconds = 0;
    QString encoding, dialect;    // files: "UTF-8", "',' delimited, '\"' quoted, header row"
    QList<ProfileColumn> columns;
    QList<MissingPattern> missingPatterns; // most frequent first, bounded
    QList<Correlation> correlations;
    QList<CandidateKey> candidateKeys;
    QList<ProfileAlert> alerts;   // dataset-level alerts and every column's, most severe first
    QList<QualityScore> quality;  // five dimensions over the whole dataset
    std::optional<double> qualityOverall;
    QStringList sketchNotes;      // translated: which figures are estimated and their bounds
};

QString profileTypeName(ProfileType type);       // stable identifier: "integer", "timestamptz"
QString semanticTypeName(SemanticType type);     // stable identifier: "email", "iban"
QString alertKindName(ProfileAlert::Kind kind);  // stable identifier: "mostly_missing"
QString qualityDimensionName(QualityScore::Dimension dimension); // "completeness"
QString correlationMethodName(Correlation::Method method);       // "pearson"

} // namespace miq
