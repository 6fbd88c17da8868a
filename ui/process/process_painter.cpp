#include "process_painter.h"

#include "ui/common/event_colors.h"
#include "ui/common/format.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace waymark::ui {

namespace {

class ProcessPaint {
    Q_DECLARE_TR_FUNCTIONS(waymark::ui::ProcessPaint)
};

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

constexpr double kDimmed = 0.15;

void paintArrow(QPainter& p, const ProcessEdgePath& edge, const QColor& color, double penWidth)
{
    if (edge.points.empty()) return;
    const QPointF base = edge.points.back(), tip = edge.arrowTip;
    const QPointF d = tip - base;
    const double length = std::hypot(d.x(), d.y());
    if (length < 0.5) return;
    const QPointF n(-d.y() / length, d.x() / length);
    const double half = std::max(3.5, penWidth * 1.1);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPolygon(QPolygonF { tip, base + n * half, base - n * half });
}

void paintEdges(QPainter& p, const ProcessMapData& data, const ProcessPaintState& state)
{
    const auto& map = data.map;
    int64_t most = 1;
    for (const auto& e : map.edges)
        most = std::max(most, e.transitions);
    const TimeScale scale = TimeScale::of(map);
    const bool dimming = !state.highlight.isEmpty();
    const QColor plain = state.palette.color(QPalette::Text).lighter(100);
    for (size_t k = 0; k < map.edges.size(); ++k) {
        const auto& edge = map.edges[k];
        const ProcessEdgePath& path = data.layout.edges[k];
        const double width = 1.0 + 6.0 * std::pow(double(edge.transitions) / double(most), 0.75);
        QColor color = QColor(0x6b, 0x7a, 0x90);
        if (state.mode == ProcessMode::Performance)
            color = edge.medianSeconds ? scale.color(*edge.medianSeconds) : QColor(0xa6, 0xae, 0xba);
        const bool lit = dimming && state.highlight.edges.count(k);
        p.setOpacity(dimming && !lit ? kDimmed : 1.0);
        QPen pen(color, lit ? width + 1.5 : width, edge.restored ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path.path());
        paintArrow(p, path, color, width);
    }
    // Labels after every edge, so no later edge is drawn across an earlier edge's count.
    for (size_t k = 0; k < map.edges.size(); ++k) {
        const auto& edge = map.edges[k];
        const ProcessEdgePath& path = data.layout.edges[k];
        QString text = formatCount(edge.transitions);
        if (state.mode == ProcessMode::Performance)
            text = edge.medianSeconds ? compactDuration(*edge.medianSeconds) : QString();
        if (text.isEmpty() || path.label.isEmpty()) continue;
        const bool lit = dimming && state.highlight.edges.count(k);
        p.setOpacity(dimming && !lit ? kDimmed : 1.0);
        QColor back = state.palette.color(QPalette::Base);
        back.setAlpha(215);
        p.setPen(Qt::NoPen);
        p.setBrush(back);
        p.drawRoundedRect(path.label, 3, 3);
        p.setFont(state.labelFont);
        p.setPen(plain);
        p.drawText(path.label, Qt::AlignCenter, text);
    }
    p.setOpacity(1.0);
}

void paintNodes(QPainter& p, const ProcessMapData& data, const ProcessPaintState& state)
{
    const auto& map = data.map;
    int64_t most = 1;
    for (const auto& n : map.nodes)
        if (n.kind == analysis::FlowNodeKind::Activity) most = std::max(most, n.events);
    const bool dimming = !state.highlight.isEmpty();
    const QFontMetricsF fm(state.nodeFont);
    QFont bold = state.nodeFont;
    bold.setBold(true);
    for (size_t i = 0; i < map.nodes.size(); ++i) {
        const auto& node = map.nodes[i];
        const QRectF box = data.layout.nodes[i].box;
        p.setOpacity(dimming && !state.highlight.nodes.count(i) ? kDimmed : 1.0);
        const QString name = fromStd(node.name), count = processNodeCountText(node);
        if (node.kind != analysis::FlowNodeKind::Activity) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x3b, 0x3f, 0x46));
            p.drawRoundedRect(box, box.height() / 2, box.height() / 2);
            p.setPen(Qt::white);
            p.setFont(bold);
            p.drawText(box, Qt::AlignCenter,
                node.kind == analysis::FlowNodeKind::Start ? ProcessPaint::tr("Start")
                                                           : ProcessPaint::tr("End"));
            continue;
        }
        const double t = std::sqrt(double(node.events) / double(most));
        const QColor fill = mix(QColor(0xea, 0xf1, 0xfb), QColor(0x1c, 0x4f, 0x8f), t);
        const bool hovered = int(i) == state.hoveredNode;
        p.setPen(QPen(hovered ? QColor(0xe8, 0x59, 0x0c) : fill.darker(150), hovered ? 2.5 : 1.0 + 1.5 * t));
        p.setBrush(fill);
        p.drawRoundedRect(box, 4, 4);
        // The event's own colour, as in every other view.
        const QRectF stripe(box.left() + 1.5, box.top() + 4, 4, box.height() - 8);
        p.setPen(Qt::NoPen);
        p.setBrush(eventColor(data.typeIds[i]));
        p.drawRoundedRect(stripe, 2, 2);
        const QRectF text = box.adjusted(8, 4, -4, -4);
        p.setPen(t > 0.55 ? Qt::white : QColor(0x1d, 0x24, 0x2e));
        p.setFont(bold);
        p.drawText(QRectF(text.left(), text.top(), text.width(), text.height() / 2), Qt::AlignCenter,
            QFontMetricsF(bold).elidedText(name, Qt::ElideRight, text.width()));
        p.setFont(state.nodeFont);
        p.drawText(
            QRectF(text.left(), text.center().y(), text.width(), text.height() / 2), Qt::AlignCenter, count);
    }
    p.setOpacity(1.0);
}

} // namespace

QColor TimeScale::colorAt(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    const QColor fast(0x4c, 0x9b, 0xe8), middle(0xf0, 0xa0, 0x30), slow(0xc9, 0x2a, 0x2a);
    return t < 0.5 ? mix(fast, middle, t * 2) : mix(middle, slow, (t - 0.5) * 2);
}

QColor TimeScale::color(double seconds) const
{
    if (!isValid() || maxSeconds <= minSeconds) return colorAt(0.5);
    const double lo = std::log1p(minSeconds), hi = std::log1p(maxSeconds);
    return colorAt((std::log1p(std::max(seconds, 0.0)) - lo) / (hi - lo));
}

TimeScale TimeScale::of(const analysis::ProcessMapResult& map)
{
    TimeScale s;
    bool any = false;
    for (const auto& e : map.edges) {
        if (!e.medianSeconds) continue;
        s.minSeconds = any ? std::min(s.minSeconds, *e.medianSeconds) : *e.medianSeconds;
        s.maxSeconds = any ? std::max(s.maxSeconds, *e.medianSeconds) : *e.medianSeconds;
        any = true;
    }
    return s;
}

void paintProcessMap(QPainter& p, const ProcessMapData& data, const ProcessPaintState& state)
{
    if (data.layout.isEmpty()) return;
    p.setRenderHint(QPainter::Antialiasing);
    paintEdges(p, data, state);
    paintNodes(p, data, state);
}

QSizeF paintTimeLegend(
    QPainter& p, const TimeScale& scale, QPointF at, const QFont& font, const QPalette& palette)
{
    if (!scale.isValid()) return {};
    const QFontMetricsF fm(font);
    const QString title = ProcessPaint::tr("Median time between events");
    const double barWidth = std::max(180.0, fm.horizontalAdvance(title)), pad = 8;
    const QSizeF size(barWidth + 2 * pad, 3 * fm.height() + 10 + 2 * pad);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QColor back = palette.color(QPalette::Base);
    back.setAlpha(230);
    p.setPen(palette.color(QPalette::Mid));
    p.setBrush(back);
    p.drawRoundedRect(QRectF(at, size), 4, 4);
    p.setFont(font);
    p.setPen(palette.color(QPalette::Text));
    const double x = at.x() + pad;
    double y = at.y() + pad;
    p.drawText(QRectF(x, y, barWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, title);
    y += fm.height() + 3;
    QLinearGradient gradient(x, 0, x + barWidth, 0);
    for (double t : { 0.0, 0.25, 0.5, 0.75, 1.0 })
        gradient.setColorAt(t, TimeScale::colorAt(t));
    p.setPen(Qt::NoPen);
    p.setBrush(gradient);
    p.drawRect(QRectF(x, y, barWidth, 10));
    y += 13;
    p.setPen(palette.color(QPalette::Text));
    const double mid = std::expm1((std::log1p(scale.minSeconds) + std::log1p(scale.maxSeconds)) / 2);
    p.drawText(QRectF(x, y, barWidth, fm.height()), Qt::AlignLeft, compactDuration(scale.minSeconds));
    p.drawText(QRectF(x, y, barWidth, fm.height()), Qt::AlignHCenter, compactDuration(mid));
    p.drawText(QRectF(x, y, barWidth, fm.height()), Qt::AlignRight, compactDuration(scale.maxSeconds));
    y += fm.height();
    p.drawText(QRectF(x, y, barWidth, fm.height()), Qt::AlignLeft, ProcessPaint::tr("fast"));
    p.drawText(QRectF(x, y, barWidth, fm.height()), Qt::AlignRight, ProcessPaint::tr("slow"));
    p.restore();
    return size;
}

} // namespace waymark::ui
