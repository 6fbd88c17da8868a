// Funnel modes against expectations worked out by hand from the journeys written in each test.
// Times are seconds after 2024-01-01T00:00:00Z; "u1: A@0 B@10" means user u1 did A at 0 s and B
// at 10 s. The expected level of each user is given next to its rows.
#include "funnel_fixture.h"

#include <QTest>

using namespace waymark;
using namespace waymark::analysis;
using test::counts;
using test::Counts;
using test::Csv;
using test::near;

namespace {
constexpr int64_t kSecond = 1000;
const std::string kHeader = "user_id,event,timestamp";
} // namespace

class TstFunnel : public QObject {
    Q_OBJECT
private slots:
    void ordered_counts_conversion_and_times()
    {
        test::TempProject p;
        const auto s = test::load(p,
            Csv(kHeader)
                .row("u1", "A", 0)
                .row("u1", "B", 10)
                .row("u1", "C", 20) // 3
                .row("u2", "A", 0)
                .row("u2", "C", 5)
                .row("u2", "B", 10) // 2: C came before B
                .row("u3", "B", 0)
                .row("u3", "C", 5) // 0: never A
                .row("u4", "A", 0) // 1
                .text());
        const auto r = runFunnel(*s, test::funnel(*s, { "A", "B", "C" }));
        QCOMPARE(counts(r), (Counts { 3, 2, 1 }));
        QCOMPARE(r.units, 4);
        QCOMPARE(*r.steps[0].conversionFromPrevious, 1.0);
        QVERIFY(near(*r.steps[1].conversionFromPrevious, 2.0 / 3.0));
        QVERIFY(near(*r.steps[2].conversionFromPrevious, 1.0 / 2.0));
        QVERIFY(near(*r.steps[2].conversionFromFirst, 1.0 / 3.0));
        QCOMPARE(r.steps[0].dropOff, 0);
        QCOMPARE(r.steps[1].dropOff, 1);
        QCOMPARE(r.steps[2].dropOff, 1);
        // Wilson 95% of 1 out of 3 (computed with the formula in funnel_stats.h).
        QVERIFY(near(r.steps[2].ci95->low, 0.06149194472039615)
            && near(r.steps[2].ci95->high, 0.7923403991979523));
        QVERIFY(!r.steps[0].timeFromPrevious);
        // A -> B: u1 10 s, u2 10 s; B -> C: u1 10 s.
        const auto& t = *r.steps[1].timeFromPrevious;
        QCOMPARE(t.count, 2);
        QCOMPARE(t.medianSeconds, 10.0);
        QCOMPARE(t.meanSeconds, 10.0);
        QCOMPARE(t.p90Seconds, 10.0);
        QCOMPARE(t.histogram[1].fromMs, 10 * kSecond); // [10 s, 60 s)
        QCOMPARE(t.histogram[1].count, 2);
        QCOMPARE(r.steps[2].timeFromPrevious->medianSeconds, 10.0);

        // Strict: u1 3; u2 A then C, not B: 1; u4 1.
        auto strict = test::funnel(*s, { "A", "B", "C" }, kDefaultFunnelWindowMs, FunnelOrder::Strict);
        QCOMPARE(counts(runFunnel(*s, strict)), (Counts { 3, 1, 1 }));

        // Any order: u1 3, u2 3, u3 2 (B and C), u4 1.
        auto any
            = runFunnel(*s, test::funnel(*s, { "A", "B", "C" }, kDefaultFunnelWindowMs, FunnelOrder::Any));
        QCOMPARE(counts(any), (Counts { 4, 3, 2 }));
        QCOMPARE(any.steps[0].label, std::string("completed 1 step"));
        QCOMPARE(any.steps[2].label, std::string("completed 3 steps"));
        // Second step completed: u1 after 10 s (B), u2 after 5 s (C), u3 after 5 s (C);
        // third: u1 10 s (C at 20), u2 5 s (B at 10).
        QCOMPARE(any.steps[1].timeFromPrevious->medianSeconds, 5.0);
        QCOMPARE(any.steps[2].timeFromPrevious->medianSeconds, 7.5);
    }

    void events_before_the_first_step_are_ignored()
    {
        test::TempProject p;
        const auto s = test::load(p,
            Csv(kHeader)
                .row("u1", "C", 0)
                .row("u1", "B", 1)
                .row("u1", "A", 2)
                .row("u1", "B", 3)
                .row("u1", "C", 4) // 3
                .row("u2", "B", 0)
                .row("u2", "A", 1) // 1
                .text());
        const auto r = runFunnel(*s, test::funnel(*s, { "A", "B", "C" }));
        QCOMPARE(counts(r), (Counts { 2, 1, 1 }));
        QCOMPARE(r.steps[1].timeFromPrevious->medianSeconds, 1.0);
        QCOMPARE(r.steps[2].timeFromPrevious->medianSeconds, 1.0);
    }

    void strict_order()
    {
        test::TempProject p;
        const auto s = test::load(p,
            Csv(kHeader)
                .row("u1", "A", 0)
                .row("u1", "B", 1)
                .row("u1", "C", 2) // strict 3
                .row("u2", "A", 0)
                .row("u2", "X", 1)
                .row("u2", "B", 2)
                .row("u2", "C", 3) // strict 1
                .row("u3", "A", 0)
                .row("u3", "A", 1)
                .row("u3", "B", 2)
                .row("u3", "C", 3) // 3 from A@1
                .text());
        QCOMPARE(counts(runFunnel(
                     *s, test::funnel(*s, { "A", "B", "C" }, kDefaultFunnelWindowMs, FunnelOrder::Strict))),
            (Counts { 3, 2, 2 }));
        QCOMPARE(counts(runFunnel(*s, test::funnel(*s, { "A", "B", "C" }))), (Counts { 3, 3, 3 }));
        // A 1 s window: u1 reaches B at 1 s (inclusive) but not C at 2 s; u3 likewise from A@1.
        QCOMPARE(counts(runFunnel(*s, test::funnel(*s, { "A", "B", "C" }, kSecond, FunnelOrder::Strict))),
            (Counts { 3, 2, 0 }));
    }

    void any_order()
    {
        test::TempProject p;
        const auto s = test::load(p,
            Csv(kHeader)
                .row("u1", "C", 0)
                .row("u1", "A", 1)
                .row("u1", "B", 2) // 3
                .row("u2", "B", 0)
                .row("u2", "B", 1) // 1: one step twice
                .row("u3", "A", 0)
                .row("u3", "C", 100) // 1: C is outside 10 s
                .row("u4", "B", 0)
                .row("u4", "C", 3)
                .row("u4", "A", 15) // 2 (B, C)
                .text());
        const auto r = runFunnel(*s, test::funnel(*s, { "A", "B", "C" }, 10 * kSecond, FunnelOrder::Any));
        QCOMPARE(counts(r), (Counts { 4, 2, 1 }));
        // A repeated step needs two distinct events in any order too.
        const auto rep = runFunnel(*s, test::funnel(*s, { "B", "B", "C" }, 10 * kSecond, FunnelOrder::Any));
        // u1: B, C -> 2; u2: B, B -> 2; u3: C only (window from C@100) -> 1; u4: B, C -> 2.
        QCOMPARE(counts(rep), (Counts { 4, 3, 0 }));
    }

    void window_boundary_is_inclusive_from_step_one()
    {
        test::TempProject p;
        const auto s = test::load(p,
            Csv(kHeader)
                .row("u1", "A", 0)
                .row("u1", "B", 10) // 2: exactly 10 s
                .row("u2", "A", 0)
                .row("u2", "B", 10.001) // 1: 1 ms late
                .row("u3", "A", 0)
                .row("u3", "B", 5)
                .row("u3", "C", 10) // 3
                .row("u4", "A", 0)
                .row("u4", "B", 5)
                .row("u4", "C", 10.001) // 2: window runs from A
                .row("u5", "A", 0)
                .row("u5", "B", 0) // 2
                .text());
        QCOMPARE(counts(runFunnel(*s, test::funnel(*s, { "A", "B", "C" }, *parseWindow("10s")))),
            (Counts { 5, 4, 1 }));
        // A zero window keeps only events at the same instant (u5).
        QCOMPARE(counts(runFunnel(*s, test::funnel(*s, { "A", "B", "C" }, 0))), (Counts { 5, 1, 0 }));
        QCOMPARE(
            counts(runFunnel(*s, test::funnel(*s, { "A", "B", "C" }, std::nullopt))), (Counts { 5, 5, 2 }));
    }

    void window_units()
    {
        QCOMPARE(*parseWindow("14d"), 14 * 86400 * kSecond);
        QCOMPARE(*parseWindow("36h"), 36 * 3600 * kSecond);
        QCOMPARE(*parseWindow("30min"), 30 * 60 * kSecond);
        QCOMPARE(*parseWindow("30m"), 30 * 60 * kSecond);
        QCOMPARE(*parseWindow("90s"), 90 * kSecond);
        QCOMPARE(*parseWindow("1.5h"), 90 * 60 * kSecond);
        QVERIFY(!parseWindow("none"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseWindow("10"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseWindow("10 parsecs"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseWindow("-1d"));
    }

    void repeated_step_needs_a_later_event()
    {
        test::TempProject p;
        const auto s = test::load(p,
            Csv(kHeader)
                .row("u1", "A", 0)
                .row("u1", "B", 1) // 1
                .row("u2", "A", 0)
                .row("u2", "A", 1)
                .row("u2", "B", 2) // 3
                .row("u3", "A", 0)
                .row("u3", "B", 1)
                .row("u3", "A", 2) // 2
                .row("u4", "A", 5)
                .row("u4", "A", 5)
                .row("u4", "B", 5) // 3: ties keep import order
                .text());
        QCOMPARE(counts(runFunnel(*s, test::funnel(*s, { "A", "A", "B" }))), (Counts { 4, 3, 2 }));
    }

    void equal_timestamps_keep_import_order()
    {
        test::TempProject p;
        const auto s = test::load(p,
            Csv(kHeader)
                .row("u1", "A", 5)
                .row("u1", "B", 5) // 2
                .row("u2", "B", 5)
                .row("u2", "A", 5) // 1: B was imported first
                .row("u3", "B", 6)
                .row("u3", "A", 5) // 2: sorted by time
                .text());
        QCOMPARE(counts(runFunnel(*s, test::funnel(*s, { "A", "B" }))), (Counts { 3, 2 }));
        QCOMPARE(counts(runFunnel(
                     *s, test::funnel(*s, { "A", "B" }, kDefaultFunnelWindowMs, FunnelOrder::Strict))),
            (Counts { 3, 2 }));
        auto q = test::funnel(*s, { "A", "B" });
        q.strictIncrease = true; // u1's B is no longer later than its A
        QCOMPARE(counts(runFunnel(*s, q)), (Counts { 3, 1 }));
    }

    void exclusions_disqualify_the_attempt_not_the_user()
    {
        test::TempProject p;
        const auto s = test::load(p,
            Csv(kHeader)
                .row("u1", "A", 0)
                .row("u1", "X", 1)
                .row("u1", "B", 2)
                .row("u1", "C", 3)
                .row("u2", "A", 0)
                .row("u2", "X", 1)
                .row("u2", "B", 2)
                .row("u2", "A", 3)
                .row("u2", "B", 4)
                .row("u2", "C", 5)
                .row("u3", "A", 0)
                .row("u3", "B", 1)
                .row("u3", "X", 2)
                .row("u3", "C", 3)
                .row("u4", "A", 0)
                .row("u4", "X", 20)
                .row("u4", "B", 25)
                .row("u4", "C", 26)
                .row("u5", "A", 0)
                .row("u5", "X", 5)
                .text());
        auto run = [&](const std::string& exclusion) {
            auto q = test::funnel(*s, { "A", "B", "C" }, 10 * kSecond);
            q.exclusions.push_back(parseExclusion(*s, exclusion, 3));
            return runFunnel(*s, q);
        };
        // X:1-2. u1: X between A and B, no other attempt: out. u2: the attempt from A@0 is
        // disqualified, the clean one from A@3 reaches C. u3: X after B does not count. u4: X
        // after the window. u5: X inside the window before B was reached: out.
        const auto a = run("X:1-2");
        QCOMPARE(counts(a), (Counts { 3, 2, 2 }));
        // Times come from the clean attempt: u2 A@3 -> B@4 -> C@5, u3 A@0 -> B@1 -> C@3.
        QCOMPARE(a.steps[1].timeFromPrevious->medianSeconds, 1.0);
        QCOMPARE(a.steps[2].timeFromPrevious->medianSeconds, 1.5);
        // X:2-3: u1 3, u2 3, u3 out, u4 1 (never reached B), u5 1.
        QCOMPARE(counts(run("X:2-3")), (Counts { 4, 2, 2 }));
        // X alone spans the whole funnel: u1 out, u2 3 (from A@3), u3 out, u4 1, u5 out.
        QCOMPARE(counts(run("X")), (Counts { 2, 1, 1 }));

        const auto x = parseExclusion(*s, "X:1-2", 3);
        QCOMPARE(x.fromStep, 1);
        QCOMPARE(x.toStep, 2);
        QCOMPARE(parseExclusion(*s, "X", 3).toStep, 3);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseExclusion(*s, "X:0-2", 3));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseExclusion(*s, "X:2-2", 3));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseExclusion(*s, "X:1-x", 3));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseExclusion(*s, "X:1-4", 3));
    }

    void hold_property_constant()
    {
        test::TempProject p;
        const auto s = test::load(p,
            Csv(kHeader + ",device")
                .row("u1", "A", 0, "d1")
                .row("u1", "B", 1, "d2")
                .row("u1", "C", 2, "d1")
                .row("u1", "B", 3, "d1")
                .row("u1", "C", 4, "d1") // held 3 via B@3, C@4
                .row("u2", "A", 0, "d1")
                .row("u2", "B", 1, "d2")
                .row("u2", "C", 2, "d2") // held 1
                .row("u3", "A", 0, "")
                .row("u3", "B", 1, "") // held 0: no device at step 1
                .row("u4", "A", 0, "d1")
                .row("u4", "A", 1, "d2")
                .row("u4", "B", 2, "d2") // held 2
                .text());
        auto q = test::funnel(*s, { "A", "B", "C" });
        QCOMPARE(counts(runFunnel(*s, q)), (Counts { 4, 4, 2 }));
        q.holdConstant = resolveProperty(*s, "device");
        QCOMPARE(q.holdConstant->scope, PropertyScope::Event);
        const auto r = runFunnel(*s, q);
        QCOMPARE(counts(r), (Counts { 3, 2, 1 }));
        // A -> B on the same device: u1 3 s (A@0 -> B@3), u4 1 s (A@1 -> B@2).
        QCOMPARE(r.steps[1].timeFromPrevious->medianSeconds, 2.0);
        QCOMPARE(r.steps[2].timeFromPrevious->medianSeconds, 1.0);
    }

    void identity_merged_users_are_one_user()
    {
        test::TempProject p;
        const auto s = test::load(p,
            Csv("user_id,anonymous_id,event,timestamp")
                .raw(",dev1,A," + test::at(0)) // anonymous visit ...
                .raw("alice,dev1,B," + test::at(1)) // ... then alice logs in on dev1
                .raw(",dev2,A," + test::at(0)) // another visitor, never linked
                .raw("bob,,A," + test::at(0))
                .raw(",dev3,B," + test::at(1)) // a device bob uses later ...
                .raw("bob,dev3,C," + test::at(2)) // ... and links here
                .text());
        QCOMPARE(s->userCount(), 3u);
        // alice: A (as dev1), B -> 2; dev2: 1; bob: A, B (as dev3) -> 2.
        const auto r = runFunnel(*s, test::funnel(*s, { "A", "B" }));
        QCOMPARE(counts(r), (Counts { 3, 2 }));
        QCOMPARE(r.units, 3);
    }

    void sessions_as_unit()
    {
        test::TempProject p;
        const auto s = test::load(p,
            Csv("user_id,event,timestamp,session_id")
                .row("u1", "A", 0, "s1")
                .row("u1", "B", 1, "s1")
                .row("u1", "A", 100, "s2")
                .row("u2", "B", 0, "s3")
                .text());
        auto q = test::funnel(*s, { "A", "B" });
        auto users = runFunnel(*s, q);
        QCOMPARE(counts(users), (Counts { 1, 1 }));
        QCOMPARE(users.units, 2);
        q.unit = CountingUnit::Sessions; // s1 -> 2, s2 -> 1, s3 -> 0
        auto sessions = runFunnel(*s, q);
        QCOMPARE(counts(sessions), (Counts { 2, 1 }));
        QCOMPARE(sessions.units, 3);
    }

    void step_filters_and_stages()
    {
        test::TempProject p;
        const auto s0 = test::load(p,
            Csv(kHeader + ",plan")
                .row("u1", "A", 0, "free")
                .row("u1", "B", 1, "")
                .row("u2", "A", 0, "pro")
                .row("u2", "B", 1, "")
                .row("u3", "A", 0, "")
                .row("u3", "C", 1, "")
                .text());
        QCOMPARE(counts(runFunnel(*s0, test::funnel(*s0, { "A[plan=pro]", "B" }))), (Counts { 1, 1 }));
        QCOMPARE(counts(runFunnel(*s0, test::funnel(*s0, { "A[plan!=pro]", "B" }))), (Counts { 2, 1 }));
        auto& db = p.open().db();
        db.exec("INSERT INTO stages(id, name, ordinal) VALUES(1, 'Checkout', 1)");
        db.exec("UPDATE event_types SET stage_id = 1 WHERE canonical IN ('b', 'c')");
        const auto s = Snapshot::build(db);
        QCOMPARE(counts(runFunnel(*s, test::funnel(*s, { "A", "stage:Checkout" }))), (Counts { 3, 3 }));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseStep(*s, "stage:Nowhere"));
    }

    void step_names_match_display_name_or_key()
    {
        test::TempProject p;
        const auto s
            = test::load(p, Csv(kHeader).row("u1", "Add To Cart", 0).row("u1", "purchase", 1).text());
        QCOMPARE(parseStep(*s, "add_to_cart").types, parseStep(*s, "Add To Cart").types);
        QCOMPARE(parseStep(*s, "addToCart").types.size(), size_t(1));
        try {
            parseStep(*s, "add_to_crt");
            QFAIL("an unknown step must throw");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(
                std::string(e.what()).find("did you mean \"Add To Cart\"") != std::string::npos, e.what());
        }
        try {
            parseStep(*s, "zzzzzz");
            QFAIL("an unknown step must throw");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(std::string(e.what()).find("no event type has a similar name") != std::string::npos,
                e.what());
        }
        QCOMPARE(splitStepList("A, B[x=1,2;y>3], stage:S"),
            (std::vector<std::string> { "A", "B[x=1,2;y>3]", "stage:S" }));
    }

    void empty_and_one_user_projects()
    {
        test::TempProject empty;
        const auto none = Snapshot::build(empty.open().db());
        QCOMPARE(none->eventCount(), 0u);
        QCOMPARE(none->userCount(), 0u);
        try {
            parseStep(*none, "A");
            QFAIL("no event types in an empty project");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(std::string(e.what()).find("the project has no events") != std::string::npos, e.what());
        }
        // Known types but no events: zero counts, undefined rates.
        const auto typesOnly = Snapshot::fromEvents({}, { { 1, "a", "A", 0 }, { 2, "b", "B", 0 } });
        FunnelQuery q;
        q.steps = { { "A", { 0 }, {} }, { "B", { 1 }, {} } };
        const auto r = runFunnel(*typesOnly, q);
        QCOMPARE(counts(r), (Counts { 0, 0 }));
        QCOMPARE(r.units, 0);
        QVERIFY(!r.steps[0].conversionFromFirst && !r.steps[1].conversionFromPrevious && !r.steps[1].ci95);

        test::TempProject p;
        const auto s = test::load(p, Csv(kHeader).row("u1", "A", 0).row("u1", "B", 5).text());
        const auto one = runFunnel(*s, test::funnel(*s, { "A", "B" }));
        QCOMPARE(counts(one), (Counts { 1, 1 }));
        QCOMPARE(*one.steps[1].conversionFromFirst, 1.0);
        // Wilson for 1 of 1: [1 / (1 + z²), 1].
        QVERIFY(near(one.steps[1].ci95->low, 0.20654931437723745));
        QCOMPARE(one.steps[1].ci95->high, 1.0);
        QCOMPARE(one.steps[1].timeFromPrevious->medianSeconds, 5.0);
    }

    void date_range_masks_events()
    {
        test::TempProject p;
        const auto s = test::load(p, Csv(kHeader).row("u1", "A", 0).row("u1", "B", 2 * 86400).text());
        auto q = test::funnel(*s, { "A", "B" });
        q.filter.toMs = *parseTimestampMs("2024-01-02"); // B on Jan 3 is outside
        QCOMPARE(counts(runFunnel(*s, q)), (Counts { 1, 0 }));
        q.filter.toMs.reset();
        q.filter.fromMs = *parseTimestampMs("2024-01-02"); // A on Jan 1 is outside
        const auto r = runFunnel(*s, q);
        QCOMPARE(counts(r), (Counts { 0, 0 }));
        QCOMPARE(r.units, 1);
    }
};

QTEST_GUILESS_MAIN(TstFunnel)
#include "tst_funnel.moc"
