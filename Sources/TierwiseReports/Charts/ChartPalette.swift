/// The colours charts use: the Okabe–Ito palette, told apart by people with
/// any common colour-vision deficiency, in an order that keeps the first
/// colours far apart, and the greys of axes and text.
public enum ChartPalette {
    /// Series colours, in order: blue, orange, bluish green, reddish purple,
    /// sky blue, vermillion, yellow, black.
    public static let series = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]

    /// The colour of series number `index` (cycling after the eighth).
    public static func color(_ index: Int) -> String {
        series[((index % series.count) + series.count) % series.count]
    }

    /// Text.
    public static let text = "#222222"
    /// Secondary text (ticks, notes).
    public static let mutedText = "#555555"
    /// Axis lines.
    public static let axis = "#333333"
    /// Grid lines.
    public static let grid = "#DDDDDD"
    /// Markers (flip points, percentiles).
    public static let marker = "#000000"
}
