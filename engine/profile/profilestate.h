#pragma once

#include "connectors/recordbatch.h"
#include "engine/profile/columnstate.h"
#include "engine/profile/hashsample.h"
#include "engine/profile/moments.h"

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

namespace miq {

// Which columns take part in the dataset-level measurements. Chosen once, from the first batch,
// before the workers start, so that every per-chunk state measures the same things and merges.
struct ProfileRoles
{
    static constexpr int maxReservoirColumns = 100; // numeric columns in the row sample (Spearman)
    static constexpr int maxPearsonColumns = 8;     // exact co-moments (Pearson) for these
    static constexpr int maxCategorical = 8;        // exact contingency tables (Cramér's V)
    static constexpr int maxKeyColumns = 4;         // two-column key candidates among these

    std::vector<bool> numeric;            // per column: numbers collected for correlations
    std::vector<int> reservoirColumns;    // numeric columns, in schema order
    std::vector<int> pearsonColumns;      // the first numeric columns
    std::vector<int> categorical;         // columns with <= 50 distinct values in the first batch
    std::vector<std::pair<int, int>> keyPairs;

    static ProfileRoles choose(const Schema &schema, const RecordBatch &firstBatch);
};

// Everything one worker learned from the batches it folded: a ColumnState per column plus the
// dataset-level measurements (duplicate rows, missing-value patterns, correlations, key
// candidates). States merge in any order into the state of the whole stream.
class ProfileState
{
public:
    static constexpr std::size_t rowSampleCapacity = 1u << 20; // exact duplicate rows up to here
    static constexpr std::size_t patternLimit = 4096;
    static constexpr std::size_t reservoirRows = 10000;
    static constexpr std::size_t pairSampleCapacity = 1u << 14;

    ProfileState(std::shared_ptr<const Schema> schema, std::shared_ptr<const ProfileRoles> roles,
                 std::int64_t nowMicros);

    void add(const RecordBatch &batch);
    void merge(const ProfileState &other);

    const Schema &schema() const { return *m_schema; }
    const ProfileRoles &roles() const { return *m_roles; }
    std::int64_t nowMicros() const { return m_now; }
    std::int64_t rows() const { return m_rows; }
    const std::vector<ColumnState> &columns() const { return m_columns; }
    const HashSample &rowSample() const { return m_rowSample; }
    // Missing-value patterns: bit i = column i (the first 64 columns) missing; rows with none.
    const std::unordered_map<std::uint64_t, std::int64_t> &missingPatterns() const { return m_patterns; }
    std::int64_t completeRows() const { return m_completeRows; }
    std::int64_t otherPatternRows() const { return m_otherPatternRows; }
    const std::vector<CoMoments> &pearson() const { return m_pearson; } // pairs i<j of pearsonColumns
    // Row sample for Spearman: rows x reservoirColumns, NaN = not a number.
    std::vector<std::vector<double>> reservoir() const;
    const std::vector<std::vector<std::int64_t>> &contingency() const { return m_contingency; }
    const std::vector<bool> &contingencyValid() const { return m_contingencyValid; }
    const std::vector<HashSample> &pairSamples() const { return m_pairSamples; }
    const std::vector<bool> &pairHasMissing() const { return m_pairMissing; }

private:
    void offerRow(std::uint64_t key, const double *values);

    std::shared_ptr<const Schema> m_schema;
    std::shared_ptr<const ProfileRoles> m_roles;
    std::int64_t m_now;
    std::int64_t m_rows = 0;
    std::vector<ColumnState> m_columns;
    std::vector<ColumnScratch> m_scratch;
    std::vector<std::uint64_t> m_rowHashes;
    std::vector<std::uint64_t> m_missMasks;
    HashSample m_rowSample{rowSampleCapacity};
    std::unordered_map<std::uint64_t, std::int64_t> m_patterns;
    std::int64_t m_completeRows = 0;
    std::int64_t m_otherPatternRows = 0;
    std::vector<CoMoments> m_pearson;
    // Bottom-k row sample by a hash of the record number: the same rows whatever the chunking.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> m_reservoirHeap; // max-heap of (key, slot)
    std::vector<double> m_reservoirValues;        // slot * columns
    std::vector<std::vector<std::int64_t>> m_contingency; // pairs i<j of categorical, 64 x 64
    std::vector<bool> m_contingencyValid;
    std::vector<HashSample> m_pairSamples;
    std::vector<bool> m_pairMissing;
    std::vector<std::uint64_t> m_pairHashes; // one pair's hashes of the current batch
    std::vector<double> m_rowValues;
};

} // namespace miq
