import TierwiseJSON
import TierwiseModel

/// The what-if options shared by `analyze`, `sweep`, `thresholds` and
/// `uncertainty`: overrides (`--set`, `--what-if`) and forced choices
/// (`--force-tier`, `--force-pattern`), and loading a catalog with them.
enum WhatIfArguments {
    /// `--set`, `--what-if`.
    static let overrideOptions: [CommandSpec.Option] = [
        .init(name: "--set", valueName: "NAME.FIELD=VALUE",
              help: "Override a catalog value (NAME a use case or defaults; VALUE JSON or text). Repeatable; the last wins.",
              isRepeatable: true),
        .init(name: "--what-if", valueName: "FILE",
              help: "Apply a what-if file of named assumptions (docs/whatif.md) before any --set."),
    ]

    /// `--force-tier`, `--force-pattern`.
    static let forceOptions: [CommandSpec.Option] = [
        .init(name: "--force-tier", valueName: "NAME=TIER",
              help: "Analyze use case NAME at TIER instead of the recommended one (tierwise model). Repeatable.",
              isRepeatable: true),
        .init(name: "--force-pattern", valueName: "NAME=PATTERN",
              help: "Analyze use case NAME with PATTERN (tierwise model). Repeatable.", isRepeatable: true),
    ]

    /// The overrides of `--what-if` then `--set`, in that order of precedence (later wins).
    static func overrides(_ arguments: ParsedArguments, command: String, console: Console) throws(UsageError) -> [CatalogOverride]? {
        var overrides: [CatalogOverride] = []
        if let path = arguments.values["--what-if"] {
            do {
                overrides += try CatalogDecoder().loadWhatIf(path: path).overrides
            } catch {
                console.writeError(error.description.replacingOccurrences(of: "the catalog", with: "the what-if file") + "\n")
                console.writeError("tierwise: \(path) is not a usable what-if file; nothing was written.\n")
                return nil
            }
        }
        for text in arguments.lists["--set"] ?? [] {
            do {
                overrides.append(try CatalogOverride.parse(text))
            } catch {
                throw UsageError(command: command, message: "--set \(error.description)")
            }
        }
        return overrides
    }

    /// Loads the catalog with the what-if overrides and forced choices, or nil after reporting why not.
    static func loadCatalog(
        _ path: String, arguments: ParsedArguments, costOverrides: CostParameterOverrides, command: String,
        console: Console, allowsForcing: Bool
    ) throws(UsageError) -> LoadedCatalog? {
        guard let overrides = try overrides(arguments, command: command, console: console) else { return nil }
        guard var loaded = CatalogLoading.load(path, overrides: costOverrides, whatIf: overrides, console: console) else {
            return nil
        }
        let tiers = arguments.lists["--force-tier"] ?? [], patterns = arguments.lists["--force-pattern"] ?? []
        if !allowsForcing && !(tiers.isEmpty && patterns.isEmpty) {
            throw UsageError(command: command, message: "--force-tier and --force-pattern need the tierwise model")
        }
        for text in tiers {
            let (index, tier) = try forced(text, in: loaded.catalog, option: "--force-tier", as: LatencyTier.self, command: command)
            loaded.catalog.useCases[index].forcedTier = tier
        }
        for text in patterns {
            let (index, pattern) = try forced(
                text, in: loaded.catalog, option: "--force-pattern", as: ArchitecturePattern.self, command: command)
            loaded.catalog.useCases[index].forcedPattern = pattern
        }
        return loaded
    }

    /// `NAME=VALUE`, split at the last `=` (names may contain `=`), with NAME a use case of `catalog`.
    private static func forced<E: RawRepresentable & CaseIterable>(
        _ text: String, in catalog: Catalog, option: String, as type: E.Type, command: String
    ) throws(UsageError) -> (Int, E) where E.RawValue == String {
        guard let equals = text.lastIndex(of: "=") else {
            throw UsageError(command: command, message: "\(option): expected NAME=VALUE, got '\(VisibleText.escaped(text, limit: 80))'")
        }
        let name = String(text[..<equals]), raw = String(text[text.index(after: equals)...])
        guard let value = E(rawValue: raw) else {
            throw UsageError(command: command, message: "\(option): expected \(listForMessages(E.allCases.map(\.rawValue))), "
                + "got '\(VisibleText.escaped(raw, limit: 40))'")
        }
        guard let index = catalog.useCases.firstIndex(where: { $0.name == name }) else {
            throw UsageError(command: command, message: "\(option): no use case is named '\(VisibleText.escaped(name, limit: 80))'")
        }
        return (index, value)
    }
}
