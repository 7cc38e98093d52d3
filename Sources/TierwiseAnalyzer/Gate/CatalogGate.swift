import TierwiseModel

/// `tierwise check`: validation, then a policy's rules over every catalog,
/// against a base when one is given (docs/ci.md). Each finding names the use
/// case, the rule, the figure and the threshold, and points at the catalog
/// value it is about.
public enum CatalogGate {
    /// Checks `catalogs` under `policy`, with the increase rules against
    /// `base`. Nothing is analyzed when a catalog is invalid (the outcome is
    /// then invalid whatever the rules say) or when there is neither a policy nor a base.
    /// `simulations` holds, per catalog index, each use case's simulation verdict by name, for
    /// `simulation_verdict` rules (nil: not simulated, and those rules say so).
    public static func check(
        _ catalogs: [CheckedCatalog], policy: GatePolicy?, base: AnalysisSnapshot?, isStrict: Bool,
        simulations: [Int: [String: GateSimulationVerdict]]? = nil
    ) -> GateReport {
        let rules = policy?.rules ?? []
        var findings: [GateFinding] = []
        var summaries: [GateCatalog] = []
        for (catalogIndex, checked) in catalogs.enumerated() {
            switch checked {
            case .invalid(let file, let issues):
                summaries.append(GateCatalog(file: file, useCaseNames: [], isValid: false, warningCount: 0))
                findings += issues.map { validationFinding($0, ruleID: "schema", level: .error, catalogIndex: catalogIndex) }
            case .valid(let file, let catalog, _, let warnings, let warningCount):
                summaries.append(GateCatalog(
                    file: file, useCaseNames: catalog.useCases.map(\.name), isValid: true, warningCount: warningCount))
                findings += warnings.map { validationFinding($0, ruleID: "unknown-field", level: .warning, catalogIndex: catalogIndex) }
            }
        }
        let isValid = summaries.allSatisfy(\.isValid)
        guard isValid, policy != nil || base != nil else {
            return GateReport(catalogs: summaries, rules: rules, findings: findings, baseFile: base?.file,
                              portfolioDelta: nil, portfolio: nil, isStrict: isStrict)
        }
        var evaluator = RuleEvaluator(rules: rules, base: base)
        var portfolio = PortfolioSnapshot.zero
        var firstMap: CatalogSourceMap?
        for (catalogIndex, checked) in catalogs.enumerated() {
            guard case .valid(let file, let catalog, var sourceMap, _, _) = checked else { continue }
            let snapshot = AnalysisSnapshotBuilder.snapshot(of: catalog, file: file)
            portfolio = portfolio + snapshot.portfolio
            findings += evaluator.evaluateUseCases(
                snapshot, catalogIndex: catalogIndex, sourceMap: &sourceMap, catalog: catalog,
                simulation: simulations?[catalogIndex])
            if firstMap == nil { firstMap = sourceMap }
        }
        let delta = base.map { CatalogComparer.delta(base: $0.portfolio, head: portfolio) }
        if var firstMap {
            findings += evaluator.evaluatePortfolio(portfolio, delta: delta, sourceMap: &firstMap)
        }
        return GateReport(catalogs: summaries, rules: rules, findings: findings, baseFile: base?.file,
                          portfolioDelta: delta, portfolio: portfolio, isStrict: isStrict)
    }

    static func validationFinding(_ issue: LocatedIssue, ruleID: String, level: FindingLevel, catalogIndex: Int) -> GateFinding {
        GateFinding(ruleID: ruleID, ruleIndex: nil, level: level, catalogIndex: catalogIndex, useCase: nil, useCaseIndex: nil,
                    figure: nil, threshold: nil, message: "\(issue.location.jsonPath): \(issue.message)", location: issue.location)
    }

    /// The words of `text`: runs between whitespace that hold a letter or a digit.
    ///
    ///     CatalogGate.wordCount("Fraud must be blocked — before settlement.")  // 6
    public static func wordCount(_ text: String) -> Int {
        text.split { $0.isWhitespace }.count { $0.contains { $0.isLetter || $0.isNumber } }
    }
}
