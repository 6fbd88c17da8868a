#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace waymark::analysis::stats {

struct Interval {
    double low = 0;
    double high = 0;
};

// The two-sided normal quantile for a confidence level (1.959963984540054 for 0.95).
double normalQuantile(double confidence);

// Wilson score interval for successes out of trials; nullopt when trials is 0.
std::optional<Interval> wilson(int64_t successes, int64_t trials, double confidence = 0.95);

struct ChiSquare {
    double statistic = 0;
    int df = 0;
    double pValue = 1;
};

// Pearson's chi-square test of independence (no continuity correction) on a table of
// successes/failures per group. Groups with no trials are left out; nullopt when fewer than two
// groups remain or every group has only successes or only failures (no test is possible).
std::optional<ChiSquare> chiSquareHomogeneity(
    const std::vector<int64_t>& successes, const std::vector<int64_t>& trials);

struct ZTest {
    double z = 0;
    double pValue = 1;
};

// Upper tail of the chi-square distribution: P(X >= statistic) with df degrees of freedom.
double chiSquarePValue(double statistic, int df);
// Two-sided normal tail: P(|Z| >= |z|).
double normalTwoSidedPValue(double z);

// Two-sided pooled two-proportion z test; nullopt when a side has no trials or the pooled rate
// is 0 or 1.
std::optional<ZTest> twoProportionZ(int64_t x1, int64_t n1, int64_t x2, int64_t n2);

// Benjamini–Hochberg adjusted p-values (same order as the input), capped at 1.
std::vector<double> benjaminiHochberg(const std::vector<double>& pValues);

// Quantile with linear interpolation between order statistics (Hyndman–Fan type 7, the
// default of R and NumPy). `sorted` must be ascending and non-empty.
double quantileSorted(const std::vector<int64_t>& sorted, double q);

} // namespace waymark::analysis::stats
