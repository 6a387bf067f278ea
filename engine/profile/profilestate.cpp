#include "engine/profile/profilestate.h"

#include "engine/profile/valueclass.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace miq {

namespace {

std::uint64_t mix64(std::uint64_t x)
{
    // splitmix64 finaliser
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

std::uint64_t rotl(std::uint64_t x, int r)
{
    return (x << r) | (x >> (64 - r));
}

} // namespace

ProfileRoles ProfileRoles::choose(const Schema &schema, const RecordBatch &first)
{
    ProfileRoles roles;
    const int columns = int(schema.size());
    roles.numeric.assign(std::size_t(columns), false);
    struct Candidate
    {
        int column;
        double distinctShare;
    };
    std::vector<Candidate> keyCandidates;
    for (int c = 0; c < columns; ++c) {
        const ColumnType type = schema[std::size_t(c)].type;
        const Column *column = std::size_t(c) < first.columns.size() ? &first.columns[std::size_t(c)] : nullptr;
        std::int64_t present = 0;
        std::int64_t numeric = 0;
        std::unordered_set<std::string> distinct;
        std::unordered_set<std::int64_t> distinctTyped;
        bool overflow = false;
        if (column) {
            for (std::int64_t r = 0; r < column->size(); ++r) {
                if (column->isNull(r))
                    continue;
                if (column->isText()) {
                    const std::string_view t = column->text(r);
                    if (isBlank(t))
                        continue;
                    ++present;
                    if (!std::isnan(textNumber(t)))
                        ++numeric;
                    if (distinct.size() <= 65536)
                        distinct.emplace(t);
                    else
                        overflow = true;
                } else {
                    ++present;
                    if (distinctTyped.size() <= 65536)
                        distinctTyped.insert(type == ColumnType::Double ? std::int64_t(std::hash<double>()(column->doubleValue(r)))
                                                                       : column->intValue(r));
                    else
                        overflow = true;
                }
            }
        }
        const bool typedNumber = type == ColumnType::Int64 || type == ColumnType::Double || type == ColumnType::Decimal;
        if ((typedNumber && present > 0) || (present > 0 && numeric * 2 >= present && type == ColumnType::String)) {
            roles.numeric[std::size_t(c)] = true;
            if (int(roles.reservoirColumns.size()) < maxReservoirColumns)
                roles.reservoirColumns.push_back(c);
            if (int(roles.pearsonColumns.size()) < maxPearsonColumns)
                roles.pearsonColumns.push_back(c);
        }
        const std::size_t d = distinct.size() + distinctTyped.size();
        if (present > 0 && d >= 2 && d <= 50 && !overflow && int(roles.categorical.size()) < maxCategorical)
            roles.categorical.push_back(c);
        if (present > 0 && present * 2 >= first.rowCount && d < std::size_t(present) && !overflow)
            keyCandidates.push_back({c, double(d) / double(present)});
        else if (present > 0 && overflow)
            keyCandidates.push_back({c, 0.99});
    }
    // Two-column keys: among the most distinct columns that are not unique alone in the first batch.
    std::stable_sort(keyCandidates.begin(), keyCandidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.distinctShare > b.distinctShare; });
    if (keyCandidates.size() > std::size_t(maxKeyColumns))
        keyCandidates.resize(std::size_t(maxKeyColumns));
    std::vector<int> keys;
    for (const Candidate &k : keyCandidates)
        keys.push_back(k.column);
    std::sort(keys.begin(), keys.end());
    for (std::size_t i = 0; i < keys.size(); ++i)
        for (std::size_t j = i + 1; j < keys.size(); ++j)
            roles.keyPairs.emplace_back(keys[i], keys[j]);
    return roles;
}

ProfileState::ProfileState(std::shared_ptr<const Schema> schema, std::shared_ptr<const ProfileRoles> roles,
                           std::int64_t nowMicros)
    : m_schema(std::move(schema))
    , m_roles(std::move(roles))
    , m_now(nowMicros)
{
    const std::size_t columns = m_schema->size();
    m_columns.reserve(columns);
    for (std::size_t c = 0; c < columns; ++c)
        m_columns.emplace_back((*m_schema)[c].type, c < m_roles->numeric.size() && m_roles->numeric[c], m_now);
    m_scratch.resize(columns);
    const std::size_t p = m_roles->pearsonColumns.size();
    m_pearson.resize(p * (p > 0 ? p - 1 : 0) / 2);
    const std::size_t k = m_roles->categorical.size();
    const std::size_t categoricalPairs = k * (k > 0 ? k - 1 : 0) / 2;
    m_contingency.assign(categoricalPairs, std::vector<std::int64_t>(64 * 64, 0));
    m_contingencyValid.assign(categoricalPairs, true);
    m_pairSamples.assign(m_roles->keyPairs.size(), HashSample(pairSampleCapacity));
    m_pairMissing.assign(m_roles->keyPairs.size(), false);
}

void ProfileState::add(const RecordBatch &batch)
{
    const std::size_t rows = std::size_t(batch.rowCount);
    const std::size_t columns = std::min(batch.columns.size(), m_columns.size());
    if (rows == 0)
        return;
    m_rowHashes.assign(rows, 0);
    m_missMasks.assign(rows, 0);
    for (std::size_t c = 0; c < columns; ++c) {
        ColumnScratch &s = m_scratch[c];
        s.hashes.resize(rows);
        s.missing.resize(rows);
        s.numbers.resize(rows);
        s.codes.resize(rows);
        m_columns[c].add(batch.columns[c], s);
        const std::uint64_t bit = c < 64 ? std::uint64_t(1) << c : 0;
        // Local pointers (the vectors' data could alias for the compiler) and no branch on
        // `missing`, which is as unpredictable as the data.
        std::uint64_t *rowHashes = m_rowHashes.data();
        std::uint64_t *missMasks = m_missMasks.data();
        const std::uint64_t *hashes = s.hashes.data();
        const std::uint8_t *missing = s.missing.data();
        for (std::size_t r = 0; r < rows; ++r) {
            rowHashes[r] = rotl((rowHashes[r] ^ hashes[r]) * 0x9E3779B97F4A7C15ull, 29);
            missMasks[r] |= bit & (std::uint64_t(0) - std::uint64_t(missing[r] != 0));
        }
    }
    m_rows += std::int64_t(rows);

    for (std::uint64_t &h : m_rowHashes)
        h = mix64(h);
    m_rowSample.addAll(m_rowHashes.data(), rows);
    for (std::size_t r = 0; r < rows; ++r) {
        const std::uint64_t mask = m_missMasks[r];
        if (mask == 0) {
            ++m_completeRows;
            continue;
        }
        auto it = m_patterns.find(mask);
        if (it != m_patterns.end())
            ++it->second;
        else if (m_patterns.size() < patternLimit)
            m_patterns.emplace(mask, 1);
        else
            ++m_otherPatternRows;
    }

    const std::vector<int> &pc = m_roles->pearsonColumns;
    std::size_t pair = 0;
    for (std::size_t i = 0; i < pc.size(); ++i)
        for (std::size_t j = i + 1; j < pc.size(); ++j, ++pair)
            m_pearson[pair].addBatch(m_scratch[std::size_t(pc[i])].numbers.data(),
                                     m_scratch[std::size_t(pc[j])].numbers.data(), rows);

    const std::vector<int> &rc = m_roles->reservoirColumns;
    if (!rc.empty()) {
        m_rowValues.resize(rc.size());
        for (std::size_t r = 0; r < rows; ++r) {
            const std::uint64_t key = mix64(std::uint64_t(batch.recordNumber(std::int64_t(r))));
            if (m_reservoirHeap.size() >= reservoirRows && key >= m_reservoirHeap.front().first)
                continue;
            for (std::size_t k = 0; k < rc.size(); ++k)
                m_rowValues[k] = m_scratch[std::size_t(rc[k])].numbers[r];
            offerRow(key, m_rowValues.data());
        }
    }

    const std::vector<int> &cc = m_roles->categorical;
    pair = 0;
    for (std::size_t i = 0; i < cc.size(); ++i) {
        for (std::size_t j = i + 1; j < cc.size(); ++j, ++pair) {
            const std::uint8_t *a = m_scratch[std::size_t(cc[i])].codes.data();
            const std::uint8_t *b = m_scratch[std::size_t(cc[j])].codes.data();
            std::int64_t *table = m_contingency[pair].data();
            for (std::size_t r = 0; r < rows; ++r)
                if (a[r] < 64 && b[r] < 64)
                    ++table[a[r] * 64 + b[r]];
        }
    }

    for (std::size_t p = 0; p < m_roles->keyPairs.size(); ++p) {
        const ColumnScratch &a = m_scratch[std::size_t(m_roles->keyPairs[p].first)];
        const ColumnScratch &b = m_scratch[std::size_t(m_roles->keyPairs[p].second)];
        m_pairHashes.clear();
        for (std::size_t r = 0; r < rows; ++r) {
            if (a.missing[r] || b.missing[r]) {
                m_pairMissing[p] = true;
                continue;
            }
            m_pairHashes.push_back(mix64(a.hashes[r] ^ rotl(b.hashes[r], 17)));
        }
        m_pairSamples[p].addAll(m_pairHashes.data(), m_pairHashes.size());
    }
}

void ProfileState::offerRow(std::uint64_t key, const double *values)
{
    const std::size_t width = m_roles->reservoirColumns.size();
    std::uint32_t slot = 0;
    if (m_reservoirHeap.size() < reservoirRows) {
        slot = std::uint32_t(m_reservoirHeap.size());
        m_reservoirValues.resize((slot + 1) * width);
        m_reservoirHeap.emplace_back(key, slot);
    } else {
        if (key >= m_reservoirHeap.front().first)
            return;
        // Drop the row with the largest key and reuse its slot.
        std::pop_heap(m_reservoirHeap.begin(), m_reservoirHeap.end());
        slot = m_reservoirHeap.back().second;
        m_reservoirHeap.back() = {key, slot};
    }
    std::copy_n(values, width, m_reservoirValues.begin() + std::ptrdiff_t(slot * width));
    std::push_heap(m_reservoirHeap.begin(), m_reservoirHeap.end());
}

std::vector<std::vector<double>> ProfileState::reservoir() const
{
    const std::size_t width = m_roles->reservoirColumns.size();
    std::vector<std::vector<double>> rows;
    const std::size_t count = width ? m_reservoirValues.size() / width : 0;
    rows.reserve(count);
    for (std::size_t s = 0; s < count; ++s)
        rows.emplace_back(m_reservoirValues.begin() + std::ptrdiff_t(s * width),
                          m_reservoirValues.begin() + std::ptrdiff_t((s + 1) * width));
    return rows;
}

void ProfileState::merge(const ProfileState &other)
{
    for (std::size_t c = 0; c < m_columns.size(); ++c)
        m_columns[c].merge(other.m_columns[c]);
    m_rows += other.m_rows;
    m_rowSample.merge(other.m_rowSample);
    m_completeRows += other.m_completeRows;
    m_otherPatternRows += other.m_otherPatternRows;
    for (const auto &[mask, n] : other.m_patterns) {
        auto it = m_patterns.find(mask);
        if (it != m_patterns.end())
            it->second += n;
        else if (m_patterns.size() < patternLimit)
            m_patterns.emplace(mask, n);
        else
            m_otherPatternRows += n;
    }
    for (std::size_t p = 0; p < m_pearson.size(); ++p)
        m_pearson[p].merge(other.m_pearson[p]);
    // Reservoir: keep the smallest keys of both.
    const std::size_t width = m_roles->reservoirColumns.size();
    if (width > 0) {
        for (const auto &[key, slot] : other.m_reservoirHeap)
            offerRow(key, other.m_reservoirValues.data() + slot * width);
    }
    // Contingency tables: category codes are per state (value map indexes); map theirs to ours.
    const std::vector<int> &cc = m_roles->categorical;
    std::size_t pair = 0;
    for (std::size_t i = 0; i < cc.size(); ++i) {
        for (std::size_t j = i + 1; j < cc.size(); ++j, ++pair) {
            if (!m_contingencyValid[pair])
                continue;
            const ColumnState &ta = other.m_columns[std::size_t(cc[i])];
            const ColumnState &tb = other.m_columns[std::size_t(cc[j])];
            const ColumnState &ma = m_columns[std::size_t(cc[i])];
            const ColumnState &mb = m_columns[std::size_t(cc[j])];
            if (!other.m_contingencyValid[pair] || !ta.exact() || !tb.exact() || !ma.exact() || !mb.exact()) {
                m_contingencyValid[pair] = false;
                continue;
            }
            const std::vector<std::int64_t> &theirs = other.m_contingency[pair];
            std::vector<std::int64_t> &mine = m_contingency[pair];
            for (std::size_t a = 0; a < 64 && m_contingencyValid[pair]; ++a) {
                for (std::size_t b = 0; b < 64; ++b) {
                    const std::int64_t n = theirs[a * 64 + b];
                    if (n == 0)
                        continue;
                    const std::uint8_t ca = ma.codeOf(ta.codeHash(std::uint8_t(a)));
                    const std::uint8_t cb = mb.codeOf(tb.codeHash(std::uint8_t(b)));
                    if (ca >= 64 || cb >= 64) {
                        m_contingencyValid[pair] = false;
                        break;
                    }
                    mine[std::size_t(ca) * 64 + cb] += n;
                }
            }
        }
    }
    for (std::size_t p = 0; p < m_pairSamples.size(); ++p) {
        m_pairSamples[p].merge(other.m_pairSamples[p]);
        m_pairMissing[p] = m_pairMissing[p] || other.m_pairMissing[p];
    }
}

} // namespace miq
