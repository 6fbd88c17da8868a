#include "sankey_view.h"

#include "sankey_text.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace waymark::ui {

namespace {
constexpr double kMinZoom = 0.25;
constexpr double kMaxZoom = 8;
constexpr double kZoomStep = 1.25;
} // namespace

SankeyView::SankeyView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Journey map"));
}

void SankeyView::setScene(std::shared_ptr<const SankeyScene> scene)
{
    m_scene = std::move(scene);
    m_highlight = {};
    updateScrollBars();
    viewport()->update();
}

QPointF SankeyView::contentOffset() const
{
    if (!m_scene) return {};
    // A map smaller than the view sits in its middle; a larger one scrolls.
    const QSizeF content = m_scene->layout.size * m_zoom;
    const QSize vp = viewport()->size();
    const double x
        = content.width() < vp.width() ? (vp.width() - content.width()) / 2 : -horizontalScrollBar()->value();
    const double y = content.height() < vp.height() ? (vp.height() - content.height()) / 2
                                                    : -verticalScrollBar()->value();
    return { x, y };
}

QTransform SankeyView::transform() const
{
    const QPointF offset = contentOffset();
    return QTransform(m_zoom, 0, 0, m_zoom, offset.x(), offset.y());
}

QRectF SankeyView::nodeRect(int node) const
{
    if (!m_scene || node < 0 || size_t(node) >= m_scene->layout.nodes.size()) return {};
    return transform().mapRect(m_scene->layout.nodes[size_t(node)].rect);
}

int SankeyView::nodeAt(QPointF pos) const
{
    if (!m_scene) return -1;
    // A few screen pixels of slack keep thin nodes hoverable at any zoom.
    return m_scene->layout.nodeAt(transform().inverted().map(pos), 3 / m_zoom);
}

int SankeyView::linkAt(QPointF pos) const
{
    if (!m_scene) return -1;
    return m_scene->layout.bandAt(transform().inverted().map(pos));
}

void SankeyView::updateScrollBars()
{
    const QSizeF content = m_scene ? m_scene->layout.size * m_zoom : QSizeF();
    const QSize vp = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(content.width())) - vp.width()));
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(content.height())) - vp.height()));
    horizontalScrollBar()->setPageStep(vp.width());
    verticalScrollBar()->setPageStep(vp.height());
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(20);
}

void SankeyView::setZoom(double zoom, QPointF anchor)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (anchor.x() < 0) anchor = QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0);
    // Keep the layout point under the anchor where it is.
    const QPointF fixed = transform().inverted().map(anchor);
    m_zoom = zoom;
    updateScrollBars();
    const QPointF moved = transform().map(fixed);
    horizontalScrollBar()->setValue(
        horizontalScrollBar()->value() + int(std::lround(moved.x() - anchor.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::lround(moved.y() - anchor.y())));
    viewport()->update();
}

void SankeyView::zoomIn()
{
    setZoom(m_zoom * kZoomStep);
}

void SankeyView::zoomOut()
{
    setZoom(m_zoom / kZoomStep);
}

void SankeyView::resetZoom()
{
    setZoom(1);
    horizontalScrollBar()->setValue(0);
    verticalScrollBar()->setValue(0);
}

void SankeyView::setHappyPathVisible(bool visible)
{
    m_happyPath = visible;
    viewport()->update();
}

void SankeyView::setHover(int node, int link)
{
    if (node == m_highlight.node && link == m_highlight.link) return;
    if (!m_scene) return;
    m_highlight = node >= 0 ? highlightNode(m_scene->input, node) : highlightLink(m_scene->input, link);
    viewport()->update();
}

void SankeyView::hoverAt(QPointF pos)
{
    const int node = nodeAt(pos);
    setHover(node, node >= 0 ? -1 : linkAt(pos));
    viewport()->setCursor(m_highlight.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
}

void SankeyView::paintEvent(QPaintEvent* event)
{
    QPainter painter(viewport());
    if (!m_scene || m_scene->layout.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("No paths under the current filter"));
        return;
    }
    SankeyPaintOptions options;
    options.transform = transform();
    options.clip = event->rect();
    options.highlight = &m_highlight;
    options.showHappyPath = m_happyPath;
    options.font = font();
    options.text = palette().color(QPalette::Text);
    options.background = palette().color(QPalette::Base);
    paintSankey(painter, *m_scene, options);
}

void SankeyView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    emit viewportResized(viewport()->size());
}

void SankeyView::scrollContentsBy(int, int)
{
    viewport()->update();
}

bool SankeyView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && m_scene) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int node = nodeAt(help->pos());
        const int link = node >= 0 ? -1 : linkAt(help->pos());
        if (node >= 0)
            QToolTip::showText(help->globalPos(),
                sankeyNodeToolTip(m_scene->input, size_t(node), m_scene->sessions), viewport());
        else if (link >= 0)
            QToolTip::showText(help->globalPos(),
                sankeyLinkToolTip(m_scene->input, size_t(link), m_scene->sessions), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::Leave) setHover(-1, -1);
    return QAbstractScrollArea::viewportEvent(event);
}

void SankeyView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) return QAbstractScrollArea::mousePressEvent(event);
    m_pressed = true;
    m_panning = false;
    m_pressPos = event->position().toPoint();
    m_pressScroll = { horizontalScrollBar()->value(), verticalScrollBar()->value() };
}

void SankeyView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_panning && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_panning = true;
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        if (m_panning) {
            horizontalScrollBar()->setValue(m_pressScroll.x() - (pos.x() - m_pressPos.x()));
            verticalScrollBar()->setValue(m_pressScroll.y() - (pos.y() - m_pressPos.y()));
        }
        return;
    }
    hoverAt(pos);
}

void SankeyView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) return QAbstractScrollArea::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_panning) {
        m_panning = false;
        hoverAt(event->position());
        return;
    }
    const int node = nodeAt(event->position());
    if (node >= 0) {
        emit nodeClicked(node);
        return;
    }
    const int link = linkAt(event->position());
    if (link >= 0) emit linkClicked(link);
}

void SankeyView::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) return QAbstractScrollArea::wheelEvent(event);
    const double steps = event->angleDelta().y() / 120.0;
    setZoom(m_zoom * std::pow(kZoomStep, steps), event->position());
    event->accept();
}

void SankeyView::contextMenuEvent(QContextMenuEvent* event)
{
    const int node = nodeAt(event->pos());
    emit contextMenuRequested(node, node >= 0 ? -1 : linkAt(event->pos()), event->globalPos());
}

} // namespace waymark::ui
