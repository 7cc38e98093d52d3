import TierwiseJSON

/// One what-if assumption: a catalog value replaced without editing the file
/// (`--set 'NAME.field=value'`, or a what-if file). Overrides apply to the
/// catalog's JSON before it is decoded, so an overridden value is checked
/// exactly like a written one. Precedence: the catalog, then the what-if
/// file, then each `--set` in order (the last one wins).
public struct CatalogOverride: Sendable, Equatable {
    /// What is overridden.
    public enum Target: Sendable, Equatable {
        /// The catalog's `defaults` object.
        case defaults
        /// The use case with this name.
        case useCase(String)
    }

    /// The object changed.
    public var target: Target
    /// The field, as a path inside the object (`["value_model", "horizon_minutes"]`).
    public var path: [String]
    /// The new value.
    public var value: JSONValue
    /// Where the override comes from, for the report ("--set", "what-if file x.json (peak season)").
    public var source: String

    /// Creates a `CatalogOverride` from its parts.
    public init(target: Target, path: [String], value: JSONValue, source: String) {
        self.target = target
        self.path = path
        self.value = value
        self.source = source
    }

    /// "Card fraud detection.revenue_impact_per_minute_delay", for reports.
    public var label: String {
        let name: String = switch target {
        case .defaults: "defaults"
        case .useCase(let name): name
        }
        return name + "." + path.joined(separator: ".")
    }

    /// The value as reports show it: numbers and booleans as written, text quoted, containers by kind.
    public var valueText: String { value.excerpt }

    /// Parses `NAME.field=value`: NAME is a use case's name or `defaults`; the
    /// field is the first dotted component after NAME that names a catalog
    /// field (so names may contain dots); the value is JSON, or a string when
    /// it is not JSON (`--set 'x.consumer=people'`).
    public static func parse(_ text: String, source: String = "--set") throws(CatalogOverrideError) -> CatalogOverride {
        guard let equals = text.firstIndex(of: "=") else { throw .malformed(text, "expected NAME.field=value") }
        let left = String(text[..<equals])
        let right = String(text[text.index(after: equals)...])
        var dot = left.startIndex
        while let found = left[dot...].firstIndex(of: ".") {
            let name = String(left[..<found])
            let path = left[left.index(after: found)...].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            if !name.isEmpty, let first = path.first, CatalogDecoder.isOverridableField(first, inDefaults: name == "defaults") {
                return CatalogOverride(
                    target: name == "defaults" ? .defaults : .useCase(name), path: path, value: parseValue(right),
                    source: source)
            }
            dot = left.index(after: found)
        }
        throw .malformed(text, "expected NAME.field=value with a catalog field after the last dot of NAME")
    }

    /// JSON when the text is JSON, else the text as a string.
    static func parseValue(_ text: String) -> JSONValue {
        (try? JSONParser.parse(Array(text.utf8))) ?? .string(text)
    }
}

/// Why an override cannot be used.
public enum CatalogOverrideError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text is not `NAME.field=value`.
    case malformed(String, String)
    /// No use case has the name.
    case unknownUseCase(String, suggestion: String?)
    /// The path goes through something that is not an object.
    case notAnObject(String)

    /// The sentence for the user.
    public var description: String {
        switch self {
        case .malformed(let text, let expected):
            "'\(VisibleText.escaped(text, limit: 80))': \(expected)"
        case .unknownUseCase(let name, let suggestion):
            "no use case is named '\(VisibleText.escaped(name, limit: 80))'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .notAnObject(let label):
            "\(VisibleText.escaped(label, limit: 120)): the value on the way is not an object"
        }
    }
}
