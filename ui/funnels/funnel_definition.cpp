#include "funnel_definition.h"

#include "core/analysis/funnel_spec.h"
#include "core/analysis/snapshot.h"
#include "core/demo/demo_generator.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace waymark::ui {

namespace {

std::string toStd(const QString& s)
{
    return s.toStdString();
}

const char* const kUnitNames[] = { "s", "min", "h", "d" };
const char* const kOrderNames[] = { "ordered", "strict", "any" };

template<typename E, size_t N> E enumFromName(const QString& name, const char* const (&names)[N], E fallback)
{
    for (size_t i = 0; i < N; ++i)
        if (name == QLatin1String(names[i])) return static_cast<E>(i);
    return fallback;
}

analysis::FunnelStep makeStep(const analysis::Snapshot& s, const FunnelStepDef& def)
{
    analysis::FunnelStep step;
    if (def.stage) {
        std::string text = "stage:"; // appended, not concatenated: GCC 12 warns falsely on "literal" + string
        text += toStd(def.name);
        step = analysis::parseStep(s, text);
    } else {
        // Names go straight to the resolver: an event may contain the characters of the step syntax.
        step.label = toStd(def.name);
        step.types = analysis::resolveEventTypes(s, step.label);
    }
    if (!def.property.isEmpty()) {
        analysis::PropertyRule rule;
        rule.property = analysis::resolveProperty(s, toStd(def.property));
        rule.op = analysis::RuleOp::Eq;
        rule.values = { toStd(def.value) };
        step.where.items.push_back({ std::move(rule) });
        step.label += '[';
        step.label += toStd(def.property) + '=' + toStd(def.value) + ']';
    }
    return step;
}

} // namespace

int64_t FunnelDefinition::windowMs() const
{
    static const int64_t unitMs[] = { 1000LL, 60000LL, 3600000LL, 86400000LL };
    return int64_t(windowValue) * unitMs[static_cast<int>(windowUnit)];
}

QJsonObject FunnelDefinition::toJson() const
{
    QJsonArray stepArray;
    for (const auto& s : steps)
        stepArray.append(
            QJsonObject { { QStringLiteral("name"), s.name }, { QStringLiteral("stage"), s.stage },
                { QStringLiteral("property"), s.property }, { QStringLiteral("value"), s.value } });
    QJsonArray exclusionArray;
    for (const auto& x : exclusions)
        exclusionArray.append(QJsonObject { { QStringLiteral("event"), x.event },
            { QStringLiteral("from"), x.fromStep }, { QStringLiteral("to"), x.toStep } });
    const char* const breakdownNames[] = { "none", "property", "segments" };
    return QJsonObject {
        { QStringLiteral("steps"), stepArray },
        { QStringLiteral("window"), windowValue },
        { QStringLiteral("window_unit"), QLatin1String(kUnitNames[static_cast<int>(windowUnit)]) },
        { QStringLiteral("order"), QLatin1String(kOrderNames[static_cast<int>(order)]) },
        { QStringLiteral("exclusions"), exclusionArray },
        { QStringLiteral("hold"), holdProperty },
        { QStringLiteral("breakdown"), QLatin1String(breakdownNames[static_cast<int>(breakdown)]) },
        { QStringLiteral("breakdown_property"), breakdownProperty },
        { QStringLiteral("breakdown_segments"), QJsonArray::fromStringList(breakdownSegments) },
    };
}

FunnelDefinition FunnelDefinition::fromJson(const QJsonObject& o)
{
    FunnelDefinition d;
    for (const auto& v : o[QLatin1String("steps")].toArray()) {
        const auto s = v.toObject();
        d.steps.push_back({ s[QLatin1String("name")].toString(), s[QLatin1String("stage")].toBool(),
            s[QLatin1String("property")].toString(), s[QLatin1String("value")].toString() });
    }
    d.windowValue = std::max(1, o[QLatin1String("window")].toInt(14));
    d.windowUnit = enumFromName(o[QLatin1String("window_unit")].toString(), kUnitNames, WindowUnit::Days);
    d.order = enumFromName(o[QLatin1String("order")].toString(), kOrderNames, analysis::FunnelOrder::Ordered);
    for (const auto& v : o[QLatin1String("exclusions")].toArray()) {
        const auto x = v.toObject();
        d.exclusions.push_back({ x[QLatin1String("event")].toString(), x[QLatin1String("from")].toInt(1),
            x[QLatin1String("to")].toInt(2) });
    }
    d.holdProperty = o[QLatin1String("hold")].toString();
    const char* const breakdownNames[] = { "none", "property", "segments" };
    d.breakdown = enumFromName(o[QLatin1String("breakdown")].toString(), breakdownNames, Breakdown::None);
    d.breakdownProperty = o[QLatin1String("breakdown_property")].toString();
    for (const auto& v : o[QLatin1String("breakdown_segments")].toArray())
        d.breakdownSegments << v.toString();
    return d;
}

analysis::FunnelQuery buildFunnelQuery(const analysis::Snapshot& s, const FunnelDefinition& d,
    const analysis::EventFilter& filter, analysis::CountingUnit unit)
{
    analysis::FunnelQuery q;
    for (const auto& step : d.steps)
        q.steps.push_back(makeStep(s, step));
    q.windowMs = d.windowMs();
    q.order = d.order;
    const int n = static_cast<int>(q.steps.size());
    for (const auto& x : d.exclusions) {
        analysis::FunnelExclusion e;
        e.label = toStd(x.event);
        e.types = analysis::resolveEventTypes(s, e.label);
        e.fromStep = x.fromStep;
        e.toStep = std::min(x.toStep, n);
        q.exclusions.push_back(std::move(e));
    }
    if (!d.holdProperty.isEmpty()) q.holdConstant = analysis::resolveProperty(s, toStd(d.holdProperty));
    if (d.breakdown == FunnelDefinition::Breakdown::Property && !d.breakdownProperty.isEmpty()) {
        q.breakdown.kind = analysis::FunnelBreakdown::Kind::Property;
        q.breakdown.property = analysis::resolveProperty(s, toStd(d.breakdownProperty));
    } else if (d.breakdown == FunnelDefinition::Breakdown::Segments && !d.breakdownSegments.isEmpty()) {
        q.breakdown.kind = analysis::FunnelBreakdown::Kind::Segments;
        for (const auto& name : d.breakdownSegments)
            q.breakdown.segments.push_back(toStd(name));
    }
    q.filter = filter;
    q.unit = unit;
    return q;
}

FunnelDefinition defaultFunnel(const analysis::Snapshot& s)
{
    FunnelDefinition d;
    const auto& types = s.eventTypes();
    const bool demo
        = std::all_of(demo::kFunnelEvents.begin(), demo::kFunnelEvents.end(), [&](std::string_view name) {
              return std::any_of(
                  types.begin(), types.end(), [&](const auto& t) { return t.displayName == name; });
          });
    if (demo) {
        for (std::string_view name : demo::kFunnelEvents)
            d.steps.push_back({ QString::fromUtf8(name.data(), qsizetype(name.size())), false, {}, {} });
        return d;
    }
    std::vector<int64_t> counts(types.size(), 0);
    for (uint32_t t : s.types())
        ++counts[t];
    std::vector<size_t> order(types.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return counts[a] > counts[b]; });
    for (size_t i = 0; i < order.size() && d.steps.size() < 3; ++i)
        if (counts[order[i]] > 0)
            d.steps.push_back({ QString::fromStdString(types[order[i]].displayName), false, {}, {} });
    return d;
}

std::optional<FunnelDefinition> loadSavedFunnel(store::Database& db)
{
    auto st = db.prepare("SELECT definition FROM views WHERE kind = 'funnel' ORDER BY ordinal, id LIMIT 1");
    if (!st.step()) return std::nullopt;
    const auto text = st.columnText(0);
    const auto doc = QJsonDocument::fromJson(QByteArray(text.data(), qsizetype(text.size())));
    if (!doc.isObject()) return std::nullopt;
    return FunnelDefinition::fromJson(doc.object());
}

void saveFunnel(store::Database& db, const FunnelDefinition& definition)
{
    const QByteArray json = QJsonDocument(definition.toJson()).toJson(QJsonDocument::Compact);
    const std::string_view text(json.constData(), size_t(json.size()));
    if (db.queryInt("SELECT count(*) FROM views WHERE kind = 'funnel'") > 0)
        db.prepare("UPDATE views SET definition = ? WHERE id = (SELECT id FROM views WHERE kind = 'funnel' "
                   "ORDER BY ordinal, id LIMIT 1)")
            .bind(1, text)
            .run();
    else
        db.prepare("INSERT INTO views(name, kind, definition, ordinal, created_at) VALUES('Funnel', "
                   "'funnel', ?, 0, ?)")
            .bind(1, text)
            .bind(2, int64_t(QDateTime::currentMSecsSinceEpoch()))
            .run();
}

} // namespace waymark::ui
