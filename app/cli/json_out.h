#pragma once

#include <QCommandLineOption>
#include <QJsonObject>
#include <QString>

namespace waymark::cli {

// Prints one JSON object on stdout (the --json contract).
void printJson(const QJsonObject& object);
// The --json option every command shares.
const QCommandLineOption& jsonOption();
// Prints "waymark-cli: message" on stderr; returns the exit status to use.
int fail(const QString& message, int status = 1);
QString fromStd(const std::string& s);
// Removes a project file with its SQLite side files (-wal, -shm, -journal). A command that created
// a project and then failed calls it, so no empty project is left behind.
void removeProjectFiles(const QString& path);

} // namespace waymark::cli
