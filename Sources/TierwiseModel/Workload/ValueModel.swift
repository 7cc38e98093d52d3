import Foundation

/// What a minute of delay costs a use case, and when (docs/methodology.md, "Value models").
///
/// `revenue_impact_per_minute_delay` is read as the money at stake per
/// minute of the use case's active time: losing every active minute of a
/// month costs at most `USD/min × active minutes per month` (the cap). A
/// value model says which fraction of that is lost when results arrive
/// `latency` late, between 0 and 1, so no model claims more than the cap.
///
///     let model = ValueModel(curve: .decisions(perHour: 1), activeHoursPerWeek: 168)  // the seed's
///     model.lossFraction(meanMinutes: 30, worstMinutes: 60)  // 0.5: half of each hour waits for a result
public struct ValueModel: Sendable, Equatable {
    /// How the loss grows with latency.
    public enum Curve: Sendable, Equatable {
        /// `perHour` decisions an hour each lose `latency × USD/min`: the
        /// seed's model is one decision per hour. Fraction `latency × perHour / 60`, capped at 1.
        case decisions(perHour: Double)
        /// Nothing is lost while the worst-case latency meets `seconds`;
        /// everything is lost past it (an authorization that times out). Also a hard constraint.
        case deadline(seconds: Double)
        /// Value falls linearly to nothing at `horizonMinutes`: fraction `latency / horizon`, capped at 1.
        case linearDecay(horizonMinutes: Double)
        /// Value halves every `minutes`: fraction `1 − 2^(−latency / half-life)`.
        case halfLife(minutes: Double)
    }

    /// The curve.
    public var curve: Curve
    /// Hours a week in which delay costs money: 168 for 24×7, about 50 for business hours.
    public var activeHoursPerWeek: Double

    /// Creates a `ValueModel` from its parts.
    public init(curve: Curve, activeHoursPerWeek: Double = 168) {
        self.curve = curve
        self.activeHoursPerWeek = activeHoursPerWeek
    }

    /// The seed's value of time, made explicit: one decision per hour, 24×7.
    public static let seed = ValueModel(curve: .decisions(perHour: 1), activeHoursPerWeek: 168)

    /// The catalog name of the curve ("decisions", "deadline", "linear_decay", "half_life").
    public var kind: String {
        switch curve {
        case .decisions: "decisions"
        case .deadline: "deadline"
        case .linearDecay: "linear_decay"
        case .halfLife: "half_life"
        }
    }

    /// Active minutes in the seed's 30-day month: `hours per week × 60 × 30 / 7`
    /// (43,200 for 24×7, the seed's 720 hours).
    public var activeMinutesPerMonth: Double { activeHoursPerWeek * 60 * 30 / 7 }

    /// The most a month of delay can cost: `usdPerMinute × active minutes per month`.
    public func monthlyCapUSD(usdPerMinute: Double) -> Double { usdPerMinute * activeMinutesPerMonth }

    /// The fraction of the cap lost at a latency, before capping (above 1 when
    /// a decisions model claims more than every minute of the month).
    public func uncappedLossFraction(meanMinutes: Double, worstMinutes: Double) -> Double {
        switch curve {
        case .decisions(let perHour): meanMinutes * perHour / 60
        case .deadline(let seconds): worstMinutes * 60 > seconds ? 1 : 0
        case .linearDecay(let horizon): meanMinutes / horizon
        case .halfLife(let halfLife): 1 - pow(2, -meanMinutes / halfLife)
        }
    }

    /// The fraction of the cap lost, between 0 and 1.
    public func lossFraction(meanMinutes: Double, worstMinutes: Double) -> Double {
        min(1, max(0, uncappedLossFraction(meanMinutes: meanMinutes, worstMinutes: worstMinutes)))
    }

    /// The deadline in minutes, for a deadline model.
    public var deadlineMinutes: Double? {
        if case .deadline(let seconds) = curve { return seconds / 60 }
        return nil
    }

    /// One line for reports: "1 decision per hour, 24×7".
    public var summary: String {
        let hours = activeHoursPerWeek == 168 ? "24×7" : DisplayFormat.number(activeHoursPerWeek, decimals: 1) + " h a week"
        switch curve {
        case .decisions(let perHour):
            let count = DisplayFormat.number(perHour, decimals: 2)
            return "\(count) \(perHour == 1 ? "decision" : "decisions") per hour, each losing its latency × the delay cost, \(hours)"
        case .deadline(let seconds):
            return "everything lost past a deadline of \(DisplayFormat.duration(minutes: seconds / 60)), nothing before it, \(hours)"
        case .linearDecay(let horizon):
            return "value falls linearly to nothing at \(DisplayFormat.duration(minutes: horizon)), \(hours)"
        case .halfLife(let minutes):
            return "value halves every \(DisplayFormat.duration(minutes: minutes)), \(hours)"
        }
    }
}
