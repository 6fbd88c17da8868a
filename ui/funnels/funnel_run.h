#pragma once

#include "core/analysis/funnel.h"
#include "core/analysis/funnel_trend.h"
#include "funnel_definition.h"
#include "funnel_rows.h"
#include "ui/filters/drill_down.h"

namespace waymark::jobs {
class CancelToken;
class ProgressSink;
} // namespace waymark::jobs
namespace waymark::analysis {
class SnapshotCache;
}

namespace waymark::ui {

// Everything one funnel job hands the page. Built off the GUI thread, shared read-only.
struct FunnelOutput {
    FunnelDefinition definition; // what was asked (empty steps: the default was filled in)
    analysis::FunnelResult result;
    std::vector<int64_t> stepTypeIds; // event_types.id of each step's first type (colours)
    analysis::CountingUnit unit = analysis::CountingUnit::Users;
    int64_t entered = 0;
};

// The inputs every funnel job of the page shares, captured by value.
struct FunnelRequest {
    analysis::SnapshotCache* snapshots = nullptr; // lives until the project closes, after the jobs
    FunnelDefinition definition; // no steps: use defaultFunnel() of the snapshot
    analysis::EventFilter filter;
    analysis::CountingUnit unit = analysis::CountingUnit::Users;
    analysis::SegmentLibrary segments;
};

FunnelOutput computeFunnel(
    const FunnelRequest& request, const jobs::CancelToken& cancel, jobs::ProgressSink& progress);
std::vector<analysis::TrendBucket> computeTrend(const FunnelRequest& request,
    analysis::TrendInterval interval, const jobs::CancelToken& cancel, jobs::ProgressSink& progress);

// The units behind one bar: those that reached `step` (1-based) or, with `dropped`, those that
// reached the step before but not this one; within breakdown group `group` when the group is a
// user property value or a saved segment (-1 = everyone).
struct MembersRequest {
    int step = 1;
    bool dropped = false;
    int group = -1;
    QString groupValue; // the group's value or segment name
    bool groupMissing = false; // the group of units without the property
    QString title;
};
DrillDown computeMembers(const FunnelRequest& request, const MembersRequest& members,
    const jobs::CancelToken& cancel, jobs::ProgressSink& progress);

// Event types, stages, property keys and saved segments of the open project (GUI thread).
FunnelChoices loadFunnelChoices(store::Database& db);

} // namespace waymark::ui
