#include "process_data.h"

#include "core/analysis/snapshot.h"
#include "core/jobs/cancel_token.h"
#include "core/jobs/progress_sink.h"
#include "ui/common/format.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace waymark::ui {

double shareThreshold(const std::vector<int64_t>& countsMostFirst, int64_t total, int percent)
{
    if (percent >= 100 || countsMostFirst.empty() || total <= 0) return 0;
    const size_t n = countsMostFirst.size();
    const size_t keep
        = std::clamp<size_t>(static_cast<size_t>(std::ceil(n * std::max(percent, 0) / 100.0)), 1, n);
    // The same division the process map compares with, so the k-th item is kept exactly.
    return static_cast<double>(countsMostFirst[keep - 1]) / static_cast<double>(total);
}

ProcessMapData computeProcessMap(const analysis::Snapshot& s, const ProcessRequest& request,
    const analysis::SegmentLibrary& segments, const jobs::CancelToken* cancel,
    const jobs::ProgressRange* progress)
{
    ProcessMapData out;
    out.bySessions = request.unit == analysis::CountingUnit::Sessions;

    const analysis::EventMask mask = analysis::buildEventMask(s, request.filter, segments, cancel);
    std::vector<int64_t> perType(s.eventTypes().size(), 0);
    int64_t total = 0;
    const auto types = s.types();
    for (uint32_t i = 0; i < s.eventCount(); ++i)
        if (mask.empty() || mask[i]) {
            ++perType[types[i]];
            ++total;
        }
    std::erase(perType, 0);
    std::sort(perType.begin(), perType.end(), std::greater<>());
    out.activities = static_cast<int64_t>(perType.size());
    jobs::throwIfCancelled(cancel);

    analysis::ProcessMapQuery query;
    query.unit = request.unit;
    query.filter = request.filter;
    query.minActivityShare = out.minActivityShare = shareThreshold(perType, total, request.activityPercent);
    const jobs::ProgressRange whole(nullptr, 0, 1);
    const jobs::ProgressRange first = progress ? progress->sub(0, 0.45) : whole;
    out.map = analysis::buildProcessMap(s, query, segments, cancel, &first);
    if (request.pathPercent < 100) {
        std::vector<int64_t> perEdge;
        for (const auto& e : out.map.edges)
            perEdge.push_back(e.transitions);
        query.minPathShare = out.minPathShare
            = shareThreshold(perEdge, out.map.transitions, request.pathPercent);
        const jobs::ProgressRange second = progress ? progress->sub(0.45, 0.9) : whole;
        if (query.minPathShare > 0) out.map = analysis::buildProcessMap(s, query, segments, cancel, &second);
    }
    for (const auto& node : out.map.nodes)
        out.typeIds.push_back(
            node.kind == analysis::FlowNodeKind::Activity ? s.eventTypes()[node.type].id : 0);
    jobs::throwIfCancelled(cancel);
    out.layout = layoutProcessMap(out.map, request.layout);
    if (progress) progress->report(1);
    return out;
}

ProcessVariantsData computeVariants(const analysis::Snapshot& s, analysis::CountingUnit unit,
    const analysis::EventFilter& filter, const analysis::SegmentLibrary& segments, int top,
    const jobs::CancelToken* cancel)
{
    analysis::VariantQuery query;
    query.unit = unit;
    query.filter = filter;
    query.top = top;
    const analysis::VariantResult result = analysis::findVariants(s, query, segments, cancel);
    ProcessVariantsData out;
    out.cases = result.cases;
    out.distinct = result.distinct;
    for (const auto& v : result.variants) {
        VariantRow row { v.rank, v.count, v.share, v.coverage, {}, {} };
        for (uint32_t type : v.events) {
            row.typeIds.push_back(s.eventTypes()[type].id);
            row.names.push_back(fromStd(s.eventTypes()[type].displayName));
        }
        out.rows.push_back(std::move(row));
    }
    return out;
}

VariantTrace traceVariant(const ProcessMapData& data, const std::vector<qint64>& typeIds)
{
    VariantTrace trace;
    const auto& nodes = data.map.nodes;
    if (nodes.empty()) return trace;
    std::map<qint64, size_t> nodeOfType;
    for (size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].kind == analysis::FlowNodeKind::Activity) nodeOfType[data.typeIds[i]] = i;
    std::map<std::pair<size_t, size_t>, size_t> edgeOf;
    for (size_t e = 0; e < data.map.edges.size(); ++e)
        edgeOf[{ data.map.edges[e].from, data.map.edges[e].to }] = e;

    std::vector<size_t> walk { 0 };
    for (qint64 id : typeIds)
        if (auto it = nodeOfType.find(id); it != nodeOfType.end()) walk.push_back(it->second);
    walk.push_back(nodes.size() - 1);
    trace.nodes.insert(walk.begin(), walk.end());
    for (size_t k = 1; k < walk.size(); ++k)
        if (auto it = edgeOf.find({ walk[k - 1], walk[k] }); it != edgeOf.end())
            trace.edges.insert(it->second);
    return trace;
}

} // namespace waymark::ui
