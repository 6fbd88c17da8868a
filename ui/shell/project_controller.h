#pragma once

#include "ui/import/import_wizard.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace waymark::ui {

class ProjectContext;

// Project commands: new, open, open the demo, close, import and dropped files. The project file is
// the document: every change is written as it happens, so there is no Save and nothing to lose.
class ProjectController : public QObject {
    Q_OBJECT
public:
    ProjectController(ProjectContext& context, QWidget* window);

    void newProject();
    void openProject();
    bool openPath(const QString& path);
    void openDemo();
    void closeProject();
    // Opens the import wizard (creating a project first when none is open).
    void importFiles(const QStringList& files = {});
    // Project files are opened, anything else is imported.
    void handleDroppedFiles(const QStringList& files);

    ImportWizard* importWizard() const { return m_wizard; }
    static QString demoPath();
    static bool isProjectFile(const QString& path);

signals:
    void error(const QString& message);
    void message(const QString& message);
    void demoBusy(bool busy);

private:
    ProjectContext& m_context;
    QWidget* m_window;
    QPointer<ImportWizard> m_wizard;
};

} // namespace waymark::ui
