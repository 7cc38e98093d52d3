#!/usr/bin/env python3
"""Times `tierwise replay` against DuckDB and Polars (one thread each) on the same events
file, interleaved run by run, and prints medians, pairwise ratios and peak resident memory.

    python3 docs/peers/replay_benchmark.py --tierwise .build/release/tierwise \
        [--baseline OLD_BINARY] [--runs 7] [--python /tmp/venv/bin/python] /tmp/events.jsonl /tmp/events.csv

Each round runs every tool once, in the same order (baseline, tierwise, DuckDB, Polars), so a
slow minute on a shared machine hits all of them; the ratio reported is the median of the
per-round ratios. Wall time and peak RSS come from /usr/bin/time. Outputs go to a temporary
directory; the tierwise outputs of the two builds are compared byte for byte.
"""
import argparse, os, statistics, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

def timed(command, env=None):
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + command, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(command), result.stderr))
    seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kilobytes)

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tierwise", required=True)
    parser.add_argument("--baseline")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="tierwise-replay-bench-")
    replay = ["replay", None, "--window", "tumbling:1m", "--out-of-orderness", "5s", "--format", "json", "--output", None]
    for path in args.files:
        tools = []
        if args.baseline:
            tools.append(("baseline", lambda p: [args.baseline] + replay[:1] + [p] + replay[2:-1] + [os.path.join(work, "baseline.json")], None))
        tools.append(("tierwise", lambda p: [args.tierwise] + replay[:1] + [p] + replay[2:-1] + [os.path.join(work, "tierwise.json")], None))
        tools.append(("duckdb", lambda p: [args.python, os.path.join(HERE, "duckdb_replay.py"), p, os.path.join(work, "duck.json")], None))
        polars_env = dict(os.environ, POLARS_MAX_THREADS="1")
        tools.append(("polars", lambda p: [args.python, os.path.join(HERE, "polars_replay.py"), p, os.path.join(work, "polars.json")], polars_env))
        times = {name: [] for name, _, _ in tools}
        peaks = {name: [] for name, _, _ in tools}
        for _ in range(args.runs):
            for name, command, env in tools:
                seconds, kilobytes = timed(command(path), env)
                times[name].append(seconds)
                peaks[name].append(kilobytes)
        lines = sum(1 for _ in open(path, "rb"))
        print("%s (%d lines), %d rounds" % (path, lines, args.runs))
        for name, _, _ in tools:
            median = statistics.median(times[name])
            ratio = statistics.median(a / b for a, b in zip(times[name], times["tierwise"]))
            print("  %-9s median %.2f s (%.2f-%.2f), %.2f M lines/s, peak %d MB, time / tierwise's %.2f" % (
                name, median, min(times[name]), max(times[name]), lines / median / 1e6, max(peaks[name]) // 1024, ratio))
        if args.baseline:
            same = open(os.path.join(work, "baseline.json"), "rb").read() == open(os.path.join(work, "tierwise.json"), "rb").read()
            print("  baseline and tierwise outputs: %s" % ("the same bytes" if same else "DIFFERENT"))

if __name__ == "__main__":
    main()
