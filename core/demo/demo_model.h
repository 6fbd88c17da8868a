#pragma once

// Internals of the demo generator shared by its translation units.
#include "demo_generator.h"
#include "demo_random.h"

#include <array>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace waymark::demo::detail {

inline constexpr int64_t kSecond = 1000;
inline constexpr int64_t kMinute = 60 * kSecond;
inline constexpr int64_t kHour = 60 * kMinute;
inline constexpr int64_t kDay = 24 * kHour;

// Stream ids for streamSeed(): one independent random stream per purpose.
enum Stream : uint64_t {
    StreamPopulation = 1,
    StreamFunnel = 2,
    StreamBackLoops = 3,
    StreamJourney = 4,
    StreamTickets = 5,
    StreamFeedback = 6,
    StreamAccounts = 7,
    StreamIntegration = 8,
    StreamDwell = 9,
};

enum class Platform { Desktop, Mobile };
enum class Plan { Smb, Enterprise };
enum class Channel { Organic, PaidSearch, Referral, Partner, Social, Email };

std::string_view platformName(Platform);
std::string_view planName(Plan);
std::string_view channelName(Channel);
std::string_view regionName(int region);

struct Release {
    int64_t timeMs;
    std::string_view version;
    std::string_view title;
    std::string_view description;
};
// Releases in time order, placed relative to DemoOptions::endMs. kHarmfulRelease makes project
// creation harder for everyone who reaches it afterwards.
std::array<Release, 5> releases(const DemoOptions&);
inline constexpr size_t kHarmfulRelease = 2;
std::string_view appVersionAt(const DemoOptions&, int64_t timeMs);

struct Person {
    int index = 0;
    std::string anonymousId;
    std::string userId; // set for everyone; used only once they sign up
    std::string firstName, lastName, email;
    std::string company, domain, accountId;
    Platform platform = Platform::Desktop;
    Plan plan = Plan::Smb;
    Channel channel = Channel::Organic;
    int region = 0; // 0 EMEA, 1 North America, 2 APAC
    int64_t companySize = 0;

    // Planned before the journey is drawn, so conversion can depend on when someone gets somewhere.
    std::vector<int64_t> visitStarts; // anonymous visits; the last one is where sign-up happens
    std::array<bool, 6> newSession {}; // step k starts a new session instead of continuing the last one
    std::array<int, 6> sessionDays {}; // ... that many days later (0: later the same day)
    std::array<int64_t, 6> sessionTimeOfDay {}; // ... at this UTC time of day
    int64_t plannedMs(int step) const; // when the person would reach step (0..5), roughly

    // Fates, drawn with exact counts across the population.
    int completed = 0; // funnel steps completed, 0 (never signed up) .. 6 (ran a workflow)
    bool inviteBackLoop = false; // >= 3 back clicks on the invite page
    int integrationFailures = 0; // failed connection attempts at integration setup
    std::vector<int64_t> integrationDwellMs; // one per view of the integration page
    bool signedUp() const { return completed >= 1; }

    // Filled in by the journey.
    std::array<int64_t, 6> stepExitMs {}; // last event while at step k (only for reached steps)
    int64_t lastEventMs = 0;
    int64_t shiftMs = 0; // how far the journey was moved back to end before DemoOptions::endMs
    int inviteBackClicks = 0;
    int rageBursts = 0;
    int templatePreviews = 0;
    int invitees = 0;
    int tickets = 0;
    std::string provider; // the integration they try to connect
};

struct Population {
    std::vector<Person> people;
    DemoCounts counts;
};

std::span<const std::string_view> firstNames();
std::span<const std::string_view> lastNames();

// A time of day in the person's region's working hours (UTC milliseconds since midnight).
int64_t drawTimeOfDay(Rng&, int region);
// The start of a later session: `days` after the day of `after` at `timeOfDay`, at least 40 minutes
// after `after` (a day later when that time has passed).
int64_t nextSessionStart(int64_t after, int days, int64_t timeOfDay);

// Draws who everyone is, when they arrive and how far they get (demo_population.cpp).
Population drawPopulation(const DemoOptions&);

// One person's events in time order, ready to emit.
struct GeneratedEvent {
    int64_t timeMs = 0;
    std::string_view name;
    std::string props;
    bool anonymous = false; // carries the anonymousId
    bool identified = false; // carries the userId
};
// Draws the person's events (demo_journey.cpp); updates the journey fields of `person`.
void drawJourney(const DemoOptions&, Person& person, std::vector<GeneratedEvent>& out);

// The non-event rows (demo_records.cpp). Each returns false when the sink cancels.
bool emitAnnotations(const DemoOptions&, ingest::RowSink&, DemoCounts&, int64_t& line);
bool emitAccounts(
    const DemoOptions&, const std::vector<Person>&, ingest::RowSink&, DemoCounts&, int64_t& line);
bool emitTickets(const DemoOptions&, std::vector<Person>&, ingest::RowSink&, DemoCounts&, int64_t& line);
bool emitFeedback(
    const DemoOptions&, const std::vector<Person>&, ingest::RowSink&, DemoCounts&, int64_t& line);

// A JSON object built key by key; values are plain ASCII without control characters.
class Props {
public:
    Props& add(std::string_view key, std::string_view value);
    Props& add(std::string_view key, int64_t value);
    Props& add(std::string_view key, int value) { return add(key, static_cast<int64_t>(value)); }
    Props& add(std::string_view key, bool value);
    std::string take(); // the members without braces, for callers that append more
    std::string json(); // the complete object

private:
    void keyPrefix(std::string_view key);
    std::string m_text;
};

// Weighted sampling of exactly `count` candidates without replacement, returned in ascending order.
std::vector<int> chooseWeighted(
    Rng&, const std::vector<int>& candidates, const std::vector<double>& weights, size_t count);

// Concatenation without `"literal" + std::string`, which trips GCC 12's -Wrestrict false positive.
inline std::string cat(std::initializer_list<std::string_view> parts)
{
    size_t size = 0;
    for (std::string_view part : parts)
        size += part.size();
    std::string out;
    out.reserve(size);
    for (std::string_view part : parts)
        out.append(part);
    return out;
}

// Exact count of a share, rounded half up: round(n * p).
int64_t exactShare(int64_t n, double p);

} // namespace waymark::demo::detail
