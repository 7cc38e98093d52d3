// swift-tools-version: 6.0
import PackageDescription

// Dependency direction (one way):
//   tierwise -> TierwiseCLI -> TierwiseReports, TierwiseAnalyzer, TierwiseSimulator -> TierwiseModel -> TierwiseJSON
//   TierwiseCLI, TierwiseReports -> TierwiseSimulator -> TierwiseEngine (Foundation only)
// Foundation only: no package dependencies.
let package = Package(
    name: "tierwise",
    products: [
        .executable(name: "tierwise", targets: ["tierwise"]),
    ],
    targets: [
        .target(name: "TierwiseJSON"),
        .target(name: "TierwiseEngine"),
        .target(name: "TierwiseModel", dependencies: ["TierwiseJSON"]),
        .target(name: "TierwiseAnalyzer", dependencies: ["TierwiseModel"]),
        .target(name: "TierwiseSimulator", dependencies: ["TierwiseModel", "TierwiseEngine", "TierwiseJSON"]),
        .target(name: "TierwiseReports", dependencies: ["TierwiseModel", "TierwiseJSON", "TierwiseSimulator", "TierwiseEngine"]),
        .target(name: "TierwiseCLI", dependencies: [
            "TierwiseJSON", "TierwiseModel", "TierwiseAnalyzer", "TierwiseSimulator", "TierwiseReports", "TierwiseEngine",
        ]),
        .executableTarget(name: "tierwise", dependencies: ["TierwiseCLI"]),
        // Killed and restarted by TierwiseCrashTests; not a product.
        .executableTarget(name: "TierwiseCrashWorker", dependencies: ["TierwiseEngine"]),
        .testTarget(name: "TierwiseJSONTests", dependencies: ["TierwiseJSON"]),
        .testTarget(name: "TierwiseEngineTests", dependencies: ["TierwiseEngine"]),
        .testTarget(name: "TierwiseCrashTests", dependencies: ["TierwiseEngine", "TierwiseCrashWorker"]),
        .testTarget(name: "TierwiseSimulatorTests", dependencies: ["TierwiseSimulator", "TierwiseEngine"]),
        .testTarget(name: "TierwiseModelTests", dependencies: ["TierwiseModel", "TierwiseJSON"]),
        .testTarget(name: "TierwiseAnalyzerTests", dependencies: ["TierwiseAnalyzer", "TierwiseModel"]),
        .testTarget(name: "TierwiseReportsTests", dependencies: ["TierwiseReports", "TierwiseAnalyzer", "TierwiseModel"]),
        .testTarget(name: "TierwiseCLITests", dependencies: ["TierwiseCLI", "TierwiseJSON", "tierwise"]),
    ],
    swiftLanguageModes: [.v6]
)
