#pragma once

#include <QJsonObject>
#include <QString>

namespace waymark::cli {

// Prints one JSON object on stdout (the --json contract).
void printJson(const QJsonObject& object);
// Prints "waymark-cli: message" on stderr; returns the exit status to use.
int fail(const QString& message, int status = 1);
QString fromStd(const std::string& s);

} // namespace waymark::cli
