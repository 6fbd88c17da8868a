#include "commands.h"
#include "core/store/event_catalog.h"
#include "core/store/project.h"
#include "json_out.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <cstdio>

namespace waymark::cli {

namespace {
bool splitPair(const QString& text, std::string& left, std::string& right)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq == text.size() - 1) return false;
    left = text.left(eq).trimmed().toStdString();
    right = text.mid(eq + 1).trimmed().toStdString();
    return true;
}
} // namespace

int runEvents(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists event types with the raw names merged into each, and edits them. Names that differ only in\n"
        "case, spaces, '-', '_' or camelCase share a type on import; --alias splits or merges them."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file (*.waymark)"));
    parser.addOption({ QStringLiteral("alias"),
        QStringLiteral(
            "Point a raw event name at another (or a new) event type, moving its events (repeatable)."),
        QStringLiteral("RAW=TYPE") });
    parser.addOption({ QStringLiteral("rename"),
        QStringLiteral("Rename an event type's display name (repeatable)."), QStringLiteral("TYPE=NAME") });
    parser.addOption({ QStringLiteral("json"), QStringLiteral("Print one JSON object.") });
    parser.process(args);
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("events needs exactly one PROJECT (see --help)"), 2);

    try {
        auto project = store::Project::open(parser.positionalArguments().front().toStdString());
        for (const QString& a : parser.values(QStringLiteral("alias"))) {
            std::string raw, target;
            if (!splitPair(a, raw, target))
                return fail(QStringLiteral("--alias expects RAW=TYPE, got '%1'").arg(a), 2);
            store::repointAlias(project->db(), raw, target);
        }
        for (const QString& r : parser.values(QStringLiteral("rename"))) {
            std::string type, name;
            if (!splitPair(r, type, name))
                return fail(QStringLiteral("--rename expects TYPE=NAME, got '%1'").arg(r), 2);
            store::renameEventType(project->db(), type, name);
        }
        const auto types = store::listEventTypes(project->db());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const auto& t : types) {
                QJsonArray aliases;
                for (const auto& a : t.aliases)
                    aliases.append(QJsonObject { { QStringLiteral("raw"), fromStd(a.rawName) },
                        { QStringLiteral("events"), static_cast<qint64>(a.events) } });
                list.append(QJsonObject { { QStringLiteral("name"), fromStd(t.displayName) },
                    { QStringLiteral("canonical"), fromStd(t.canonical) },
                    { QStringLiteral("events"), static_cast<qint64>(t.events) },
                    { QStringLiteral("aliases"), aliases } });
            }
            printJson(QJsonObject { { QStringLiteral("event_types"), list } });
            return 0;
        }
        for (const auto& t : types) {
            std::printf("%10lld  %s\n", static_cast<long long>(t.events), t.displayName.c_str());
            if (t.aliases.size() > 1 || (t.aliases.size() == 1 && t.aliases[0].rawName != t.displayName))
                for (const auto& a : t.aliases)
                    std::printf(
                        "%10s    %-30s %lld\n", "", a.rawName.c_str(), static_cast<long long>(a.events));
        }
    } catch (const std::exception& e) {
        return fail(fromStd(e.what()));
    }
    return 0;
}

} // namespace waymark::cli
