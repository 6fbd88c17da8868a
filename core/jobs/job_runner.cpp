#include "job_runner.h"

#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace waymark::jobs {

JobRunner::JobRunner(QObject* parent, QThreadPool* pool)
    : QObject(parent)
    , m_pool(pool ? pool : QThreadPool::globalInstance())
{
}

JobRunner::~JobRunner()
{
    cancelAll();
    waitForIdle();
}

JobId JobRunner::submitErased(const QString& view, ErasedWork work,
    std::function<void(std::shared_ptr<const void>)> onResult, std::function<void(double)> onProgress,
    std::function<void(const QString&)> onError)
{
    JobId id;
    CancelToken token;
    {
        std::lock_guard lock(m_mutex);
        auto& current = m_current[view];
        current.token.cancel(); // superseded: its worker stops early and its answer is dropped
        id = m_nextId++;
        current.id = id;
        current.token = token;
        ++m_running;
    }

    // Progress crosses to the runner's thread as queued calls; the sink's throttling keeps them
    // to about twenty a second however often the kernel reports.
    auto sink = std::make_shared<ProgressSink>([this, view, id, token, onProgress](double fraction) {
        if (!onProgress) return;
        QMetaObject::invokeMethod(
            this,
            [this, view, id, token, onProgress, fraction] {
                if (isCurrent(view, id, token)) onProgress(fraction);
            },
            Qt::QueuedConnection);
    });

    auto task = [this, view, id, token, sink, work = std::move(work), onResult = std::move(onResult),
                    onError = std::move(onError)]() mutable {
        std::shared_ptr<const void> value;
        QString error;
        bool failed = false;
        try {
            if (!token.isCancelled()) value = work(token, *sink);
        } catch (const Cancelled&) {
        } catch (const std::exception& e) {
            failed = true;
            error = QString::fromUtf8(e.what());
        } catch (...) {
            failed = true;
            error = QStringLiteral("unknown error");
        }
        // Settled on the runner's thread, where "still the newest job of its view" is decided
        // against every submit that happened meanwhile.
        QMetaObject::invokeMethod(
            this,
            [this, view, id, token, value = std::move(value), error, failed, onResult = std::move(onResult),
                onError = std::move(onError)] {
                bool delivered = false;
                if (isCurrent(view, id, token)) {
                    if (failed) {
                        if (onError) onError(error);
                        delivered = true;
                    } else if (value) {
                        if (onResult) onResult(value);
                        delivered = true;
                    }
                }
                emit jobSettled(view, id, delivered);
            },
            Qt::QueuedConnection);
        workerDone();
    };
    // The future is not kept: completion is reported by the task itself.
    (void)QtConcurrent::run(m_pool, std::move(task)).isStarted();
    return id;
}

bool JobRunner::isCurrent(const QString& view, JobId id, const CancelToken& token) const
{
    if (token.isCancelled()) return false;
    std::lock_guard lock(m_mutex);
    const auto it = m_current.constFind(view);
    return it != m_current.constEnd() && it->id == id;
}

void JobRunner::workerDone()
{
    std::lock_guard lock(m_mutex);
    if (--m_running == 0) m_idle.notify_all();
}

void JobRunner::cancel(const QString& view)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_current.constFind(view);
    if (it != m_current.constEnd()) it->token.cancel();
}

void JobRunner::cancelAll()
{
    std::lock_guard lock(m_mutex);
    for (const auto& c : std::as_const(m_current))
        c.token.cancel();
}

JobId JobRunner::latest(const QString& view) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_current.constFind(view);
    return it == m_current.constEnd() ? 0 : it->id;
}

int JobRunner::running() const
{
    std::lock_guard lock(m_mutex);
    return m_running;
}

void JobRunner::waitForIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_running == 0; });
}

} // namespace waymark::jobs
