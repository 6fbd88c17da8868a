-- A project as schema version 1 wrote it (rfc4180.csv + bad_rows.csv imported): 5 events, 3 users.
PRAGMA user_version = 1;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
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
INSERT INTO sources VALUES(1,'rfc4180.csv','csv','events',1796329426325,1,3,3,3,0,0,'{"session_gap_ms":1800000}');
INSERT INTO sources VALUES(2,'bad_rows.csv','csv','events',1796329426328,4,5,7,2,5,0,'{"session_gap_ms":1800000}');
CREATE TABLE source_rejects(
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  line INTEGER NOT NULL,
  reason TEXT NOT NULL
);
INSERT INTO source_rejects VALUES(2,3,'expected 3 fields, found 4');
INSERT INTO source_rejects VALUES(2,4,'missing user id');
INSERT INTO source_rejects VALUES(2,5,'missing event name');
INSERT INTO source_rejects VALUES(2,6,'unparseable time ''not a time''');
INSERT INTO source_rejects VALUES(2,7,'missing time');
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
INSERT INTO users VALUES(1,'u1',NULL,NULL,NULL);
INSERT INTO users VALUES(2,'u2',NULL,NULL,NULL);
INSERT INTO users VALUES(3,'u3',NULL,NULL,NULL);
CREATE TABLE identities(
  id INTEGER PRIMARY KEY,
  external_id TEXT NOT NULL UNIQUE,
  kind INTEGER NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users(id)
);
INSERT INTO identities VALUES(1,'u1',0,1);
INSERT INTO identities VALUES(2,'u2',0,2);
INSERT INTO identities VALUES(3,'u3',0,3);
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
INSERT INTO event_types VALUES(1,'sign_up','Sign Up',0,NULL);
INSERT INTO event_types VALUES(2,'login','login',0,NULL);
INSERT INTO event_types VALUES(3,'logout','logout',0,NULL);
CREATE TABLE event_aliases(
  id INTEGER PRIMARY KEY,
  raw_name TEXT NOT NULL UNIQUE,
  event_type INTEGER NOT NULL REFERENCES event_types(id)
);
INSERT INTO event_aliases VALUES(1,'Sign Up',1);
INSERT INTO event_aliases VALUES(2,'signUp',1);
INSERT INTO event_aliases VALUES(3,'sign_up',1);
INSERT INTO event_aliases VALUES(4,'login',2);
INSERT INTO event_aliases VALUES(5,'logout',3);
CREATE TABLE property_keys(
  id INTEGER PRIMARY KEY,
  scope TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  UNIQUE(scope, name)
);
INSERT INTO property_keys VALUES(1,'event','note','string');
CREATE TABLE sessions(
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL,
  external_id TEXT,
  start_ts INTEGER NOT NULL,
  end_ts INTEGER NOT NULL,
  event_count INTEGER NOT NULL
);
INSERT INTO sessions VALUES(2,2,NULL,1704366000000,1704366000000,1);
INSERT INTO sessions VALUES(3,3,NULL,1704067500000,1704067500000,1);
INSERT INTO sessions VALUES(4,1,NULL,1704067200000,1704067200000,1);
INSERT INTO sessions VALUES(5,1,NULL,1704362400000,1704362700000,2);
CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  identity INTEGER NOT NULL,
  type INTEGER NOT NULL,
  alias INTEGER NOT NULL,
  ts INTEGER NOT NULL,
  session INTEGER NOT NULL,
  props TEXT
);
INSERT INTO events VALUES(1,1,1,1,1704362400000,5,'{"note":"hello, world"}');
INSERT INTO events VALUES(2,1,1,2,1704362700000,5,'{"note":"multi\r\nline \"quoted\""}');
INSERT INTO events VALUES(3,2,1,3,1704366000000,2,NULL);
INSERT INTO events VALUES(4,1,2,4,1704067200000,4,NULL);
INSERT INTO events VALUES(5,3,3,5,1704067500000,3,NULL);
CREATE TABLE event_keys(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL,
  keys BLOB NOT NULL
);
INSERT INTO event_keys VALUES(1,1,X'ff702c4bf40cc73affa12d9d7f565819d6ad027c0c8a6179');
INSERT INTO event_keys VALUES(2,2,X'd8e3908f4ef8133fe673c6942f13f3f4');
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
CREATE TABLE ticket_messages(
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES tickets(id),
  ts INTEGER NOT NULL,
  author_type TEXT,
  body TEXT,
  dedup INTEGER NOT NULL UNIQUE
);
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
CREATE TABLE account_members(
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  user_ref TEXT,
  email TEXT,
  UNIQUE(account_id, user_ref, email)
);
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
CREATE INDEX source_rejects_source ON source_rejects(source_id);
CREATE INDEX users_email ON users(email) WHERE email IS NOT NULL;
CREATE INDEX identities_user ON identities(user_id);
CREATE INDEX sessions_user ON sessions(user_id, start_ts);
CREATE INDEX tickets_user ON tickets(user_id, created_ts);
CREATE INDEX ticket_messages_ticket ON ticket_messages(ticket_id, ts);
CREATE INDEX feedback_user ON feedback(user_id, ts);
CREATE INDEX account_members_user ON account_members(user_ref);
CREATE INDEX account_members_email ON account_members(email);
COMMIT;
