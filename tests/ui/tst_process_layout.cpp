// The process-map geometry from Graphviz: a box per node, no overlaps, START on top and END at the
// bottom (or left and right when a wide map reads better sideways), every edge running from its
// source box to its target box, a hub map shaped to its view, and concurrent layouts.
#include "ui/process/process_layout.h"

#include <QTest>
#include <QtConcurrent>

using namespace waymark;
using namespace waymark::ui;
using analysis::FlowEdge;
using analysis::FlowNode;
using analysis::FlowNodeKind;
using analysis::ProcessMapResult;

namespace {

// How far an edge end may sit from its box: Graphviz clips splines at the box outline, and the
// arrow tip touches it within rounding.
constexpr double kSlack = 2.0;

FlowEdge edge(size_t from, size_t to, int64_t transitions, std::optional<double> median = {})
{
    FlowEdge e;
    e.from = from;
    e.to = to;
    e.transitions = transitions;
    e.cases = transitions;
    e.medianSeconds = median;
    return e;
}

// START -> view -> cart -> buy -> END, with view -> view loops, cart -> view going back and
// view -> END drop-offs: a back edge, a self loop and a skip over two ranks.
ProcessMapResult shop()
{
    ProcessMapResult m;
    m.nodes = { { FlowNodeKind::Start, 0, "START", 10, 10 }, { FlowNodeKind::Activity, 0, "view", 20, 10 },
        { FlowNodeKind::Activity, 1, "cart", 6, 5 }, { FlowNodeKind::Activity, 2, "buy", 3, 3 },
        { FlowNodeKind::End, 0, "END", 10, 10 } };
    m.edges = { edge(0, 1, 10), edge(1, 1, 7, 12.0), edge(1, 2, 5, 30.0), edge(1, 4, 6), edge(2, 1, 2, 200.0),
        edge(2, 3, 3, 95.0), edge(3, 4, 3), edge(2, 4, 1) };
    m.cases = 10;
    return m;
}

bool near(const QRectF& box, QPointF p)
{
    return box.adjusted(-kSlack, -kSlack, kSlack, kSlack).contains(p);
}

void checkLayout(const ProcessMapResult& map, const ProcessLayout& layout)
{
    QCOMPARE(layout.nodes.size(), map.nodes.size());
    QCOMPARE(layout.edges.size(), map.edges.size());
    for (size_t i = 0; i < layout.nodes.size(); ++i) {
        const QRectF a = layout.nodes[i].box;
        QVERIFY(a.width() > 0 && a.height() > 0);
        QVERIFY(layout.bounds.adjusted(-kSlack, -kSlack, kSlack, kSlack).contains(a));
        for (size_t j = i + 1; j < layout.nodes.size(); ++j)
            QVERIFY2(!a.intersects(layout.nodes[j].box),
                qPrintable(QStringLiteral("boxes %1 and %2 overlap").arg(i).arg(j)));
    }
    // START before every activity and END after, top to bottom or (for wide maps) left to right.
    const QRectF start = layout.nodes.front().box, end = layout.nodes.back().box;
    bool topDown = true, leftRight = true;
    for (size_t i = 1; i + 1 < layout.nodes.size(); ++i) {
        const QRectF b = layout.nodes[i].box;
        topDown = topDown && start.bottom() < b.top() && end.top() > b.bottom();
        leftRight = leftRight && start.right() < b.left() && end.left() > b.right();
    }
    QVERIFY(topDown || leftRight);
    for (size_t k = 0; k < map.edges.size(); ++k) {
        const ProcessEdgePath& p = layout.edges[k];
        QVERIFY(p.points.size() >= 4);
        QCOMPARE((p.points.size() - 1) % 3, size_t(0));
        QVERIFY2(near(layout.nodes[map.edges[k].from].box, p.points.front()),
            qPrintable(QStringLiteral("edge %1 does not start at its source").arg(k)));
        QVERIFY2(near(layout.nodes[map.edges[k].to].box, p.end()),
            qPrintable(QStringLiteral("edge %1 does not end at its target").arg(k)));
        QVERIFY(!p.label.isEmpty());
        QVERIFY(!p.path().isEmpty());
    }
}

} // namespace

class TstProcessLayout : public QObject {
    Q_OBJECT
private slots:
    void shopMap()
    {
        const ProcessMapResult map = shop();
        const ProcessLayout layout = layoutProcessMap(map);
        checkLayout(map, layout);
        // The main path runs down: view above cart above buy.
        QVERIFY(layout.nodes[1].box.bottom() < layout.nodes[2].box.top());
        QVERIFY(layout.nodes[2].box.bottom() < layout.nodes[3].box.top());
        QCOMPARE(layout.nodeAt(layout.nodes[2].box.center()), 2);
        QCOMPARE(layout.nodeAt(layout.bounds.bottomRight() + QPointF(50, 50)), -1);
    }

    void nodeBoxesFitTheirText()
    {
        ProcessMapResult map = shop();
        map.nodes[1].name = "Product Detail Page Viewed";
        ProcessLayoutOptions wide;
        wide.nodeFont.setPointSize(30);
        const ProcessLayout small = layoutProcessMap(map), big = layoutProcessMap(map, wide);
        QVERIFY(big.nodes[1].box.width() > small.nodes[1].box.width());
        QVERIFY(big.nodes[1].box.height() > small.nodes[1].box.height());
    }

    void singleActivity()
    {
        ProcessMapResult m;
        m.nodes = { { FlowNodeKind::Start, 0, "START", 1, 1 }, { FlowNodeKind::Activity, 0, "only", 1, 1 },
            { FlowNodeKind::End, 0, "END", 1, 1 } };
        m.edges = { edge(0, 1, 1), edge(1, 2, 1) };
        checkLayout(m, layoutProcessMap(m));
    }

    // A hub (a page view that leads to twelve activities and back) spreads a top-down map sideways.
    // Given the view's shape, the layout folds ranks and picks the direction that fits it larger.
    void hubMapFitsTheView()
    {
        ProcessMapResult m;
        m.nodes.push_back({ FlowNodeKind::Start, 0, "START", 100, 100 });
        m.nodes.push_back({ FlowNodeKind::Activity, 0, "Page Viewed", 400, 100 });
        for (int i = 0; i < 12; ++i)
            m.nodes.push_back(
                { FlowNodeKind::Activity, uint32_t(i + 1), "Activity " + std::to_string(i), 30, 20 });
        m.nodes.push_back({ FlowNodeKind::End, 0, "END", 100, 100 });
        m.edges.push_back(edge(0, 1, 100));
        for (size_t i = 2; i < 14; ++i) {
            m.edges.push_back(edge(1, i, 30));
            m.edges.push_back(edge(i, 1, 25));
        }
        m.edges.push_back(edge(1, 15 - 1, 100));
        m.cases = 100;
        const auto scale = [](const ProcessLayout& l, double aspect) {
            return std::min(1.0 / l.bounds.width(), aspect / l.bounds.height());
        };
        const ProcessLayout plain = layoutProcessMap(m);
        checkLayout(m, plain);
        ProcessLayoutOptions fitted;
        fitted.targetAspect = 0.85;
        const ProcessLayout shaped = layoutProcessMap(m, fitted);
        checkLayout(m, shaped);
        QVERIFY(plain.bounds.height() / plain.bounds.width() < 0.5); // flat
        // About the view's shape now (1303 x 1185 against 1439 x 517), and never a smaller fit.
        const double aspect = shaped.bounds.height() / shaped.bounds.width();
        QVERIFY2(aspect > 0.6 * 0.85 && aspect < 1.4 * 0.85, qPrintable(QString::number(aspect)));
        QVERIFY2(scale(shaped, 0.85) >= scale(plain, 0.85),
            qPrintable(
                QStringLiteral("fitted scale %1 vs %2").arg(scale(shaped, 0.85)).arg(scale(plain, 0.85))));
    }

    void emptyMap() { QVERIFY(layoutProcessMap(ProcessMapResult {}).isEmpty()); }

    void concurrentLayouts()
    {
        const ProcessMapResult map = shop();
        const ProcessLayout reference = layoutProcessMap(map);
        QList<int> runs(16);
        const QList<ProcessLayout> layouts
            = QtConcurrent::blockingMapped(runs, [&](int) { return layoutProcessMap(map); });
        for (const ProcessLayout& l : layouts) {
            checkLayout(map, l);
            QCOMPARE(l.bounds, reference.bounds);
            QCOMPARE(l.nodes[3].box, reference.nodes[3].box);
        }
    }

    void durations()
    {
        QCOMPARE(compactDuration(45.4), QStringLiteral("45s"));
        QCOMPARE(compactDuration(200), QStringLiteral("3m 20s"));
        QCOMPARE(compactDuration(7500), QStringLiteral("2h 05m"));
        QCOMPARE(compactDuration(3 * 86400 + 4 * 3600 + 59), QStringLiteral("3d 4h"));
    }
};

QTEST_MAIN(TstProcessLayout)
#include "tst_process_layout.moc"
