#pragma once

#include <QString>
#include <utility>
#include <vector>

namespace waymark::ui {

// The translations built into the application: code and the language's own name.
std::vector<std::pair<QString, QString>> availableLanguages();

// Installs Waymark's and Qt's translators for `code` (empty = the system language). Returns the
// language actually loaded ("en" when none matched). Replaces translators installed before.
QString installTranslators(const QString& code);

} // namespace waymark::ui
