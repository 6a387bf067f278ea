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
    // The same as add() for each hash in turn, with the slot of a later hash fetched while the
    // current one is inserted: a large sample (the row hashes) misses the cache on every insert.
    void addAll(const std::uint64_t *hashes, std::size_t count);
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
    // A hash and its count side by side: an insert touches one cache line, not two. Packed to
    // 12 bytes: the sample of row hashes holds millions of slots.
#pragma pack(push, 4)
    struct Slot
    {
        std::uint64_t hash; // 0 = empty slot (hash 0 is stored as 1)
        std::uint32_t count;
    };
#pragma pack(pop)
    static_assert(sizeof(Slot) == 12);

    double scaled(std::uint64_t sampledFigure) const { return double(sampledFigure) * double(std::uint64_t(1) << m_level); }
    std::uint64_t home(std::uint64_t hash) const { return (hash * 0x9E3779B97F4A7C15ull) >> 20 & m_mask; }
    void insert(std::uint64_t hash, std::uint64_t count);
    void raiseLevel();
    void rehash(std::size_t slots);

    std::size_t m_capacity;
    int m_level = 0;
    std::uint64_t m_size = 0;
    std::uint64_t m_total = 0;
    std::vector<Slot> m_slots;
    std::uint64_t m_mask = 0;
    // The largest table: its size, not the growth steps, decides when the level rises. Growing
    // four-fold up to it (a sample of row hashes grows to millions of slots) rehashes a third
    // as often as doubling.
    std::size_t m_maxSlots = 0;
};

} // namespace miq
