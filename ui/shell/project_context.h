#pragma once

#include "core/store/project.h"
#include "ui/filters/drill_down.h"

#include <QObject>
#include <memory>

namespace waymark::jobs {
class JobRunner;
}
namespace waymark::analysis {
class SnapshotCache;
}

namespace waymark::ui {

class FilterState;
class LabelStore;

// Everything a page needs about the open project: the path, a GUI-thread connection for small
// reads, the job runner, the shared snapshot cache, the global filter and the label writer. It
// also carries navigation between views (drill-downs). One instance lives as long as the window;
// projects come and go.
class ProjectContext : public QObject {
    Q_OBJECT
public:
    explicit ProjectContext(QObject* parent = nullptr);
    ~ProjectContext() override;

    // Opens (creating or migrating) the project. On failure returns false with a translated message.
    bool open(const QString& path, QString* error = nullptr);
    void close();
    bool isOpen() const { return m_project != nullptr; }
    QString path() const { return m_path; }
    QString displayName() const;

    store::Database& db(); // GUI thread only; keep queries small
    jobs::JobRunner& jobs() { return *m_jobs; }
    FilterState& filters() { return *m_filters; }
    analysis::SnapshotCache& snapshots(); // thread-safe
    LabelStore& labels();

    // Project counts, loaded in the background after open and after every import.
    const store::ProjectInfo& info() const { return m_info; }
    bool hasInfo() const { return m_hasInfo; }

    // Something wrote to the project (an import): views reload and the counts are refreshed.
    void notifyDataChanged();
    // Asks the session list to show these users or sessions.
    void showDrillDown(const DrillDown& drillDown);

signals:
    void opened();
    void aboutToClose();
    void closed();
    void dataChanged();
    void infoChanged();
    void drillDownRequested(const waymark::ui::DrillDown& drillDown);
    // A session's tag or note changed (LabelStore::labelChanged of the open project).
    void labelsChanged();

private:
    void loadInfo();

    QString m_path;
    std::unique_ptr<store::Project> m_project;
    std::unique_ptr<jobs::JobRunner> m_jobs;
    std::unique_ptr<FilterState> m_filters;
    std::unique_ptr<analysis::SnapshotCache> m_snapshots;
    std::unique_ptr<LabelStore> m_labels;
    store::ProjectInfo m_info;
    bool m_hasInfo = false;
};

} // namespace waymark::ui
