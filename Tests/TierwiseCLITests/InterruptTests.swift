import Foundation
import Testing

/// The `tierwise` executable this test run built (the test target depends
/// on it), found beside the test bundle.
func builtExecutable() -> String? {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var directory = bundle.deletingLastPathComponent()
    for _ in 0..<4 {
        let candidate = directory.appendingPathComponent("tierwise").path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        directory = directory.deletingLastPathComponent()
    }
    return nil
}

@Suite("Interrupted runs leave no litter", .serialized)
struct InterruptTests {
    /// Starts `tierwise arguments` with TMPDIR set to `directory`, waits until
    /// `appeared` finds what the run creates, sends `signal`, and returns how
    /// the process ended; nil when the run finished before it could be interrupted.
    private func interrupt(
        _ arguments: [String], in directory: URL, signal: Int32, appeared: () -> Bool
    ) throws -> (reason: Process.TerminationReason, status: Int32)? {
        guard let executable = builtExecutable() else {
            Issue.record("the tierwise executable was not built beside the tests")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": directory.path]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && !appeared() && Date() < deadline { usleep(500) }
        guard process.isRunning else { return nil }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return (process.terminationReason, process.terminationStatus)
    }

    @Test("SIGINT during bench removes its log directory", arguments: [SIGINT, SIGTERM])
    func benchLogDirectory(signal: Int32) throws {
        let directory = try temporaryDirectory()
        let reason = try interrupt(["bench", "--events", "400000000"], in: directory, signal: signal) {
            ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).contains { $0.hasPrefix("tierwise-bench-") }
        }
        #expect(reason?.reason == .uncaughtSignal && reason?.status == signal)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [])
    }

    @Test("SIGINT while a report is being written leaves neither a temporary file nor a partial report")
    func reportTemporaryFile() throws {
        let directory = try temporaryDirectory()
        var interrupted = false
        // The write phase is short; try a few times until the signal lands inside it.
        for _ in 0..<5 where !interrupted {
            let reason = try interrupt(
                ["generate-catalog", "--count", "400000", "--output", "big.json"], in: directory, signal: SIGINT
            ) {
                ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).contains { $0.hasSuffix(".tmp") }
            }
            guard let reason else {
                try? FileManager.default.removeItem(at: directory.appendingPathComponent("big.json"))
                continue
            }
            interrupted = true
            #expect(reason.reason == .uncaughtSignal && reason.status == SIGINT, "\(reason)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [])
        }
        #expect(interrupted, "the run always finished before the signal; nothing was tested")
    }
}

@Suite("Interrupts while the log rolls over", .serialized)
struct RollingInterruptTests {
    @Test("SIGTERM once bench's log has several segments still removes the whole directory")
    func benchWithSegments() throws {
        guard let executable = builtExecutable() else {
            Issue.record("the tierwise executable was not built beside the tests")
            return
        }
        let directory = try temporaryDirectory()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["bench", "--events", "400000000"]
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": directory.path]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        func segments() -> Int {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            guard let log = names.first(where: { $0.hasPrefix("tierwise-bench-") }) else { return 0 }
            return ((try? FileManager.default.contentsOfDirectory(atPath: directory.path + "/" + log)) ?? []).count
        }
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning && segments() < 2 && Date() < deadline { usleep(2_000) }
        #expect(segments() >= 2, "the log never rolled over; nothing was tested")
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [])
    }

    @Test("check reads a catalog from a pipe on /dev/stdin")
    func catalogFromPipe() throws {
        guard let executable = builtExecutable() else {
            Issue.record("the tierwise executable was not built beside the tests")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["check", "/dev/stdin"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let catalog = try Data(contentsOf: repositoryRoot.appendingPathComponent("catalogs/example.json"))
        input.fileHandleForWriting.write(catalog)
        try input.fileHandleForWriting.close()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: printed, as: UTF8.self) == "/dev/stdin: valid, 12 use cases\n")
    }
}

@Suite("A closed standard output")
struct ClosedOutputTests {
    @Test("With standard output closed, a command exits 3 and says it is closed", arguments: [
        ["--version"], ["check", "catalogs/example.json"], ["analyze", "catalogs/example.json", "--format", "json"],
    ])
    func closedStandardOutput(arguments: [String]) throws {
        guard let executable = builtExecutable() else {
            Issue.record("the tierwise executable was not built beside the tests")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // `>&-` closes the child's standard output before tierwise starts.
        process.arguments = ["-c", "exec \"$0\" \"$@\" >&-", executable] + arguments
        process.currentDirectoryURL = repositoryRoot
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 3)
        #expect(text.contains("standard output") && text.contains("it is closed"), "\(text)")
    }
}
