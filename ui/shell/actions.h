#pragma once

#include <QList>

class QAction;
class QMenu;
class QWidget;

namespace waymark::ui {

// The main window's actions with their shortcuts, tooltips and accessible names, created in one
// place so menus, tool bars and the start page share them.
struct Actions {
    QAction* newProject;
    QAction* open;
    QAction* openDemo;
    QAction* importFiles;
    QAction* closeProject;
    QAction* quit;
    QAction* settings;
    QAction* reload;
    QAction* resetFilters;
    QAction* fullScreen;
    QAction* about;
    QAction* aboutQt;
    QMenu* recent;

    // Actions that need an open project.
    QList<QAction*> projectActions() const { return { importFiles, closeProject, reload, resetFilters }; }
};

Actions createActions(QWidget* window);

} // namespace waymark::ui
