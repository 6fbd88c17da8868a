#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace waymark::store {
class Database;
}

namespace waymark::sessions {

// A researcher's tag on a session: -1 negative, 0 neutral, 1 positive, or none, and a note.
// A note without a tag is stored as neutral; no tag and no note removes the row.
void writeLabel(store::Database& db, int64_t sessionId, std::optional<int> label, const std::string& note,
    int64_t updatedAtMs);

} // namespace waymark::sessions
