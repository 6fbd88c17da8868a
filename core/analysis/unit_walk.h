#pragma once

#include "funnel.h"
#include "segment.h"

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace waymark::jobs {
class CancelToken;
class ProgressRange;
} // namespace waymark::jobs

namespace waymark::analysis {

class Snapshot;

constexpr uint32_t kNoSession = UINT32_MAX;

// A unit of the path, process map and variant analyses: a user, or one session of a user
// (session is a dense session index of the snapshot, kNoSession when counting users).
struct UnitRef {
    uint32_t user = 0;
    uint32_t session = kNoSession;
    bool operator==(const UnitRef&) const = default;
    bool operator<(const UnitRef& o) const { return user != o.user ? user < o.user : session < o.session; }
};

// Cuts a user's events into units the way the funnel does: the events that pass the mask, in
// snapshot order (time, then import order); per session when counting sessions, sessions in
// dense-index order. Reuses its buffers, so keep one per thread.
class UnitWalker {
public:
    UnitWalker(const Snapshot& snapshot, const EventMask& mask, CountingUnit unit);
    // Calls visit(unit, events) for each unit of the user; events are snapshot event indexes.
    void user(uint32_t u, const std::function<void(UnitRef, std::span<const uint32_t>)>& visit);

private:
    const Snapshot& m_snapshot;
    const EventMask& m_mask;
    bool m_sessions;
    std::vector<uint32_t> m_events;
    std::vector<uint32_t> m_sorted;
};

// How many threads a scan over the snapshot should use: `requested` when positive, otherwise one
// per core, but one for small snapshots where starting threads costs more than it saves.
int scanThreads(const Snapshot& snapshot, int requested);

// Calls visit(thread, user) for every user on `threads` threads (the calling thread is thread 0),
// each thread taking a contiguous range of users with about the same number of events, in
// increasing order. Rethrows the first exception of a visit; throws jobs::Cancelled when the
// token is cancelled. Progress goes from 0 to 1 over the scan.
void scanUsers(const Snapshot& snapshot, int threads, const jobs::CancelToken* cancel,
    const jobs::ProgressRange* progress, const std::function<void(int, uint32_t)>& visit);

// Consecutive repeats of one event type reduced to the first of each run ("A A B A" -> "A B A").
void collapseRepeats(std::vector<uint32_t>& types);

} // namespace waymark::analysis
