// One person's clickstream: marketing visits, sign-up, the onboarding steps they reach, and what they
// do afterwards. The fates (how far they get, whether they loop on the invite page) are given; this
// file only decides how it looks and when it happens.
#include "demo_model.h"

#include <algorithm>

namespace waymark::demo::detail {

namespace {

constexpr std::string_view kMarketingPages[] = { "/features", "/pricing", "/customers", "/integrations",
    "/security", "/blog/onboarding-checklist", "/blog/automate-handoffs" };
constexpr std::string_view kHelpArticles[]
    = { "Getting started", "Inviting teammates", "Choosing a project template", "Connecting your CRM",
          "Workflow triggers explained", "Keyboard shortcuts" };
constexpr std::string_view kSettingsSections[]
    = { "profile", "notifications", "workspace", "billing", "security" };
constexpr std::string_view kSearchQueries[]
    = { "team settings", "invite users", "template", "api key", "webhook", "slack", "members", "billing" };
constexpr std::string_view kNotificationKinds[]
    = { "trial_reminder", "teammate_joined", "workflow_digest", "onboarding_tip" };
constexpr std::string_view kTooltips[]
    = { "welcome_tour", "project_sidebar", "workflow_canvas", "shortcut_hint" };
constexpr std::string_view kRoles[] = { "operations", "engineering", "marketing", "sales", "founder", "it" };
constexpr std::string_view kTemplates[] = { "Blank", "Client Onboarding", "Sales Pipeline",
    "Engineering Sprint", "Marketing Launch", "IT Requests" };
constexpr std::string_view kIntegrationErrors[]
    = { "invalid_api_key", "oauth_timeout", "missing_scope", "webhook_unreachable" };
constexpr std::string_view kWorkflowErrors[] = { "step_timeout", "missing_field_mapping", "auth_expired" };
constexpr std::string_view kBackTargets[]
    = { "/onboarding/profile", "/settings", "/settings/workspace", "/dashboard" };

std::string_view landingPage(Channel c)
{
    switch (c) {
    case Channel::PaidSearch:
        return "/lp/free-trial";
    case Channel::Partner:
        return "/partners/marketplace";
    case Channel::Social:
        return "/blog/automate-handoffs";
    case Channel::Email:
        return "/webinar/onboarding-at-scale";
    default:
        return "/";
    }
}

std::string_view drawProvider(Rng& rng, const Person& p)
{
    static constexpr std::string_view kProviders[]
        = { "slack", "salesforce", "hubspot", "github", "jira", "google_sheets" };
    const double enterprise = p.plan == Plan::Enterprise ? 1.0 : 0.0;
    const double weights[] = { 0.25, 0.10 + 0.25 * enterprise, 0.20, 0.15, 0.15 + 0.1 * enterprise, 0.15 };
    return kProviders[rng.weighted(weights)];
}

class Journey {
public:
    Journey(const DemoOptions& options, Person& person, Rng& rng, std::vector<GeneratedEvent>& out)
        : m_options(options)
        , m_p(person)
        , m_rng(rng)
        , m_out(out)
    {
    }

    void run()
    {
        visits();
        m_p.stepExitMs[0] = m_clock;
        for (int step = 1; step < 6 && m_p.completed >= step; ++step) {
            const auto k = static_cast<size_t>(step);
            if (m_p.newSession[k])
                returningSession(nextSessionStart(m_clock, m_p.sessionDays[k], m_p.sessionTimeOfDay[k]));
            maybeNoise(0.15);
            const bool converts = m_p.completed > step;
            switch (step) {
            case 1:
                profile(converts);
                break;
            case 2:
                invite(converts);
                break;
            case 3:
                project(converts);
                break;
            case 4:
                integration(converts);
                break;
            default:
                workflow(converts);
                break;
            }
            m_p.stepExitMs[static_cast<size_t>(step)] = m_clock;
        }
        finish();
    }

private:
    void startSession(int64_t t)
    {
        m_clock = t;
        m_sessionStart = true;
        m_pendingGap = -1;
    }

    // Think time between two actions in one session: mostly seconds, sometimes minutes, never long
    // enough to split the session.
    int64_t think()
    {
        return std::clamp<int64_t>(
            static_cast<int64_t>(m_rng.lognormalWithMean(28.0 * kSecond, 0.9)), 2 * kSecond, 8 * kMinute);
    }

    void emit(std::string_view name, Props props = {}, int64_t gap = -1)
    {
        if (m_sessionStart)
            gap = 0;
        else if (m_pendingGap >= 0)
            gap = m_pendingGap;
        else if (gap < 0)
            gap = think();
        m_sessionStart = false;
        m_pendingGap = -1;
        m_clock += gap;
        props.add("platform", platformName(m_p.platform)).add("channel", channelName(m_p.channel));
        if (m_identified) props.add("plan", planName(m_p.plan));
        m_out.push_back({ m_clock, name, props.take(), !m_identified || m_stitching, m_identified });
        m_stitching = false;
    }

    void page(std::string_view path) { emit("Page Viewed", std::move(Props().add("page", path))); }

    void noise()
    {
        switch (m_rng.below(6)) {
        case 0:
            emit("Help Center Viewed",
                std::move(Props().add("article", m_rng.pick<std::string_view>(kHelpArticles))));
            break;
        case 1:
            emit("Settings Opened",
                std::move(Props().add("section", m_rng.pick<std::string_view>(kSettingsSections))));
            break;
        case 2:
            emit("Notification Clicked",
                std::move(Props().add("kind", m_rng.pick<std::string_view>(kNotificationKinds))));
            break;
        case 3:
            emit("Search Performed",
                std::move(Props().add("query", m_rng.pick<std::string_view>(kSearchQueries))));
            break;
        case 4:
            emit("Tooltip Dismissed", std::move(Props().add("tip", m_rng.pick<std::string_view>(kTooltips))));
            break;
        default:
            emit("Changelog Viewed");
            break;
        }
    }

    void maybeNoise(double p)
    {
        while (m_rng.chance(p)) {
            noise();
            p /= 3;
        }
    }

    void returningSession(int64_t start)
    {
        startSession(start);
        if (m_rng.chance(0.3)) emit("Notification Clicked", std::move(Props().add("kind", "trial_reminder")));
        page("/dashboard");
    }

    // Several clicks on one spot about 200 ms apart, then the summary event session replay tools emit.
    void rageBurst(std::string_view pagePath, std::string_view selector)
    {
        const int clicks = m_rng.between(3, 7);
        const int x = m_rng.between(180, 1100);
        const int y = m_rng.between(120, 700);
        for (int i = 0; i < clicks; ++i) {
            Props props;
            props.add("page", pagePath).add("selector", selector).add("x", x + m_rng.between(-3, 3));
            props.add("y", y + m_rng.between(-3, 3));
            emit("Element Clicked", std::move(props), i == 0 ? -1 : m_rng.between(180, 220));
        }
        Props props;
        props.add("page", pagePath).add("selector", selector).add("clicks", clicks).add("x", x).add("y", y);
        emit("Rage Click", std::move(props), 0);
        ++m_p.rageBursts;
    }

    void back(std::string_view from, std::string_view to)
    {
        emit("Back Clicked", std::move(Props().add("page", from).add("to", to)));
        page(to);
    }

    void visits()
    {
        const size_t count = m_p.visitStarts.size();
        for (size_t v = 0; v < count; ++v) {
            startSession(m_p.visitStarts[v]);
            if (v == 0) {
                Props props;
                props.add("page", landingPage(m_p.channel)).add("utm_source", channelName(m_p.channel));
                emit("Page Viewed", std::move(props));
            } else {
                page(m_rng.chance(0.5) ? "/" : "/pricing");
            }
            const int pages = m_rng.between(0, 2);
            for (int i = 0; i < pages; ++i)
                page(m_rng.pick<std::string_view>(kMarketingPages));
        }
        page("/signup");
        if (!m_p.signedUp()) {
            if (m_rng.chance(0.45)) emit("Signup Form Started");
            return;
        }
        if (m_rng.chance(0.6)) emit("Signup Form Started");
        m_identified = true;
        m_stitching = true; // the one event that names both the device and the account
        static constexpr std::string_view kMethods[] = { "email", "google", "microsoft" };
        Props props;
        props.add("method", m_rng.pick<std::string_view>(kMethods)).add("company_size", m_p.companySize);
        emit("Account Created", std::move(props));
    }

    void profile(bool converts)
    {
        page("/onboarding/profile");
        if (m_rng.chance(0.35)) emit("Profile Photo Uploaded");
        maybeNoise(0.1);
        if (converts) {
            Props props;
            props.add("role", m_rng.pick<std::string_view>(kRoles)).add("team_size", m_rng.between(2, 40));
            emit("Profile Setup Completed", std::move(props));
        } else if (m_rng.chance(0.5)) {
            noise();
        }
    }

    void invite(bool converts)
    {
        page(kInvitePage);
        int backs;
        if (m_p.inviteBackLoop) {
            static constexpr double kLoopWeights[] = { 0.4, 0.3, 0.2, 0.1 };
            backs = 3 + static_cast<int>(m_rng.weighted(kLoopWeights));
        } else {
            static constexpr double kWeights[] = { 0.55, 0.30, 0.15 };
            backs = static_cast<int>(m_rng.weighted(kWeights));
        }
        for (int i = 0; i < backs; ++i) {
            back(kInvitePage, m_rng.pick<std::string_view>(kBackTargets));
            if (m_p.inviteBackLoop && m_rng.chance(0.3)) // hunting for where teammates are managed
                emit("Search Performed",
                    std::move(Props().add("query", i % 2 ? "invite users" : "team settings")));
            page(kInvitePage);
        }
        m_p.inviteBackClicks = backs;
        if (converts) {
            m_p.invitees = m_p.plan == Plan::Enterprise ? m_rng.between(2, 8) : m_rng.between(1, 4);
            Props props;
            props.add("invitees", m_p.invitees).add("role", m_rng.chance(0.8) ? "member" : "admin");
            emit("Team Invitation Sent", std::move(props));
        } else if (m_rng.chance(0.4)) {
            emit("Help Center Viewed", std::move(Props().add("article", "Inviting teammates")));
        }
    }

    void project(bool converts)
    {
        page("/projects/new");
        const bool afterRelease = m_p.plannedMs(3) >= releases(m_options)[kHarmfulRelease].timeMs;
        const bool confused = afterRelease ? m_rng.chance(0.7) : (!converts && m_rng.chance(0.4));
        const int previews = confused ? m_rng.between(3, 7) : m_rng.between(1, 3);
        for (int i = 0; i < previews; ++i) {
            emit("Project Template Previewed",
                std::move(Props().add("template", m_rng.pick<std::string_view>(kTemplates))));
            if (confused && m_rng.chance(0.3)) {
                back("/projects/new", "/dashboard");
                page("/projects/new");
            }
        }
        m_p.templatePreviews = previews;
        if (confused && m_rng.chance(0.15)) rageBurst("/projects/new", "div.template-card");
        if (converts) {
            Props props;
            props.add("template", m_rng.pick<std::string_view>(kTemplates));
            props.add("project_id", cat({ "prj_", std::to_string(100001 + m_p.index) }));
            emit("Project Created", std::move(props));
        } else if (m_rng.chance(0.45)) {
            emit("Help Center Viewed", std::move(Props().add("article", "Choosing a project template")));
        }
    }

    void integration(bool converts)
    {
        m_p.provider = std::string(drawProvider(m_rng, m_p));
        const std::string_view provider = m_p.provider;
        const bool mobile = m_p.platform == Platform::Mobile;
        const int failures = m_p.integrationFailures;
        const bool tries = converts || failures > 0; // no failures without success: gave up before trying
        const double rage = converts ? (mobile ? 0.2 : 0.08) : (mobile ? 0.6 : 0.3);
        const int attempts = static_cast<int>(m_p.integrationDwellMs.size());
        for (int a = 0; a < attempts; ++a) {
            page(kIntegrationPage);
            m_pendingGap = m_p.integrationDwellMs[static_cast<size_t>(a)]; // reading the setup instructions
            if (m_rng.chance(rage)) rageBurst(kIntegrationPage, "button#connect");
            // Someone who gives up without trying went looking for better instructions first, so the
            // page view is always followed by something within the dwell.
            if (!tries || m_rng.chance(converts ? 0.25 : 0.5))
                emit("Help Center Viewed", std::move(Props().add("article", "Connecting your CRM")));
            if (!tries) break;
            emit("Integration Setup Started", std::move(Props().add("provider", provider)));
            if (a < failures) {
                Props props;
                props.add("provider", provider)
                    .add("error", m_rng.pick<std::string_view>(kIntegrationErrors));
                emit("Integration Connection Failed", std::move(props));
                if (m_rng.chance(0.2))
                    emit("Back Clicked",
                        std::move(Props().add("page", kIntegrationPage).add("to", "/dashboard")));
            } else {
                // OAuth round trip and first sync.
                emit("Integration Setup Completed",
                    std::move(Props().add("provider", provider).add("attempts", a + 1)),
                    think() + m_rng.between(20, 90) * kSecond);
            }
        }
        if (!converts && m_rng.chance(0.3)) noise();
    }

    void workflow(bool converts)
    {
        static constexpr std::string_view kTriggers[]
            = { "new_record", "schedule", "webhook", "form_submitted" };
        page("/workflows/new");
        emit("Workflow Created", std::move(Props().add("trigger", m_rng.pick<std::string_view>(kTriggers))));
        int failures;
        if (converts) {
            static constexpr double kWeights[] = { 0.6, 0.3, 0.1 };
            failures = static_cast<int>(m_rng.weighted(kWeights));
        } else {
            failures = m_rng.between(1, 2);
        }
        for (int i = 0; i < failures; ++i) {
            emit("Workflow Run Started");
            emit("Workflow Run Failed",
                std::move(Props().add("error", m_rng.pick<std::string_view>(kWorkflowErrors))));
        }
        if (converts) {
            emit("Workflow Run Started");
            emit("Workflow Run Succeeded", std::move(Props().add("duration_ms", m_rng.between(400, 9000))));
        }
    }

    // Keeps the whole journey inside the data set: someone who arrives late in the window and
    // would finish after its end is moved earlier, so every planned step is still in the data.
    void fitIntoWindow()
    {
        const int64_t latest = m_options.endMs - kHour;
        if (m_clock <= latest) return;
        const int64_t shift = m_clock - latest + static_cast<int64_t>(m_rng.uniform(0, 2.0 * kDay));
        for (GeneratedEvent& e : m_out)
            e.timeMs -= shift;
        for (int64_t& t : m_p.stepExitMs)
            t -= t ? shift : 0;
        m_clock -= shift;
        m_p.shiftMs = shift;
    }

    // Later sessions: people who got value keep using the product; others look around once more.
    void finish()
    {
        fitIntoWindow();
        int sessions = 0;
        if (m_p.completed >= 6)
            sessions = m_rng.between(2, 5);
        else if (m_p.completed >= 4)
            sessions = m_rng.between(1, 3);
        else if (m_p.signedUp() && m_rng.chance(0.3))
            sessions = 1;
        for (int s = 0; s < sessions; ++s) {
            const int64_t start
                = nextSessionStart(m_clock, m_rng.between(1, 4), drawTimeOfDay(m_rng, m_p.region));
            if (start + kHour > m_options.endMs) break;
            returningSession(start);
            if (m_p.completed >= 4)
                emit("Project Viewed",
                    std::move(
                        Props().add("project_id", cat({ "prj_", std::to_string(100001 + m_p.index) }))));
            if (m_p.completed >= 6) {
                const int runs = m_rng.between(1, 3);
                for (int r = 0; r < runs; ++r) {
                    emit("Workflow Run Started");
                    emit("Workflow Run Succeeded",
                        std::move(Props().add("duration_ms", m_rng.between(400, 9000))));
                }
            }
            if (m_p.completed >= 5 && m_rng.chance(0.5))
                emit("Integration Sync Completed", std::move(Props().add("provider", m_p.provider)));
            maybeNoise(m_p.completed >= 4 ? 0.4 : 0.8);
        }
        m_p.lastEventMs = m_clock;
    }

    const DemoOptions& m_options;
    Person& m_p;
    Rng& m_rng;
    std::vector<GeneratedEvent>& m_out;
    int64_t m_clock = 0;
    int64_t m_pendingGap = -1; // overrides the next think time (page dwell)
    bool m_sessionStart = false;
    bool m_identified = false;
    bool m_stitching = false;
};

} // namespace

void drawJourney(const DemoOptions& options, Person& person, std::vector<GeneratedEvent>& out)
{
    out.clear();
    Rng rng(streamSeed(options.seed, StreamJourney, static_cast<uint64_t>(person.index)));
    Journey(options, person, rng, out).run();
}

} // namespace waymark::demo::detail
