#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace miq {

// Space-Saving top-k summary (Metwally, Agrawal, El Abbadi 2005) with `capacity` counters keyed by
// 64-bit value hashes. Guarantees, for every value x of a stream of n items:
//   count(x) - error(x) <= true count(x) <= count(x), and error(x) <= n / capacity;
// every value whose true count exceeds n / capacity is among the counters. Mergeable with the
// rule of Agarwal et al. ("Mergeable summaries", 2012): a value missing from a full summary is
// credited with that summary's minimum, then the largest `capacity` counters are kept.
// A counter keeps the first 64 bytes of its value's text for display.
class SpaceSaving
{
public:
    static constexpr std::size_t textBytes = 64;

    struct Item
    {
        std::uint64_t hash = 0;
        std::uint64_t count = 0;
        std::uint64_t error = 0;
        std::string text;
    };

    explicit SpaceSaving(std::size_t capacity = 64);

    void add(std::uint64_t hash, std::string_view text, std::uint64_t weight = 1);
    void merge(const SpaceSaving &other);

    // Counters, largest count first (ties by text).
    std::vector<Item> items() const;
    std::uint64_t total() const { return m_total; }
    std::size_t capacity() const { return m_capacity; }

private:
    struct Counter
    {
        std::uint64_t hash;
        std::uint64_t error;
        std::uint8_t length;
        char text[textBytes];
    };
    // The heap holds the counts itself, the index the hashes, and the heap positions have an
    // array of their own: sifting and probing, done for nearly every value of a high-cardinality
    // column, then touch small arrays instead of a counter (text included) per step.
    struct HeapEntry
    {
        std::uint64_t count;
        std::uint32_t counter;
    };
    struct IndexSlot
    {
        std::uint64_t hash;
        std::int32_t counter; // counter index + 1, 0 = empty
    };

    int find(std::uint64_t hash) const;
    void indexInsert(std::uint64_t hash, int counter);
    void indexErase(std::uint64_t hash);
    void siftDown(std::uint32_t pos);
    void swapHeap(std::uint32_t a, std::uint32_t b);
    void setText(Counter &c, std::string_view text);
    std::uint64_t minimum() const { return m_counters.size() < m_capacity ? 0 : m_heap[0].count; }
    void rebuild(std::vector<Item> items);

    std::size_t m_capacity;
    std::uint64_t m_total = 0;
    std::vector<Counter> m_counters;
    std::vector<HeapEntry> m_heap;  // min-heap by count
    std::vector<std::uint32_t> m_heapPos; // per counter: its place in the heap
    std::vector<IndexSlot> m_index; // open addressing over the counters
    std::uint64_t m_indexMask = 0;
    std::uint32_t m_leafCursor = 0;
};

} // namespace miq
