import Foundation
import Testing
@testable import TierwiseCLI
import TierwiseJSON
import TierwiseSimulator

/// Writes `bytes` to a fresh file called `name` and returns its path.
private func eventsFile(_ bytes: [UInt8], name: String = "events.jsonl") throws -> String {
    let path = try temporaryDirectory().appendingPathComponent(name).path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
}

private func eventsFile(_ text: String, name: String = "events.jsonl") throws -> String {
    try eventsFile(Array(text.utf8), name: name)
}

private let goodEvent = #"{"id":2,"key":"a","event_time":1000,"value":4}"#
private let rangeText = "0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z (-62167219200000 to 253402300799999 ms)"

@Suite("Replay input: limits and format detection")
struct ReplayInputTests {
    // MARK: - Event times (issue 7, item 2)

    @Test("Event times given as extreme integer strings are quarantined, not a trap", arguments: [
        ("-9223372036854775808", "tumbling:1m"), ("9223372036854775807", "tumbling:1m"),
        ("9223372036854775807", "sliding:5m/1m"), ("-9223372036854775808", "sliding:5m/1m"),
        ("9223372036854775807", "session:30s"),
    ])
    func extremeTimes(time: String, window: String) throws {
        let path = try eventsFile(#"{"id":1,"key":"a","event_time":"\#(time)","value":1}"# + "\n" + goodEvent + "\n")
        let result = run(["replay", path, "--window", window])
        #expect(result.status == 0)
        #expect(result.error == "tierwise: warning: \(path): line 1: event_time: expected a time from \(rangeText), "
            + "got \"\(time)\"; quarantined\n")
        let json = try JSONParser.parse(Array(result.output.utf8))
        #expect(json["events_read"] == .number(1))
        guard case .array(let windows)? = json["windows"] else { Issue.record("no windows"); return }
        // Every window holds the one good event at 1,000 ms and ends after it starts.
        #expect(!windows.isEmpty)
        for window in windows {
            guard case .number(let start)? = window["window_start"], case .number(let end)? = window["window_end"] else {
                Issue.record("window without bounds"); continue
            }
            #expect(start <= 1_000 && 1_000 < end)
        }
    }

    // MARK: - Window specifications (item 3)

    @Test("Window specifications beyond the limits are usage errors naming the limit", arguments: [
        ("sliding:20s/1ms", "--window: a sliding window of 20000 ms every 1 ms puts each event in 20000 windows; at most 10000"),
        ("sliding:1d/1ms", "--window: a sliding window of 86400000 ms every 1 ms puts each event in 86400000 windows; at most 10000"),
        ("sliding:100000000000d/1d", "--window: 100000000000d exceeds the maximum duration, 3650000d (315360000000000 ms"),
        ("tumbling:100000000000d", "--window: 100000000000d exceeds the maximum duration, 3650000d"),
        ("session:9999999999999999999ms", "--window: 9999999999999999999ms exceeds the maximum duration, 3650000d"),
    ])
    func windowLimits(window: String, message: String) throws {
        let path = try eventsFile(goodEvent + "\n")
        let result = run(["replay", path, "--window", window])
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error.hasPrefix("tierwise: " + message), "\(result.error)")
        #expect(result.error.hasSuffix("Run 'tierwise replay --help' for usage.\n"))
    }

    @Test("Durations beyond the maximum are usage errors naming the option and the limit", arguments: [
        "--out-of-orderness", "--allowed-lateness",
    ])
    func durationLimits(option: String) throws {
        let path = try eventsFile(goodEvent + "\n")
        let result = run(["replay", path, option, "3650001d"])
        #expect(result.status == 2)
        #expect(result.error.hasPrefix("tierwise: \(option): 3650001d exceeds the maximum duration, 3650000d"), "\(result.error)")
    }

    @Test("The largest accepted settings still run")
    func largestSettings() throws {
        let path = try eventsFile(goodEvent + "\n")
        let result = run(["replay", path, "--window", "sliding:10000s/1s", "--out-of-orderness", "3650000d",
                          "--allowed-lateness", "3650000d", "--format", "csv"])
        #expect(result.status == 0)
        // 10,000 windows hold the event at 1 s: those starting at −9,998 s … 1 s.
        #expect(result.output.split(separator: "\n").count == 1 + 10_000)
    }

    // MARK: - Format detection and empty results (item 4)

    @Test("A JSON Lines file whose first line is junk keeps its events", arguments: ["events.jsonl", "events.txt", "events"])
    func junkFirstLine(name: String) throws {
        let path = try eventsFile("42\n{\"id\":1,\"key\":\"a\",\"event_time\":0,\"value\":1}\n", name: name)
        let result = run(["replay", path])
        #expect(result.status == 0)
        #expect(result.error == "tierwise: warning: \(path): line 1: expected a JSON object, got 42; quarantined\n")
        let json = try JSONParser.parse(Array(result.output.utf8))
        #expect(json["events_read"] == .number(1))
    }

    @Test("Lines but no events is exit 2 with the count, the format and the first reason")
    func noEvents() throws {
        let path = try eventsFile("42\n[1]\n\n")
        let result = run(["replay", path])
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error == "tierwise: \(path): no events in 2 non-blank lines, read as JSON Lines (from the file's extension); "
            + "2 quarantined, the first at line 1: expected a JSON object, got 42. "
            + "Use --input-format to choose the format, or --allow-empty to accept a file without events.\n")
    }

    @Test("A CSV header alone has no events: exit 2, or 0 with --allow-empty")
    func headerOnly() throws {
        let path = try eventsFile("id,key,event_time,value\n", name: "events.csv")
        let refused = run(["replay", path])
        #expect(refused.status == 2)
        #expect(refused.error == "tierwise: \(path): no events in 1 non-blank line, read as CSV (from the file's extension): "
            + "the one line is the CSV header. "
            + "Use --input-format to choose the format, or --allow-empty to accept a file without events.\n")
        let allowed = run(["replay", path, "--allow-empty", "--format", "csv"])
        #expect(allowed == ("key,window_start,window_end,count,sum,min,max,avg\n", "", 0))
    }

    @Test("--allow-empty accepts junk; a file with no lines at all needs no flag")
    func allowEmpty() throws {
        let junk = try eventsFile("42\n")
        let allowed = run(["replay", junk, "--allow-empty"])
        #expect(allowed.status == 0)
        #expect(try JSONParser.parse(Array(allowed.output.utf8))["events_read"] == .number(0))
        for text in ["", "\n\n  \n"] {
            #expect(run(["replay", try eventsFile(text)]).status == 0)
        }
    }

    @Test("--input-format beats the extension; a wrong value is a usage error")
    func inputFormat() throws {
        let path = try eventsFile("id,key,event_time,value\n1,a,0,1\n", name: "events.jsonl")
        #expect(run(["replay", path]).status == 2)
        let csv = run(["replay", path, "--input-format", "csv", "--format", "csv"])
        #expect(csv == ("key,window_start,window_end,count,sum,min,max,avg\na,0,60000,1,1,1,1,1\n", "", 0))
        let jsonl = try eventsFile(goodEvent + "\n", name: "events.csv")
        #expect(run(["replay", jsonl, "--input-format", "jsonl"]).status == 0)
        let bad = run(["replay", path, "--input-format", "xml"])
        #expect(bad.status == 2)
        #expect(bad.error.hasPrefix("tierwise: --input-format: expected one of jsonl, csv, got 'xml'"))
    }

    @Test("--help documents the input format, --allow-empty and the limits")
    func help() {
        let help = run(["replay", "--help"]).output
        for text in ["--input-format FORMAT", "--allow-empty", "3650000d", "10000 sliding windows per event", "1 MiB",
                     "0000-01-01T00:00:00Z", "no events (unless --allow-empty)"] {
            #expect(help.contains(text), "help lacks \(text)")
        }
    }

    // MARK: - Line length (item 12)

    @Test("A line over 1 MiB is quarantined with its length, and the next line is read")
    func longLine() throws {
        let junk = [UInt8](repeating: UInt8(ascii: "x"), count: 1_572_864)
        let path = try eventsFile(junk + Array("\n\(goodEvent)\n".utf8))
        let result = run(["replay", path])
        #expect(result.status == 0)
        #expect(result.error == "tierwise: warning: \(path): line 1: expected a line of at most 1048576 bytes (1 MiB), "
            + "got 1572864 bytes starting \"" + String(repeating: "x", count: 40) + "…\"; quarantined\n")
        #expect(try JSONParser.parse(Array(result.output.utf8))["events_read"] == .number(1))
    }

    @Test("Control characters in echoed input reach the terminal as escapes")
    func controlCharacters() throws {
        let path = try eventsFile(Array(#"{"id":1,"key":"a","event_time":"\u001b]0;owned\u0007","value":1}"#.utf8)
            + Array("\n\(goodEvent)\n".utf8))
        let result = run(["replay", path])
        #expect(result.status == 0)
        #expect(result.error.contains(#"got "\u001b]0;owned\u0007""#))
        #expect(!result.error.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }
}

@Suite("Replay input: fuzzing through the command line")
struct ReplayFuzzTests {
    /// Cases per run: each writes a file and runs the command twice.
    private static let caseCount = 800

    @Test("Mutated event files give exit 0 and a valid report, or exit 2 and a located message; always the same twice")
    func mutatedFiles() throws {
        var mutator = EventFileMutator(seed: 0x5EED_0007, longestString: 4_096)
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let windows = ["tumbling:1m", "sliding:5m/1m", "session:30s"]
        var failures: [String] = []
        for index in 0..<Self.caseCount {
            let isCSV = index % 3 == 0
            let path = directory.appendingPathComponent("case\(index).\(isCSV ? "csv" : index % 2 == 0 ? "jsonl" : "txt")").path
            try Data(mutator.file(isCSV: isCSV)).write(to: URL(fileURLWithPath: path))
            let arguments = ["replay", path, "--window", windows[index % windows.count]] + (index % 7 == 0 ? ["--distinct"] : [])
            let first = run(arguments)
            if first != run(arguments) { failures.append("case \(index): two runs differ") }
            failures += problems(first, path: path).map { "case \(index): \($0)" }
            if failures.count > 10 { break }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    private func problems(_ result: (output: String, error: String, status: Int32), path: String) -> [String] {
        var problems: [String] = []
        if result.error.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) }) {
            problems.append("a control character on standard error")
        }
        let lines = result.error.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        switch result.status {
        case 0:
            do {
                _ = try JSONParser.parse(Array(result.output.utf8))
            } catch {
                problems.append("report is not JSON: \(error)")
            }
            for line in lines where !line.hasPrefix("tierwise: warning: \(path): ") {
                problems.append("unlocated warning: \(line.prefix(120))")
            }
        case 2:
            if !result.output.isEmpty { problems.append("exit 2 with a report") }
            if !(lines.count == 1 && lines[0].hasPrefix("tierwise: \(path): no events in ")) {
                problems.append("exit 2 without the no-events message: \(result.error.prefix(200))")
            }
        default:
            problems.append("exit status \(result.status)")
        }
        return problems
    }
}
