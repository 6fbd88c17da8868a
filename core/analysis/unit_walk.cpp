#include "unit_walk.h"

#include "core/jobs/cancel_token.h"
#include "core/jobs/progress_sink.h"
#include "snapshot.h"

#include <QThread>
#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

namespace waymark::analysis {

UnitWalker::UnitWalker(const Snapshot& snapshot, const EventMask& mask, CountingUnit unit)
    : m_snapshot(snapshot)
    , m_mask(mask)
    , m_sessions(unit == CountingUnit::Sessions)
{
}

void UnitWalker::user(uint32_t u, const std::function<void(UnitRef, std::span<const uint32_t>)>& visit)
{
    m_events.clear();
    for (uint32_t i = m_snapshot.userBegin(u), end = m_snapshot.userEnd(u); i < end; ++i)
        if (m_mask.empty() || m_mask[i]) m_events.push_back(i);
    if (m_events.empty()) return; // nothing of this user passes the filter: not a unit
    if (!m_sessions) {
        visit(UnitRef { u, kNoSession }, m_events);
        return;
    }
    // A stable sort keeps each session's events in time order, as the funnel does.
    const auto sessions = m_snapshot.sessions();
    m_sorted = m_events;
    std::stable_sort(
        m_sorted.begin(), m_sorted.end(), [&](uint32_t a, uint32_t b) { return sessions[a] < sessions[b]; });
    size_t begin = 0;
    for (size_t k = 0; k < m_sorted.size(); ++k) {
        if (k + 1 == m_sorted.size() || sessions[m_sorted[k + 1]] != sessions[m_sorted[k]]) {
            visit(UnitRef { u, sessions[m_sorted[k]] },
                std::span<const uint32_t>(m_sorted.data() + begin, k + 1 - begin));
            begin = k + 1;
        }
    }
}

int scanThreads(const Snapshot& snapshot, int requested)
{
    if (requested > 0) return std::clamp(requested, 1, 16);
    if (snapshot.eventCount() < 50000) return 1;
    return std::clamp(QThread::idealThreadCount(), 1, 16);
}

void scanUsers(const Snapshot& snapshot, int threads, const jobs::CancelToken* cancel,
    const jobs::ProgressRange* progress, const std::function<void(int, uint32_t)>& visit)
{
    threads = std::max(threads, 1);
    const uint32_t users = snapshot.userCount();
    std::vector<uint32_t> bounds { 0 };
    for (int t = 1; t < threads; ++t) {
        const auto target = static_cast<uint32_t>(static_cast<uint64_t>(snapshot.eventCount()) * t / threads);
        const uint32_t userAt = users ? snapshot.userOfEvent(std::min(target, snapshot.eventCount() - 1)) : 0;
        bounds.push_back(std::max(bounds.back(), userAt));
    }
    bounds.push_back(users);

    std::atomic<bool> stop { false };
    std::vector<std::exception_ptr> errors(static_cast<size_t>(threads));
    auto work = [&](int t) {
        try {
            const uint32_t from = bounds[static_cast<size_t>(t)], to = bounds[static_cast<size_t>(t) + 1];
            for (uint32_t u = from; u < to; ++u) {
                if ((u & 1023) == 0) {
                    if ((cancel && cancel->isCancelled()) || stop.load(std::memory_order_relaxed)) return;
                    // Thread 0's share stands for the whole scan: the ranges hold equal events.
                    if (t == 0 && progress && to > from) progress->report(double(u - from) / (to - from));
                }
                visit(t, u);
            }
        } catch (...) {
            errors[static_cast<size_t>(t)] = std::current_exception();
            stop = true;
        }
    };
    {
        std::vector<std::thread> pool;
        for (int t = 1; t < threads; ++t)
            pool.emplace_back(work, t);
        work(0);
        for (auto& th : pool)
            th.join();
    }
    for (auto& e : errors)
        if (e) std::rethrow_exception(e);
    jobs::throwIfCancelled(cancel);
    if (progress) progress->report(1.0);
}

void collapseRepeats(std::vector<uint32_t>& types)
{
    types.erase(std::unique(types.begin(), types.end()), types.end());
}

} // namespace waymark::analysis
