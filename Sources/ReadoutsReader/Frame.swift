import ReadoutsThemes

/// One terminal cell: a whole grapheme cluster and its style. A cluster `n` columns wide
/// (`CellWidth`) occupies its cell and the `n − 1` after it, which hold an empty `text`
/// (continuation cells).
public struct Cell: Equatable, Sendable {
    public var text: String
    public var style: TerminalStyle

    public init(_ text: String = " ", style: TerminalStyle = TerminalStyle()) {
        self.text = text
        self.style = style
    }

    public var isContinuation: Bool { text.isEmpty }
}

/// What `render(state)` produces: a grid of cells the terminal layer copies to the screen
/// (ratatui's `Buffer`). Tests read it back with `row(_:)`, `lines` and `subscript`.
public struct Frame: Equatable, Sendable {
    public private(set) var width: Int
    public private(set) var height: Int
    public var cells: [Cell]
    /// Where the terminal cursor should sit (a prompt), or nil to hide it.
    public var cursor: (x: Int, y: Int)? {
        get { cursorX.map { ($0, cursorY) } }
        set { cursorX = newValue?.x; cursorY = newValue?.y ?? 0 }
    }
    private var cursorX: Int?
    private var cursorY = 0

    public init(width: Int, height: Int, fill: TerminalStyle = TerminalStyle()) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(" ", style: fill), count: self.width * self.height)
    }

    /// Makes this frame what `init(width:height:fill:)` makes, in the cells it already has
    /// when the size is the same: the terminal layer draws each key's frame into the one
    /// shown two keys ago instead of allocating 12,000 cells (at 200 × 60, over half a
    /// megabyte: a fresh mapping to fault in and clear, then unmap, on every key).
    public mutating func reset(width: Int, height: Int, fill: TerminalStyle = TerminalStyle()) {
        let width = max(0, width)
        let height = max(0, height)
        cursor = nil
        guard width == self.width, height == self.height else {
            self = Frame(width: width, height: height, fill: fill)
            return
        }
        let blank = Cell(" ", style: fill)
        cells.withUnsafeMutableBufferPointer { cells in
            for index in cells.indices { cells[index] = blank }
        }
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Puts one cluster `columns` wide at (x, y), with its continuation cells.
    public mutating func set(_ text: String, columns: Int, x: Int, y: Int, style: TerminalStyle) {
        self[x, y] = Cell(text, style: style)
        for column in x + 1..<min(width, x + max(1, columns)) { self[column, y] = Cell("", style: style) }
    }

    /// Writes `text` from (x, y), clipped to `limit` columns (and the frame). Returns the
    /// column after the last cell written. A cluster that does not fit whole is not drawn.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: TerminalStyle, limit: Int? = nil) -> Int {
        guard y >= 0 && y < height else { return x }
        let end = min(width, limit.map { x + $0 } ?? width)
        var column = x
        for original in text {
            // A line break or tab inside a text put on one row (a hand-wrapped sentence in
            // the compare view) is the space it stands for: as a control character it reached
            // the terminal as "�" ("President Biden�underscored").
            let character: Character = original.isNewline || original == "\t" ? " " : original
            let columns = CellWidth.of(character)
            if columns == 0 { continue }
            if column + columns > end { break }
            if column >= 0 { set(String(character), columns: columns, x: column, y: y, style: style) }
            column += columns
        }
        return column
    }

    /// Fills `count` cells of row `y` from `x` with spaces in `style`.
    public mutating func fill(x: Int, y: Int, count: Int, style: TerminalStyle) {
        guard y >= 0 && y < height else { return }
        for column in max(0, x)..<max(max(0, x), min(width, x + count)) { self[column, y] = Cell(" ", style: style) }
    }

    /// Fills a rectangle (clipped to the frame) with spaces in `style`.
    public mutating func fill(_ area: Rect, style: TerminalStyle) {
        for y in max(0, area.y)..<max(max(0, area.y), min(height, area.maxY)) {
            fill(x: area.x, y: y, count: area.width, style: style)
        }
    }

    /// An overlay's box (help, topic list, compare view): a blank column each side of it in
    /// `margin`, then the box in `style`. Without the margin, the text behind ran into the
    /// box's edges ("score 0.59     a", "de son pays  nt") and read as garbage.
    /// `edged`: a line is drawn round the box's outer cells, for an overlay whose background
    /// is the text's (no colour): only a margin told it from the text behind, three blank
    /// cells from its own. A title or footer put on the top or bottom row sits in the line.
    /// Text left beside the margin narrower than `strayStrip` is blanked too: the compare
    /// view at 80 columns left column 0 of the text showing down its edge, "I / b / m / c",
    /// letters that read as part of the box.
    public mutating func fillOverlay(_ area: Rect, style: TerminalStyle, margin: TerminalStyle, edged: Bool = false) {
        let left = area.x - 1 <= Self.strayStrip ? min(0, area.x - 1) : area.x - 1
        let right = width - (area.maxX + 1) <= Self.strayStrip ? max(width, area.maxX + 1) : area.maxX + 1
        fill(Rect(x: left, y: area.y, width: right - left, height: area.height), style: margin)
        fill(area, style: style)
        guard edged, area.width >= 2, area.height >= 2 else { return }
        func draw(_ text: String, _ x: Int, _ y: Int) {
            if x >= 0, x < width, y >= 0, y < height { self[x, y] = Cell(text, style: style) }
        }
        for x in area.x + 1..<area.maxX - 1 {
            draw("─", x, area.y)
            draw("─", x, area.maxY - 1)
        }
        for y in area.y + 1..<area.maxY - 1 {
            draw("│", area.x, y)
            draw("│", area.maxX - 1, y)
        }
        draw("┌", area.x, area.y)
        draw("┐", area.maxX - 1, area.y)
        draw("└", area.x, area.maxY - 1)
        draw("┘", area.maxX - 1, area.maxY - 1)
    }

    /// The widest strip of text beside an overlay's margin that is blanked with it (`fillOverlay`).
    static let strayStrip = 2

    /// Sets the style of cells without changing their text.
    public mutating func restyle(x: Int, y: Int, count: Int, _ change: (inout TerminalStyle) -> Void) {
        guard y >= 0 && y < height else { return }
        for column in max(0, x)..<max(max(0, x), min(width, x + count)) { change(&self[column, y].style) }
    }

    /// The text of row `y` as a string (continuation cells skipped), for tests and exports.
    public func row(_ y: Int) -> String {
        (0..<width).map { self[$0, y].text }.joined()
    }

    /// Every row's text, top to bottom, trailing spaces kept: compare whole screens in tests.
    public var lines: [String] { (0..<height).map(row) }

    public static func == (lhs: Frame, rhs: Frame) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells && lhs.cursorX == rhs.cursorX
            && lhs.cursorY == rhs.cursorY
    }
}
