/// A plain-text table with aligned columns, for terminal output. A cell
/// longer than ``maximumCellWidth`` characters is cut with "…", so one long
/// name cannot pad every row of a large catalog to its length.
///
///     TextTable(headers: ["a", "bb"], rows: [["1", "2"]], rightAligned: [1]).render()
struct TextTable {
    /// The widest a column gets, in characters.
    static let maximumCellWidth = 60

    var headers: [String]
    var rows: [[String]]
    /// Column indexes aligned right (numbers).
    var rightAligned: Set<Int> = []

    func render() -> String {
        let rows = self.rows.map { row in
            row.map { $0.count > Self.maximumCellWidth ? String($0.prefix(Self.maximumCellWidth - 1)) + "…" : $0 }
        }
        var widths = headers.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return rightAligned.contains(index) ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var lines = [line(headers), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        lines += rows.map(line)
        return lines.joined(separator: "\n") + "\n"
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
