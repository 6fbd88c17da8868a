#pragma once

#include "funnel.h"
#include "paths.h"
#include "unit_walk.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace waymark::store {
class Database;
}
namespace waymark::jobs {
class CancelToken;
class ProgressRange;
} // namespace waymark::jobs

namespace waymark::analysis {

class Snapshot;

// Every unit of a funnel with its level (steps reached), in unit order, with the semantics of
// runFunnel (the breakdown is ignored). Throws std::invalid_argument like runFunnel.
struct UnitLevel {
    UnitRef unit;
    int level = 0;
};
std::vector<UnitLevel> funnelLevels(const Snapshot& snapshot, const FunnelQuery& query,
    const SegmentLibrary& segments = {}, const jobs::CancelToken* cancel = nullptr,
    const jobs::ProgressRange* progress = nullptr);

// The units behind a funnel number (1-based step): those that reached it (its `count`), or with
// `dropped` those that reached the previous step but not this one (its `drop_off`, from step 2).
UnitPage funnelMembers(const Snapshot& snapshot, const FunnelQuery& query, int step, bool dropped,
    int64_t offset = 0, int64_t limit = -1, const SegmentLibrary& segments = {},
    const jobs::CancelToken* cancel = nullptr, const jobs::ProgressRange* progress = nullptr);

// A unit as people know it: the user's external id and every identity linked to it, and for a
// session its id and external id.
struct MemberInfo {
    UnitRef unit;
    int64_t userId = 0; // users.id
    std::string user; // users.external_id
    std::vector<std::string> identities; // identities.external_id, by identity id
    std::optional<int64_t> sessionId; // sessions.id when the unit is a session
    std::optional<std::string> session; // sessions.external_id (none for sessions cut by gaps)
};

// Looks the units up in the project the snapshot was built from.
std::vector<MemberInfo> describeMembers(
    store::Database& db, const Snapshot& snapshot, const std::vector<UnitRef>& units);

} // namespace waymark::analysis
