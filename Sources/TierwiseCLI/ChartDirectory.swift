import Foundation
import TierwisePlatform

/// The directory of `--charts DIR`: created when missing, each chart written
/// into it atomically (a temporary file beside it, fsynced, renamed), so a
/// chart is either its old bytes or its new ones, never half written.
struct ChartDirectory {
    /// The directory as the user gave it.
    let path: String
    private let console: Console
    /// How many charts were written.
    private(set) var written = 0

    /// Creates `path` (and missing parents) if needed; fails when it cannot,
    /// or when something other than a directory is there.
    static func prepare(_ path: String, console: Console) -> Result<ChartDirectory, ReportSinkError> {
        func failure(_ reason: String) -> Result<ChartDirectory, ReportSinkError> {
            .failure(ReportSinkError(message: "\(path): \(reason)"))
        }
        if path.isEmpty { return failure("--charts needs a directory path") }
        switch PathKind.of(PathKind.resolvingLinks(path) ?? path) {
        case .directory:
            break
        case .missing:
            guard FileOperations.system.makeDirectories(path) == 0 else {
                return failure("cannot create the charts directory: \(errnoText())")
            }
        case .unreadable(let error):
            return failure("cannot write charts there: \(error.description)")
        default:
            return failure("is not a directory; --charts needs a directory path")
        }
        return .success(ChartDirectory(path: path, console: console))
    }

    private init(path: String, console: Console) {
        self.path = path
        self.console = console
    }

    /// Writes `svg` as `name` in the directory, atomically.
    mutating func write(_ svg: String, named name: String) throws(ReportSinkError) {
        let target = (path.hasSuffix("/") ? path : path + "/") + name
        let sink = try ReportSink.open(path: target, console: console).get()
        try sink.write(Array(svg.utf8))
        try sink.commit(announce: false)
        written += 1
    }

    /// Says on standard error how many charts were written where.
    func announce() {
        console.writeError("tierwise: wrote \(written) chart\(written == 1 ? "" : "s") to \(path)\n")
    }

    /// The directory as a Markdown link reaches it from the report at
    /// `reportPath`: relative to the report's directory when there is one,
    /// else the directory as given (a report on standard output is read
    /// from wherever the user is). Paths are made absolute against the
    /// working directory and `.`/`..` resolved by name, not by following links.
    static func linkDirectory(charts: String, reportPath: String?) -> String {
        guard let reportPath, !reportPath.isEmpty else { return charts }
        let working = FileManager.default.currentDirectoryPath
        func components(_ path: String) -> [String] {
            let absolute = path.hasPrefix("/") ? path : working + "/" + path
            var result: [String] = []
            for part in absolute.split(separator: "/") {
                if part == "." { continue }
                if part == ".." {
                    if !result.isEmpty { result.removeLast() }
                    continue
                }
                result.append(String(part))
            }
            return result
        }
        let chartParts = components(charts)
        let reportDirectory = Array(components(reportPath).dropLast())
        var common = 0
        while common < chartParts.count, common < reportDirectory.count, chartParts[common] == reportDirectory[common] { common += 1 }
        let ups = Array(repeating: "..", count: reportDirectory.count - common)
        let relative = (ups + chartParts[common...]).joined(separator: "/")
        return relative.isEmpty ? "." : relative
    }
}

extension ChartDirectory {
    /// The `--charts DIR` option, with what the command writes there.
    static func option(writes: String) -> CommandSpec.Option {
        .init(name: "--charts", valueName: "DIR", help: "Also write SVG charts to DIR (created if missing): \(writes).")
    }

    /// What `--charts` asks for.
    enum Request {
        /// The option is not given.
        case none
        /// The directory, ready.
        case ready(ChartDirectory)
        /// It cannot be made; reported on standard error (exit status 3).
        case failed
    }

    /// The directory of `--charts`, prepared; a directory that cannot be made
    /// is reported and should end the command with exit status 3.
    static func fromArguments(_ arguments: ParsedArguments, console: Console) -> Request {
        guard let path = arguments.values["--charts"] else { return .none }
        switch prepare(path, console: console) {
        case .success(let directory):
            return .ready(directory)
        case .failure(let error):
            console.writeError("tierwise: \(error.message)\n")
            return .failed
        }
    }
}
