#!/usr/bin/env python3
"""Peer for `tierwise replay`: DuckDB on ONE thread reads an events file
(JSON Lines or CSV, as written by make_events.py), groups by key and
1-minute tumbling window (count, sum, min, max, avg), and writes the rows
sorted by (window_start, key) as a JSON array.

Not the same semantics: DuckDB sees the whole file at once, so it neither
drops late events behind a watermark nor drops repeated ids the way
tierwise's streaming replay does. It is a throughput comparison of
read + aggregate + write on the same bytes, not a correctness peer.

    python3 docs/peers/duckdb_replay.py /tmp/events.jsonl /tmp/out.json
"""
import sys

import duckdb

def main():
    source, output = sys.argv[1], sys.argv[2]
    con = duckdb.connect()
    con.execute("SET threads=1")
    if source.endswith(".csv"):
        scan = ("read_csv('%s', header=true, columns={'id':'BIGINT','key':'VARCHAR',"
                "'event_time':'BIGINT','value':'DOUBLE'})" % source)
    else:
        scan = ("read_json('%s', format='newline_delimited', columns={'id':'BIGINT','key':'VARCHAR',"
                "'event_time':'BIGINT','value':'DOUBLE'})" % source)
    con.execute("""
        COPY (
            SELECT key,
                   (event_time // 60000) * 60000 AS window_start,
                   (event_time // 60000) * 60000 + 60000 AS window_end,
                   count(*) AS count, sum(value) AS sum, min(value) AS min, max(value) AS max, avg(value) AS average
            FROM %s
            GROUP BY key, window_start
            ORDER BY window_start, key
        ) TO '%s' (FORMAT json, ARRAY true)
    """ % (scan, output))

if __name__ == "__main__":
    main()
