#pragma once

#include "core/analysis/segment.h"
#include "core/store/project.h"

#include <cstdint>
#include <string>
#include <vector>

namespace waymark::analysis {
class SnapshotCache;
}
namespace waymark::jobs {
class CancelToken;
class ProgressSink;
} // namespace waymark::jobs

namespace waymark::ui {

struct TopEvent {
    int64_t typeId = 0;
    std::string name;
    int64_t events = 0;
    int64_t units = 0; // users or sessions with the event
    double share = 0; // units / all units in the filter
};

// A data-quality finding; the page words it.
struct QualityIssue {
    enum class Kind {
        RejectedRows,
        DuplicatesSkipped,
        AnonymousUsers,
        SingleEventSessions,
        FutureEvents,
        UnlinkedTickets,
        UnlinkedFeedback,
        RareEventTypes,
        QuietDays,
        NoStages,
    };
    Kind kind;
    int64_t count = 0;
    int64_t total = 0; // what count is a share of (0 = not a share)
    std::string example; // e.g. the first rare event name or the first quiet day
};

struct OverviewData {
    bool filtered = false;
    bool bySessions = false;
    int64_t events = 0;
    int64_t users = 0;
    int64_t sessions = 0;
    int64_t eventTypes = 0;
    int64_t firstMs = 0;
    int64_t lastMs = 0;
    int64_t allEvents = 0; // before the filter
    int64_t tickets = 0;
    int64_t feedback = 0;
    int64_t accounts = 0;
    int64_t annotations = 0;
    int64_t labelledSessions = 0;
    std::vector<TopEvent> topEvents;
    std::vector<store::SourceInfo> sources;
    std::vector<QualityIssue> issues;
};

// Counts the filtered events on the project's snapshot and reads records, sources and quality
// checks through a read-only connection of its own. Runs on a worker thread.
OverviewData computeOverview(const std::string& projectPath, analysis::SnapshotCache& snapshots,
    const analysis::EventFilter& filter, bool bySessions, const jobs::CancelToken& cancel,
    jobs::ProgressSink& progress, size_t topCount = 15);

} // namespace waymark::ui
