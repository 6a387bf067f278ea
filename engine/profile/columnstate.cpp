#include "engine/profile/columnstate.h"

#include "engine/sync/valueparsers.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

// XXH3 inlined: the same hashes, without a library call for every value (most are a few bytes).
#define XXH_INLINE_ALL
#include <xxhash.h>

namespace miq {

namespace {

constexpr std::uint64_t nullHash = 0x6e756c6c5f6d6971ull;
constexpr std::uint64_t blankSalt = 0xb1a4c0ffee123457ull;
constexpr double quantileLevels[] = {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99};
constexpr int histogramBins = 20;

bool startsBlank(std::string_view t)
{
    if (t.empty())
        return true;
    const char c = t.front();
    return (c == ' ' || c == '\t' || c == '\r' || c == '\n') && isBlank(t);
}

std::uint64_t typedHash(ColumnType type, std::int64_t raw)
{
    return XXH3_64bits_withSeed(&raw, sizeof raw, std::uint64_t(type) + 1);
}

// Equal-width bins over [min, max]; when the middle 98% of the values spans less than a bin,
// the bins cover [p1, p99] and two extra bins take the tails, so one outlier does not squash the
// whole distribution into a single bar. `below(x)` counts values < x.
template<typename Below>
std::vector<ColumnSummary::Bin> makeHistogram(double min, double max, double p1, double p99, std::int64_t n,
                                              Below below)
{
    std::vector<ColumnSummary::Bin> bins;
    if (n == 0 || !std::isfinite(min) || !std::isfinite(max))
        return bins;
    if (min == max) {
        bins.push_back({min, max, n});
        return bins;
    }
    std::vector<double> edges;
    const bool tails = (p99 - p1) < (max - min) / histogramBins && p99 > p1;
    const double lo = tails ? p1 : min;
    const double hi = tails ? p99 : max;
    if (tails && lo > min)
        edges.push_back(min);
    for (int i = 0; i <= histogramBins; ++i)
        edges.push_back(lo + (hi - lo) * i / histogramBins);
    if (tails && hi < max)
        edges.push_back(max);
    std::int64_t previous = 0;
    for (std::size_t i = 0; i + 1 < edges.size(); ++i) {
        const bool last = i + 2 == edges.size();
        const std::int64_t upto = last ? n : below(edges[i + 1]);
        bins.push_back({edges[i], edges[i + 1], upto - previous});
        previous = upto;
    }
    return bins;
}

} // namespace

ColumnState::ColumnState(ColumnType type, bool numericRole, std::int64_t nowMicros)
    : m_type(type)
    , m_numericRole(numericRole)
    , m_now(nowMicros)
{
    m_index.assign(1024, Slot{0, 0});
    m_indexMask = 1023;
}

bool ColumnState::textColumn() const
{
    return m_type == ColumnType::String || m_type == ColumnType::Decimal || m_type == ColumnType::Bytes;
}

std::int64_t ColumnState::find(std::uint64_t hash) const
{
    for (std::uint64_t slot = hash & m_indexMask;; slot = (slot + 1) & m_indexMask) {
        const Slot &s = m_index[slot];
        if (s.entry == 0)
            return -1;
        if (s.hash == hash)
            return std::int64_t(s.entry - 1);
    }
}

void ColumnState::growIndex()
{
    const std::size_t slots = m_index.size() * 2;
    m_index.assign(slots, Slot{0, 0});
    m_indexMask = slots - 1;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        std::uint64_t slot = m_entries[i].hash & m_indexMask;
        while (m_index[slot].entry != 0)
            slot = (slot + 1) & m_indexMask;
        m_index[slot] = Slot{m_entries[i].hash, std::uint32_t(i + 1)};
    }
}

std::uint32_t ColumnState::insert(std::uint64_t hash, std::string_view text, double number, std::int64_t raw)
{
    if ((m_entries.size() + 1) * 2 > m_index.size())
        growIndex();
    std::uint64_t slot = hash & m_indexMask;
    while (m_index[slot].entry != 0)
        slot = (slot + 1) & m_indexMask;
    m_entries.push_back({hash, 0, std::uint32_t(m_arena.size()), std::uint32_t(text.size()), number, raw});
    m_arena.append(text);
    m_index[slot] = Slot{hash, std::uint32_t(m_entries.size())};
    return std::uint32_t(m_entries.size() - 1);
}

std::uint8_t ColumnState::codeOf(std::uint64_t hash) const
{
    if (m_spilled)
        return ColumnScratch::noCode;
    const std::int64_t e = find(hash);
    return e >= 0 && e < 64 ? std::uint8_t(e) : ColumnScratch::noCode;
}

void ColumnState::classifyEntry(const Entry &e, const std::string &arena, ValueClass &value, std::string &mask) const
{
    if (textColumn()) {
        classifyText(std::string_view(arena.data() + e.offset, e.length), value, mask);
    } else {
        classifyTypedValue(m_type, e.raw, e.number, value);
        mask.clear();
    }
}

void ColumnState::foldEntries(const std::vector<Entry> &entries, const std::string &arena)
{
    Sketches &sk = *m_sketches;
    ValueClass value;
    for (const Entry &e : entries) {
        const std::string_view text(arena.data() + e.offset, e.length);
        classifyEntry(e, arena, value, m_mask);
        sk.stats.fold(value, std::int64_t(e.count), text, m_mask, m_now, textColumn());
        if (value.flags & ValueClass::Finite) {
            sk.moments.addRepeated(value.number, double(e.count));
            sk.kll.add(value.number, e.count);
        }
        sk.top.add(e.hash, text, e.count);
        sk.hll.add(e.hash);
        sk.sample.add(e.hash, e.count);
    }
}

void ColumnState::spill()
{
    m_sketches = std::make_unique<Sketches>();
    m_spilled = true;
    foldEntries(m_entries, m_arena);
    std::vector<Entry>().swap(m_entries);
    std::vector<Slot>().swap(m_index);
    std::string().swap(m_arena);
}

void ColumnState::hashText(const Column &column, ColumnScratch &s)
{
    const std::int64_t rows = column.size();
    for (std::int64_t row = 0; row < rows; ++row) {
        if (column.isNull(row)) {
            ++m_nulls;
            s.hashes[row] = nullHash;
            s.missing[row] = ColumnScratch::Null;
            continue;
        }
        const std::string_view t = column.text(row);
        const std::uint64_t h = XXH3_64bits(t.data(), t.size());
        if (startsBlank(t)) {
            ++m_blanks;
            s.hashes[row] = h ^ blankSalt;
            s.missing[row] = ColumnScratch::Blank;
        } else {
            s.hashes[row] = h;
            s.missing[row] = ColumnScratch::Present;
        }
    }
}

void ColumnState::add(const Column &column, ColumnScratch &s)
{
    const std::int64_t rows = column.size();
    m_rows += rows;
    std::int64_t row = 0;
    const bool text = column.isText();
    if (text)
        hashText(column, s);
    if (!m_spilled) {
        if (text)
            addExactText(column, s, row);
        else
            addExactTyped(column, s, row);
    }
    if (m_spilled && row < rows) {
        m_batchNumbers.clear();
        if (text)
            addSpilledText(column, s, row);
        else
            addSpilledTyped(column, s, row);
        m_sketches->moments.addBatch(m_batchNumbers.data(), m_batchNumbers.size());
    }
}

void ColumnState::addExactText(const Column &column, ColumnScratch &s, std::int64_t &row)
{
    const std::int64_t rows = column.size();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    // The value map is larger than the cache once a column has tens of thousands of values, so
    // each lookup would wait for memory twice (slot, then entry). Fetch the slot of the value
    // `ahead` rows on, and the entry of the value half as far on (its slot is cached by then).
    constexpr std::int64_t ahead = 16;
    for (; row < rows; ++row) {
        if (row + ahead < rows)
            __builtin_prefetch(&m_index[s.hashes[row + ahead] & m_indexMask]);
        if (row + ahead / 2 < rows) {
            const std::uint64_t next = s.hashes[row + ahead / 2];
            const Slot &slot = m_index[next & m_indexMask];
            if (slot.hash == next && slot.entry != 0)
                __builtin_prefetch(&m_entries[slot.entry - 1], 1);
        }
        if (s.missing[row] != ColumnScratch::Present) {
            s.numbers[row] = nan;
            s.codes[row] = ColumnScratch::noCode;
            continue;
        }
        const std::uint64_t h = s.hashes[row];
        std::int64_t e = find(h);
        if (e < 0) {
            const std::string_view t = column.text(row);
            if (m_entries.size() >= exactLimit || m_arena.size() + t.size() > arenaLimit) {
                spill();
                return; // this row and the rest go the spilled way
            }
            e = insert(h, t, m_numericRole ? textNumber(t) : nan, 0);
        }
        Entry &entry = m_entries[std::size_t(e)];
        ++entry.count;
        s.numbers[row] = entry.number;
        s.codes[row] = e < 64 ? std::uint8_t(e) : ColumnScratch::noCode;
    }
}

void ColumnState::addSpilledText(const Column &column, ColumnScratch &s, std::int64_t row)
{
    Sketches &sk = *m_sketches;
    const std::int64_t rows = column.size();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    // The distinct-count sketches first, over the hashes alone: the sample is fed in one go so
    // that it can fetch its slots ahead (both are order-independent).
    m_present.clear();
    for (std::int64_t r = row; r < rows; ++r)
        if (s.missing[r] == ColumnScratch::Present)
            m_present.push_back(s.hashes[r]);
    for (const std::uint64_t h : m_present)
        sk.hll.add(h);
    sk.sample.addAll(m_present.data(), m_present.size());
    ValueClass value;
    for (; row < rows; ++row) {
        s.codes[row] = ColumnScratch::noCode;
        s.numbers[row] = nan;
        if (s.missing[row] != ColumnScratch::Present)
            continue;
        const std::string_view t = column.text(row);
        sk.top.add(s.hashes[row], t);
        classifyText(t, value, m_mask);
        sk.stats.fold(value, 1, t, m_mask, m_now, true);
        if (value.flags & ValueClass::Finite) {
            m_batchNumbers.push_back(value.number);
            sk.kll.add(value.number);
            s.numbers[row] = value.number;
        }
    }
}

void ColumnState::addExactTyped(const Column &column, ColumnScratch &s, std::int64_t &row)
{
    const std::int64_t rows = column.size();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const bool isDouble = m_type == ColumnType::Double;
    for (; row < rows; ++row) {
        if (column.isNull(row)) {
            ++m_nulls;
            s.hashes[row] = nullHash;
            s.missing[row] = ColumnScratch::Null;
            s.numbers[row] = nan;
            s.codes[row] = ColumnScratch::noCode;
            continue;
        }
        std::int64_t raw = 0;
        double real = 0;
        if (isDouble) {
            real = column.doubleValue(row);
            std::memcpy(&raw, &real, sizeof raw);
        } else {
            raw = column.intValue(row);
        }
        const std::uint64_t h = typedHash(m_type, raw);
        std::int64_t e = find(h);
        if (e < 0) {
            if (m_entries.size() >= exactLimit || m_arena.size() > arenaLimit) {
                spill();
                return;
            }
            m_text.clear();
            appendCellText(m_text, column, row);
            double number = nan;
            if (isDouble)
                number = std::isfinite(real) ? real : nan;
            else if (m_type == ColumnType::Int64)
                number = double(raw);
            e = insert(h, m_text, number, raw);
            if (isDouble)
                m_entries.back().number = real; // NaN/inf kept for classification; filtered below
        }
        Entry &entry = m_entries[std::size_t(e)];
        ++entry.count;
        s.hashes[row] = h;
        s.missing[row] = ColumnScratch::Present;
        s.numbers[row] = std::isfinite(entry.number) ? entry.number : nan;
        s.codes[row] = e < 64 ? std::uint8_t(e) : ColumnScratch::noCode;
    }
}

void ColumnState::addSpilledTyped(const Column &column, ColumnScratch &s, std::int64_t row)
{
    Sketches &sk = *m_sketches;
    const std::int64_t rows = column.size();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const bool isDouble = m_type == ColumnType::Double;
    ValueClass value;
    for (; row < rows; ++row) {
        s.codes[row] = ColumnScratch::noCode;
        s.numbers[row] = nan;
        if (column.isNull(row)) {
            ++m_nulls;
            s.hashes[row] = nullHash;
            s.missing[row] = ColumnScratch::Null;
            continue;
        }
        std::int64_t raw = 0;
        if (isDouble) {
            const double real = column.doubleValue(row);
            std::memcpy(&raw, &real, sizeof raw);
        } else {
            raw = column.intValue(row);
        }
        const std::uint64_t h = typedHash(m_type, raw);
        s.hashes[row] = h;
        s.missing[row] = ColumnScratch::Present;
        classifyTyped(column, row, value);
        m_text.clear();
        appendCellText(m_text, column, row);
        sk.hll.add(h);
        sk.sample.add(h);
        sk.top.add(h, m_text);
        m_mask.clear();
        sk.stats.fold(value, 1, m_text, m_mask, m_now, false);
        if (value.flags & ValueClass::Finite) {
            m_batchNumbers.push_back(value.number);
            sk.kll.add(value.number);
            s.numbers[row] = value.number;
        }
    }
}

void ColumnState::merge(const ColumnState &other)
{
    m_rows += other.m_rows;
    m_nulls += other.m_nulls;
    m_blanks += other.m_blanks;
    if (!m_spilled && !other.m_spilled) {
        std::size_t added = 0;
        std::size_t addedBytes = 0;
        for (const Entry &e : other.m_entries) {
            if (find(e.hash) < 0) {
                ++added;
                addedBytes += e.length;
            }
        }
        if (m_entries.size() + added <= exactLimit && m_arena.size() + addedBytes <= arenaLimit) {
            for (const Entry &e : other.m_entries) {
                std::int64_t mine = find(e.hash);
                if (mine < 0)
                    mine = insert(e.hash, std::string_view(other.m_arena.data() + e.offset, e.length), e.number, e.raw);
                m_entries[std::size_t(mine)].count += e.count;
            }
            return;
        }
    }
    if (!m_spilled)
        spill();
    if (!other.m_spilled) {
        foldEntries(other.m_entries, other.m_arena);
        return;
    }
    Sketches &sk = *m_sketches;
    const Sketches &o = *other.m_sketches;
    sk.stats.merge(o.stats);
    sk.moments.merge(o.moments);
    sk.kll.merge(o.kll);
    sk.top.merge(o.top);
    sk.hll.merge(o.hll);
    sk.sample.merge(o.sample);
}

ColumnSummary ColumnState::summarize() const
{
    ColumnSummary out;
    out.rows = m_rows;
    out.nulls = m_nulls;
    out.blanks = m_blanks;
    if (m_spilled)
        summarizeSketches(out);
    else
        summarizeExact(out);
    return out;
}

void ColumnState::summarizeExact(ColumnSummary &out) const
{
    out.exact = true;
    out.quantilesExact = true;
    // Hash order: the same figures (to the last bit) whatever order the chunks were merged in.
    std::vector<std::uint32_t> order(m_entries.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return m_entries[a].hash < m_entries[b].hash; });

    std::vector<std::pair<double, std::int64_t>> numbers;
    ValueClass value;
    std::string mask;
    std::int64_t nonMissing = 0;
    for (const std::uint32_t i : order) {
        const Entry &e = m_entries[i];
        const std::string_view text(m_arena.data() + e.offset, e.length);
        classifyEntry(e, m_arena, value, mask);
        out.stats.fold(value, std::int64_t(e.count), text, mask, m_now, textColumn());
        if (value.flags & ValueClass::Finite)
            numbers.emplace_back(value.number, std::int64_t(e.count));
        nonMissing += std::int64_t(e.count);
        out.unique += e.count == 1;
        out.maxValueCount = std::max<std::int64_t>(out.maxValueCount, std::int64_t(e.count));
    }
    out.stats.masks.flush();
    out.distinct = std::int64_t(m_entries.size());
    out.noRepeats = out.unique == out.distinct;
    for (const Entry &e : m_entries) {
        const double p = double(e.count) / double(nonMissing);
        out.entropy -= p * std::log(p);
    }

    // Top values: by count, then by text.
    std::vector<std::uint32_t> byCount(m_entries.size());
    std::iota(byCount.begin(), byCount.end(), 0u);
    const auto textOf = [&](std::uint32_t i) {
        return std::string_view(m_arena.data() + m_entries[i].offset, m_entries[i].length);
    };
    const std::size_t keep = std::min<std::size_t>(topCount, byCount.size());
    std::partial_sort(byCount.begin(), byCount.begin() + std::ptrdiff_t(keep), byCount.end(),
                      [&](std::uint32_t a, std::uint32_t b) {
                          return m_entries[a].count != m_entries[b].count ? m_entries[a].count > m_entries[b].count
                                                                          : textOf(a) < textOf(b);
                      });
    for (std::size_t k = 0; k < keep; ++k)
        out.top.push_back({std::string(textOf(byCount[k])), std::int64_t(m_entries[byCount[k]].count)});

    if (numbers.empty())
        return;
    std::sort(numbers.begin(), numbers.end());
    long double total = 0;
    std::int64_t n = 0;
    for (const auto &[x, c] : numbers) {
        total += static_cast<long double>(x) * c;
        n += c;
    }
    const double mean = double(total / n);
    long double m2 = 0, m3 = 0, m4 = 0;
    for (const auto &[x, c] : numbers) {
        const long double d = x - mean;
        const long double d2 = d * d;
        m2 += d2 * c;
        m3 += d2 * d * c;
        m4 += d2 * d2 * c;
    }
    out.moments = Moments{double(n), mean, double(m2), double(m3), double(m4)};

    // Nearest-rank quantiles: the smallest value with at least ceil(p * n) values <= it.
    const auto quantile = [&](double p) {
        const std::int64_t target = std::max<std::int64_t>(1, std::int64_t(std::ceil(p * double(n))));
        std::int64_t cumulative = 0;
        for (const auto &[x, c] : numbers) {
            cumulative += c;
            if (cumulative >= target)
                return x;
        }
        return numbers.back().first;
    };
    for (const double p : quantileLevels)
        out.quantiles.emplace_back(p, quantile(p));
    const auto below = [&](double x) {
        std::int64_t count = 0;
        for (const auto &[v, c] : numbers) {
            if (v >= x)
                break;
            count += c;
        }
        return count;
    };
    out.histogram = makeHistogram(numbers.front().first, numbers.back().first, quantile(0.01), quantile(0.99), n, below);
    const double q1 = quantile(0.25);
    const double q3 = quantile(0.75);
    out.outlierLow = q1 - 1.5 * (q3 - q1);
    out.outlierHigh = q3 + 1.5 * (q3 - q1);
    for (const auto &[x, c] : numbers)
        if (x < out.outlierLow || x > out.outlierHigh)
            out.outliers += c;
}

void ColumnState::summarizeSketches(ColumnSummary &out) const
{
    const Sketches &sk = *m_sketches;
    out.exact = false;
    out.quantilesExact = false;
    out.stats = sk.stats;
    out.stats.masks.flush();
    out.moments = sk.moments;
    const std::int64_t nonMissing = m_rows - m_nulls - m_blanks;
    out.distinct = std::min<std::int64_t>(nonMissing, std::llround(sk.hll.estimate()));
    out.sampleLevel = sk.sample.level();
    out.noRepeats = sk.sample.sampledTotal() == sk.sample.sampledDistinct();
    out.unique = std::min<std::int64_t>(out.distinct, std::llround(sk.sample.singles()));
    for (const SpaceSaving::Item &item : sk.top.items()) {
        const std::int64_t lower = std::int64_t(item.count - item.error);
        out.top.push_back({item.text, lower});
        out.maxValueCount = std::max(out.maxValueCount, lower);
    }
    std::stable_sort(out.top.begin(), out.top.end(), [](const ColumnSummary::Top &a, const ColumnSummary::Top &b) {
        return a.count > b.count;
    });
    out.entropy = std::numeric_limits<double>::quiet_NaN();
    const KllSketch &kll = sk.kll;
    const std::int64_t n = std::int64_t(kll.count());
    if (n == 0)
        return;
    for (const double p : quantileLevels)
        out.quantiles.emplace_back(p, kll.quantile(p));
    const auto below = [&](double x) { return std::llround(kll.rankBelow(x) * double(n)); };
    out.histogram = makeHistogram(kll.min(), kll.max(), kll.quantile(0.01), kll.quantile(0.99), n, below);
    const double q1 = kll.quantile(0.25);
    const double q3 = kll.quantile(0.75);
    out.outlierLow = q1 - 1.5 * (q3 - q1);
    out.outlierHigh = q3 + 1.5 * (q3 - q1);
    out.outliers = std::llround((kll.rankBelow(out.outlierLow) + 1.0 - kll.rank(out.outlierHigh)) * double(n));
}

} // namespace miq
