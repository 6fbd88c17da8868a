#pragma once

#include "core/analysis/process_map.h"

#include <QFont>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <vector>

namespace waymark::ui {

struct ProcessLayoutOptions {
    QFont nodeFont; // name on the first line, event count on the second
    QFont labelFont; // edge labels
    double nodePadding = 8;
    double nodeSeparation = 22; // points between boxes of a rank
    double rankSeparation = 34; // points between ranks
    int maxRankWidth = 0; // nodes a rank holds before wrapping onto the next; 0 = from the node count
    // Height / width of the view the map is fitted into. With maxRankWidth 0, a map that comes out
    // much flatter than this is folded into narrower ranks. 0 = no adaptation.
    double targetAspect = 0;
};

struct ProcessNodeBox {
    QRectF box;
};

// One edge as Graphviz routed it: a cubic Bézier chain (1 + 3n points) from the source box to
// the arrow's base, then the tip of the arrow on the target box.
struct ProcessEdgePath {
    std::vector<QPointF> points;
    QPointF arrowTip;
    QRectF label; // room reserved for the edge label (count or median time)

    QPainterPath path() const;
    QPointF end() const { return arrowTip; }
};

// The process map's geometry in points, y down, origin at the top-left of `bounds`: computed by
// layoutProcessMap, a pure function, off the GUI thread; painted and exported by the view.
// Vectors are parallel to the map's nodes and edges.
struct ProcessLayout {
    std::vector<ProcessNodeBox> nodes;
    std::vector<ProcessEdgePath> edges;
    QRectF bounds;

    bool isEmpty() const { return nodes.empty(); }
    // The node under a point, or -1.
    int nodeAt(QPointF point) const;
};

// Lays the map out top to bottom with Graphviz's dot engine (START alone on the first rank, END
// alone on the last). Thread-safe: Graphviz keeps global state, so layouts run one at a time.
ProcessLayout layoutProcessMap(
    const analysis::ProcessMapResult& map, const ProcessLayoutOptions& options = {});

// What the layout measures for the node and edge labels, so painting uses the same text.
QString processNodeCountText(const analysis::FlowNode& node);
// "45s", "3m 20s", "2h 05m", "3d 4h".
QString compactDuration(double seconds);

} // namespace waymark::ui
