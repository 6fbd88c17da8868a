#pragma once

#include "funnel.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark::analysis {

class Snapshot;

// Text forms of funnel queries shared by the command line and the desktop app.

// "14d", "36h", "30min", "30m", "90s", "1500ms", "2w"; "none" (or "0" units-less "none") = no limit.
// Returns nullopt for no limit; throws std::invalid_argument for anything else it cannot read.
std::optional<int64_t> parseWindow(std::string_view text);

// Splits "A, B[price>10;platform=web], stage:Checkout" on the commas outside brackets.
std::vector<std::string> splitStepList(std::string_view text);

// Event types whose display name or canonical key (canonicalEventKey) matches the name. Throws
// std::invalid_argument naming the closest known event types when none does.
std::vector<uint32_t> resolveEventTypes(const Snapshot& snapshot, std::string_view name);

// One step: "add_to_cart", "Add To Cart[platform=mobile;price>=10]" (conditions ANDed, see
// parseRuleText) or "stage:Checkout" (every event type of a journey stage).
FunnelStep parseStep(const Snapshot& snapshot, std::string_view text);

// "support_chat:1-2" excludes support_chat between steps 1 and 2; "support_chat" alone excludes it
// between the first and the last step.
FunnelExclusion parseExclusion(const Snapshot& snapshot, std::string_view text, int stepCount);

// "platform", "event.platform" or "user.plan". A bare name is an event property when the project
// has one of that name, otherwise a user property when it has that, otherwise an event property.
PropertyRef resolveProperty(const Snapshot& snapshot, std::string_view text);

// Up to `limit` known names closest to `name` (edit distance on canonical keys, then substrings).
std::vector<std::string> closeEventNames(const Snapshot& snapshot, std::string_view name, size_t limit = 5);

} // namespace waymark::analysis
