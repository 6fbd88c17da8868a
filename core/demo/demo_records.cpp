// The rows around the clickstream: release notes, CRM accounts, support tickets and NPS answers.
#include "demo_model.h"
#include "demo_texts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace waymark::demo::detail {

namespace {

std::string_view providerTitle(std::string_view provider)
{
    static constexpr std::pair<std::string_view, std::string_view> kTitles[]
        = { { "slack", "Slack" }, { "salesforce", "Salesforce" }, { "hubspot", "HubSpot" },
              { "github", "GitHub" }, { "jira", "Jira" }, { "google_sheets", "Google Sheets" } };
    for (const auto& [id, title] : kTitles)
        if (id == provider) return title;
    return provider;
}

// Fills {first} {provider} {Provider} {template} {error} in a text template.
std::string fill(std::string_view text, const Person& p, Rng& rng)
{
    static constexpr std::string_view kTemplateNames[]
        = { "Client Onboarding", "Sales Pipeline", "Engineering Sprint", "Marketing Launch" };
    static constexpr std::string_view kErrors[] = { "invalid_api_key", "oauth_timeout", "missing_scope" };
    const std::string provider = p.provider.empty() ? std::string("slack") : p.provider;
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '{') {
            const size_t close = text.find('}', i);
            const std::string_view key = text.substr(i + 1, close - i - 1);
            if (key == "first")
                out += p.firstName;
            else if (key == "provider")
                out += provider;
            else if (key == "Provider")
                out += providerTitle(provider);
            else if (key == "template")
                out += rng.pick<std::string_view>(kTemplateNames);
            else if (key == "error")
                out += rng.pick<std::string_view>(kErrors);
            i = close + 1;
        } else {
            out.push_back(text[i++]);
        }
    }
    return out;
}

std::string iso(int64_t ms)
{
    const int64_t days = ms / kDay;
    // Civil date from days since the epoch (Hinnant), to avoid QDateTime in a hot loop.
    const int64_t z = days + 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", static_cast<long long>(y),
        static_cast<long long>(m), static_cast<long long>(d));
    return buf;
}

struct PendingTicket {
    int person;
    size_t theme;
    int64_t createdMs;
};

// Whose problem becomes which ticket, and when: people stuck at the matching step, weighted by how
// visibly they struggled.
std::vector<PendingTicket> chooseTickets(const DemoOptions& o, const std::vector<Person>& people)
{
    std::vector<PendingTicket> out;
    const int64_t harmful = releases(o)[kHarmfulRelease].timeMs;
    for (size_t theme = 0; theme < kTicketThemes.size(); ++theme) {
        Rng rng(streamSeed(o.seed, StreamTickets, theme));
        std::vector<int> pool;
        std::vector<double> weights;
        for (const Person& p : people) {
            double w = 0;
            switch (theme) {
            case 0: // unclear integration instructions
                if (p.completed == 4)
                    w = (1 + 1.5 * p.rageBursts + 0.5 * p.integrationFailures)
                        * (p.platform == Platform::Mobile ? 1.3 : 1);
                break;
            case 1: // can't find team settings
                if (p.completed >= 2)
                    w = p.inviteBackLoop ? (p.completed == 2 ? 8 : 3) : (p.completed == 2 ? 1 : 0.2);
                break;
            case 2: // project template confusion
                if (p.completed >= 3)
                    w = (p.completed == 3 ? 4 : 0.6) * (p.plannedMs(3) >= harmful ? 2.5 : 1)
                        * (p.templatePreviews >= 3 ? 1.5 : 1);
                break;
            case 3: // billing
                w = p.completed >= 1 ? (p.completed >= 4 ? 2 : 1) : 0;
                break;
            case 4: // login / SSO
                w = p.completed >= 1 ? (p.plan == Plan::Enterprise ? 3 : 1) : 0;
                break;
            default: // data export
                w = p.completed >= 4 ? 1 : 0;
                break;
            }
            if (w > 0) {
                pool.push_back(p.index);
                weights.push_back(w);
            }
        }
        const int64_t wanted = std::llround(
            static_cast<double>(kTicketThemes[theme].countAtDefaultSize) * o.users / kDefaultUsers);
        for (int i : chooseWeighted(rng, pool, weights, static_cast<size_t>(std::max<int64_t>(0, wanted)))) {
            const Person& p = people[static_cast<size_t>(i)];
            int64_t after;
            if (theme <= 2) {
                after = p.stepExitMs[theme == 0 ? 4 : theme == 1 ? 2 : 3];
            } else {
                after = p.stepExitMs[0]
                    + static_cast<int64_t>(
                        rng.uniform() * static_cast<double>(p.lastEventMs - p.stepExitMs[0]));
            }
            const int64_t delay = std::clamp<int64_t>(
                static_cast<int64_t>(rng.lognormalWithMean(3.0 * kHour, 1.0)), 4 * kMinute, 2 * kDay);
            out.push_back({ i, theme, std::min(after + delay, o.endMs - kMinute) });
        }
    }
    std::sort(out.begin(), out.end(), [](const PendingTicket& a, const PendingTicket& b) {
        return a.createdMs != b.createdMs ? a.createdMs < b.createdMs : a.person < b.person;
    });
    return out;
}

} // namespace

bool emitAnnotations(const DemoOptions& o, ingest::RowSink& sink, DemoCounts& counts, int64_t& line)
{
    for (const Release& r : releases(o)) {
        ingest::AnnotationRow row;
        row.timeMs = r.timeMs;
        row.title = r.title;
        row.description = r.description;
        row.kind = "release";
        row.version = r.version;
        row.line = ++line;
        sink.rowRead();
        if (!sink.annotation(row)) return false;
        ++counts.annotations;
    }
    return true;
}

bool emitAccounts(const DemoOptions& o, const std::vector<Person>& people, ingest::RowSink& sink,
    DemoCounts& counts, int64_t& line)
{
    static constexpr std::string_view kIndustries[] = { "software", "healthcare", "logistics",
        "financial_services", "retail", "manufacturing", "media", "professional_services" };
    for (const Person& p : people) {
        if (!p.signedUp()) continue;
        Rng rng(streamSeed(o.seed, StreamAccounts, static_cast<uint64_t>(p.index)));
        const bool enterprise = p.plan == Plan::Enterprise;
        // The price the account was quoted for its plan: seats for SMB, a platform fee at scale.
        const int64_t seats = std::clamp<int64_t>(
            std::llround(static_cast<double>(p.companySize) * rng.uniform(0.15, 0.7)), 3, 80);
        const double mrr = enterprise
            ? std::min(15000.0, 50.0 * std::round((1500 + 0.35 * static_cast<double>(p.companySize)) / 50))
            : static_cast<double>(29 + 12 * seats);
        const std::string_view segment = p.companySize >= 1000 ? "Enterprise"
            : p.companySize >= 100                             ? "Mid-Market"
                                                               : "SMB";
        const int64_t trialEnd = p.stepExitMs[0] + 14 * kDay;
        const std::string_view status = p.completed >= 6 ? "converted"
            : trialEnd > o.endMs                         ? "active"
                                                         : "expired";
        Props props;
        props.add("industry", rng.pick<std::string_view>(kIndustries)).add("region", regionName(p.region));
        props.add("seats", seats).add("trial_started", iso(p.stepExitMs[0])).add("trial_status", status);
        const std::string propsJson = props.json();

        ingest::AccountRow row;
        row.accountId = p.accountId;
        row.name = p.company;
        row.plan = planName(p.plan);
        row.mrr = mrr;
        row.companySize = p.companySize;
        row.segment = segment;
        row.userRef = p.userId;
        row.email = p.email;
        row.propsJson = propsJson;
        row.line = ++line;
        sink.rowRead();
        if (!sink.account(row)) return false;
        ++counts.accountRows;
        // Invited teammates are members by email only: they never show up in the trial's events.
        for (int i = 0; i < p.invitees; ++i) {
            std::string email;
            for (char c : rng.pick(firstNames()))
                email.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
            email = cat({ email, ".", std::to_string(i + 1), "@", p.domain });
            ingest::AccountRow member;
            member.accountId = p.accountId;
            member.email = email;
            member.line = ++line;
            sink.rowRead();
            if (!sink.account(member)) return false;
            ++counts.accountRows;
        }
    }
    return true;
}

bool emitTickets(const DemoOptions& o, std::vector<Person>& people, ingest::RowSink& sink, DemoCounts& counts,
    int64_t& line)
{
    const std::vector<PendingTicket> pending = chooseTickets(o, people);
    int number = 10001;
    for (const PendingTicket& t : pending) {
        Person& p = people[static_cast<size_t>(t.person)];
        ++p.tickets;
        const TicketTexts& texts = ticketTexts(t.theme);
        Rng rng(streamSeed(o.seed, StreamTickets, 1000 + static_cast<uint64_t>(number)));
        const std::string id = cat({ "T-", std::to_string(number++) });
        const size_t subjectIndex = static_cast<size_t>(rng.below(texts.subjects.size()));
        const size_t bodyIndex
            = texts.paired ? subjectIndex : static_cast<size_t>(rng.below(texts.bodies.size()));
        const std::string subject = fill(texts.subjects[subjectIndex], p, rng);
        const std::string body = fill(texts.bodies[bodyIndex], p, rng);
        const bool enterprise = p.plan == Plan::Enterprise;

        // The conversation: the question, an answer hours later, sometimes a follow-up and a close.
        struct Message {
            int64_t timeMs;
            std::string_view author;
            std::string body;
        };
        std::vector<Message> messages { { t.createdMs, "user", body } };
        int64_t clock = t.createdMs
            + std::clamp<int64_t>(
                static_cast<int64_t>(rng.lognormalWithMean(5.0 * kHour, 0.9)), 10 * kMinute, 3 * kDay);
        bool answered = false;
        if (clock < o.endMs) {
            messages.push_back({ clock, "admin", fill(rng.pick(texts.replies), p, rng) });
            answered = true;
            clock += std::clamp<int64_t>(
                static_cast<int64_t>(rng.exponential(10.0 * kHour)), 5 * kMinute, 4 * kDay);
            if (clock < o.endMs && rng.chance(0.55))
                messages.push_back({ clock, "user", std::string(rng.pick(texts.followUps)) });
        }
        const bool old = o.endMs - t.createdMs > 7 * kDay;
        std::string_view status;
        if (!answered)
            status = "open";
        else if (old)
            status = rng.chance(0.7) ? "solved" : rng.chance(0.6) ? "closed" : "pending";
        else
            status = rng.chance(0.5) ? "open" : rng.chance(0.6) ? "pending" : "solved";
        const bool done = status == "solved" || status == "closed";
        std::string_view satisfaction;
        if (done && rng.chance(0.6)) satisfaction = rng.chance(t.theme == 0 ? 0.45 : 0.25) ? "bad" : "good";
        static constexpr std::string_view kEnterprisePriorities[] = { "normal", "high", "high", "urgent" };
        static constexpr std::string_view kSmbPriorities[] = { "low", "normal", "normal", "normal", "high" };
        const std::string_view priority = enterprise ? rng.pick<std::string_view>(kEnterprisePriorities)
                                                     : rng.pick<std::string_view>(kSmbPriorities);
        static constexpr double kChannelWeights[] = { 0.45, 0.40, 0.15 };
        static constexpr std::string_view kChannels[] = { "email", "chat", "web" };
        const std::string tags = cat({ texts.tags, ",", planName(p.plan) });
        Props props;
        props.add("theme", kTicketThemes[t.theme].name).add("platform", platformName(p.platform));
        const std::string propsJson = props.json();

        ingest::TicketRow row;
        row.externalId = id;
        row.userRef = p.userId;
        row.email = p.email;
        row.createdMs = t.createdMs;
        row.updatedMs = messages.back().timeMs;
        row.subject = subject;
        row.body = body;
        row.status = status;
        row.priority = priority;
        row.channel = kChannels[rng.weighted(kChannelWeights)];
        row.tags = tags;
        row.satisfaction = satisfaction;
        row.propsJson = propsJson;
        row.line = ++line;
        sink.rowRead();
        if (!sink.ticket(row)) return false;
        ++counts.tickets;
        for (const Message& m : messages) {
            ingest::TicketMessageRow mr;
            mr.ticketExternalId = id;
            mr.timeMs = m.timeMs;
            mr.authorType = m.author;
            mr.body = m.body;
            mr.line = ++line;
            sink.rowRead();
            if (!sink.ticketMessage(mr)) return false;
            ++counts.ticketMessages;
        }
    }
    return true;
}

bool emitFeedback(const DemoOptions& o, const std::vector<Person>& people, ingest::RowSink& sink,
    DemoCounts& counts, int64_t& line)
{
    for (const Person& p : people) {
        if (!p.signedUp()) continue;
        Rng rng(streamSeed(o.seed, StreamFeedback, static_cast<uint64_t>(p.index)));
        const bool responds = rng.chance(p.completed >= 4 ? 0.35 : 0.25);
        const int64_t at = p.stepExitMs[0] + 7 * kDay + static_cast<int64_t>(rng.uniform(0, 36.0 * kHour));
        if (!responds || at > o.endMs - 10 * kMinute) continue;
        // Friction costs points: the people who struggled are the detractors.
        const bool stuckAtIntegration = p.completed == 4;
        const bool templateTrouble = p.completed == 3 && p.templatePreviews >= 3;
        double score = 7.2 + 0.45 * p.completed + 1.3 * rng.normal();
        score -= p.inviteBackLoop ? 1.5 : 0;
        score -= p.rageBursts > 0 ? 1.5 : 0;
        score -= stuckAtIntegration ? 2.0 : 0;
        score -= templateTrouble ? 1.5 : 0;
        score -= p.tickets > 0 ? 1.0 : 0;
        score -= p.platform == Platform::Mobile ? 0.5 : 0;
        const int nps = static_cast<int>(std::clamp<int64_t>(std::llround(score), 0, 10));

        NpsDriver driver = NpsDriver::General;
        if (stuckAtIntegration || p.rageBursts > 0)
            driver = NpsDriver::Integration;
        else if (p.inviteBackLoop)
            driver = NpsDriver::TeamSettings;
        else if (p.completed == 3)
            driver = NpsDriver::Templates;
        const std::span<const std::string_view> comments = npsComments(nps, driver);
        const double commentOdds = nps <= 6 ? 0.85 : nps <= 8 ? 0.55 : 0.6;
        const std::string comment
            = rng.chance(commentOdds) ? fill(rng.pick(comments), p, rng) : std::string();
        Props props;
        props.add("survey", "trial_day_7")
            .add("platform", platformName(p.platform))
            .add("plan", planName(p.plan));
        const std::string propsJson = props.json();
        const std::string id = cat({ "nps_", std::to_string(100001 + p.index) });

        ingest::FeedbackRow row;
        row.externalId = id;
        row.userRef = p.userId;
        row.email = p.email;
        row.timeMs = at;
        row.kind = "nps";
        row.score = nps;
        row.comment = comment;
        row.propsJson = propsJson;
        row.line = ++line;
        sink.rowRead();
        if (!sink.feedback(row)) return false;
        ++counts.feedback;
    }
    return true;
}

} // namespace waymark::demo::detail
