#include "commands.h"
#include "core/analysis/journey_json.h"
#include "core/analysis/paths.h"
#include "core/analysis/snapshot.h"
#include "core/store/project.h"
#include "journey_options.h"
#include "json_out.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <cstdio>

namespace waymark::cli {

using namespace waymark::analysis;

int runPaths(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Step paths for a Sankey: the events users (or sessions) do after a start event, before an end "
        "event, or between the two, counted in unique units per step."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file (*.waymark)"));
    const PathOptions pathOptions;
    const FilterOptions filterOptions;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    pathOptions.addTo(parser);
    filterOptions.addTo(parser);
    parser.addOption(json);
    parser.process(args);

    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("paths needs exactly one PROJECT (see --help)"), 2);
    const QString path = parser.positionalArguments().front();
    PathQuery query;
    try {
        query = pathOptions.read(parser);
        filterOptions.applyDates(parser, query.filter);
    } catch (const UsageError& e) {
        return fail(fromStd(e.what()), 2);
    }
    if (!QFileInfo::exists(path)) return fail(QStringLiteral("%1: no such project file").arg(path));

    try {
        auto project = store::Project::openReadOnly(path.toStdString());
        const auto snapshot = Snapshot::build(project->db());
        const SegmentLibrary segments = loadSegments(project->db());
        pathOptions.resolve(parser, *snapshot, query);
        filterOptions.applyConditions(parser, *snapshot, query.filter);
        const PathResult result = runPaths(*snapshot, query, segments);
        if (parser.isSet(json)) {
            printJson(pathsToJson(query, result));
            return 0;
        }
        std::printf("paths (%s mode) of %lld %s out of %lld\n", pathModeName(query.mode),
            static_cast<long long>(result.units), unitName(query.unit),
            static_cast<long long>(result.considered));
        int step = 0;
        for (const auto& n : result.nodes) {
            if (n.step != step) std::printf("\nstep %d\n", step = n.step);
            std::printf("  %-40s %9lld\n", n.name.c_str(), static_cast<long long>(n.count));
            for (const auto& l : result.links)
                if (&result.nodes[l.from] == &n)
                    std::printf("    -> %-35s %9lld\n", result.nodes[l.to].name.c_str(),
                        static_cast<long long>(l.count));
        }
        return 0;
    } catch (const std::exception& e) {
        return fail(fromStd(e.what()));
    }
}

} // namespace waymark::cli
