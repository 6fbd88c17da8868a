#pragma once

#include "sankey_input.h"
#include "sankey_order.h"

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <array>
#include <optional>
#include <vector>

namespace waymark::ui {

struct SankeyOptions {
    QSizeF size { 1000, 600 };
    QMarginsF margins { 8, 8, 8, 8 };
    double nodeWidth = 14;
    double nodePadding = 12; // the largest gap between nodes of a column; shrinks for crowded ones
    double minNodeHeight = 1.5; // tiny nodes stay visible and hoverable
    // Pixels per unit. Unset: the largest scale that fits every column. Small multiples share one.
    std::optional<double> scale;
    bool reduceCrossings = true;
    int relaxIterations = 6; // pulls nodes towards their neighbours (straighter bands)
};

struct SankeyNodeGeometry {
    int column = 0;
    int row = 0; // position in the column, top first
    QRectF rect;
};

// A band is a ribbon between two nodes: its top edge runs as a cubic Bézier from sourceTop to
// targetTop with horizontal tangents at both ends (control points halfway across), its bottom
// edge the same shifted down by width.
struct SankeyBandGeometry {
    QPointF sourceTop;
    QPointF targetTop;
    double width = 0;

    std::array<QPointF, 4> topEdge() const;
    std::array<QPointF, 4> bottomEdge() const;
    QPainterPath path() const;
    // The part of the band from offset to offset + width (for highlighting a share of it).
    SankeyBandGeometry slice(double offset, double sliceWidth) const;
};

enum class SankeyLabelSide { Right, Left };

struct SankeyLabelGeometry {
    QPointF anchor; // the middle of the node's outer edge
    SankeyLabelSide side = SankeyLabelSide::Right;
};

// The Sankey geometry: computed by layoutSankey, a pure function, off the GUI thread; painted,
// hit-tested and exported by the views. Vectors are parallel to the input's nodes and links.
struct SankeyLayout {
    QSizeF size;
    double scale = 0; // pixels per unit
    SankeyOrder order;
    std::vector<double> columnX;
    std::vector<SankeyNodeGeometry> nodes;
    std::vector<SankeyBandGeometry> bands;
    std::vector<SankeyLabelGeometry> labels;
    SankeyCrossings crossings;

    bool isEmpty() const { return nodes.empty(); }
    // The node or band under a point (-1: none); nodes win over the bands they touch.
    int nodeAt(QPointF point, double tolerance = 0) const;
    int bandAt(QPointF point) const;
};

SankeyLayout layoutSankey(const SankeyInput& input, const SankeyOptions& options);

// The largest scale at which every column of each input fits the options' size (for a shared
// scale across small multiples).
double fittingScale(const SankeyInput& input, const SankeyOptions& options);

} // namespace waymark::ui
