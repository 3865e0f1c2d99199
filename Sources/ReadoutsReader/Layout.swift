/// Where things go on screen for a window size and a number of versions: a title row,
/// the panes side by side with a five-column gutter between neighbours (a space, topic
/// marks for the left pane, the divider with link arrows, marks for the right pane, a
/// space), and a status row.
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
    /// Below this many columns a pane is not readable: fewer panes are shown instead.
    public static let readablePaneWidth = 30
    public static let gutterWidth = 5

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
        let available = max(0, width - Self.gutterWidth * max(0, count - 1))
        var panes: [PaneFrame] = []
        var x = 0
        for slot in 0..<count {
            // Spread the remainder over the leftmost panes.
            let paneWidth = available / count + (slot < available % count ? 1 : 0)
            let margin = min(margin, max(0, paneWidth - 1))
            panes.append(PaneFrame(version: min(versions - 1, first + slot), x: x + margin, width: paneWidth - margin, margin: margin))
            x += paneWidth + Self.gutterWidth
        }
        self.panes = panes
    }

    /// The visible pane under column x, if any.
    public func pane(atColumn x: Int) -> PaneFrame? {
        panes.first { x >= $0.x && x < $0.x + $0.width }
    }

    /// The first gutter column right of visible pane `slot`: its marks are at +1 (left
    /// pane) and +3 (right pane), the divider at +2.
    public func gutterX(after slot: Int) -> Int? {
        slot + 1 < panes.count ? panes[slot].x + panes[slot].width : nil
    }
}
