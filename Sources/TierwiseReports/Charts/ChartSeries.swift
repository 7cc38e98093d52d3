/// One named series of values, one value per category of a ``BarChart``.
public struct ChartSeries: Sendable, Equatable {
    /// The name shown in the legend.
    public var name: String
    /// One value per category; a non-finite value is not drawn.
    public var values: [Double]

    /// Creates a `ChartSeries` from its parts.
    public init(name: String, values: [Double]) {
        self.name = name
        self.values = values
    }
}
