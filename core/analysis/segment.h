#pragma once

#include "property_column.h"

#include <QJsonObject>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace waymark::store {
class Database;
}
namespace waymark::jobs {
class CancelToken;
}

namespace waymark::analysis {

class Snapshot;

enum class RuleOp { Eq, Ne, In, NotIn, Contains, NotContains, Gt, Gte, Lt, Lte, Exists, NotExists };

// One property test. See docs/segments.md for how each operator treats missing values.
struct PropertyRule {
    PropertyRef property;
    RuleOp op = RuleOp::Eq;
    std::vector<std::string> values;
};

// A reference to a saved segment (segments.name), expanded when evaluated.
struct SegmentRef {
    std::string name;
};

struct Condition;

// Conditions combined with AND (any = false) or OR (any = true). An empty group holds everywhere.
struct ConditionGroup {
    bool any = false;
    std::vector<Condition> items;
    bool empty() const { return items.empty(); }
};

struct Condition {
    std::variant<PropertyRule, ConditionGroup, SegmentRef> node;
};

// Saved segments by name.
using SegmentLibrary = std::map<std::string, ConditionGroup>;

// JSON form stored in segments.definition (docs/segments.md). Throws std::invalid_argument.
ConditionGroup conditionGroupFromJson(const QJsonObject& object);
QJsonObject toJson(const ConditionGroup& group);
const char* ruleOpName(RuleOp op);

// Parses the command-line form "platform=mobile", "user.plan!=free", "price>=10",
// "platform=mobile|tablet" (any of), "title~shoe" (contains, case-insensitive), "title!~shoe",
// "coupon?" (exists), "coupon!?" (missing). Throws std::invalid_argument.
PropertyRule parseRuleText(std::string_view text);

// Reads every saved segment. A definition that does not parse throws, naming the segment.
SegmentLibrary loadSegments(store::Database& db);

// Per-event 0/1 flags; an empty mask means "every event".
using EventMask = std::vector<uint8_t>;

// What an analysis looks at: a date range and conditions, applied as a mask over the snapshot
// without copying events. A user rule keeps or drops all of a user's events; an event rule
// keeps the events that satisfy it.
struct EventFilter {
    std::optional<int64_t> fromMs; // inclusive
    std::optional<int64_t> toMs; // exclusive
    ConditionGroup conditions;
    bool empty() const { return !fromMs && !toMs && conditions.empty(); }
};

// Evaluates conditions per event. Throws std::invalid_argument on an unknown saved segment or a
// cycle of segment references.
EventMask evaluateConditions(const Snapshot& snapshot, const ConditionGroup& group,
    const SegmentLibrary& library, const jobs::CancelToken* cancel = nullptr);
// Date range and conditions; empty when the filter keeps everything.
EventMask buildEventMask(const Snapshot& snapshot, const EventFilter& filter, const SegmentLibrary& library,
    const jobs::CancelToken* cancel = nullptr);
// Per-user membership of a segment: a user belongs when at least one of their events satisfies
// the definition (for definitions made only of user rules, simply when the user does).
std::vector<uint8_t> segmentMembers(const Snapshot& snapshot, const ConditionGroup& group,
    const SegmentLibrary& library, const jobs::CancelToken* cancel = nullptr);

// The match table of a rule over a column's dictionary: entry c tells whether code c satisfies
// the rule (entry 0 = missing value).
std::vector<uint8_t> ruleMatchTable(const PropertyRule& rule, const PropertyColumn& column);

} // namespace waymark::analysis
