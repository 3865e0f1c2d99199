/// Where things go on screen for a window size and a number of versions: a title row,
/// the panes side by side with a gutter between neighbours (a blank, a space or a "+",
/// topic marks for the left pane, the divider with link arrows, marks for the right pane, a
/// space or a "+", a blank), and a status row. Panes are all the same width, so the same text wraps the same
/// way in each; the columns left over widen the gutters. A single pane keeps a gutter of
/// its own on its right: a space, its marks and their "+".
public struct Layout: Equatable, Sendable {
    public struct PaneFrame: Equatable, Sendable {
        /// Index of the version shown.
        public var version: Int
        /// The text's first column and width.
        public var x: Int
        public var width: Int
        /// Columns left of the text for sentence numbers (0 when they are off): the pane's
        /// title spans them too.
        public var margin = 0
    }

    public static let minimumWidth = 20
    public static let minimumHeight = 5
    /// Below this many columns a pane is not readable: fewer panes are shown instead (two
    /// from 63 columns, three from 98).
    public static let readablePaneWidth = 28
    /// The narrowest gutter between two panes. Its outer columns stay blank, so a "+" is
    /// never against a pane's last letter ("garanties+B│" read as one word at 70 columns).
    public static let gutterWidth = 7
    /// The divider's column in a gutter: after the blank, the "+" and the left pane's marks.
    public static let dividerOffset = 3
    /// The gutter right of a pane shown alone.
    public static let singleGutterWidth = 3

    public var width: Int
    public var height: Int
    public var panes: [PaneFrame]

    public var contentTop: Int { 1 }
    public var contentHeight: Int { max(0, height - 2) }
    public var statusRow: Int { height - 1 }
    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// How many of `versions` panes fit side by side at a readable width.
    public static func visibleCount(width: Int, versions: Int) -> Int {
        guard versions > 0 else { return 0 }
        let fitting = (width + gutterWidth) / (readablePaneWidth + gutterWidth)
        return max(1, min(versions, fitting))
    }

    /// Lays out `versions` panes starting with version `first` (as many as fit), each with
    /// `margin` columns for sentence numbers left of its text.
    public init(width: Int, height: Int, versions: Int, first: Int, margin: Int = 0) {
        self.width = width
        self.height = height
        let count = Self.visibleCount(width: width, versions: versions)
        guard count > 1 else {
            let total = max(1, width - Self.singleGutterWidth)
            let margin = min(margin, max(0, total - 1))
            panes = count == 0 ? [] : [PaneFrame(version: max(0, min(versions - 1, first)), x: margin, width: total - margin, margin: margin)]
            return
        }
        let gutters = count - 1
        let paneWidth = max(1, (width - Self.gutterWidth * gutters) / count)
        // The columns equal widths leave over go to the gutters, the leftmost first.
        let spare = max(0, width - paneWidth * count - Self.gutterWidth * gutters)
        var panes: [PaneFrame] = []
        var x = 0
        let margin = min(margin, max(0, paneWidth - 1))
        for slot in 0..<count {
            panes.append(PaneFrame(version: min(versions - 1, first + slot), x: x + margin, width: paneWidth - margin, margin: margin))
            x += paneWidth + Self.gutterWidth + spare / gutters + (slot < spare % gutters ? 1 : 0)
        }
        self.panes = panes
    }

    /// The visible pane under column x, if any.
    public func pane(atColumn x: Int) -> PaneFrame? {
        panes.first { x >= $0.x && x < $0.x + $0.width }
    }

    /// The first gutter column right of visible pane `slot` (a blank): its marks are at +2
    /// (left pane) and +4 (right pane), the divider at +3 (`dividerOffset`).
    public func gutterX(after slot: Int) -> Int? {
        slot + 1 < panes.count ? panes[slot].x + panes[slot].width : nil
    }

    /// The column of the divider right of visible pane `slot`.
    public func dividerX(after slot: Int) -> Int? {
        gutterX(after: slot).map { $0 + Self.dividerOffset }
    }

    /// The columns of gutter `slot` (right of pane `slot`), the widened ones included.
    public func gutterWidth(after slot: Int) -> Int {
        slot + 1 < panes.count ? panes[slot + 1].x - panes[slot + 1].margin - panes[slot].x - panes[slot].width : 0
    }

    /// Where pane `slot`'s topic marks go: the letter, and the column of the "+" that says
    /// the row starts more than one occurrence. Beside the divider on the pane's right (the
    /// last pane: on its left); a single pane's are in its own gutter.
    public func markColumns(of slot: Int) -> (mark: Int, more: Int)? {
        guard panes.indices.contains(slot) else { return nil }
        if panes.count == 1 { return width - 2 >= panes[0].x + panes[0].width ? (width - 2, width - 1) : nil }
        if let divider = dividerX(after: slot) { return (divider - 1, divider - 2) }
        let divider = panes[slot].x - panes[slot].margin - gutterWidth(after: slot - 1) + Self.dividerOffset
        return (divider + 1, divider + 2)
    }
}
