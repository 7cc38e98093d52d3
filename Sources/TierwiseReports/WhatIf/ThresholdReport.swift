import TierwiseJSON
import TierwiseModel

/// `tierwise thresholds` as Markdown, JSON or text: for each use case and
/// input, the nearest values below and above the current one at which the
/// recommendation changes, and to what.
public enum ThresholdReport {
    /// Markdown: a section per use case with a table of inputs.
    public static func markdown(_ results: [ThresholdResult]) -> String {
        var out = MarkdownWriter(reservingCapacity: 1_024 + results.count * 1_200)
        out.raw("# Switching values\n\nModel: tierwise. For each input, the nearest value below and above the catalog's ")
        out.raw("at which the recommended tier or pattern changes (everything else as stated); — when it does not change ")
        out.raw("within the input's accepted range.\n\n")
        for r in results {
            out.raw("## ")
            out.inline(r.useCaseName)
            out.raw("\n\nNow: ")
            out.text(r.current.label)
            out.raw(".\n\n| Input | Now | Changes below | To | Changes above | To |\n|---|---:|---:|---|---:|---|\n")
            for i in r.inputs {
                out.raw("| ")
                out.text(i.input.rawValue)
                out.raw(" | ")
                out.number(i.currentValue, decimals: 4)
                for side in [i.below, i.above] {
                    out.raw(" | ")
                    if let side {
                        out.number(side.value, decimals: 4)
                        out.raw(" | ")
                        out.text(side.recommendation.label)
                    } else {
                        out.raw("— | —")
                    }
                }
                out.raw(" |\n")
            }
            out.raw("\n")
        }
        return out.text
    }

    /// JSON: one object per use case.
    public static func json(_ results: [ThresholdResult]) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.member("format_version", 1)
        w.member("model", "tierwise")
        w.key("use_cases")
        w.beginArray()
        for r in results {
            w.beginObject()
            w.member("name", r.useCaseName)
            w.key("current"); SweepReport.recommendation(r.current, into: &w)
            w.key("inputs")
            w.beginArray()
            for i in r.inputs {
                w.beginObject()
                w.member("input", i.input.rawValue)
                w.member("current_value", i.currentValue)
                for (key, side) in [("below", i.below), ("above", i.above)] {
                    w.key(dynamic: key)
                    if let side {
                        w.beginObject(inline: true)
                        w.member("value", side.value)
                        w.key("recommendation"); SweepReport.recommendation(side.recommendation, into: &w)
                        w.endObject()
                    } else {
                        w.null()
                    }
                }
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.text
    }

    /// Text: one row per use case and input.
    public static func text(_ results: [ThresholdResult]) -> String {
        var rows: [[String]] = []
        for r in results {
            for i in r.inputs {
                func side(_ s: ThresholdResult.Switch?) -> String {
                    s.map { DisplayFormat.number($0.value, decimals: 4) + " → " + $0.recommendation.tier.rawValue } ?? "-"
                }
                rows.append([AnalysisTextReport.singleLine(r.useCaseName), i.input.rawValue,
                             DisplayFormat.number(i.currentValue, decimals: 4), side(i.below), side(i.above)])
            }
        }
        return TextTable(headers: ["use case", "input", "now", "below", "above"], rows: rows, rightAligned: [2]).render()
    }
}
