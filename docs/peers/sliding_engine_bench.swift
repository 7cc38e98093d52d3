// The engine alone on sliding windows, as quoted in docs/performance.md ("Sliding windows"):
// no file to parse, no report to write. Not built by default; to run it, copy it into the
// package as an executable target:
//
//     mkdir -p Sources/SlidingEngineBench && cp docs/peers/sliding_engine_bench.swift Sources/SlidingEngineBench/main.swift
//     # Package.swift, in targets:
//     #   .executableTarget(name: "SlidingEngineBench", dependencies: ["TierwiseEngine", "TierwiseSimulator"]),
//     swift build -c release --product SlidingEngineBench
//     .build/release/SlidingEngineBench 7200000 100 3600000 1000
//
// SlidingEngineBench EVENTS KEYS SIZE_MS SLIDE_MS streams EVENTS generated events
// (tierwise bench's generator: 1,000 per second of event time, up to 4 s of disorder,
// KEYS uniform keys) through sliding windows with 5 s of out-of-orderness, counts the
// results without keeping them (retainsResults = false) and prints the counts. The
// same file builds against earlier versions of the engine, for comparisons.
import TierwiseEngine
import TierwiseSimulator

func run(_ arguments: [Int64]) throws {
    var windowOperator = try WindowOperator(assigner: SlidingWindows(sizeMillis: arguments[2], slideMillis: arguments[3]),
                                            mode: .streaming(outOfOrdernessMillis: 5_000))
    windowOperator.retainsResults = false
    var events = EngineBenchmark(eventCount: Int(arguments[0]), keyCount: Int(arguments[1])).generator()
    while let event = events.next() { windowOperator.process(event) }
    windowOperator.finish()
    print("events", windowOperator.eventsSeen, "results", windowOperator.resultsEmitted, "late", windowOperator.lateEvents.count)
}
let arguments = CommandLine.arguments.dropFirst().map { Int64($0) ?? 0 }
guard arguments.count == 4 else { fatalError("usage: SlidingEngineBench EVENTS KEYS SIZE_MS SLIDE_MS") }
try run(arguments)
