import Foundation
import Testing
@testable import TierwiseCLI
import TierwiseJSON

@Suite("Command line")
struct CommandLineTests {
    // MARK: - Usage

    @Test("--version and --help succeed on standard output")
    func versionAndHelp() {
        #expect(run(["--version"]) == ("tierwise \(TierwiseCommandLine.version)\n", "", 0))
        let help = run(["--help"])
        #expect(help.status == 0)
        for command in ["analyze", "check", "costs", "break-even", "generate-catalog"] {
            #expect(help.output.contains("\n  \(command) "), "overview lacks \(command)")
            let commandHelp = run([command, "--help"])
            #expect(commandHelp.status == 0)
            #expect(commandHelp.output.contains("Usage: tierwise \(command)"))
        }
    }

    @Test("analyze --help names its argument and options")
    func analyzeHelp() {
        let help = run(["analyze", "-h"]).output
        #expect(help.contains("Usage: tierwise analyze CATALOG [options]"))
        for option in ["--format FORMAT", "--output PATH", "--hourly-rate USD", "--baseline-monthly-compute USD", "--help, -h"] {
            #expect(help.contains("  " + option), "missing \(option)")
        }
    }

    @Test("Usage mistakes exit 2 with a message on standard error", arguments: [
        (["analyze"], "tierwise: missing argument CATALOG"),
        (["analyze", "a.json", "--frmat", "json"], "tierwise: unknown option '--frmat'"),
        (["analyze", "a.json", "--format"], "tierwise: option '--format' needs a value (FORMAT)"),
        (["analyze", "a.json", "--output", ""], "tierwise: option '--output' needs a value (PATH), got an empty one"),
        (["replay", "e.jsonl", "--window="], "tierwise: option '--window' needs a value (SPEC), got an empty one"),
        (["analyze", "a.json", "--format", "pdf"], "tierwise: --format: expected one of markdown, json, text, got 'pdf'"),
        (["analyze", "a.json", "b.json"], "tierwise: unexpected argument 'b.json'"),
        (["costs"], "tierwise: missing required option --events-per-day"),
        (["costs", "--events-per-day", "lots"], "tierwise: --events-per-day: expected a non-negative number in decimal, got 'lots'"),
        (["costs", "--events-per-day", "-5"], "tierwise: --events-per-day: expected a non-negative number, got '-5'"),
        (["costs", "--events-per-day", "inf"], "tierwise: --events-per-day: expected a non-negative number in decimal, got 'inf'"),
        (["analyze", "x.json", "--hourly-rate", "0x10"], "tierwise: --hourly-rate: expected a positive number in decimal, got '0x10'"),
        (["analyze", "x.json", "--hourly-rate", "nan"], "tierwise: --hourly-rate: expected a positive number in decimal, got 'nan'"),
        (["analyze", "x.json", "--hourly-rate", "1e9"], "tierwise: --hourly-rate: expected a number of at most 100,000, got '1e9'"),
        (["costs", "--events-per-day", "1e15"], "tierwise: --events-per-day: expected a number of at most 100,000,000,000,000, got '1e15'"),
        (["costs", "--events-per-day", "1", "--approaches", "batch,real_time"], "tierwise: --approaches: unknown approach 'batch'"),
        (["costs", "--events-per-day", "1", "--events-per-day", "2"], "tierwise: option '--events-per-day' is given more than once"),
        (["generate-catalog", "--count", "0"], "tierwise: --count: expected a whole number from 1 to 1000000, got '0'"),
        (["frobnicate"], "tierwise: unknown command 'frobnicate'"),
        ([], "Usage: tierwise COMMAND"),
    ])
    func usageErrors(arguments: [String], message: String) {
        let result = run(arguments)
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error.contains(message), "\(result.error)")
    }

    // MARK: - costs and break-even

    @Test("costs --format json has the seed's figures per approach")
    func costsJSON() throws {
        let result = run(["costs", "--events-per-day", "1000000", "--format", "json", "--model", "seed"])
        #expect(result.status == 0)
        let json = try JSONParser.parse(Array(result.output.utf8))
        #expect(json["approaches"]?["batch_simple"]?["total_monthly"] == .number(5_525))
        #expect(json["approaches"]?["near_real_time"]?["initial_investment"] == .number(108_000))
        #expect(json["approaches"]?["real_time"]?["annual_tco"] == .number(576_000))
        #expect(json["approaches"]?["batch_complex"] == nil)
    }

    @Test("costs under the tierwise model names the years: steady-state annual and first-year cost")
    func costsJSONTierwise() throws {
        let json = try JSONParser.parse(Array(run(["costs", "--events-per-day", "1000000", "--format", "json"]).output.utf8))
        // real_time at volume factor 1: 1,000 × (8 + 0.9 + 0.1) + (100 + 40 + 20) h × 150 = 33,000/month; build 150 days × 1,200.
        #expect(json["approaches"]?["real_time"]?["steady_state_annual"] == .number(33_000 * 12))
        #expect(json["approaches"]?["real_time"]?["first_year_cost"] == .number(33_000 * 12 + 180_000))
        #expect(json["approaches"]?["real_time"]?["annual_tco"] == nil)
    }

    @Test("costs honors --approaches order and the cost flags")
    func costsFlags() throws {
        let result = run(["costs", "--events-per-day", "1", "--approaches", "real_time,batch_complex",
                          "--hourly-rate", "100", "--baseline-monthly-compute", "0", "--format", "json"])
        let json = try JSONParser.parse(Array(result.output.utf8))
        guard case .object(let approaches)? = json["approaches"] else { Issue.record("no approaches"); return }
        #expect(approaches.map(\.key) == ["real_time", "batch_complex"])
        // real_time ops: (100 + 40 + 20) h × 100 = 16,000; no infrastructure at baseline 0.
        #expect(json["approaches"]?["real_time"]?["total_monthly"] == .number(16_000))
    }

    @Test("break-even reproduces the seed with its 60 and 1 minute assumption")
    func breakEvenSeed() throws {
        let result = run(["break-even", "--events-per-day", "1000000", "--revenue-per-minute", "1",
                          "--baseline-latency-minutes", "60", "--candidate-latency-minutes", "1", "--format", "json"])
        #expect(result.status == 0)
        let json = try JSONParser.parse(Array(result.output.utf8))
        #expect(json["monthly_cost_increase"] == .number(13_800))
        #expect(json["monthly_latency_value"] == .number(42_480))
        #expect(json["monthly_net_benefit"] == .number(28_680))
        #expect(json["initial_investment_increase"] == .number(72_000))
        guard case .number(let payback)? = json["payback_months"] else { Issue.record("payback"); return }
        #expect(abs(payback - 72_000.0 / 28_680.0) < 1e-12)
        #expect(json["recommended"] == .bool(true))
    }

    @Test("break-even that never pays back writes null in JSON and 'never' in text")
    func breakEvenNever() throws {
        let args = ["break-even", "--events-per-day", "1000000", "--revenue-per-minute", "0"]
        let json = try JSONParser.parse(Array(run(args + ["--format", "json"]).output.utf8))
        #expect(json["payback_months"] == .null)
        #expect(json["recommended"] == .bool(false))
        let paybackLine = run(args).output.split(separator: "\n").first { $0.hasPrefix("payback ") }
        #expect(paybackLine?.hasSuffix(" never") == true)
    }

    @Test("break-even --model seed defaults to the tiers' latencies: 1,440 min for batch, 0.5 for near real time")
    func breakEvenTierDefaults() throws {
        let json = try JSONParser.parse(Array(run(["break-even", "--events-per-day", "1", "--revenue-per-minute", "1",
                                                   "--format", "json", "--model", "seed"]).output.utf8))
        #expect(json["latency_reduction_minutes"] == .number(1_439.5))
        #expect(json["monthly_latency_value"] == .number(1_439.5 * 720))
    }

    @Test("costs as Markdown is a table with one row per approach")
    func costsMarkdown() {
        let output = run(["costs", "--events-per-day", "1000000", "--format", "markdown", "--model", "seed"]).output
        #expect(output.hasPrefix("# Processing cost comparison\n"))
        #expect(output.contains("| batch_simple | $1,400.00 | $4,125.00 | $5,525.00 | $36,000.00 | $102,300.00 |"))
        #expect(output.split(separator: "\n").filter { $0.hasPrefix("| ") }.count == 5)  // header + four approaches
    }

    @Test("break-even refuses a candidate that is not faster")
    func breakEvenNotFaster() {
        let result = run(["break-even", "--events-per-day", "1", "--revenue-per-minute", "1", "--from", "batch_simple",
                          "--to", "batch_complex"])
        #expect(result.status == 2)
        #expect(result.error.contains("must be lower than the baseline latency"))
    }
}

@Suite("Replay command")
struct ReplayCommandTests {
    private func eventsFile(_ text: String, name: String = "events.jsonl") throws -> String {
        let path = try temporaryDirectory().appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("JSON output lists windows, late events, duplicates and quarantined lines")
    func json() throws {
        let path = try eventsFile("""
        {"id":"a","key":"k1","event_time":1000,"value":5}
        {"id":"b","key":"k1","event_time":"1970-01-01T00:00:30Z","value":7}
        {"id":"c","key":"k2","event_time":70000,"value":1}
        {"id":"a","key":"k1","event_time":1000,"value":5}
        not json
        {"id":"d","key":"k1","event_time":2000,"value":100}
        """)
        let result = run(["replay", path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.error.contains("line 5: not valid JSON"))
        let json = try JSONParser.parse(Array(result.output.utf8))
        guard case .array(let windows)? = json["windows"] else { Issue.record("no windows"); return }
        #expect(windows.count == 2)
        #expect(windows[0]["key"] == .string("k1") && windows[0]["count"] == .number(2) && windows[0]["avg"] == .number(6))
        #expect(json["late_event_count"] == .number(1))
        #expect(json["duplicates_dropped"] == .number(1))
        #expect(json["late_events"] == .array([.object([
            JSONMember(key: "line", value: .number(6)), JSONMember(key: "id", value: .string("d")),
            JSONMember(key: "key", value: .string("k1")), JSONMember(key: "event_time", value: .number(2_000)),
            JSONMember(key: "value", value: .number(100)),
        ])]))
    }

    @Test("CSV output has a header and one row per window; session windows merge")
    func csvSessions() throws {
        let path = try eventsFile("id,key,event_time,value\n1,k,0,1\n2,k,20000,2\n3,k,100000,4\n", name: "events.csv")
        let result = run(["replay", path, "--window", "session:30s", "--format", "csv"])
        #expect(result.output == "key,window_start,window_end,count,sum,min,max,avg\nk,0,50000,2,3,1,2,1.5\nk,100000,130000,1,4,4,4,4\n")
    }

    @Test("--distinct adds an estimated distinct count per window")
    func distinct() throws {
        let path = try eventsFile("id,key,event_time,value\n1,k,0,5\n2,k,1000,5\n3,k,2000,7\n", name: "events.csv")
        let json = try JSONParser.parse(Array(run(["replay", path, "--distinct"]).output.utf8))
        guard case .array(let windows)? = json["windows"] else { Issue.record("no windows"); return }
        #expect(windows.first?["distinct_values"] == .number(2))
        let plain = try JSONParser.parse(Array(run(["replay", path]).output.utf8))
        guard case .array(let plainWindows)? = plain["windows"] else { Issue.record("no windows"); return }
        #expect(plainWindows.first?["distinct_values"] == nil)
    }

    @Test("Bad options and unreadable files exit 2", arguments: [
        (["--window", "hopping:1m"], "--window: expected tumbling:DURATION"),
        (["--out-of-orderness", "5"], "--out-of-orderness: expected a duration"),
        (["--window", "sliding:1m/2m"], "must not exceed its size"),
    ])
    func badOptions(extra: [String], message: String) throws {
        let path = try eventsFile("{\"id\":\"a\",\"key\":\"k\",\"event_time\":1,\"value\":1}\n")
        let result = run(["replay", path] + extra)
        #expect(result.status == 2)
        #expect(result.error.contains(message), "\(result.error)")
        #expect(run(["replay", "/nonexistent/events.jsonl"]).status == 2)
    }
}
