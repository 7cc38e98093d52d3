/// How sliding windows split into panes (Flink's slices; Li et al., "No pane,
/// no gain", 2005): panes of gcd(size, slide), aligned to the epoch, so
/// every window is a run of whole panes and every event falls in exactly one
/// pane. A window operator then adds an event to one pane, whatever the
/// number of windows it belongs to, and combines panes when a window fires.
///
///     PaneLayout(try SlidingWindows(sizeMillis: 3_600_000, slideMillis: 1_000))?.paneMillis  // 1_000
///
/// Every window containing a pane contains all of it, so the events of a pane
/// belong to the same windows: the pane is purged when the last of them is.
struct PaneLayout: Sendable, Equatable {
    /// Window length, milliseconds (a whole number of panes).
    let sizeMillis: Int64
    /// Distance between window starts, milliseconds (a whole number of panes).
    let slideMillis: Int64
    /// Pane length: gcd(size, slide), milliseconds.
    let paneMillis: Int64
    /// Whether the size is a whole number of slides (then the first window of
    /// a pane starts `size − slide` before its last: no division).
    private let slideDividesSize: Bool

    /// The layout of `windows`, or nil when panes would not pay: when a slide
    /// holds more panes than an event has windows (a slide of 10,000 ms on a
    /// size of 10,007 ms makes 1 ms panes for two windows per event), the
    /// operator keeps state per window instead.
    init?(_ windows: SlidingWindows) {
        var a = windows.sizeMillis, b = windows.slideMillis
        while b != 0 { (a, b) = (b, a % b) }
        // Both are positive, the slide at most the size: no division by zero, no overflow.
        let panesPerSlide = windows.slideMillis / a
        let windowsPerEvent = (windows.sizeMillis + windows.slideMillis - 1) / windows.slideMillis
        guard panesPerSlide <= windowsPerEvent else { return nil }
        sizeMillis = windows.sizeMillis
        slideMillis = windows.slideMillis
        paneMillis = a
        slideDividesSize = windows.sizeMillis % windows.slideMillis == 0
    }

    /// The pane containing `timestampMillis`.
    @inline(__always)
    func pane(containing timestampMillis: Int64) -> TimeWindow {
        let start = alignedStart(timestampMillis, size: paneMillis)
        return TimeWindow(startMillis: start, endMillis: start.addingClamped(paneMillis))
    }

    /// The window starting at `startMillis` (a multiple of the slide).
    @inline(__always)
    func window(startingAt startMillis: Int64) -> TimeWindow {
        TimeWindow(startMillis: startMillis, endMillis: startMillis.addingClamped(sizeMillis))
    }

    /// The earliest window containing the pane starting at `paneStart`: the
    /// first slide after `paneStart − size`.
    @inline(__always)
    func firstWindow(containingPaneAt paneStart: Int64) -> TimeWindow {
        if slideDividesSize {
            let last = lastWindowStart(containingPaneAt: paneStart)
            return window(startingAt: last.subtractingClamped(sizeMillis).addingClamped(slideMillis))
        }
        return window(startingAt: alignedStart(paneStart.subtractingClamped(sizeMillis), size: slideMillis).addingClamped(slideMillis))
    }

    /// The latest window containing the pane starting at `paneStart` (the one
    /// fired and purged last).
    @inline(__always)
    func lastWindow(containingPaneAt paneStart: Int64) -> TimeWindow {
        window(startingAt: lastWindowStart(containingPaneAt: paneStart))
    }

    /// The start of ``lastWindow(containingPaneAt:)``: the pane's own start when panes are slides.
    @inline(__always)
    private func lastWindowStart(containingPaneAt paneStart: Int64) -> Int64 {
        paneMillis == slideMillis ? paneStart : alignedStart(paneStart, size: slideMillis)
    }

    /// The start of the earliest window that has not fired at watermark
    /// `watermarkMillis`: the first slide after `watermark − size` (every
    /// earlier window ends at or before the watermark).
    @inline(__always)
    func firstUnfiredStart(atWatermark watermarkMillis: Int64) -> Int64 {
        alignedStart(watermarkMillis.subtractingClamped(sizeMillis), size: slideMillis).addingClamped(slideMillis)
    }

    /// The end of the size-aligned block holding the start of the window
    /// starting at `startMillis`: the window is the block's panes from its
    /// start on, then the next block's panes up to its end.
    @inline(__always)
    func blockEnd(ofWindowAt startMillis: Int64) -> Int64 {
        alignedStart(startMillis, size: sizeMillis).addingClamped(sizeMillis)
    }
}
