#pragma once

#include <cstdint>
#include <vector>

namespace miq {

// An adaptive sample of hashed values with their counts (Gibbons' "distinct sampling"): every
// value whose hash has its top `level` bits zero is kept with an exact count. While level is 0
// every value is kept and the figures are exact; when the table would exceed its capacity the
// level rises by one and half of the values leave. All copies of a value share its hash, so they
// are all in or all out: duplicates and singletons are estimated without bias by scaling the
// sample's figures by 2^level. Mergeable (the higher level wins, counts add).
class HashSample
{
public:
    explicit HashSample(std::size_t capacity = 1 << 16);

    bool sampled(std::uint64_t hash) const { return (hash >> 1 >> (63 - m_level)) == 0; }
    void add(std::uint64_t hash, std::uint64_t count = 1)
    {
        if (m_level == 0 || sampled(hash))
            insert(hash, count);
    }
    void merge(const HashSample &other);

    int level() const { return m_level; }
    bool exact() const { return m_level == 0; }
    std::uint64_t sampledDistinct() const { return m_size; }
    std::uint64_t sampledTotal() const { return m_total; }
    std::uint64_t sampledSingles() const;
    std::uint64_t sampledMaxCount() const;
    // Estimates for the whole stream (exact when exact()).
    double distinct() const { return scaled(m_size); }
    double duplicates() const { return scaled(m_total - m_size); }
    double singles() const { return scaled(sampledSingles()); }

private:
    double scaled(std::uint64_t sampledFigure) const { return double(sampledFigure) * double(std::uint64_t(1) << m_level); }
    void insert(std::uint64_t hash, std::uint64_t count);
    void raiseLevel();
    void rehash(std::size_t slots);

    std::size_t m_capacity;
    int m_level = 0;
    std::uint64_t m_size = 0;
    std::uint64_t m_total = 0;
    std::vector<std::uint64_t> m_hashes; // 0 = empty slot (hash 0 is stored as 1)
    std::vector<std::uint32_t> m_counts;
    std::uint64_t m_mask = 0;
};

} // namespace miq
