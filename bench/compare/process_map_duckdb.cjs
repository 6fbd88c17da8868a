// The session process map (directly-follows graph) in DuckDB over the events that bench_analysis
// exported, loaded into an in-memory table first (Waymark's snapshot is loaded too).
//   node process_map_duckdb.cjs RESULTS.json RUNS   (prints one JSON line)
//
// It computes what Waymark's map holds per edge: transitions, cases (sessions with the edge at
// least once), and the median and mean time between the two events (none on START and END edges).
// A session's events are in Waymark's order: time, then import order (row_id) on ties.
'use strict';
const fs = require('fs');
const { timeRuns, emit, lit, packageVersion } = require('./common.cjs');

const SQL = `
WITH seq AS MATERIALIZED (
  SELECT session_id, event, ts,
         lag(event) OVER w AS prev_event, lag(ts) OVER w AS prev_ts, lead(event) OVER w AS next_event
  FROM events WINDOW w AS (PARTITION BY session_id ORDER BY ts, row_id)
), edges AS (
  SELECT session_id, coalesce(prev_event, 'START') AS src, event AS dst,
         CASE WHEN prev_event IS NULL THEN NULL ELSE ts - prev_ts END AS ms
  FROM seq
  UNION ALL
  SELECT session_id, event, 'END', NULL FROM seq WHERE next_event IS NULL
)
SELECT src, dst, count(*) AS transitions, count(DISTINCT session_id) AS cases,
       median(ms) AS median_ms, avg(ms) AS mean_ms
FROM edges GROUP BY src, dst`;

async function main() {
  const results = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const runs = Number(process.argv[3] || 5);
  const { DuckDBInstance } = require('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:', { threads: String(results.threads) });
  const conn = await instance.connect();
  const version = (await conn.runAndReadAll('SELECT version() AS v')).getRowObjectsJson()[0].v;
  const t0 = Date.now();
  await conn.run(`CREATE TABLE events AS SELECT * FROM read_csv(${lit(results.csv)}, header = true,
    columns = {'user_id': 'UINTEGER', 'session_id': 'UINTEGER', 'ts': 'BIGINT', 'event': 'VARCHAR', 'row_id': 'UINTEGER'})`);
  const loadMs = Date.now() - t0;
  const rows = Number((await conn.runAndReadAll('SELECT count(*) AS n FROM events')).getRowObjectsJson()[0].n);
  const run = await timeRuns(1, runs, async () => (await conn.runAndReadAll(SQL)).getRowObjectsJson());
  const edges = run.result.map((r) => ({
    from: r.src, to: r.dst, transitions: Number(r.transitions), cases: Number(r.cases),
    median_s: r.median_ms === null ? undefined : Number(r.median_ms) / 1000,
    mean_s: r.mean_ms === null ? undefined : Number(r.mean_ms) / 1000,
  }));
  emit({ engine: `@duckdb/node-api ${packageVersion('@duckdb/node-api')} (DuckDB ${version})`, rows,
    load_ms: loadMs, timing: run.timing, edges, sql: SQL.replace(/\s+/g, ' ').trim() });
}

main().catch((e) => {
  process.stderr.write(`process_map_duckdb: ${e.stack || e}\n`);
  process.exit(1);
});
