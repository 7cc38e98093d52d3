/// What an architecture pattern costs, as the sum of the systems it runs
/// (docs/methodology.md, "Patterns costed as patterns"): Lambda is a batch
/// layer plus a speed layer, Kappa a stream processor plus its log, and so on.
public struct PatternCost: Sendable, Equatable {
    /// One system of the pattern.
    public struct Component: Sendable, Equatable {
        /// What it is ("speed layer", "batch layer", "ingest", "log retention").
        public var role: String
        /// Its cost lines.
        public var model: CostModel

        /// Creates a `Component` from its parts.
        public init(role: String, model: CostModel) {
            self.role = role
            self.model = model
        }
    }

    /// The systems, in the order data flows through them.
    public var components: [Component]

    /// Creates a `PatternCost` from its parts.
    public init(components: [Component]) {
        self.components = components
    }

    /// Every component's monthly total, USD.
    public var monthlyUSD: Double { components.reduce(0) { $0 + $1.model.totalMonthlyUSD } }
    /// Every component's build (development and testing), USD once.
    public var initialInvestmentUSD: Double { components.reduce(0) { $0 + $1.model.initialInvestmentUSD } }
    /// Person-days to build every component.
    public var buildPersonDays: Double {
        components.reduce(0) { $0 + $1.model.initialDevelopmentDays + $1.model.testingDays }
    }
    /// 12 × monthly, USD: what a year of running costs once it is built.
    public var steadyStateAnnualUSD: Double { monthlyUSD * 12 }
}
