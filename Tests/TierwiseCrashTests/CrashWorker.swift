import Foundation
import Testing

/// The `TierwiseCrashWorker` executable, run as a real process the tests kill.
struct CrashWorker {
    /// A workload: the worker's command-line figures.
    struct Workload: Sendable, CustomStringConvertible {
        var events: Int
        var checkpointEvery: Int
        var syncEvery: Int
        var segmentRecords: Int
        var seed: Int

        var arguments: [String] { [events, checkpointEvery, syncEvery, segmentRecords, seed].map(String.init) }
        var description: String {
            "\(events) events, checkpoint every \(checkpointEvery), fsync every \(syncEvery), \(segmentRecords) records a segment"
        }
    }

    /// How one run ended.
    struct Outcome {
        var status: Int32
        var wasKilled: Bool
        var output: String
        var errors: String
        var seconds: Double
    }

    /// The worker binary: beside the test bundle, or in the package's `.build/debug`.
    static let executable: URL? = {
        var candidates: [URL] = []
        if let bundle = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: bundle).deletingLastPathComponent().appendingPathComponent("TierwiseCrashWorker"))
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/TierwiseCrashWorker"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs the worker in `directory`; `killAfter` seconds sends it SIGKILL from outside.
    static func run(_ workload: Workload, in directory: String, environment: [String: String] = [:],
                    killAfter: Double? = nil) throws -> Outcome {
        guard let executable else { throw WorkerMissing() }
        let process = Process()
        process.executableURL = executable
        process.arguments = [directory] + workload.arguments
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let started = Date()
        try process.run()
        if let killAfter {
            usleep(useconds_t(killAfter * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       wasKilled: process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL,
                       output: String(decoding: outputData, as: UTF8.self), errors: String(decoding: errorData, as: UTF8.self),
                       seconds: Date().timeIntervalSince(started))
    }

    /// Runs the worker to completion (no fault) and returns its result file's bytes,
    /// or nil with an issue recorded when it does not complete.
    static func finish(_ workload: Workload, in directory: String) throws -> [UInt8]? {
        let outcome = try run(workload, in: directory)
        guard outcome.status == 0 && !outcome.wasKilled else {
            Issue.record("the worker failed on restart (status \(outcome.status)): \(outcome.errors)")
            return nil
        }
        return try result(in: directory)
    }

    /// The result file's bytes.
    static func result(in directory: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: URL(fileURLWithPath: directory + "/result.txt")))
    }

    /// The file operations an uninterrupted run makes, from its output.
    static func operationCount(_ outcome: Outcome) -> Int? {
        let words = outcome.output.split(whereSeparator: \.isWhitespace)
        guard let index = words.firstIndex(of: "operations"), index + 1 < words.count else { return nil }
        return Int(words[index + 1])
    }

    /// A fresh directory.
    static func temporaryDirectory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("tierwise-crash-\(UUID().uuidString)").path
    }

    struct WorkerMissing: Error, CustomStringConvertible {
        var description: String { "TierwiseCrashWorker was not built next to the tests or in .build/debug" }
    }
}
