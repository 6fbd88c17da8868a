#pragma once

#include "core/jobs/job_runner.h"
#include "project_context.h"

#include <QIcon>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QBoxLayout;
class QVBoxLayout;

namespace waymark::ui {

class BusyIndicator;

// A view of the workspace (overview, sessions, later Sankey, funnels, process map). The main window
// lists pages, shows one at a time and keeps them out of each other's way. A page:
//  - names itself (pageId is stable and used in job keys and shortcuts; title is translated);
//  - implements reload(), called when the page is visible and the project, its data or the
//    global filter changed since the last reload (hidden pages reload when shown);
//  - runs long work through submit(), which goes through the job runner and drives the page's
//    busy indicator; a newer submit for the same slot supersedes the older one.
// To add a page, subclass it and add one line to ui/pages/page_registry.cpp.
class Page : public QWidget {
    Q_OBJECT
public:
    explicit Page(ProjectContext& context, QWidget* parent = nullptr);
    ~Page() override;

    virtual QString pageId() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    virtual QString description() const { return title(); }
    // Pages that ignore the global filter hide the filter bar while shown.
    virtual bool usesFilters() const { return true; }

    bool isStale() const { return m_stale; }
    bool isBusy() const;
    // Marks the page stale; reloads now when visible (coalesced to one reload per event-loop turn).
    void invalidate();

signals:
    void busyChanged(bool busy);
    void statusMessage(const QString& message);

protected:
    ProjectContext& context() const { return m_context; }
    virtual void reload() = 0;
    // Called when the project closes: drop everything that refers to it.
    virtual void clear() { }

    // A header row with the page title, a slot for page actions and the busy indicator.
    QBoxLayout* headerActions() const { return m_headerActions; }
    QVBoxLayout* body() const { return m_body; }

    template<typename R>
    jobs::JobId submit(const QString& slot, jobs::JobRunner::Work<R> work,
        std::function<void(std::shared_ptr<const R>)> onResult,
        std::function<void(const QString&)> onError = {})
    {
        QPointer<Page> self(this);
        m_views.insert(jobKey(slot));
        const jobs::JobId id = m_context.jobs().submit<R>(jobKey(slot), std::move(work),
            { .result =
                    [self, onResult = std::move(onResult)](std::shared_ptr<const R> r) {
                        if (self) onResult(std::move(r));
                    },
                .progress = {},
                .error =
                    [self, onError = std::move(onError)](const QString& e) {
                        if (self) self->jobFailed(e, onError);
                    } });
        jobStarted(id);
        return id;
    }
    void cancelJobs();
    QString jobKey(const QString& slot) const { return pageId() + QLatin1Char(':') + slot; }

    void showEvent(QShowEvent* event) override;

private:
    void jobStarted(jobs::JobId id);
    void jobSettled(const QString& view, jobs::JobId id);
    void jobFailed(const QString& message, const std::function<void(const QString&)>& handler);
    void reloadIfVisible();
    void buildHeader();

    ProjectContext& m_context;
    BusyIndicator* m_busy = nullptr;
    QLabel* m_title = nullptr;
    QBoxLayout* m_headerActions = nullptr;
    QVBoxLayout* m_body = nullptr;
    QSet<jobs::JobId> m_jobs;
    QSet<QString> m_views;
    bool m_stale = true;
    bool m_reloadQueued = false;
};

} // namespace waymark::ui
