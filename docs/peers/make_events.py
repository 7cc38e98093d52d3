#!/usr/bin/env python3
"""Writes a replay benchmark file: N events (default 5,000,000) over 10,000 keys,
five events per millisecond of event time, 20% of them up to 3 s out of order,
integer ids in file order, values with two decimals. Fixed seed: same bytes every run.

    python3 docs/peers/make_events.py /tmp/events.jsonl          # JSON Lines
    python3 docs/peers/make_events.py /tmp/events.csv --csv      # CSV with a header
    python3 docs/peers/make_events.py /tmp/s.jsonl --string-ids  # ids "e0", "e1", ... (text, not integers)
    python3 docs/peers/make_events.py /tmp/e.jsonl --count=50000000

Options: --count=N events, --keys=K keys (k0 … k(K-1)), --per-second=R events per
second of event time (default 5,000, so N / R seconds of event time in all),
--string-ids. The defaults give the same bytes as before these options existed. The
sliding-window measurements in docs/performance.md use --keys=100 --per-second=1000.
"""
import random
import sys

def main():
    path = sys.argv[1]
    is_csv = "--csv" in sys.argv
    string_ids = "--string-ids" in sys.argv
    count, keys, per_second = 5_000_000, 10_000, 5_000
    for arg in sys.argv[2:]:
        if arg.startswith("--count="):
            count = int(arg.split("=", 1)[1])
        elif arg.startswith("--keys="):
            keys = int(arg.split("=", 1)[1])
        elif arg.startswith("--per-second="):
            per_second = int(arg.split("=", 1)[1])
    rng = random.Random(20261201)
    start = 1_764_547_200_000  # 2025-12-01T00:00:00Z
    with open(path, "w", buffering=1 << 20) as out:
        if is_csv:
            out.write("id,key,event_time,value\n")
        lines = []
        for i in range(count):
            t = start + i * 1000 // per_second
            if rng.random() < 0.2:
                t -= rng.randint(0, 3000)
            key = "k%d" % rng.randrange(keys)
            value = "%.2f" % (rng.random() * 1000)
            ident = ('"e%d"' % i) if string_ids else ("%d" % i)
            if is_csv:
                lines.append("%s,%s,%d,%s\n" % (ident.strip('"'), key, t, value))
            else:
                lines.append('{"id":%s,"key":"%s","event_time":%d,"value":%s}\n' % (ident, key, t, value))
            if len(lines) >= 100_000:
                out.write("".join(lines))
                lines = []
        out.write("".join(lines))

if __name__ == "__main__":
    main()
