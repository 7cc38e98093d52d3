import TierwiseModel

/// `tierwise costs` as a Markdown or text table.
public enum CostsTextReport {
    /// Aligned text for a terminal.
    public static func text(_ costs: [ApproachCost], eventsPerDay: Double, parameters: CostParameters) -> String {
        header(costs, eventsPerDay: eventsPerDay, parameters: parameters) + "\n\n"
            + TextTable(headers: columns, rows: rows(costs), rightAligned: [1, 2, 3, 4, 5]).render()
    }

    /// A Markdown table.
    public static func markdown(_ costs: [ApproachCost], eventsPerDay: Double, parameters: CostParameters) -> String {
        var out = "# Processing cost comparison\n\n" + header(costs, eventsPerDay: eventsPerDay, parameters: parameters) + "\n\n"
        out += "| " + columns.joined(separator: " | ") + " |\n|---|---:|---:|---:|---:|---:|\n"
        for row in rows(costs) { out += "| " + row.joined(separator: " | ") + " |\n" }
        return out
    }

    private static let columns = ["approach", "infrastructure / month", "operations / month", "total / month",
                                  "initial investment", "annual TCO"]

    private static func header(_ costs: [ApproachCost], eventsPerDay: Double, parameters: CostParameters) -> String {
        "\(DisplayFormat.number(eventsPerDay, decimals: 0)) events/day (volume factor "
            + "\(DisplayFormat.number(costs.first?.volumeFactor ?? 1, decimals: 3))), hourly rate "
            + "\(DisplayFormat.usd(parameters.hourlyRateUSD)), baseline compute "
            + "\(DisplayFormat.usd(parameters.baselineMonthlyComputeUSD))/month. USD."
    }

    private static func rows(_ costs: [ApproachCost]) -> [[String]] {
        costs.map {
            [$0.approach.rawValue, DisplayFormat.usd($0.model.monthlyInfrastructureUSD),
             DisplayFormat.usd($0.model.monthlyOperationalUSD), DisplayFormat.usd($0.model.totalMonthlyUSD),
             DisplayFormat.usd($0.model.initialInvestmentUSD), DisplayFormat.usd($0.model.annualTCOUSD)]
        }
    }
}
