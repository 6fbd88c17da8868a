// The Sankey geometry as a value: no overlaps, flow conservation at every node, fewer crossings
// than the naive order, deterministic output, hit testing, flow tracing and the happy path.
#include "tst_sankey_fixtures.h"
#include "ui/journey/sankey_flow.h"
#include "ui/journey/sankey_layout.h"

#include <QElapsedTimer>
#include <QTest>

using namespace waymark::ui;
using namespace sankey_fixtures;

Q_DECLARE_METATYPE(waymark::ui::SankeyInput)

namespace {

constexpr double kEps = 1e-6;

SankeyOptions options(QSizeF size)
{
    SankeyOptions o;
    o.size = size;
    return o;
}

} // namespace

class TstSankeyLayout : public QObject {
    Q_OBJECT
private slots:
    void geometry_data()
    {
        QTest::addColumn<SankeyInput>("input");
        QTest::addColumn<QSizeF>("size");
        QTest::newRow("crossed") << crossed() << QSizeF(800, 500);
        QTest::newRow("crossed, short") << crossed() << QSizeF(300, 80);
        QTest::newRow("random 6x8") << randomJourneys(7, 2000, 8, 6) << QSizeF(1000, 600);
        QTest::newRow("random 200 nodes") << randomJourneys(11, 20000, 19, 10, 0.04) << QSizeF(1400, 900);
        QTest::newRow("random 200 nodes, small")
            << randomJourneys(11, 20000, 19, 10, 0.04) << QSizeF(600, 300);
    }

    void geometry()
    {
        QFETCH(SankeyInput, input);
        QFETCH(QSizeF, size);
        const SankeyOptions o = options(size);
        const SankeyLayout layout = layoutSankey(input, o);
        QCOMPARE(layout.nodes.size(), input.nodes.size());
        QCOMPARE(layout.bands.size(), input.links.size());
        QCOMPARE(static_cast<int>(layout.order.size()), input.steps());

        // No overlaps, and everything inside the area.
        const QRectF area = QRectF(QPointF(0, 0), size).marginsRemoved(o.margins);
        for (const auto& column : layout.order) {
            for (size_t i = 0; i < column.size(); ++i) {
                const QRectF r = layout.nodes[column[i]].rect;
                QVERIFY2(r.top() >= area.top() - kEps && r.bottom() <= area.bottom() + kEps,
                    qPrintable(QStringLiteral("node %1 outside the area").arg(column[i])));
                QVERIFY(r.left() >= area.left() - kEps && r.right() <= area.right() + kEps);
                QVERIFY(r.height() >= o.minNodeHeight - kEps);
                if (i > 0) QVERIFY(layout.nodes[column[i - 1]].rect.bottom() <= r.top() + kEps);
            }
        }
        // Node heights are proportional to counts (above the minimum height).
        for (size_t n = 0; n < input.nodes.size(); ++n) {
            const double expected = static_cast<double>(input.nodes[n].count) * layout.scale;
            QVERIFY(qAbs(layout.nodes[n].rect.height() - std::max(expected, o.minNodeHeight)) < kEps);
        }
    }

    void conservation_data() { geometry_data(); }
    void conservation()
    {
        QFETCH(SankeyInput, input);
        QFETCH(QSizeF, size);
        const SankeyLayout layout = layoutSankey(input, options(size));
        // A node's in-bands and out-bands each stack from its top without gaps or overlaps and add
        // up to its count: its height, unless the node was raised to the minimum height.
        for (size_t n = 0; n < input.nodes.size(); ++n) {
            const QRectF r = layout.nodes[n].rect;
            for (bool incoming : { true, false }) {
                std::vector<std::pair<double, double>> spans; // (top, width)
                qint64 units = 0;
                for (size_t l = 0; l < input.links.size(); ++l) {
                    const SankeyLink& link = input.links[l];
                    if ((incoming ? link.to : link.from) != n) continue;
                    const SankeyBandGeometry& b = layout.bands[l];
                    const QPointF end = incoming ? b.targetTop : b.sourceTop;
                    QVERIFY(qAbs(end.x() - (incoming ? r.left() : r.right())) < kEps);
                    QVERIFY(qAbs(b.width - static_cast<double>(link.count) * layout.scale) < kEps);
                    spans.emplace_back(end.y(), b.width);
                    units += link.count;
                }
                if (spans.empty()) continue;
                // The input conserves flow, and so must the picture.
                QCOMPARE(units, input.nodes[n].count);
                std::sort(spans.begin(), spans.end());
                double y = r.top();
                for (const auto& [top, width] : spans) {
                    QVERIFY(qAbs(top - y) < kEps);
                    y += width;
                }
                QVERIFY(y <= r.bottom() + kEps);
                if (static_cast<double>(units) * layout.scale >= 1.5) QVERIFY(qAbs(y - r.bottom()) < kEps);
            }
        }
    }

    void fewer_crossings_than_naive_data()
    {
        QTest::addColumn<SankeyInput>("input");
        QTest::newRow("crossed") << crossed();
        QTest::newRow("random 6x8") << randomJourneys(7, 2000, 8, 6);
        QTest::newRow("random 5x12") << randomJourneys(3, 5000, 12, 5);
        QTest::newRow("random 200 nodes") << randomJourneys(11, 20000, 19, 10, 0.04);
    }

    void fewer_crossings_than_naive()
    {
        QFETCH(SankeyInput, input);
        const SankeyCrossings naive = countCrossings(input, naiveOrder(input));
        const SankeyCrossings reduced = countCrossings(input, reduceCrossings(input));
        QVERIFY(naive.pairs > 0);
        QVERIFY2(reduced.pairs < naive.pairs && reduced.weight < naive.weight,
            qPrintable(QStringLiteral("naive %1 (%2), reduced %3 (%4)")
                           .arg(naive.pairs)
                           .arg(naive.weight)
                           .arg(reduced.pairs)
                           .arg(reduced.weight)));
        const SankeyLayout layout = layoutSankey(input, options({ 1000, 600 }));
        QCOMPARE(layout.crossings.pairs, reduced.pairs);
    }

    void crossed_fixture_is_untangled()
    {
        const SankeyInput in = crossed();
        QCOMPARE(countCrossings(in, naiveOrder(in)).pairs, 3);
        const SankeyOrder order = reduceCrossings(in);
        QCOMPARE(countCrossings(in, order).pairs, 0);
    }

    void order_keeps_other_and_end_at_the_bottom()
    {
        const SankeyInput in = randomJourneys(5, 3000, 10, 6, 0.2);
        for (const auto& column : reduceCrossings(in)) {
            bool special = false;
            for (size_t n : column) {
                const bool event = in.nodes[n].kind == SankeyNodeKind::Event;
                QVERIFY(!(special && event));
                special = special || !event;
            }
        }
    }

    void output_is_stable()
    {
        const SankeyInput in = randomJourneys(11, 20000, 19, 10, 0.04);
        const SankeyLayout a = layoutSankey(in, options({ 1200, 800 }));
        const SankeyLayout b = layoutSankey(in, options({ 1200, 800 }));
        QVERIFY(a.order == b.order);
        for (size_t n = 0; n < a.nodes.size(); ++n)
            QCOMPARE(a.nodes[n].rect, b.nodes[n].rect);
        for (size_t l = 0; l < a.bands.size(); ++l) {
            QCOMPARE(a.bands[l].sourceTop, b.bands[l].sourceTop);
            QCOMPARE(a.bands[l].targetTop, b.bands[l].targetTop);
        }
    }

    void two_hundred_nodes_lay_out_quickly()
    {
        const SankeyInput in = randomJourneys(11, 20000, 19, 10, 0.04);
        QVERIFY(in.nodes.size() >= 190);
        QElapsedTimer timer;
        timer.start();
        const SankeyLayout layout = layoutSankey(in, options({ 1400, 900 }));
        QVERIFY(!layout.isEmpty());
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    }

    void shared_scale_fits_every_panel()
    {
        const SankeyInput big = randomJourneys(1, 4000, 8, 5), small = randomJourneys(2, 1000, 8, 5);
        SankeyOptions o = options({ 500, 400 });
        o.scale = std::min(fittingScale(big, o), fittingScale(small, o));
        const SankeyLayout a = layoutSankey(big, o), b = layoutSankey(small, o);
        QCOMPARE(a.scale, b.scale);
        for (const SankeyLayout* l : { &a, &b })
            for (const auto& node : l->nodes)
                QVERIFY(node.rect.bottom() <= 400 - o.margins.bottom() + kEps);
    }

    void band_edges_are_beziers_with_flat_ends()
    {
        const SankeyLayout layout = layoutSankey(crossed(), options({ 800, 500 }));
        for (const SankeyBandGeometry& b : layout.bands) {
            const auto top = b.topEdge();
            const auto bottom = b.bottomEdge();
            QCOMPARE(top[0], b.sourceTop);
            QCOMPARE(top[3], b.targetTop);
            QCOMPARE(top[1].y(), top[0].y());
            QCOMPARE(top[2].y(), top[3].y());
            QCOMPARE(bottom[0].y() - top[0].y(), b.width);
            QCOMPARE(bottom[3].y() - top[3].y(), b.width);
        }
    }

    void last_column_labels_on_the_left()
    {
        const SankeyInput in = crossed();
        const SankeyLayout layout = layoutSankey(in, options({ 800, 500 }));
        for (size_t n = 0; n < in.nodes.size(); ++n) {
            const bool last = in.nodes[n].step == 3;
            QCOMPARE(layout.labels[n].side, last ? SankeyLabelSide::Left : SankeyLabelSide::Right);
            QVERIFY(last ? layout.labels[n].anchor.x() < layout.nodes[n].rect.left()
                         : layout.labels[n].anchor.x() > layout.nodes[n].rect.right());
        }
    }

    void hit_testing()
    {
        const SankeyInput in = crossed();
        const SankeyLayout layout = layoutSankey(in, options({ 800, 500 }));
        for (size_t n = 0; n < in.nodes.size(); ++n)
            QCOMPARE(layout.nodeAt(layout.nodes[n].rect.center()), static_cast<int>(n));
        for (size_t l = 0; l < in.links.size(); ++l) {
            const SankeyBandGeometry& b = layout.bands[l];
            // The middle of a band: halfway across, halfway down (t = 0.5 on both edges).
            const QPointF mid((b.sourceTop.x() + b.targetTop.x()) / 2,
                (b.sourceTop.y() + b.targetTop.y()) / 2 + b.width / 2);
            QCOMPARE(layout.bandAt(mid), static_cast<int>(l));
            QVERIFY(b.path().contains(mid));
        }
        QCOMPARE(layout.nodeAt({ -5, -5 }), -1);
        QCOMPARE(layout.bandAt({ 1, 1 }), -1);
    }

    void node_stats()
    {
        const SankeyInput in = crossed();
        const SankeyNodeStats a = nodeStats(in, 1);
        QCOMPARE(a.count, 40);
        QCOMPARE(a.shareOfStep, 0.4);
        QCOMPARE(a.conversionToNext.value(), 1.0);
        QCOMPARE(a.medianSeconds.value(), 60.0);
        QVERIFY(!nodeStats(in, 4).conversionToNext); // last step
        const SankeyInput random = randomJourneys(4, 1000, 5, 4, 0.3);
        for (size_t n = 0; n < random.nodes.size(); ++n)
            if (random.nodes[n].step == 1) QVERIFY(*nodeStats(random, n).conversionToNext < 1.0);
    }

    void trace_conserves_flow()
    {
        const SankeyInput in = randomJourneys(9, 3000, 6, 5, 0.1);
        size_t middle = 0;
        for (size_t n = 0; n < in.nodes.size(); ++n)
            if (in.nodes[n].step == 3 && in.nodes[n].kind == SankeyNodeKind::Event) {
                middle = n;
                break;
            }
        const SankeyTrace trace = traceNode(in, middle);
        const double count = static_cast<double>(in.nodes[middle].count);
        // Everything upstream at every step adds up to the node's count, and so does everything
        // downstream at the next step.
        for (int step = 1; step <= 3; ++step) {
            double sum = 0;
            for (size_t n = 0; n < in.nodes.size(); ++n)
                if (in.nodes[n].step == step) sum += trace.nodeFlow[n];
            QVERIFY(qAbs(sum - count) < 1e-6);
        }
        double next = 0;
        for (size_t n = 0; n < in.nodes.size(); ++n)
            if (in.nodes[n].step == 4) next += trace.nodeFlow[n];
        QVERIFY(qAbs(next - count) < 1e-6);
        for (size_t l = 0; l < in.links.size(); ++l)
            QVERIFY(trace.linkFlow[l] <= static_cast<double>(in.links[l].count) + 1e-6);

        const SankeyTrace link = traceLink(in, 0);
        QCOMPARE(link.linkFlow[0], static_cast<double>(in.links[0].count));
        QCOMPARE(link.nodeFlow[in.links[0].from], static_cast<double>(in.links[0].count));
    }

    void happy_path()
    {
        const SankeyInput in = crossed();
        const SankeyPath path = happyPath(in);
        QCOMPARE(path.nodes, (std::vector<size_t> { 0, 1, 5 })); // S, A, Q
        QCOMPARE(path.links, (std::vector<size_t> { 0, 3 }));
        QVERIFY(path.contains(5) && !path.contains(4));
    }

    void empty_input()
    {
        const SankeyLayout layout = layoutSankey({}, options({ 100, 100 }));
        QVERIFY(layout.isEmpty());
        QCOMPARE(layout.nodeAt({ 1, 1 }), -1);
        QVERIFY(happyPath({}).nodes.empty());
    }
};

QTEST_GUILESS_MAIN(TstSankeyLayout)
#include "tst_sankey_layout.moc"
