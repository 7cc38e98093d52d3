#!/usr/bin/env python3
"""Peer for `tierwise replay`: Polars on ONE thread (run with
POLARS_MAX_THREADS=1) reads an events file (JSON Lines or CSV, as written by
make_events.py), groups by key and 1-minute tumbling window (count, sum,
min, max, mean), and writes the rows sorted by (window_start, key) as JSON.

Not the same semantics: Polars sees the whole file at once, so it neither
drops late events behind a watermark nor drops repeated ids the way
tierwise's streaming replay does. It is a throughput comparison of
read + aggregate + write on the same bytes, not a correctness peer.

    POLARS_MAX_THREADS=1 python3 docs/peers/polars_replay.py /tmp/events.jsonl /tmp/out.json
"""
import sys

import polars as pl

def main():
    source, output = sys.argv[1], sys.argv[2]
    schema = {"id": pl.Int64, "key": pl.Utf8, "event_time": pl.Int64, "value": pl.Float64}
    frame = pl.scan_csv(source, schema=schema) if source.endswith(".csv") else pl.scan_ndjson(source, schema=schema)
    start = (pl.col("event_time") // 60_000) * 60_000
    result = (
        frame.with_columns(start.alias("window_start"))
        .group_by("window_start", "key")
        .agg(
            pl.len().alias("count"), pl.col("value").sum().alias("sum"), pl.col("value").min().alias("min"),
            pl.col("value").max().alias("max"), pl.col("value").mean().alias("average"),
        )
        .with_columns((pl.col("window_start") + 60_000).alias("window_end"))
        .sort("window_start", "key")
        .collect()
    )
    result.write_json(output)

if __name__ == "__main__":
    main()
