#pragma once

#include "process_painter.h"

#include <QWidget>
#include <memory>

namespace waymark::ui {

// The process map on screen: paints the layout, zooms around the cursor with Ctrl+wheel, pans by
// dragging or with the wheel, fits on request, and exports to PNG, SVG or PDF.
class ProcessView : public QWidget {
    Q_OBJECT
public:
    explicit ProcessView(QWidget* parent = nullptr);

    void setData(std::shared_ptr<const ProcessMapData> data);
    const ProcessMapData* data() const { return m_data.get(); }
    void setMode(ProcessMode mode);
    ProcessMode mode() const { return m_state.mode; }
    void setHighlight(VariantTrace trace);
    const VariantTrace& highlight() const { return m_state.highlight; }

    void fitToView();
    double zoom() const { return m_scale; }
    QPointF mapToScene(QPointF widgetPoint) const;
    QPointF mapFromScene(QPointF scenePoint) const;

    // The format follows the suffix (png, svg, pdf). Returns false when nothing could be written.
    bool exportTo(const QString& fileName) const;

    QSize sizeHint() const override { return { 800, 600 }; }

signals:
    void nodeDoubleClicked(int node);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    void zoomAt(QPointF widgetPoint, double factor);
    ProcessPaintState exportState() const;
    QRectF sceneRect() const;

    std::shared_ptr<const ProcessMapData> m_data;
    ProcessPaintState m_state;
    double m_scale = 1;
    QPointF m_offset; // widget position of the scene origin
    bool m_fitted = false; // follows the window size until the user zooms or pans
    QPoint m_dragFrom;
    bool m_dragging = false;
};

} // namespace waymark::ui
