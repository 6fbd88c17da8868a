#include "sankey_painter.h"

#include "sankey_text.h"
#include "ui/common/event_colors.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace waymark::ui {

namespace {

QColor nodeColor(const SankeyNode& n)
{
    switch (n.kind) {
    case SankeyNodeKind::Other:
        return otherEventColor();
    case SankeyNodeKind::End:
        return endOfPathColor();
    case SankeyNodeKind::Event:
        break;
    }
    return eventColor(n.eventTypeId);
}

QColor alpha(QColor c, double a)
{
    c.setAlphaF(float(std::clamp(a, 0.0, 1.0)));
    return c;
}

struct Context {
    QPainter& p;
    const SankeyScene& scene;
    const SankeyPaintOptions& o;
    bool dimming = false;

    bool visible(const QRectF& r) const { return o.clip.isEmpty() || r.intersects(o.clip); }
    bool traced(size_t node) const { return !dimming || o.highlight->trace.nodeFlow[node] > 0; }
};

void paintBands(Context& c)
{
    const SankeyInput& in = c.scene.input;
    const SankeyLayout& layout = c.scene.layout;
    for (size_t l = 0; l < in.links.size(); ++l) {
        const SankeyBandGeometry& band = layout.bands[l];
        if (band.width <= 0) continue;
        const QPainterPath path = c.o.transform.map(band.path());
        if (!c.visible(path.boundingRect())) continue;
        const SankeyLink& link = in.links[l];
        const bool toEnd = in.nodes[link.to].kind == SankeyNodeKind::End;
        const QColor base = toEnd ? endOfPathColor() : nodeColor(in.nodes[link.from]);
        const bool happy = c.o.showHappyPath && c.scene.happyPath.containsLink(l);
        c.p.setPen(Qt::NoPen);
        c.p.fillPath(
            path, alpha(base, c.dimming ? 0.10 : (happy ? 0.78 : (c.o.showHappyPath ? 0.25 : 0.42))));
        if (c.dimming && c.o.highlight->trace.linkFlow[l] > 0) {
            // The traced share of a band sits at its top edge, like a stacked bar.
            const double width = std::min(band.width, c.o.highlight->trace.linkFlow[l] * layout.scale);
            c.p.fillPath(c.o.transform.map(band.slice(0, width).path()), alpha(base, 0.8));
        }
        if (toEnd) {
            // Drop-off reads differently from a step even where the colours are close.
            c.p.setPen(QPen(alpha(base.darker(140), c.dimming ? 0.25 : 0.8), 1, Qt::DashLine));
            c.p.setBrush(Qt::NoBrush);
            c.p.drawPath(path);
        }
        if (happy && !c.dimming) {
            c.p.setPen(QPen(alpha(base.darker(160), 0.9), 1.5));
            c.p.setBrush(Qt::NoBrush);
            c.p.drawPath(path);
        }
    }
}

void paintNodes(Context& c)
{
    const SankeyInput& in = c.scene.input;
    for (size_t n = 0; n < in.nodes.size(); ++n) {
        const QRectF r = c.o.transform.mapRect(c.scene.layout.nodes[n].rect);
        if (!c.visible(r)) continue;
        const QColor color = nodeColor(in.nodes[n]);
        const double a = c.traced(n) ? 1.0 : 0.25;
        c.p.fillRect(r, alpha(color, a));
        if (in.nodes[n].kind == SankeyNodeKind::End)
            c.p.fillRect(r, QBrush(alpha(color.darker(170), a), Qt::BDiagPattern));
        const bool hovered = c.o.highlight && c.o.highlight->node == int(n);
        const bool happy = c.o.showHappyPath && c.scene.happyPath.contains(n);
        if (hovered || happy) {
            c.p.setPen(QPen(hovered ? c.o.text : color.darker(170), 2));
            c.p.setBrush(Qt::NoBrush);
            c.p.drawRect(r.adjusted(-1, -1, 1, 1));
        }
    }
}

void paintLabel(Context& c, size_t n, bool emphasised)
{
    const SankeyInput& in = c.scene.input;
    const SankeyLayout& layout = c.scene.layout;
    const QRectF r = c.o.transform.mapRect(layout.nodes[n].rect);
    QFont bold = c.o.font;
    bold.setBold(true);
    const QFontMetricsF fm(c.o.font), fmBold(bold);
    const double zoom = c.o.transform.m11();
    const size_t columns = layout.columnX.size();
    const double gap = columns > 1 ? (layout.columnX[1] - layout.columnX[0]) * zoom - r.width() : 400.0;
    // The last gap holds the labels of both of its columns (the last column's face left), so each
    // side gets half of it.
    const bool sharedGap = columns > 2 && layout.nodes[n].column >= int(columns) - 2;
    const double room = std::max(40.0, (sharedGap ? gap / 2 : gap) - 12);
    const QString count = sankeyCountText(in, n);
    const bool twoLines = r.height() >= 2 * fm.height() || emphasised;
    double countWidth = fm.horizontalAdvance(count);
    // On one crowded line the name matters more; the count is one hover away.
    const bool showCount = twoLines || fmBold.horizontalAdvance(in.nodes[n].name) + 6 + countWidth <= room;
    if (!showCount) countWidth = 0;
    const double nameRoom = twoLines || !showCount ? room : room - countWidth - 6;
    const QString name = fmBold.elidedText(in.nodes[n].name, Qt::ElideRight, nameRoom);
    const double nameWidth = fmBold.horizontalAdvance(name);
    const double width
        = twoLines ? std::max(nameWidth, countWidth) : nameWidth + (showCount ? 6 + countWidth : 0);
    const double height = twoLines ? fmBold.height() + fm.height() : fmBold.height();
    const QPointF anchor = c.o.transform.map(layout.labels[n].anchor);
    const bool right = layout.labels[n].side == SankeyLabelSide::Right;
    const QRectF box(right ? anchor.x() : anchor.x() - width, anchor.y() - height / 2, width, height);
    if (!c.visible(box)) return;
    const double a = c.traced(n) || emphasised ? 1.0 : 0.35;
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(alpha(c.o.background, emphasised ? 0.92 : 0.6 * a));
    c.p.drawRoundedRect(box.adjusted(-3, -1, 3, 1), 3, 3);
    c.p.setFont(bold);
    c.p.setPen(alpha(c.o.text, a));
    c.p.drawText(QRectF(box.left(), box.top(), nameWidth + 1, fmBold.height()),
        Qt::AlignLeft | Qt::AlignVCenter, name);
    c.p.setFont(c.o.font);
    c.p.setPen(alpha(c.o.text, 0.75 * a));
    const QRectF countBox = twoLines
        ? QRectF(box.left(), box.top() + fmBold.height(), countWidth + 1, fm.height())
        : QRectF(box.left() + nameWidth + 6, box.top(), countWidth + 1, fmBold.height());
    if (showCount) c.p.drawText(countBox, Qt::AlignLeft | Qt::AlignVCenter, count);
}

} // namespace

SankeyHighlight highlightNode(const SankeyInput& input, int node)
{
    SankeyHighlight h;
    if (node < 0 || size_t(node) >= input.nodes.size()) return h;
    h.node = node;
    h.trace = traceNode(input, size_t(node));
    return h;
}

SankeyHighlight highlightLink(const SankeyInput& input, int link)
{
    SankeyHighlight h;
    if (link < 0 || size_t(link) >= input.links.size()) return h;
    h.link = link;
    h.trace = traceLink(input, size_t(link));
    return h;
}

bool sankeyLabelFits(double nodeScreenHeight, const QFont& font)
{
    return nodeScreenHeight >= 0.9 * QFontMetricsF(font).height();
}

void paintSankey(QPainter& painter, const SankeyScene& scene, const SankeyPaintOptions& options)
{
    if (scene.layout.isEmpty()) return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    Context c { painter, scene, options,
        options.highlight && !options.highlight->isEmpty() && !options.highlight->trace.isEmpty() };
    paintBands(c);
    paintNodes(c);
    const int hovered = options.highlight ? options.highlight->node : -1;
    for (size_t n = 0; n < scene.input.nodes.size(); ++n) {
        const double height = options.transform.mapRect(scene.layout.nodes[n].rect).height();
        if (int(n) != hovered && sankeyLabelFits(height, options.font)) paintLabel(c, n, false);
    }
    // The hovered node's label always shows, on top, even where the node is too thin for one.
    if (hovered >= 0) paintLabel(c, size_t(hovered), true);
    painter.restore();
}

} // namespace waymark::ui
