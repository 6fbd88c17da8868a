#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace waymark::ui {

std::vector<std::pair<QString, QString>> availableLanguages()
{
    return { { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("fr"), QStringLiteral("Français") } };
}

QString installTranslators(const QString& code)
{
    static std::unique_ptr<QTranslator> app, qt;
    for (auto* t : { app.get(), qt.get() })
        if (t) QCoreApplication::removeTranslator(t);
    app = std::make_unique<QTranslator>();
    qt = std::make_unique<QTranslator>();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QString loaded = QStringLiteral("en");
    // qt_add_translations embeds the catalogues under :/i18n. A language Waymark does not speak
    // gets English, whose catalogue holds the plural forms.
    const auto loadApp = [&](const QLocale& l) {
        return app->load(l, QStringLiteral("waymark"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    };
    if (loadApp(locale) || loadApp(QLocale(QLocale::English))) {
        QCoreApplication::installTranslator(app.get());
        loaded = app->language().section(QLatin1Char('_'), 0, 0);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt.get());
    }
    QLocale::setDefault(code.isEmpty() ? QLocale::system() : locale);
    return loaded;
}

} // namespace waymark::ui
