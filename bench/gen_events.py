#!/usr/bin/env python3
"""Writes a synthetic event export for the import benchmark, as CSV or JSON Lines.

Deterministic (seeded). Users act in sessions of a few to a few dozen events, seconds to minutes
apart; sessions are days apart. Rows are in time order per user, users interleaved in blocks, as
exports usually are. Columns: user_id, event, timestamp (ISO 8601 UTC), platform.
Usage: gen_events.py OUT.csv|OUT.jsonl EVENTS [USERS]
"""
import datetime
import json
import random
import sys

out_path, total = sys.argv[1], int(sys.argv[2])
users = int(sys.argv[3]) if len(sys.argv) > 3 else max(1, total // 25)
rng = random.Random(42)
events = ["page_view", "search", "product_view", "add_to_cart", "cart", "checkout", "purchase", "login",
          "signup", "settings", "help", "logout", "share", "review", "wishlist", "compare"]
platforms = ["desktop", "mobile", "tablet"]
jsonl = out_path.endswith(".jsonl")
base = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc).timestamp()

with open(out_path, "w", buffering=1 << 20) as out:
    if not jsonl:
        out.write("user_id,event,timestamp,platform\n")
    written = 0
    # Users in blocks of 1,000 interleaved, each emitting whole sessions.
    clock = {}
    while written < total:
        block = rng.randrange(0, users, 1)
        for u in range(block, min(block + 64, users)):
            t = clock.get(u, base + rng.random() * 86400 * 30)
            platform = platforms[u % 3]
            n = rng.randint(3, 30)
            for _ in range(n):
                if written >= total:
                    break
                t += rng.randint(5, 240)
                ts = datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
                e = events[rng.randrange(len(events))]
                if jsonl:
                    out.write(json.dumps({"user_id": f"u{u}", "event": e, "timestamp": ts, "platform": platform}) + "\n")
                else:
                    out.write(f"u{u},{e},{ts},{platform}\n")
                written += 1
            clock[u] = t + rng.randint(3600 * 6, 86400 * 4)
