#include "progress_sink.h"

#include <algorithm>

namespace waymark::jobs {

ProgressSink::ProgressSink(Callback callback, std::chrono::milliseconds minInterval, double minStep)
    : m_callback(std::move(callback))
    , m_minInterval(minInterval)
    , m_minStep(minStep)
{
}

void ProgressSink::report(double fraction)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    std::unique_lock lock(m_mutex, std::try_to_lock);
    if (!lock.owns_lock() || m_finished) return;
    const auto now = std::chrono::steady_clock::now();
    const bool final = fraction >= 1.0;
    if (!final) {
        if (fraction - m_last < m_minStep) return;
        if (m_any && now - m_lastTime < m_minInterval) return;
    }
    m_last = fraction;
    m_lastTime = now;
    m_any = true;
    m_finished = final;
    ++m_delivered;
    if (m_callback) m_callback(fraction);
}

} // namespace waymark::jobs
