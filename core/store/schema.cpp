#include "schema.h"

#include "database.h"

#include <string>

namespace waymark::store {

namespace {

// migrations[i] takes a project from user_version i to i + 1. Never edit a released step; append.
const char* const kMigrations[] = {
    // 0 -> 1: the initial journey store. See docs/store.md for the meaning of every column.
    R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;

CREATE TABLE sources(
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL,
  format TEXT NOT NULL,
  kind TEXT NOT NULL,
  imported_at INTEGER NOT NULL,
  first_event_id INTEGER,
  last_event_id INTEGER,
  rows_read INTEGER NOT NULL DEFAULT 0,
  rows_imported INTEGER NOT NULL DEFAULT 0,
  rows_rejected INTEGER NOT NULL DEFAULT 0,
  duplicates_skipped INTEGER NOT NULL DEFAULT 0,
  options TEXT
);
CREATE TABLE source_rejects(
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  line INTEGER NOT NULL,
  reason TEXT NOT NULL
);
CREATE INDEX source_rejects_source ON source_rejects(source_id);

CREATE TABLE accounts(
  id INTEGER PRIMARY KEY,
  external_id TEXT NOT NULL UNIQUE,
  name TEXT,
  plan TEXT,
  mrr REAL,
  company_size INTEGER,
  segment TEXT,
  props TEXT
);

CREATE TABLE users(
  id INTEGER PRIMARY KEY,
  external_id TEXT NOT NULL,
  email TEXT,
  account_id INTEGER REFERENCES accounts(id),
  props TEXT
);
CREATE INDEX users_email ON users(email) WHERE email IS NOT NULL;

CREATE TABLE identities(
  id INTEGER PRIMARY KEY,
  external_id TEXT NOT NULL UNIQUE,
  kind INTEGER NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX identities_user ON identities(user_id);

CREATE TABLE stages(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  ordinal INTEGER NOT NULL,
  color TEXT
);

CREATE TABLE event_types(
  id INTEGER PRIMARY KEY,
  canonical TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  hidden INTEGER NOT NULL DEFAULT 0,
  stage_id INTEGER REFERENCES stages(id)
);
CREATE TABLE event_aliases(
  id INTEGER PRIMARY KEY,
  raw_name TEXT NOT NULL UNIQUE,
  event_type INTEGER NOT NULL REFERENCES event_types(id)
);

CREATE TABLE property_keys(
  id INTEGER PRIMARY KEY,
  scope TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  UNIQUE(scope, name)
);

CREATE TABLE sessions(
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL,
  external_id TEXT,
  start_ts INTEGER NOT NULL,
  end_ts INTEGER NOT NULL,
  event_count INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id, start_ts);

CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  identity INTEGER NOT NULL,
  type INTEGER NOT NULL,
  alias INTEGER NOT NULL,
  ts INTEGER NOT NULL,
  session INTEGER NOT NULL,
  props TEXT
);
CREATE TABLE event_keys(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL,
  keys BLOB NOT NULL
);

CREATE TABLE tickets(
  id INTEGER PRIMARY KEY,
  source INTEGER NOT NULL,
  external_id TEXT NOT NULL UNIQUE,
  user_ref TEXT,
  email TEXT,
  user_id INTEGER,
  created_ts INTEGER NOT NULL,
  updated_ts INTEGER,
  subject TEXT,
  body TEXT,
  status TEXT,
  priority TEXT,
  channel TEXT,
  tags TEXT,
  satisfaction TEXT,
  theme TEXT,
  sentiment REAL,
  props TEXT
);
CREATE INDEX tickets_user ON tickets(user_id, created_ts);
CREATE TABLE ticket_messages(
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES tickets(id),
  ts INTEGER NOT NULL,
  author_type TEXT,
  body TEXT,
  dedup INTEGER NOT NULL UNIQUE
);
CREATE INDEX ticket_messages_ticket ON ticket_messages(ticket_id, ts);

CREATE TABLE feedback(
  id INTEGER PRIMARY KEY,
  source INTEGER NOT NULL,
  external_id TEXT NOT NULL UNIQUE,
  user_ref TEXT,
  email TEXT,
  user_id INTEGER,
  ts INTEGER NOT NULL,
  kind TEXT NOT NULL,
  score REAL,
  comment TEXT,
  sentiment REAL,
  props TEXT
);
CREATE INDEX feedback_user ON feedback(user_id, ts);

CREATE TABLE account_members(
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  user_ref TEXT,
  email TEXT,
  UNIQUE(account_id, user_ref, email)
);
CREATE INDEX account_members_user ON account_members(user_ref);
CREATE INDEX account_members_email ON account_members(email);

CREATE TABLE annotations(
  id INTEGER PRIMARY KEY,
  source INTEGER,
  ts INTEGER NOT NULL,
  title TEXT NOT NULL,
  description TEXT,
  kind TEXT NOT NULL DEFAULT 'release',
  version TEXT,
  UNIQUE(ts, title)
);

CREATE TABLE segments(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  definition TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE views(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  definition TEXT NOT NULL,
  ordinal INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE TABLE session_labels(
  session_id INTEGER PRIMARY KEY REFERENCES sessions(id),
  label INTEGER NOT NULL CHECK(label IN (-1, 0, 1)),
  note TEXT,
  updated_at INTEGER NOT NULL
);
)SQL",
    // 1 -> 2: sessions by start time, so the session list (sorted by start by default) streams its
    // first rows at once instead of after sorting every session.
    R"SQL(
CREATE INDEX sessions_start ON sessions(start_ts);
)SQL",
};

constexpr int kMigrationCount = sizeof(kMigrations) / sizeof(kMigrations[0]);
static_assert(kMigrationCount == kSchemaVersion, "one migration per schema version");

} // namespace

void migrate(Database& db)
{
    const int version = db.userVersion();
    if (version > kSchemaVersion)
        throw DatabaseError(db.path() + ": project was written by a newer Waymark (schema "
            + std::to_string(version) + ", this build reads up to " + std::to_string(kSchemaVersion) + ")");
    if (version == 0 && db.queryInt("SELECT count(*) FROM sqlite_master") > 0)
        throw DatabaseError(db.path() + ": not a Waymark project (an SQLite file with other tables)");
    if (version == kSchemaVersion) return;
    Transaction tx(db);
    for (int v = version; v < kSchemaVersion; ++v)
        db.exec(kMigrations[v]);
    db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
    tx.commit();
}

} // namespace waymark::store
