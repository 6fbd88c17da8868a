#include "commands.h"
#include "core/analysis/funnel.h"
#include "core/analysis/funnel_json.h"
#include "core/analysis/funnel_spec.h"
#include "core/analysis/funnel_trend.h"
#include "core/analysis/snapshot.h"
#include "core/store/project.h"
#include "core/util/timestamp.h"
#include "json_out.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <cstdio>

namespace waymark::cli {

namespace {

using namespace waymark::analysis;

std::string toStd(const QString& s)
{
    return s.toStdString();
}

// YYYY-MM-DD at 00:00 UTC.
std::optional<int64_t> parseDay(const QString& text)
{
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-')) return std::nullopt;
    return parseTimestampMs(toStd(text));
}

QString percent(const std::optional<double>& v)
{
    return v ? QString::number(*v * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

QString duration(double seconds)
{
    if (seconds < 120) return QString::number(seconds, 'f', 0) + QLatin1Char('s');
    if (seconds < 7200) return QString::number(seconds / 60, 'f', 1) + QStringLiteral("min");
    if (seconds < 172800) return QString::number(seconds / 3600, 'f', 1) + QLatin1Char('h');
    return QString::number(seconds / 86400, 'f', 1) + QLatin1Char('d');
}

void printSteps(const std::vector<FunnelStepResult>& steps, const char* indent)
{
    std::printf("%s%-32s %9s %8s %8s %18s %10s\n", indent, "step", "count", "of prev", "of first",
        "95% CI (of first)", "median");
    for (const auto& s : steps) {
        const QString ci = s.ci95
            ? QStringLiteral("%1-%2%").arg(s.ci95->low * 100, 0, 'f', 1).arg(s.ci95->high * 100, 0, 'f', 1)
            : QStringLiteral("-");
        const QString median
            = s.timeFromPrevious ? duration(s.timeFromPrevious->medianSeconds) : QStringLiteral("-");
        std::printf("%s%-32s %9lld %8s %8s %18s %10s\n", indent, s.label.c_str(),
            static_cast<long long>(s.count), qPrintable(percent(s.conversionFromPrevious)),
            qPrintable(percent(s.conversionFromFirst)), qPrintable(ci), qPrintable(median));
    }
}

QString day(int64_t ms)
{
    return QString::fromStdString(formatIsoUtc(ms)).left(10);
}

QJsonArray trendToJson(const std::vector<TrendBucket>& trend)
{
    QJsonArray out;
    for (const auto& b : trend)
        out.append(QJsonObject { { QStringLiteral("start"), day(b.startMs) },
            { QStringLiteral("entered"), static_cast<qint64>(b.entered) },
            { QStringLiteral("converted"), static_cast<qint64>(b.converted) },
            { QStringLiteral("conversion"), b.conversion ? QJsonValue(*b.conversion) : QJsonValue() } });
    return out;
}

void printTrend(const std::vector<TrendBucket>& trend, TrendInterval interval)
{
    std::printf("\nconversion first -> last step by %s of step 1 (UTC)\n",
        interval == TrendInterval::Day ? "day" : "week");
    std::printf("  %-10s %9s %9s %10s\n", "start", "entered", "converted", "conversion");
    for (const auto& b : trend)
        std::printf("  %-10s %9lld %9lld %10s\n", qPrintable(day(b.startMs)),
            static_cast<long long>(b.entered), static_cast<long long>(b.converted),
            qPrintable(percent(b.conversion)));
}

} // namespace

int runFunnel(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Counts how many users (or sessions) reach each step of a funnel, with conversion, 95% Wilson "
        "intervals, time to convert and, with --by, a breakdown with chi-square and pairwise tests."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file (*.waymark)"));
    const QCommandLineOption steps(QStringLiteral("steps"),
        QStringLiteral(
            "Comma-separated steps: event names (display name or key), NAME[prop=value;...] or stage:NAME."),
        QStringLiteral("STEPS"));
    const QCommandLineOption window(QStringLiteral("window"),
        QStringLiteral("Conversion window from step 1, inclusive: 14d (default), 36h, 30min, 90s or none."),
        QStringLiteral("DURATION"), QStringLiteral("14d"));
    const QCommandLineOption order(QStringLiteral("order"),
        QStringLiteral("ordered (default), strict or any."), QStringLiteral("MODE"),
        QStringLiteral("ordered"));
    const QCommandLineOption exclude(QStringLiteral("exclude"),
        QStringLiteral(
            "EVENT:FROM-TO: an EVENT between steps FROM and TO disqualifies the attempt (repeatable)."),
        QStringLiteral("EXCLUSION"));
    const QCommandLineOption hold(QStringLiteral("hold"),
        QStringLiteral("Property whose value must be the same on every step (e.g. device_id)."),
        QStringLiteral("PROPERTY"));
    const QCommandLineOption by(QStringLiteral("by"),
        QStringLiteral("Break down by a property: event property (value at step 1) or user.NAME."),
        QStringLiteral("PROPERTY"));
    const QCommandLineOption bySegment(QStringLiteral("by-segment"),
        QStringLiteral("Break down by a saved segment (repeatable)."), QStringLiteral("NAME"));
    const QCommandLineOption segment(QStringLiteral("segment"),
        QStringLiteral("Only events that satisfy a saved segment (repeatable; all must hold)."),
        QStringLiteral("NAME"));
    const QCommandLineOption where(QStringLiteral("where"),
        QStringLiteral(
            "Only events that satisfy a condition such as platform=mobile or user.plan!=free (repeatable)."),
        QStringLiteral("CONDITION"));
    const QCommandLineOption unit(QStringLiteral("unit"), QStringLiteral("users (default) or sessions."),
        QStringLiteral("UNIT"), QStringLiteral("users"));
    const QCommandLineOption from(
        QStringLiteral("from"), QStringLiteral("First day included (UTC)."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(
        QStringLiteral("to"), QStringLiteral("Last day included (UTC)."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption strictIncrease(QStringLiteral("strict-increase"),
        QStringLiteral("A step must be strictly later in time than the previous one (equal timestamps "
                       "otherwise keep import order)."));
    const QCommandLineOption trend(QStringLiteral("trend"),
        QStringLiteral("Also give conversion from the first to the last step per day or week in which "
                       "units started the funnel (UTC)."),
        QStringLiteral("day|week"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addOptions({ steps, window, order, exclude, hold, by, bySegment, segment, where, unit, from, to,
        strictIncrease, trend, json });
    parser.process(args);

    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("funnel needs exactly one PROJECT (see --help)"), 2);
    if (!parser.isSet(steps))
        return fail(
            QStringLiteral("funnel needs --steps, e.g. --steps \"product_view,add_to_cart,purchase\""), 2);
    if (parser.isSet(by) && parser.isSet(bySegment))
        return fail(QStringLiteral("use either --by or --by-segment, not both"), 2);
    std::optional<TrendInterval> trendInterval;
    if (parser.isSet(trend)) {
        const QString text = parser.value(trend);
        if (text == QLatin1String("day"))
            trendInterval = TrendInterval::Day;
        else if (text == QLatin1String("week"))
            trendInterval = TrendInterval::Week;
        else
            return fail(QStringLiteral("--trend must be day or week, not '%1'").arg(text), 2);
    }
    const QString path = parser.positionalArguments().front();
    if (!QFileInfo::exists(path)) return fail(QStringLiteral("%1: no such project file").arg(path));

    FunnelQuery query;
    const QString orderText = parser.value(order);
    if (orderText == QLatin1String("ordered"))
        query.order = FunnelOrder::Ordered;
    else if (orderText == QLatin1String("strict"))
        query.order = FunnelOrder::Strict;
    else if (orderText == QLatin1String("any"))
        query.order = FunnelOrder::Any;
    else
        return fail(QStringLiteral("--order must be ordered, strict or any, not '%1'").arg(orderText), 2);
    const QString unitText = parser.value(unit);
    if (unitText == QLatin1String("sessions"))
        query.unit = CountingUnit::Sessions;
    else if (unitText != QLatin1String("users"))
        return fail(QStringLiteral("--unit must be users or sessions, not '%1'").arg(unitText), 2);
    query.strictIncrease = parser.isSet(strictIncrease);
    if (parser.isSet(from)) {
        const auto day = parseDay(parser.value(from));
        if (!day)
            return fail(
                QStringLiteral("--from must be a date YYYY-MM-DD, not '%1'").arg(parser.value(from)), 2);
        query.filter.fromMs = *day;
    }
    if (parser.isSet(to)) {
        const auto day = parseDay(parser.value(to));
        if (!day)
            return fail(QStringLiteral("--to must be a date YYYY-MM-DD, not '%1'").arg(parser.value(to)), 2);
        query.filter.toMs = *day + 86400000LL; // the whole last day
    }

    try {
        query.windowMs = parseWindow(toStd(parser.value(window)));
        auto project = store::Project::openReadOnly(toStd(path));
        const auto snapshot = Snapshot::build(project->db());
        const SegmentLibrary segments = loadSegments(project->db());
        for (const auto& text : splitStepList(toStd(parser.value(steps))))
            query.steps.push_back(parseStep(*snapshot, text));
        for (const auto& text : parser.values(exclude))
            query.exclusions.push_back(
                parseExclusion(*snapshot, toStd(text), static_cast<int>(query.steps.size())));
        if (parser.isSet(hold)) query.holdConstant = resolveProperty(*snapshot, toStd(parser.value(hold)));
        for (const auto& text : parser.values(where)) {
            PropertyRule rule = parseRuleText(toStd(text));
            if (toStd(text).rfind("event.", 0) != 0 && rule.property.scope == PropertyScope::Event)
                rule.property = resolveProperty(*snapshot, rule.property.name);
            query.filter.conditions.items.push_back({ std::move(rule) });
        }
        for (const auto& name : parser.values(segment))
            query.filter.conditions.items.push_back({ SegmentRef { toStd(name) } });
        if (parser.isSet(by)) {
            query.breakdown.kind = FunnelBreakdown::Kind::Property;
            query.breakdown.property = resolveProperty(*snapshot, toStd(parser.value(by)));
        } else if (parser.isSet(bySegment)) {
            query.breakdown.kind = FunnelBreakdown::Kind::Segments;
            for (const auto& name : parser.values(bySegment))
                query.breakdown.segments.push_back(toStd(name));
        }
        const FunnelResult result = analysis::runFunnel(*snapshot, query, segments);
        std::vector<TrendBucket> buckets;
        if (trendInterval) buckets = funnelTrend(*snapshot, query, *trendInterval, segments);

        if (parser.isSet(json)) {
            QJsonObject out = funnelToJson(query, result);
            if (trendInterval) {
                out[QStringLiteral("trend_interval")]
                    = *trendInterval == TrendInterval::Day ? QStringLiteral("day") : QStringLiteral("week");
                out[QStringLiteral("trend")] = trendToJson(buckets);
            }
            printJson(out);
            return 0;
        }
        std::printf("%s funnel of %s, window %s, %lld %s considered\n\n", funnelOrderName(query.order),
            query.unit == CountingUnit::Sessions ? "sessions" : "users",
            query.windowMs ? qPrintable(duration(static_cast<double>(*query.windowMs) / 1000.0)) : "none",
            static_cast<long long>(result.units),
            query.unit == CountingUnit::Sessions ? "sessions" : "users");
        printSteps(result.steps, "");
        for (const auto& g : result.breakdown) {
            std::printf("\n%s\n", g.missing ? "(none)" : g.value.c_str());
            printSteps(g.steps, "  ");
        }
        if (!result.tests.empty()) {
            std::printf("\nchi-square across groups (conversion from the previous step, BH-adjusted)\n");
            for (const auto& t : result.tests)
                std::printf("  step %d: chi2 = %.3f, df = %d, p = %.4g, adjusted p = %.4g%s\n", t.step,
                    t.statistic, t.df, t.pValue, t.pAdjusted, t.significant ? " *" : "");
        }
        if (trendInterval) printTrend(buckets, *trendInterval);
        return 0;
    } catch (const std::exception& e) {
        return fail(fromStd(e.what()));
    }
}

} // namespace waymark::cli
