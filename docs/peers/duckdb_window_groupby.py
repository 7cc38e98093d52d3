"""The peer measurement quoted in docs/engine.md: DuckDB, one thread, the same
GROUP BY key, 1-minute window (count, sum, min, max, avg) as `tierwise bench`,
over 20,000,000 rows of the same shape. Not part of the product or its tests.

    pip install duckdb && python3 docs/peers/duckdb_window_groupby.py
"""
import duckdb, time, statistics
con = duckdb.connect()
con.execute("SET threads TO 1")
n = 20_000_000
# Same shape as tierwise bench: 1,000 events per second of event time, up to 4 s of disorder, 10,000 uniform keys.
con.execute(f"""CREATE TABLE events AS SELECT i AS id, (hash(i) % 10000)::INTEGER AS key,
  (i - (hash(i * 7 + 1) % 4000))::BIGINT AS ts, ((hash(i * 13 + 5) % 10000) / 100.0)::DOUBLE AS value
  FROM range({n}) t(i)""")
times = []
for _ in range(5):
    t = time.perf_counter()
    con.execute("DROP TABLE IF EXISTS result")
    con.execute("""CREATE TABLE result AS SELECT key, floor(ts / 60000) AS w, count(*), sum(value), min(value), max(value), avg(value)
                       FROM events GROUP BY key, w""")
    r = [0] * con.execute("SELECT count(*) FROM result").fetchone()[0]
    times.append(time.perf_counter() - t)
print("groups", len(r), "median rows/s", n / statistics.median(times) / 1e6, [round(n / x / 1e6, 1) for x in times])
