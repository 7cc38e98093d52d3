import TierwiseModel

/// Applies a policy's rules to analyzed use cases and to the portfolio
/// (docs/ci.md, "Rules"): the figures, thresholds and sentences of findings.
struct RuleEvaluator {
    let rules: [PolicyRule]
    let base: AnalysisSnapshot?
    private let baseIndexByName: [String: Int]
    /// Real-time use cases counted so far, stated and recommended.
    private var realTimeStated = 0
    private var realTimeRecommended = 0

    init(rules: [PolicyRule], base: AnalysisSnapshot?) {
        self.rules = rules
        self.base = base
        var byName: [String: Int] = [:]
        for (index, useCase) in (base?.useCases ?? []).enumerated() where byName[useCase.name] == nil { byName[useCase.name] = index }
        baseIndexByName = byName
    }

    // MARK: - Use cases

    mutating func evaluateUseCases(
        _ snapshot: AnalysisSnapshot, catalogIndex: Int, sourceMap: inout CatalogSourceMap, catalog: Catalog? = nil,
        simulation: [String: GateSimulationVerdict]? = nil
    ) -> [GateFinding] {
        var findings: [GateFinding] = []
        let byName = Dictionary(catalog?.useCases.map { ($0.name, $0) } ?? [], uniquingKeysWith: { first, _ in first })
        for useCase in snapshot.useCases {
            if useCase.statedTier == .realTime { realTimeStated += 1 }
            if useCase.recommendedTier == .realTime { realTimeRecommended += 1 }
            for (ruleIndex, rule) in rules.enumerated() where rule.kind.scope == .useCase {
                let result: (String?, String, String, String)? = switch rule.kind {
                case .paybackProbability(let minimum, let months):
                    testPaybackProbability(byName[useCase.name], minimum: minimum, withinMonths: months, catalog: catalog)
                case .simulationVerdict:
                    simulation.flatMap { verdicts in verdicts[useCase.name].flatMap { Self.testSimulation($0) } }
                default: test(rule, useCase)
                }
                guard let (field, figure, threshold, message) = result else { continue }
                findings.append(GateFinding(
                    ruleID: rule.id, ruleIndex: ruleIndex, level: level(rule), catalogIndex: catalogIndex,
                    useCase: useCase.name, useCaseIndex: useCase.index, figure: figure, threshold: threshold,
                    message: "\(useCase.name): \(message) (rule \(rule.id), \(rule.level.rawValue)).",
                    location: sourceMap.location(useCaseAt: useCase.index, field: field)))
            }
        }
        let hasRanges = catalog?.useCases.contains { !$0.uncertainInputs.isEmpty } ?? false
        // Rules that need data this catalog cannot have: said, never passed silently.
        for (ruleIndex, rule) in rules.enumerated() {
            let missing: String? = switch rule.kind {
            case .paybackProbability where !hasRanges: "not evaluated: no input of this catalog is a range"
            case .simulationVerdict where simulation == nil: "not evaluated: no simulation for this catalog"
            case .monthlyCostIncrease(.useCase, _, _, _) where base == nil: "not evaluated: no --base given"
            default: nil
            }
            if let missing {
                findings.append(note(rule, ruleIndex: ruleIndex, catalogIndex: catalogIndex, message: missing,
                                     location: sourceMap.useCasesKeyLocation()))
            }
        }
        return findings
    }

    /// Draws for a `payback_probability` rule (seeded, so the gate is deterministic).
    static let paybackProbabilityDraws = 2_000

    /// P(the tracked move pays back within `months`) over the use case's ranges, against `minimum`.
    private func testPaybackProbability(
        _ useCase: UseCase?, minimum: Double, withinMonths months: Double, catalog: Catalog?
    ) -> (String?, String, String, String)? {
        guard let useCase, let catalog, let first = useCase.uncertainInputs.first,
              let p = UncertaintyAnalyzer.paybackProbability(
                  useCase, latencies: catalog.tierLatencies, settings: catalog.decisionSettings,
                  draws: Self.paybackProbabilityDraws, seed: 1, withinMonths: months)
        else { return nil }
        guard p < minimum else { return nil }
        let field = String(first.input.rawValue.split(separator: ".").first ?? "name")
        let figure = DisplayFormat.number(p * 100, decimals: 1) + "%"
        let threshold = DisplayFormat.number(minimum * 100, decimals: 1) + "%"
        return (field, figure, threshold, "P(its move (the recommended one, else the next faster) pays back within "
            + "\(DisplayFormat.number(months, decimals: 1)) months) is "
            + "\(figure) over \(Self.paybackProbabilityDraws) draws of its ranges, under the required \(threshold)")
    }

    /// A simulation verdict other than pass.
    private static func testSimulation(_ v: GateSimulationVerdict) -> (String?, String, String, String)? {
        guard v.verdict != "pass" else { return nil }
        return ("name", v.verdict, "pass", "its simulation verdict is \(v.verdict): \(v.reason)")
    }

    /// The failed test of `rule` on `useCase`: the catalog field it is about,
    /// the figure, the threshold and the sentence; nil when it passes.
    private func test(_ rule: PolicyRule, _ useCase: UseCaseSnapshot) -> (String?, String, String, String)? {
        switch rule.kind {
        case .challengedTier:
            guard useCase.statedTier != useCase.recommendedTier else { return nil }
            return ("latency_requirement", useCase.recommendedTier.rawValue, useCase.statedTier.rawValue,
                    "stated \(useCase.statedTier.rawValue), tierwise recommends \(useCase.recommendedTier.rawValue)")
        case .latencyJustification(let minWords, let tiers):
            guard tiers.contains(useCase.statedTier), let text = useCase.useCase?.latencyJustification else { return nil }
            let words = CatalogGate.wordCount(text)
            guard words < minWords else { return nil }
            return ("latency_justification", "\(words) word\(words == 1 ? "" : "s")", "at least \(minWords) words",
                    "the latency_justification of a \(useCase.statedTier.rawValue) use case has \(words) word"
                        + "\(words == 1 ? "" : "s"), fewer than the \(minWords) required")
        case .paybackMonths(let maxMonths):
            guard let move = useCase.move else { return nil }
            if let months = move.paybackMonths, months <= maxMonths { return nil }
            let figure = move.paybackMonths.map { DisplayFormat.number($0, decimals: 1) + " months" } ?? "never"
            let threshold = DisplayFormat.number(maxMonths, decimals: 1) + " months"
            return ("name", figure, threshold,
                    "the recommended move from \(move.from.rawValue) to \(move.to.rawValue) pays back "
                        + (move.paybackMonths == nil ? "never" : "in \(figure)") + " from the start of its build, over the limit of \(threshold)")
        case .monthlyCostIncrease(_, let overUSD, let overPercent, let basis):
            guard let base else { return nil }
            let baseCase = baseIndexByName[useCase.name].map { base.useCases[$0] }
            let before = baseCase?.monthlyUSD(basis) ?? 0
            let after = useCase.monthlyUSD(basis)
            guard let (figure, threshold) = exceeds(before: before, after: after, overUSD: overUSD, overPercent: overPercent)
            else { return nil }
            let what = baseCase == nil
                ? "new in this change at \(DisplayFormat.usd(after)) a month (\(basis.rawValue) tier), \(figure)"
                : "monthly cost (\(basis.rawValue) tier) rose from \(DisplayFormat.usd(before)) to \(DisplayFormat.usd(after)), \(figure)"
            return ("name", figure, threshold, what + ", over the limit of \(threshold)")
        case .paybackProbability, .simulationVerdict, .portfolioMonthlyTotal, .realTimeUseCaseCount:
            return nil
        }
    }

    /// The figure and threshold when the rise from `before` to `after` is
    /// over either bound; nil when it is not. A rise from nothing is over any percentage bound.
    private func exceeds(before: Double, after: Double, overUSD: Double?, overPercent: Double?) -> (String, String)? {
        let rise = after - before
        let percent = CatalogComparer.percent(rise, of: before)
        let overDollars = overUSD.map { rise > $0 } ?? false
        let overShare = overPercent.map { bound in rise > 0 && (percent.map { $0 > bound } ?? true) } ?? false
        guard overDollars || overShare else { return nil }
        let sign = rise < 0 ? "-" : "+"
        var figure = sign + DisplayFormat.usd(abs(rise))
        if let percent { figure += " (\(sign)\(DisplayFormat.number(abs(percent), decimals: 1))%)" }
        let threshold = [overUSD.map { DisplayFormat.usd($0) }, overPercent.map { DisplayFormat.number($0, decimals: 1) + "%" }]
            .compactMap { $0 }.joined(separator: " or ")
        return (figure, threshold)
    }

    // MARK: - Portfolio

    mutating func evaluatePortfolio(_ portfolio: PortfolioSnapshot, delta: PortfolioDelta?, sourceMap: inout CatalogSourceMap) -> [GateFinding] {
        var findings: [GateFinding] = []
        for (ruleIndex, rule) in rules.enumerated() where rule.kind.scope == .portfolio {
            let location = sourceMap.useCasesKeyLocation()
            func fail(_ figure: String, _ threshold: String, _ message: String) {
                findings.append(GateFinding(
                    ruleID: rule.id, ruleIndex: ruleIndex, level: level(rule), catalogIndex: 0, useCase: nil, useCaseIndex: nil,
                    figure: figure, threshold: threshold,
                    message: "Portfolio: \(message) (rule \(rule.id), \(rule.level.rawValue)).", location: location))
            }
            switch rule.kind {
            case .portfolioMonthlyTotal(let maxUSD, let basis):
                let total = portfolio.monthlyUSD(basis)
                if total > maxUSD {
                    fail(DisplayFormat.usd(total), DisplayFormat.usd(maxUSD),
                         "the monthly total (\(basis.rawValue) tiers) is \(DisplayFormat.usd(total)), over the limit of \(DisplayFormat.usd(maxUSD))")
                }
            case .realTimeUseCaseCount(let maxCount, let basis):
                let count = basis == .stated ? realTimeStated : realTimeRecommended
                if count > maxCount {
                    fail("\(count) use cases", "at most \(maxCount)",
                         "\(count) use case\(count == 1 ? " is" : "s are") real_time (\(basis.rawValue) tiers), over the limit of \(maxCount)")
                }
            case .monthlyCostIncrease(_, let overUSD, let overPercent, let basis):
                guard let base else {
                    findings.append(note(rule, ruleIndex: ruleIndex, catalogIndex: 0, message: "not evaluated: no --base given",
                                         location: location))
                    continue
                }
                let before = base.portfolio.monthlyUSD(basis), after = portfolio.monthlyUSD(basis)
                if let (figure, threshold) = exceeds(before: before, after: after, overUSD: overUSD, overPercent: overPercent) {
                    fail(figure, threshold, "the monthly total (\(basis.rawValue) tiers) rose from \(DisplayFormat.usd(before)) to "
                        + "\(DisplayFormat.usd(after)), \(figure), over the limit of \(threshold)")
                }
            default:
                break
            }
        }
        return findings
    }

    // MARK: - Helpers

    private func level(_ rule: PolicyRule) -> FindingLevel { rule.level == .deny ? .error : .warning }

    private func note(_ rule: PolicyRule, ruleIndex: Int, catalogIndex: Int, message: String, location: SourceLocation) -> GateFinding {
        GateFinding(ruleID: rule.id, ruleIndex: ruleIndex, level: .note, catalogIndex: catalogIndex, useCase: nil, useCaseIndex: nil,
                    figure: nil, threshold: nil, message: "\(message) (rule \(rule.id), \(rule.level.rawValue)).", location: location)
    }
}
