import Foundation
import TierwiseAnalyzer
import TierwiseModel
import TierwisePlatform
import TierwiseReports
import TierwiseSimulator

/// `tierwise check CATALOG...`: validate catalogs and, with a policy, gate them (for CI).
enum CheckCommand: Command {
    static let spec = CommandSpec(
        name: "check",
        abstract: "Validate catalogs and gate them on a policy (for CI).",
        summary: "Validate use-case catalogs: every problem is reported with its JSON path, line and column. With "
            + "--policy, apply a policy's rules (cost increases against --base, portfolio total, challenged tiers, "
            + "latency justifications, payback, real-time count) and report each finding where it is in the catalog.",
        positionals: [.init(name: "CATALOG", help: "Path to a catalog JSON (one or more).", isVariadic: true)],
        options: [
            .init(name: "--policy", valueName: "FILE", help: "Gate policy JSON (docs/ci.md, docs/policy.schema.json)."),
            .init(name: "--base", valueName: "BASE", help: "Catalog or saved analysis to compare against (increase rules)."),
            .init(name: "--strict", valueName: nil, help: "Treat warnings (unknown fields, warn rules) as failures."),
            .init(name: "--calibration", valueName: "FILE",
                  help: "For simulation_verdict rules: service times from FILE (else this machine is measured)."),
            .init(name: "--format", valueName: "FORMAT", help: "text, json, github, junit, sarif or markdown (default: text)."),
            outputOption,
            ChartDirectory.option(writes: "findings.svg, errors and warnings per rule"),
        ],
        details: "--format github writes workflow commands (at most 10 annotations per level) and, when\n"
            + "GITHUB_STEP_SUMMARY is set, appends the Markdown summary to that file.\n"
            + "Exit status: 0 when the check passes (warnings allowed), 1 when a deny rule fails (or, with --strict,\n"
            + "any warning), 2 for bad usage or invalid input, 3 when the report cannot be written."
    )

    /// Each valid catalog's simulation verdicts by use case name (`tierwise simulate`'s defaults), for
    /// `simulation_verdict` rules; nil when the calibration cannot be had or a simulation fails.
    static func simulate(
        _ catalogs: [CheckedCatalog], arguments: ParsedArguments, console: Console
    ) -> [Int: [String: GateSimulationVerdict]]? {
        guard let calibration = SimulateCommand.loadCalibration(arguments, console: console) else { return nil }
        var verdicts: [Int: [String: GateSimulationVerdict]] = [:]
        for (index, checked) in catalogs.enumerated() {
            guard case .valid(_, let catalog, _, _, _) = checked else { continue }
            do {
                let report = try CatalogSimulator.simulate(catalog, settings: SimulationSettings(), calibration: calibration) {
                    console.writeError("tierwise simulate: \($0)\n")
                }
                var byName: [String: GateSimulationVerdict] = [:]
                for result in report.simulations {
                    let verdict = result.overallVerdict
                    let reason = result.claims.first { $0.verdict == verdict }?.reason ?? ""
                    byName[result.name] = GateSimulationVerdict(verdict: verdict.rawValue, reason: reason)
                }
                verdicts[index] = byName
            } catch {
                console.writeError("tierwise: \(error.description)\n")
                return nil
            }
        }
        return verdicts
    }

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let format = try arguments.choice("--format", as: CheckFormat.self, command: spec.name) ?? .text
        let isStrict = arguments.flags.contains("--strict")
        var policy: GatePolicy?
        if let policyPath = arguments.values["--policy"] {
            do {
                policy = try PolicyDecoder().load(path: policyPath)
            } catch {
                console.writeError(error.description + "\n")
                console.writeError("tierwise: \(policyPath) is not a usable policy; nothing was checked.\n")
                return ExitStatus.badInput
            }
        }
        var base: AnalysisSnapshot?
        if let basePath = arguments.values["--base"] {
            guard let loaded = SnapshotLoading.load(basePath, console: console) else { return ExitStatus.badInput }
            base = loaded
        }
        let catalogs = arguments.positionals.map { read($0, console: console) }
        var simulations: [Int: [String: GateSimulationVerdict]]?
        if policy?.rules.contains(where: { $0.kind == .simulationVerdict }) == true {
            guard let verdicts = simulate(catalogs, arguments: arguments, console: console) else { return ExitStatus.badInput }
            simulations = verdicts
        }
        let report = CatalogGate.check(catalogs, policy: policy, base: base, isStrict: isStrict, simulations: simulations)
        switch ChartDirectory.fromArguments(arguments, console: console) {
        case .none: break
        case .failed: return ExitStatus.ioFailure
        case .ready(var directory):
            do {
                try directory.write(GateCharts.findings(report).svg(), named: GateCharts.findingsFileName)
            } catch {
                console.writeError("tierwise: \(error.message)\n")
                return ExitStatus.ioFailure
            }
            directory.announce()
        }
        let status: Int32 = switch report.outcome {
        case .passed: ExitStatus.success
        case .failed: ExitStatus.checkFailed
        case .invalid: ExitStatus.badInput
        }
        if format == .text && policy == nil && base == nil {
            return legacyText(report, status: status, console: console)
        }
        if format == .text && report.outcome == .invalid { return status }
        let written: Int32 = switch format {
        case .text: deliver(GateTextReport.render(report), arguments: arguments, console: console)
        case .json: deliver(chunks: [GateJSONReport.render(report)], arguments: arguments, console: console)
        case .github: deliver(GateGitHubReport.render(report), arguments: arguments, console: console)
        case .junit: deliver(GateJUnitReport.render(report), arguments: arguments, console: console)
        case .sarif: deliver(chunks: [GateSARIFReport.render(report)], arguments: arguments, console: console)
        case .markdown: deliver(GateMarkdownReport.render(report), arguments: arguments, console: console)
        }
        guard written == ExitStatus.success else { return written }
        if format == .github, let summary = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !summary.isEmpty {
            let markdown = Array(GateMarkdownReport.render(report).utf8)
            if let failure = FileDescriptorIO.append(markdown, toFile: summary) {
                console.writeError("tierwise: cannot append the summary to \(summary) (GITHUB_STEP_SUMMARY): \(failure)\n")
                return ExitStatus.ioFailure
            }
        }
        return status
    }

    /// Without a policy or a base, text output is what `check` always wrote:
    /// a line per valid catalog on standard output, the count of warnings
    /// under `--strict` on standard error.
    private static func legacyText(_ report: GateReport, status: Int32, console: Console) -> Int32 {
        guard status != ExitStatus.badInput else { return status }
        if status == ExitStatus.checkFailed {
            for catalog in report.catalogs where catalog.warningCount > 0 {
                let count = catalog.warningCount
                console.writeError("tierwise: \(catalog.file): \(count) warning\(count == 1 ? "" : "s") under --strict\n")
            }
            return status
        }
        for catalog in report.catalogs {
            let count = catalog.useCaseNames.count
            console.writeOutput("\(catalog.file): valid, \(count) use case\(count == 1 ? "" : "s")\n")
        }
        return status
    }

    /// Reads and decodes one catalog; its problems and warnings, located, go
    /// to standard error as well as into the report.
    private static func read(_ path: String, console: Console) -> CheckedCatalog {
        let decoder = CatalogDecoder()
        let bytes: [UInt8]
        do {
            bytes = try decoder.readBytes(path: path)
        } catch {
            console.writeError(error.description + "\n")
            var map = CatalogSourceMap(file: path, bytes: [])
            return .invalid(file: path, issues: map.located(error))
        }
        do {
            let loaded = try decoder.decode(bytes, path: path)
            var map = CatalogSourceMap(file: path, bytes: bytes)
            let warnings = map.located(loaded.warnings)
            for warning in warnings {
                console.writeError("tierwise: warning: \(path): \(warning.location.jsonPath): \(warning.message) "
                    + "(line \(warning.location.line), column \(warning.location.column))\n")
            }
            if loaded.warningCount > loaded.warnings.count {
                console.writeError("tierwise: warning: \(path): … and \(loaded.warningCount - loaded.warnings.count) "
                    + "more warnings, \(loaded.warningCount) in all\n")
            }
            return .valid(file: path, catalog: loaded.catalog, sourceMap: map, warnings: warnings, warningCount: loaded.warningCount)
        } catch {
            var map = CatalogSourceMap(file: path, bytes: bytes)
            let located = map.located(error)
            console.writeError(AnalysisSnapshotLoader.LoadError.catalog(error, located: located).description + "\n")
            if case .invalid(_, _, let totalCount) = error, totalCount > 1 {
                console.writeError("tierwise: \(totalCount) problems in \(path).\n")
            }
            return .invalid(file: path, issues: located)
        }
    }
}
