#pragma once

#include "sankey_painter.h"

#include <QAbstractScrollArea>
#include <memory>

namespace waymark::ui {

// Paints and hit-tests a laid-out Sankey; never computes geometry. Ctrl+wheel zooms around the
// cursor, dragging or the scroll bars pan, hovering highlights what flows through a node or band,
// a click reports it (drill-down) and a right-click asks for its context menu.
class SankeyView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit SankeyView(QWidget* parent = nullptr);

    void setScene(std::shared_ptr<const SankeyScene> scene);
    std::shared_ptr<const SankeyScene> scene() const { return m_scene; }

    double zoom() const { return m_zoom; }
    void setZoom(double zoom, QPointF viewportAnchor = QPointF(-1, -1));
    void zoomIn();
    void zoomOut();
    void resetZoom();

    bool happyPathVisible() const { return m_happyPath; }
    void setHappyPathVisible(bool visible);

    // Layout coordinates to viewport coordinates and back.
    QTransform transform() const;
    QRectF nodeRect(int node) const; // in viewport coordinates
    int nodeAt(QPointF viewportPos) const;
    int linkAt(QPointF viewportPos) const;

    const SankeyHighlight& highlight() const { return m_highlight; }
    void setHover(int node, int link);

signals:
    void nodeClicked(int node);
    void linkClicked(int link);
    void contextMenuRequested(int node, int link, const QPoint& globalPos);
    void viewportResized(QSize size);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void updateScrollBars();
    QPointF contentOffset() const;
    void hoverAt(QPointF pos);

    std::shared_ptr<const SankeyScene> m_scene;
    SankeyHighlight m_highlight;
    double m_zoom = 1;
    bool m_happyPath = false;
    QPoint m_pressPos;
    QPoint m_pressScroll;
    bool m_pressed = false;
    bool m_panning = false;
};

} // namespace waymark::ui
