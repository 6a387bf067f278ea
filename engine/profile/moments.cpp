#include "engine/profile/moments.h"

#include <cmath>
#include <limits>

namespace miq {

void Moments::merge(const Moments &b)
{
    if (b.n == 0)
        return;
    if (n == 0) {
        *this = b;
        return;
    }
    const double na = n;
    const double nb = b.n;
    const double total = na + nb;
    const double delta = b.mean - mean;
    const double d2 = delta * delta;
    const double d3 = d2 * delta;
    const double d4 = d2 * d2;
    const double m2n = m2 + b.m2 + d2 * na * nb / total;
    const double m3n = m3 + b.m3 + d3 * na * nb * (na - nb) / (total * total)
                       + 3.0 * delta * (na * b.m2 - nb * m2) / total;
    const double m4n = m4 + b.m4 + d4 * na * nb * (na * na - na * nb + nb * nb) / (total * total * total)
                       + 6.0 * d2 * (na * na * b.m2 + nb * nb * m2) / (total * total)
                       + 4.0 * delta * (na * b.m3 - nb * m3) / total;
    mean += delta * nb / total;
    m2 = m2n;
    m3 = m3n;
    m4 = m4n;
    n = total;
}

void Moments::addBatch(const double *values, std::size_t count)
{
    if (count == 0)
        return;
    double sum = 0;
    for (std::size_t i = 0; i < count; ++i)
        sum += values[i];
    Moments batch;
    batch.n = double(count);
    batch.mean = sum / batch.n;
    for (std::size_t i = 0; i < count; ++i) {
        const double d = values[i] - batch.mean;
        const double d2 = d * d;
        batch.m2 += d2;
        batch.m3 += d2 * d;
        batch.m4 += d2 * d2;
    }
    merge(batch);
}

double Moments::skewness() const
{
    if (n < 2 || m2 == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return std::sqrt(n) * m3 / std::pow(m2, 1.5);
}

double Moments::kurtosis() const
{
    if (n < 2 || m2 == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return n * m4 / (m2 * m2) - 3.0;
}

void CoMoments::merge(const CoMoments &b)
{
    if (b.n == 0)
        return;
    if (n == 0) {
        *this = b;
        return;
    }
    const double total = n + b.n;
    const double dx = b.meanX - meanX;
    const double dy = b.meanY - meanY;
    const double f = n * b.n / total;
    cXY += b.cXY + dx * dy * f;
    m2X += b.m2X + dx * dx * f;
    m2Y += b.m2Y + dy * dy * f;
    meanX += dx * b.n / total;
    meanY += dy * b.n / total;
    n = total;
}

void CoMoments::addBatch(const double *x, const double *y, std::size_t count)
{
    double sx = 0;
    double sy = 0;
    std::size_t k = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (std::isnan(x[i]) || std::isnan(y[i]))
            continue;
        sx += x[i];
        sy += y[i];
        ++k;
    }
    if (k == 0)
        return;
    CoMoments batch;
    batch.n = double(k);
    batch.meanX = sx / batch.n;
    batch.meanY = sy / batch.n;
    for (std::size_t i = 0; i < count; ++i) {
        if (std::isnan(x[i]) || std::isnan(y[i]))
            continue;
        const double dx = x[i] - batch.meanX;
        const double dy = y[i] - batch.meanY;
        batch.m2X += dx * dx;
        batch.m2Y += dy * dy;
        batch.cXY += dx * dy;
    }
    merge(batch);
}

double CoMoments::pearson() const
{
    if (n < 2 || m2X <= 0 || m2Y <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    return cXY / std::sqrt(m2X * m2Y);
}

} // namespace miq
