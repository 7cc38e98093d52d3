import Foundation
import Testing
@testable import TierwiseCLI
import TierwiseJSON

/// Runs the command line with standard output on `/dev/full` (every write
/// fails with ENOSPC) and standard error in a file; returns status and stderr.
private func runOnFullDisk(_ arguments: [String]) throws -> (status: Int32, error: String) {
    let directory = try temporaryDirectory()
    let errorPath = directory.appendingPathComponent("stderr").path
    let full = open("/dev/full", O_WRONLY)
    let errors = open(errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    defer { close(full); close(errors) }
    let console = StandardConsole(outputDescriptor: full, errorDescriptor: errors)
    let status = TierwiseCommandLine.run(arguments, console: console)
    return (status, try String(contentsOfFile: errorPath, encoding: .utf8))
}

@Suite("Output that cannot be written")
struct OutputReliabilityTests {
    private let example = repositoryRoot.appendingPathComponent("catalogs/example.json").path

    @Test("A full standard output is exit 3 with a message, for every command", arguments: [
        ["analyze", "catalogs/example.json"], ["analyze", "catalogs/example.json", "--format", "json"],
        ["analyze", "catalogs/example.json", "--format", "text"], ["check", "catalogs/example.json"],
        ["costs", "--events-per-day", "1000"], ["break-even", "--events-per-day", "1000", "--revenue-per-minute", "1"],
        ["generate-catalog", "--count", "2"], ["--help"], ["analyze", "--help"], ["--version"],
    ])
    func fullStandardOutput(arguments: [String]) throws {
        let resolved = arguments.map { $0 == "catalogs/example.json" ? example : $0 }
        let result = try runOnFullDisk(resolved)
        #expect(result.status == 3)
        #expect(result.error.contains("No space left on device"), "\(result.error)")
    }

    @Test("Standard output that works is not reported as failed")
    func workingStandardOutput() throws {
        let directory = try temporaryDirectory()
        let outputPath = directory.appendingPathComponent("out").path
        let output = open(outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let errors = open("/dev/null", O_WRONLY)
        defer { close(errors) }
        let status = TierwiseCommandLine.run(
            ["check", example], console: StandardConsole(outputDescriptor: output, errorDescriptor: errors))
        close(output)
        #expect(status == 0)
        #expect(try String(contentsOfFile: outputPath, encoding: .utf8) == "\(example): valid, 12 use cases\n")
    }

    // MARK: - --output targets

    @Test("--output through a symbolic link writes the file it points to and keeps the link")
    func symbolicLink() throws {
        let directory = try temporaryDirectory()
        let target = directory.appendingPathComponent("real.md").path
        let link = directory.appendingPathComponent("link.md").path
        try "old".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.md")
        let result = run(["analyze", example, "--output", link])
        #expect(result.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.md")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == run(["analyze", example]).output)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["link.md", "real.md"])
    }

    @Test("--output to a character device writes through it and never replaces it")
    func characterDevice() throws {
        let result = run(["analyze", example, "--output", "/dev/null"])
        #expect(result.status == 0)
        var info = stat()
        #expect(stat("/dev/null", &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test("--output to a named pipe writes the whole report into it")
    func namedPipe() throws {
        let directory = try temporaryDirectory()
        let fifo = directory.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let expected = run(["analyze", example, "--format", "json"]).output
        // A reader on its own thread, so the writer's open does not block forever.
        let received = LockedBytes()
        let reader = Thread {
            let descriptor = open(fifo, O_RDONLY)
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = read(descriptor, &buffer, buffer.count)
                if count <= 0 { break }
                received.append(buffer[0..<count])
            }
            close(descriptor)
            received.finish()
        }
        reader.start()
        let result = run(["analyze", example, "--format", "json", "--output", fifo])
        received.waitUntilFinished()
        #expect(result.status == 0)
        #expect(String(decoding: received.bytes, as: UTF8.self) == expected)
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("A file name of 255 bytes works, and one of 256 is refused with a clear message")
    func longNames() throws {
        let directory = try temporaryDirectory()
        let longest = directory.appendingPathComponent(String(repeating: "a", count: 252) + ".md").path
        let result = run(["analyze", example, "--output", longest])
        #expect(result.status == 0, "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).count == 1)
        let tooLong = directory.appendingPathComponent(String(repeating: "b", count: 256)).path
        let refused = run(["analyze", example, "--output", tooLong])
        #expect(refused.status == 3)
        #expect(refused.error.contains("the file name is 256 bytes long; file names have at most 255"))
    }

    @Test("Temporary names stay within 255 bytes for any file name", arguments: [0, 1, 200, 240, 255])
    func temporaryNameLength(length: Int) {
        let name = String(repeating: "é", count: length / 2) + String(repeating: "x", count: length % 2)
        let temporary = ReportSink.temporaryName(for: name)
        #expect(temporary.utf8.count <= 255)
        #expect(temporary.hasPrefix("."))
        #expect(temporary.hasSuffix(".tmp"))
    }

    @Test("An existing report keeps its permissions when replaced")
    func keepsPermissions() throws {
        let directory = try temporaryDirectory()
        let report = directory.appendingPathComponent("report.md").path
        try "old".write(toFile: report, atomically: false, encoding: .utf8)
        #expect(chmod(report, 0o600) == 0)
        #expect(run(["analyze", example, "--output", report]).status == 0)
        var info = stat()
        #expect(stat(report, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    @Test("A dangling link and a directory are refused and nothing is written")
    func refusedTargets() throws {
        let directory = try temporaryDirectory()
        let dangling = directory.appendingPathComponent("dangling.md").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "missing.md")
        let linkResult = run(["analyze", example, "--output", dangling])
        #expect(linkResult.status == 3)
        #expect(linkResult.error.contains("is a symbolic link to a missing file"))
        let directoryResult = run(["analyze", example, "--output", directory.path])
        #expect(directoryResult.status == 3)
        #expect(directoryResult.error.contains("is a directory"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["dangling.md"])
    }

    // MARK: - Interrupts

    @Test("Registered temporary paths are removed by the cleanup the signal handlers run")
    func cleanupRemovesRegisteredPaths() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent(".report.md.tw1-2.tmp").path
        let logDirectory = directory.appendingPathComponent("bench-log").path
        try "partial".write(toFile: file, atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: logDirectory, withIntermediateDirectories: false)
        try "segment".write(toFile: logDirectory + "/0.log", atomically: false, encoding: .utf8)
        let registry = CleanupRegistry()
        _ = registry.add(file)
        let kept = registry.add(logDirectory)
        registry.removeAll()
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(!FileManager.default.fileExists(atPath: logDirectory))
        registry.remove(kept)
        #expect(registry.registeredPaths == [file])
    }

    @Test("A report being written is registered for cleanup until it is renamed into place")
    func sinkRegistersItsTemporaryFile() throws {
        let directory = try temporaryDirectory()
        let report = directory.appendingPathComponent("r.md").path
        let sink = try ReportSink.open(path: report, console: CapturingConsole()).get()
        let registered = CleanupRegistry.shared.registeredPaths.filter { $0.hasPrefix(directory.path) }
        #expect(registered.count == 1)
        #expect(registered.first.map { FileManager.default.fileExists(atPath: $0) } == true)
        try sink.write(Array("done".utf8))
        try sink.commit()
        #expect(CleanupRegistry.shared.registeredPaths.filter { $0.hasPrefix(directory.path) }.isEmpty)
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "done")
    }
}

/// Bytes gathered on one thread and read on another.
private final class LockedBytes: @unchecked Sendable {
    private let condition = NSCondition()
    private var storage: [UInt8] = []
    private var isFinished = false

    func append(_ bytes: ArraySlice<UInt8>) {
        condition.lock()
        storage.append(contentsOf: bytes)
        condition.unlock()
    }

    func finish() {
        condition.lock()
        isFinished = true
        condition.signal()
        condition.unlock()
    }

    func waitUntilFinished() {
        condition.lock()
        while !isFinished { condition.wait() }
        condition.unlock()
    }

    var bytes: [UInt8] {
        condition.lock()
        defer { condition.unlock() }
        return storage
    }
}
