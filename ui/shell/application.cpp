#include "application.h"

#include "main_window.h"
#include "project_controller.h"
#include "ui/common/i18n.h"
#include "ui/common/theme.h"
#include "ui/settings/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

// waymark.qrc is compiled into the static waymark_ui library, so its resources are registered by
// hand (Q_INIT_RESOURCE must be used outside any namespace).
static void initResources()
{
    Q_INIT_RESOURCE(waymark);
}

namespace waymark::ui {

void initApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Waymark"));
    QCoreApplication::setApplicationName(QStringLiteral("Waymark"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Waymark"));
    QGuiApplication::setDesktopFileName(QStringLiteral("waymark"));
    initResources();
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/waymark.svg")));
    installTranslators(Settings::instance().language());
    applyTheme(Settings::instance().theme());
}

int runDesktop(int argc, char** argv)
{
    // Qt 6 scales for high-DPI screens by itself; fractional factors stay fractional so text is crisp.
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    initApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("waymark::ui::Application", "Evidence-based customer journey maps"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
        QApplication::translate("waymark::ui::Application", "Project file (*.waymark) to open"),
        QStringLiteral("[PROJECT]"));
    parser.process(app);

    MainWindow window;
    window.show();
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty()) window.controller().openPath(args.first());
    return app.exec();
}

} // namespace waymark::ui
