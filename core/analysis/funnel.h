#pragma once

#include "funnel_stats.h"
#include "property_column.h"
#include "segment.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace waymark::jobs {
class CancelToken;
class ProgressRange;
} // namespace waymark::jobs

namespace waymark::analysis {

class Snapshot;

enum class FunnelOrder {
    Ordered, // steps in order, other events may come between them (default)
    Strict, // each step is the unit's very next event after the previous step
    Any, // all steps in any order; level N means "completed N steps"
};
enum class CountingUnit { Users, Sessions };

constexpr int64_t kDefaultFunnelWindowMs = 14LL * 24 * 60 * 60 * 1000;
constexpr int kMaxFunnelSteps = 32;
constexpr int kMaxFunnelExclusions = 32;

// A step matches an event of any of its types that satisfies `where` (an empty group always holds).
struct FunnelStep {
    std::string label;
    std::vector<uint32_t> types; // type codes of the snapshot (indexes into Snapshot::eventTypes())
    ConditionGroup where;
};

// An event of these types falling after step fromStep and before step toStep (1-based) of an
// attempt, within the attempt's window, disqualifies that attempt (see docs/cli.md).
struct FunnelExclusion {
    std::string label;
    std::vector<uint32_t> types;
    ConditionGroup where;
    int fromStep = 1;
    int toStep = 2;
};

struct FunnelBreakdown {
    enum class Kind { None, Property, Segments };
    Kind kind = Kind::None;
    PropertyRef property; // Property: a user property, or an event property read at step 1
    std::vector<std::string> segments; // Segments: saved segment names
};

struct FunnelQuery {
    std::vector<FunnelStep> steps;
    FunnelOrder order = FunnelOrder::Ordered;
    std::optional<int64_t> windowMs
        = kDefaultFunnelWindowMs; // measured from step 1, inclusive; nullopt = none
    // When set, a later step must be strictly later in time than the previous one (ClickHouse's
    // strict_increase); by default equal timestamps keep import order. Ordered and strict only.
    bool strictIncrease = false;
    std::vector<FunnelExclusion> exclusions;
    std::optional<PropertyRef> holdConstant; // every step of an attempt carries the step-1 value
    CountingUnit unit = CountingUnit::Users;
    EventFilter filter;
    FunnelBreakdown breakdown;
    double alpha = 0.05; // significance level applied to BH-adjusted p-values
    int threads = 0; // 0 = one per core
};

struct HistogramBucket {
    int64_t fromMs = 0; // inclusive
    int64_t toMs = -1; // exclusive; -1 = open-ended
    int64_t count = 0;
};

// Time from the previous step on the attempt that reached furthest, over the units that made it.
struct TimeToConvert {
    int64_t count = 0;
    double medianSeconds = 0;
    double meanSeconds = 0;
    double p90Seconds = 0;
    std::vector<HistogramBucket> histogram;
};

struct FunnelStepResult {
    std::string label;
    int64_t count = 0;
    std::optional<double> conversionFromPrevious; // step 1: 1 when anyone entered
    std::optional<double> conversionFromFirst;
    int64_t dropOff = 0; // reached the previous step but not this one (0 at step 1)
    std::optional<stats::Interval> ci95; // Wilson interval of conversionFromFirst
    std::optional<stats::Interval> ci95FromPrevious;
    std::optional<TimeToConvert> timeFromPrevious; // from step 2 on, when anyone converted
};

// A group's step conversion (from the previous step) against all other units.
struct PairwiseTest {
    int step = 0; // 1-based, from 2
    double z = 0;
    double pValue = 1;
    double pAdjusted = 1;
    bool significant = false;
};

struct FunnelGroupResult {
    std::string value; // property value or segment name
    bool missing = false; // the units that lack the property
    std::vector<FunnelStepResult> steps;
    std::vector<PairwiseTest> vsRest;
};

// Chi-square test across the breakdown groups of conversion from the previous step to this one.
struct StepTest {
    int step = 0; // 1-based, from 2
    double statistic = 0;
    int df = 0;
    double pValue = 1;
    double pAdjusted = 1;
    bool significant = false;
};

struct FunnelResult {
    std::vector<FunnelStepResult> steps;
    std::vector<FunnelGroupResult> breakdown;
    std::vector<StepTest> tests;
    bool groupsOverlap = false; // saved segments sharing units: no chi-square test
    int64_t units = 0; // users or sessions with at least one event after filtering
};

// Runs the funnel over the snapshot, splitting users across threads. Throws std::invalid_argument
// for a query that cannot run and jobs::Cancelled when the token is cancelled.
FunnelResult runFunnel(const Snapshot& snapshot, const FunnelQuery& query,
    const SegmentLibrary& segments = {}, const jobs::CancelToken* cancel = nullptr,
    const jobs::ProgressRange* progress = nullptr);

// The fixed time-to-convert histogram edges in milliseconds (last bucket open-ended).
const std::vector<int64_t>& histogramEdgesMs();

} // namespace waymark::analysis
