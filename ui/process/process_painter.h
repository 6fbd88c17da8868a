#pragma once

#include "process_data.h"

#include <QColor>
#include <QPalette>
#include <optional>

class QPainter;

namespace waymark::ui {

enum class ProcessMode { Frequency, Performance };

// The colour scale of performance mode: edge medians on a log scale from the fastest to the
// slowest timed edge of the map.
struct TimeScale {
    double minSeconds = 0;
    double maxSeconds = 0;
    bool isValid() const { return maxSeconds > 0; }
    QColor color(double seconds) const;
    static QColor colorAt(double t); // 0 fast .. 1 slow
    static TimeScale of(const analysis::ProcessMapResult& map);
};

// How to draw one map: shared by the view and the exports. An empty highlight shows everything;
// otherwise the rest is dimmed.
struct ProcessPaintState {
    ProcessMode mode = ProcessMode::Frequency;
    VariantTrace highlight;
    QFont nodeFont;
    QFont labelFont;
    QPalette palette;
    int hoveredNode = -1;
};

// Paints the map in layout coordinates (points, origin at layout.bounds.topLeft()).
void paintProcessMap(QPainter& painter, const ProcessMapData& data, const ProcessPaintState& state);
// The performance legend (a gradient with times) with its top-left at `at`; returns its size.
QSizeF paintTimeLegend(
    QPainter& painter, const TimeScale& scale, QPointF at, const QFont& font, const QPalette& palette);

} // namespace waymark::ui
