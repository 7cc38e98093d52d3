import Foundation
import TierwiseJSON
import TierwisePlatform

/// Loading a catalog with what-if overrides applied to its JSON first.
extension CatalogDecoder {
    /// True when `key` is a field a `--set` may change: a use case field (or `defaults` key when `inDefaults`).
    public static func isOverridableField(_ key: String, inDefaults: Bool) -> Bool {
        inDefaults ? defaultsKeys.contains(key) : UseCaseField(key: key) != nil
    }

    /// Every field name an override may use, for "did you mean" hints.
    public static func overridableFields(inDefaults: Bool) -> Set<String> {
        inDefaults ? defaultsKeys : UseCaseField.keys
    }

    /// Reads the catalog at `path`, applies `overrides` in order, and decodes
    /// it; the overrides are recorded in ``Catalog/appliedOverrides``.
    public func load(path: String, overrides: [CatalogOverride]) throws(CatalogError) -> LoadedCatalog {
        guard !overrides.isEmpty else { return try load(path: path) }
        guard FileManager.default.fileExists(atPath: path) else { throw .unreadable(path: path, reason: "no such file") }
        guard let bytes = FileDescriptorIO.readFile(path, maximumBytes: maximumSizeBytes) else {
            throw .unreadable(path: path, reason: "permission denied, a read error, or more than \(maximumSizeBytes) bytes")
        }
        var root = try Self.parseDocument(bytes, path: path)
        for override in overrides {
            do {
                try Self.apply(override, to: &root)
            } catch {
                throw .invalid(path: path, issues: [CatalogIssue(path: override.label, message: error.description)], totalCount: 1)
            }
        }
        var decoder = self
        let catalog = decoder.decodeCatalog(root, elementSource: nil) ?? nil
        var loaded = try Outcome(catalog: catalog, issues: decoder.issues, warnings: decoder.warnings).get(path: path)
        loaded.catalog.appliedOverrides = overrides
        return loaded
    }

    /// Sets `override.value` at its place in a catalog document.
    static func apply(_ override: CatalogOverride, to root: inout JSONValue) throws(CatalogOverrideError) {
        guard case .object(var members) = root else { throw .notAnObject(override.label) }
        switch override.target {
        case .defaults:
            var defaults = members.first { $0.key == "defaults" }?.value ?? .object([])
            try set(override.value, at: override.path[...], in: &defaults, label: override.label)
            if let index = members.firstIndex(where: { $0.key == "defaults" }) {
                members[index].value = defaults
            } else {
                members.append(JSONMember(key: "defaults", value: defaults))
            }
        case .useCase(let name):
            guard let listIndex = members.firstIndex(where: { $0.key == "use_cases" }),
                  case .array(var useCases) = members[listIndex].value else { throw .unknownUseCase(name, suggestion: nil) }
            guard let index = useCases.firstIndex(where: { $0["name"] == .string(name) }) else {
                let names = useCases.compactMap { value -> String? in
                    if case .string(let text)? = value["name"] { return text }
                    return nil
                }
                let near = names.min { EditDistance.between($0, name) < EditDistance.between($1, name) }
                let suggestion = near.flatMap { EditDistance.between($0, name) <= max(2, name.count / 3) ? $0 : nil }
                throw .unknownUseCase(name, suggestion: suggestion)
            }
            try set(override.value, at: override.path[...], in: &useCases[index], label: override.label)
            members[listIndex].value = .array(useCases)
        }
        root = .object(members)
    }

    private static func set(
        _ value: JSONValue, at path: ArraySlice<String>, in object: inout JSONValue, label: String
    ) throws(CatalogOverrideError) {
        guard let key = path.first else {
            object = value
            return
        }
        guard case .object(var members) = object else { throw .notAnObject(label) }
        if let index = members.firstIndex(where: { $0.key == key }) {
            var inner = members[index].value
            if path.count > 1, case .object = inner {} else if path.count > 1 { inner = .object([]) }
            try set(value, at: path.dropFirst(), in: &inner, label: label)
            members[index].value = inner
        } else {
            var inner = JSONValue.object([])
            try set(value, at: path.dropFirst(), in: &inner, label: label)
            members.append(JSONMember(key: key, value: inner))
        }
        object = .object(members)
    }
}
