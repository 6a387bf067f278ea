#pragma once

#include <cstddef>
#include <cstdint>

namespace miq {

// Count, mean and central moment sums M2..M4 of a set of numbers, merged with the pairwise
// formulas of Chan, Golub & LeVeque (1979) and Pébay (2008), so that per-chunk results combine
// into the figures of the whole column whatever the chunking. Batches are added with an exact
// two-pass computation over the batch, then merged (faster and more accurate than Welford per value).
struct Moments
{
    double n = 0;
    double mean = 0;
    double m2 = 0;
    double m3 = 0;
    double m4 = 0;

    void merge(const Moments &other);
    // `count` equal values (an exact value->count map turned into moments).
    void addRepeated(double value, double count) { merge(Moments{count, value, 0, 0, 0}); }
    void addBatch(const double *values, std::size_t count);

    double variance() const { return n > 1 ? m2 / (n - 1) : 0; }      // sample variance
    double skewness() const;                                           // g1 (population)
    double kurtosis() const;                                           // g2, excess (population)
};

// Co-moment of two variables over the rows where both are numbers, for Pearson's r; merged like
// Moments (Chan et al.'s update of the cross term).
struct CoMoments
{
    double n = 0;
    double meanX = 0;
    double meanY = 0;
    double m2X = 0;
    double m2Y = 0;
    double cXY = 0;

    void merge(const CoMoments &other);
    // Rows where both values are not NaN.
    void addBatch(const double *x, const double *y, std::size_t count);
    double pearson() const;
};

} // namespace miq
