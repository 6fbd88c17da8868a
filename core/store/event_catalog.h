#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace waymark::store {

class Database;

struct EventAliasInfo {
    int64_t id = 0;
    std::string rawName;
    int64_t events = 0;
};

struct EventTypeInfo {
    int64_t id = 0;
    std::string canonical;
    std::string displayName;
    int64_t events = 0;
    std::vector<EventAliasInfo> aliases; // the raw names merged into this type
};

// Event types with their raw names and event counts, most frequent first.
std::vector<EventTypeInfo> listEventTypes(Database& db);

// Points the raw name `rawName` at the event type called `target` (display name or canonical key;
// a new type when no type matches) and moves that raw name's events with it. Types left without
// a raw name disappear. One transaction. Throws DatabaseError for an unknown raw name.
void repointAlias(Database& db, const std::string& rawName, const std::string& target);

// Renames an event type's display name (matched by display name or canonical key).
void renameEventType(Database& db, const std::string& type, const std::string& newDisplayName);

} // namespace waymark::store
