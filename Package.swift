// swift-tools-version: 6.0
import PackageDescription

// Dependency direction (one way; a test in TierwiseCLITests reads every import and keeps it so):
//   tierwise -> TierwiseCLI -> TierwiseReports, TierwiseAnalyzer, TierwiseSimulator, TierwiseReplay
//   TierwiseReports, TierwiseAnalyzer -> TierwiseModel -> TierwiseJSON
//   TierwiseSimulator, TierwiseReplay -> TierwiseModel, TierwiseEngine
//   TierwiseSimulator -> TierwiseAnalyzer (a use case's recommendation becomes the pipeline it simulates)
//   TierwiseEngine, TierwiseModel, TierwiseReplay, TierwiseCLI -> TierwisePlatform (every system call) -> Foundation
// TierwiseReports renders values and never computes them: it imports Model and JSON only.
// Foundation only: no package dependencies.
let package = Package(
    name: "tierwise",
    products: [
        .executable(name: "tierwise", targets: ["tierwise"]),
    ],
    targets: [
        .target(name: "TierwisePlatform"),
        .target(name: "TierwiseJSON"),
        .target(name: "TierwiseEngine", dependencies: ["TierwisePlatform"]),
        .target(name: "TierwiseModel", dependencies: ["TierwiseJSON", "TierwisePlatform"]),
        .target(name: "TierwiseAnalyzer", dependencies: ["TierwiseModel"]),
        .target(name: "TierwiseReplay", dependencies: ["TierwiseModel", "TierwiseEngine", "TierwiseJSON", "TierwisePlatform"]),
        .target(name: "TierwiseSimulator", dependencies: ["TierwiseModel", "TierwiseAnalyzer", "TierwiseEngine", "TierwisePlatform"]),
        .target(name: "TierwiseReports", dependencies: ["TierwiseModel", "TierwiseJSON"]),
        .target(name: "TierwiseCLI", dependencies: [
            "TierwiseJSON", "TierwiseModel", "TierwiseAnalyzer", "TierwiseReplay", "TierwiseSimulator", "TierwiseReports",
            "TierwisePlatform",
        ]),
        .executableTarget(name: "tierwise", dependencies: ["TierwiseCLI"]),
        // Killed and restarted by TierwiseCrashTests; not a product.
        .executableTarget(name: "TierwiseCrashWorker", dependencies: ["TierwiseEngine", "TierwisePlatform"]),
        .testTarget(name: "TierwiseJSONTests", dependencies: ["TierwiseJSON"]),
        .testTarget(name: "TierwiseEngineTests", dependencies: ["TierwiseEngine", "TierwisePlatform"]),
        .testTarget(name: "TierwiseCrashTests", dependencies: ["TierwiseEngine", "TierwiseCrashWorker"]),
        .testTarget(name: "TierwiseReplayTests", dependencies: [
            "TierwiseReplay", "TierwiseModel", "TierwiseEngine", "TierwiseJSON", "TierwiseSimulator",
        ]),
        .testTarget(name: "TierwiseSimulatorTests", dependencies: ["TierwiseSimulator", "TierwiseEngine", "TierwiseModel"]),
        .testTarget(name: "TierwiseModelTests", dependencies: ["TierwiseModel", "TierwiseJSON"]),
        .testTarget(name: "TierwiseAnalyzerTests", dependencies: ["TierwiseAnalyzer", "TierwiseModel"]),
        .testTarget(name: "TierwiseReportsTests", dependencies: ["TierwiseReports", "TierwiseAnalyzer", "TierwiseModel"]),
        .testTarget(name: "TierwiseCLITests", dependencies: [
            "TierwiseCLI", "TierwiseJSON", "TierwiseModel", "TierwiseAnalyzer", "TierwiseReports", "TierwiseSimulator",
            "TierwisePlatform", "tierwise",
        ]),
    ],
    swiftLanguageModes: [.v6]
)
