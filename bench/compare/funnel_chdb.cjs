// The benchmark funnel in embedded ClickHouse (chdb): windowFunnel over the events that
// bench_analysis exported, loaded into a MergeTree table first (Waymark's snapshot is loaded too).
//   node funnel_chdb.cjs RESULTS.json RUNS   (prints one JSON line)
//
// Like with like: windowFunnel sorts a user's events by (timestamp, condition number), so on equal
// timestamps it lets a later step count before an earlier one whatever order the events were
// recorded in; Waymark keeps import order on ties. With 'strict_increase' each step must be
// strictly later than the previous one, and neither engine looks at ties any more; that is the mode
// whose results must be identical. The default mode runs once too, to show the difference.
//
// 'strict_increase' alone is not enough: its scan keeps one chain per level and a newer step
// event replaces it, so a later step at the same timestamp as the replacement is lost and users are
// undercounted (ClickHouse issues #52844 and #93789, still so in the version pinned here). Adding
// 'strict_once' switches windowFunnel to the implementation that keeps every candidate chain; with
// disjoint step conditions it changes nothing else, and it computes the maximum level exactly.
// That is the compared query. The single-chain variant is timed too and reported with its counts,
// since it is the faster one and a ClickHouse user would likely write it.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { timeRuns, emit, lit, packageVersion } = require('./common.cjs');

async function main() {
  const results = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const runs = Number(process.argv[3] || 5);
  const { Session, query } = require('chdb');
  const version = query('SELECT version()', 'TSV').trim();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-chdb-'));
  const session = new Session(dir);
  try {
    session.query(`SET max_threads = ${results.threads}`);
    // Sorted by user and time, the layout a ClickHouse user would choose for funnels: windowFunnel
    // then receives each user's events already in order and skips its own sort.
    session.query(`CREATE TABLE events (user_id UInt32, session_id UInt32, ts UInt64,
      event LowCardinality(String), row_id UInt32) ENGINE = MergeTree ORDER BY (user_id, ts, row_id)`);
    const t0 = Date.now();
    session.query(`INSERT INTO events SELECT * FROM file(${lit(results.csv)}, 'CSVWithNames',
      'user_id UInt32, session_id UInt32, ts UInt64, event String, row_id UInt32')`);
    session.query('OPTIMIZE TABLE events FINAL');
    const loadMs = Date.now() - t0;
    const rows = Number(session.query('SELECT count() FROM events', 'TSV').trim());

    const conditions = results.funnel.steps.map((s) => `event = ${lit(s)}`).join(', ');
    const sql = (mode) => `SELECT level, count() AS users FROM (
        SELECT user_id, windowFunnel(${results.funnel.window_ms}${mode})(ts, ${conditions}) AS level
        FROM events GROUP BY user_id) GROUP BY level ORDER BY level SETTINGS max_threads = ${results.threads}`;
    // Users who reached at least step k, from how many stopped at each level.
    const counts = (tsv) => {
      const atLevel = new Map(tsv.trim().split('\n').map((l) => l.split('\t').map(Number)));
      const steps = results.funnel.steps.length;
      const out = [];
      for (let k = 1; k <= steps; ++k) {
        let n = 0;
        for (const [level, users] of atLevel) if (level >= k) n += users;
        out.push(n);
      }
      return out;
    };
    const exact = await timeRuns(1, runs, () => counts(session.query(sql(", 'strict_increase', 'strict_once'"), 'TSV')));
    const single = await timeRuns(1, runs, () => counts(session.query(sql(", 'strict_increase'"), 'TSV')));
    const plain = counts(session.query(sql(''), 'TSV'));
    emit({ engine: `chdb ${packageVersion('chdb')} (ClickHouse ${version})`, rows, load_ms: loadMs,
      strict_increase: { timing: exact.timing, counts: exact.result },
      strict_increase_single_chain: { timing: single.timing, counts: single.result }, default: { counts: plain },
      sql: sql(", 'strict_increase', 'strict_once'").replace(/\s+/g, ' ') });
  } finally {
    session.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`funnel_chdb: ${e.stack || e}\n`);
  process.exit(1);
});
