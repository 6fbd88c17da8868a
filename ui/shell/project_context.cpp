#include "project_context.h"

#include "core/analysis/snapshot_cache.h"
#include "core/jobs/job_runner.h"
#include "ui/filters/filter_state.h"
#include "ui/sessions/label_store.h"

#include <QFileInfo>

namespace waymark::ui {

ProjectContext::ProjectContext(QObject* parent)
    : QObject(parent)
    , m_jobs(std::make_unique<jobs::JobRunner>())
    , m_filters(std::make_unique<FilterState>())
{
    qRegisterMetaType<DrillDown>();
}

ProjectContext::~ProjectContext()
{
    close();
}

bool ProjectContext::open(const QString& path, QString* error)
{
    std::unique_ptr<store::Project> project;
    try {
        project = store::Project::open(QFileInfo(path).absoluteFilePath().toStdString());
    } catch (const std::exception& e) {
        if (error) *error = tr("Could not open %1: %2").arg(path, QString::fromUtf8(e.what()));
        return false;
    }
    close();
    m_project = std::move(project);
    m_path = QString::fromStdString(m_project->path());
    m_snapshots = std::make_unique<analysis::SnapshotCache>(m_project->path());
    m_labels = std::make_unique<LabelStore>(m_path);
    connect(m_labels.get(), &LabelStore::labelChanged, this, &ProjectContext::labelsChanged);
    m_filters->reset();
    emit opened();
    loadInfo();
    return true;
}

void ProjectContext::close()
{
    if (!m_project) return;
    emit aboutToClose();
    // Workers hold their own connections to the file; they must be gone before it is.
    m_jobs->cancelAll();
    m_jobs->waitForIdle();
    m_labels.reset();
    m_snapshots.reset();
    m_project.reset();
    m_path.clear();
    m_info = {};
    m_hasInfo = false;
    emit closed();
}

QString ProjectContext::displayName() const
{
    return QFileInfo(m_path).completeBaseName();
}

store::Database& ProjectContext::db()
{
    Q_ASSERT(m_project);
    return m_project->db();
}

analysis::SnapshotCache& ProjectContext::snapshots()
{
    Q_ASSERT(m_snapshots);
    return *m_snapshots;
}

LabelStore& ProjectContext::labels()
{
    Q_ASSERT(m_labels);
    return *m_labels;
}

void ProjectContext::notifyDataChanged()
{
    emit dataChanged();
    loadInfo();
}

void ProjectContext::showDrillDown(const DrillDown& drillDown)
{
    emit drillDownRequested(drillDown);
}

void ProjectContext::loadInfo()
{
    const std::string path = m_project->path();
    m_jobs->submit<store::ProjectInfo>(QStringLiteral("project:info"),
        [path](const jobs::CancelToken&, jobs::ProgressSink&) {
            return store::Project::openReadOnly(path)->info();
        },
        { .result =
                [this](std::shared_ptr<const store::ProjectInfo> info) {
                    m_info = *info;
                    m_hasInfo = true;
                    emit infoChanged();
                },
            .progress = {},
            .error = {} });
}

} // namespace waymark::ui
