import TierwiseAnalyzer
import TierwiseModel
import TierwiseReports

/// `tierwise diff BASE HEAD`: two versions of a catalog compared, use case by use case.
enum DiffCommand: Command {
    static let spec = CommandSpec(
        name: "diff",
        abstract: "Compare two versions of a catalog (or saved analyses).",
        summary: "Compare two versions of a catalog use case by use case, matched by name: what changed in tier, "
            + "pattern, monthly and first-year cost, payback and inputs, what was added and removed, and the "
            + "portfolio delta in money and percent. BASE and HEAD are each a catalog or a saved 'analyze --format json'.",
        positionals: [
            .init(name: "BASE", help: "The catalog or saved analysis before the change."),
            .init(name: "HEAD", help: "The catalog or saved analysis after it."),
        ],
        options: [
            .init(name: "--format", valueName: "FORMAT",
                  help: "markdown (a pull-request comment), json or text (default: markdown)."),
            outputOption,
        ],
        details: "Catalogs are analyzed with the tierwise model. The Markdown stays under GitHub's 65,536-character\n"
            + "comment limit and starts with <!-- tierwise diff --> so a workflow can update its comment in place.\n"
            + standardExitStatuses
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let format = try arguments.choice("--format", as: OutputFormat.self, command: spec.name) ?? .markdown
        guard let base = SnapshotLoading.load(arguments.positionals[0], console: console),
              let head = SnapshotLoading.load(arguments.positionals[1], console: console) else {
            return ExitStatus.badInput
        }
        let comparison = CatalogComparer.compare(base: base, head: head)
        switch format {
        case .markdown: return deliver(ComparisonMarkdownReport.render(comparison), arguments: arguments, console: console)
        case .json: return deliver(chunks: [ComparisonJSONReport.render(comparison)], arguments: arguments, console: console)
        case .text: return deliver(ComparisonTextReport.render(comparison), arguments: arguments, console: console)
        }
    }
}

/// Loading a catalog or a saved analysis for a comparison: problems go to standard error.
enum SnapshotLoading {
    /// The snapshot, or nil after reporting why not.
    static func load(_ path: String, console: Console) -> AnalysisSnapshot? {
        do {
            return try AnalysisSnapshotLoader.load(path: path)
        } catch {
            console.writeError(error.description + "\n")
            console.writeError("tierwise: \(path) is not a usable catalog or saved analysis; nothing was written.\n")
            return nil
        }
    }
}
