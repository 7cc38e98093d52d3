/// What `tierwise check` concluded: the catalogs, the policy's rules, every
/// finding in catalog order, and (with `--base`) the portfolio against the base.
public struct GateReport: Sendable, Equatable {
    /// The catalogs checked, in the order given.
    public var catalogs: [GateCatalog]
    /// The policy's rules (empty without `--policy`).
    public var rules: [PolicyRule]
    /// Every finding: by catalog, then use case (portfolio findings after the
    /// use cases), then rule, validation findings first.
    public var findings: [GateFinding]
    /// The base file, when `--base` was given.
    public var baseFile: String?
    /// HEAD's portfolio (every catalog together) against the base; nil without `--base`.
    public var portfolioDelta: PortfolioDelta?
    /// HEAD's portfolio, every catalog together; nil when nothing was
    /// analyzed (no `--policy` and no `--base`: the check only validates).
    public var portfolio: PortfolioSnapshot?
    /// True when `--strict` was given: warnings fail.
    public var isStrict: Bool

    /// Creates a `GateReport` from its parts.
    public init(
        catalogs: [GateCatalog], rules: [PolicyRule], findings: [GateFinding], baseFile: String?,
        portfolioDelta: PortfolioDelta?, portfolio: PortfolioSnapshot?, isStrict: Bool
    ) {
        self.catalogs = catalogs
        self.rules = rules
        self.findings = findings
        self.baseFile = baseFile
        self.portfolioDelta = portfolioDelta
        self.portfolio = portfolio
        self.isStrict = isStrict
    }

    /// How the check ended.
    public enum Outcome: String, Sendable {
        /// Nothing failed (warnings allowed without `--strict`).
        case passed
        /// A deny rule failed, or a warning under `--strict`.
        case failed
        /// A catalog is invalid.
        case invalid
    }

    /// How many findings have `level`.
    public func count(_ level: FindingLevel) -> Int { findings.count { $0.level == level } }

    /// The use cases checked, in every catalog.
    public var useCaseCount: Int { catalogs.reduce(0) { $0 + $1.useCaseNames.count } }

    /// Invalid when a catalog is; failed on an error, or on a warning under `--strict`; passed otherwise.
    public var outcome: Outcome {
        if catalogs.contains(where: { !$0.isValid }) { return .invalid }
        if findings.contains(where: { $0.level == .error || ($0.level == .warning && isStrict) }) { return .failed }
        return .passed
    }
}
