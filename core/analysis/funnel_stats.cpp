#include "funnel_stats.h"

#include <algorithm>
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <numeric>

namespace waymark::analysis::stats {

double normalQuantile(double confidence)
{
    const boost::math::normal_distribution<double> normal;
    return boost::math::quantile(normal, 1.0 - (1.0 - confidence) / 2.0);
}

std::optional<Interval> wilson(int64_t successes, int64_t trials, double confidence)
{
    if (trials <= 0) return std::nullopt;
    const double z = normalQuantile(confidence);
    const double n = static_cast<double>(trials);
    const double p = static_cast<double>(successes) / n;
    const double z2 = z * z;
    const double denom = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denom;
    const double half = z / denom * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
    // At p = 0 or 1 the bound is exactly 0 or 1; rounding must not push it past.
    return Interval { std::max(0.0, successes == 0 ? 0.0 : centre - half),
        std::min(1.0, successes == trials ? 1.0 : centre + half) };
}

std::optional<ChiSquare> chiSquareHomogeneity(
    const std::vector<int64_t>& successes, const std::vector<int64_t>& trials)
{
    std::vector<double> s, f;
    for (size_t g = 0; g < trials.size(); ++g) {
        if (trials[g] <= 0) continue;
        s.push_back(static_cast<double>(successes[g]));
        f.push_back(static_cast<double>(trials[g] - successes[g]));
    }
    if (s.size() < 2) return std::nullopt;
    const double totalS = std::accumulate(s.begin(), s.end(), 0.0);
    const double totalF = std::accumulate(f.begin(), f.end(), 0.0);
    const double total = totalS + totalF;
    if (totalS <= 0 || totalF <= 0) return std::nullopt;
    double statistic = 0;
    for (size_t g = 0; g < s.size(); ++g) {
        const double row = s[g] + f[g];
        const double es = row * totalS / total;
        const double ef = row * totalF / total;
        statistic += (s[g] - es) * (s[g] - es) / es + (f[g] - ef) * (f[g] - ef) / ef;
    }
    ChiSquare result;
    result.statistic = statistic;
    result.df = static_cast<int>(s.size()) - 1;
    result.pValue = chiSquarePValue(statistic, result.df);
    return result;
}

double chiSquarePValue(double statistic, int df)
{
    const boost::math::chi_squared_distribution<double> dist(df);
    return boost::math::cdf(boost::math::complement(dist, std::max(0.0, statistic)));
}

double normalTwoSidedPValue(double z)
{
    const boost::math::normal_distribution<double> normal;
    return std::min(1.0, 2.0 * boost::math::cdf(boost::math::complement(normal, std::fabs(z))));
}

std::optional<ZTest> twoProportionZ(int64_t x1, int64_t n1, int64_t x2, int64_t n2)
{
    if (n1 <= 0 || n2 <= 0) return std::nullopt;
    const double p1 = static_cast<double>(x1) / static_cast<double>(n1);
    const double p2 = static_cast<double>(x2) / static_cast<double>(n2);
    const double pooled = static_cast<double>(x1 + x2) / static_cast<double>(n1 + n2);
    if (pooled <= 0 || pooled >= 1) return std::nullopt;
    const double se
        = std::sqrt(pooled * (1 - pooled) * (1.0 / static_cast<double>(n1) + 1.0 / static_cast<double>(n2)));
    ZTest t;
    t.z = (p1 - p2) / se;
    t.pValue = normalTwoSidedPValue(t.z);
    return t;
}

std::vector<double> benjaminiHochberg(const std::vector<double>& pValues)
{
    const size_t m = pValues.size();
    std::vector<size_t> order(m);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return pValues[a] < pValues[b]; });
    std::vector<double> adjusted(m, 1.0);
    double running = 1.0;
    for (size_t k = m; k-- > 0;) {
        const size_t i = order[k];
        running = std::min(running, pValues[i] * static_cast<double>(m) / static_cast<double>(k + 1));
        adjusted[i] = std::min(1.0, running);
    }
    return adjusted;
}

double quantileSorted(const std::vector<int64_t>& sorted, double q)
{
    const double h = (static_cast<double>(sorted.size()) - 1.0) * q;
    const auto lo = static_cast<size_t>(std::floor(h));
    const size_t hi = std::min(lo + 1, sorted.size() - 1);
    const double frac = h - static_cast<double>(lo);
    return static_cast<double>(sorted[lo]) + frac * static_cast<double>(sorted[hi] - sorted[lo]);
}

} // namespace waymark::analysis::stats
