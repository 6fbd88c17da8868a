#include "actions.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QMenu>
#include <QStyle>
#include <QWidget>

namespace waymark::ui {

namespace {
class ActionText {
    Q_DECLARE_TR_FUNCTIONS(waymark::ui::Actions)
};

QAction* make(QWidget* window, const QString& text, const QString& tip, const QList<QKeySequence>& keys,
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase)
{
    auto* action = new QAction(text, window);
    action->setShortcuts(keys);
    const QString shortcut = keys.isEmpty() ? QString() : keys.first().toString(QKeySequence::NativeText);
    action->setToolTip(shortcut.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, shortcut));
    action->setStatusTip(tip);
    if (icon != QStyle::SP_CustomBase) action->setIcon(window->style()->standardIcon(icon));
    window->addAction(action);
    return action;
}
} // namespace

Actions createActions(QWidget* w)
{
    Actions a;
    a.newProject = make(w, ActionText::tr("&New Project…"), ActionText::tr("Create an empty project file"),
        { QKeySequence::New }, QStyle::SP_FileIcon);
    a.open = make(w, ActionText::tr("&Open Project…"), ActionText::tr("Open a project file"),
        { QKeySequence::Open }, QStyle::SP_DialogOpenButton);
    a.openDemo = make(w, ActionText::tr("Open &Demo Project"),
        ActionText::tr("Open the bundled B2B SaaS trial demo project"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D) }, QStyle::SP_ComputerIcon);
    a.importFiles = make(w, ActionText::tr("&Import Data…"),
        ActionText::tr("Import event exports, tickets or feedback into the project"),
        { QKeySequence(Qt::CTRL | Qt::Key_I) }, QStyle::SP_ArrowDown);
    a.closeProject = make(w, ActionText::tr("&Close Project"),
        ActionText::tr("Close the project (it is saved as you work)"), { QKeySequence::Close },
        QStyle::SP_DialogCloseButton);
    a.quit = make(
        w, ActionText::tr("&Quit"), ActionText::tr("Quit Waymark"), { QKeySequence(Qt::CTRL | Qt::Key_Q) });
    a.quit->setMenuRole(QAction::QuitRole);
    a.settings
        = make(w, ActionText::tr("&Settings…"), ActionText::tr("Language, appearance and import defaults"),
            { QKeySequence(Qt::CTRL | Qt::Key_Comma) });
    a.settings->setMenuRole(QAction::PreferencesRole);
    a.reload = make(w, ActionText::tr("&Reload"), ActionText::tr("Recompute the current view"),
        { QKeySequence::Refresh }, QStyle::SP_BrowserReload);
    a.resetFilters
        = make(w, ActionText::tr("Reset &Filters"), ActionText::tr("Clear the date range and the segment"),
            { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) });
    a.fullScreen = make(w, ActionText::tr("&Full Screen"), ActionText::tr("Show the window full screen"),
        { QKeySequence::FullScreen });
    a.fullScreen->setCheckable(true);
    a.about = make(w, ActionText::tr("&About Waymark"), ActionText::tr("Version, licences and bundled data"),
        { QKeySequence::HelpContents });
    a.about->setMenuRole(QAction::AboutRole);
    a.aboutQt = make(w, ActionText::tr("About &Qt"), ActionText::tr("The Qt version Waymark runs on"), {});
    a.aboutQt->setMenuRole(QAction::AboutQtRole);
    QObject::connect(a.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    a.recent = new QMenu(ActionText::tr("Open &Recent"), w);
    return a;
}

} // namespace waymark::ui
