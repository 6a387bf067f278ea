#pragma once

#include "connectors/destination.h"
#include "connectors/recordbatch.h"

#include <QList>

#include <cstdint>
#include <vector>

namespace miq {

// Full-pass type inference for a job's target table: it sees EVERY value of each column (not a
// sample), so the chosen type holds all of them and a run never meets a value the table cannot
// take. Mergeable: chunks of a big file are inferred in parallel and their results merged; the
// merge of two halves gives exactly what one pass over the whole gives.
//
// For String source columns (text sources), the narrowest type that holds every non-empty value:
//   Bool      every value is true/false/yes/no/t/f/y/n (any case), or 1/0 when the column also
//             has those words (a pure 0/1 column is Int64)
//   Int64     [+-]digits in the int64 range, no leading zeros (zip code "00123" stays String)
//   Decimal   fixed-point (integers included); precision = max integer digits + max scale, which
//             must stay within 38 digits, scale = max scale
//   Double    exponent forms, more than 38 digits, or NaN/inf next to at least one real number
//   Date      YYYY-MM-DD
//   Timestamp ISO date-time (space or T, optional fraction, Z or offset); dates alone may mix in
//   String    anything else; precision = max length in code points (for VARCHAR sizing)
// See valueparsers.h for the exact forms. Null and empty values make the column nullable and say
// nothing about its type; a column with no value at all is a nullable String.
// Typed source columns (databases) keep their type; a Decimal one gets its precision/scale from
// the values (0/0 when one does not fit 38 digits).
class TypeInference
{
public:
    explicit TypeInference(const Schema &schema);

    // Hot path: scans each cell with the hand-written parsers and stops testing a type as soon as
    // one value rules it out. The batch must have the schema given to the constructor.
    void add(const RecordBatch &batch);
    // Adds the evidence of an inference over another part of the same stream.
    void merge(const TypeInference &other);

    // One column per source column, in the same order.
    QList<TargetColumn> result() const;
    qint64 rows() const { return m_rows; }

private:
    // The candidate types a text column can still have.
    enum Candidate : std::uint8_t {
        BoolCandidate = 1,
        Int64Candidate = 2,
        DecimalCandidate = 4,
        DoubleCandidate = 8,
        DateCandidate = 16,
        TimestampCandidate = 32,
        AllCandidates = 63,
    };

    struct Evidence
    {
        std::int64_t values = 0; // non-null, non-empty
        std::int64_t nulls = 0;  // null or empty
        std::uint8_t candidates = AllCandidates;
        bool boolWord = false;         // a word form (not 1/0) was seen
        bool finiteNumber = false;     // a number other than NaN/inf was seen
        bool decimalUnbounded = false; // typed Decimal column: a value beyond 38 digits
        int integerDigits = 0;
        int scale = 0;
        std::int64_t maxChars = 0;
    };

    static void addText(const Column &column, Evidence &evidence);
    static void addDecimal(const Column &column, Evidence &evidence);
    static TargetColumn textResult(const Evidence &evidence);

    Schema m_schema;
    std::vector<Evidence> m_columns;
    qint64 m_rows = 0;
};

} // namespace miq
