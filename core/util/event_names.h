#pragma once

#include <string>
#include <string_view>

namespace waymark {

// The key under which raw event names are merged into one event type: names that differ only in
// case, spaces, hyphens, underscores or camelCase ("Sign Up", "sign_up", "signUp") share a key.
std::string canonicalEventKey(std::string_view rawName);

} // namespace waymark
