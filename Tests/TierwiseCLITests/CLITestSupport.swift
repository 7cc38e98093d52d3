import Foundation
@testable import TierwiseCLI

/// Runs the command line in-process and returns what it wrote and its status.
func run(_ arguments: [String]) -> (output: String, error: String, status: Int32) {
    let console = CapturingConsole()
    let status = TierwiseCommandLine.run(arguments, console: console)
    return (console.output, console.error, status)
}

/// The repository root, found from this file's path.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A fresh temporary directory for one test.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tierwise-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
