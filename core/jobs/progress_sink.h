#pragma once

#include <chrono>
#include <functional>
#include <mutex>

namespace waymark::jobs {

// Receives the fraction done in [0, 1] from worker threads and passes on only changes worth
// showing: at least minStep more than the last one passed on and at least minInterval later, so a
// kernel may report per block of users without flooding the GUI's event queue. The final 1.0 is
// always passed on. Thread-safe; a report that finds another in progress is dropped.
class ProgressSink {
public:
    using Callback = std::function<void(double)>;
    explicit ProgressSink(Callback callback = {},
        std::chrono::milliseconds minInterval = std::chrono::milliseconds(50), double minStep = 0.005);

    void report(double fraction);
    // How many reports were passed on (for tests and diagnostics).
    int delivered() const { return m_delivered; }

private:
    Callback m_callback;
    std::chrono::milliseconds m_minInterval;
    double m_minStep;
    std::mutex m_mutex;
    double m_last = 0;
    std::chrono::steady_clock::time_point m_lastTime;
    bool m_any = false;
    bool m_finished = false;
    int m_delivered = 0;
};

// Maps the [0, 1] progress of one phase onto [from, to] of the whole job.
class ProgressRange {
public:
    ProgressRange(ProgressSink* sink, double from, double to)
        : m_sink(sink)
        , m_from(from)
        , m_to(to)
    {
    }
    void report(double fraction) const
    {
        if (m_sink) m_sink->report(m_from + (m_to - m_from) * fraction);
    }
    ProgressRange sub(double from, double to) const
    {
        return ProgressRange(m_sink, m_from + (m_to - m_from) * from, m_from + (m_to - m_from) * to);
    }

private:
    ProgressSink* m_sink;
    double m_from;
    double m_to;
};

} // namespace waymark::jobs
