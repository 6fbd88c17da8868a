#pragma once

#include <QStringList>

// Each command parses its own options (with --help) and returns the process exit status.
namespace waymark::cli {

int runImport(const QStringList& args);
int runInfo(const QStringList& args);
int runEvents(const QStringList& args);
int runDemo(const QStringList& args);
int runFunnel(const QStringList& args);
int runPaths(const QStringList& args);
int runFlow(const QStringList& args);
int runVariants(const QStringList& args);
int runMembers(const QStringList& args);
int runSessions(const QStringList& args);
int runTimeline(const QStringList& args);
int runTag(const QStringList& args);

} // namespace waymark::cli
