#include "process_view.h"

#include "ui/common/format.h"

#include <QFileInfo>
#include <QHelpEvent>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QToolTip>
#include <QWheelEvent>

namespace waymark::ui {

namespace {
constexpr double kMargin = 24;
constexpr double kMinZoom = 0.05, kMaxZoom = 6;
} // namespace

ProcessView::ProcessView(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setAccessibleName(tr("Process map"));
    setToolTip(QString());
    m_state.nodeFont = font();
    m_state.labelFont = font();
    m_state.labelFont.setPointSizeF(font().pointSizeF() * 0.9);
}

void ProcessView::setData(std::shared_ptr<const ProcessMapData> data)
{
    m_data = std::move(data);
    m_state.highlight = {};
    m_state.hoveredNode = -1;
    // A new map after a slider move keeps the user's zoom unless the view was following the size.
    if (m_fitted || m_scale == 1) fitToView();
    update();
}

void ProcessView::setMode(ProcessMode mode)
{
    m_state.mode = mode;
    update();
}

void ProcessView::setHighlight(VariantTrace trace)
{
    m_state.highlight = std::move(trace);
    update();
}

QRectF ProcessView::sceneRect() const
{
    if (!m_data || m_data->layout.isEmpty()) return {};
    return m_data->layout.bounds.marginsAdded(QMarginsF(kMargin, kMargin, kMargin, kMargin));
}

void ProcessView::fitToView()
{
    const QRectF scene = sceneRect();
    if (scene.isEmpty() || width() <= 0 || height() <= 0) return;
    // Never blow a small map up past 1.25: big boxes read worse than white space.
    m_scale = std::clamp(std::min(width() / scene.width(), height() / scene.height()), kMinZoom, 1.25);
    m_offset = QPointF((width() - scene.width() * m_scale) / 2, (height() - scene.height() * m_scale) / 2)
        - scene.topLeft() * m_scale;
    m_fitted = true;
    update();
}

QPointF ProcessView::mapToScene(QPointF p) const
{
    return (p - m_offset) / m_scale;
}

QPointF ProcessView::mapFromScene(QPointF p) const
{
    return p * m_scale + m_offset;
}

void ProcessView::zoomAt(QPointF at, double factor)
{
    const QPointF scenePoint = mapToScene(at);
    m_scale = std::clamp(m_scale * factor, kMinZoom, kMaxZoom);
    m_offset = at - scenePoint * m_scale;
    m_fitted = false;
    update();
}

void ProcessView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    if (!m_data || m_data->layout.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, m_data ? tr("No events under the current filter.") : QString());
        return;
    }
    p.save();
    p.translate(m_offset);
    p.scale(m_scale, m_scale);
    ProcessPaintState state = m_state;
    state.palette = palette();
    paintProcessMap(p, *m_data, state);
    p.restore();
    if (m_state.mode == ProcessMode::Performance) {
        const TimeScale scale = TimeScale::of(m_data->map);
        paintTimeLegend(p, scale, QPointF(10, height() - 10 - (3 * QFontMetricsF(font()).height() + 26)),
            font(), palette());
    }
}

void ProcessView::resizeEvent(QResizeEvent*)
{
    if (m_fitted || m_scale == 1) fitToView();
}

void ProcessView::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        zoomAt(event->position(), std::pow(1.0015, delta.y()));
    } else {
        m_offset
            += (event->modifiers() & Qt::ShiftModifier) ? QPointF(delta.y(), 0) / 2.0 : QPointF(delta) / 2.0;
        m_fitted = false;
        update();
    }
    event->accept();
}

void ProcessView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragFrom = event->position().toPoint();
        setCursor(Qt::ClosedHandCursor);
    }
}

void ProcessView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint at = event->position().toPoint();
    if (m_dragging) {
        m_offset += at - m_dragFrom;
        m_dragFrom = at;
        m_fitted = false;
        update();
        return;
    }
    const int node = m_data ? m_data->layout.nodeAt(mapToScene(at)) : -1;
    if (node != m_state.hoveredNode) {
        m_state.hoveredNode = node;
        update();
    }
}

void ProcessView::mouseReleaseEvent(QMouseEvent*)
{
    m_dragging = false;
    unsetCursor();
}

void ProcessView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int node = m_data ? m_data->layout.nodeAt(mapToScene(event->position())) : -1;
    if (node >= 0) emit nodeDoubleClicked(node);
}

bool ProcessView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && m_data) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int node = m_data->layout.nodeAt(mapToScene(help->pos()));
        if (node < 0) {
            QToolTip::hideText();
            return true;
        }
        const auto& n = m_data->map.nodes[static_cast<size_t>(node)];
        const QString cases = m_data->bySessions ? tr("%1 sessions").arg(formatCount(n.cases))
                                                 : tr("%1 users").arg(formatCount(n.cases));
        QToolTip::showText(help->globalPos(),
            tr("%1\n%2 events, %3").arg(fromStd(n.name), formatCount(n.events), cases), this);
        return true;
    }
    return QWidget::event(event);
}

ProcessPaintState ProcessView::exportState() const
{
    ProcessPaintState state = m_state;
    state.hoveredNode = -1;
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, QColor(0x1d, 0x24, 0x2e));
    light.setColor(QPalette::Mid, QColor(0xb0, 0xb6, 0xbe));
    state.palette = light;
    return state;
}

bool ProcessView::exportTo(const QString& fileName) const
{
    const QRectF scene = sceneRect();
    if (scene.isEmpty()) return false;
    const ProcessPaintState state = exportState();
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    auto draw = [&](QPainter& p) {
        p.translate(-scene.topLeft());
        paintProcessMap(p, *m_data, state);
        if (state.mode == ProcessMode::Performance)
            paintTimeLegend(
                p, TimeScale::of(m_data->map), scene.topLeft() + QPointF(4, 4), font(), state.palette);
    };
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(fileName);
        svg.setSize(scene.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), scene.size()));
        svg.setTitle(tr("Process map"));
        QPainter p;
        if (!p.begin(&svg)) return false;
        p.fillRect(QRectF(QPointF(0, 0), scene.size()), Qt::white);
        draw(p);
        return p.end();
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(fileName);
        pdf.setTitle(tr("Process map"));
        pdf.setResolution(72);
        pdf.setPageSize(QPageSize(scene.size(), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p;
        if (!p.begin(&pdf)) return false;
        draw(p);
        return p.end();
    }
    // PNG (and any other raster format Qt knows) at twice the size, for crisp text.
    QImage image((scene.size() * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.scale(2, 2);
        draw(p);
    }
    return image.save(fileName);
}

} // namespace waymark::ui
