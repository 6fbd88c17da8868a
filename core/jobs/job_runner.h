#pragma once

#include "cancel_token.h"
#include "progress_sink.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

class QThreadPool;

namespace waymark::jobs {

using JobId = quint64;

// Runs analyses off the GUI thread. Every job belongs to a view (a string key such as
// "funnel:main"); submitting a job for a view cancels the view's previous job, and a result is
// delivered only while its job is still the newest of its view, so a slow stale answer can never
// overwrite a fresh one. Callbacks run on the thread that owns the runner (the GUI thread), via
// queued calls; results arrive as shared immutable values that any number of widgets may keep.
class JobRunner : public QObject {
    Q_OBJECT
public:
    template<typename R> struct Callbacks {
        std::function<void(std::shared_ptr<const R>)> result;
        std::function<void(double)> progress;
        std::function<void(const QString&)> error;
    };
    template<typename R> using Work = std::function<R(const CancelToken&, ProgressSink&)>;

    // pool defaults to QThreadPool::globalInstance().
    explicit JobRunner(QObject* parent = nullptr, QThreadPool* pool = nullptr);
    // Cancels every job and waits for the workers to return (they honour cancellation quickly).
    ~JobRunner() override;

    template<typename R> JobId submit(const QString& view, Work<R> work, Callbacks<R> callbacks)
    {
        ErasedWork erased = [work = std::move(work)](const CancelToken& token, ProgressSink& progress) {
            return std::shared_ptr<const void>(std::make_shared<const R>(work(token, progress)));
        };
        std::function<void(std::shared_ptr<const void>)> onResult;
        if (callbacks.result)
            onResult = [cb = std::move(callbacks.result)](std::shared_ptr<const void> value) {
                cb(std::static_pointer_cast<const R>(std::move(value)));
            };
        return submitErased(view, std::move(erased), std::move(onResult), std::move(callbacks.progress),
            std::move(callbacks.error));
    }

    // Cancels the view's current job; its result, progress and error are dropped.
    void cancel(const QString& view);
    void cancelAll();
    // The newest job id submitted for the view (0 = none).
    JobId latest(const QString& view) const;
    // Jobs whose worker function has not returned yet.
    int running() const;
    // Blocks until no worker is running (tests, shutdown).
    void waitForIdle();

signals:
    // Emitted after a job's result, error or cancellation was settled on the runner's thread.
    void jobSettled(const QString& view, waymark::jobs::JobId job, bool delivered);

private:
    using ErasedWork = std::function<std::shared_ptr<const void>(const CancelToken&, ProgressSink&)>;
    struct Current {
        JobId id = 0;
        CancelToken token;
    };

    JobId submitErased(const QString& view, ErasedWork work,
        std::function<void(std::shared_ptr<const void>)> onResult, std::function<void(double)> onProgress,
        std::function<void(const QString&)> onError);
    bool isCurrent(const QString& view, JobId id, const CancelToken& token) const;
    void workerDone();

    QThreadPool* m_pool;
    mutable std::mutex m_mutex;
    std::condition_variable m_idle;
    QHash<QString, Current> m_current;
    JobId m_nextId = 1;
    int m_running = 0;
};

} // namespace waymark::jobs
