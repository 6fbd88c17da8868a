// Statistics against textbook values (Newcombe 1998 for Wilson intervals, chi-square critical
// values) and against values worked out by hand in the comments.
#include "core/analysis/funnel_stats.h"

#include <QTest>
#include <cmath>

using namespace waymark::analysis::stats;

namespace {
bool near(double a, double b, double tolerance = 1e-12)
{
    return std::fabs(a - b) <= tolerance;
}
} // namespace

class TstFunnelStats : public QObject {
    Q_OBJECT
private slots:
    void normal_quantile() { QVERIFY(near(normalQuantile(0.95), 1.959963984540054, 1e-14)); }

    void wilson_textbook()
    {
        // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I,
        // method 3 (score interval without continuity correction), to four decimals.
        auto a = wilson(81, 263);
        QVERIFY(a);
        QVERIFY(near(a->low, 0.2553, 5e-5) && near(a->high, 0.3662, 5e-5));
        auto b = wilson(15, 148);
        QVERIFY(near(b->low, 0.0624, 5e-5) && near(b->high, 0.1605, 5e-5));
        auto c = wilson(0, 10);
        QCOMPARE(c->low, 0.0);
        QVERIFY(near(c->high, 0.2775, 5e-5));
    }

    void wilson_exact()
    {
        // centre = (p + z²/2n) / (1 + z²/n), half = z / (1 + z²/n) · sqrt(p(1-p)/n + z²/4n²)
        auto a = wilson(81, 263);
        QVERIFY(near(a->low, 0.2552885198782742) && near(a->high, 0.36620957698280004));
        // n = 1, p = 1: low = 1 / (1 + z²) = 0.20654931437723745, high exactly 1.
        auto one = wilson(1, 1);
        QVERIFY(near(one->low, 0.20654931437723745));
        QCOMPARE(one->high, 1.0);
        auto half = wilson(5, 10);
        QVERIFY(near(half->low, 0.236593090512564) && near(half->high, 0.7634069094874361));
        QVERIFY(!wilson(0, 0));
    }

    void chi_square_critical_values()
    {
        // Textbook 5% and 1% points of the chi-square distribution.
        QVERIFY(near(chiSquarePValue(3.841458820694124, 1), 0.05, 1e-14));
        QVERIFY(near(chiSquarePValue(5.991464547107979, 2), 0.05, 1e-14));
        QVERIFY(near(chiSquarePValue(7.814727903251178, 3), 0.05, 1e-14));
        QVERIFY(near(chiSquarePValue(6.634896601021214, 1), 0.01, 1e-14));
        QVERIFY(near(normalTwoSidedPValue(1.959963984540054), 0.05, 1e-14));
        QVERIFY(near(normalTwoSidedPValue(-2.5758293035489004), 0.01, 1e-14));
    }

    void chi_square_two_groups()
    {
        auto t = chiSquareHomogeneity({ 2, 8 }, { 10, 10 });
        QVERIFY(t);
        // Table [[2, 8], [8, 2]]: every expected count is 5, so chi² = 4 · 3² / 5 = 7.2, df = 1,
        // and p = P(|Z| > sqrt(7.2)) = erfc(sqrt(3.6)) = 0.007290358091535644.
        QVERIFY(near(t->statistic, 7.2));
        QCOMPARE(t->df, 1);
        QVERIFY(near(t->pValue, 0.007290358091535644, 1e-15));
    }

    void chi_square_three_groups()
    {
        // 10/50, 20/50, 30/50: expected 20 successes and 30 failures per group;
        // chi² = 100/20 + 100/30 + 0 + 0 + 100/20 + 100/30 = 50/3, df = 2, and for two degrees
        // of freedom p = exp(-chi²/2) = exp(-25/3) = 0.00024036947641951407.
        auto t = chiSquareHomogeneity({ 10, 20, 30 }, { 50, 50, 50 });
        QVERIFY(near(t->statistic, 50.0 / 3.0));
        QCOMPARE(t->df, 2);
        QVERIFY(near(t->pValue, 0.00024036947641951407, 1e-16));
        // A group with no trials drops out; all-success tables cannot be tested.
        QVERIFY(!chiSquareHomogeneity({ 5, 5 }, { 5, 5 }));
        QVERIFY(!chiSquareHomogeneity({ 3, 0 }, { 10, 0 }));
        auto dropped = chiSquareHomogeneity({ 2, 8, 0 }, { 10, 10, 0 });
        QVERIFY(dropped && near(dropped->statistic, 7.2) && dropped->df == 1);
    }

    void two_proportion_z()
    {
        // 2/10 against 8/10: pooled 0.5, se = sqrt(0.25 · 0.2), z = -0.6 / se = -2.683281572999748;
        // z² = 7.2 is the chi-square of the same 2×2 table, so the p-values agree.
        auto t = twoProportionZ(2, 10, 8, 10);
        QVERIFY(t);
        QVERIFY(near(t->z, -2.683281572999748));
        QVERIFY(near(t->pValue, 0.007290358091535644, 1e-15));
        QVERIFY(!twoProportionZ(0, 10, 0, 10));
        QVERIFY(!twoProportionZ(1, 0, 1, 10));
    }

    void benjamini_hochberg()
    {
        // Sorted 0.005, 0.01, 0.03, 0.04 (m = 4): p·m/rank = 0.02, 0.02, 0.04, 0.04, already monotone.
        const auto a = benjaminiHochberg({ 0.01, 0.04, 0.03, 0.005 });
        QVERIFY(near(a[0], 0.02) && near(a[1], 0.04) && near(a[2], 0.04) && near(a[3], 0.02));
        // 0.01 .. 0.05 in steps of 0.01 (m = 5): every p·5/rank is 0.05.
        for (double v : benjaminiHochberg({ 0.01, 0.02, 0.03, 0.04, 0.05 }))
            QVERIFY(near(v, 0.05));
        // The running minimum from the top: 0.04·3/2 = 0.06 is lowered to 0.045·3/3 = 0.045.
        const auto b = benjaminiHochberg({ 0.045, 0.04, 0.001 });
        QVERIFY(near(b[0], 0.045) && near(b[1], 0.045) && near(b[2], 0.003));
        QCOMPARE(benjaminiHochberg({ 0.9 })[0], 0.9);
        QCOMPARE(benjaminiHochberg({ 0.6, 0.7 })[1], 0.7);
        QVERIFY(benjaminiHochberg({}).empty());
    }

    void quantiles()
    {
        // Type 7: h = (n - 1) q; [1, 2, 3, 4] -> median at h = 1.5 is 2.5, p90 at h = 2.7 is 3.7.
        QVERIFY(near(quantileSorted({ 1, 2, 3, 4 }, 0.5), 2.5));
        QVERIFY(near(quantileSorted({ 1, 2, 3, 4 }, 0.9), 3.7));
        QVERIFY(near(quantileSorted({ 10 }, 0.9), 10));
        QVERIFY(near(quantileSorted({ 0, 10, 20 }, 0.5), 10));
    }
};

QTEST_GUILESS_MAIN(TstFunnelStats)
#include "tst_funnel_stats.moc"
