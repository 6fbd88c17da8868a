// Conversion over time, worked out by hand. Times are seconds after 2024-01-01T00:00:00Z, a
// Monday; kDay = 86400 s. Each user's expected bucket (with a 1-day window) is written next to
// its rows.
#include "core/analysis/funnel_trend.h"
#include "funnel_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace waymark;
using namespace waymark::analysis;
using test::Csv;

namespace {
constexpr double kDay = 86400;
constexpr int64_t kJan1 = 1704067200000LL; // 2024-01-01T00:00:00Z
constexpr int64_t kDayMs = 86400000LL;
const std::string kHeader = "user_id,event,timestamp";

std::string journeys()
{
    return Csv(kHeader)
        .row("u1", "A", 0)
        .row("u1", "B", 10)
        .row("u1", "C", 20) // Jan 1, converted
        .row("u2", "A", 3600)
        .row("u2", "B", 3700) // Jan 1, level 2
        .row("u3", "A", 2 * kDay + 100) // Jan 3, level 1
        .row("u4", "A", 10 * 3600) // Jan 1, level 1 within a day ...
        .row("u4", "A", 8 * kDay)
        .row("u4", "B", 8 * kDay + 60)
        .row("u4", "C", 8 * kDay + 120) // ... but converts on Jan 9: bucket Jan 9 (1 d window)
        .row("u5", "B", 0)
        .row("u5", "C", 10) // never entered
        .row("u6", "A", 2 * kDay - 1) // Jan 2 23:59:59
        .row("u6", "B", 2 * kDay + 5)
        .row("u6", "C", 2 * kDay + 6) // Jan 2, converted the next day
        .text();
}
} // namespace

class TstFunnelTrend : public QObject {
    Q_OBJECT
private slots:
    void bucket_starts()
    {
        QCOMPARE(trendBucketStart(kJan1 + 5 * 3600000LL, TrendInterval::Day), kJan1);
        // Sunday 2024-01-07 23:00 still belongs to the week of Monday Jan 1.
        QCOMPARE(trendBucketStart(kJan1 + 6 * kDayMs + 23 * 3600000LL, TrendInterval::Week), kJan1);
        QCOMPARE(trendBucketStart(kJan1 + 7 * kDayMs, TrendInterval::Week), kJan1 + 7 * kDayMs);
        // Before the epoch: 1969-12-31 is day -1, its week starts on Monday 1969-12-29.
        QCOMPARE(trendBucketStart(-1, TrendInterval::Day), -kDayMs);
        QCOMPARE(trendBucketStart(-1, TrendInterval::Week), -3 * kDayMs);
        QCOMPARE(trendBucketStart(0, TrendInterval::Week), -3 * kDayMs);
    }

    void daily()
    {
        test::TempProject p;
        const auto s = test::load(p, journeys());
        const auto q = test::funnel(*s, { "A", "B", "C" }, kDayMs);
        const auto trend = funnelTrend(*s, q, TrendInterval::Day);
        // Jan 1 .. Jan 9, the days between without entries included.
        QCOMPARE(trend.size(), size_t(9));
        for (size_t i = 0; i < trend.size(); ++i)
            QCOMPARE(trend[i].startMs, kJan1 + int64_t(i) * kDayMs);
        QCOMPARE(trend[0].entered, 2); // u1, u2
        QCOMPARE(trend[0].converted, 1);
        QCOMPARE(*trend[0].conversion, 0.5);
        QCOMPARE(trend[1].entered, 1); // u6
        QCOMPARE(trend[1].converted, 1);
        QCOMPARE(trend[2].entered, 1); // u3
        QCOMPARE(trend[2].converted, 0);
        QCOMPARE(*trend[2].conversion, 0.0);
        for (size_t i = 3; i < 8; ++i) {
            QCOMPARE(trend[i].entered, 0);
            QVERIFY(!trend[i].conversion);
        }
        QCOMPARE(trend[8].entered, 1); // u4's converting attempt
        QCOMPARE(trend[8].converted, 1);

        // The buckets add up to the funnel's first and last step.
        const auto r = runFunnel(*s, q);
        int64_t entered = 0, converted = 0;
        for (const auto& b : trend) {
            entered += b.entered;
            converted += b.converted;
        }
        QCOMPARE(entered, r.steps.front().count);
        QCOMPARE(converted, r.steps.back().count);
        QCOMPARE(entered, 5);
        QCOMPARE(converted, 3);
    }

    void weekly_and_window()
    {
        test::TempProject p;
        const auto s = test::load(p, journeys());
        auto q = test::funnel(*s, { "A", "B", "C" }, kDayMs);
        auto trend = funnelTrend(*s, q, TrendInterval::Week);
        QCOMPARE(trend.size(), size_t(2));
        QCOMPARE(trend[0].startMs, kJan1);
        QCOMPARE(trend[0].entered, 4); // u1, u2, u3, u6
        QCOMPARE(trend[0].converted, 2); // u1, u6
        QCOMPARE(trend[1].startMs, kJan1 + 7 * kDayMs);
        QCOMPARE(trend[1].entered, 1); // u4
        QCOMPARE(trend[1].converted, 1);

        // A 1-minute window (inclusive): u1 and u6 (C 7 s after A) still convert; u4's Jan 9
        // attempt reaches B at exactly 60 s but not C at 120 s, and still beats its Jan 1 attempt.
        q.windowMs = 60 * 1000;
        trend = funnelTrend(*s, q, TrendInterval::Week);
        QCOMPARE(trend.size(), size_t(2));
        QCOMPARE(trend[0].entered, 4);
        QCOMPARE(trend[0].converted, 2);
        QCOMPARE(trend[1].entered, 1);
        QCOMPARE(trend[1].converted, 0);
        QCOMPARE(trend[1].conversion, std::optional<double>(0.0));

        // With the default 14 days u4's Jan 1 attempt converts too (B and C 8 days later), and the
        // earliest of equally good attempts is the one reported: everyone lands in week 1.
        trend = funnelTrend(*s, test::funnel(*s, { "A", "B", "C" }), TrendInterval::Week);
        QCOMPARE(trend.size(), size_t(1));
        QCOMPARE(trend[0].entered, 5);
        QCOMPARE(trend[0].converted, 3);
    }

    void filter_and_empty()
    {
        test::TempProject p;
        const auto s = test::load(p, journeys());
        auto q = test::funnel(*s, { "A", "B", "C" });
        // Events from Jan 2 on: u1, u2 and u4's first A are invisible.
        q.filter.fromMs = kJan1 + kDayMs;
        const auto trend = funnelTrend(*s, q, TrendInterval::Day);
        QCOMPARE(trend.size(), size_t(8)); // Jan 2 .. Jan 9
        QCOMPARE(trend[0].startMs, kJan1 + kDayMs);
        QCOMPARE(trend[0].entered, 1);
        QCOMPARE(trend[7].entered, 1);
        // One step: everyone who entered converted. B: u1, u2, u5 (Jan 1), u6 (Jan 3), u4 (Jan 9).
        const auto single = funnelTrend(*s, test::funnel(*s, { "B" }), TrendInterval::Week);
        QCOMPARE(single.size(), size_t(2));
        QCOMPARE(single[0].entered, 4);
        QCOMPARE(single[0].converted, 4);
        QCOMPARE(single[1].entered, 1);
        QCOMPARE(*single[1].conversion, 1.0);
        auto none = test::funnel(*s, { "A" });
        none.filter.fromMs = kJan1 + 30 * kDayMs;
        QVERIFY(funnelTrend(*s, none, TrendInterval::Day).empty());
    }

    void cli_trend()
    {
        test::TempProject p;
        test::load(p, journeys());
        p.close();
        QProcess cli;
        cli.start(QStringLiteral(WAYMARK_CLI),
            { QStringLiteral("funnel"), QString::fromStdString(p.path()), QStringLiteral("--steps"),
                QStringLiteral("A,B,C"), QStringLiteral("--window"), QStringLiteral("1d"),
                QStringLiteral("--trend"), QStringLiteral("week"), QStringLiteral("--json") });
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const auto o = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(o[QLatin1String("trend_interval")].toString(), QStringLiteral("week"));
        const auto trend = o[QLatin1String("trend")].toArray();
        QCOMPARE(trend.size(), 2);
        const auto first = trend[0].toObject();
        QCOMPARE(first[QLatin1String("start")].toString(), QStringLiteral("2024-01-01"));
        QCOMPARE(first[QLatin1String("entered")].toInteger(), 4);
        QCOMPARE(first[QLatin1String("converted")].toInteger(), 2);
        QCOMPARE(first[QLatin1String("conversion")].toDouble(), 0.5);

        QProcess daily;
        daily.start(QStringLiteral(WAYMARK_CLI),
            { QStringLiteral("funnel"), QString::fromStdString(p.path()), QStringLiteral("--steps"),
                QStringLiteral("A,B,C"), QStringLiteral("--window"), QStringLiteral("1d"),
                QStringLiteral("--trend"), QStringLiteral("day"), QStringLiteral("--json") });
        QVERIFY(daily.waitForFinished(30000));
        const auto days = QJsonDocument::fromJson(daily.readAllStandardOutput())
                              .object()[QLatin1String("trend")]
                              .toArray();
        QCOMPARE(days.size(), 9);
        QVERIFY(days[4].toObject()[QLatin1String("conversion")].isNull());
        QCOMPARE(days[4].toObject()[QLatin1String("entered")].toInteger(), 0);

        QProcess bad;
        bad.start(QStringLiteral(WAYMARK_CLI),
            { QStringLiteral("funnel"), QString::fromStdString(p.path()), QStringLiteral("--steps"),
                QStringLiteral("A,B"), QStringLiteral("--trend"), QStringLiteral("month") });
        QVERIFY(bad.waitForFinished(30000));
        QCOMPARE(bad.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TstFunnelTrend)
#include "tst_funnel_trend.moc"
