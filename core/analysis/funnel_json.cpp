#include "funnel_json.h"

#include <QJsonArray>

namespace waymark::analysis {

namespace {

QJsonValue optional(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue interval(const std::optional<stats::Interval>& i)
{
    return i ? QJsonValue(QJsonArray { i->low, i->high }) : QJsonValue();
}

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

const char* funnelOrderName(FunnelOrder order)
{
    switch (order) {
    case FunnelOrder::Strict:
        return "strict";
    case FunnelOrder::Any:
        return "any";
    default:
        return "ordered";
    }
}

QJsonObject funnelStepToJson(const FunnelStepResult& step)
{
    QJsonObject o {
        { QStringLiteral("name"), text(step.label) },
        { QStringLiteral("count"), static_cast<qint64>(step.count) },
        { QStringLiteral("conversion_from_previous"), optional(step.conversionFromPrevious) },
        { QStringLiteral("conversion_from_first"), optional(step.conversionFromFirst) },
        { QStringLiteral("drop_off"), static_cast<qint64>(step.dropOff) },
        { QStringLiteral("drop_off_rate"),
            step.conversionFromPrevious ? QJsonValue(1.0 - *step.conversionFromPrevious) : QJsonValue() },
        { QStringLiteral("ci95"), interval(step.ci95) },
        { QStringLiteral("ci95_from_previous"), interval(step.ci95FromPrevious) },
    };
    const auto& t = step.timeFromPrevious;
    o.insert(QStringLiteral("converted_with_time"), t ? static_cast<qint64>(t->count) : 0);
    o.insert(QStringLiteral("median_seconds_from_previous"), t ? QJsonValue(t->medianSeconds) : QJsonValue());
    o.insert(QStringLiteral("mean_seconds_from_previous"), t ? QJsonValue(t->meanSeconds) : QJsonValue());
    o.insert(QStringLiteral("p90_seconds_from_previous"), t ? QJsonValue(t->p90Seconds) : QJsonValue());
    QJsonArray histogram;
    if (t)
        for (const auto& b : t->histogram)
            histogram.append(QJsonObject {
                { QStringLiteral("from_seconds"), static_cast<qint64>(b.fromMs / 1000) },
                { QStringLiteral("to_seconds"),
                    b.toMs < 0 ? QJsonValue() : QJsonValue(static_cast<qint64>(b.toMs / 1000)) },
                { QStringLiteral("count"), static_cast<qint64>(b.count) },
            });
    o.insert(QStringLiteral("histogram"), histogram);
    return o;
}

QJsonObject funnelToJson(const FunnelQuery& query, const FunnelResult& result)
{
    QJsonArray steps;
    for (const auto& s : result.steps)
        steps.append(funnelStepToJson(s));
    QJsonArray breakdown;
    for (const auto& g : result.breakdown) {
        QJsonArray groupSteps;
        for (const auto& s : g.steps)
            groupSteps.append(funnelStepToJson(s));
        QJsonArray vsRest;
        for (const auto& t : g.vsRest)
            vsRest.append(QJsonObject {
                { QStringLiteral("step"), t.step },
                { QStringLiteral("z"), t.z },
                { QStringLiteral("p_value"), t.pValue },
                { QStringLiteral("p_adjusted"), t.pAdjusted },
                { QStringLiteral("significant"), t.significant },
            });
        breakdown.append(QJsonObject {
            { QStringLiteral("value"), g.missing ? QJsonValue() : QJsonValue(text(g.value)) },
            { QStringLiteral("steps"), groupSteps },
            { QStringLiteral("vs_rest"), vsRest },
        });
    }
    QJsonArray tests;
    for (const auto& t : result.tests)
        tests.append(QJsonObject {
            { QStringLiteral("step"), t.step },
            { QStringLiteral("statistic"), t.statistic },
            { QStringLiteral("df"), t.df },
            { QStringLiteral("p_value"), t.pValue },
            { QStringLiteral("p_adjusted"), t.pAdjusted },
            { QStringLiteral("significant"), t.significant },
        });
    QJsonValue by;
    if (query.breakdown.kind == FunnelBreakdown::Kind::Property)
        by = QString(
            QString::fromLatin1(query.breakdown.property.scope == PropertyScope::User ? "user." : "event.")
            + text(query.breakdown.property.name));
    else if (query.breakdown.kind == FunnelBreakdown::Kind::Segments)
        by = QStringLiteral("segments");
    return QJsonObject {
        { QStringLiteral("unit"),
            query.unit == CountingUnit::Sessions ? QStringLiteral("sessions") : QStringLiteral("users") },
        { QStringLiteral("order"), QString::fromLatin1(funnelOrderName(query.order)) },
        { QStringLiteral("window_seconds"),
            query.windowMs ? QJsonValue(static_cast<double>(*query.windowMs) / 1000.0) : QJsonValue() },
        { QStringLiteral("units"), static_cast<qint64>(result.units) },
        { QStringLiteral("steps"), steps },
        { QStringLiteral("breakdown_by"), by },
        { QStringLiteral("breakdown"), breakdown },
        { QStringLiteral("groups_overlap"), result.groupsOverlap },
        { QStringLiteral("tests"), tests },
    };
}

} // namespace waymark::analysis
