#!/usr/bin/env python3
"""Peer for `tierwise replay --window sliding:SIZE/SLIDE`: DuckDB on ONE thread
reads an events file (JSON Lines or CSV, as written by make_events.py),
pre-aggregates per pane of gcd(size, slide) (count, sum, min, max per key and
pane), combines the panes into every sliding window with a framed window
function over a dense grid of panes, and writes the non-empty windows sorted by
(window_start, key) as a JSON array (key, window_start, window_end, count, sum,
min, max, average).

Not the same semantics: DuckDB sees the whole file at once, so it neither drops
late events behind a watermark nor repeated ids as tierwise's streaming replay
does (make_events.py's files have neither when replayed with 5 s of
out-of-orderness, so counts, minima and maxima agree; sums agree to rounding).

    python3 docs/peers/duckdb_sliding.py /tmp/events.jsonl /tmp/out.json 3600000 1000
"""
import math
import sys

import duckdb

def main():
    source, output = sys.argv[1], sys.argv[2]
    size, slide = int(sys.argv[3]), int(sys.argv[4])
    pane = math.gcd(size, slide)
    panes_per_window = size // pane
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
            WITH panes AS (
                SELECT key, event_time // {pane} AS pane,
                       count(*) AS c, sum(value) AS s, min(value) AS mn, max(value) AS mx
                FROM {scan}
                GROUP BY key, pane
            ),
            bounds AS (SELECT min(pane) AS first, max(pane) AS last FROM panes),
            -- Every pane from the first to the last window's end, for every key: the frame is then a count of rows.
            grid AS (
                SELECT k.key, g.pane
                FROM (SELECT DISTINCT key FROM panes) k, bounds, range(bounds.first, bounds.last + {n}) g(pane)
            ),
            windows AS (
                SELECT grid.key, grid.pane - {n} + 1 AS first_pane,
                       sum(c) OVER w AS count, sum(s) OVER w AS sum, min(mn) OVER w AS min, max(mx) OVER w AS max
                FROM grid LEFT JOIN panes USING (key, pane)
                WINDOW w AS (PARTITION BY grid.key ORDER BY grid.pane ROWS BETWEEN {n} - 1 PRECEDING AND CURRENT ROW)
            )
            SELECT key, first_pane * {pane} AS window_start, first_pane * {pane} + {size} AS window_end,
                   count, sum, min, max, sum / count AS average
            FROM windows
            WHERE count IS NOT NULL AND (first_pane * {pane}) % {slide} = 0
            ORDER BY window_start, key
        ) TO '{output}' (FORMAT json, ARRAY true)
    """.format(pane=pane, n=panes_per_window, size=size, slide=slide, scan=scan, output=output))

if __name__ == "__main__":
    main()
