/// Pricing values stated at one level (a pricing file, a catalog's
/// `defaults.pricing`); a field not stated leaves the value to the next level.
///
///     let overrides = PricingOverrides(values: ["event_bytes": 500])
///     overrides.applied(to: .builtIn).eventBytes  // 500
public struct PricingOverrides: Sendable, Equatable {
    /// Stated values by ``PricingField/key``; keys that name no field are ignored.
    public var values: [String: Double]

    /// Creates a `PricingOverrides` from its parts.
    public init(values: [String: Double] = [:]) {
        self.values = values
    }

    /// True when no field is stated.
    public var isEmpty: Bool { values.isEmpty }

    /// `base` with every stated field replaced.
    public func applied(to base: Pricing) -> Pricing {
        var pricing = base
        for field in Pricing.fields {
            if let value = values[field.key] { pricing[keyPath: field.keyPath] = value }
        }
        return pricing
    }

    /// Applies the levels in order of precedence, most specific first, over the built-in values.
    ///
    ///     PricingOverrides.resolve([pricingFile, catalogDefaults])
    public static func resolve(_ levels: [PricingOverrides]) -> Pricing {
        levels.reversed().reduce(Pricing.builtIn) { $1.applied(to: $0) }
    }
}
