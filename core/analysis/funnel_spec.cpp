#include "funnel_spec.h"

#include "core/util/event_names.h"
#include "snapshot.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>

namespace waymark::analysis {

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t up = row[j];
            row[j] = std::min({ row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1) });
            diagonal = up;
        }
    }
    return row[b.size()];
}

// Splits "name[cond;cond]" into the name and its conditions.
std::pair<std::string_view, ConditionGroup> nameAndWhere(std::string_view text)
{
    text = trim(text);
    ConditionGroup where;
    const size_t open = text.find('[');
    if (open == std::string_view::npos) return { text, where };
    if (text.back() != ']')
        throw std::invalid_argument("step \"" + std::string(text) + "\": a condition list must end with ]");
    std::string_view inside = text.substr(open + 1, text.size() - open - 2);
    while (!inside.empty()) {
        const size_t semi = inside.find(';');
        const std::string_view part = trim(inside.substr(0, semi));
        if (!part.empty()) where.items.push_back({ parseRuleText(part) });
        if (semi == std::string_view::npos) break;
        inside.remove_prefix(semi + 1);
    }
    return { trim(text.substr(0, open)), where };
}

std::vector<uint32_t> stageTypes(const Snapshot& s, std::string_view stageName)
{
    const std::string wanted = lower(trim(stageName));
    for (const auto& stage : s.stages()) {
        if (lower(stage.name) != wanted) continue;
        std::vector<uint32_t> types;
        for (uint32_t t = 0; t < s.eventTypes().size(); ++t)
            if (s.eventTypes()[t].stageId == stage.id) types.push_back(t);
        if (types.empty())
            throw std::invalid_argument("journey stage \"" + stage.name + "\" has no event types");
        return types;
    }
    std::string known;
    for (const auto& stage : s.stages())
        known += (known.empty() ? "" : ", ") + stage.name;
    throw std::invalid_argument("no journey stage named \"" + std::string(stageName) + "\""
        + (known.empty() ? std::string(" (the project has no stages)") : " (stages: " + known + ")"));
}

} // namespace

std::optional<int64_t> parseWindow(std::string_view text)
{
    text = trim(text);
    const std::string t = lower(text);
    if (t == "none" || t == "unlimited" || t == "off") return std::nullopt;
    double value = 0;
    const auto r = std::from_chars(t.data(), t.data() + t.size(), value);
    if (r.ec != std::errc() || value < 0)
        throw std::invalid_argument(
            "cannot read the window \"" + std::string(text) + "\" (use e.g. 14d, 36h, 30min, 90s or none)");
    const std::string unit(trim(std::string_view(r.ptr, static_cast<size_t>(t.data() + t.size() - r.ptr))));
    double ms;
    if (unit == "ms")
        ms = 1;
    else if (unit == "s" || unit == "sec" || unit == "second" || unit == "seconds")
        ms = 1000;
    else if (unit == "min" || unit == "m" || unit == "minute" || unit == "minutes")
        ms = 60000;
    else if (unit == "h" || unit == "hour" || unit == "hours")
        ms = 3600000;
    else if (unit == "d" || unit == "day" || unit == "days")
        ms = 86400000;
    else if (unit == "w" || unit == "week" || unit == "weeks")
        ms = 7 * 86400000.0;
    else
        throw std::invalid_argument(
            "unknown window unit in \"" + std::string(text) + "\" (use s, min, h or d)");
    return static_cast<int64_t>(value * ms + 0.5);
}

std::vector<std::string> splitStepList(std::string_view text)
{
    std::vector<std::string> out;
    int depth = 0;
    std::string current;
    for (char c : text) {
        if (c == '[')
            ++depth;
        else if (c == ']' && depth > 0)
            --depth;
        if (c == ',' && depth == 0) {
            out.emplace_back(trim(current));
            current.clear();
            continue;
        }
        current.push_back(c);
    }
    if (!trim(current).empty() || !out.empty()) out.emplace_back(trim(current));
    return out;
}

std::vector<std::string> closeEventNames(const Snapshot& s, std::string_view name, size_t limit)
{
    const std::string key = canonicalEventKey(name);
    std::vector<std::pair<size_t, std::string>> scored;
    for (const auto& t : s.eventTypes()) {
        const size_t d = editDistance(key, t.canonical);
        const bool sub = !key.empty()
            && (t.canonical.find(key) != std::string::npos || key.find(t.canonical) != std::string::npos);
        const size_t allowed = std::max<size_t>(2, key.size() / 3);
        if (d <= allowed || sub) scored.emplace_back(sub ? std::min(d, allowed) : d, t.displayName);
    }
    std::sort(scored.begin(), scored.end());
    std::vector<std::string> out;
    for (const auto& [d, n] : scored)
        if (out.size() < limit && std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
    return out;
}

std::vector<uint32_t> resolveEventTypes(const Snapshot& s, std::string_view name)
{
    name = trim(name);
    const std::string key = canonicalEventKey(name);
    std::vector<uint32_t> types;
    for (uint32_t t = 0; t < s.eventTypes().size(); ++t) {
        const auto& info = s.eventTypes()[t];
        if (info.displayName == name || info.canonical == key) types.push_back(t);
    }
    if (!types.empty()) return types;
    const auto close = closeEventNames(s, name);
    std::string message = "unknown event \"" + std::string(name) + "\"";
    if (!close.empty()) {
        message += "; did you mean ";
        for (size_t i = 0; i < close.size(); ++i)
            message += (i ? ", " : "") + ("\"" + close[i] + "\"");
        message += "?";
    } else if (s.eventTypes().empty()) {
        message += "; the project has no events";
    } else {
        message += "; no event type has a similar name";
    }
    throw std::invalid_argument(message);
}

FunnelStep parseStep(const Snapshot& s, std::string_view text)
{
    auto [name, where] = nameAndWhere(text);
    if (name.empty()) throw std::invalid_argument("empty step name in the step list");
    FunnelStep step;
    step.label = std::string(trim(text));
    step.where = std::move(where);
    if (lower(name.substr(0, 6)) == "stage:")
        step.types = stageTypes(s, name.substr(6));
    else
        step.types = resolveEventTypes(s, name);
    return step;
}

FunnelExclusion parseExclusion(const Snapshot& s, std::string_view text, int stepCount)
{
    text = trim(text);
    FunnelExclusion x;
    x.fromStep = 1;
    x.toStep = stepCount;
    std::string_view body = text;
    // The range follows the last colon outside brackets ("X:1-2", "X[a=b]:2-3"); a colon followed
    // by a name instead ("stage:Checkout") is part of the step.
    const size_t close = text.rfind(']');
    const size_t colon = text.rfind(':');
    if (colon != std::string_view::npos && (close == std::string_view::npos || colon > close)) {
        const std::string_view range = trim(text.substr(colon + 1));
        if (!range.empty() && range.front() >= '0' && range.front() <= '9') {
            const size_t dash = range.find('-');
            int from = 0, to = 0;
            const char* end = range.data() + range.size();
            const auto r1 = std::from_chars(range.data(), range.data() + std::min(dash, range.size()), from);
            const auto r2
                = dash == std::string_view::npos ? r1 : std::from_chars(range.data() + dash + 1, end, to);
            if (dash == std::string_view::npos || r1.ec != std::errc() || r1.ptr != range.data() + dash
                || r2.ec != std::errc() || r2.ptr != end)
                throw std::invalid_argument("cannot read the exclusion \"" + std::string(text)
                    + "\" (use EVENT:FROM-TO, e.g. support_chat:1-2)");
            x.fromStep = from;
            x.toStep = to;
            body = text.substr(0, colon);
        }
    }
    const FunnelStep matched = parseStep(s, body);
    x.label = std::string(body);
    x.types = matched.types;
    x.where = matched.where;
    if (x.fromStep < 1 || x.toStep > stepCount || x.fromStep >= x.toStep)
        throw std::invalid_argument("exclusion \"" + std::string(text)
            + "\": steps must satisfy 1 <= FROM < TO <= " + std::to_string(stepCount));
    return x;
}

PropertyRef resolveProperty(const Snapshot& s, std::string_view text)
{
    text = trim(text);
    if (text.substr(0, 5) == "user.") return { PropertyScope::User, std::string(text.substr(5)) };
    if (text.substr(0, 6) == "event.") return { PropertyScope::Event, std::string(text.substr(6)) };
    bool user = false;
    for (const auto& k : s.propertyKeys()) {
        if (k.name != text) continue;
        if (k.scope == PropertyScope::Event) return { PropertyScope::Event, std::string(text) };
        user = true;
    }
    return { user ? PropertyScope::User : PropertyScope::Event, std::string(text) };
}

} // namespace waymark::analysis
