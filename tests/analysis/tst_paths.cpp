// Step paths against results worked out by hand from the journeys at the top of each test.
// Unless a test says otherwise the unit is the user and the data set is kSix:
//   u1: A B C D      u2: X A B B C     u3: A C
//   u4: B C D        u5: A A B         u6: C A C B
#include "core/analysis/funnel_spec.h"
#include "core/jobs/cancel_token.h"
#include "core/jobs/progress_sink.h"
#include "journey_fixture.h"

#include <QTest>

using namespace waymark;
using namespace waymark::analysis;
using test::linksText;
using test::nodesText;

namespace {

test::Journeys six()
{
    test::Journeys j;
    j.user(1, "A B C D")
        .user(2, "X A B B C")
        .user(3, "A C")
        .user(4, "B C D")
        .user(5, "A A B")
        .user(6, "C A C B");
    return j;
}

PathQuery query(const test::Journeys& j, PathMode mode, int steps, int top = 0)
{
    PathQuery q;
    q.mode = mode;
    q.steps = steps;
    q.top = top;
    if (mode != PathMode::End) q.startTypes = { j.type("A") };
    if (mode != PathMode::Start) q.endTypes = { j.type("C") };
    return q;
}

bool conserved(const PathResult& r, int steps)
{
    QString why;
    const bool ok = test::flowConserved(r, steps, &why);
    if (!ok) qWarning("flow not conserved: %s", qPrintable(why));
    return ok;
}

} // namespace

class TstPaths : public QObject {
    Q_OBJECT
private slots:
    void forward_from_the_first_start()
    {
        const auto j = six();
        const auto s = j.build();
        // u1 A B C, u2 A B B (from its first A), u3 A C (end), u5 A A B, u6 A C B; u4 has no A.
        const auto r = runPaths(*s, query(j, PathMode::Start, 3));
        QCOMPARE(r.units, 5);
        QCOMPARE(r.considered, 6);
        QCOMPARE(nodesText(r), QStringLiteral("1:A=5 2:B=2 2:C=2 2:A=1 3:B=3 3:C=1 3:(end)=1"));
        // Equal counts: source node order, then target node order.
        QCOMPARE(linksText(r),
            QStringLiteral("1:A>B=2 1:A>C=2 1:A>A=1 2:B>B=1 2:B>C=1 2:C>B=1 2:C>(end)=1 2:A>B=1"));
        QVERIFY(conserved(r, 3));
        QCOMPARE(r.nodes[0].label.kind, PathNodeKind::Event);
        QCOMPARE(r.nodes[0].label.type, j.type("A"));
        QCOMPARE(r.nodes[6].label.kind, PathNodeKind::End);
    }

    void collapse_repeats()
    {
        const auto j = six();
        const auto s = j.build();
        // u2 X A B B C -> X A B C: A B C; u5 A A B -> A B: A B (end).
        auto q = query(j, PathMode::Start, 3);
        q.collapseRepeats = true;
        const auto r = runPaths(*s, q);
        QCOMPARE(nodesText(r), QStringLiteral("1:A=5 2:B=3 2:C=2 3:C=2 3:B=1 3:(end)=2"));
        QCOMPARE(linksText(r), QStringLiteral("1:A>B=3 1:A>C=2 2:B>C=2 2:B>(end)=1 2:C>B=1 2:C>(end)=1"));
        QVERIFY(conserved(r, 3));
    }

    void excluded_events_leave_the_paths()
    {
        const auto j = six();
        const auto s = j.build();
        // Without B: u1 A C D, u2 X A C, u3 A C, u4 C D (no A), u5 A A -> A (collapsed after the
        // exclusion), u6 C A C.
        auto q = query(j, PathMode::Start, 3);
        q.collapseRepeats = true;
        q.excludeTypes = { j.type("B") };
        const auto r = runPaths(*s, q);
        QCOMPARE(r.units, 5);
        QCOMPARE(nodesText(r), QStringLiteral("1:A=5 2:C=4 2:(end)=1 3:D=1 3:(end)=3"));
        QCOMPARE(linksText(r), QStringLiteral("1:A>C=4 1:A>(end)=1 2:C>(end)=3 2:C>D=1"));
        QVERIFY(conserved(r, 3));
        // The drill-down sees the same paths: u1 is the one who goes on to D.
        PathSelection toD;
        toD.step = 2;
        toD.node.types = { j.type("C") };
        toD.to = PathNodeRef();
        toD.to->types = { j.type("D") };
        const auto members = pathMembers(*s, q, toD);
        QCOMPARE(members.total, 1);
        QCOMPARE(members.units.size(), size_t(1));
        QCOMPARE(s->userId(members.units[0].user), int64_t(1));
        // The anchor cannot be excluded.
        q.excludeTypes = { j.type("A") };
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, runPaths(*s, q));
    }

    void median_link_times()
    {
        test::Journeys j;
        j.user(1, "A@0 B@10 C@100").user(2, "A@0 B@30").user(3, "A@0 B@20 C@40").user(4, "A@0 C@5");
        const auto s = j.build();
        auto q = query(j, PathMode::Start, 3);
        q.linkTimes = true;
        const auto r = runPaths(*s, q);
        QCOMPARE(linksText(r), QStringLiteral("1:A>B=3 1:A>C=1 2:B>C=2 2:B>(end)=1 2:C>(end)=1"));
        // A>B: 10, 30, 20 s; A>C: 5 s; B>C: 90 and 20 s (the middle of two); nothing into (end).
        QCOMPARE(r.links[0].medianMs, std::optional<int64_t>(20000));
        QCOMPARE(r.links[1].medianMs, std::optional<int64_t>(5000));
        QCOMPARE(r.links[2].medianMs, std::optional<int64_t>(55000));
        QVERIFY(!r.links[3].medianMs && !r.links[4].medianMs);
        // Backward from the last C the times still count forward: C>B 90 and 20 s, C>A 5 s.
        q = query(j, PathMode::End, 2);
        q.linkTimes = true;
        const auto back = runPaths(*s, q);
        QCOMPARE(linksText(back), QStringLiteral("1:C>B=2 1:C>A=1"));
        QCOMPARE(back.links[0].medianMs, std::optional<int64_t>(55000));
        QCOMPARE(back.links[1].medianMs, std::optional<int64_t>(5000));
        // Off by default.
        QVERIFY(!runPaths(*s, query(j, PathMode::Start, 3)).links[0].medianMs);
    }

    void top_k_folds_into_other_but_keeps_the_anchor()
    {
        const auto j = six();
        const auto s = j.build();
        // Step 2: B 2 and C 2 tie, B wins by name, C folds; A stays as the anchor event. Step 3: B 3
        // stays, u1's C folds.
        const auto r = runPaths(*s, query(j, PathMode::Start, 3, 1));
        QCOMPARE(nodesText(r), QStringLiteral("1:A=5 2:B=2 2:A=1 2:Other=2 3:B=3 3:Other=1 3:(end)=1"));
        QCOMPARE(linksText(r),
            QStringLiteral(
                "1:A>B=2 1:A>Other=2 1:A>A=1 2:B>B=1 2:B>Other=1 2:A>B=1 2:Other>B=1 2:Other>(end)=1"));
        QVERIFY(conserved(r, 3));
        // The default keeps 8 events, so nothing folds here.
        auto q = query(j, PathMode::Start, 3);
        q.top = kDefaultPathTop;
        QCOMPARE(nodesText(runPaths(*s, q)), nodesText(runPaths(*s, query(j, PathMode::Start, 3))));
    }

    void share_threshold_uses_the_largest_share_at_any_step()
    {
        const auto j = six();
        const auto s = j.build();
        // 5 units. B: 2/5 at step 2, 3/5 at step 3 -> 0.6. C: 2/5 at step 2, 1/5 at step 3 -> 0.4.
        auto q = query(j, PathMode::Start, 3);
        q.minShare = 0.5;
        auto r = runPaths(*s, q);
        QCOMPARE(nodesText(r), QStringLiteral("1:A=5 2:B=2 2:A=1 2:Other=2 3:B=3 3:Other=1 3:(end)=1"));
        QVERIFY(conserved(r, 3));
        q.minShare = 0.6; // not below: B stays
        QCOMPARE(runPaths(*s, q).nodes[1].name, std::string("B"));
        q.minShare = 0.61; // B folds too; A is the anchor and never does
        r = runPaths(*s, q);
        QCOMPARE(nodesText(r), QStringLiteral("1:A=5 2:A=1 2:Other=4 3:Other=4 3:(end)=1"));
        QCOMPARE(
            linksText(r), QStringLiteral("1:A>Other=4 1:A>A=1 2:Other>Other=3 2:A>Other=1 2:Other>(end)=1"));
        QVERIFY(conserved(r, 3));
    }

    void backward_from_the_last_end()
    {
        const auto j = six();
        const auto s = j.build();
        // Walking back from the last C: u1 C B A, u2 C B B, u3 C A (end), u4 C B (end), u6 C A C
        // (its last C is the second one; from the first it would be C (end)); u5 has no C.
        const auto r = runPaths(*s, query(j, PathMode::End, 3));
        QCOMPARE(r.units, 5);
        QCOMPARE(nodesText(r), QStringLiteral("1:C=5 2:B=3 2:A=2 3:A=1 3:B=1 3:C=1 3:(end)=2"));
        QCOMPARE(
            linksText(r), QStringLiteral("1:C>B=3 1:C>A=2 2:B>A=1 2:B>B=1 2:B>(end)=1 2:A>C=1 2:A>(end)=1"));
        QVERIFY(conserved(r, 3));
    }

    void between_start_and_end()
    {
        const auto j = six();
        const auto s = j.build();
        // First A to the first C after it: u1 A B C, u2 A B B C, u3 A C, u6 A C; u4 (no A) and u5
        // (no C) do not count.
        auto r = runPaths(*s, query(j, PathMode::Between, 5));
        QCOMPARE(r.units, 4);
        QCOMPARE(nodesText(r),
            QStringLiteral("1:A=4 2:B=2 2:C=2 3:B=1 3:C=1 3:(end)=2 4:C=1 4:(end)=1 5:(end)=1"));
        QCOMPARE(linksText(r),
            QStringLiteral("1:A>B=2 1:A>C=2 2:C>(end)=2 2:B>B=1 2:B>C=1 3:B>C=1 3:C>(end)=1 4:C>(end)=1"));
        QVERIFY(conserved(r, 5));
        // Three steps: u2's A B B C is too long, so its C folds onto step 3 (A B C).
        r = runPaths(*s, query(j, PathMode::Between, 3));
        QCOMPARE(nodesText(r), QStringLiteral("1:A=4 2:B=2 2:C=2 3:C=2 3:(end)=2"));
        QCOMPARE(linksText(r), QStringLiteral("1:A>B=2 1:A>C=2 2:B>C=2 2:C>(end)=2"));
        QVERIFY(conserved(r, 3));
        // Two steps: every path is A then C.
        r = runPaths(*s, query(j, PathMode::Between, 2));
        QCOMPARE(nodesText(r), QStringLiteral("1:A=4 2:C=4"));
    }

    void sessions_anchor_in_each_session()
    {
        test::Journeys j;
        j.user(1, "A@0 B@10 | A@5000 C@5010").user(2, "B@0 | C@100 A@110");
        const auto s = j.build();
        auto q = query(j, PathMode::Start, 2);
        // Users: u1 from its first A: A B; u2 B C A: A (end).
        auto r = runPaths(*s, q);
        QCOMPARE(nodesText(r), QStringLiteral("1:A=2 2:B=1 2:(end)=1"));
        // Sessions: A B, A C and (u2's second) A (end); u2's first session has no A.
        q.unit = CountingUnit::Sessions;
        r = runPaths(*s, q);
        QCOMPARE(r.units, 3);
        QCOMPARE(r.considered, 4);
        QCOMPARE(nodesText(r), QStringLiteral("1:A=3 2:B=1 2:C=1 2:(end)=1"));
        QVERIFY(conserved(r, 2));
    }

    void filters_hide_events()
    {
        test::Journeys j;
        j.user(1, "A@0 B@10 C@100000").user(2, "A@100000 C@100010");
        const auto s = j.build();
        auto q = query(j, PathMode::Start, 3);
        q.filter.toMs = 50000; // u1 loses C, u2 everything
        const auto r = runPaths(*s, q);
        QCOMPARE(r.considered, 1);
        QCOMPARE(nodesText(r), QStringLiteral("1:A=1 2:B=1 3:(end)=1"));
    }

    void equal_timestamps_keep_import_order()
    {
        test::Journeys j;
        j.user(1, "A@5 C@5 B@5");
        const auto r = runPaths(*j.build(), query(j, PathMode::Start, 3));
        QCOMPARE(nodesText(r), QStringLiteral("1:A=1 2:C=1 3:B=1"));
    }

    void threads_agree()
    {
        // Many users split over threads give the same answer as one thread.
        test::Journeys j;
        for (uint32_t u = 0; u < 3000; ++u)
            j.user(u, u % 3 == 0 ? "A B C" : (u % 3 == 1 ? "X A C A" : "A"));
        const auto s = j.build();
        auto q = query(j, PathMode::Start, 4, 2);
        q.threads = 1;
        const auto one = runPaths(*s, q);
        q.threads = 2;
        const auto two = runPaths(*s, q);
        QCOMPARE(nodesText(two), nodesText(one));
        QCOMPARE(linksText(two), linksText(one));
        QCOMPARE(nodesText(one),
            QStringLiteral("1:A=3000 2:B=1000 2:C=1000 2:(end)=1000 3:A=1000 3:C=1000 4:(end)=2000"));
    }

    void invalid_queries_and_cancel()
    {
        const auto j = six();
        const auto s = j.build();
        auto q = query(j, PathMode::Between, 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, runPaths(*s, q));
        q = query(j, PathMode::Start, 51);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, runPaths(*s, q));
        q = query(j, PathMode::Start, 3);
        q.startTypes.clear();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, runPaths(*s, q));
        q = query(j, PathMode::Start, 3);
        q.minShare = 1.5;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, runPaths(*s, q));
        jobs::CancelToken token;
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(jobs::Cancelled, runPaths(*s, query(j, PathMode::Start, 3), {}, &token));
        // Progress ends at 1.
        double last = 0;
        jobs::ProgressSink sink([&](double v) { last = v; });
        const jobs::ProgressRange range(&sink, 0, 1);
        runPaths(*s, query(j, PathMode::Start, 3), {}, nullptr, &range);
        QCOMPARE(last, 1.0);
    }
};

QTEST_GUILESS_MAIN(TstPaths)
#include "tst_paths.moc"
