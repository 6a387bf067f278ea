#include "engine/profile/hashsample.h"

#include <algorithm>
#include <limits>

namespace miq {

HashSample::HashSample(std::size_t capacity)
    : m_capacity(std::max<std::size_t>(16, capacity))
{
    // Doubling from 64 slots, the table would end at the first power of two that holds the
    // capacity at half load; the level rises only there (see insert()), whatever the steps.
    m_maxSlots = 64;
    while (m_maxSlots / 2 < m_capacity)
        m_maxSlots *= 2;
    rehash(64);
}

void HashSample::rehash(std::size_t slots)
{
    std::vector<Slot> fresh(slots, Slot{0, 0});
    m_mask = slots - 1;
    for (const Slot &s : m_slots) {
        if (s.hash == 0 || !(m_level == 0 || sampled(s.hash)))
            continue;
        std::uint64_t slot = home(s.hash);
        while (fresh[slot].hash != 0)
            slot = (slot + 1) & m_mask;
        fresh[slot] = s;
    }
    m_slots.swap(fresh);
}

void HashSample::insert(std::uint64_t hash, std::uint64_t count)
{
    if (hash == 0)
        hash = 1;
    std::uint64_t slot = home(hash);
    for (;; slot = (slot + 1) & m_mask) {
        Slot &s = m_slots[slot];
        if (s.hash == hash) {
            const std::uint64_t sum = s.count + count;
            s.count = std::uint32_t(std::min<std::uint64_t>(sum, std::numeric_limits<std::uint32_t>::max()));
            m_total += count;
            return;
        }
        if (s.hash == 0)
            break;
    }
    m_slots[slot] = Slot{hash, std::uint32_t(std::min<std::uint64_t>(count, std::numeric_limits<std::uint32_t>::max()))};
    ++m_size;
    m_total += count;
    if (m_size * 2 > m_slots.size()) {
        if (m_size > m_capacity)
            raiseLevel();
        else
            rehash(std::min(m_slots.size() * 4, m_maxSlots));
    }
}

void HashSample::addAll(const std::uint64_t *hashes, std::size_t count)
{
    // Far enough ahead for the line to arrive, near enough that it is still cached when used.
    constexpr std::size_t ahead = 32;
    for (std::size_t i = 0; i < count; ++i) {
        if (i + ahead < count) {
            const std::uint64_t next = hashes[i + ahead];
            if (m_level == 0 || sampled(next))
                __builtin_prefetch(&m_slots[home(next)], 1);
        }
        add(hashes[i]);
    }
}

void HashSample::raiseLevel()
{
    while (m_size > m_capacity) {
        ++m_level;
        m_size = 0;
        m_total = 0;
        for (const Slot &s : m_slots) {
            if (s.hash != 0 && sampled(s.hash)) {
                ++m_size;
                m_total += s.count;
            }
        }
    }
    rehash(m_slots.size());
}

void HashSample::merge(const HashSample &other)
{
    if (other.m_level > m_level) {
        m_level = other.m_level;
        m_size = 0;
        m_total = 0;
        for (const Slot &s : m_slots) {
            if (s.hash != 0 && sampled(s.hash)) {
                ++m_size;
                m_total += s.count;
            }
        }
        rehash(m_slots.size());
    }
    for (const Slot &s : other.m_slots)
        if (s.hash != 0)
            add(s.hash, s.count);
}

std::uint64_t HashSample::sampledSingles() const
{
    std::uint64_t singles = 0;
    for (const Slot &s : m_slots)
        singles += s.hash != 0 && s.count == 1;
    return singles;
}

std::uint64_t HashSample::sampledMaxCount() const
{
    std::uint32_t most = 0;
    for (const Slot &s : m_slots)
        most = std::max(most, s.count);
    return most;
}

} // namespace miq
