#include "main_window.h"

#include "about_dialog.h"
#include "page.h"
#include "project_context.h"
#include "project_controller.h"
#include "start_page.h"
#include "status_bar.h"
#include "ui/filters/filter_bar.h"
#include "ui/filters/filter_state.h"
#include "ui/pages/page_registry.h"
#include "ui/settings/settings.h"
#include "ui/settings/settings_dialog.h"

#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace waymark::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_context(std::make_unique<ProjectContext>())
    , m_controller(new ProjectController(*m_context, this))
    , m_actions(createActions(this))
    , m_central(new QStackedWidget(this))
{
    setWindowTitle(tr("Waymark"));
    setAcceptDrops(true);
    m_status = new StatusBar(*m_context, this);
    setStatusBar(m_status);
    m_start = new StartPage(m_actions, m_central);
    m_central->addWidget(m_start);
    buildWorkspace();
    setCentralWidget(m_central);
    buildMenus();
    connectProject();
    projectClosed();
    if (!restoreGeometry(Settings::instance().windowGeometry())) resize(1400, 900);
}

MainWindow::~MainWindow()
{
    // Closing the project below announces it; the window must not answer with widgets it has
    // already deleted (projectClosed() switches m_central to the start page).
    disconnect(m_context.get(), nullptr, this, nullptr);
    // An open import wizard is a child of the window, so QWidget would delete it only after the
    // context is gone, and its pages cancel their jobs through the context as they go.
    delete m_controller->importWizard();
    // Pages listen to the context; they go first.
    delete m_central;
    m_central = nullptr;
    m_context->close();
}

void MainWindow::buildWorkspace()
{
    m_workspace = new QWidget(m_central);
    auto* layout = new QVBoxLayout(m_workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_filterBar = new FilterBar(*m_context, m_workspace);
    m_filterBar->setAutoFillBackground(true);
    m_filterBar->setBackgroundRole(QPalette::AlternateBase);
    layout->addWidget(m_filterBar);
    auto* split = new QSplitter(Qt::Horizontal, m_workspace);
    m_nav = new QListWidget(split);
    m_nav->setAccessibleName(tr("Views"));
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_pageStack = new QStackedWidget(split);
    split->addWidget(m_nav);
    split->addWidget(m_pageStack);
    split->setStretchFactor(1, 1);
    split->setCollapsible(1, false);
    layout->addWidget(split, 1);

    int index = 0;
    for (const PageEntry& entry : registeredPages()) {
        Page* page = entry.create(*m_context, m_pageStack);
        m_pages.push_back(page);
        m_pageStack->addWidget(page);
        auto* item = new QListWidgetItem(page->icon(), page->title(), m_nav);
        const QKeySequence key(Qt::CTRL | Qt::Key(Qt::Key_1 + index));
        item->setToolTip(
            QStringLiteral("%1 (%2)").arg(page->description(), key.toString(QKeySequence::NativeText)));
        if (index < 9) {
            auto* action = new QAction(page->title(), this);
            action->setShortcut(key);
            connect(action, &QAction::triggered, this, [this, index] { m_nav->setCurrentRow(index); });
            addAction(action);
        }
        connect(page, &Page::statusMessage, m_status, &StatusBar::showTransient);
        connect(page, &Page::busyChanged, m_status, &StatusBar::updateBusy);
        ++index;
    }
    const int navWidth = m_nav->sizeHintForColumn(0) + 40;
    m_nav->setMaximumWidth(std::max(navWidth, 150));
    split->setSizes({ std::max(navWidth, 150), 1200 });
    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::pageChanged);
    m_central->addWidget(m_workspace);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions.newProject);
    file->addAction(m_actions.open);
    file->addMenu(m_actions.recent);
    file->addAction(m_actions.openDemo);
    file->addSeparator();
    file->addAction(m_actions.importFiles);
    file->addSeparator();
    file->addAction(m_actions.closeProject);
    file->addAction(m_actions.quit);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QList<QAction*> all = QWidget::actions();
    for (QAction* a : all)
        if (!a->shortcut().isEmpty() && a->shortcut()[0].keyboardModifiers() == Qt::ControlModifier
            && a->shortcut()[0].key() >= Qt::Key_1 && a->shortcut()[0].key() <= Qt::Key_9)
            view->addAction(a);
    view->addSeparator();
    view->addAction(m_actions.reload);
    view->addAction(m_actions.resetFilters);
    view->addAction(m_actions.fullScreen);
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_actions.settings);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions.about);
    help->addAction(m_actions.aboutQt);

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_actions.newProject);
    bar->addAction(m_actions.open);
    bar->addAction(m_actions.importFiles);
    bar->addSeparator();
    bar->addAction(m_actions.reload);

    connect(m_actions.newProject, &QAction::triggered, m_controller, &ProjectController::newProject);
    connect(m_actions.open, &QAction::triggered, m_controller, &ProjectController::openProject);
    connect(m_actions.openDemo, &QAction::triggered, m_controller, &ProjectController::openDemo);
    connect(
        m_actions.importFiles, &QAction::triggered, m_controller, [this] { m_controller->importFiles(); });
    connect(m_actions.closeProject, &QAction::triggered, m_controller, &ProjectController::closeProject);
    connect(m_actions.quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions.settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_actions.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions.reload, &QAction::triggered, this, [this] {
        if (Page* p = currentPage()) p->invalidate();
    });
    connect(m_actions.resetFilters, &QAction::triggered, this, [this] { m_context->filters().reset(); });
    connect(m_actions.fullScreen, &QAction::toggled, this,
        [this](bool on) { on ? showFullScreen() : showNormal(); });
    connect(&Settings::instance(), &Settings::recentProjectsChanged, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
}

void MainWindow::connectProject()
{
    connect(m_context.get(), &ProjectContext::opened, this, &MainWindow::projectOpened);
    connect(m_context.get(), &ProjectContext::closed, this, &MainWindow::projectClosed);
    connect(m_context.get(), &ProjectContext::drillDownRequested, this,
        [this] { showPage(QStringLiteral("sessions")); });
    connect(m_start, &StartPage::openRequested, m_controller, &ProjectController::openPath);
    connect(m_controller, &ProjectController::error, this, [this](const QString& message) {
        m_start->showError(message);
        m_status->showTransient(message);
    });
    connect(m_controller, &ProjectController::message, m_status, &StatusBar::showTransient);
    connect(m_controller, &ProjectController::demoBusy, m_status, &StatusBar::setBackgroundBusy);
}

void MainWindow::projectOpened()
{
    setWindowTitle(tr("%1 — Waymark").arg(m_context->displayName()));
    setWindowFilePath(m_context->path());
    m_start->showError({});
    m_central->setCurrentWidget(m_workspace);
    for (QAction* a : m_actions.projectActions())
        a->setEnabled(true);
    if (m_nav->currentRow() < 0)
        m_nav->setCurrentRow(0);
    else
        pageChanged(m_nav->currentRow());
}

void MainWindow::projectClosed()
{
    setWindowTitle(tr("Waymark"));
    setWindowFilePath({});
    m_central->setCurrentWidget(m_start);
    for (QAction* a : m_actions.projectActions())
        a->setEnabled(false);
    m_actions.importFiles->setEnabled(true); // importing without a project offers to create one
}

void MainWindow::pageChanged(int index)
{
    if (index < 0 || index >= int(m_pages.size())) return;
    Page* page = m_pages[size_t(index)];
    m_pageStack->setCurrentWidget(page);
    m_filterBar->setVisible(page->usesFilters());
    m_status->setPage(page);
}

Page* MainWindow::page(const QString& id) const
{
    for (Page* p : m_pages)
        if (p->pageId() == id) return p;
    return nullptr;
}

Page* MainWindow::currentPage() const
{
    return qobject_cast<Page*>(m_pageStack->currentWidget());
}

void MainWindow::showPage(const QString& id)
{
    for (size_t i = 0; i < m_pages.size(); ++i)
        if (m_pages[i]->pageId() == id) m_nav->setCurrentRow(int(i));
}

void MainWindow::updateRecentMenu()
{
    QMenu* menu = m_actions.recent;
    menu->clear();
    const QStringList recent = Settings::instance().recentProjects();
    for (int i = 0; i < recent.size(); ++i) {
        QAction* a
            = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(recent[i]).fileName()));
        a->setToolTip(recent[i]);
        a->setStatusTip(recent[i]);
        const QString path = recent[i];
        connect(a, &QAction::triggered, m_controller, [this, path] { m_controller->openPath(path); });
    }
    menu->addSeparator();
    QAction* clear = menu->addAction(tr("Clear Recent Projects"));
    clear->setEnabled(!recent.isEmpty());
    connect(clear, &QAction::triggered, &Settings::instance(), &Settings::clearRecentProjects);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) files << url.toLocalFile();
    if (files.isEmpty()) return;
    event->acceptProposedAction();
    m_controller->handleDroppedFiles(files);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Settings::instance().setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace waymark::ui
