/// Interns strings (keys, event ids) to dense integers and back, so the
/// engine's state is keyed by integers.
public struct KeyDictionary: Sendable {
    private var indexByName: [String: UInt32] = [:]
    /// The names, by index.
    public private(set) var names: [String] = []

    /// Creates a `KeyDictionary` from its parts.
    public init() {}

    /// The index of `name`, adding it if new.
    public mutating func intern(_ name: String) -> UInt32 {
        if let index = indexByName[name] { return index }
        let index = UInt32(names.count)
        indexByName[name] = index
        names.append(name)
        return index
    }

    /// The name of `index`.
    public func name(of index: UInt32) -> String { names[Int(index)] }

    /// How many names are interned.
    public var count: Int { names.count }
}
