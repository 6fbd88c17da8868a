#!/usr/bin/env bash
# Analysis benchmark (issue: analysis engine). Not part of `make test`.
#   bench/analysis_bench.sh [BUILD_DIR]      (or BUILD_DIR=... ; RUNS=7 timed runs per query)
# Builds bench_analysis (Release), generates or reuses the 10M-event / 500k-user project in
# bench/.data (generation is not timed), times snapshot build, funnel, paths, process map and
# sessionization, then installs chdb and @duckdb/node-api into bench/.deps (npm, exact versions
# from bench/compare/package.json) and runs the same funnel (ClickHouse windowFunnel) and process
# map (DuckDB SQL) over the same events, checks that the results are identical and prints both
# tables. Exits non-zero when an engine's results differ from Waymark's.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-${BUILD_DIR:-build}}
RUNS=${RUNS:-7}
DATA=bench/.data
DEPS=bench/.deps
mkdir -p "$DATA"

if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
type=$(grep -m1 '^CMAKE_BUILD_TYPE:' "$BUILD/CMakeCache.txt" | cut -d= -f2)
[ "$type" = Release ] || echo "warning: $BUILD is a '$type' build: these numbers mean something only in Release" >&2
# Other builds share this tree: the lock keeps two of them from running at once.
flock /tmp/waymark-build.lock cmake --build "$BUILD" --target bench_analysis

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) (the numbers are only fair on a quiet machine: check uptime)"
RESULTS=$DATA/analysis_results.json
"$BUILD/bench/analysis/bench_analysis" --runs "$RUNS" --csv --json "$RESULTS"

# The comparison engines: never needed by make test, so installed here and only here.
if ! cmp -s bench/compare/package.json "$DEPS/package.json" || [ ! -d "$DEPS/node_modules/chdb" ] \
    || [ ! -d "$DEPS/node_modules/@duckdb/node-api" ]; then
    mkdir -p "$DEPS"
    cp bench/compare/package.json "$DEPS/package.json"
    npm install --prefix "$DEPS" --no-audit --no-fund --loglevel=error \
        || echo "npm install failed (above); the comparison reports the engines that do not load" >&2
fi
NODE_PATH=$PWD/$DEPS/node_modules node bench/compare/compare.cjs "$RESULTS" 5
