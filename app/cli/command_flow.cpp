#include "commands.h"
#include "core/analysis/funnel_spec.h"
#include "core/analysis/journey_json.h"
#include "core/analysis/process_map.h"
#include "core/analysis/snapshot.h"
#include "core/analysis/variants.h"
#include "core/store/project.h"
#include "journey_options.h"
#include "json_out.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <cstdio>

namespace waymark::cli {

using namespace waymark::analysis;

namespace {

QCommandLineOption unitOption()
{
    return QCommandLineOption(QStringLiteral("unit"),
        QStringLiteral("sessions (default) or users: what a case is."), QStringLiteral("UNIT"),
        QStringLiteral("sessions"));
}

std::string seconds(const std::optional<double>& v)
{
    if (!v) return "-";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1fs", *v);
    return buffer;
}

} // namespace

int runFlow(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The process map: the directly-follows graph of the cases (sessions or users) with START and END, "
        "node and edge counts and the time between events."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file (*.waymark)"));
    const QCommandLineOption unit = unitOption();
    const QCommandLineOption activities(QStringLiteral("activities"),
        QStringLiteral("Take activities below this share of events out of the cases (0 keeps all)."),
        QStringLiteral("SHARE"), QStringLiteral("0"));
    const QCommandLineOption paths(QStringLiteral("paths"),
        QStringLiteral(
            "Hide edges below this share of transitions, keeping the map connected (0 keeps all)."),
        QStringLiteral("SHARE"), QStringLiteral("0"));
    const FilterOptions filterOptions;
    parser.addOptions({ unit, activities, paths, jsonOption() });
    filterOptions.addTo(parser);
    parser.process(args);

    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("flow needs exactly one PROJECT (see --help)"), 2);
    const QString path = parser.positionalArguments().front();
    ProcessMapQuery query;
    try {
        query.unit = parseUnit(parser.value(unit));
        query.minActivityShare = parseShare(parser.value(activities), "activities");
        query.minPathShare = parseShare(parser.value(paths), "paths");
        filterOptions.applyDates(parser, query.filter);
    } catch (const UsageError& e) {
        return fail(fromStd(e.what()), 2);
    }
    if (!QFileInfo::exists(path)) return fail(QStringLiteral("%1: no such project file").arg(path));
    try {
        auto project = store::Project::openReadOnly(path.toStdString());
        const auto snapshot = Snapshot::build(project->db());
        const SegmentLibrary segments = loadSegments(project->db());
        filterOptions.applyConditions(parser, *snapshot, query.filter);
        const ProcessMapResult result = buildProcessMap(*snapshot, query, segments);
        if (parser.isSet(jsonOption())) {
            printJson(processMapToJson(query, result));
            return 0;
        }
        std::printf("process map of %lld %s: %zu activities, %zu edges, %lld transitions\n\n",
            static_cast<long long>(result.cases), unitName(query.unit),
            result.nodes.size() - 2 * !result.nodes.empty(), result.edges.size(),
            static_cast<long long>(result.transitions));
        std::printf("%-40s %9s %9s\n", "activity", "events", "cases");
        for (const auto& n : result.nodes)
            std::printf("%-40s %9lld %9lld\n", n.name.c_str(), static_cast<long long>(n.events),
                static_cast<long long>(n.cases));
        std::printf("\n%-30s %-30s %9s %9s %12s %12s\n", "from", "to", "count", "cases", "median", "mean");
        for (const auto& e : result.edges)
            std::printf("%-30s %-30s %9lld %9lld %12s %12s\n", result.nodes[e.from].name.c_str(),
                result.nodes[e.to].name.c_str(), static_cast<long long>(e.transitions),
                static_cast<long long>(e.cases), seconds(e.medianSeconds).c_str(),
                seconds(e.meanSeconds).c_str());
        return 0;
    } catch (const std::exception& e) {
        return fail(fromStd(e.what()));
    }
}

int runVariants(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Variants: the distinct event sequences of the cases (sessions or users), most frequent first, with "
        "share and cumulative coverage; with --goal, the happy path."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file (*.waymark)"));
    const QCommandLineOption unit = unitOption();
    const QCommandLineOption top(QStringLiteral("top"),
        QStringLiteral("Variants listed (default 20; 0 lists all)."), QStringLiteral("N"),
        QStringLiteral("20"));
    const QCommandLineOption goal(QStringLiteral("goal"),
        QStringLiteral("Goal event: the happy path is the most frequent variant that reaches it."),
        QStringLiteral("EVENT"));
    const QCommandLineOption collapse(
        QStringLiteral("collapse-repeats"), QStringLiteral("Treat consecutive repeats of an event as one."));
    const FilterOptions filterOptions;
    parser.addOptions({ unit, top, goal, collapse, jsonOption() });
    filterOptions.addTo(parser);
    parser.process(args);

    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("variants needs exactly one PROJECT (see --help)"), 2);
    const QString path = parser.positionalArguments().front();
    VariantQuery query;
    try {
        query.unit = parseUnit(parser.value(unit));
        query.top = static_cast<int>(std::min<int64_t>(parseCount(parser.value(top), "top"), 1 << 30));
        query.collapseRepeats = parser.isSet(collapse);
        filterOptions.applyDates(parser, query.filter);
    } catch (const UsageError& e) {
        return fail(fromStd(e.what()), 2);
    }
    if (!QFileInfo::exists(path)) return fail(QStringLiteral("%1: no such project file").arg(path));
    try {
        auto project = store::Project::openReadOnly(path.toStdString());
        const auto snapshot = Snapshot::build(project->db());
        const SegmentLibrary segments = loadSegments(project->db());
        if (parser.isSet(goal))
            query.goalTypes = resolveEventTypes(*snapshot, parser.value(goal).toStdString());
        filterOptions.applyConditions(parser, *snapshot, query.filter);
        const VariantResult result = findVariants(*snapshot, query, segments);
        if (parser.isSet(jsonOption())) {
            printJson(variantsToJson(*snapshot, query, result));
            return 0;
        }
        std::printf("%lld variants over %lld %s\n\n", static_cast<long long>(result.distinct),
            static_cast<long long>(result.cases), unitName(query.unit));
        auto print = [&](const Variant& v) {
            std::printf("%5lld %9lld %6.1f%% %6.1f%%  ", static_cast<long long>(v.rank),
                static_cast<long long>(v.count), v.share * 100, v.coverage * 100);
            for (size_t k = 0; k < v.events.size(); ++k)
                std::printf("%s%s", k ? " > " : "", snapshot->eventTypes()[v.events[k]].displayName.c_str());
            std::printf("\n");
        };
        std::printf("%5s %9s %7s %7s  %s\n", "rank", "count", "share", "cover", "events");
        for (const auto& v : result.variants)
            print(v);
        if (parser.isSet(goal)) {
            std::printf("\nhappy path: ");
            if (result.happyPath)
                print(*result.happyPath);
            else
                std::printf("no variant reaches the goal\n");
        }
        return 0;
    } catch (const std::exception& e) {
        return fail(fromStd(e.what()));
    }
}

} // namespace waymark::cli
