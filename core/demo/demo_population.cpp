// Who the trial visitors are, when they arrive, and how far each of them gets.
#include "demo_model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_set>

namespace waymark::demo::detail {

namespace {

constexpr std::string_view kFirstNames[] = { "Olivia", "Liam", "Emma", "Noah", "Ava", "Mateo", "Sofia",
    "Lucas", "Mia", "Elijah", "Amelia", "James", "Harper", "Benjamin", "Aisha", "Hiroshi", "Priya", "Lars",
    "Chloe", "Diego", "Fatima", "Jonas", "Ingrid", "Kwame", "Leila", "Marco", "Nadia", "Oscar", "Paula",
    "Rafael", "Sanjay", "Tanvi", "Umar", "Valentina", "Wei", "Yara", "Zoe", "Anders", "Bianca", "Carlos",
    "Dana", "Emil", "Freya", "Gabriel", "Hana", "Ivan", "Julia", "Kenji" };
constexpr std::string_view kLastNames[] = { "Smith", "Johnson", "Garcia", "Muller", "Rossi", "Tanaka", "Kim",
    "Nguyen", "Patel", "Silva", "Novak", "Larsen", "Dubois", "Kowalski", "Okafor", "Hansen", "Ivanova",
    "Moreau", "Schmidt", "Costa", "Andersson", "Fischer", "Haddad", "Jensen", "Lopez", "Martin", "Nakamura",
    "OBrien", "Petrov", "Quinn", "Reyes", "Sato", "Torres", "Ueda", "Varga", "Weber", "Young", "Zhang",
    "Bauer", "Chen", "Diaz", "Evans", "Ferreira", "Gupta", "Hoffmann", "Ito", "Jovanovic", "Khan" };
constexpr std::string_view kCompanyStems[] = { "North", "Blue", "Bright", "Iron", "Silver", "Harbor",
    "Summit", "Cedar", "Maple", "Atlas", "Nova", "Pioneer", "Quantum", "Vertex", "Crescent", "Evergreen",
    "Granite", "Lumen", "Orbit", "Pinnacle", "Redwood", "Sterling", "Tidal", "Vantage", "Willow", "Apex",
    "Beacon", "Clearwater", "Delta", "Ember", "Falcon", "Juniper" };
constexpr std::string_view kCompanyNouns[] = { "wind", "peak", "stone", "bridge", "field", "works", "line",
    "path", "light", "grid", "wave", "forge" };
constexpr std::string_view kCompanySuffixes[] = { "Labs", "Analytics", "Logistics", "Health", "Systems",
    "Software", "Partners", "Group", "Retail", "Media", "Robotics", "Finance" };
constexpr std::string_view kTlds[] = { ".com", ".io", ".co" };

std::string lower(std::string_view s)
{
    std::string out;
    for (char c : s) {
        if (c >= 'A' && c <= 'Z')
            out.push_back(static_cast<char>(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out.push_back(c);
    }
    return out;
}

std::string uuidLike(Rng& rng)
{
    const uint64_t a = rng.next();
    const uint64_t b = rng.next();
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08llx-%04llx-4%03llx-%04llx-%012llx",
        static_cast<unsigned long long>(a >> 32), static_cast<unsigned long long>((a >> 16) & 0xffff),
        static_cast<unsigned long long>(a & 0xfff),
        static_cast<unsigned long long>(0x8000 | ((b >> 48) & 0x3fff)),
        static_cast<unsigned long long>(b & 0xffffffffffffULL));
    return buf;
}

void drawIdentity(Rng& rng, Person& p, std::unordered_set<std::string>& companies)
{
    p.anonymousId = uuidLike(rng);
    p.userId = cat({ "usr_", std::to_string(100001 + p.index) });
    p.firstName = std::string(rng.pick<std::string_view>(kFirstNames));
    p.lastName = std::string(rng.pick<std::string_view>(kLastNames));
    for (int attempt = 0;; ++attempt) {
        std::string stem = std::string(rng.pick<std::string_view>(kCompanyStems));
        stem += rng.pick<std::string_view>(kCompanyNouns);
        std::string name = cat({ stem, " ", rng.pick<std::string_view>(kCompanySuffixes) });
        if (attempt >= 4) name = cat({ name, " ", std::to_string(p.index) });
        if (companies.insert(name).second) {
            p.company = name;
            break;
        }
    }
    p.domain = lower(p.company) + std::string(rng.pick<std::string_view>(kTlds));
    p.email = cat({ lower(p.firstName), ".", lower(p.lastName), "@", p.domain });
    char account[16];
    std::snprintf(account, sizeof account, "acc_%05d", p.index + 1);
    p.accountId = account;
}

void drawSegments(Rng& rng, Person& p)
{
    p.platform = rng.chance(0.30) ? Platform::Mobile : Platform::Desktop;
    p.plan = rng.chance(0.25) ? Plan::Enterprise : Plan::Smb;
    static constexpr double kChannelWeights[] = { 0.34, 0.24, 0.14, 0.10, 0.10, 0.08 };
    p.channel = static_cast<Channel>(rng.weighted(kChannelWeights));
    static constexpr double kRegionWeights[] = { 0.40, 0.45, 0.15 };
    p.region = static_cast<int>(rng.weighted(kRegionWeights));
    if (p.plan == Plan::Enterprise)
        p.companySize = std::clamp<int64_t>(std::llround(rng.lognormalWithMean(2500, 0.9)), 250, 60000);
    else
        p.companySize = std::clamp<int64_t>(std::llround(rng.lognormalWithMean(40, 0.8)), 2, 240);
}

void drawSchedule(const DemoOptions& o, Rng& rng, Person& p)
{
    const int64_t windowStart = o.endMs - int64_t(o.days) * kDay;
    const int64_t firstDay = windowStart / kDay + 1; // whole days inside the window
    const int64_t dayCount = std::max<int64_t>(1, o.days - 2);
    int64_t day;
    do { // weekends get under half the weekday traffic; 1970-01-01 was a Thursday
        day = firstDay + static_cast<int64_t>(rng.below(static_cast<uint64_t>(dayCount)));
    } while (((day + 3) % 7 >= 5) && !rng.chance(0.45));
    int64_t t = day * kDay + drawTimeOfDay(rng, p.region);
    const int visits = 1 + (rng.chance(0.4) ? 1 : 0) + (rng.chance(0.15) ? 1 : 0);
    static constexpr double kVisitGapWeights[] = { 0.2, 0.35, 0.2, 0.1, 0, 0.1, 0, 0.05 }; // by days later
    for (int v = 0; v < visits; ++v) {
        if (v > 0)
            t = nextSessionStart(
                t, static_cast<int>(rng.weighted(kVisitGapWeights)), drawTimeOfDay(rng, p.region));
        p.visitStarts.push_back(t);
    }
    static constexpr double kNewSessionOdds[] = { 0, 0.2, 0.5, 0.55, 0.6, 0.5 };
    static constexpr double kStepGapWeights[] = { 0.25, 0.45, 0.2, 0.1 };
    for (size_t k = 1; k < 6; ++k) {
        p.newSession[k] = rng.chance(kNewSessionOdds[k]);
        p.sessionDays[k] = static_cast<int>(rng.weighted(kStepGapWeights));
        p.sessionTimeOfDay[k] = drawTimeOfDay(rng, p.region);
    }
}

// Relative odds of converting at step k, by who the person is and when they get there. These shape
// the segment differences only; the number of converters is fixed by the step's rate.
double conversionWeight(const DemoOptions& o, const Person& p, int step)
{
    const bool mobile = p.platform == Platform::Mobile;
    const bool enterprise = p.plan == Plan::Enterprise;
    switch (step) {
    case 0: {
        double w = mobile ? 0.8 : 1.0;
        if (p.channel == Channel::PaidSearch)
            w *= 0.5;
        else if (p.channel == Channel::Partner || p.channel == Channel::Referral)
            w *= 1.5;
        else if (p.channel == Channel::Social)
            w *= 0.8;
        return w;
    }
    case 1:
        return mobile ? 0.75 : 1.0;
    case 2:
        return enterprise ? 1.8 : 1.0;
    case 3: // the template gallery of the harmful release confuses people
        return (p.plannedMs(3) >= releases(o)[kHarmfulRelease].timeMs ? 0.35 : 1.0)
            * (enterprise ? 1.1 : 1.0);
    case 4:
        return (mobile ? 0.3 : 1.0) * (enterprise ? 0.85 : 1.0) * (p.channel == Channel::Partner ? 1.3 : 1.0);
    default:
        return (mobile ? 0.7 : 1.0) * (enterprise ? 1.2 : 1.0);
    }
}

// How often everyone who reaches integration setup tries, and how long they read the page each time.
// The dwell times are drawn for the whole population at once and rescaled so their mean is exactly
// kIntegrationDwellMinutes: a sample mean would wander by several seconds with every change.
void drawIntegrationAttempts(const DemoOptions& o, std::vector<Person>& people)
{
    std::vector<int64_t*> slots;
    for (Person& p : people) {
        if (p.completed < 4) continue;
        Rng rng(streamSeed(o.seed, StreamIntegration, static_cast<uint64_t>(p.index)));
        const bool converts = p.completed >= 5;
        if (converts) {
            static constexpr double kWeights[] = { 0.5, 0.3, 0.2 };
            p.integrationFailures = static_cast<int>(rng.weighted(kWeights));
        } else {
            p.integrationFailures = rng.chance(0.8) ? rng.between(1, 3) : 0; // 0: gives up before trying
        }
        const int views = std::max(1, p.integrationFailures + (converts ? 1 : 0));
        p.integrationDwellMs.resize(static_cast<size_t>(views));
    }
    for (Person& p : people)
        for (int64_t& d : p.integrationDwellMs)
            slots.push_back(&d);
    if (slots.empty()) return;
    Rng rng(streamSeed(o.seed, StreamDwell));
    std::vector<double> minutes(slots.size());
    for (double& m : minutes)
        m = rng.lognormalWithMean(kIntegrationDwellMinutes, 0.55);
    // Rescale and clamp to [45 s, 28 min] (inside one session) until the mean settles.
    for (int pass = 0; pass < 8; ++pass) {
        double sum = 0;
        for (double m : minutes)
            sum += m;
        const double scale = kIntegrationDwellMinutes * static_cast<double>(minutes.size()) / sum;
        for (double& m : minutes)
            m = std::clamp(m * scale, 0.75, 28.0);
    }
    for (size_t i = 0; i < slots.size(); ++i)
        *slots[i] = std::llround(minutes[i] * kMinute);
}

} // namespace

std::span<const std::string_view> firstNames()
{
    return kFirstNames;
}

std::span<const std::string_view> lastNames()
{
    return kLastNames;
}

int64_t exactShare(int64_t n, double p)
{
    return std::llround(static_cast<double>(n) * p);
}

// Visitors come from three regions, so activity has the double hump of EMEA and US office hours.
int64_t drawTimeOfDay(Rng& rng, int region)
{
    static constexpr double kRegionStartHour[] = { 7, 13, 0 }; // UTC hour the region's working day starts
    const double hour = kRegionStartHour[region] + 10.0 * (rng.uniform() + rng.uniform()) / 2; // triangular
    return static_cast<int64_t>(hour * kHour) % kDay;
}

int64_t nextSessionStart(int64_t after, int days, int64_t timeOfDay)
{
    int64_t start = (after / kDay + days) * kDay + timeOfDay;
    while (start < after + 40 * kMinute)
        start += kDay;
    return start;
}

// Mirrors the journey's clock closely enough to tell on which side of a release a step falls.
int64_t Person::plannedMs(int step) const
{
    int64_t t = visitStarts.back();
    for (size_t k = 1; k <= static_cast<size_t>(step) && k < 6; ++k)
        t = newSession[k] ? nextSessionStart(t + 20 * kMinute, sessionDays[k], sessionTimeOfDay[k])
                          : t + 10 * kMinute;
    return t;
}

// Efraimidis-Spirakis: weighted sampling of exactly `count` items without replacement.
std::vector<int> chooseWeighted(
    Rng& rng, const std::vector<int>& candidates, const std::vector<double>& weights, size_t count)
{
    struct Keyed {
        double key;
        int item;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(candidates.size());
    for (size_t i = 0; i < candidates.size(); ++i) {
        const double w = std::max(weights[i], 1e-9);
        keyed.push_back({ std::log(1.0 - rng.uniform()) / w, candidates[i] });
    }
    count = std::min(count, keyed.size());
    std::sort(keyed.begin(), keyed.end(),
        [](const Keyed& a, const Keyed& b) { return a.key != b.key ? a.key > b.key : a.item < b.item; });
    std::vector<int> chosen;
    chosen.reserve(count);
    for (size_t i = 0; i < count; ++i)
        chosen.push_back(keyed[i].item);
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

Population drawPopulation(const DemoOptions& o)
{
    Population pop;
    pop.people.resize(static_cast<size_t>(o.users));
    std::unordered_set<std::string> companies;
    for (int i = 0; i < o.users; ++i) {
        Person& p = pop.people[static_cast<size_t>(i)];
        p.index = i;
        Rng rng(streamSeed(o.seed, StreamPopulation, static_cast<uint64_t>(i)));
        drawIdentity(rng, p, companies);
        drawSegments(rng, p);
        drawSchedule(o, rng, p);
    }
    pop.counts.visitors = o.users;

    for (int step = 0; step < 6; ++step) {
        Rng rng(streamSeed(o.seed, StreamFunnel, static_cast<uint64_t>(step)));
        std::vector<int> reached;
        std::vector<double> weights;
        for (const Person& p : pop.people) {
            if (p.completed == step) {
                reached.push_back(p.index);
                weights.push_back(conversionWeight(o, p, step));
            }
        }
        const int64_t converting
            = exactShare(static_cast<int64_t>(reached.size()), kFunnelRates[static_cast<size_t>(step)]);
        for (int i : chooseWeighted(rng, reached, weights, static_cast<size_t>(converting)))
            pop.people[static_cast<size_t>(i)].completed = step + 1;
        pop.counts.funnel[static_cast<size_t>(step)] = converting;
    }

    // Looking for team settings: those who never manage to invite are far more likely to be the
    // ones clicking back and forth.
    {
        Rng rng(streamSeed(o.seed, StreamBackLoops));
        std::vector<int> reached;
        std::vector<double> weights;
        for (const Person& p : pop.people) {
            if (p.completed >= 2) {
                reached.push_back(p.index);
                weights.push_back(
                    (p.completed == 2 ? 3.0 : 1.0) * (p.platform == Platform::Mobile ? 1.3 : 1.0));
            }
        }
        const int64_t looping = exactShare(static_cast<int64_t>(reached.size()), kInviteBackLoopShare);
        for (int i : chooseWeighted(rng, reached, weights, static_cast<size_t>(looping)))
            pop.people[static_cast<size_t>(i)].inviteBackLoop = true;
        pop.counts.inviteReached = static_cast<int64_t>(reached.size());
        pop.counts.inviteBackLoops = looping;
    }
    drawIntegrationAttempts(o, pop.people);
    return pop;
}

} // namespace waymark::demo::detail
