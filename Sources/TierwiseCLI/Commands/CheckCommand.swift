import TierwiseModel

/// `tierwise check CATALOG`: validate a catalog, for CI gates.
enum CheckCommand: Command {
    static let spec = CommandSpec(
        name: "check",
        abstract: "Validate a catalog (for CI gates).",
        summary: "Validate a use-case catalog without analyzing it: every problem is reported with its JSON path.",
        positionals: [.init(name: "CATALOG", help: "Path to the catalog JSON.")],
        options: [.init(name: "--strict", valueName: nil, help: "Treat warnings (unknown fields) as failures.")],
        details: "Exit status: 0 when valid, 1 when --strict and there are warnings, 2 when invalid, 3 when standard output\n"
            + "cannot be written."
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let path = arguments.positionals[0]
        guard let loaded = CatalogLoading.load(path, overrides: CostParameterOverrides(), console: console, writesOutput: false) else {
            return ExitStatus.badInput
        }
        let useCaseCount = loaded.catalog.useCases.count
        if arguments.flags.contains("--strict") && !loaded.warnings.isEmpty {
            let count = loaded.warningCount
            console.writeError("tierwise: \(path): \(count) warning\(count == 1 ? "" : "s") under --strict\n")
            return ExitStatus.checkFailed
        }
        console.writeOutput("\(path): valid, \(useCaseCount) use case\(useCaseCount == 1 ? "" : "s")\n")
        return ExitStatus.success
    }
}
