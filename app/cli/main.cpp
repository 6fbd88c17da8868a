#include "commands.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstdio>
#include <string>
#include <vector>

namespace {

struct Command {
    const char* name;
    const char* summary;
    int (*run)(const QStringList&);
};

const Command kCommands[] = {
    { "import", "Import export files into a project (created if missing)", waymark::cli::runImport },
    { "info", "Summarise a project: events, users, sessions, sources", waymark::cli::runInfo },
    { "events", "List event types and their raw names; merge, split or rename them",
        waymark::cli::runEvents },
    { "demo", "Write the bundled demo data set into a project", waymark::cli::runDemo },
    { "funnel", "Conversion through a sequence of steps, with statistics", waymark::cli::runFunnel },
    { "paths", "Step paths from a start event, to an end event or between two (Sankey data)",
        waymark::cli::runPaths },
    { "flow", "Process map: the directly-follows graph with START and END", waymark::cli::runFlow },
    { "variants", "Distinct event sequences of the cases, with coverage and happy path",
        waymark::cli::runVariants },
    { "members", "The users or sessions behind a funnel step or a path node", waymark::cli::runMembers },
    { "sessions", "List sessions with their user, length, events and tag", waymark::cli::runSessions },
    { "timeline", "One session event by event, with the user's tickets and feedback",
        waymark::cli::runTimeline },
    { "tag", "Tag a session positive, negative or neutral, with a note", waymark::cli::runTag },
};

void printUsage(FILE* out)
{
    std::fprintf(out, "Usage: waymark-cli COMMAND PROJECT [options]\n\nCommands:\n");
    for (const auto& c : kCommands)
        std::fprintf(out, "  %-10s %s\n", c.name, c.summary);
    std::fprintf(out, "\nRun 'waymark-cli COMMAND --help' for the options of a command.\n");
}

} // namespace

int main(int argc, char** argv)
{
    // QCommandLineParser names the program after argv[0] in --help and errors; make that
    // "waymark-cli COMMAND" so each command's usage line reads right.
    std::string program = "waymark-cli";
    std::vector<char*> arguments(argv, argv + argc);
    if (argc >= 2 && argv[1][0] != '-') {
        program += std::string(" ") + argv[1];
        arguments.erase(arguments.begin() + 1);
        arguments[0] = program.data();
    }
    int count = static_cast<int>(arguments.size());
    QCoreApplication app(count, arguments.data());
    QCoreApplication::setApplicationName(QStringLiteral("waymark-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    QStringList args = QCoreApplication::arguments();
    if (argc >= 2 && argv[1][0] != '-') args.insert(1, QString::fromLocal8Bit(argv[1]));
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")) {
        printUsage(args.size() < 2 ? stderr : stdout);
        return args.size() < 2 ? 2 : 0;
    }
    if (args[1] == QLatin1String("--version")) {
        std::printf("waymark-cli %s\n", WAYMARK_VERSION);
        return 0;
    }
    for (const auto& c : kCommands) {
        if (args[1] == QLatin1String(c.name)) {
            QStringList rest = args;
            rest.removeAt(1); // the command's parser sees "waymark-cli COMMAND PROJECT [options]"
            rest[0] = QString::fromStdString(program);
            return c.run(rest);
        }
    }
    std::fprintf(stderr, "waymark-cli: unknown command '%s'\n\n", args[1].toLocal8Bit().constData());
    printUsage(stderr);
    return 2;
}
