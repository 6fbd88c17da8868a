#include "segment.h"

#include "core/store/database.h"
#include "snapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>
#include <stdexcept>

namespace waymark::analysis {

namespace {

struct OpName {
    RuleOp op;
    const char* name;
};
const OpName kOps[] = {
    { RuleOp::Eq, "eq" },
    { RuleOp::Ne, "ne" },
    { RuleOp::In, "in" },
    { RuleOp::NotIn, "not_in" },
    { RuleOp::Contains, "contains" },
    { RuleOp::NotContains, "not_contains" },
    { RuleOp::Gt, "gt" },
    { RuleOp::Gte, "gte" },
    { RuleOp::Lt, "lt" },
    { RuleOp::Lte, "lte" },
    { RuleOp::Exists, "exists" },
    { RuleOp::NotExists, "not_exists" },
};

std::string toStd(const QString& s)
{
    return s.toStdString();
}

std::string valueText(const QJsonValue& v)
{
    if (v.isString()) return toStd(v.toString());
    if (v.isBool()) return v.toBool() ? "true" : "false";
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9e15) return std::to_string(static_cast<int64_t>(d));
        return toStd(QString::number(d, 'g', 17));
    }
    throw std::invalid_argument("segment rule values must be strings, numbers or booleans");
}

double numberOf(std::string_view s)
{
    double v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || r.ec != std::errc() || r.ptr != s.data() + s.size()) return std::nan("");
    return v;
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

Condition conditionFromJson(const QJsonObject& o)
{
    if (o.contains(QLatin1String("segment")))
        return { SegmentRef { toStd(o.value(QLatin1String("segment")).toString()) } };
    if (o.contains(QLatin1String("conditions"))) return { conditionGroupFromJson(o) };
    PropertyRule rule;
    const QString scope = o.value(QLatin1String("scope")).toString(QStringLiteral("event"));
    if (scope == QLatin1String("user"))
        rule.property.scope = PropertyScope::User;
    else if (scope != QLatin1String("event"))
        throw std::invalid_argument(
            "segment rule scope must be \"event\" or \"user\", not \"" + toStd(scope) + "\"");
    rule.property.name = toStd(o.value(QLatin1String("property")).toString());
    if (rule.property.name.empty()) throw std::invalid_argument("segment rule without \"property\"");
    const std::string op = toStd(o.value(QLatin1String("op")).toString(QStringLiteral("eq")));
    const auto it
        = std::find_if(std::begin(kOps), std::end(kOps), [&](const OpName& n) { return op == n.name; });
    if (it == std::end(kOps)) throw std::invalid_argument("unknown segment rule op \"" + op + "\"");
    rule.op = it->op;
    if (o.contains(QLatin1String("values"))) {
        for (const auto& v : o.value(QLatin1String("values")).toArray())
            rule.values.push_back(valueText(v));
    } else if (o.contains(QLatin1String("value"))) {
        rule.values.push_back(valueText(o.value(QLatin1String("value"))));
    }
    if (rule.values.empty() && rule.op != RuleOp::Exists && rule.op != RuleOp::NotExists)
        throw std::invalid_argument("segment rule on \"" + rule.property.name + "\" needs a value");
    return { std::move(rule) };
}

class Evaluator {
public:
    Evaluator(const Snapshot& s, const SegmentLibrary& library, const jobs::CancelToken* cancel)
        : m_s(s)
        , m_library(library)
        , m_cancel(cancel)
    {
    }

    // Writes the group's per-event flags into out (resized to the event count).
    void group(const ConditionGroup& g, EventMask& out)
    {
        const size_t n = m_s.eventCount();
        out.assign(n, g.any ? 0 : 1);
        if (g.items.empty()) {
            std::fill(out.begin(), out.end(), 1);
            return;
        }
        EventMask part;
        for (const auto& item : g.items) {
            condition(item, part);
            if (g.any)
                for (size_t i = 0; i < n; ++i)
                    out[i] |= part[i];
            else
                for (size_t i = 0; i < n; ++i)
                    out[i] &= part[i];
        }
    }

private:
    void condition(const Condition& c, EventMask& out)
    {
        if (const auto* rule = std::get_if<PropertyRule>(&c.node)) {
            const auto column = m_s.propertyColumn(rule->property.scope, rule->property.name, m_cancel);
            const auto table = ruleMatchTable(*rule, *column);
            const size_t n = m_s.eventCount();
            out.resize(n);
            if (rule->property.scope == PropertyScope::Event) {
                for (size_t i = 0; i < n; ++i)
                    out[i] = table[column->codes[i]];
            } else {
                for (uint32_t u = 0; u < m_s.userCount(); ++u)
                    std::fill(out.begin() + m_s.userBegin(u), out.begin() + m_s.userEnd(u),
                        table[column->codes[u]]);
            }
        } else if (const auto* g = std::get_if<ConditionGroup>(&c.node)) {
            group(*g, out);
        } else {
            const auto& name = std::get<SegmentRef>(c.node).name;
            const auto it = m_library.find(name);
            if (it == m_library.end()) throw std::invalid_argument("no saved segment named \"" + name + "\"");
            if (!m_active.insert(name).second)
                throw std::invalid_argument("saved segment \"" + name + "\" refers to itself");
            group(it->second, out);
            m_active.erase(name);
        }
    }

    const Snapshot& m_s;
    const SegmentLibrary& m_library;
    const jobs::CancelToken* m_cancel;
    std::set<std::string> m_active;
};

} // namespace

const char* ruleOpName(RuleOp op)
{
    for (const auto& n : kOps)
        if (n.op == op) return n.name;
    return "eq";
}

ConditionGroup conditionGroupFromJson(const QJsonObject& object)
{
    ConditionGroup g;
    const QString match = object.value(QLatin1String("match")).toString(QStringLiteral("all"));
    if (match == QLatin1String("any"))
        g.any = true;
    else if (match != QLatin1String("all"))
        throw std::invalid_argument("segment \"match\" must be \"all\" or \"any\"");
    for (const auto& v : object.value(QLatin1String("conditions")).toArray()) {
        if (!v.isObject()) throw std::invalid_argument("segment conditions must be objects");
        g.items.push_back(conditionFromJson(v.toObject()));
    }
    return g;
}

QJsonObject toJson(const ConditionGroup& group)
{
    QJsonArray items;
    for (const auto& c : group.items) {
        if (const auto* rule = std::get_if<PropertyRule>(&c.node)) {
            QJsonArray values;
            for (const auto& v : rule->values)
                values.append(QString::fromStdString(v));
            QJsonObject o {
                { QStringLiteral("scope"),
                    rule->property.scope == PropertyScope::User ? QStringLiteral("user")
                                                                : QStringLiteral("event") },
                { QStringLiteral("property"), QString::fromStdString(rule->property.name) },
                { QStringLiteral("op"), QString::fromLatin1(ruleOpName(rule->op)) },
            };
            if (!values.isEmpty()) o.insert(QStringLiteral("values"), values);
            items.append(o);
        } else if (const auto* g = std::get_if<ConditionGroup>(&c.node)) {
            items.append(toJson(*g));
        } else {
            items.append(QJsonObject {
                { QStringLiteral("segment"), QString::fromStdString(std::get<SegmentRef>(c.node).name) } });
        }
    }
    return QJsonObject {
        { QStringLiteral("match"), group.any ? QStringLiteral("any") : QStringLiteral("all") },
        { QStringLiteral("conditions"), items },
    };
}

PropertyRule parseRuleText(std::string_view text)
{
    PropertyRule rule;
    // Longest operators first so that ">=" is not read as ">".
    static const std::pair<const char*, RuleOp> ops[] = {
        { "!=", RuleOp::Ne },
        { ">=", RuleOp::Gte },
        { "<=", RuleOp::Lte },
        { "!~", RuleOp::NotContains },
        { "!?", RuleOp::NotExists },
        { "=", RuleOp::Eq },
        { ">", RuleOp::Gt },
        { "<", RuleOp::Lt },
        { "~", RuleOp::Contains },
        { "?", RuleOp::Exists },
    };
    size_t best = std::string_view::npos;
    size_t bestLen = 0;
    for (const auto& [token, op] : ops) {
        const size_t at = text.find(token);
        if (at == std::string_view::npos) continue;
        const size_t len = std::char_traits<char>::length(token);
        if (at < best || (at == best && len > bestLen)) {
            best = at;
            bestLen = len;
            rule.op = op;
        }
    }
    if (best == std::string_view::npos || best == 0)
        throw std::invalid_argument("cannot read the condition \"" + std::string(text)
            + "\" (expected PROPERTY=VALUE, !=, >, >=, <, <=, ~ contains, ? exists)");
    std::string name(text.substr(0, best));
    if (name.rfind("user.", 0) == 0) {
        rule.property.scope = PropertyScope::User;
        name = name.substr(5);
    } else if (name.rfind("event.", 0) == 0) {
        name = name.substr(6);
    }
    rule.property.name = name;
    const std::string_view value = text.substr(best + bestLen);
    if (rule.op == RuleOp::Exists || rule.op == RuleOp::NotExists) {
        if (!value.empty())
            throw std::invalid_argument("nothing may follow ? or !? in \"" + std::string(text) + "\"");
        return rule;
    }
    size_t start = 0;
    while (true) {
        const size_t bar = value.find('|', start);
        rule.values.emplace_back(
            value.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
        if (bar == std::string_view::npos) break;
        start = bar + 1;
    }
    if (rule.values.size() > 1) {
        if (rule.op == RuleOp::Eq)
            rule.op = RuleOp::In;
        else if (rule.op == RuleOp::Ne)
            rule.op = RuleOp::NotIn;
    }
    return rule;
}

SegmentLibrary loadSegments(store::Database& db)
{
    SegmentLibrary library;
    auto st = db.prepare("SELECT name, definition FROM segments ORDER BY id");
    while (st.step()) {
        const std::string name(st.columnText(0));
        const auto text = st.columnText(1);
        QJsonParseError error;
        const auto doc
            = QJsonDocument::fromJson(QByteArray(text.data(), static_cast<qsizetype>(text.size())), &error);
        if (!doc.isObject())
            throw std::invalid_argument("saved segment \"" + name + "\": definition is not a JSON object");
        try {
            library.emplace(name, conditionGroupFromJson(doc.object()));
        } catch (const std::invalid_argument& e) {
            throw std::invalid_argument("saved segment \"" + name + "\": " + e.what());
        }
    }
    return library;
}

std::vector<uint8_t> ruleMatchTable(const PropertyRule& rule, const PropertyColumn& column)
{
    const uint32_t n = column.valueCount();
    std::vector<uint8_t> table(n, 0);
    std::vector<double> numbers;
    for (const auto& v : rule.values)
        numbers.push_back(numberOf(v));
    std::vector<std::string> lowered;
    if (rule.op == RuleOp::Contains || rule.op == RuleOp::NotContains)
        for (const auto& v : rule.values)
            lowered.push_back(lower(v));
    auto equalsAny = [&](uint32_t code) {
        for (size_t k = 0; k < rule.values.size(); ++k) {
            if (column.values[code] == rule.values[k]) return true;
            if (!std::isnan(numbers[k]) && !std::isnan(column.numbers[code])
                && numbers[k] == column.numbers[code])
                return true;
        }
        return false;
    };
    auto containsAny = [&](uint32_t code) {
        const std::string value = lower(column.values[code]);
        for (const auto& needle : lowered)
            if (value.find(needle) != std::string::npos) return true;
        return false;
    };
    auto compare = [&](uint32_t code) {
        const double v = column.numbers[code];
        if (numbers.empty() || std::isnan(v) || std::isnan(numbers[0])) return false;
        switch (rule.op) {
        case RuleOp::Gt:
            return v > numbers[0];
        case RuleOp::Gte:
            return v >= numbers[0];
        case RuleOp::Lt:
            return v < numbers[0];
        default:
            return v <= numbers[0];
        }
    };
    for (uint32_t code = 0; code < n; ++code) {
        const bool missing = code == 0;
        bool match = false;
        switch (rule.op) {
        case RuleOp::Eq:
        case RuleOp::In:
            match = !missing && equalsAny(code);
            break;
        case RuleOp::Ne:
        case RuleOp::NotIn:
            match = missing || !equalsAny(code);
            break;
        case RuleOp::Contains:
            match = !missing && containsAny(code);
            break;
        case RuleOp::NotContains:
            match = missing || !containsAny(code);
            break;
        case RuleOp::Gt:
        case RuleOp::Gte:
        case RuleOp::Lt:
        case RuleOp::Lte:
            match = !missing && compare(code);
            break;
        case RuleOp::Exists:
            match = !missing;
            break;
        case RuleOp::NotExists:
            match = missing;
            break;
        }
        table[code] = match ? 1 : 0;
    }
    return table;
}

EventMask evaluateConditions(const Snapshot& snapshot, const ConditionGroup& group,
    const SegmentLibrary& library, const jobs::CancelToken* cancel)
{
    EventMask out;
    Evaluator(snapshot, library, cancel).group(group, out);
    return out;
}

EventMask buildEventMask(const Snapshot& snapshot, const EventFilter& filter, const SegmentLibrary& library,
    const jobs::CancelToken* cancel)
{
    if (filter.empty()) return {};
    EventMask mask = filter.conditions.empty()
        ? EventMask(snapshot.eventCount(), 1)
        : evaluateConditions(snapshot, filter.conditions, library, cancel);
    if (filter.fromMs || filter.toMs) {
        const auto ts = snapshot.ts();
        const int64_t from = filter.fromMs.value_or(INT64_MIN);
        const int64_t to = filter.toMs.value_or(INT64_MAX);
        for (size_t i = 0; i < ts.size(); ++i)
            if (ts[i] < from || ts[i] >= to) mask[i] = 0;
    }
    return mask;
}

std::vector<uint8_t> segmentMembers(const Snapshot& snapshot, const ConditionGroup& group,
    const SegmentLibrary& library, const jobs::CancelToken* cancel)
{
    const EventMask mask = evaluateConditions(snapshot, group, library, cancel);
    std::vector<uint8_t> members(snapshot.userCount(), 0);
    for (uint32_t u = 0; u < snapshot.userCount(); ++u)
        members[u] = std::any_of(mask.begin() + snapshot.userBegin(u), mask.begin() + snapshot.userEnd(u),
                         [](uint8_t m) { return m != 0; })
            ? 1
            : 0;
    return members;
}

} // namespace waymark::analysis
