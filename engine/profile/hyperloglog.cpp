#include "engine/profile/hyperloglog.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace miq {

namespace {

// Otmar Ertl, "New cardinality estimation algorithms for HyperLogLog sketches" (2017), section 4.
double sigma(double x)
{
    if (x == 1.0)
        return std::numeric_limits<double>::infinity();
    double y = 1.0;
    double z = x;
    double previous = 0;
    do {
        x *= x;
        previous = z;
        z += x * y;
        y += y;
    } while (z != previous);
    return z;
}

double tau(double x)
{
    if (x == 0.0 || x == 1.0)
        return 0.0;
    double y = 1.0;
    double z = 1.0 - x;
    double previous = 0;
    do {
        x = std::sqrt(x);
        previous = z;
        y *= 0.5;
        z -= (1.0 - x) * (1.0 - x) * y;
    } while (z != previous);
    return z / 3.0;
}

} // namespace

void HyperLogLog::merge(const HyperLogLog &other)
{
    for (int i = 0; i < registerCount; ++i)
        m_registers[i] = std::max(m_registers[i], other.m_registers[i]);
}

double HyperLogLog::estimate() const
{
    constexpr int q = 64 - precision;
    int histogram[q + 2] = {};
    for (const std::uint8_t r : m_registers)
        ++histogram[std::min<int>(r, q + 1)];
    const double m = registerCount;
    double z = m * tau(1.0 - histogram[q + 1] / m);
    for (int k = q; k >= 1; --k)
        z = 0.5 * (z + histogram[k]);
    z += m * sigma(histogram[0] / m);
    const double alphaInfinity = 0.5 / std::log(2.0);
    return alphaInfinity * m * m / z;
}

} // namespace miq
