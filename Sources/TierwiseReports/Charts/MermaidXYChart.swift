import TierwiseJSON

/// A Mermaid `xychart-beta` block, which GitHub renders as a chart inline in
/// Markdown: bars and lines over quoted categories, a titled y axis with a
/// range. Text is sanitized the way ``MarkdownText/mermaidLabel(_:)`` does
/// (letters, digits, spaces and `-_.,:/()$` kept, anything else a space,
/// at most 60 characters), so no label can end a quoted string or the block.
///
///     MermaidXYChart(title: "Monthly cost per policy", categories: ["Recommended mix", "Stated tiers"],
///                    yAxisTitle: "USD / month", series: [.init(kind: .bar, values: [12_000, 20_500])]).text
///     // ```mermaid
///     // xychart-beta
///     //     title "Monthly cost per policy"
///     //     x-axis ["Recommended mix", "Stated tiers"]
///     //     y-axis "USD / month" 0 --> 25000
///     //     bar [12000, 20500]
///     // ```
public struct MermaidXYChart: Sendable, Equatable {
    /// How a series is drawn.
    public enum Kind: String, Sendable, Equatable {
        case bar, line
    }

    /// One series: a value per category.
    public struct Series: Sendable, Equatable {
        /// Bars or a line.
        public var kind: Kind
        /// One value per category.
        public var values: [Double]

        /// Creates a `Series`.
        public init(kind: Kind, values: [Double]) {
            self.kind = kind
            self.values = values
        }
    }

    /// The chart's title, at its top and as its accessible name.
    public var title: String
    /// The x axis's categories, in order.
    public var categories: [String]
    /// The y axis's title.
    public var yAxisTitle: String?
    /// The y axis's range; nil: from zero (or the lowest value) to the nice tick at or above the highest.
    public var yRange: ClosedRange<Double>?
    /// The series, each drawn over every category.
    public var series: [Series]
    /// Bars grow sideways.
    public var horizontal: Bool

    /// Creates a `MermaidXYChart`.
    public init(
        title: String, categories: [String], yAxisTitle: String? = nil, yRange: ClosedRange<Double>? = nil, series: [Series],
        horizontal: Bool = false
    ) {
        self.title = title
        self.categories = categories
        self.yAxisTitle = yAxisTitle
        self.yRange = yRange
        self.series = series
        self.horizontal = horizontal
    }

    /// The fenced block, ending in "```" without a newline. Categories where
    /// any series has no finite value are left out (a Mermaid series needs a
    /// number for every category), and a `%%` comment says how many; with
    /// nothing left, the block is a comment saying there is no data.
    public var text: String {
        let kept = categories.indices.filter { index in
            series.allSatisfy { index < $0.values.count && $0.values[index].isFinite }
        }
        var out = "```mermaid\nxychart-beta"
        if horizontal { out += " horizontal" }
        out += "\n    title \"" + Self.label(title) + "\"\n"
        let left = categories.count - kept.count
        if left > 0 {
            out += "    %% " + (left == 1 ? "1 category" : "\(left) categories") + " left out: a value was not a finite number\n"
        }
        guard !kept.isEmpty, !series.isEmpty else {
            return out + "    %% no data\n```"
        }
        out += "    x-axis [" + kept.map { "\"" + Self.label(categories[$0]) + "\"" }.joined(separator: ", ") + "]\n"
        let values = series.flatMap { s in kept.map { s.values[$0] } }
        let range: ClosedRange<Double>
        if let yRange, yRange.lowerBound.isFinite, yRange.upperBound.isFinite {
            range = yRange
        } else {
            let ticks = ChartTicks.nice(from: min(0, values.min() ?? 0), to: max(0, values.max() ?? 0))
            range = (ticks.first ?? 0)...(ticks.last ?? 1)
        }
        out += "    y-axis "
        if let yAxisTitle { out += "\"" + Self.label(yAxisTitle) + "\" " }
        out += Self.number(range.lowerBound) + " --> " + Self.number(range.upperBound) + "\n"
        for s in series {
            out += "    " + s.kind.rawValue + " [" + kept.map { Self.number(s.values[$0]) }.joined(separator: ", ") + "]\n"
        }
        return out + "```"
    }

    /// A number as Mermaid reads it: decimal, at most two decimals, no grouping or exponent.
    static func number(_ value: Double) -> String {
        SVGWriter.fixed(value, decimals: 2, trimmingZeros: true)
    }

    /// `text` for a quoted Mermaid string: letters, digits, spaces and
    /// `-_.,:/()$` kept, every other character (quotes, brackets, `%`, `#`,
    /// `;`, controls, bidi) a space, runs of spaces one, at most 60
    /// characters; "-" when nothing is left.
    public static func label(_ text: String) -> String {
        var result = ""
        for character in text.prefix(60) {
            let scalars = character.unicodeScalars
            let isPlain = scalars.allSatisfy { !VisibleText.isInvisibleControl($0) }
            if isPlain && (character.isLetter || character.isNumber || " -_.,:/()$".contains(character)) {
                result.append(character)
            } else {
                result.append(" ")
            }
        }
        let trimmed = result.split(separator: " ").joined(separator: " ")
        return trimmed.isEmpty ? "-" : trimmed
    }
}
