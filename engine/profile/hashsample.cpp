#include "engine/profile/hashsample.h"

#include <algorithm>
#include <limits>

namespace miq {

HashSample::HashSample(std::size_t capacity)
    : m_capacity(std::max<std::size_t>(16, capacity))
{
    rehash(64);
}

void HashSample::rehash(std::size_t slots)
{
    std::vector<std::uint64_t> hashes(slots, 0);
    std::vector<std::uint32_t> counts(slots, 0);
    const std::uint64_t mask = slots - 1;
    for (std::size_t i = 0; i < m_hashes.size(); ++i) {
        const std::uint64_t h = m_hashes[i];
        if (h == 0 || !(m_level == 0 || sampled(h)))
            continue;
        std::uint64_t slot = (h * 0x9E3779B97F4A7C15ull) >> 20 & mask;
        while (hashes[slot] != 0)
            slot = (slot + 1) & mask;
        hashes[slot] = h;
        counts[slot] = m_counts[i];
    }
    m_hashes.swap(hashes);
    m_counts.swap(counts);
    m_mask = mask;
}

void HashSample::insert(std::uint64_t hash, std::uint64_t count)
{
    if (hash == 0)
        hash = 1;
    std::uint64_t slot = (hash * 0x9E3779B97F4A7C15ull) >> 20 & m_mask;
    for (;; slot = (slot + 1) & m_mask) {
        const std::uint64_t h = m_hashes[slot];
        if (h == hash) {
            const std::uint64_t sum = m_counts[slot] + count;
            m_counts[slot] = std::uint32_t(std::min<std::uint64_t>(sum, std::numeric_limits<std::uint32_t>::max()));
            m_total += count;
            return;
        }
        if (h == 0)
            break;
    }
    m_hashes[slot] = hash;
    m_counts[slot] = std::uint32_t(std::min<std::uint64_t>(count, std::numeric_limits<std::uint32_t>::max()));
    ++m_size;
    m_total += count;
    if (m_size * 2 > m_hashes.size()) {
        if (m_size > m_capacity)
            raiseLevel();
        else
            rehash(m_hashes.size() * 2);
    }
}

void HashSample::raiseLevel()
{
    while (m_size > m_capacity) {
        ++m_level;
        m_size = 0;
        m_total = 0;
        for (std::size_t i = 0; i < m_hashes.size(); ++i) {
            if (m_hashes[i] != 0 && sampled(m_hashes[i])) {
                ++m_size;
                m_total += m_counts[i];
            }
        }
    }
    rehash(m_hashes.size());
}

void HashSample::merge(const HashSample &other)
{
    if (other.m_level > m_level) {
        m_level = other.m_level;
        m_size = 0;
        m_total = 0;
        for (std::size_t i = 0; i < m_hashes.size(); ++i) {
            if (m_hashes[i] != 0 && sampled(m_hashes[i])) {
                ++m_size;
                m_total += m_counts[i];
            }
        }
        rehash(m_hashes.size());
    }
    for (std::size_t i = 0; i < other.m_hashes.size(); ++i)
        if (other.m_hashes[i] != 0)
            add(other.m_hashes[i], other.m_counts[i]);
}

std::uint64_t HashSample::sampledSingles() const
{
    std::uint64_t singles = 0;
    for (std::size_t i = 0; i < m_hashes.size(); ++i)
        singles += m_hashes[i] != 0 && m_counts[i] == 1;
    return singles;
}

std::uint64_t HashSample::sampledMaxCount() const
{
    std::uint32_t most = 0;
    for (std::size_t i = 0; i < m_hashes.size(); ++i)
        most = std::max(most, m_counts[i]);
    return most;
}

} // namespace miq
