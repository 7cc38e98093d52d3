@testable import TierwiseEngine

/// Sliding windows an operator cannot split into panes (it is not
/// ``SlidingWindows``): the operator keeps every window's state apart, as
/// before panes. The tests' second reference for the pane-based operator.
struct PerWindowSlidingWindows: WindowAssigner {
    let windows: SlidingWindows

    init(sizeMillis: Int64, slideMillis: Int64) throws {
        windows = try SlidingWindows(sizeMillis: sizeMillis, slideMillis: slideMillis)
    }

    func forEachWindow(containing timestampMillis: Int64, _ body: (TimeWindow) -> Void) {
        windows.forEachWindow(containing: timestampMillis, body)
    }
}
