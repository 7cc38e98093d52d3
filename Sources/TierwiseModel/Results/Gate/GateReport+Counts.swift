extension GateReport {
    /// How many errors and warnings one rule (or validation, "schema" / "unknown-field") produced.
    public struct RuleCount: Sendable, Equatable {
        /// The rule's id.
        public var ruleID: String
        /// Its findings at error level.
        public var errors: Int
        /// Its findings at warning level.
        public var warnings: Int
    }

    /// Errors and warnings per rule, in the order rules first produce a finding; notes left out.
    public var countsByRule: [RuleCount] {
        var order: [String] = []
        var counts: [String: (Int, Int)] = [:]
        for finding in findings where finding.level != .note {
            if counts[finding.ruleID] == nil { order.append(finding.ruleID) }
            var count = counts[finding.ruleID] ?? (0, 0)
            if finding.level == .error { count.0 += 1 } else { count.1 += 1 }
            counts[finding.ruleID] = count
        }
        return order.map { RuleCount(ruleID: $0, errors: counts[$0]!.0, warnings: counts[$0]!.1) }
    }
}
