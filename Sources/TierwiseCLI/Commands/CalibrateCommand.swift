import TierwiseModel
import TierwiseReports
import TierwiseSimulator

/// `tierwise calibrate`: measure this machine's engine for the simulator and write a calibration file.
enum CalibrateCommand: Command {
    static let spec = CommandSpec(
        name: "calibrate",
        abstract: "Measure this machine's engine and write a calibration file for simulate.",
        summary: "Measure the events per second one core of the embedded engine sustains on the simulator's workload "
            + "shape (deduplication, 1-minute tumbling windows, a 5 s watermark bound), and write a calibration file "
            + "with it and the documented fixed costs. Give it to simulate --calibration to make every simulated figure "
            + "reproducible; edit it (or write one) with your production job's figures to simulate your cluster instead.",
        options: [
            .init(name: "--events", valueName: "N", help: "Events to measure with (default 2,000,000)."),
            outputOption,
        ],
        details: "Build in release mode for meaningful figures: swift build -c release && .build/release/tierwise calibrate.\n"
            + "The file's fields are documented in docs/simulator.md (\"Calibration\").\n" + standardExitStatuses
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let events = try arguments.count("--events", in: 10_000...200_000_000, command: spec.name) ?? 2_000_000
        let calibration: SimulationCalibration
        do {
            calibration = try EngineCalibrator.measure(eventCount: events) { console.writeError("tierwise \($0)\n") }
        } catch {
            console.writeError("tierwise: calibration failed: \(error)\n")
            return ExitStatus.ioFailure
        }
        return deliver(SimulationJSONReport.calibrationFile(calibration), arguments: arguments, console: console)
    }
}
