import Foundation
import Testing
import TierwiseModel
import TierwiseEngine

/// SplitMix64: the harness's seeded choices of crash points and delays.
private struct SeededRandom {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `1...upper`.
    mutating func upTo(_ upper: Int) -> Int { 1 + Int(next() % UInt64(max(upper, 1))) }
}

/// An uninterrupted run of `workload`: its result and how many file operations it made.
private func reference(_ workload: CrashWorker.Workload) throws -> (result: [UInt8], operations: Int, seconds: Double) {
    let directory = CrashWorker.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let outcome = try CrashWorker.run(workload, in: directory)
    try #require(outcome.status == 0 && !outcome.wasKilled, "the uninterrupted run failed: \(outcome.errors)")
    let operations = try #require(CrashWorker.operationCount(outcome))
    return (try CrashWorker.result(in: directory), operations, outcome.seconds)
}

private let standard = CrashWorker.Workload(events: 3_000, checkpointEvery: 250, syncEvery: 40, segmentRecords: 700, seed: 1)

/// Real processes killed with SIGKILL at random points while they append,
/// checkpoint and recover, restarted until they finish, and compared byte for
/// byte (sink rows, counters, late events, a digest of the log) with an
/// uninterrupted run of the same workload.
@Suite("Crash harness")
struct CrashHarnessTests {
    // MARK: - Random crash points

    /// Crash trials per workload; each has one to three crash points.
    static let trialsPerWorkload = 30

    @Test("Killed at random file operations and restarted until done, the worker ends as an uninterrupted run, byte for byte",
          arguments: [
              standard,
              CrashWorker.Workload(events: 1_500, checkpointEvery: 100, syncEvery: 7, segmentRecords: 64, seed: 2),
              CrashWorker.Workload(events: 2_500, checkpointEvery: 333, syncEvery: 100_000, segmentRecords: 1_000, seed: 3),
              CrashWorker.Workload(events: 400, checkpointEvery: 90, syncEvery: 1, segmentRecords: 150, seed: 4),
          ])
    func randomCrashPoints(workload: CrashWorker.Workload) throws {
        let expected = try reference(workload)
        var random = SeededRandom(state: UInt64(workload.seed) &* 1_000_003)
        var crashPoints = 0
        for trial in 0..<Self.trialsPerWorkload {
            let directory = CrashWorker.temporaryDirectory()
            defer { try? FileManager.default.removeItem(atPath: directory) }
            var points: [Int] = []
            for _ in 0..<(1 + Int(random.next() % 3)) {
                let point = random.upTo(expected.operations)
                points.append(point)
                let outcome = try CrashWorker.run(workload, in: directory, environment: ["TIERWISE_CRASH_AT_OPERATION": String(point)])
                if !outcome.wasKilled {
                    // A restart makes fewer operations than a whole run: this one finished first.
                    #expect(outcome.status == 0, "trial \(trial), crash points \(points): \(outcome.errors)")
                    break
                }
                crashPoints += 1
            }
            let result = try CrashWorker.finish(workload, in: directory)
            #expect(result == expected.result, "trial \(trial), crash points \(points)")
        }
        #expect(crashPoints >= Self.trialsPerWorkload)
    }

    @Test("Killed from outside after random delays and restarted until done, the worker ends as an uninterrupted run")
    func externalKills() throws {
        let expected = try reference(standard)
        var random = SeededRandom(state: 99)
        var killed = 0
        for trial in 0..<15 {
            let directory = CrashWorker.temporaryDirectory()
            defer { try? FileManager.default.removeItem(atPath: directory) }
            var delays: [Double] = []
            for _ in 0..<3 {
                let delay = expected.seconds * 1.5 * Double(random.next() % 1_000) / 1_000
                delays.append(delay)
                let outcome = try CrashWorker.run(standard, in: directory, killAfter: delay)
                if outcome.wasKilled { killed += 1 }
                #expect(outcome.wasKilled || outcome.status == 0, "trial \(trial): \(outcome.errors)")
            }
            let result = try CrashWorker.finish(standard, in: directory)
            #expect(result == expected.result, "trial \(trial), kills after \(delays) s")
        }
        #expect(killed > 0)
    }

    // MARK: - Checkpoint writes

    @Test("A crash between a checkpoint's write and its rename leaves the previous checkpoint, and the restart recovers", arguments: [
        "rename:checkpoint.bin:2",  // the new checkpoint is whole in its temporary file
        "write:.checkpoint.bin.tmp:2",  // the temporary file is torn
        "fsync:.checkpoint.bin.tmp:3",
    ])
    func crashDuringCheckpoint(target: String) throws {
        let expected = try reference(standard)
        let directory = CrashWorker.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let crashed = try CrashWorker.run(standard, in: directory, environment: ["TIERWISE_CRASH_BEFORE": target])
        #expect(crashed.wasKilled)
        #expect(FileManager.default.fileExists(atPath: directory + "/checkpoints/.checkpoint.bin.tmp"))
        let nth = Int(target.split(separator: ":").last ?? "") ?? 0
        let kept = try CheckpointStore(directory: directory + "/checkpoints").latest()
        #expect(kept?.logOffset == Int64((nth - 1) * standard.checkpointEvery))
        #expect(try CrashWorker.finish(standard, in: directory) == expected.result)
    }

    // MARK: - Damaged logs

    @Test("A torn or garbage tail left by a crash is cut and the restart ends as an uninterrupted run", arguments: [
        "torn", "garbage", "zeros",
    ])
    func damagedTail(kind: String) throws {
        let expected = try reference(standard)
        let directory = CrashWorker.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let crashed = try CrashWorker.run(standard, in: directory, environment: ["TIERWISE_CRASH_AT_OPERATION": "200"])
        try #require(crashed.wasKilled)
        let segments = try FileManager.default.contentsOfDirectory(atPath: directory + "/log").sorted()
        let last = directory + "/log/" + (segments.last ?? "")
        var tail: [UInt8]
        switch kind {
        case "torn": tail = Array(try [UInt8](Data(contentsOf: URL(fileURLWithPath: last))).prefix(23))
        case "garbage":
            var random = SeededRandom(state: 5)
            tail = (0..<101).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        default: tail = [UInt8](repeating: 0, count: 4_096)
        }
        let handle = try #require(FileHandle(forWritingAtPath: last))
        handle.seekToEndOfFile()
        handle.write(Data(tail))
        try handle.close()
        #expect(try CrashWorker.finish(standard, in: directory) == expected.result)
    }

    @Test("A lost segment stops the restart with an error instead of a silently shorter log")
    func lostSegment() throws {
        let directory = CrashWorker.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let crashed = try CrashWorker.run(standard, in: directory, environment: ["TIERWISE_CRASH_AT_OPERATION": "300"])
        try #require(crashed.wasKilled)
        try FileManager.default.removeItem(atPath: directory + "/log/00000000000000000700.log")
        let restarted = try CrashWorker.run(standard, in: directory)
        #expect(restarted.status == 1)
        #expect(restarted.errors.contains("records 700 to 1399 are missing"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/result.txt"))
    }

    // MARK: - Failed writes

    @Test("A write that fails half-way with a full disk and is retried leaves the same result", arguments: [
        "write:.log:1", "write:.log:3", "write:.log:40", "write:.checkpoint.bin.tmp:2", "write:sink:4",
    ])
    func diskFull(target: String) throws {
        let expected = try reference(standard)
        let directory = CrashWorker.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let outcome = try CrashWorker.run(standard, in: directory, environment: ["TIERWISE_DISK_FULL_AT": target])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("retries 1"))
        #expect(try CrashWorker.result(in: directory) == expected.result)
    }
}
