#include "engine/profile/maskcounts.h"

#include <algorithm>
#include <bit>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace miq {

std::uint64_t MaskIndex::hashOf(std::string_view mask)
{
    return XXH3_64bits(mask.data(), mask.size());
}

void MaskIndex::place(Counts::value_type &entry, std::uint64_t hash)
{
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = hash & mask;
    while (m_slots[slot].entry)
        slot = (slot + 1) & mask;
    m_slots[slot] = Slot{hash, &entry};
    ++m_size;
}

void MaskIndex::rebuild(Counts &counts, std::size_t slots)
{
    m_slots.assign(slots, Slot{});
    m_size = 0;
    for (Counts::value_type &entry : counts)
        place(entry, hashOf(entry.first));
}

std::int64_t *MaskIndex::find(Counts &counts, std::string_view mask, std::uint64_t hash)
{
    if (m_slots.empty() || m_size != counts.size()) // a fresh copy
        rebuild(counts, std::max<std::size_t>(64, std::bit_ceil(counts.size() * 2 + 1)));
    const std::size_t slotMask = m_slots.size() - 1;
    for (std::size_t slot = hash & slotMask;; slot = (slot + 1) & slotMask) {
        const Slot &s = m_slots[slot];
        if (!s.entry)
            return nullptr;
        if (s.hash == hash && s.entry->first == mask)
            return &s.entry->second;
    }
}

void MaskIndex::insert(Counts &counts, Counts::value_type &entry, std::uint64_t hash)
{
    if ((m_size + 1) * 2 > m_slots.size())
        rebuild(counts, m_slots.size() * 2); // `entry` is in `counts` already
    else
        place(entry, hash);
}

void MaskCounts::addToMap(const std::string &mask, std::int64_t n)
{
    const std::uint64_t hash = MaskIndex::hashOf(mask);
    if (std::int64_t *count = index.find(counts, mask, hash)) {
        *count += n;
    } else if (counts.size() < limit) {
        index.insert(counts, *counts.emplace(mask, n).first, hash);
    } else {
        other += n;
    }
}

void MaskCounts::merge(const MaskCounts &o)
{
    flush();
    for (const auto &[mask, n] : o.counts)
        addToMap(mask, n);
    if (o.pending > 0)
        addToMap(o.last, o.pending);
    other += o.other;
}

} // namespace miq
