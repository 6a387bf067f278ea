#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace miq {

// Finds a mask's count in MaskCounts::counts without std::hash, a division and a walk of a
// bucket's list per value: an open-addressing table of (XXH3 hash, key, count) pointers into the
// map's nodes, which never move. It is a cache of the map: a copy starts empty (its pointers
// would be into the other map) and is rebuilt from the map on first use.
class MaskIndex
{
public:
    MaskIndex() = default;
    MaskIndex(const MaskIndex &) {}
    MaskIndex &operator=(const MaskIndex &)
    {
        clear();
        return *this;
    }

    using Counts = std::unordered_map<std::string, std::int64_t>;

    // The count of `mask` (whose hashOf() is `hash`) in `counts`, or null when the map does not
    // hold it.
    std::int64_t *find(Counts &counts, std::string_view mask, std::uint64_t hash);
    // Indexes `entry`, just added to `counts`.
    void insert(Counts &counts, Counts::value_type &entry, std::uint64_t hash);
    static std::uint64_t hashOf(std::string_view mask);

private:
    struct Slot
    {
        std::uint64_t hash = 0;
        Counts::value_type *entry = nullptr; // null = empty
    };
    void clear()
    {
        m_slots.clear();
        m_size = 0;
    }
    void rebuild(Counts &counts, std::size_t slots);
    void place(Counts::value_type &entry, std::uint64_t hash);

    std::vector<Slot> m_slots;
    std::size_t m_size = 0;
};

// Character-class masks with their counts; at most `limit` distinct masks, then counted as other.
struct MaskCounts
{
    static constexpr std::size_t limit = 1024;
    std::unordered_map<std::string, std::int64_t> counts; // complete after flush()
    std::int64_t other = 0;
    std::string last;
    std::int64_t pending = 0;
    MaskIndex index;

    void add(const std::string &mask, std::int64_t n)
    {
        // Consecutive values of a column mostly share their mask ("999999", "9999-99-99"): count
        // repeats of the last one without a map lookup.
        if (n == 1 && pending > 0 && mask == last) {
            ++pending;
            return;
        }
        flush();
        if (n == 1) {
            last = mask;
            pending = 1;
            return;
        }
        addToMap(mask, n);
    }
    void flush()
    {
        if (pending > 0)
            addToMap(last, pending);
        pending = 0;
    }
    void addToMap(const std::string &mask, std::int64_t n);
    void merge(const MaskCounts &o);
};

} // namespace miq
