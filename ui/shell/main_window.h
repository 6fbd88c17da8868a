#pragma once

#include "actions.h"

#include <QMainWindow>
#include <memory>
#include <vector>

class QListWidget;
class QStackedWidget;

namespace waymark::ui {

class FilterBar;
class Page;
class ProjectContext;
class ProjectController;
class StartPage;
class StatusBar;

// Composes the workspace: menus and shortcuts, the start page, the filter bar, the page navigation
// and the status bar. It owns no analysis and no data logic; pages do their own work.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    ProjectContext& context() const { return *m_context; }
    ProjectController& controller() const { return *m_controller; }
    const Actions& actions() const { return m_actions; }
    const std::vector<Page*>& pages() const { return m_pages; }
    Page* page(const QString& id) const;
    Page* currentPage() const;
    void showPage(const QString& id);
    FilterBar* filterBar() const { return m_filterBar; }
    StartPage* startPage() const { return m_start; }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildWorkspace();
    void connectProject();
    void projectOpened();
    void projectClosed();
    void pageChanged(int index);
    void updateRecentMenu();
    void showSettings();
    void showAbout();

    std::unique_ptr<ProjectContext> m_context;
    ProjectController* m_controller;
    Actions m_actions;
    QStackedWidget* m_central;
    StartPage* m_start;
    QWidget* m_workspace;
    FilterBar* m_filterBar;
    QListWidget* m_nav;
    QStackedWidget* m_pageStack;
    StatusBar* m_status;
    std::vector<Page*> m_pages;
};

} // namespace waymark::ui
