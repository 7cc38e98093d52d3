import Foundation
import TierwiseModel

/// Finding where a verdict flips along one input: probe geometrically away
/// from the current value (factors of 2; from 0, upward from 10^-4), then
/// bisect the first bracket. Used by switching values and `break-even --solve`.
enum SwitchSearch {
    /// The first probe (factors of 2 away from `start`) where `flipped` holds.
    static func bracket(from start: Double, upward: Bool, range: NumberRange, flipped: (Double) -> Bool) -> Double? {
        let lowest = range.clamp(-Double.infinity)
        for step in 1...60 {
            var probe = upward
                ? (start > 0 ? start * pow(2, Double(step)) : 1e-4 * pow(4, Double(step - 1)))
                : start / pow(2, Double(step))
            if !upward && (step == 60 || probe <= lowest) { probe = lowest }
            probe = range.clamp(probe)
            if !upward && start <= lowest { return nil }
            if flipped(probe) { return probe }
            if probe == (upward ? range.maximum : lowest) { return nil }
        }
        return nil
    }

    /// Bisects between `inside` (not flipped) and `outside` (flipped) to a relative width of 10^-9; returns the flipped end.
    static func refine(_ inside: Double, _ outside: Double, flipped: (Double) -> Bool) -> Double {
        var a = inside, b = outside
        for _ in 0..<200 where abs(b - a) > 1e-9 * max(abs(a), abs(b), 1e-12) {
            let mid = (a + b) / 2
            if flipped(mid) { b = mid } else { a = mid }
        }
        return b
    }
}
