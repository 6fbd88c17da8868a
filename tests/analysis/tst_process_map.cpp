// The process map (directly-follows graph) and variants: hand-computed small logs, pruning with
// reachability, and the published numbers of three real logs.
#include "core/analysis/process_map.h"
#include "core/analysis/variants.h"
#include "journey_fixture.h"
#include "testutil/temp_project.h"

#include <QTest>
#include <map>

using namespace waymark;
using namespace waymark::analysis;

namespace {

// "from>to=transitions/cases" for every edge in result order.
QString edgesText(const ProcessMapResult& r)
{
    QStringList out;
    for (const auto& e : r.edges)
        out << QStringLiteral("%1>%2=%3/%4")
                   .arg(QString::fromStdString(r.nodes[e.from].name),
                       QString::fromStdString(r.nodes[e.to].name))
                   .arg(e.transitions)
                   .arg(e.cases);
    return out.join(QLatin1Char(' '));
}

QString nodesText(const ProcessMapResult& r)
{
    QStringList out;
    for (const auto& n : r.nodes)
        out << QStringLiteral("%1=%2/%3").arg(QString::fromStdString(n.name)).arg(n.events).arg(n.cases);
    return out.join(QLatin1Char(' '));
}

const FlowEdge* edge(const ProcessMapResult& r, const std::string& from, const std::string& to)
{
    for (const auto& e : r.edges)
        if (r.nodes[e.from].name == from && r.nodes[e.to].name == to) return &e;
    return nullptr;
}

// Every activity is entered and left as often as it occurs; START sends and END receives every case.
bool conserved(const ProcessMapResult& r)
{
    std::vector<int64_t> in(r.nodes.size(), 0), out(r.nodes.size(), 0);
    for (const auto& e : r.edges) {
        out[e.from] += e.transitions;
        in[e.to] += e.transitions;
    }
    for (size_t k = 0; k < r.nodes.size(); ++k) {
        const auto& n = r.nodes[k];
        const bool ok = n.kind == FlowNodeKind::Start ? out[k] == r.cases && in[k] == 0
            : n.kind == FlowNodeKind::End             ? in[k] == r.cases && out[k] == 0
                                                      : in[k] == n.events && out[k] == n.events;
        if (!ok) return false;
    }
    return true;
}

// Nodes reachable from START (forward) or that reach END (backward) over the edges shown.
std::vector<bool> reach(const ProcessMapResult& r, bool forward)
{
    std::vector<bool> seen(r.nodes.size(), false);
    seen[forward ? 0 : r.nodes.size() - 1] = true;
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& e : r.edges) {
            const size_t a = forward ? e.from : e.to, b = forward ? e.to : e.from;
            if (seen[a] && !seen[b]) grew = seen[b] = true;
        }
    }
    return seen;
}

} // namespace

class TstProcessMap : public QObject {
    Q_OBJECT
private slots:
    void counts_and_times()
    {
        // u1 A@0 B@10 C@30; u3 A@0 B@40 B@45; u4 A@0 B@1 A@2 B@4 (one case each, unit = user).
        test::Journeys j;
        j.user(1, "A@0 B@10 C@30").user(3, "A@0 B@40 B@45").user(4, "A@0 B@1 A@2 B@4");
        ProcessMapQuery q;
        q.unit = CountingUnit::Users;
        const auto r = buildProcessMap(*j.build(), q);
        QCOMPARE(r.cases, 3);
        QCOMPARE(r.events, 10);
        QCOMPARE(r.transitions, 13); // events + cases: one more edge per case than events
        QCOMPARE(nodesText(r), QStringLiteral("START=3/3 B=5/3 A=4/3 C=1/1 END=3/3"));
        QCOMPARE(
            edgesText(r), QStringLiteral("A>B=4/3 START>A=3/3 B>END=2/2 B>B=1/1 B>A=1/1 B>C=1/1 C>END=1/1"));
        // A -> B took 10, 40, 1 and 2 s: median (2 + 10) / 2, mean 53 / 4.
        const auto* ab = edge(r, "A", "B");
        QCOMPARE(*ab->medianSeconds, 6.0);
        QCOMPARE(*ab->meanSeconds, 13.25);
        QCOMPARE(*edge(r, "B", "C")->medianSeconds, 20.0);
        QCOMPARE(*edge(r, "B", "B")->meanSeconds, 5.0);
        QCOMPARE(*edge(r, "B", "A")->medianSeconds, 1.0);
        // No time from START or into END.
        QVERIFY(!edge(r, "START", "A")->medianSeconds && !edge(r, "START", "A")->meanSeconds);
        QVERIFY(!edge(r, "C", "END")->medianSeconds);
        QVERIFY(conserved(r));
    }

    void sessions_or_users()
    {
        // u5 has two sessions, A B and B C, an hour apart; u6 one session A.
        test::Journeys j;
        j.user(5, "A@0 B@10 | B@3600 C@3660").user(6, "A@0");
        ProcessMapQuery q; // sessions by default
        auto r = buildProcessMap(*j.build(), q);
        QCOMPARE(r.cases, 3);
        QCOMPARE(edgesText(r),
            QStringLiteral("START>A=2/2 START>B=1/1 A>B=1/1 A>END=1/1 B>C=1/1 B>END=1/1 C>END=1/1"));
        QVERIFY(!edge(r, "B", "B"));
        QVERIFY(conserved(r));
        q.unit = CountingUnit::Users;
        r = buildProcessMap(*j.build(), q);
        QCOMPARE(r.cases, 2);
        QCOMPARE(edgesText(r), QStringLiteral("START>A=2/2 A>B=1/1 A>END=1/1 B>B=1/1 B>C=1/1 C>END=1/1"));
        QCOMPARE(*edge(r, "B", "B")->medianSeconds, 3590.0); // across the two sessions
        QVERIFY(conserved(r));
        // Two threads give the same map.
        q.threads = 2;
        QCOMPARE(edgesText(buildProcessMap(*j.build(), q)), edgesText(r));
    }

    void pruning_keeps_every_node_reachable()
    {
        // 6 x A B D, 2 x A C D, 1 x C E; 26 events.
        test::Journeys j;
        uint32_t u = 0;
        for (int k = 0; k < 6; ++k)
            j.user(++u, "A B D");
        for (int k = 0; k < 2; ++k)
            j.user(++u, "A C D");
        j.user(++u, "C E");
        const auto s = j.build();
        ProcessMapQuery q;
        q.unit = CountingUnit::Users;
        auto r = buildProcessMap(*s, q);
        QCOMPARE(edgesText(r),
            QStringLiteral(
                "START>A=8/8 D>END=8/8 A>B=6/6 B>D=6/6 A>C=2/2 C>D=2/2 START>C=1/1 C>E=1/1 E>END=1/1"));

        // E has 1/26 < 5% of the events: it leaves the cases, so the last case is C alone.
        q.minActivityShare = 0.05;
        r = buildProcessMap(*s, q);
        QCOMPARE(r.hiddenActivities, 1);
        QCOMPARE(nodesText(r), QStringLiteral("START=9/9 A=8/8 D=8/8 B=6/6 C=3/3 END=9/9"));
        QCOMPARE(edgesText(r),
            QStringLiteral("START>A=8/8 D>END=8/8 A>B=6/6 B>D=6/6 A>C=2/2 C>D=2/2 START>C=1/1 C>END=1/1"));
        QCOMPARE(r.transitions, 34);
        QVERIFY(conserved(r));

        // Edges under 10% of 34 transitions go (A>C, C>D, C>END, START>C), which cuts C off. The
        // most frequent edge from a reached node into C comes back (A>C 2 beats START>C 1), then the
        // most frequent from C towards END (C>D 2 beats C>END 1).
        q.minPathShare = 0.1;
        r = buildProcessMap(*s, q);
        QCOMPARE(edgesText(r), QStringLiteral("START>A=8/8 D>END=8/8 A>B=6/6 B>D=6/6 A>C=2/2 C>D=2/2"));
        QCOMPARE(r.hiddenEdges, 2);
        QVERIFY(edge(r, "A", "C")->restored && edge(r, "C", "D")->restored && !edge(r, "A", "B")->restored);
        for (bool forward : { true, false })
            for (bool ok : reach(r, forward))
                QVERIFY(ok);

        // At 100% no edge passes on its own: forward, the most frequent edge out of the reached
        // nodes comes back each time (START>A, A>B, B>D, D>END, A>C: one per node), then C>D so
        // that C reaches END.
        q.minPathShare = 1.0;
        r = buildProcessMap(*s, q);
        QCOMPARE(edgesText(r), QStringLiteral("START>A=8/8 D>END=8/8 A>B=6/6 B>D=6/6 A>C=2/2 C>D=2/2"));
        QCOMPARE(r.hiddenEdges, 2);
        for (bool forward : { true, false })
            for (bool ok : reach(r, forward))
                QVERIFY(ok);
    }

    void empty_and_invalid()
    {
        test::Journeys j;
        j.user(1, "A@0");
        ProcessMapQuery q;
        q.filter.fromMs = 1000000;
        const auto r = buildProcessMap(*j.build(), q);
        QCOMPARE(r.cases, 0);
        QVERIFY(r.nodes.empty() && r.edges.empty());
        q.minPathShare = -0.1;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, buildProcessMap(*j.build(), q));
    }

    // Session-level map of the retentioneering ecom log, with START and END (SOURCE.md).
    void retentioneering_ecom()
    {
        test::TempProject p;
        QVERIFY(p.import(WAYMARK_DATASETS "/retentioneering-ecom/ecom.csv.gz").ok());
        const auto s = Snapshot::build(p.open().db());
        const auto r = buildProcessMap(*s, {});
        QCOMPARE(r.cases, 3605);
        QCOMPARE(r.edges.size(), size_t(371)); // including START and END
        QCOMPARE(r.transitions, 34711); // 27,501 between events + 3,605 from START + 3,605 into END
        QCOMPARE(edge(r, "catalog", "product_view")->transitions, 1679);
        QCOMPARE(edgesText(r).section(QLatin1Char(' '), 0, 3),
            QStringLiteral("catalog>product_view=1679/1315 product_view>catalog=1403/1129 "
                           "product_view>product_view=1321/917 START>home=1148/1148"));
        // Medians and means checked against a Python computation from the CSV.
        QCOMPARE(*edge(r, "catalog", "product_view")->medianSeconds, 92.0);
        QVERIFY(qAbs(*edge(r, "catalog", "product_view")->meanSeconds - 138.59737939249553) < 1e-9);
        QVERIFY(conserved(r));
    }

    // pm4py's receipt log: cases are users (sessions there are cut by a 30-minute gap).
    void pm4py_receipt()
    {
        test::TempProject p;
        QVERIFY(p.import(WAYMARK_DATASETS "/pm4py-receipt/receipt.csv").ok());
        const auto s = Snapshot::build(p.open().db());
        ProcessMapQuery q;
        q.unit = CountingUnit::Users;
        const auto r = buildProcessMap(*s, q);
        QCOMPARE(r.cases, 1434);
        // SOURCE.md counts the DFG without START and END: 99 edges, 7,143 transitions.
        int64_t inner = 0, transitions = 0;
        for (const auto& e : r.edges)
            if (r.nodes[e.from].kind != FlowNodeKind::Start && r.nodes[e.to].kind != FlowNodeKind::End) {
                ++inner;
                transitions += e.transitions;
            }
        QCOMPARE(inner, 99);
        QCOMPARE(transitions, 7143);
        QCOMPARE(r.edges.size(), size_t(114)); // + 1 start activity + 14 end activities
        QCOMPARE(
            edge(r, "T04 Determine confirmation of receipt", "T05 Print and send confirmation of receipt")
                ->transitions,
            1177);
        QCOMPARE(edge(r, "START", "Confirmation of receipt")->transitions, 1434);
        QCOMPARE(edge(r, "T10 Determine necessity to stop indication", "END")->transitions, 828);
        QCOMPARE(edge(r, "T05 Print and send confirmation of receipt", "END")->transitions, 400);
        QCOMPARE(edge(r, "Confirmation of receipt", "END")->transitions, 116);

        VariantQuery v;
        v.unit = CountingUnit::Users;
        v.top = 1;
        const auto variants = findVariants(*s, v);
        QCOMPARE(variants.distinct, 116);
        QCOMPARE(variants.variants[0].count, 713);
        QCOMPARE(variants.variants[0].events.size(), size_t(6));
        QCOMPARE(s->eventTypes()[variants.variants[0].events[5]].displayName,
            std::string("T10 Determine necessity to stop indication"));
    }

    // pm4py's helpdesk log (XES): each trace is a user and a session, so both units agree.
    void helpdesk()
    {
        test::TempProject p;
        QVERIFY(p.import(WAYMARK_DATASETS "/helpdesk-log/helpdesk.xes.gz").ok());
        const auto s = Snapshot::build(p.open().db());
        for (auto unit : { CountingUnit::Users, CountingUnit::Sessions }) {
            ProcessMapQuery q;
            q.unit = unit;
            const auto r = buildProcessMap(*s, q);
            QCOMPARE(r.cases, 4580);
            int64_t inner = 0, transitions = 0;
            for (const auto& e : r.edges)
                if (r.nodes[e.from].kind != FlowNodeKind::Start && r.nodes[e.to].kind != FlowNodeKind::End) {
                    ++inner;
                    transitions += e.transitions;
                }
            // Without START and END, as SOURCE.md counts them.
            QCOMPARE(inner, 55);
            QCOMPARE(transitions, 16768);
            QCOMPARE(r.transitions, 16768 + 2 * 4580);
            QCOMPARE(edge(r, "Resolve ticket", "Closed")->transitions, 4558);
            QCOMPARE(edge(r, "Take in charge ticket", "Wait")->transitions, 1265);
            VariantQuery v;
            v.unit = unit;
            v.top = 1;
            const auto variants = findVariants(*s, v);
            QCOMPARE(variants.distinct, 226);
            QCOMPARE(variants.variants[0].count, 2366);
            QCOMPARE(variants.variants[0].events.size(), size_t(4));
        }
    }
};

QTEST_GUILESS_MAIN(TstProcessMap)
#include "tst_process_map.moc"
