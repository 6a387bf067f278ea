#pragma once

#include "engine/profile/columnstate.h"
#include "engine/profile/profile.h"

#include <QCoreApplication>

namespace miq {

// Internal figures behind a ProfileColumn that the quality scores and alerts need.
struct ColumnFacts
{
    std::int64_t nonBlank = 0;
    std::int64_t conforming = 0;        // values fitting the inferred type
    std::int64_t semanticMatches = 0;   // values matching the semantic type
    std::int64_t numericValues = 0;     // finite numbers among the values
    DateStats dates;                    // dates of the column's reading (ISO + ordered, as decided)
    std::int64_t dateValues = 0;
    std::int64_t cardShape = 0, ibanShape = 0;
    std::int64_t dominantFormat = 0;    // values in the most frequent date format
    std::int64_t formatValues = 0;      // values with a date format
    std::int64_t maxValueCount = 0;
    double entropy = 0;
    bool textColumn = true;
    bool keyLike = false;
    bool noRepeats = false;
    int sampleLevel = 0;
};

// Turns a column's merged state into the column part of the profile: type inference decision,
// statistics, dates, text features, semantic type, PII and SQL type advice.
class ColumnProfiler
{
    Q_DECLARE_TR_FUNCTIONS(ColumnProfiler)

public:
    // Share of non-blank values a type must hold to be the inferred type (the rest are listed as
    // not fitting).
    static constexpr double typeThreshold = 0.8;
    static constexpr double semanticThreshold = 0.5;
    static constexpr int topValuesShown = 20;
    static constexpr int patternsShown = 20;

    static ProfileColumn build(const Field &field, const ColumnSummary &summary, bool streamIsFile, ColumnFacts &facts);

    static void recommendSqlTypes(ProfileColumn &column, const ColumnStats &stats, const ColumnFacts &facts);
};

} // namespace miq
