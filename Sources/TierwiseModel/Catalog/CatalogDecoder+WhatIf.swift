import Foundation
import TierwiseJSON
import TierwisePlatform

/// A what-if file, like Infracost's usage file: named assumptions applied over a catalog.
///
///     {"name": "Peak season",
///      "defaults": {"hourly_rate": 200},
///      "use_cases": {"Card fraud detection": {"events_per_second": 4000}}}
public struct WhatIfScenario: Sendable, Equatable {
    /// The scenario's name, if it has one.
    public var name: String?
    /// Its overrides, defaults first, then use cases in file order.
    public var overrides: [CatalogOverride]

    /// Creates a `WhatIfScenario` from its parts.
    public init(name: String?, overrides: [CatalogOverride]) {
        self.name = name
        self.overrides = overrides
    }
}

extension CatalogDecoder {
    /// The largest what-if file read: 16 MiB.
    public static let maximumWhatIfFileSizeBytes = 16 * 1024 * 1024

    /// Reads and checks a what-if file; every problem is located like a catalog's.
    public func loadWhatIf(path: String) throws(CatalogError) -> WhatIfScenario {
        guard FileManager.default.fileExists(atPath: path) else { throw .unreadable(path: path, reason: "no such file") }
        guard let bytes = FileDescriptorIO.readFile(path, maximumBytes: Self.maximumWhatIfFileSizeBytes) else {
            throw .unreadable(path: path, reason: "permission denied, a read error, or more than \(Self.maximumWhatIfFileSizeBytes) bytes")
        }
        let root = try Self.parseDocument(bytes, path: path)
        var decoder = self
        let scenario = decoder.decodeWhatIf(root, path: path)
        if let scenario, decoder.issues.isEmpty { return scenario }
        throw .invalid(path: path, issues: decoder.issues.shown, totalCount: decoder.issues.totalCount)
    }

    mutating func decodeWhatIf(_ root: JSONValue, path file: String) -> WhatIfScenario? {
        guard case .object(let rootMembers) = root else {
            issue("top level", "expected an object with \"defaults\" and/or \"use_cases\", got \(root.excerpt)")
            return nil
        }
        let members = fields(rootMembers, allowed: ["name", "description", "defaults", "use_cases"], path: "")
        for warning in warnings.shown { issue(warning.path, warning.message.replacingOccurrences(of: ", ignored", with: "")) }
        let name = optionalString(members["name"], "name", path: "")
        let source = "what-if file \(file)" + (name.map { " (\($0))" } ?? "")
        var overrides: [CatalogOverride] = []
        func collect(_ value: JSONValue, target: CatalogOverride.Target, path: String, inDefaults: Bool) {
            guard case .object(let fieldMembers) = value else {
                issue(path, "expected an object of fields, got \(value.excerpt)")
                return
            }
            for member in fieldMembers {
                guard Self.isOverridableField(member.key, inDefaults: inDefaults) else {
                    let hint = closestKey(to: member.key, in: Self.overridableFields(inDefaults: inDefaults))
                        .map { "; did you mean \"\($0)\"?" } ?? ""
                    issue(join(path, member.key), "not a catalog field\(hint)")
                    continue
                }
                overrides.append(CatalogOverride(target: target, path: [member.key], value: member.value, source: source))
            }
        }
        if let defaults = members["defaults"] { collect(defaults, target: .defaults, path: "defaults", inDefaults: true) }
        if let useCases = members["use_cases"] {
            if case .object(let byName) = useCases {
                for member in byName {
                    collect(member.value, target: .useCase(member.key), path: join("use_cases", member.key), inDefaults: false)
                }
            } else {
                issue("use_cases", "expected an object of use case name → fields, got \(useCases.excerpt)")
            }
        }
        return WhatIfScenario(name: name, overrides: overrides)
    }
}
