// Shared helpers of the comparison engines: timing the way bench_analysis does (warm-up, then the
// median of timed runs) and a one-line JSON result on stdout for compare.cjs.
'use strict';

function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

async function timeRuns(warmups, runs, body) {
  let last;
  for (let i = 0; i < warmups; ++i) last = await body();
  const ms = [];
  for (let i = 0; i < runs; ++i) {
    const t0 = process.hrtime.bigint();
    last = await body();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { timing: { median_ms: median(ms), min_ms: Math.min(...ms), max_ms: Math.max(...ms), runs }, result: last };
}

function emit(result) {
  process.stdout.write(JSON.stringify(result) + '\n');
}

// SQL string literal.
function lit(s) {
  return "'" + String(s).replace(/'/g, "''") + "'";
}

// An installed package's version (its package.json is not always among its exports).
function packageVersion(name) {
  const fs = require('fs');
  const path = require('path');
  for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!fs.existsSync(file)) continue;
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (pkg.name === name) return pkg.version;
  }
  return 'unknown';
}

module.exports = { median, timeRuns, emit, lit, packageVersion };
