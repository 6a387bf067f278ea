#pragma once

#include "connectors/recordbatch.h"
#include "engine/profile/columnstats.h"
#include "engine/profile/hashsample.h"
#include "engine/profile/hyperloglog.h"
#include "engine/profile/kllsketch.h"
#include "engine/profile/moments.h"
#include "engine/profile/spacesaving.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace miq {

// Per-row facts a column pass leaves for the dataset-level pass of the same batch.
struct ColumnScratch
{
    enum Missing : std::uint8_t { Present = 0, Null = 1, Blank = 2 };
    static constexpr std::uint8_t noCode = 255;

    std::vector<std::uint64_t> hashes;  // value hash per row (null and blank get their own)
    std::vector<std::uint8_t> missing;
    std::vector<double> numbers;        // finite number or NaN, when the column is a numeric role
    std::vector<std::uint8_t> codes;    // category code 0..63 or noCode, when a categorical role
};

// The figures a column state ends with, before they become a ProfileColumn.
struct ColumnSummary
{
    bool exact = true;            // distinct/unique/top values/quantiles exact (value map held)
    std::int64_t rows = 0, nulls = 0, blanks = 0;
    std::int64_t distinct = 0;
    std::int64_t unique = 0;
    int sampleLevel = 0;          // distinct sample level (0 = exact)
    std::int64_t maxValueCount = 0; // largest count of one value (exact or sampled)
    bool noRepeats = false;       // no value seen twice (exact, or in the distinct sample)
    ColumnStats stats;
    Moments moments;
    bool quantilesExact = true;
    std::vector<std::pair<double, double>> quantiles; // (p, value) for p1 p5 p25 p50 p75 p95 p99
    struct Bin
    {
        double low, high;
        std::int64_t count;
    };
    std::vector<Bin> histogram;   // exact from the value map, else estimated from the KLL sketch
    std::int64_t outliers = 0;
    double outlierLow = 0, outlierHigh = 0;
    struct Top
    {
        std::string text;
        std::int64_t count;
    };
    std::vector<Top> top;         // most frequent first
    double entropy = 0;           // of the value distribution (exact mode), nats
};

// One column's state over the batches one worker has seen. While the column has at most
// `exactLimit` distinct values (and their text fits `arenaLimit` bytes) it keeps an exact map of
// value -> count and classifies each distinct value once; past that it "spills": the map is folded
// into sketches (HyperLogLog, KLL, Space-Saving, a distinct sample) and each value is classified
// as it comes. States merge in any order.
class ColumnState
{
public:
    static constexpr std::size_t exactLimit = 65536;
    static constexpr std::size_t arenaLimit = 4u << 20;
    static constexpr int topCount = 64;

    ColumnState(ColumnType type, bool numericRole, std::int64_t nowMicros);

    void add(const Column &column, ColumnScratch &scratch);
    void merge(const ColumnState &other);
    ColumnSummary summarize() const;

    bool exact() const { return !m_spilled; }
    // Category code -> value hash (exact mode, codes < 64).
    std::uint64_t codeHash(std::uint8_t code) const { return m_entries[code].hash; }
    // The code of a value hash in this state, or ColumnScratch::noCode.
    std::uint8_t codeOf(std::uint64_t hash) const;
    std::size_t distinctSoFar() const { return m_spilled ? 0 : m_entries.size(); }

private:
    struct Entry
    {
        std::uint64_t hash;
        std::uint64_t count;
        std::uint32_t offset;
        std::uint32_t length;
        double number;     // finite number or NaN (text: only for numeric roles; typed: the value)
        std::int64_t raw;  // typed columns: the int64 cell (Int64, Bool, Date, Timestamp)
    };

    struct Sketches
    {
        ColumnStats stats;
        Moments moments;
        KllSketch kll;
        SpaceSaving top{std::size_t(topCount)};
        HyperLogLog hll;
        HashSample sample{8192};
    };

    bool textColumn() const;
    std::int64_t find(std::uint64_t hash) const;
    std::uint32_t insert(std::uint64_t hash, std::string_view text, double number, std::int64_t raw);
    void classifyEntry(const Entry &e, const std::string &arena, ValueClass &value, std::string &mask) const;
    void growIndex();
    void spill();
    void foldEntries(const std::vector<Entry> &entries, const std::string &arena);
    // Hash and missing flag of every row of a text column, nulls and blanks counted: one pass
    // whose hashes serve the value map or the sketches, and the dataset-level measures.
    void hashText(const Column &column, ColumnScratch &s);
    void addExactText(const Column &column, ColumnScratch &s, std::int64_t &row);
    void addSpilledText(const Column &column, ColumnScratch &s, std::int64_t row);
    void addExactTyped(const Column &column, ColumnScratch &s, std::int64_t &row);
    void addSpilledTyped(const Column &column, ColumnScratch &s, std::int64_t row);
    void summarizeExact(ColumnSummary &out) const;
    void summarizeSketches(ColumnSummary &out) const;

    ColumnType m_type;
    bool m_numericRole;
    std::int64_t m_now;
    std::int64_t m_rows = 0, m_nulls = 0, m_blanks = 0;
    bool m_spilled = false;
    // Exact mode.
    std::vector<Entry> m_entries;
    // Open addressing over the entries; the hash is kept in the slot so that a probe touches one
    // cache line instead of two.
    struct Slot
    {
        std::uint64_t hash;
        std::uint32_t entry; // entry + 1, 0 = empty
    };
    std::vector<Slot> m_index;
    std::uint64_t m_indexMask = 0;
    std::string m_arena;
    // Spilled mode.
    std::unique_ptr<Sketches> m_sketches;
    std::vector<double> m_batchNumbers;
    std::vector<std::uint64_t> m_present; // hashes of the batch's present values (spilled mode)
    std::string m_mask;
    std::string m_text;
};

} // namespace miq
