#!/usr/bin/env bash
# Runs every benchmark (make bench). Results go to stdout; record them in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
bench/import_bench.sh "$BUILD"
bench/analysis_bench.sh "$BUILD"
for b in "$BUILD"/bench/bench_*; do
    [ -x "$b" ] && "$b"
done
