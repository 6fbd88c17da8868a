#pragma once

#include "core/analysis/paths.h"
#include "sankey_painter.h"
#include "ui/filters/drill_down.h"

#include <QList>
#include <QSizeF>
#include <QStringList>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace waymark::analysis {
class SnapshotCache;
class Snapshot;
} // namespace waymark::analysis
namespace waymark::jobs {
class CancelToken;
class ProgressSink;
} // namespace waymark::jobs

namespace waymark::ui {

constexpr int kMaxComparedSegments = 4;

// What the journey page asks for. Event types are event_types.id, not snapshot codes, so the
// choices survive an import that rebuilds the snapshot.
struct JourneySettings {
    analysis::PathMode mode = analysis::PathMode::Start;
    std::optional<qint64> startTypeId; // unset: the default start (see defaultJourneyStart)
    std::optional<qint64> endTypeId; // unset: the default end
    int steps = analysis::kDefaultPathSteps;
    int top = analysis::kDefaultPathTop;
    bool collapseRepeats = false;
    QList<qint64> excludedTypeIds;
    bool sessions = false;
    analysis::EventFilter filter;
    QStringList segments; // non-empty: one small multiple per saved segment
};

struct JourneyEventType {
    qint64 id = 0;
    QString name;
    qint64 units = 0; // users or sessions with the event under the filter
};

// One Sankey of the page: the whole filter, or one compared segment.
struct JourneyPanel {
    QString segment; // empty: no comparison
    analysis::PathQuery query; // as run, for drill-down
    std::vector<analysis::PathLabel> labels; // parallel to scene->input.nodes
    qint64 considered = 0;
    std::shared_ptr<const SankeyScene> scene;
};

struct JourneyResult {
    JourneySettings settings; // with start and end resolved
    std::vector<JourneyEventType> eventTypes; // most units first
    std::vector<JourneyPanel> panels;
    QSizeF viewSize;
};

// Runs the path analysis for every panel and lays the Sankeys out for a view of viewSize (each
// small multiple gets a cell of the grid, all at one shared scale). Runs on a worker thread.
JourneyResult computeJourney(const std::string& projectPath, analysis::SnapshotCache& snapshots,
    const JourneySettings& settings, QSizeF viewSize, const jobs::CancelToken& cancel,
    jobs::ProgressSink& progress);

// The same result laid out again for another view size (geometry only, no analysis).
JourneyResult relayoutJourney(const JourneyResult& result, QSizeF viewSize);

// The Sankey input of a path result, event types keyed by event_types.id for the colours.
SankeyInput sankeyInputFromPaths(const analysis::Snapshot& snapshot, const analysis::PathResult& paths);

// A journey's natural beginning: the most widespread event people do about once (a milestone
// such as an account creation), else the most common first event, else the most common event.
// The end default is the rarest milestone still done by a twentieth of the units. Codes of the
// snapshot; none for an empty filter.
std::optional<uint32_t> defaultJourneyStart(
    const analysis::Snapshot& snapshot, const analysis::EventMask& mask);
std::optional<uint32_t> defaultJourneyEnd(
    const analysis::Snapshot& snapshot, const analysis::EventMask& mask);

// The units behind a node (link < 0) or a link of a panel, as a drill-down for the session list.
DrillDown journeyDrillDown(const std::string& projectPath, analysis::SnapshotCache& snapshots,
    const JourneyPanel& panel, int node, int link, const jobs::CancelToken& cancel);

// Where the layout of a panel of `columns` steps and `maxNodes` nodes in its fullest column fits:
// at least the view, wider and taller when labels would not fit.
QSizeF journeyLayoutSize(const SankeyInput& input, QSizeF view);

} // namespace waymark::ui
