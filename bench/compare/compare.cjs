// Runs the comparison engines on what bench_analysis measured and exported, checks that their
// results are identical to Waymark's, and prints the side-by-side table.
//   node compare.cjs RESULTS.json [RUNS]
// Each engine runs in its own process, one after the other, so that neither holds memory or CPU
// while the other is timed, and an engine that cannot install or run is reported, not fatal.
// Exits 2 when an engine ran and its results differ from Waymark's.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const resultsPath = process.argv[2];
const runs = process.argv[3] || '5';
const waymark = JSON.parse(fs.readFileSync(resultsPath, 'utf8'));

function runEngine(script) {
  const p = spawnSync(process.execPath, [path.join(__dirname, script), resultsPath, runs], {
    encoding: 'utf8', maxBuffer: 64 << 20, env: process.env,
  });
  if (p.status !== 0 || !p.stdout.trim()) {
    const detail = (p.stderr || String(p.error || '')).trim().split('\n').slice(0, 6).join(' / ');
    return { error: `exit ${p.status}: ${detail}` };
  }
  return JSON.parse(p.stdout.trim().split('\n').pop());
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const sameCounts = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);
const close = (a, b) => (a === undefined && b === undefined) || (a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a)));

let differ = false;
const rows = [];
const notes = [];

// Funnel against chdb.
const ch = runEngine('funnel_chdb.cjs');
const wf = waymark.funnel;
if (ch.error) {
  rows.push(['6-step funnel, 14 days (strict increase)', fmt(wf.strict_increase.timing.median_ms), `chdb failed: ${ch.error}`, '—', '≥ 3×', '—']);
} else {
  const ok = sameCounts(ch.strict_increase.counts, wf.strict_increase.counts) && ch.rows === waymark.events;
  differ ||= !ok;
  const ratio = ch.strict_increase.timing.median_ms / wf.strict_increase.timing.median_ms;
  rows.push(['6-step funnel, 14 days, strict increase (chdb: strict_increase + strict_once)', fmt(wf.strict_increase.timing.median_ms),
    `${fmt(ch.strict_increase.timing.median_ms)} (chdb windowFunnel)`, `${ratio.toFixed(1)}×`, ratio >= 3 ? '≥ 3×: met' : '≥ 3×: **not met**',
    ok ? `yes: ${wf.steps.length} step counts equal` : `**NO**: Waymark ${JSON.stringify(wf.strict_increase.counts)}, chdb ${JSON.stringify(ch.strict_increase.counts)}`]);
  notes.push(`funnel step counts (users, strict increase), both engines: ${wf.strict_increase.counts.join(' → ')}`);
  const sc = ch.strict_increase_single_chain;
  if (sc) {
    const scRatio = sc.timing.median_ms / wf.strict_increase.timing.median_ms;
    rows.push(['same, chdb without strict_once (single chain per level)', fmt(wf.strict_increase.timing.median_ms),
      `${fmt(sc.timing.median_ms)} (chdb windowFunnel)`, `${scRatio.toFixed(1)}×`, scRatio >= 3 ? '≥ 3×: met' : '≥ 3×: **not met**',
      sameCounts(sc.counts, wf.strict_increase.counts) ? 'yes' : `no, chdb undercounts: ${sc.counts.join(' → ')}`]);
  }
  const plainSame = sameCounts(ch.default.counts, wf.default.counts);
  notes.push(`default modes (not compared for speed): Waymark ${wf.default.counts.join(' → ')} (${fmt(wf.default.timing.median_ms)}); ` +
    `chdb windowFunnel without strict_increase ${ch.default.counts.join(' → ')}` +
    (plainSame ? ' (equal on this data)' : ' (differ: windowFunnel orders equal timestamps by step number, Waymark by import order)'));
  notes.push(`${ch.engine}; ${ch.rows.toLocaleString('en')} rows loaded into MergeTree in ${fmt(ch.load_ms)} (not timed); query: \`${ch.sql}\``);
}

// Process map against DuckDB.
const dk = runEngine('process_map_duckdb.cjs');
const wm = waymark.process_map;
if (!wm) {
  rows.push(['process map, sessions', 'not built', dk.error ? `DuckDB failed: ${dk.error}` : fmt(dk.timing.median_ms), '—', '≥ 20×', '—']);
} else if (dk.error) {
  rows.push(['process map, sessions', fmt(wm.timing.median_ms), `DuckDB failed: ${dk.error}`, '—', '≥ 20×', '—']);
} else {
  const key = (e) => `${e.from}\u0000${e.to}`;
  const theirs = new Map(dk.edges.map((e) => [key(e), e]));
  const problems = [];
  for (const e of wm.edges) {
    const d = theirs.get(key(e));
    if (!d) { problems.push(`${e.from}→${e.to} missing in DuckDB`); continue; }
    theirs.delete(key(e));
    if (d.transitions !== e.transitions || d.cases !== e.cases) problems.push(`${e.from}→${e.to}: ${e.transitions}/${e.cases} vs ${d.transitions}/${d.cases}`);
    else if (!close(e.median_s, d.median_s) || !close(e.mean_s, d.mean_s)) problems.push(`${e.from}→${e.to}: times ${e.median_s}/${e.mean_s} vs ${d.median_s}/${d.mean_s}`);
  }
  for (const d of theirs.values()) problems.push(`${d.from}→${d.to} only in DuckDB`);
  const ok = problems.length === 0 && dk.rows === waymark.events;
  differ ||= !ok;
  const ratio = dk.timing.median_ms / wm.timing.median_ms;
  rows.push(['process map, sessions (edges with counts, START/END)', fmt(wm.timing.median_ms), `${fmt(dk.timing.median_ms)} (DuckDB SQL)`,
    `${ratio.toFixed(1)}×`, ratio >= 20 ? '≥ 20×: met' : '≥ 20×: **not met**',
    ok ? `yes: ${wm.edges.length} edges, transitions, cases, median and mean times equal` : `**NO**: ${problems.slice(0, 5).join('; ')}`]);
  notes.push(`${dk.engine}; ${dk.rows.toLocaleString('en')} rows loaded into an in-memory table in ${fmt(dk.load_ms)} (not timed)`);
}

console.log('\n### Side by side: the same events, the same machine, one run (medians)\n');
console.log('| query | Waymark | other engine | Waymark faster by | target | results identical |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log('');
for (const n of notes) console.log(`- ${n}`);
console.log(`- threads: ${waymark.threads} for every engine; ${waymark.cpu}; load average ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} after the comparison`);
process.exit(differ ? 2 : 0);
