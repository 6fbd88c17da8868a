#include "journey_options.h"

#include "core/analysis/funnel_spec.h"
#include "core/util/timestamp.h"

namespace waymark::cli {

using namespace waymark::analysis;

namespace {

int64_t parseDay(const QString& text, const char* option)
{
    const auto day = text.size() == 10 && text[4] == QLatin1Char('-') && text[7] == QLatin1Char('-')
        ? parseTimestampMs(text.toStdString())
        : std::nullopt;
    if (!day)
        throw UsageError(
            std::string("--") + option + " must be a date YYYY-MM-DD, not '" + text.toStdString() + "'");
    return *day;
}

} // namespace

void FilterOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({ from, to, where, segment });
}

void FilterOptions::applyDates(const QCommandLineParser& parser, EventFilter& filter) const
{
    if (parser.isSet(from)) filter.fromMs = parseDay(parser.value(from), "from");
    if (parser.isSet(to)) filter.toMs = parseDay(parser.value(to), "to") + 86400000LL; // the whole last day
}

void FilterOptions::applyConditions(
    const QCommandLineParser& parser, const Snapshot& snapshot, EventFilter& filter) const
{
    for (const auto& text : parser.values(where)) {
        const std::string ruleText = text.toStdString();
        PropertyRule rule = parseRuleText(ruleText);
        if (ruleText.rfind("event.", 0) != 0 && rule.property.scope == PropertyScope::Event)
            rule.property = resolveProperty(snapshot, rule.property.name);
        filter.conditions.items.push_back({ std::move(rule) });
    }
    for (const auto& name : parser.values(segment))
        filter.conditions.items.push_back({ SegmentRef { name.toStdString() } });
}

CountingUnit parseUnit(const QString& text)
{
    if (text == QLatin1String("users")) return CountingUnit::Users;
    if (text == QLatin1String("sessions")) return CountingUnit::Sessions;
    throw UsageError("--unit must be users or sessions, not '" + text.toStdString() + "'");
}

int64_t parseCount(const QString& text, const char* option)
{
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || value < 0)
        throw UsageError(
            std::string("--") + option + " must be a whole number >= 0, not '" + text.toStdString() + "'");
    return value;
}

double parseShare(const QString& text, const char* option)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !(value >= 0 && value <= 1))
        throw UsageError(std::string("--") + option + " must be a share between 0 and 1, not '"
            + text.toStdString() + "'");
    return value;
}

void PathOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({ start, end, steps, top, minShare, unit, collapse });
}

PathQuery PathOptions::read(const QCommandLineParser& parser) const
{
    PathQuery q;
    if (parser.isSet(start) && parser.isSet(end))
        q.mode = PathMode::Between;
    else if (parser.isSet(end))
        q.mode = PathMode::End;
    else if (parser.isSet(start))
        q.mode = PathMode::Start;
    else
        throw UsageError("paths need --start EVENT, --end EVENT or both");
    const int64_t n = parseCount(parser.value(steps), "steps");
    const int64_t minSteps = q.mode == PathMode::Between ? 2 : 1;
    if (n < minSteps || n > kMaxPathSteps)
        throw UsageError(
            "--steps must be between " + std::to_string(minSteps) + " and " + std::to_string(kMaxPathSteps));
    q.steps = static_cast<int>(n);
    q.top = static_cast<int>(std::min<int64_t>(parseCount(parser.value(top), "top"), 1 << 20));
    q.minShare = parseShare(parser.value(minShare), "min-share");
    q.unit = parseUnit(parser.value(unit));
    q.collapseRepeats = parser.isSet(collapse);
    return q;
}

void PathOptions::resolve(const QCommandLineParser& parser, const Snapshot& snapshot, PathQuery& query) const
{
    if (parser.isSet(start))
        query.startTypes = resolveEventTypes(snapshot, parser.value(start).toStdString());
    if (parser.isSet(end)) query.endTypes = resolveEventTypes(snapshot, parser.value(end).toStdString());
}

} // namespace waymark::cli
