#include "demo_generator.h"

#include "../store/import_writer.h"
#include "../store/project.h"
#include "demo_model.h"

#include <chrono>

namespace waymark::demo {

namespace detail {

std::string_view platformName(Platform p)
{
    return p == Platform::Mobile ? "mobile" : "desktop";
}

std::string_view planName(Plan p)
{
    return p == Plan::Enterprise ? "enterprise" : "smb";
}

std::string_view channelName(Channel c)
{
    switch (c) {
    case Channel::Organic:
        return "organic";
    case Channel::PaidSearch:
        return "paid_search";
    case Channel::Referral:
        return "referral";
    case Channel::Partner:
        return "partner";
    case Channel::Social:
        return "social";
    default:
        return "email";
    }
}

std::string_view regionName(int region)
{
    static constexpr std::string_view kNames[] = { "EMEA", "North America", "APAC" };
    return kNames[region >= 0 && region < 3 ? region : 0];
}

std::array<Release, 5> releases(const DemoOptions& o)
{
    // Days before the last day of the data set, at 09:00 UTC.
    const int64_t lastDay = o.endMs / kDay * kDay;
    const auto at = [&](int daysBefore) { return lastDay - daysBefore * kDay + 9 * kHour; };
    return { {
        { at(78), "2.1.0", "Faster dashboards",
            "Dashboards load from a cache; first paint is twice as fast." },
        { at(57), "2.2.0", "Mobile onboarding refresh",
            "The onboarding checklist is reachable from the mobile menu." },
        { at(43), "2.3.0", "Project template gallery",
            "The blank-project form is replaced by a gallery of 24 templates with previews." },
        { at(29), "2.3.1", "Slack token refresh fix", "Slack connections no longer expire after 12 hours." },
        { at(15), "2.4.0", "Integration health checks",
            "Connected integrations show their last sync and errors." },
    } };
}

std::string_view appVersionAt(const DemoOptions& o, int64_t timeMs)
{
    std::string_view version = "2.0.4";
    for (const Release& r : releases(o))
        if (timeMs >= r.timeMs) version = r.version;
    return version;
}

void Props::keyPrefix(std::string_view key)
{
    if (!m_text.empty()) m_text.push_back(',');
    m_text.push_back('"');
    m_text.append(key);
    m_text.append("\":");
}

Props& Props::add(std::string_view key, std::string_view value)
{
    keyPrefix(key);
    m_text.push_back('"');
    for (char c : value) {
        if (c == '"' || c == '\\') m_text.push_back('\\');
        m_text.push_back(c);
    }
    m_text.push_back('"');
    return *this;
}

Props& Props::add(std::string_view key, int64_t value)
{
    keyPrefix(key);
    m_text.append(std::to_string(value));
    return *this;
}

Props& Props::add(std::string_view key, bool value)
{
    keyPrefix(key);
    m_text.append(value ? "true" : "false");
    return *this;
}

std::string Props::take()
{
    return std::move(m_text);
}

std::string Props::json()
{
    return cat({ "{", take(), "}" });
}

} // namespace detail

using namespace detail;

namespace {

void validate(const DemoOptions& o)
{
    if (o.users < 1 || o.users > 1000000)
        throw DemoError(cat(
            { "demo: the number of users must be between 1 and 1000000, not ", std::to_string(o.users) }));
    if (o.days < 14 || o.days > 3650)
        throw DemoError(
            cat({ "demo: the time span must be between 14 and 3650 days, not ", std::to_string(o.days) }));
}

} // namespace

DemoCounts generateDemo(const DemoOptions& options, ingest::RowSink& sink)
{
    validate(options);
    Population pop = drawPopulation(options);
    DemoCounts counts = pop.counts;
    int64_t line = 0;
    const auto cancelled = [&] {
        counts.cancelled = true;
        return counts;
    };
    if (!emitAnnotations(options, sink, counts, line)) return cancelled();

    std::vector<GeneratedEvent> events;
    std::string props;
    for (Person& p : pop.people) {
        drawJourney(options, p, events);
        for (const GeneratedEvent& e : events) {
            props.clear();
            props.push_back('{');
            props.append(e.props);
            props.append(",\"app_version\":\"");
            props.append(appVersionAt(options, e.timeMs));
            props.append("\"}");
            ingest::EventRow row;
            row.userId = e.identified ? std::string_view(p.userId) : std::string_view();
            row.anonymousId = e.anonymous ? std::string_view(p.anonymousId) : std::string_view();
            row.event = e.name;
            row.timeMs = e.timeMs;
            row.propsJson = props;
            row.line = ++line;
            sink.rowRead();
            if (!sink.event(row)) return cancelled();
            ++counts.events;
        }
    }
    if (!emitAccounts(options, pop.people, sink, counts, line)
        || !emitTickets(options, pop.people, sink, counts, line)
        || !emitFeedback(options, pop.people, sink, counts, line))
        return cancelled();
    return counts;
}

DemoSummary writeDemo(store::Project& project, const DemoOptions& options)
{
    validate(options);
    if (project.db().queryInt("SELECT count(*) FROM events") > 0)
        throw DemoError(
            project.path() + ": the project already has events; write the demo into a new project");
    const auto start = std::chrono::steady_clock::now();

    store::ImportSettings settings;
    settings.path = "demo";
    settings.format = "demo";
    settings.optionsJson
        = cat({ "{\"users\":", std::to_string(options.users), ",\"seed\":", std::to_string(options.seed),
            ",\"end_ms\":", std::to_string(options.endMs), ",\"days\":", std::to_string(options.days), "}" });
    DemoSummary summary;
    {
        store::ImportWriter writer(project.db(), settings);
        summary.generated = generateDemo(options, writer);
        writer.commit();
    }
    const store::ProjectInfo info = project.info();
    summary.users = info.users;
    summary.events = info.events;
    summary.sessions = info.sessions;
    summary.tickets = info.tickets;
    summary.feedback = info.feedback;
    summary.accounts = info.accounts;
    summary.annotations = info.annotations;
    summary.elapsedMs
        = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start)
              .count();
    return summary;
}

} // namespace waymark::demo
