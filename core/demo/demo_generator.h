#pragma once

#include "../ingest/rows.h"

#include <array>
#include <cstdint>
#include <stdexcept>
#include <string_view>

namespace waymark::store {
class Project;
}

// The bundled demo data set: a B2B SaaS free trial, from anonymous marketing-site visits to the first
// successful workflow run, with the friction, support load and feedback a real trial shows.
//
// How the acceptance numbers are realised (default size, any seed):
//  - `users` is the number of trial visitors. Each lands anonymously (anonymousId only) and views a
//    few marketing pages over one to three visits, the last of which ends on /signup.
//  - The funnel is ordered and each rate is "of those who reach the step": 95% of visitors send
//    "Account Created" (the one event carrying both anonymousId and userId, which stitches the
//    anonymous history to the account); of those 78% send "Profile Setup Completed", then 45%
//    "Team Invitation Sent", 62% "Project Created", 38% "Integration Setup Completed" and 22%
//    "Workflow Run Succeeded". Nobody sends a step's event without having completed the previous
//    one, so an ordered per-user funnel over these six events gives exactly these rates.
//  - Exactly round(reached * rate) people convert at every step. Who they are is a weighted draw
//    without replacement, so segments differ (mobile struggles at integration setup, people who
//    reach project creation after release 2.3.0 convert worse) while the totals stay exact.
//  - Integration page dwell: the time from a "Page Viewed" of /onboarding/integrations to that
//    person's next event averages ~8.5 minutes.
//  - Back-navigation: exactly round(0.34 * reached) of the people who reach team invitation send
//    three or more "Back Clicked" events with page /onboarding/invite-team before inviting (or
//    giving up); everyone else sends at most two there.
//  - Support tickets: exactly 127, 89 and 64 tickets (at the default size; scaled by users / 3000
//    otherwise) for 'unclear integration instructions', 'can't find team settings' and 'project
//    template confusion', raised by people who got stuck at the matching step, plus a few other
//    themes. Each ticket carries its theme in props ({"theme": ...}) and tags.
//  - Time: ~90 days ending at `endMs`; people whose journey would run past the end are moved earlier.
namespace waymark::demo {

inline constexpr int kDefaultUsers = 3000;
inline constexpr std::array<std::string_view, 6> kFunnelEvents { "Account Created", "Profile Setup Completed",
    "Team Invitation Sent", "Project Created", "Integration Setup Completed", "Workflow Run Succeeded" };
inline constexpr std::array<double, 6> kFunnelRates { 0.95, 0.78, 0.45, 0.62, 0.38, 0.22 };
inline constexpr double kInviteBackLoopShare = 0.34;
inline constexpr double kIntegrationDwellMinutes = 8.5;
inline constexpr std::string_view kIntegrationPage = "/onboarding/integrations";
inline constexpr std::string_view kInvitePage = "/onboarding/invite-team";

struct TicketTheme {
    std::string_view name;
    int countAtDefaultSize;
};
inline constexpr std::array<TicketTheme, 6> kTicketThemes { {
    { "unclear integration instructions", 127 },
    { "can't find team settings", 89 },
    { "project template confusion", 64 },
    { "billing question", 9 },
    { "login and sso problems", 7 },
    { "data export request", 6 },
} };

struct DemoOptions {
    int users = kDefaultUsers; // trial visitors, 1 .. 1,000,000
    uint64_t seed = 42;
    int64_t endMs = 1790812799000; // 2026-09-30T23:59:59Z: the last moment of the data set
    int days = 90;
};

// What the generator emitted (rows, not what a store made of them).
struct DemoCounts {
    int64_t visitors = 0;
    std::array<int64_t, 6> funnel {}; // people completing each kFunnelEvents step
    int64_t inviteReached = 0;
    int64_t inviteBackLoops = 0; // of inviteReached, those with >= 3 back clicks on the invite page
    int64_t events = 0;
    int64_t tickets = 0;
    int64_t ticketMessages = 0;
    int64_t feedback = 0;
    int64_t accountRows = 0;
    int64_t annotations = 0;
    bool cancelled = false; // the sink returned false
};

struct DemoSummary {
    int64_t users = 0;
    int64_t events = 0;
    int64_t sessions = 0;
    int64_t tickets = 0;
    int64_t feedback = 0;
    int64_t accounts = 0;
    int64_t annotations = 0;
    int64_t elapsedMs = 0;
    DemoCounts generated;
};

class DemoError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Emits the whole data set into `sink`: releases, then each person's events in time order, then CRM
// accounts, support tickets with their messages, and NPS responses. Pure and deterministic: the same
// options give the same rows on every platform. Throws DemoError for invalid options.
DemoCounts generateDemo(const DemoOptions& options, ingest::RowSink& sink);

// Writes the data set into the project in one transaction (source format "demo"). Throws DemoError
// when the project already has events or the options are invalid; DatabaseError from the store.
DemoSummary writeDemo(store::Project& project, const DemoOptions& options = {});

} // namespace waymark::demo
