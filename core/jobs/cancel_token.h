#pragma once

#include <atomic>
#include <memory>
#include <stdexcept>

namespace waymark::jobs {

// Thrown by long-running work when it notices its token was cancelled; the job runner swallows it.
class Cancelled : public std::runtime_error {
public:
    Cancelled()
        : std::runtime_error("cancelled")
    {
    }
};

// A shared cancellation flag. Copies observe the same flag, so the runner can keep one copy and
// hand another to the worker. Checking is a relaxed atomic load: cheap enough for inner loops
// that poll every few thousand items.
class CancelToken {
public:
    CancelToken()
        : m_flag(std::make_shared<std::atomic<bool>>(false))
    {
    }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }
    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    void throwIfCancelled() const
    {
        if (isCancelled()) throw Cancelled();
    }

private:
    std::shared_ptr<std::atomic<bool>> m_flag;
};

// For functions that take an optional token.
inline void throwIfCancelled(const CancelToken* token)
{
    if (token) token->throwIfCancelled();
}

} // namespace waymark::jobs
