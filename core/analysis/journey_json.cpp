#include "journey_json.h"

#include "snapshot.h"

#include <QJsonArray>

namespace waymark::analysis {

namespace {

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

QJsonValue optional(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject variantToJson(const Snapshot& s, const Variant& v)
{
    QJsonArray events;
    for (uint32_t t : v.events)
        events.append(text(s.eventTypes()[t].displayName));
    return QJsonObject {
        { QStringLiteral("events"), events },
        { QStringLiteral("count"), static_cast<qint64>(v.count) },
        { QStringLiteral("share"), v.share },
        { QStringLiteral("coverage"), v.coverage },
        { QStringLiteral("rank"), static_cast<qint64>(v.rank) },
    };
}

} // namespace

const char* pathModeName(PathMode mode)
{
    switch (mode) {
    case PathMode::End:
        return "end";
    case PathMode::Between:
        return "between";
    default:
        return "start";
    }
}

const char* unitName(CountingUnit unit)
{
    return unit == CountingUnit::Sessions ? "sessions" : "users";
}

QJsonObject pathsToJson(const PathQuery& query, const PathResult& result)
{
    QJsonArray nodes, links;
    for (const auto& n : result.nodes)
        nodes.append(QJsonObject {
            { QStringLiteral("step"), n.step },
            { QStringLiteral("event"), text(n.name) },
            { QStringLiteral("count"), static_cast<qint64>(n.count) },
        });
    for (const auto& l : result.links)
        links.append(QJsonObject {
            { QStringLiteral("step"), l.step },
            { QStringLiteral("from"), text(result.nodes[l.from].name) },
            { QStringLiteral("to"), text(result.nodes[l.to].name) },
            { QStringLiteral("count"), static_cast<qint64>(l.count) },
        });
    return QJsonObject {
        { QStringLiteral("mode"), QLatin1String(pathModeName(query.mode)) },
        { QStringLiteral("unit"), QLatin1String(unitName(query.unit)) },
        { QStringLiteral("max_steps"), query.steps },
        { QStringLiteral("units"), static_cast<qint64>(result.units) },
        { QStringLiteral("considered"), static_cast<qint64>(result.considered) },
        { QStringLiteral("nodes"), nodes },
        { QStringLiteral("links"), links },
    };
}

QJsonObject processMapToJson(const ProcessMapQuery& query, const ProcessMapResult& result)
{
    QJsonArray nodes, edges;
    for (const auto& n : result.nodes)
        nodes.append(QJsonObject {
            { QStringLiteral("event"), text(n.name) },
            { QStringLiteral("count"), static_cast<qint64>(n.events) },
            { QStringLiteral("cases"), static_cast<qint64>(n.cases) },
        });
    for (const auto& e : result.edges)
        edges.append(QJsonObject {
            { QStringLiteral("from"), text(result.nodes[e.from].name) },
            { QStringLiteral("to"), text(result.nodes[e.to].name) },
            { QStringLiteral("count"), static_cast<qint64>(e.transitions) },
            { QStringLiteral("cases"), static_cast<qint64>(e.cases) },
            { QStringLiteral("median_seconds"), optional(e.medianSeconds) },
            { QStringLiteral("mean_seconds"), optional(e.meanSeconds) },
            { QStringLiteral("restored"), e.restored },
        });
    return QJsonObject {
        { QStringLiteral("unit"), QLatin1String(unitName(query.unit)) },
        { QStringLiteral("cases"), static_cast<qint64>(result.cases) },
        { QStringLiteral("events"), static_cast<qint64>(result.events) },
        { QStringLiteral("transitions"), static_cast<qint64>(result.transitions) },
        { QStringLiteral("hidden_activities"), static_cast<qint64>(result.hiddenActivities) },
        { QStringLiteral("hidden_edges"), static_cast<qint64>(result.hiddenEdges) },
        { QStringLiteral("nodes"), nodes },
        { QStringLiteral("edges"), edges },
    };
}

QJsonObject variantsToJson(const Snapshot& s, const VariantQuery& query, const VariantResult& result)
{
    QJsonArray variants;
    for (const auto& v : result.variants)
        variants.append(variantToJson(s, v));
    QJsonObject o {
        { QStringLiteral("unit"), QLatin1String(unitName(query.unit)) },
        { QStringLiteral("cases"), static_cast<qint64>(result.cases) },
        { QStringLiteral("distinct"), static_cast<qint64>(result.distinct) },
        { QStringLiteral("variants"), variants },
    };
    if (!query.goalTypes.empty())
        o.insert(QStringLiteral("happy_path"),
            result.happyPath ? QJsonValue(variantToJson(s, *result.happyPath)) : QJsonValue());
    return o;
}

QJsonObject membersToJson(CountingUnit unit, const UnitPage& page, const std::vector<MemberInfo>& members,
    int64_t offset, int64_t limit)
{
    QJsonArray list;
    for (const auto& m : members) {
        QJsonArray identities;
        for (const auto& id : m.identities)
            identities.append(text(id));
        QJsonObject o {
            { QStringLiteral("user"), text(m.user) },
            { QStringLiteral("identities"), identities },
        };
        if (m.sessionId) {
            o.insert(QStringLiteral("session_id"), static_cast<qint64>(*m.sessionId));
            o.insert(QStringLiteral("session"), m.session ? QJsonValue(text(*m.session)) : QJsonValue());
        }
        list.append(o);
    }
    return QJsonObject {
        { QStringLiteral("unit"), QLatin1String(unitName(unit)) },
        { QStringLiteral("total"), static_cast<qint64>(page.total) },
        { QStringLiteral("offset"), static_cast<qint64>(offset) },
        { QStringLiteral("limit"), limit < 0 ? QJsonValue() : QJsonValue(static_cast<qint64>(limit)) },
        { QStringLiteral("members"), list },
    };
}

} // namespace waymark::analysis
