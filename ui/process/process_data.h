#pragma once

#include "core/analysis/process_map.h"
#include "core/analysis/variants.h"
#include "process_layout.h"

#include <QString>
#include <QStringList>
#include <set>
#include <vector>

namespace waymark::jobs {
class CancelToken;
class ProgressRange;
} // namespace waymark::jobs

namespace waymark::ui {

// What the page asks for. The sliders say how much to show, as Disco's do: the share of the
// activities (most frequent first) and of the edges (most transitions first) kept; they become
// the process map's share thresholds once the counts are known.
struct ProcessRequest {
    analysis::CountingUnit unit = analysis::CountingUnit::Sessions;
    analysis::EventFilter filter;
    int activityPercent = 100;
    int pathPercent = 100;
    ProcessLayoutOptions layout;
};

// The map job's result: the pruned map, its layout and what the thresholds came to.
struct ProcessMapData {
    analysis::ProcessMapResult map;
    ProcessLayout layout;
    std::vector<qint64> typeIds; // per node: event_types.id (0 for START and END)
    double minActivityShare = 0;
    double minPathShare = 0;
    int64_t activities = 0; // activities that occur at all under the filter
    bool bySessions = true;
};

struct VariantRow {
    int64_t rank = 0;
    int64_t count = 0;
    double share = 0;
    double coverage = 0;
    std::vector<qint64> typeIds; // event_types.id in case order
    QStringList names;
};

struct ProcessVariantsData {
    std::vector<VariantRow> rows;
    int64_t cases = 0;
    int64_t distinct = 0;
};

// The nodes and edges of the map that a variant walks through. Activities the map has pruned are
// skipped (their neighbours follow each other directly, as in the map); steps along edges the map
// hides are left out.
struct VariantTrace {
    std::set<size_t> nodes;
    std::set<size_t> edges;
    bool isEmpty() const { return nodes.empty(); }
};
VariantTrace traceVariant(const ProcessMapData& data, const std::vector<qint64>& typeIds);

// The share threshold that keeps `percent` of the items, given their counts sorted most first:
// 100% keeps all (0), 0% keeps the most frequent one (and its ties).
double shareThreshold(const std::vector<int64_t>& countsMostFirst, int64_t total, int percent);

ProcessMapData computeProcessMap(const analysis::Snapshot& snapshot, const ProcessRequest& request,
    const analysis::SegmentLibrary& segments, const jobs::CancelToken* cancel = nullptr,
    const jobs::ProgressRange* progress = nullptr);

ProcessVariantsData computeVariants(const analysis::Snapshot& snapshot, analysis::CountingUnit unit,
    const analysis::EventFilter& filter, const analysis::SegmentLibrary& segments, int top,
    const jobs::CancelToken* cancel = nullptr);

} // namespace waymark::ui
