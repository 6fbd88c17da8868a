#include "project_controller.h"

#include "core/demo/demo_generator.h"
#include "core/jobs/job_runner.h"
#include "project_context.h"
#include "ui/import/import_wizard.h"
#include "ui/settings/settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace waymark::ui {

namespace {
QString projectFilter()
{
    return ProjectController::tr("Waymark projects (*.waymark)");
}
} // namespace

ProjectController::ProjectController(ProjectContext& context, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
}

QString ProjectController::demoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("demo.waymark"));
}

bool ProjectController::isProjectFile(const QString& path)
{
    return path.endsWith(QStringLiteral(".waymark"), Qt::CaseInsensitive);
}

void ProjectController::newProject()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("New Project"),
        QDir(Settings::instance().lastImportDirectory()).filePath(tr("journeys.waymark")), projectFilter());
    if (path.isEmpty()) return;
    if (!isProjectFile(path)) path += QStringLiteral(".waymark");
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        emit error(tr("Could not replace %1").arg(path));
        return;
    }
    openPath(path);
}

void ProjectController::openProject()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project"),
        QFileInfo(Settings::instance().recentProjects().value(0, QDir::homePath())).absolutePath(),
        projectFilter());
    if (!path.isEmpty()) openPath(path);
}

bool ProjectController::openPath(const QString& path)
{
    QString message;
    if (!m_context.open(path, &message)) {
        emit error(message);
        return false;
    }
    Settings::instance().addRecentProject(m_context.path());
    emit this->message(tr("Opened %1").arg(m_context.path()));
    return true;
}

void ProjectController::openDemo()
{
    const QString path = demoPath();
    if (QFileInfo::exists(path)) {
        openPath(path);
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    emit message(tr("Generating the demo project…"));
    emit demoBusy(true);
    const std::string file = path.toStdString();
    m_context.jobs().submit<bool>(QStringLiteral("project:demo"),
        [file](const jobs::CancelToken&, jobs::ProgressSink&) {
            auto project = store::Project::open(file);
            demo::writeDemo(*project);
            return true;
        },
        { .result =
                [this, path](std::shared_ptr<const bool>) {
                    emit demoBusy(false);
                    openPath(path);
                },
            .progress = {},
            .error =
                [this, path](const QString& e) {
                    emit demoBusy(false);
                    QFile::remove(path);
                    emit error(tr("The demo project could not be created: %1").arg(e));
                } });
}

void ProjectController::closeProject()
{
    if (m_wizard) m_wizard->close();
    m_context.close();
}

void ProjectController::importFiles(const QStringList& files)
{
    if (!m_context.isOpen()) {
        QMessageBox::information(
            m_window, tr("Import"), tr("Imported data goes into a project. Choose where to create it."));
        newProject();
        if (!m_context.isOpen()) return;
    }
    if (m_wizard) {
        m_wizard->addFiles(files);
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new ImportWizard(m_context, m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->addFiles(files);
    m_wizard->show();
}

void ProjectController::handleDroppedFiles(const QStringList& files)
{
    QStringList exports;
    for (const QString& file : files) {
        if (isProjectFile(file))
            openPath(file);
        else
            exports << file;
    }
    if (!exports.isEmpty()) importFiles(exports);
}

} // namespace waymark::ui
