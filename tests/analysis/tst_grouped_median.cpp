// Exact medians per group (the process map's edge times): hand-worked cases for both search paths
// (same and different buckets for the two middle ranks), several buffers with their own group
// numbers, values past 2^32 ms, the sorting path for many groups, and a random comparison.
#include "core/analysis/grouped_median.h"
#include "core/util/word_buffer.h"

#include <QTest>
#include <algorithm>
#include <random>

using namespace waymark;
using namespace waymark::analysis;

namespace {

std::vector<uint64_t> packed(uint32_t group, std::initializer_list<int64_t> values)
{
    std::vector<uint64_t> out;
    for (int64_t v : values)
        out.push_back(packed_time::pack(group, v));
    return out;
}

std::vector<std::optional<double>> medians(const std::vector<std::vector<uint64_t>>& buffers, uint32_t groups,
    int threads = 1, const std::vector<std::vector<uint32_t>>& groupOf = {})
{
    std::vector<std::span<const uint64_t>> spans(buffers.begin(), buffers.end());
    return groupedMedians(spans, groups, threads, groupOf);
}

} // namespace

class TstGroupedMedian : public QObject {
    Q_OBJECT
private slots:
    void oddAndEvenCounts()
    {
        // Group 0: 5 1 3 -> 3. Group 1: 10 40 20 30 -> (20 + 30) / 2 = 25. Group 2: empty.
        auto b = packed(0, { 5, 1, 3 });
        auto more = packed(1, { 10, 40, 20, 30 });
        b.insert(b.end(), more.begin(), more.end());
        const auto m = medians({ b }, 3);
        QCOMPARE(m.size(), size_t(3));
        QCOMPARE(*m[0], 3.0);
        QCOMPARE(*m[1], 25.0);
        QVERIFY(!m[2]);
    }

    void middleRanksInOneBucketAndInTwo()
    {
        // 1000 and 1001 share a bucket (1/16 of the magnitude wide): (1000 + 1001) / 2.
        QCOMPARE(*medians({ packed(0, { 1001, 5, 1000, 900000 }) }, 1)[0], 1000.5);
        // 17 and 5000 lie in different buckets: (17 + 5000) / 2.
        QCOMPARE(*medians({ packed(0, { 5000, 2, 17, 90000 }) }, 1)[0], 2508.5);
        // Ties: 7 7 7 7 -> 7; a single value.
        QCOMPARE(*medians({ packed(0, { 7, 7, 7, 7 }) }, 1)[0], 7.0);
        QCOMPARE(*medians({ packed(0, { 0 }) }, 1)[0], 0.0);
    }

    void buffersWithTheirOwnGroupNumbers()
    {
        // Thread 0 numbers edge X as 0 and Y as 1; thread 1 numbers Y as 0 and X as 1.
        // X: 1 2 | 3 9 -> (2 + 3) / 2 = 2.5. Y: 100 | 300 200 -> 200.
        auto t0 = packed(0, { 1, 2 });
        auto y0 = packed(1, { 100 });
        t0.insert(t0.end(), y0.begin(), y0.end());
        auto t1 = packed(0, { 300, 200 });
        auto x1 = packed(1, { 3, 9 });
        t1.insert(t1.end(), x1.begin(), x1.end());
        const std::vector<std::vector<uint32_t>> groupOf { { 0, 1 }, { 1, 0 } };
        for (int threads : { 1, 2 }) {
            const auto m = medians({ t0, t1 }, 2, threads, groupOf);
            QCOMPARE(*m[0], 2.5);
            QCOMPARE(*m[1], 200.0);
        }
    }

    void valuesBeyondThirtyTwoBits()
    {
        // 60 days and 61 days in ms, a whole-history case of a user: (5184000000 + 5270400000) / 2.
        QCOMPARE(*medians({ packed(0, { 5270400000LL, 5184000000LL }) }, 1)[0], 5227200000.0);
        // Clamped at the packing's range, never wrapped into another group.
        QCOMPARE(packed_time::group(packed_time::pack(3, int64_t(1) << 50)), 3u);
        QCOMPARE(packed_time::value(packed_time::pack(3, -5)), int64_t(0));
    }

    void manyGroupsTakeTheSortingPath()
    {
        std::vector<uint64_t> b;
        const uint32_t groups = 5000;
        for (uint32_t g = 0; g < groups; ++g)
            for (int64_t v : { int64_t(g), int64_t(g) + 10, int64_t(g) + 2 })
                b.push_back(packed_time::pack(g, v));
        const auto m = medians({ b }, groups);
        QCOMPARE(*m[0], 2.0);
        QCOMPARE(*m[4999], 5001.0);
    }

    void randomAgainstSorting()
    {
        std::mt19937_64 rng(7);
        for (int round = 0; round < 200; ++round) {
            const uint32_t groups = 1 + rng() % 6;
            std::vector<std::vector<uint64_t>> buffers(1 + rng() % 3);
            std::vector<std::vector<int64_t>> byGroup(groups);
            for (auto& b : buffers)
                for (int k = int(rng() % 60); k > 0; --k) {
                    const uint32_t g = static_cast<uint32_t>(rng() % groups);
                    // Mostly clustered values, so middle ranks often share a bucket.
                    const int64_t v = rng() % 4 ? 1000 + int64_t(rng() % 40) : int64_t(rng() % 100000000);
                    b.push_back(packed_time::pack(g, v));
                    byGroup[g].push_back(v);
                }
            const auto m = medians(buffers, groups, 2);
            for (uint32_t g = 0; g < groups; ++g) {
                auto& v = byGroup[g];
                if (v.empty()) {
                    QVERIFY(!m[g]);
                    continue;
                }
                std::sort(v.begin(), v.end());
                const double expected = v.size() % 2
                    ? double(v[v.size() / 2])
                    : (double(v[v.size() / 2 - 1]) + double(v[v.size() / 2])) / 2;
                QCOMPARE(*m[g], expected);
            }
        }
    }

    void wordBufferGrowsKeepingItsContents()
    {
        WordBuffer b;
        b.reserve(10);
        QVERIFY(b.capacity() >= 10);
        for (size_t i = 0; i < b.capacity(); ++i)
            b.data()[i] = i * 3;
        const size_t before = b.capacity();
        b.reserve(before * 3);
        QVERIFY(b.capacity() >= before * 3);
        QCOMPARE(b.data()[before - 1], (before - 1) * 3);
        WordBuffer moved(std::move(b));
        QCOMPARE(moved.data()[7], uint64_t(21));
        QVERIFY(!b.data());
    }
};

QTEST_GUILESS_MAIN(TstGroupedMedian)
#include "tst_grouped_median.moc"
