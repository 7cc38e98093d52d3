import TierwiseModel
import TierwiseSimulator

/// `tierwise generate-catalog`: a synthetic, valid catalog.
enum GenerateCatalogCommand: Command {
    static let spec = CommandSpec(
        name: "generate-catalog",
        abstract: "Write a synthetic, valid catalog.",
        summary: "Write a synthetic, valid use-case catalog drawn from the seeds' archetypes (fraud detection, "
            + "recommendations, IoT, dashboards, reporting, ML training, inventory, pricing), for what-if work "
            + "and benchmarks. The same --count and --seed always give the same bytes.",
        options: [
            .init(name: "--count", valueName: "N", help: "Number of use cases, 1 to 1,000,000 (required)."),
            .init(name: "--seed", valueName: "S", help: "Random seed, a non-negative integer (default 42)."),
            .init(name: "--output", valueName: "PATH", help: "Write the catalog to PATH (atomically) instead of standard output."),
        ],
        details: standardExitStatuses
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        guard let count = try arguments.count("--count", in: 1...1_000_000, command: spec.name) else {
            throw UsageError(command: spec.name, message: "missing required option --count")
        }
        var seed: UInt64 = 42
        if let seedText = arguments.values["--seed"] {
            guard let parsed = UInt64(seedText) else {
                throw UsageError(command: spec.name, message: "--seed: expected a non-negative integer, got '\(seedText)'")
            }
            seed = parsed
        }
        let catalog = CatalogGenerator(count: count, seed: seed).generate()
        let text = CatalogEncoder.encode(catalog)
        // Never write what analyze and check would refuse.
        let limit = CatalogDecoder.maximumFileSizeBytes
        let size = text.utf8.count
        guard size <= limit else {
            let fitting = Int((Double(count) * Double(limit) / Double(size)).rounded(.down))
            throw UsageError(command: spec.name, message: "--count \(count) gives a catalog of \(size) bytes, and analyze "
                + "and check read at most \(limit) bytes (1 GiB); use a smaller --count (about \(fitting) fit)")
        }
        return deliver(text, arguments: arguments, console: console)
    }
}
