import Testing
@testable import TierwiseCLI

/// The exact `--help` of every command, pinned as swift-argument-parser's example tests pin theirs:
/// a change to an option's wording or to the layout shows up here first.
@Suite("Help text")
struct HelpTextTests {
    static let expected: [(String, String)] = [
        ("analyze", #"""
Analyze a use-case catalog: weigh every latency tier of each use case by what delay costs and
what each architecture costs to build and run, and recommend a tier, pattern and move with its
payback and the values at which the verdict flips (--model seed: the seed's framework as
published).

Usage: tierwise analyze CATALOG [options]

Arguments:
  CATALOG                         Path to the catalog JSON (see docs/catalog.md).

Options:
  --format FORMAT                 markdown, json or text (default: markdown).
  --output PATH                   Write the report to PATH (atomically) instead of standard output.
  --model MODEL                   tierwise (default) or seed: seed 002's framework, figures and fields as published.
  --pricing FILE                  Unit prices for the capacity cost model (docs/capacity.md), over the catalog's defaults.pricing.
  --hourly-rate USD               Fully loaded engineer cost per hour (default 150).
  --baseline-monthly-compute USD  Monthly compute of simple batch at low volume (default 1000).
  --set NAME.FIELD=VALUE          Override a catalog value (NAME a use case or defaults; VALUE JSON or text). Repeatable; the last wins.
  --what-if FILE                  Apply a what-if file of named assumptions (docs/whatif.md) before any --set.
  --force-tier NAME=TIER          Analyze use case NAME at TIER instead of the recommended one (tierwise model). Repeatable.
  --force-pattern NAME=PATTERN    Analyze use case NAME with PATTERN (tierwise model). Repeatable.
  --charts DIR                    Also write SVG charts to DIR (created if missing): portfolio.svg, and costs-N-NAME.svg for the first 50 use cases.
  --simulate                      Also simulate each recommendation; append its verdicts (markdown, text).
  --calibration FILE              With --simulate: service times from FILE (tierwise calibrate).
  --events-per-run N              With --simulate: events one run simulates at most (default 2,000,000).
  --help, -h                      Show this help.

Cost parameters given here replace the catalog's defaults; a use case's own values still win.
The Markdown report links the charts of --charts (docs/charts.md).
Exit status: 0 on success, 2 for bad usage or an invalid catalog (every problem is listed on
standard error and nothing is written), 3 when the report or a chart cannot be written.
"""#),
        ("check", #"""
Validate use-case catalogs: every problem is reported with its JSON path, line and column. With
--policy, apply a policy's rules (cost increases against --base, portfolio total, challenged
tiers, latency justifications, payback, real-time count) and report each finding where it is in
the catalog.

Usage: tierwise check CATALOG... [options]

Arguments:
  CATALOG                         Path to a catalog JSON (one or more).

Options:
  --policy FILE                   Gate policy JSON (docs/ci.md, docs/policy.schema.json).
  --base BASE                     Catalog or saved analysis to compare against (increase rules).
  --strict                        Treat warnings (unknown fields, warn rules) as failures.
  --calibration FILE              For simulation_verdict rules: service times from FILE (else this machine is measured).
  --format FORMAT                 text, json, github, junit, sarif or markdown (default: text).
  --output PATH                   Write the report to PATH (atomically) instead of standard output.
  --charts DIR                    Also write SVG charts to DIR (created if missing): findings.svg, errors and warnings per rule.
  --help, -h                      Show this help.

--format github writes workflow commands (at most 10 annotations per level) and, when
GITHUB_STEP_SUMMARY is set, appends the Markdown summary to that file.
Exit status: 0 when the check passes (warnings allowed), 1 when a deny rule fails (or, with --strict,
any warning), 2 for bad usage or invalid input, 3 when the report cannot be written.
"""#),
        ("diff", #"""
Compare two versions of a catalog use case by use case, matched by name: what changed in tier,
pattern, monthly and first-year cost, payback and inputs, what was added and removed, and the
portfolio delta in money and percent. BASE and HEAD are each a catalog or a saved 'analyze
--format json'.

Usage: tierwise diff BASE HEAD [options]

Arguments:
  BASE                            The catalog or saved analysis before the change.
  HEAD                            The catalog or saved analysis after it.

Options:
  --format FORMAT                 markdown (a pull-request comment), json or text (default: markdown).
  --output PATH                   Write the report to PATH (atomically) instead of standard output.
  --help, -h                      Show this help.

Catalogs are analyzed with the tierwise model. The Markdown stays under GitHub's 65,536-character
comment limit and starts with <!-- tierwise diff --> so a workflow can update its comment in place.
Exit status: 0 on success, 2 for bad usage (nothing is written), 3 when the report cannot be written.
"""#),
        ("costs", #"""
Compare what each processing approach costs at a daily event volume: monthly infrastructure,
monthly operations, total, initial build and first-year TCO.

Usage: tierwise costs [options]

Options:
  --events-per-day N              Daily event volume (required).
  --approaches LIST               Comma-separated approaches (default: batch_simple,micro_batch,near_real_time,real_time).
  --model MODEL                   tierwise (default) or seed: seed 002's framework, figures and fields as published.
  --hourly-rate USD               Fully loaded engineer cost per hour (default 150).
  --baseline-monthly-compute USD  Monthly compute of simple batch at low volume (default 1000).
  --format FORMAT                 markdown, json or text (default: text).
  --output PATH                   Write the report to PATH (atomically) instead of standard output.
  --help, -h                      Show this help.

Approaches: batch_simple, batch_complex, micro_batch, near_real_time, real_time.
Exit status: 0 on success, 2 for bad usage (nothing is written), 3 when the report cannot be written.
"""#),
        ("break-even", #"""
Compute whether moving from a slower to a faster processing approach pays back: extra monthly
cost, monthly value of the latency saved, net benefit and payback months.

Usage: tierwise break-even [options]

Options:
  --events-per-day N              Daily event volume (required).
  --revenue-per-minute USD        Money lost per minute of delay (required).
  --from APPROACH                 The slower approach (default batch_simple).
  --to APPROACH                   The faster approach (default near_real_time).
  --baseline-latency-minutes M    Latency of --from (default: what it delivers, 780 for batch; 1440 with --model seed).
  --candidate-latency-minutes M   Latency of --to (default: what it delivers, 7 s for near_real_time; 30 s with --model seed).
  --decisions-per-hour N          Decisions per hour that each lose their latency × the delay cost (tierwise model; default 1).
  --active-hours-per-week H       Hours a week in which delay costs money (tierwise model; default 168, 24×7).
  --solve INPUT                   Solve for the value of revenue-per-minute, events-per-day, hourly-rate or baseline-monthly-compute at which it pays back within 12 months.
  --model MODEL                   tierwise (default) or seed: seed 002's framework, figures and fields as published.
  --hourly-rate USD               Fully loaded engineer cost per hour (default 150).
  --baseline-monthly-compute USD  Monthly compute of simple batch at low volume (default 1000).
  --format FORMAT                 markdown, json or text (default: text).
  --output PATH                   Write the report to PATH (atomically) instead of standard output.
  --help, -h                      Show this help.

The seed's fixed assumption (60 minutes against 1) is --baseline-latency-minutes 60 --candidate-latency-minutes 1 --model seed.
Seed model: the minutes saved count once per hour of a 30-day month (× 30 × 24); latencies default
to the tiers' upper bounds; payback under 12 months is recommended.
Tierwise model (the default): latencies default to what each approach delivers (batch 13 h,
micro_batch 3.5 min, near_real_time 7 s, real_time 50 ms); each latency's loss is capped at every
active minute of the month; payback counts from the start of the build and must be under 12 months.
Exit status: 0 on success, 2 for bad usage (nothing is written), 3 when the report cannot be written.
"""#),
        ("generate-catalog", #"""
Write a synthetic, valid use-case catalog drawn from the seeds' archetypes (fraud detection,
recommendations, IoT, dashboards, reporting, ML training, inventory, pricing), for what-if work
and benchmarks. The same --count and --seed always give the same bytes.

Usage: tierwise generate-catalog [options]

Options:
  --count N                       Number of use cases, 1 to 1,000,000 (required).
  --seed S                        Random seed, a non-negative integer (default 42).
  --output PATH                   Write the catalog to PATH (atomically) instead of standard output.
  --help, -h                      Show this help.

Exit status: 0 on success, 2 for bad usage (nothing is written), 3 when the report cannot be written.
"""#),
        ("replay", #"""
Replay events (JSON Lines, or CSV with a header; fields id, key, event_time in epoch
milliseconds or ISO 8601, value) through the engine's event-time windows, with a
bounded-out-of-orderness watermark advanced per event. Prints each window's count, sum, min, max
and average, the late events, the duplicates dropped and the quarantined lines.

Usage: tierwise replay EVENTS [options]

Arguments:
  EVENTS                          Path to the events file.

Options:
  --window SPEC                   tumbling:1m (default), sliding:5m/1m or session:30s.
  --out-of-orderness DURATION     Watermark bound (default 5s).
  --allowed-lateness DURATION     How long fired windows accept updates (default 0s).
  --dedup-ttl DURATION            Forget an id this long (event time) after it was seen (default: never).
  --distinct                      Also estimate each window's distinct values (HyperLogLog, ±3%).
  --input-format FORMAT           jsonl or csv (default: from the extension, else the first 20 non-empty lines).
  --allow-empty                   Accept an input with lines but no events (exit 0).
  --format FORMAT                 json, csv or markdown (default: json).
  --output PATH                   Write the report to PATH (atomically) instead of standard output.
  --help, -h                      Show this help.

Durations: a number with ms, s, m, h or d, at most 3650000d. A window fires when the watermark
(largest event time minus the bound) reaches its end; an event is late when all its windows are
past end + lateness. A repeated id is a duplicate, never late. Bad lines are quarantined, not fatal.
Ids are remembered for the whole replay unless --dedup-ttl is given: integer ids cost bits, text ids
about 90 bytes each; with a TTL, text ids are kept as 63-bit hashes and memory stays bounded.
Input: .jsonl, .ndjson and .json files are JSON Lines, .csv files CSV; other files are read as the
majority of their first 20 non-empty lines suggests. Limits: event times from 0000-01-01T00:00:00Z
to 9999-12-31T23:59:59.999Z, at most 10000 sliding windows per event (size/slide), lines of at most
1 MiB (longer ones are quarantined).
Exit status: 0 on success (even with quarantined lines), 2 for bad usage, an unreadable file, or a
file with lines but no events (unless --allow-empty), 3 when the output cannot be written.
"""#),
        ("bench", #"""
Generate events in memory and measure the durable log (append and replay), streaming
tumbling-window aggregation (1-minute windows, 5 s out-of-orderness, one core) and the same
aggregation as a batch (on one core, on two, and on two reading the durable log), in events per
second, with the peak resident memory. Progress goes to standard error.

Usage: tierwise bench [options]

Options:
  --events N                      Events to generate (default 5,000,000).
  --keys K                        Distinct keys (default 10,000).
  --format FORMAT                 json or text (default: text).
  --help, -h                      Show this help.

Build in release mode for meaningful figures: swift build -c release && .build/release/tierwise bench.
The durable log is written to a temporary directory, removed afterwards.
Exit status: 0 on success, 2 for bad usage (nothing is written), 3 when the report cannot be written.
"""#),
        ("sweep", #"""
Sweep one input of a use case over a range (or two inputs over a grid) and show the tierwise
model's recommendation, cost and payback at each point, with the points where the recommendation
flips marked.

Usage: tierwise sweep CATALOG [options]

Arguments:
  CATALOG                         Path to the catalog JSON.

Options:
  --use-case NAME                 The use case to sweep (required).
  --vary FIELD                    The input to vary (required): events_per_second, peak_multiplier, events_per_day, revenue_impact_per_minute_delay, hourly_rate, baseline_monthly_compute, source_arrival_interval_minutes, consumption_interval_minutes, event_bytes, log_retention_days, value_model.decisions_per_hour, value_model.deadline_seconds, value_model.horizon_minutes, value_model.half_life_minutes or value_model.active_hours_per_week.
  --from A                        First value (required).
  --to B                          Last value (required).
  --steps N                       Points, 2 to 1000 (default 11).
  --log                           Space the points logarithmically (A and B above 0).
  --vary2 FIELD                   A second input, for a grid.
  --from2 A                       First value of the second input.
  --to2 B                         Last value of the second input.
  --steps2 N                      Points of the second input (default 11; at most 10,000 in the grid).
  --log2                          Space the second input logarithmically.
  --format FORMAT                 markdown, json or text (default: markdown).
  --output PATH                   Write the report to PATH (atomically) instead of standard output.
  --charts DIR                    Also write SVG charts to DIR (created if missing): sweep.svg, the cost curve with its flip points (one-input sweeps).
  --set NAME.FIELD=VALUE          Override a catalog value (NAME a use case or defaults; VALUE JSON or text). Repeatable; the last wins.
  --what-if FILE                  Apply a what-if file of named assumptions (docs/whatif.md) before any --set.
  --help, -h                      Show this help.

Values outside a field's accepted range are brought to its bound. Each point re-analyzes the use case
with the input changed and nothing else. Exit status: 0 on success, 2 for bad usage (nothing is written), 3 when the report cannot be written.
"""#),
        ("thresholds", #"""
For each use case (or each named one), find the nearest value below and above the catalog's of
each deciding input (delay cost, event rate, peak, hourly rate, baseline compute by default) at
which the tierwise model's recommended tier or pattern changes, and what it changes to.

Usage: tierwise thresholds CATALOG [options]

Arguments:
  CATALOG                         Path to the catalog JSON.

Options:
  --use-case NAME                 Solve only this use case. Repeatable.
  --inputs LIST                   Comma-separated inputs (default: revenue_impact_per_minute_delay,events_per_second,peak_multiplier,hourly_rate,baseline_monthly_compute).
  --format FORMAT                 markdown, json or text (default: markdown).
  --output PATH                   Write the report to PATH (atomically) instead of standard output.
  --set NAME.FIELD=VALUE          Override a catalog value (NAME a use case or defaults; VALUE JSON or text). Repeatable; the last wins.
  --what-if FILE                  Apply a what-if file of named assumptions (docs/whatif.md) before any --set.
  --help, -h                      Show this help.

Each switch is found by doubling away from the current value, then bisecting to a relative 10^-6;
when a recommendation changes more than once within one doubling, the one found may not be the nearest.
Catalogs of 1,000 use cases or more get progress on standard error. Exit status: 0 on success, 2 for bad usage (nothing is written), 3 when the report cannot be written.
"""#),
        ("uncertainty", #"""
Draw every input the catalog gives as a range {low, likely, high} and re-analyze: P10/P50/P90 of
each use case's cost and of its move's net benefit, the chance the move pays back within the
bar, how often each recommendation comes out, and a tornado of the inputs by how much each
swings the net benefit.

Usage: tierwise uncertainty CATALOG [options]

Arguments:
  CATALOG                         Path to the catalog JSON.

Options:
  --monte-carlo N                 Draws, 1 to 1,000,000 (default 10,000).
  --seed S                        Seed, 0 to 2^53 (default 1): the same seed gives the same report.
  --distribution NAME             pert (default) or triangular, where a range names none.
  --format FORMAT                 markdown, json or text (default: markdown).
  --output PATH                   Write the report to PATH (atomically) instead of standard output.
  --charts DIR                    Also write SVG charts to DIR (created if missing): portfolio-distribution.svg, and tornado-N-NAME.svg for the first 50 use cases with ranges.
  --set NAME.FIELD=VALUE          Override a catalog value (NAME a use case or defaults; VALUE JSON or text). Repeatable; the last wins.
  --what-if FILE                  Apply a what-if file of named assumptions (docs/whatif.md) before any --set.
  --help, -h                      Show this help.

Past its first second, a run reports progress on standard error after each round of use cases.
Exit status: 0 on success, 2 for bad usage (nothing is written), 3 when the report cannot be written.
"""#),
        ("simulate", #"""
Turn each use case into a synthetic open-loop workload and its recommended architecture into a
pipeline of stages (triggers, service times, cores, commits), run it in simulated time with
every event going through the embedded engine, and report for each claim (latency p99 at average
and at peak, throughput at peak, exactly-once under a crash, late data) whether it holds, with
the measured figure and the reason. With --scenario, simulate the pipelines a scenario file
describes instead (docs/simulator.md).

Usage: tierwise simulate CATALOG [options]

Arguments:
  CATALOG                         Path to the catalog JSON (omit with --scenario).

Options:
  --scenario FILE                 Simulate the scenarios of FILE instead of a catalog.
  --use-case NAME                 Only this use case (repeat for several).
  --duration DURATION             Simulated time per run (default: 1h, or 10 of the longest trigger interval).
  --warmup DURATION               Simulated time discarded first (default: a tenth).
  --seed N                        Seed of every random draw (default 42).
  --replications N                Runs per load with consecutive seeds, for 95% intervals (default 1).
  --events-per-run N              Events one run simulates at most; beyond, a sample stands for the rest (default 2,000,000).
  --clock CLOCK                   simulated (default), or wall: also run one-stage continuous pipelines live (at most 30 s).
  --calibration FILE              Service times from FILE (tierwise calibrate); default: measure this machine at start.
  --format FORMAT                 markdown, json or text (default: markdown).
  --output PATH                   Write the report to PATH (atomically) instead of standard output.
  --help, -h                      Show this help.

Durations: a number with ms, s, m, h or d (10s, 15m, 24h). Without --calibration the figures depend on
this machine's speed and the report says so; with it, the same seed gives the same bytes anywhere.
Progress goes to standard error. Exit status: 0 on success (whatever the verdicts), 2 for bad usage or an
invalid catalog, scenario or calibration file (every problem is listed, nothing is written), 3 when the
report cannot be written.
"""#),
        ("calibrate", #"""
Measure the events per second one core of the embedded engine sustains on the simulator's
workload shape (deduplication, 1-minute tumbling windows, a 5 s watermark bound), and write a
calibration file with it and the documented fixed costs. Give it to simulate --calibration to
make every simulated figure reproducible; edit it (or write one) with your production job's
figures to simulate your cluster instead.

Usage: tierwise calibrate [options]

Options:
  --events N                      Events to measure with (default 2,000,000).
  --output PATH                   Write the report to PATH (atomically) instead of standard output.
  --help, -h                      Show this help.

Build in release mode for meaningful figures: swift build -c release && .build/release/tierwise calibrate.
The file's fields are documented in docs/simulator.md ("Calibration").
Exit status: 0 on success, 2 for bad usage (nothing is written), 3 when the report cannot be written.
"""#),
    ]

    @Test("Each command's --help is exactly as pinned, on standard output, with status 0", arguments: 0..<13)
    func commandHelp(index: Int) {
        let (command, text) = Self.expected[index]
        let result = run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        #expect(result.output == text + "\n", "tierwise \(command) --help changed")
    }

    @Test("The overview lists every command with its abstract")
    func overview() {
        #expect(run(["--help"]).output == #"""
tierwise 0.2.0: decide, use case by use case, what must be real time and what can be batch.

Usage: tierwise COMMAND [arguments] [options]

Commands:
  analyze           Analyze a catalog: verdicts, costs, break-even, architecture.
  check             Validate catalogs and gate them on a policy (for CI).
  diff              Compare two versions of a catalog (or saved analyses).
  costs             Compare the processing approaches' costs at a volume.
  break-even        Does going faster pay back, and when?
  generate-catalog  Write a synthetic, valid catalog.
  replay            Run event samples through the embedded streaming engine.
  bench             Measure the embedded engine's throughput on this machine.
  sweep             Vary one or two inputs of a use case and mark where the recommendation flips.
  thresholds        Find the values of each deciding input at which a recommendation changes.
  uncertainty       Monte Carlo and tornado over the inputs a catalog gives as ranges.
  simulate          Simulate each recommended architecture and judge its latency and throughput claims.
  calibrate         Measure this machine's engine and write a calibration file for simulate.

Run 'tierwise COMMAND --help' for a command's arguments and options.
  --help, -h        Show this help.
  --version         Show the version.
"""# + "\n")
    }
}
