#!/usr/bin/env bash
# Import benchmark (issue: foundation). Not part of `make test`.
#   bench/import_bench.sh [BUILD_DIR] [EVENTS]
# Generates EVENTS (default 5,000,000) synthetic events as CSV and JSON Lines (cached in
# bench/.data), imports each into a fresh project with waymark-cli, and imports the same CSV with
# sqlite3's own .import into a plain table, side by side. Prints events/s and peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
EVENTS=${2:-5000000}
DATA=bench/.data
mkdir -p "$DATA"
CSV=$DATA/events_${EVENTS}.csv
JSONL=$DATA/events_${EVENTS}.jsonl
[ -f "$CSV" ] || python3 bench/gen_events.py "$CSV" "$EVENTS"
[ -f "$JSONL" ] || python3 bench/gen_events.py "$JSONL" "$EVENTS"
CLI=$BUILD/app/waymark-cli
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

measure() { # label, command...
    local label=$1; shift
    sync
    /usr/bin/time -f "%e %M" -o "$OUT/time" "$@" > /dev/null
    read -r secs kb < "$OUT/time"
    python3 - "$label" "$EVENTS" "$secs" "$kb" <<'PY'
import sys
label, events, secs, kb = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
print(f"| {label} | {events:,} | {secs:.2f} s | {events / secs:,.0f} | {kb / 1024:,.0f} MB |")
PY
}

echo "| run | events | wall time | events/s | peak memory |"
echo "| --- | --- | --- | --- | --- |"
measure "waymark-cli import (CSV)" "$CLI" import "$OUT/csv.waymark" "$CSV"
measure "waymark-cli import (JSON Lines)" "$CLI" import "$OUT/jsonl.waymark" "$JSONL"
measure "sqlite3 .import (same CSV, plain text table)" sqlite3 "$OUT/plain.db" -cmd ".mode csv" ".import $CSV events"
echo
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
