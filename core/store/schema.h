#pragma once

namespace waymark::store {

class Database;

// The schema version this build writes. Older project files are migrated forward on open.
constexpr int kSchemaVersion = 2;

// Creates the schema in an empty file or migrates an older one to kSchemaVersion, in one
// transaction. Throws DatabaseError for files newer than this build or not Waymark projects.
void migrate(Database& db);

} // namespace waymark::store
