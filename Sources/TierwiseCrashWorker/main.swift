// A workload the crash tests kill and restart: see CrashWorkload.
//
//     TierwiseCrashWorker <directory> [events] [checkpoint-every] [sync-every] [segment-records] [seed]
//
// Environment: TIERWISE_CRASH_AT_OPERATION=k kills the process with SIGKILL at
// its k-th file operation (a write is cut in half first);
// TIERWISE_CRASH_BEFORE=rename:checkpoint.bin:2 kills it before the second
// rename onto checkpoint.bin; TIERWISE_DISK_FULL_AT=write:.log:3 makes the
// third write to a log segment fail half-way with ENOSPC, once (the worker
// retries). Prints "operations <n>" on success; exits 1 with the error on
// standard error.
import Foundation
import TierwiseEngine

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: TierwiseCrashWorker <directory> [events] [checkpoint-every] [sync-every] [segment-records] [seed]\n".utf8))
    exit(2)
}
func number(_ index: Int, _ fallback: Int) -> Int { arguments.count > index ? Int(arguments[index]) ?? fallback : fallback }
let crashAt = ProcessInfo.processInfo.environment["TIERWISE_CRASH_AT_OPERATION"].flatMap { Int($0) }
let environment = ProcessInfo.processInfo.environment
let files = CrashingFiles(crashAt: crashAt, crashBefore: CrashingFiles.Target(environment["TIERWISE_CRASH_BEFORE"]),
                          diskFullAt: CrashingFiles.Target(environment["TIERWISE_DISK_FULL_AT"]))
let workload = CrashWorkload(
    directory: arguments[1], eventCount: number(2, 3_000), checkpointEvery: number(3, 250), syncEvery: number(4, 40),
    segmentRecords: number(5, 700), seed: UInt64(number(6, 1)), files: files.operations)
do {
    try workload.run()
    print("operations \(files.count) retries \(workload.retries.count)")
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
