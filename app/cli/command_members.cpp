#include "commands.h"
#include "core/analysis/funnel_spec.h"
#include "core/analysis/journey_json.h"
#include "core/analysis/members.h"
#include "core/analysis/snapshot.h"
#include "core/store/project.h"
#include "journey_options.h"
#include "json_out.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <cstdio>

namespace waymark::cli {

using namespace waymark::analysis;

namespace {

// "STEP:REST" -> (STEP, REST); throws UsageError.
std::pair<int, QString> stepAndRest(const QString& text, const char* option)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    bool ok = false;
    const int step = colon > 0 ? text.left(colon).trimmed().toInt(&ok) : 0;
    if (!ok || step < 1 || text.mid(colon + 1).trimmed().isEmpty())
        throw UsageError(std::string("--") + option + " must look like "
            + (std::string(option) == "path-node" ? "STEP:EVENT" : "STEP:FROM>TO") + ", not '"
            + text.toStdString() + "'");
    return { step, text.mid(colon + 1).trimmed() };
}

PathNodeRef nodeRef(const Snapshot& s, const QString& name)
{
    if (name == QLatin1String("Other")) return { PathNodeKind::Other, {} };
    if (name == QLatin1String("(end)")) return { PathNodeKind::End, {} };
    return { PathNodeKind::Event, resolveEventTypes(s, name.toStdString()) };
}

} // namespace

int runMembers(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The users (or sessions) behind a number: a funnel step (reached or dropped) or a node or link of "
        "step paths, paged, with their external ids."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file (*.waymark)"));
    const QCommandLineOption funnel(QStringLiteral("funnel"),
        QStringLiteral("Funnel steps as for the funnel command's --steps."), QStringLiteral("STEPS"));
    const QCommandLineOption step(QStringLiteral("step"),
        QStringLiteral("Funnel step (1-based): the units that reached it."), QStringLiteral("N"));
    const QCommandLineOption dropped(QStringLiteral("dropped"),
        QStringLiteral("Instead, the units that reached the previous step but not this one."));
    const QCommandLineOption window(QStringLiteral("window"),
        QStringLiteral("Funnel conversion window (default 14d)."), QStringLiteral("DURATION"),
        QStringLiteral("14d"));
    const QCommandLineOption order(QStringLiteral("order"),
        QStringLiteral("Funnel order: ordered, strict or any."), QStringLiteral("MODE"),
        QStringLiteral("ordered"));
    const QCommandLineOption exclude(QStringLiteral("exclude"),
        QStringLiteral("Funnel exclusion EVENT:FROM-TO (repeatable)."), QStringLiteral("EXCLUSION"));
    const QCommandLineOption hold(
        QStringLiteral("hold"), QStringLiteral("Funnel property held constant."), QStringLiteral("PROPERTY"));
    const QCommandLineOption strictIncrease(
        QStringLiteral("strict-increase"), QStringLiteral("Funnel steps must be strictly later in time."));
    const QCommandLineOption pathNode(QStringLiteral("path-node"),
        QStringLiteral(
            "Path node STEP:EVENT (EVENT may be Other or (end)); the path is set by the paths options."),
        QStringLiteral("STEP:EVENT"));
    const QCommandLineOption pathLink(QStringLiteral("path-link"),
        QStringLiteral("Path link STEP:FROM>TO, from a node at STEP to one at STEP + 1."),
        QStringLiteral("STEP:FROM>TO"));
    const QCommandLineOption offset(QStringLiteral("offset"), QStringLiteral("Members skipped (paging)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption limit(QStringLiteral("limit"),
        QStringLiteral("Members listed (default 100; 0 lists all)."), QStringLiteral("N"),
        QStringLiteral("100"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const PathOptions pathOptions;
    const FilterOptions filterOptions;
    parser.addOptions({ funnel, step, dropped, window, order, exclude, hold, strictIncrease, pathNode,
        pathLink, offset, limit, json });
    pathOptions.addTo(parser);
    filterOptions.addTo(parser);
    parser.process(args);

    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("members needs exactly one PROJECT (see --help)"), 2);
    const QString path = parser.positionalArguments().front();
    const int modes = int(parser.isSet(funnel)) + int(parser.isSet(pathNode)) + int(parser.isSet(pathLink));
    if (modes != 1)
        return fail(QStringLiteral("members needs one of --funnel STEPS --step N, --path-node STEP:EVENT or "
                                   "--path-link STEP:FROM>TO"),
            2);
    FunnelQuery funnelQuery;
    PathQuery pathQuery;
    int funnelStep = 0;
    std::pair<int, QString> target;
    int64_t first = 0, count = -1;
    try {
        first = parseCount(parser.value(offset), "offset");
        const int64_t l = parseCount(parser.value(limit), "limit");
        count = l == 0 ? -1 : l;
        if (parser.isSet(funnel)) {
            if (!parser.isSet(step)) throw UsageError("--funnel needs --step N");
            funnelStep = static_cast<int>(std::min<int64_t>(parseCount(parser.value(step), "step"), 1 << 20));
            funnelQuery.unit = parseUnit(parser.value(pathOptions.unit));
            const QString o = parser.value(order);
            if (o == QLatin1String("strict"))
                funnelQuery.order = FunnelOrder::Strict;
            else if (o == QLatin1String("any"))
                funnelQuery.order = FunnelOrder::Any;
            else if (o != QLatin1String("ordered"))
                throw UsageError("--order must be ordered, strict or any, not '" + o.toStdString() + "'");
            funnelQuery.strictIncrease = parser.isSet(strictIncrease);
            filterOptions.applyDates(parser, funnelQuery.filter);
        } else {
            pathQuery = pathOptions.read(parser);
            target = stepAndRest(parser.value(parser.isSet(pathNode) ? pathNode : pathLink),
                parser.isSet(pathNode) ? "path-node" : "path-link");
            if (parser.isSet(pathLink) && !target.second.contains(QLatin1Char('>')))
                throw UsageError("--path-link must look like STEP:FROM>TO");
            filterOptions.applyDates(parser, pathQuery.filter);
        }
    } catch (const UsageError& e) {
        return fail(fromStd(e.what()), 2);
    }
    if (!QFileInfo::exists(path)) return fail(QStringLiteral("%1: no such project file").arg(path));

    try {
        auto project = store::Project::openReadOnly(path.toStdString());
        const auto snapshot = Snapshot::build(project->db());
        const SegmentLibrary segments = loadSegments(project->db());
        UnitPage page;
        CountingUnit unit;
        if (parser.isSet(funnel)) {
            funnelQuery.windowMs = parseWindow(parser.value(window).toStdString());
            for (const auto& text : splitStepList(parser.value(funnel).toStdString()))
                funnelQuery.steps.push_back(parseStep(*snapshot, text));
            for (const auto& text : parser.values(exclude))
                funnelQuery.exclusions.push_back(parseExclusion(
                    *snapshot, text.toStdString(), static_cast<int>(funnelQuery.steps.size())));
            if (parser.isSet(hold))
                funnelQuery.holdConstant = resolveProperty(*snapshot, parser.value(hold).toStdString());
            filterOptions.applyConditions(parser, *snapshot, funnelQuery.filter);
            page = funnelMembers(
                *snapshot, funnelQuery, funnelStep, parser.isSet(dropped), first, count, segments);
            unit = funnelQuery.unit;
        } else {
            pathOptions.resolve(parser, *snapshot, pathQuery);
            filterOptions.applyConditions(parser, *snapshot, pathQuery.filter);
            PathSelection selection;
            selection.step = target.first;
            if (parser.isSet(pathNode)) {
                selection.node = nodeRef(*snapshot, target.second);
            } else {
                const qsizetype arrow = target.second.indexOf(QLatin1Char('>'));
                selection.node = nodeRef(*snapshot, target.second.left(arrow).trimmed());
                selection.to = nodeRef(*snapshot, target.second.mid(arrow + 1).trimmed());
            }
            page = pathMembers(*snapshot, pathQuery, selection, first, count, segments);
            unit = pathQuery.unit;
        }
        const auto members = describeMembers(project->db(), *snapshot, page.units);
        if (parser.isSet(json)) {
            printJson(membersToJson(unit, page, members, first, count));
            return 0;
        }
        std::printf("%lld %s; showing %zu from %lld\n", static_cast<long long>(page.total), unitName(unit),
            members.size(), static_cast<long long>(first));
        for (const auto& m : members) {
            std::printf("%s", m.user.c_str());
            if (m.sessionId)
                std::printf(
                    "  session %s", m.session ? m.session->c_str() : std::to_string(*m.sessionId).c_str());
            if (m.identities.size() > 1) {
                std::printf("  (");
                for (size_t k = 0; k < m.identities.size(); ++k)
                    std::printf("%s%s", k ? ", " : "", m.identities[k].c_str());
                std::printf(")");
            }
            std::printf("\n");
        }
        return 0;
    } catch (const std::exception& e) {
        return fail(fromStd(e.what()));
    }
}

} // namespace waymark::cli
