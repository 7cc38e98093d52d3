import TierwiseModel

/// `tierwise costs` as a Markdown or text table.
public enum CostsTextReport {
    /// Aligned text for a terminal.
    /// `namesYears` (the tierwise model) shows the steady-state annual and first-year costs instead of "annual TCO".
    public static func text(
        _ costs: [ApproachCost], eventsPerDay: Double, parameters: CostParameters, namesYears: Bool = false
    ) -> String {
        let columns = namesYears ? tierwiseColumns : columns
        return header(costs, eventsPerDay: eventsPerDay, parameters: parameters) + "\n\n"
            + TextTable(headers: columns, rows: rows(costs, namesYears: namesYears),
                        rightAligned: Set(1..<columns.count)).render()
    }

    /// A Markdown table.
    public static func markdown(
        _ costs: [ApproachCost], eventsPerDay: Double, parameters: CostParameters, namesYears: Bool = false
    ) -> String {
        let columns = namesYears ? tierwiseColumns : columns
        var out = "# Processing cost comparison\n\n" + header(costs, eventsPerDay: eventsPerDay, parameters: parameters) + "\n\n"
        out += "| " + columns.joined(separator: " | ") + " |\n|---|" + String(repeating: "---:|", count: columns.count - 1) + "\n"
        for row in rows(costs, namesYears: namesYears) { out += "| " + row.joined(separator: " | ") + " |\n" }
        return out
    }

    private static let tierwiseColumns = ["approach", "infrastructure / month", "operations / month", "total / month",
                                          "build", "steady-state annual", "first-year cost"]

    private static let columns = ["approach", "infrastructure / month", "operations / month", "total / month",
                                  "initial investment", "annual TCO"]

    private static func header(_ costs: [ApproachCost], eventsPerDay: Double, parameters: CostParameters) -> String {
        "\(DisplayFormat.number(eventsPerDay, decimals: 0)) events/day (volume factor "
            + "\(DisplayFormat.number(costs.first?.volumeFactor ?? 1, decimals: 3))), hourly rate "
            + "\(DisplayFormat.usd(parameters.hourlyRateUSD)), baseline compute "
            + "\(DisplayFormat.usd(parameters.baselineMonthlyComputeUSD))/month. USD."
    }

    private static func rows(_ costs: [ApproachCost], namesYears: Bool) -> [[String]] {
        costs.map {
            [$0.approach.rawValue, DisplayFormat.usd($0.model.monthlyInfrastructureUSD),
             DisplayFormat.usd($0.model.monthlyOperationalUSD), DisplayFormat.usd($0.model.totalMonthlyUSD),
             DisplayFormat.usd($0.model.initialInvestmentUSD)]
                + (namesYears ? [DisplayFormat.usd($0.model.totalMonthlyUSD * 12)] : [])
                + [DisplayFormat.usd($0.model.annualTCOUSD)]
        }
    }
}
