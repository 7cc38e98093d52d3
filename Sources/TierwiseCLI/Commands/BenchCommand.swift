import Foundation
import TierwiseModel
import TierwiseReports
import TierwiseSimulator

/// `tierwise bench`: measure the embedded engine on this machine.
enum BenchCommand: Command {
    static let spec = CommandSpec(
        name: "bench",
        abstract: "Measure the embedded engine's throughput on this machine.",
        summary: "Generate events in memory and measure the durable log (append and replay), streaming tumbling-window "
            + "aggregation (1-minute windows, 5 s out-of-orderness, one core) and the same aggregation as a batch "
            + "(on one core, on two, and on two reading the durable log), in events per second, with the peak "
            + "resident memory. Progress goes to standard error.",
        options: [
            .init(name: "--events", valueName: "N", help: "Events to generate (default 5,000,000)."),
            .init(name: "--keys", valueName: "K", help: "Distinct keys (default 10,000)."),
            .init(name: "--format", valueName: "FORMAT", help: "json or text (default: text)."),
        ],
        details: "Build in release mode for meaningful figures: swift build -c release && .build/release/tierwise bench.\n"
            + "The durable log is written to a temporary directory, removed afterwards.\n" + standardExitStatuses
    )

    private enum Format: String, CaseIterable { case json, text }

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let events = try arguments.count("--events", in: 1...2_000_000_000, command: spec.name) ?? 5_000_000
        let keys = try arguments.count("--keys", in: 1...Int(UInt32.max), command: spec.name) ?? 10_000
        let format = try arguments.choice("--format", as: Format.self, command: spec.name) ?? .text
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("tierwise-bench-\(ProcessInfo.processInfo.processIdentifier)").path
        // Removed at the end, and by the interrupt handlers if the run is stopped.
        let cleanupToken = CleanupRegistry.shared.add(directory)
        defer {
            try? FileManager.default.removeItem(atPath: directory)
            CleanupRegistry.shared.remove(cleanupToken)
        }
        let result: BenchResult
        do {
            result = try EngineBenchmark(eventCount: events, keyCount: keys).run(logDirectory: directory) {
                console.writeError("tierwise bench: \($0)\n")
            }
        } catch {
            console.writeError("tierwise: bench failed: \(error)\n")
            return ExitStatus.ioFailure
        }
        console.writeOutput(format == .json ? BenchReport.json(result) : BenchReport.text(result))
        return ExitStatus.success
    }
}
