import Foundation
import Testing
import TierwiseJSON
@testable import TierwiseCLI

/// Regression tests for what a hostile pass over the reliability work found.
@Suite("Hostile inputs")
struct HostileInputTests {
    private func write(_ text: String, name: String = "events.jsonl") throws -> String {
        let path = try temporaryDirectory().appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("Numeric ids beyond 2^53 are quarantined, never merged into duplicates")
    func hugeNumericIDs() throws {
        let path = try write(#"{"id":1234567890123456789,"key":"a","event_time":0,"value":1}"# + "\n"
            + #"{"id":1234567890123456790,"key":"a","event_time":0,"value":2}"# + "\n"
            + #"{"id":"1234567890123456789","key":"a","event_time":0,"value":4}"# + "\n"
            + #"{"id":9007199254740992,"key":9007199254740992,"event_time":0,"value":8}"# + "\n")
        let result = run(["replay", path])
        #expect(result.status == 0)
        let json = try JSONParser.parse(Array(result.output.utf8))
        #expect(json["duplicates_dropped"] == .number(0))
        guard case .array(let quarantined)? = json["quarantined"], case .array(let windows)? = json["windows"] else {
            Issue.record("no quarantined or windows array")
            return
        }
        #expect(quarantined.compactMap { $0["line"] } == [.number(1), .number(2)])
        // The string id and the exact 2^53 one are kept; the key prints as an integer.
        #expect(windows.compactMap { $0["key"] } == [.string("9007199254740992"), .string("a")])
        #expect(result.error.contains("cannot be read exactly; write it as a string"))
    }

    @Test("An event with a field given twice is quarantined")
    func duplicateField() throws {
        let path = try write(#"{"id":1,"key":"a","key":"b","event_time":0,"value":1}"# + "\n"
            + #"{"id":2,"key":"a","event_time":0,"value":1}"# + "\n")
        let result = run(["replay", path])
        #expect(result.status == 0)
        #expect(result.error.contains("line 1: key appears more than once in the object; keep one; quarantined"))
    }

    @Test("CSV output quotes keys with CR LF or a comma under a combining mark")
    func csvQuoting() throws {
        let path = try write(#"{"id":1,"key":"x\r\ny","event_time":0,"value":1}"# + "\n"
            + #"{"id":2,"key":"a,\u0301b","event_time":0,"value":1}"# + "\n")
        let result = run(["replay", path, "--format", "csv"])
        #expect(result.status == 0)
        // Worked out by RFC 4180: header, then two rows whose key fields are quoted.
        let rows = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(result.output.contains("\"a,\u{301}b\",0,60000,1,"))
        #expect(result.output.contains("\"x\r\ny\",0,60000,1,"))
        #expect(rows.first == "key,window_start,window_end,count,sum,min,max,avg")
    }

    @Test("A window sum that overflows is reported on standard error")
    func sumOverflow() throws {
        let path = try write(#"{"id":1,"key":"a","event_time":0,"value":1e308}"# + "\n"
            + #"{"id":2,"key":"a","event_time":1,"value":1e308}"# + "\n")
        let result = run(["replay", path])
        #expect(result.status == 0)
        #expect(result.output.contains(#""sum": null"#))
        #expect(result.error.contains("1 window's sum exceeded ±1.8e308"))
    }

    @Test("A CSV value in hexadecimal is quarantined, not read as 16")
    func hexadecimalCSVValue() throws {
        let path = try write("id,key,event_time,value\n1,a,0,0x10\n2,a,0,5\n", name: "e.csv")
        let result = run(["replay", path])
        #expect(result.status == 0)
        #expect(result.error.contains("line 2: value: expected a finite number"))
        #expect(result.output.contains(#""sum": 5"#))
    }

    @Test("ISO 8601 times accept a lowercase t as they accept a lowercase z")
    func lowercaseT() throws {
        let path = try write(#"{"id":1,"key":"a","event_time":"1970-01-01t00:01:00z","value":1}"# + "\n")
        let result = run(["replay", path])
        #expect(result.status == 0)
        #expect(result.output.contains(#""window_start": 60000"#))
    }

    @Test("Counts take underscores between digits and exponents, and nothing else", arguments: [
        ("1_000", true), ("1e3", true), ("_1000", false), ("1000_", false), ("1__000", false), ("0x10", false),
    ])
    func countSyntax(text: String, accepted: Bool) {
        let result = run(["generate-catalog", "--count", text, "--output", "/dev/null"])
        #expect((result.status == 0) == accepted, "\(text): \(result.error)")
    }

    @Test("A number option past a double's range names the bound and echoes a cut value")
    func hugeOptionValue() {
        let digits = String(repeating: "9", count: 5_000)
        let result = run(["costs", "--events-per-day", digits])
        #expect(result.status == 2)
        #expect(result.error.contains("expected a number of at most 100,000,000,000,000, got '" + String(repeating: "9", count: 40) + "…'"))
    }

    @Test("Sub-minute latencies keep their digits in the break-even refusal")
    func subMinuteLatencies() {
        let result = run(["break-even", "--events-per-day", "1", "--revenue-per-minute", "1",
                          "--baseline-latency-minutes", "0.003", "--candidate-latency-minutes", "0.004"])
        #expect(result.status == 2)
        #expect(result.error.contains("the candidate latency (0.004 min) must be lower than the baseline latency (0.003 min)"))
    }

    @Test("Standard error shows control characters in file names as escapes")
    func escapedDiagnostics() throws {
        let directory = try temporaryDirectory()
        let errorPath = directory.appendingPathComponent("stderr").path
        let errors = open(errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let output = open("/dev/null", O_WRONLY)
        let console = StandardConsole(outputDescriptor: output, errorDescriptor: errors)
        let status = TierwiseCommandLine.run(["check", "x\u{1B}[31m\u{202E}.json"], console: console)
        close(errors)
        close(output)
        let text = try String(contentsOfFile: errorPath, encoding: .utf8)
        #expect(status == 2)
        #expect(text.contains("x\\u001b[31m\\u202e.json"))
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
        #expect(text.hasSuffix("\n"))
    }
}
