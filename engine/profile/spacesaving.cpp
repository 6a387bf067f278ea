#include "engine/profile/spacesaving.h"

#include <algorithm>
#include <unordered_map>

namespace miq {

SpaceSaving::SpaceSaving(std::size_t capacity)
    : m_capacity(std::max<std::size_t>(1, capacity))
{
    // A sparse index (1/16 full): a value not in the summary, the usual case in a high-cardinality
    // column, then mostly meets an empty slot at once, and deleting the counter it replaces
    // rarely has a chain to shift.
    std::size_t slots = 4;
    while (slots < m_capacity * 16)
        slots <<= 1;
    m_index.assign(slots, IndexSlot{0, 0});
    m_indexMask = slots - 1;
    m_counters.reserve(m_capacity);
    m_heapPos.reserve(m_capacity);
    m_heap.reserve(m_capacity);
}

int SpaceSaving::find(std::uint64_t hash) const
{
    for (std::uint64_t slot = hash & m_indexMask;; slot = (slot + 1) & m_indexMask) {
        const IndexSlot &s = m_index[slot];
        if (s.counter == 0)
            return -1;
        if (s.hash == hash)
            return s.counter - 1;
    }
}

void SpaceSaving::indexInsert(std::uint64_t hash, int counter)
{
    std::uint64_t slot = hash & m_indexMask;
    while (m_index[slot].counter != 0)
        slot = (slot + 1) & m_indexMask;
    m_index[slot] = IndexSlot{hash, counter + 1};
}

void SpaceSaving::indexErase(std::uint64_t hash)
{
    std::uint64_t slot = hash & m_indexMask;
    while (m_index[slot].hash != hash || m_index[slot].counter == 0)
        slot = (slot + 1) & m_indexMask;
    // Backward-shift deletion keeps linear probing chains intact without tombstones.
    std::uint64_t hole = slot;
    for (std::uint64_t next = (hole + 1) & m_indexMask; m_index[next].counter != 0; next = (next + 1) & m_indexMask) {
        const std::uint64_t home = m_index[next].hash & m_indexMask;
        const bool movable = hole <= next ? (home <= hole || home > next) : (home <= hole && home > next);
        if (movable) {
            m_index[hole] = m_index[next];
            hole = next;
        }
    }
    m_index[hole] = IndexSlot{0, 0};
}

void SpaceSaving::swapHeap(std::uint32_t a, std::uint32_t b)
{
    std::swap(m_heap[a], m_heap[b]);
    m_heapPos[m_heap[a].counter] = a;
    m_heapPos[m_heap[b].counter] = b;
}

void SpaceSaving::siftDown(std::uint32_t pos)
{
    // The item moves down through a hole (children move up one write each) instead of being
    // swapped level by level: the same heap as with swaps, with half the writes.
    const std::uint32_t n = std::uint32_t(m_heap.size());
    const HeapEntry item = m_heap[pos];
    for (;;) {
        const std::uint32_t left = 2 * pos + 1;
        if (left >= n)
            break;
        std::uint32_t smallest = left;
        const std::uint32_t right = left + 1;
        if (right < n && m_heap[right].count < m_heap[left].count)
            smallest = right;
        if (m_heap[smallest].count >= item.count)
            break;
        m_heap[pos] = m_heap[smallest];
        m_heapPos[m_heap[pos].counter] = pos;
        pos = smallest;
    }
    m_heap[pos] = item;
    m_heapPos[item.counter] = pos;
}

void SpaceSaving::setText(Counter &c, std::string_view text)
{
    const std::size_t n = std::min(text.size(), textBytes);
    std::copy_n(text.data(), n, c.text);
    c.length = std::uint8_t(n);
}

void SpaceSaving::add(std::uint64_t hash, std::string_view text, std::uint64_t weight)
{
    m_total += weight;
    const int found = find(hash);
    if (found >= 0) {
        const std::uint32_t pos = m_heapPos[std::size_t(found)];
        m_heap[pos].count += weight;
        siftDown(pos);
        return;
    }
    if (m_counters.size() < m_capacity) {
        const std::uint32_t index = std::uint32_t(m_counters.size());
        Counter c{hash, 0, 0, {}};
        setText(c, text);
        m_counters.push_back(c);
        std::uint32_t pos = std::uint32_t(m_heap.size());
        m_heapPos.push_back(pos);
        m_heap.push_back({weight, index});
        indexInsert(hash, int(index));
        // Sift up: the new counter may be smaller than its parents.
        while (pos > 0) {
            const std::uint32_t parent = (pos - 1) / 2;
            if (m_heap[parent].count <= m_heap[pos].count)
                break;
            swapHeap(pos, parent);
            pos = parent;
        }
        return;
    }
    // Replace a counter holding the minimum: the newcomer inherits its count as possible
    // overestimation. Any counter with the minimum count will do; a leaf is preferred because a
    // raised leaf needs no sifting (in a high-cardinality column most counters tie at the minimum,
    // and sifting the root down every time is the costly part).
    const std::uint64_t minCount = m_heap[0].count;
    const std::uint32_t n = std::uint32_t(m_heap.size());
    const std::uint32_t firstLeaf = n / 2;
    const std::uint32_t leaves = n - firstLeaf;
    std::uint32_t pos = 0;
    for (int tries = 0; tries < 2; ++tries) {
        // The cursor stays below the leaf count (a division per try is the costly way to wrap).
        if (m_leafCursor >= leaves)
            m_leafCursor %= leaves;
        const std::uint32_t leaf = firstLeaf + m_leafCursor++;
        if (m_heap[leaf].count == minCount) {
            pos = leaf;
            break;
        }
    }
    HeapEntry &entry = m_heap[pos];
    Counter &c = m_counters[entry.counter];
    indexErase(c.hash);
    c.hash = hash;
    c.error = entry.count;
    entry.count += weight;
    setText(c, text);
    indexInsert(hash, int(entry.counter));
    siftDown(pos);
}

void SpaceSaving::rebuild(std::vector<Item> items)
{
    std::fill(m_index.begin(), m_index.end(), IndexSlot{0, 0});
    m_counters.clear();
    m_heapPos.clear();
    m_heap.clear();
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.count > b.count; });
    if (items.size() > m_capacity)
        items.resize(m_capacity);
    // Descending counts reversed give an ascending array, which is a valid min-heap.
    std::reverse(items.begin(), items.end());
    for (const Item &item : items) {
        const std::uint32_t index = std::uint32_t(m_counters.size());
        Counter c{item.hash, item.error, 0, {}};
        setText(c, item.text);
        m_counters.push_back(c);
        m_heapPos.push_back(std::uint32_t(m_heap.size()));
        m_heap.push_back({item.count, index});
        indexInsert(item.hash, int(index));
    }
}

void SpaceSaving::merge(const SpaceSaving &other)
{
    const std::uint64_t myMin = minimum();
    const std::uint64_t otherMin = other.minimum();
    std::unordered_map<std::uint64_t, Item> combined;
    for (const Item &item : items()) {
        Item merged = item;
        merged.count += otherMin;
        merged.error += otherMin;
        combined.emplace(item.hash, merged);
    }
    for (const Item &item : other.items()) {
        auto it = combined.find(item.hash);
        if (it != combined.end()) {
            // Present in both: undo the credit of other's minimum, add the real counter.
            it->second.count = it->second.count - otherMin + item.count;
            it->second.error = it->second.error - otherMin + item.error;
        } else {
            Item merged = item;
            merged.count += myMin;
            merged.error += myMin;
            combined.emplace(item.hash, merged);
        }
    }
    std::vector<Item> all;
    all.reserve(combined.size());
    for (auto &entry : combined)
        all.push_back(std::move(entry.second));
    // Deterministic choice among equal counts.
    std::sort(all.begin(), all.end(), [](const Item &a, const Item &b) {
        return a.count != b.count ? a.count > b.count : a.hash < b.hash;
    });
    const std::uint64_t total = m_total + other.m_total;
    rebuild(std::move(all));
    m_total = total;
}

std::vector<SpaceSaving::Item> SpaceSaving::items() const
{
    std::vector<Item> result;
    result.reserve(m_counters.size());
    for (std::size_t i = 0; i < m_counters.size(); ++i) {
        const Counter &c = m_counters[i];
        result.push_back({c.hash, m_heap[m_heapPos[i]].count, c.error, std::string(c.text, c.length)});
    }
    std::sort(result.begin(), result.end(), [](const Item &a, const Item &b) {
        return a.count != b.count ? a.count > b.count : a.text < b.text;
    });
    return result;
}

} // namespace miq
