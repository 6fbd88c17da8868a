#include "process_layout.h"

#include "ui/common/format.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <cmath>
#include <gvc.h>
#include <map>
#include <mutex>
#include <stdexcept>

namespace waymark::ui {

namespace {

class ProcessText {
    Q_DECLARE_TR_FUNCTIONS(waymark::ui::ProcessText)
public:
    static QString duration(qint64 s)
    {
        if (s < 60) return tr("%1s").arg(s);
        const QChar zero = QLatin1Char('0');
        if (s < 3600) return tr("%1m %2s").arg(s / 60).arg(s % 60, 2, 10, zero);
        if (s < 86400) return tr("%1h %2m").arg(s / 3600).arg((s % 3600) / 60, 2, 10, zero);
        return tr("%1d %2h").arg(s / 86400).arg((s % 86400) / 3600);
    }
};

// Graphviz 2.43 takes char* everywhere although it copies what it is given.
char* cstr(const char* s)
{
    return const_cast<char*>(s);
}

void set(void* object, const char* name, const QByteArray& value)
{
    agsafeset(object, cstr(name), const_cast<char*>(value.constData()), cstr(""));
}

QByteArray inches(double points)
{
    return QByteArray::number(points / 72.0, 'f', 4);
}

// The one Graphviz context; every use of Graphviz happens under this lock because cgraph and the
// layout engines keep global state (error buffers, string dictionaries, the plugin registry).
std::mutex& graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

GVC_t* graphvizContext()
{
    static GVC_t* context = gvContext();
    return context;
}

QSizeF nodeSize(const analysis::FlowNode& node, const ProcessLayoutOptions& o)
{
    const QFontMetricsF fm(o.nodeFont);
    const QString name = fromStd(node.name);
    const double width
        = std::max(fm.horizontalAdvance(name), fm.horizontalAdvance(processNodeCountText(node)));
    if (node.kind != analysis::FlowNodeKind::Activity)
        return { std::max(width + 2 * o.nodePadding, 90.0), fm.height() + 2 * o.nodePadding };
    return { std::max(width + 2 * o.nodePadding, 110.0), 2 * fm.height() + 2 * o.nodePadding };
}

// The label room fits both modes (count and median time), so switching modes needs no new layout.
QSizeF labelSize(const analysis::FlowEdge& edge, const ProcessLayoutOptions& o)
{
    const QFontMetricsF fm(o.labelFont);
    double width = fm.horizontalAdvance(formatCount(edge.transitions));
    if (edge.medianSeconds)
        width = std::max(width, fm.horizontalAdvance(compactDuration(*edge.medianSeconds)));
    return { std::ceil(width + 6), std::ceil(fm.height() + 2) };
}

QByteArray fixedLabel(const QSizeF& size)
{
    return "<TABLE BORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\" FIXEDSIZE=\"TRUE\" WIDTH=\""
        + QByteArray::number(int(size.width())) + "\" HEIGHT=\"" + QByteArray::number(int(size.height()))
        + "\"><TR><TD></TD></TR></TABLE>";
}

// Product data often has a hub (a page view that leads everywhere and back), which dot puts on
// one very wide rank. Ranks wider than `maxWidth` nodes are folded onto the ranks below with
// invisible edges, most frequent nodes first (node order), so the map stays legible when fitted.
// `ranks` are the nodes' ranks in the unfolded layout.
std::vector<std::pair<size_t, size_t>> rankWraps(const std::vector<int>& ranks, int maxWidth)
{
    std::map<int, std::vector<size_t>> byRank;
    for (size_t i = 0; i < ranks.size(); ++i)
        byRank[ranks[i]].push_back(i);
    std::vector<std::pair<size_t, size_t>> wraps;
    for (const auto& [rank, members] : byRank)
        for (size_t i = size_t(maxWidth); i < members.size(); ++i)
            wraps.emplace_back(members[i - size_t(maxWidth)], members[i]);
    return wraps;
}

int defaultRankWidth(size_t nodes)
{
    const double activities = double(nodes) - 2;
    return std::max(3, int(std::ceil(std::sqrt(std::max(activities, 0.0)))) - 1);
}

} // namespace

QString processNodeCountText(const analysis::FlowNode& node)
{
    return formatCount(node.kind == analysis::FlowNodeKind::Activity ? node.events : node.cases);
}

QString compactDuration(double seconds)
{
    return ProcessText::duration(static_cast<qint64>(std::llround(std::max(0.0, seconds))));
}

QPainterPath ProcessEdgePath::path() const
{
    QPainterPath p;
    if (points.empty()) return p;
    p.moveTo(points[0]);
    for (size_t i = 1; i + 2 < points.size(); i += 3)
        p.cubicTo(points[i], points[i + 1], points[i + 2]);
    return p;
}

int ProcessLayout::nodeAt(QPointF point) const
{
    for (size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].box.contains(point)) return static_cast<int>(i);
    return -1;
}

ProcessLayout layoutProcessMap(const analysis::ProcessMapResult& map, const ProcessLayoutOptions& o)
{
    ProcessLayout out;
    if (map.nodes.empty()) return out;

    std::lock_guard lock(graphvizMutex());
    GVC_t* gvc = graphvizContext();
    Agraph_t* g = agopen(cstr("process"), Agdirected, nullptr);
    set(g, "rankdir", "TB");
    set(g, "nodesep", inches(o.nodeSeparation));
    set(g, "ranksep", inches(o.rankSeparation));
    set(g, "margin", "0");

    std::vector<Agnode_t*> nodes;
    for (size_t i = 0; i < map.nodes.size(); ++i) {
        Agnode_t* n = agnode(
            g, const_cast<char*>(QByteArray("n" + QByteArray::number(qulonglong(i))).constData()), 1);
        const QSizeF size = nodeSize(map.nodes[i], o);
        set(n, "shape", "box");
        set(n, "fixedsize", "true");
        set(n, "label", "");
        set(n, "width", inches(size.width()));
        set(n, "height", inches(size.height()));
        nodes.push_back(n);
    }
    // START alone on the top rank and END alone on the bottom one, whatever loops the data has.
    auto pin = [&](const char* name, const char* rank, Agnode_t* node) {
        Agraph_t* sub = agsubg(g, cstr(name), 1);
        set(sub, "rank", rank);
        agsubnode(sub, node, 1);
    };
    pin("start", "source", nodes.front());
    pin("end", "sink", nodes.back());

    int64_t most = 1;
    for (const auto& e : map.edges)
        most = std::max(most, e.transitions);
    std::vector<Agedge_t*> edges;
    for (size_t i = 0; i < map.edges.size(); ++i) {
        const auto& edge = map.edges[i];
        Agedge_t* e = agedge(g, nodes[edge.from], nodes[edge.to],
            const_cast<char*>(QByteArray("e" + QByteArray::number(qulonglong(i))).constData()), 1);
        char* html = agstrdup_html(g, const_cast<char*>(fixedLabel(labelSize(edge, o)).constData()));
        agsafeset(e, cstr("label"), html, cstr(""));
        agstrfree(g, html);
        // Heavier edges pull harder, so the main path runs straight down.
        set(e, "weight",
            QByteArray::number(1 + int(std::lround(9.0 * double(edge.transitions) / double(most)))));
        set(e, "arrowsize", "0.7");
        edges.push_back(e);
    }

    auto layout = [&] {
        if (gvLayout(gvc, g, "dot") == 0) return;
        agclose(g);
        throw std::runtime_error("Graphviz could not lay out the process map");
    };
    layout();
    std::vector<int> ranks;
    for (Agnode_t* n : nodes)
        ranks.push_back(ND_rank(n));
    // Folds ranks to `width` nodes (replacing an earlier folding) and lays the map out again; with
    // `again`, also when there is nothing to fold (the direction changed).
    std::vector<Agedge_t*> wrapEdges;
    auto fold = [&](int width, bool again = false) {
        const auto wraps = rankWraps(ranks, width);
        if (wraps.empty() && wrapEdges.empty() && !again) return;
        gvFreeLayout(gvc, g);
        for (Agedge_t* e : wrapEdges)
            agdeledge(g, e);
        wrapEdges.clear();
        int k = 0;
        for (auto [above, below] : wraps) {
            Agedge_t* e = agedge(g, nodes[above], nodes[below],
                const_cast<char*>(QByteArray("wrap" + QByteArray::number(k++)).constData()), 1);
            set(e, "style", "invis");
            set(e, "weight", "0");
            set(e, "label", "");
            wrapEdges.push_back(e);
        }
        layout();
    };
    auto aspect = [&] {
        const boxf b = GD_bb(g);
        return (b.UR.y - b.LL.y) / std::max(1.0, b.UR.x - b.LL.x);
    };
    int width = o.maxRankWidth > 0 ? o.maxRankWidth : defaultRankWidth(nodes.size());
    fold(width);
    if (o.maxRankWidth <= 0 && o.targetAspect > 0) {
        // Fitted into a view, a map much flatter than the view shows tiny text: fold narrower until
        // it is about as tall as the view allows (never below two nodes a rank).
        while (width > 2 && aspect() < 0.75 * o.targetAspect)
            fold(--width);
        // A hub still spreads the map sideways; laid out left to right instead, the same map may
        // fit the view at a bigger scale. Keep whichever direction reads larger.
        const auto fittedScale = [&] {
            const boxf b = GD_bb(g);
            const double w = std::max(1.0, b.UR.x - b.LL.x), h = std::max(1.0, b.UR.y - b.LL.y);
            return std::min(1.0 / w, o.targetAspect / h);
        };
        const double topDown = fittedScale();
        set(g, "rankdir", "LR");
        const int topDownWidth = width;
        width = defaultRankWidth(nodes.size());
        fold(width, true);
        while (width > 2 && 1.0 / aspect() < 0.75 / o.targetAspect)
            fold(--width);
        if (fittedScale() <= topDown) {
            set(g, "rankdir", "TB");
            fold(topDownWidth, true);
        }
    }

    const boxf bb = GD_bb(g);
    auto point = [&](pointf p) { return QPointF(p.x - bb.LL.x, bb.UR.y - p.y); };
    out.bounds = QRectF(0, 0, bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
    for (Agnode_t* n : nodes) {
        const double w = ND_width(n) * 72.0, h = ND_height(n) * 72.0;
        const QPointF c = point(ND_coord(n));
        out.nodes.push_back({ QRectF(c.x() - w / 2, c.y() - h / 2, w, h) });
    }
    for (Agedge_t* e : edges) {
        ProcessEdgePath path;
        const splines* spl = ED_spl(e);
        bool tipAtStart = false, hasTip = false;
        for (int b = 0; spl && b < spl->size; ++b) {
            const bezier& bz = spl->list[b];
            for (int k = (path.points.empty() ? 0 : 1); k < bz.size; ++k)
                path.points.push_back(point(bz.list[k]));
            if (bz.eflag) {
                hasTip = true;
                path.arrowTip = point(bz.ep);
            }
            if (bz.sflag && !bz.eflag) {
                tipAtStart = hasTip = true;
                path.arrowTip = point(bz.sp);
            }
        }
        if (tipAtStart) std::reverse(path.points.begin(), path.points.end());
        if (!path.points.empty() && !hasTip) path.arrowTip = path.points.back();
        if (const textlabel_t* label = ED_label(e)) {
            const QPointF c = point(label->pos);
            path.label = QRectF(
                c.x() - label->dimen.x / 2, c.y() - label->dimen.y / 2, label->dimen.x, label->dimen.y);
        }
        out.edges.push_back(std::move(path));
    }
    gvFreeLayout(gvc, g);
    agclose(g);
    return out;
}

} // namespace waymark::ui
