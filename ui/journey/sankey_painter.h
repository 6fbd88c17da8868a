#pragma once

#include "sankey_flow.h"
#include "sankey_input.h"
#include "sankey_layout.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QTransform>

class QPainter;

namespace waymark::ui {

// Everything needed to draw one Sankey: built off the GUI thread, shared read-only by the view,
// the small multiples and the exporters.
struct SankeyScene {
    SankeyInput input;
    SankeyLayout layout;
    SankeyPath happyPath;
    bool sessions = false; // the unit counted, for labels and tooltips
};

// The hovered node or link and how much of everything else flows through it.
struct SankeyHighlight {
    int node = -1;
    int link = -1;
    SankeyTrace trace;
    bool isEmpty() const { return node < 0 && link < 0; }
};
SankeyHighlight highlightNode(const SankeyInput& input, int node);
SankeyHighlight highlightLink(const SankeyInput& input, int link);

struct SankeyPaintOptions {
    QTransform transform; // layout coordinates to device coordinates
    QRectF clip; // device area to draw; empty: everything
    const SankeyHighlight* highlight = nullptr;
    bool showHappyPath = false;
    QFont font; // labels keep this size at every zoom so they stay readable
    QColor text = Qt::black;
    QColor background = Qt::white;
};

// The one drawing routine of the journey map: the view paints with it, and so do the PNG, SVG
// and PDF exports, so what is exported is what is on screen.
void paintSankey(QPainter& painter, const SankeyScene& scene, const SankeyPaintOptions& options);

// Whether a node's label is drawn without hovering: only when the node is at least one text line
// tall on screen, so a crowded column never stacks labels on top of each other.
bool sankeyLabelFits(double nodeScreenHeight, const QFont& font);

} // namespace waymark::ui
