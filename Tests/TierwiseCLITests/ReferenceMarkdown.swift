import TierwiseJSON
import TierwiseModel

/// The Markdown report as tierwise rendered it before the byte writer
/// (`MarkdownWriter`): the same functions, concatenating `String`s, kept
/// verbatim (doc comments dropped, names shortened) as the oracle that the
/// byte-written report, streamed or whole, must equal byte for byte. It has
/// its own copy of the number formats and of the escaping, so a change there
/// shows up as a difference. A deliberate change to the report's text is
/// made here too.
enum ReferenceMarkdown {
    enum Report {
        static func render(_ analysis: CatalogAnalysis) -> String {
            let useCases = analysis.useCases
            let changes = useCases.count { $0.requirement.isChangeRecommended }
            var out = header(catalogName: analysis.catalogName, useCaseCount: useCases.count, changesRecommended: changes)
            out += summaryRows(useCases)
            out += portfolio(analysis.portfolio)
            // Sections are independent: rendered on all cores, joined in catalog order.
            let pieces = ParallelChunks.map(indices: useCases.indices) { range in sections(useCases[range]) }
            for piece in pieces { out += piece }
            return out
        }

        // MARK: - Pieces, for a report written as a stream

        static func header(catalogName: String?, useCaseCount count: Int, changesRecommended changes: Int) -> String {
            let title = catalogName.map(Text.inline) ?? "use-case catalog"
            var out = "# tierwise analysis: \(title)\n\n"
            out += "Model: **seed** (seed 002's framework as published; docs/methodology.md). "
            out += "\(count) use case\(count == 1 ? "" : "s"); a tier change is recommended for \(changes). "
            out += "Money in USD; monthly costs are the recommended approach's total.\n\n"
            out += "## Summary\n\n"
            out += "| Use case | Stated → recommended tier | Approach | Pattern | Monthly cost | Payback |\n"
            out += "|---|---|---|---|---:|---|\n"
            return out
        }

        static func summaryRows(_ analyses: some Collection<UseCaseAnalysis>) -> String {
            var out = ""
            for a in analyses {
                out += "| \(Text.inline(a.useCase.name)) | \(Phrases.tierChange(a.requirement)) "
                out += "| \(a.architecture.approach.rawValue) | \(a.architecture.pattern.title) "
                out += "| \(Format.usd(a.recommendedCost.totalMonthlyUSD)) "
                out += "| \(Phrases.payback(a.breakEven.paybackMonths)) (\(a.breakEven.toApproach.rawValue)) |\n"
            }
            return out
        }

        static func portfolio(_ portfolio: [PortfolioScenario]) -> String {
            var out = "\nPayback: how long the step to the approach in parentheses takes to pay back (the stated-versus-recommended "
            out += "step when they differ, else the next faster approach); see each use case's break-even.\n\n"
            out += "## Portfolio\n\n"
            out += "| Policy | Monthly | Initial investment | Annual TCO |\n|---|---:|---:|---:|\n"
            for s in portfolio {
                out += "| \(s.policy.title) | \(Format.usd(s.monthlyTotalUSD)) "
                out += "| \(Format.usd(s.initialInvestmentUSD)) | \(Format.usd(s.annualTCOUSD)) |\n"
            }
            func tco(_ policy: PortfolioScenario.Policy) -> Double {
                portfolio.first { $0.policy == policy }?.annualTCOUSD ?? 0
            }
            let saving = tco(.stated) - tco(.recommended)
            let phrase = saving >= 0 ? "saves \(Format.usd(saving))" : "costs \(Format.usd(-saving)) more"
            out += "\nThe recommended mix \(phrase) in first-year TCO against the stated tiers.\n\n"
            return out
        }

        static func sections(_ analyses: some Collection<UseCaseAnalysis>) -> String {
            var out = ""
            out.reserveCapacity(analyses.count * 6_000)
            for analysis in analyses { section(analysis, into: &out) }
            return out
        }

        // MARK: - Use case sections

        private static func section(_ a: UseCaseAnalysis, into out: inout String) {
            let u = a.useCase
            out += "## \(Text.inline(u.name))\n\n"
            if !u.description.isEmpty { out += Text.inline(u.description) + "\n\n" }
            out += "- Data source: \(Text.inline(u.dataSource))\n"
            out += "- Volume: \(Format.number(u.eventsPerSecond)) events/s on average, "
            out += "peak \(Format.number(u.peakEventsPerSecond)) events/s, "
            out += "\(Format.number(u.eventsPerDay, decimals: 0)) events/day\n"
            out += "- Delay costs \(Format.usd(u.revenueImpactPerMinuteDelayUSD))/min; cost of error: \(u.costOfError.rawValue)\n"
            out += "- Stated tier: \(u.latencyRequirement.rawValue) (\(u.latencyRequirement.boundsDescription))"
            if !u.latencyJustification.isEmpty { out += ", because: \(Text.inline(u.latencyJustification))" }
            out += "\n\n"
            out += "**Verdict:** \(Text.inline(a.requirement.rationale))\n\n"
            costs(a, into: &out)
            breakEven(a.breakEven, into: &out)
            if !a.breakEvenAgreesWithRecommendation { breakEvenDisagreement(a, into: &out) }
            matrix(a.decisionMatrix, into: &out)
            questions(a.challengeQuestions, into: &out)
            architecture(a, into: &out)
            if let migration = a.migration { self.migration(migration, into: &out) }
        }

        private static func costs(_ a: UseCaseAnalysis, into out: inout String) {
            out += "### Cost comparison\n\n"
            out += "Hourly rate \(Format.usd(a.useCase.costParameters.hourlyRateUSD)), baseline compute "
            out += "\(Format.usd(a.useCase.costParameters.baselineMonthlyComputeUSD))/month, "
            out += "volume factor \(Format.number(a.costs.first?.volumeFactor ?? 1, decimals: 3)).\n\n"
            out += "| Approach | Infrastructure / month | Operations / month | Total / month | Initial investment | Annual TCO |\n"
            out += "|---|---:|---:|---:|---:|---:|\n"
            for cost in a.costs {
                let isRecommended = cost.approach == a.architecture.approach
                let name = isRecommended ? "**\(cost.approach.rawValue)** (recommended)" : cost.approach.rawValue
                let m = cost.model
                out += "| \(name) | \(Format.usd(m.monthlyInfrastructureUSD)) | \(Format.usd(m.monthlyOperationalUSD)) "
                out += "| \(Format.usd(m.totalMonthlyUSD)) | \(Format.usd(m.initialInvestmentUSD)) "
                out += "| \(Format.usd(m.annualTCOUSD)) |\n"
            }
            out += "\n"
        }

        private static func breakEven(_ b: BreakEven, into out: inout String) {
            out += "### Break-even\n\n"
            out += "From \(b.fromApproach.rawValue) (\(Format.duration(minutes: b.baselineLatencyMinutes))) "
            out += "to \(b.toApproach.rawValue) (\(Format.duration(minutes: b.candidateLatencyMinutes))): "
            out += "\(Format.number(b.latencyReductionMinutes)) minutes saved.\n\n"
            out += "| Figure | Value |\n|---|---:|\n"
            out += "| Monthly cost increase | \(Format.usd(b.monthlyCostIncreaseUSD)) |\n"
            out += "| Monthly value of lower latency | \(Format.usd(b.monthlyLatencyValueUSD)) |\n"
            out += "| Monthly net benefit | \(Format.usd(b.monthlyNetBenefitUSD)) |\n"
            out += "| Initial investment increase | \(Format.usd(b.initialInvestmentIncreaseUSD)) |\n"
            out += "| Payback | \(Phrases.payback(b.paybackMonths)) |\n\n"
            out += Phrases.breakEvenVerdict(b) + "\n\n"
        }

        private static func breakEvenDisagreement(_ a: UseCaseAnalysis, into out: inout String) {
            let b = a.breakEven
            out += "> **Break-even and tier rules disagree.** The recommendation is \(a.architecture.approach.rawValue), "
            out += "but on the seed's value model (minutes saved × \(Format.usd(a.useCase.revenueImpactPerMinuteDelayUSD))/min, "
            out += "counted in every hour of a 30-day month) going \(b.fromApproach.rawValue) → \(b.toApproach.rawValue) "
            out += b.isRecommended ? "pays back within 12 months. " : "does not pay back within 12 months. "
            out += "If delay costs money only when someone acts on the data, trust the tier rules; "
            out += "if every minute of every hour counts, revisit revenue\\_impact\\_per\\_minute\\_delay or the tier.\n\n"
        }

        private static func matrix(_ matrix: DecisionMatrix, into out: inout String) {
            out += "### Decision matrix\n\n| Factor | Favors | Why |\n|---|---|---|\n"
            for factor in matrix.factors {
                out += "| \(factor.kind.title) | \(Phrases.leaning(factor.favors)) | \(Text.inline(factor.reason)) |\n"
            }
            let realTime = matrix.realTimeCount, batch = matrix.batchCount, neutral = matrix.neutralCount
            out += "\n\(realTime) \(realTime == 1 ? "factor favors" : "factors favor") real time, "
            out += "\(batch) \(batch == 1 ? "favors" : "favor") batch, "
            out += "\(neutral) \(neutral == 1 ? "is" : "are") neutral: the matrix leans \(Phrases.leaning(matrix.lean)).\n\n"
        }

        private static func questions(_ questions: [ChallengeQuestion], into out: inout String) {
            out += "### Challenge questions\n\n"
            for (index, q) in questions.enumerated() {
                out += "\(index + 1). \(Text.inline(q.question))  \n   \(Text.inline(q.evidence))\n"
            }
            out += "\n"
        }

        private static func architecture(_ a: UseCaseAnalysis, into out: inout String) {
            let r = a.architecture
            out += "### Architecture: \(r.pattern.title)\n\n"
            out += "Approach \(r.approach.rawValue)"
            if let interval = r.scheduleIntervalMinutes { out += ", results every \(Format.duration(minutes: interval))" }
            out += ". \(Text.inline(r.reason))\n\n"
            out += Mermaid.flowchart(for: r, dataSource: a.useCase.dataSource) + "\n\n"
        }

        private static func migration(_ plan: MigrationPlan, into out: inout String) {
            let title = plan.fromStreaming ? "streaming to batch" : "batch to streaming"
            out += "### Migration: \(title)\n\n"
            for (index, phase) in plan.phases.enumerated() {
                out += "\(index + 1). **\(phase.name.prefix(1).uppercased() + phase.name.dropFirst())**: \(phase.description)\n"
            }
            out += "\n"
        }
    }

    enum Mermaid {
        static func flowchart(for recommendation: ArchitectureRecommendation, dataSource: String) -> String {
            let source = "src[\"" + Text.mermaidLabel(dataSource) + "\"]"
            let schedule = recommendation.scheduleIntervalMinutes.map { Format.duration(minutes: $0) } ?? ""
            let lines: [String]
            switch recommendation.pattern {
            case .lambda:
                lines = [
                    "\(source) --> log[(\"Immutable master data\")]",
                    "src --> speed[\"Speed layer: incremental stream processing\"]",
                    "log --> batchLayer[\"Batch layer: full recompute\"]",
                    "batchLayer --> serving[\"Serving layer: merge batch and speed views\"]",
                    "speed --> serving",
                ]
            case .kappa:
                lines = [
                    "\(source) --> log[(\"Replayable event log\")]",
                    "log --> processor[\"Stream processor: one codebase, live and replay\"]",
                    "processor --> serving[\"Serving layer\"]",
                    "log -. \"reprocess by replay\" .-> processor",
                ]
            case .hybridLakehouse:
                let gold = schedule.isEmpty ? "Gold: streaming aggregates" : "Gold: aggregates every \(schedule)"
                lines = [
                    "\(source) --> ingest[\"Streaming ingestion\"]",
                    "ingest --> bronze[(\"Bronze: raw events\")]",
                    "bronze --> silver[(\"Silver: validated, deduplicated\")]",
                    "silver --> gold[(\"\(gold)\")]",
                    "silver -. \"bad records\" .-> quarantine[(\"Quarantine\")]",
                    "gold --> consumers[\"Consumers\"]",
                ]
            case .materializedViews:
                lines = [
                    "\(source) --> ingest[\"Streaming ingestion\"]",
                    "ingest --> silver[(\"Silver: cleaned events\")]",
                    "silver --> view[(\"Materialized view, refreshed every \(schedule)\")]",
                    "view --> dashboard[\"Dashboards and reports\"]",
                ]
            case .streamingIngestionBatchProcessing:
                lines = [
                    "\(source) --> ingest[\"Streaming ingestion: durable capture\"]",
                    "ingest --> bronze[(\"Bronze: raw events\")]",
                    "bronze --> job[\"Batch job every \(schedule)\"]",
                    "job --> gold[(\"Gold tables\")]",
                ]
            case .batch:
                lines = [
                    "\(source) --> landing[(\"Landing zone\")]",
                    "landing --> job[\"Batch job every \(schedule)\"]",
                    "job --> warehouse[(\"Warehouse tables\")]",
                ]
            }
            return "```mermaid\nflowchart LR\n" + lines.map { "    " + $0 }.joined(separator: "\n") + "\n```"
        }
    }

    enum Text {
        static func inline(_ text: String) -> String {
            if isPlainInline(text) { return text }
            var out: [UInt8] = []
            out.reserveCapacity(text.utf8.count + 8)
            var lastWasSpace = false
            var atStart = true
            let bytes = Array(text.utf8)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if atStart && (byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D) {
                    index += 1
                    continue
                }
                atStart = false
                if byte >= 0x80 {
                    // Multi-byte: C1 controls and bidi formatting characters become visible escapes.
                    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                    let end = min(index + length, bytes.count)
                    let sequence = bytes[index..<end]
                    if let scalar = String(decoding: sequence, as: UTF8.self).unicodeScalars.first,
                       sequence.count == length, VisibleText.isInvisibleControl(scalar) {
                        appendVisible(scalar, to: &out)
                    } else {
                        out.append(contentsOf: sequence)
                    }
                    index = end
                    lastWasSpace = false
                    continue
                }
                index += 1
                switch byte {
                case 0x0A, 0x0D, 0x09:
                    // Line breaks and tabs become one space, so a table row stays one row.
                    if !lastWasSpace { out.append(0x20) }
                    lastWasSpace = true
                    continue
                case UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"),
                     UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "#"), UInt8(ascii: "~"):
                    out.append(UInt8(ascii: "\\"))
                    out.append(byte)
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case 0x00..<0x20, 0x7F: appendVisible(Unicode.Scalar(byte), to: &out)
                default: out.append(byte)
                }
                lastWasSpace = byte == 0x20
            }
            escapeBlockMarker(&out)
            return String(decoding: out, as: UTF8.self)
        }

        private static func isPlainInline(_ text: String) -> Bool {
            var text = text
            return text.withUTF8 { bytes in
                guard let first = bytes.first else { return true }
                if first == 0x20 || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=")
                    || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) {
                    return false
                }
                for byte in bytes {
                    switch byte {
                    case 0x20...0x7E:
                        switch byte {
                        case UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"),
                             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "#"), UInt8(ascii: "~"), UInt8(ascii: "<"),
                             UInt8(ascii: ">"), UInt8(ascii: "&"):
                            return false
                        default:
                            continue
                        }
                    default:
                        return false
                    }
                }
                return true
            }
        }

        private static func appendVisible(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
            out.append(UInt8(ascii: "\\"))
            out.append(contentsOf: VisibleText.escaped(String(Character(scalar))).utf8)
        }

        private static func escapeBlockMarker(_ out: inout [UInt8]) {
            guard let first = out.first else { return }
            if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=") {
                out.insert(UInt8(ascii: "\\"), at: 0)
                return
            }
            var index = 0
            while index < out.count, index < 9, out[index] >= UInt8(ascii: "0"), out[index] <= UInt8(ascii: "9") { index += 1 }
            if index > 0, index < out.count, out[index] == UInt8(ascii: ".") || out[index] == UInt8(ascii: ")") {
                out.insert(UInt8(ascii: "\\"), at: index)
            }
        }

        static func mermaidLabel(_ text: String) -> String {
            var result = ""
            for character in text.prefix(60) {
                if character.isLetter || character.isNumber || " -_.,:/()".contains(character) {
                    result.append(character)
                } else {
                    result.append(" ")
                }
            }
            let trimmed = result.split(separator: " ").joined(separator: " ")
            return trimmed.isEmpty ? "Sources" : trimmed
        }
    }

    enum Phrases {
        static func payback(_ months: Double?) -> String {
            guard let months else { return "never" }
            if months <= 0 { return "immediate" }
            if months < 0.1 { return "< 0.1 months" }
            let text = Format.number(months, decimals: 1)
            return text + (text == "1" ? " month" : " months")
        }

        static func tierChange(_ requirement: RequirementAssessment) -> String {
            requirement.isChangeRecommended
                ? "\(requirement.statedTier.rawValue) → \(requirement.recommendedTier.rawValue)"
                : requirement.statedTier.rawValue
        }

        static func leaning(_ leaning: DecisionFactor.Leaning) -> String {
            switch leaning {
            case .realTime: "real time"
            case .batch: "batch"
            case .neutral: "neutral"
            }
        }

        static func breakEvenVerdict(_ b: BreakEven) -> String {
            let step = "\(b.fromApproach.rawValue) → \(b.toApproach.rawValue)"
            guard let months = b.paybackMonths else {
                return "Going \(step) never pays back: the time saved is worth "
                    + "\(Format.usd(b.monthlyLatencyValueUSD))/month against "
                    + "\(Format.usd(b.monthlyCostIncreaseUSD))/month of extra running cost."
            }
            let verdict = b.isRecommended ? "pays back" : "pays back too slowly"
            return "Going \(step) \(verdict): \(Phrases.payback(months)) "
                + "(\(Format.usd(b.monthlyNetBenefitUSD))/month net benefit; 12 months is the bar)."
        }
    }

    enum Format {
        static func usd(_ value: Double) -> String {
            guard value.isFinite else { return "n/a" }
            let (whole, fraction, isZero) = split(abs(value), decimals: 2)
            var out: [UInt8] = []
            out.reserveCapacity(24)
            if value < 0 && !isZero { out.append(UInt8(ascii: "-")) }
            out.append(UInt8(ascii: "$"))
            appendGrouped(whole, to: &out)
            out.append(UInt8(ascii: "."))
            out.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: fraction / 10))
            out.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: fraction % 10))
            return String(decoding: out, as: UTF8.self)
        }

        static func number(_ value: Double, decimals: Int = 2) -> String {
            guard value.isFinite else { return "n/a" }
            let decimals = min(max(decimals, 0), 9)
            var (whole, fraction, isZero) = split(abs(value), decimals: decimals)
            var out: [UInt8] = []
            out.reserveCapacity(24)
            if value < 0 && !isZero { out.append(UInt8(ascii: "-")) }
            appendGrouped(whole, to: &out)
            if decimals > 0 && fraction > 0 {
                var digits = [UInt8](repeating: UInt8(ascii: "0"), count: decimals)
                for position in stride(from: decimals - 1, through: 0, by: -1) {
                    digits[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: fraction % 10)
                    fraction /= 10
                }
                while digits.last == UInt8(ascii: "0") { digits.removeLast() }
                out.append(UInt8(ascii: "."))
                out.append(contentsOf: digits)
            }
            return String(decoding: out, as: UTF8.self)
        }

        private static func split(_ magnitude: Double, decimals: Int) -> (whole: Double, fraction: Int, isZero: Bool) {
            var scale = 1.0
            for _ in 0..<decimals { scale *= 10 }
            let scaled = (magnitude * scale).rounded()
            guard scaled < 9.0e15 else {
                let whole = magnitude.rounded()
                return (whole, 0, whole == 0)
            }
            var whole = (scaled / scale).rounded(.down)
            // The quotient can round up to the next integer near 2^53; step back.
            if whole * scale > scaled { whole -= 1 }
            // Both are integers below 2^53 here, so the difference is exact and in [0, scale).
            let fraction = Int(scaled - whole * scale)
            return (whole, fraction, scaled == 0)
        }

        static func duration(minutes: Double) -> String {
            guard minutes.isFinite else { return "n/a" }
            let seconds = minutes * 60
            if seconds < 1 { return number(seconds * 1000, decimals: 0) + " ms" }
            if minutes < 1 { return number(seconds, decimals: 1) + " s" }
            if minutes < 60 { return number(minutes, decimals: 1) + " min" }
            if minutes < 1_440 { return number(minutes / 60, decimals: 1) + " h" }
            return number(minutes / 1_440, decimals: 1) + " d"
        }

        private static func appendGrouped(_ whole: Double, to out: inout [UInt8]) {
            var digits: [UInt8] = []
            digits.reserveCapacity(20)
            let remaining = whole
            if remaining < 9.0e18 {
                var integer = UInt64(remaining)
                repeat {
                    digits.append(UInt8(ascii: "0") + UInt8(integer % 10))
                    integer /= 10
                } while integer > 0
            } else {
                // Beyond 64 bits: the shortest decimal that reads back as this
                // double (Swift's description, "1e+304"), padded with zeros to
                // its exponent. Peeling digits off by division drifts.
                let text = Array(remaining.description.utf8)
                let exponentStart = text.firstIndex(of: UInt8(ascii: "e")) ?? text.count
                let mantissa = text[..<exponentStart].filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
                var exponent = 0
                for byte in text[min(exponentStart + 1, text.count)...] where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                    exponent = exponent * 10 + Int(byte - UInt8(ascii: "0"))
                }
                let integral = Array(mantissa.prefix(exponent + 1))
                    + [UInt8](repeating: UInt8(ascii: "0"), count: max(0, exponent + 1 - mantissa.count))
                digits = integral.reversed()
            }
            for index in stride(from: digits.count - 1, through: 0, by: -1) {
                out.append(digits[index])
                if index > 0 && index % 3 == 0 { out.append(UInt8(ascii: ",")) }
            }
        }
    }
}
