#include "engine/profile/kllsketch.h"

#include <algorithm>
#include <cmath>

namespace miq {

KllSketch::KllSketch(int k)
    : m_k(std::max(8, k))
    , m_levels(1)
{
    updateCapacity();
}

std::size_t KllSketch::levelCapacity(std::size_t level) const
{
    return m_levelCapacity[level];
}

void KllSketch::updateCapacity()
{
    if (m_levelCapacity.size() == m_levels.size())
        return;
    m_levelCapacity.resize(m_levels.size());
    m_capacity = 0;
    for (std::size_t h = 0; h < m_levels.size(); ++h) {
        const std::size_t depth = m_levels.size() - 1 - h;
        m_levelCapacity[h] = std::max<std::size_t>(8, std::size_t(std::ceil(m_k * std::pow(2.0 / 3.0, double(depth)))));
        m_capacity += m_levelCapacity[h];
    }
}

bool KllSketch::coin()
{
    // xorshift64*: cheap, and deterministic for reproducible profiles.
    m_random ^= m_random >> 12;
    m_random ^= m_random << 25;
    m_random ^= m_random >> 27;
    return ((m_random * 0x2545F4914F6CDD1Dull) >> 63) != 0;
}

void KllSketch::compactLevel(std::size_t level)
{
    if (level + 1 >= m_levels.size()) {
        m_levels.emplace_back();
        updateCapacity();
    }
    std::vector<double> &items = m_levels[level];
    std::sort(items.begin(), items.end());
    // An odd item out stays at this level (its weight cannot be halved).
    double leftover = 0;
    const bool odd = items.size() % 2 == 1;
    if (odd) {
        leftover = items.back();
        items.pop_back();
    }
    std::vector<double> &up = m_levels[level + 1];
    const std::size_t offset = coin() ? 1 : 0;
    for (std::size_t i = offset; i < items.size(); i += 2)
        up.push_back(items[i]);
    m_size -= items.size() / 2;
    items.clear();
    if (odd)
        items.push_back(leftover);
}

void KllSketch::compress()
{
    while (m_size > m_capacity) {
        for (std::size_t h = 0; h < m_levels.size(); ++h) {
            if (m_levels[h].size() >= levelCapacity(h)) {
                compactLevel(h);
                break;
            }
        }
    }
}

void KllSketch::add(double value, std::uint64_t weight)
{
    if (weight == 0)
        return;
    m_min = std::min(m_min, value);
    m_max = std::max(m_max, value);
    m_count += weight;
    for (std::size_t level = 0; weight != 0; ++level, weight >>= 1) {
        if (!(weight & 1))
            continue;
        while (level >= m_levels.size())
            m_levels.emplace_back();
        m_levels[level].push_back(value);
        ++m_size;
    }
    updateCapacity();
    compress();
}

void KllSketch::merge(const KllSketch &other)
{
    if (other.m_count == 0)
        return;
    while (m_levels.size() < other.m_levels.size())
        m_levels.emplace_back();
    for (std::size_t h = 0; h < other.m_levels.size(); ++h) {
        m_levels[h].insert(m_levels[h].end(), other.m_levels[h].begin(), other.m_levels[h].end());
        m_size += other.m_levels[h].size();
    }
    m_count += other.m_count;
    m_min = std::min(m_min, other.m_min);
    m_max = std::max(m_max, other.m_max);
    m_random ^= other.m_random;
    updateCapacity();
    compress();
}

std::vector<KllSketch::Weighted> KllSketch::sortedView() const
{
    std::vector<Weighted> view;
    view.reserve(m_size);
    for (std::size_t h = 0; h < m_levels.size(); ++h)
        for (const double v : m_levels[h])
            view.push_back({v, std::uint64_t(1) << h});
    std::sort(view.begin(), view.end(), [](const Weighted &a, const Weighted &b) { return a.value < b.value; });
    return view;
}

double KllSketch::quantile(double q) const
{
    if (m_count == 0)
        return std::numeric_limits<double>::quiet_NaN();
    if (q <= 0)
        return m_min;
    if (q >= 1)
        return m_max;
    const std::vector<Weighted> view = sortedView();
    const double target = std::ceil(q * double(m_count));
    std::uint64_t cumulative = 0;
    for (const Weighted &w : view) {
        cumulative += w.weight;
        if (double(cumulative) >= target)
            return w.value;
    }
    return m_max;
}

double KllSketch::rank(double value) const
{
    if (m_count == 0)
        return 0;
    std::uint64_t below = 0;
    for (std::size_t h = 0; h < m_levels.size(); ++h)
        for (const double v : m_levels[h])
            if (v <= value)
                below += std::uint64_t(1) << h;
    return double(below) / double(m_count);
}

double KllSketch::rankBelow(double value) const
{
    if (m_count == 0)
        return 0;
    std::uint64_t below = 0;
    for (std::size_t h = 0; h < m_levels.size(); ++h)
        for (const double v : m_levels[h])
            if (v < value)
                below += std::uint64_t(1) << h;
    return double(below) / double(m_count);
}

} // namespace miq
