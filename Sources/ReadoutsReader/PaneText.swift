import ReadoutsText

/// A position in a pane's stream of rows: a block and a row within it. Row 0 of a block
/// that follows a blank line is that blank line.
public struct ScrollPosition: Equatable, Comparable, Sendable {
    public var block: Int
    public var row: Int

    public init(block: Int, row: Int) {
        self.block = block
        self.row = row
    }

    public static let top = ScrollPosition(block: 0, row: 0)

    public static func < (lhs: ScrollPosition, rhs: ScrollPosition) -> Bool {
        (lhs.block, lhs.row) < (rhs.block, rhs.row)
    }
}

/// What a pane shows on one row.
public enum PaneRow: Equatable {
    case blank(block: Int)
    case line(block: Int, index: Int, WrappedLine)

    public var block: Int {
        switch self {
        case .blank(let block), .line(let block, _, _): return block
        }
    }
}

/// A document seen through a pane of a given width: row arithmetic that wraps only the
/// blocks it walks over (cached), so moving by n rows costs O(n), whatever the length.
public struct PaneText {
    public let document: Document
    public let width: Int
    /// Shared with the pane's state, so wrapped blocks survive from one frame to the next.
    public let cache: WrapCache

    public init(document: Document, width: Int, cache: WrapCache) {
        self.document = document
        self.width = max(1, width)
        self.cache = cache
    }

    public var isEmpty: Bool { document.blocks.isEmpty }

    public func separatorRows(_ block: Int) -> Int {
        block == 0 || document.blocks[block].continuesPrevious || document.blocks[block].tight ? 0 : 1
    }

    public func lines(_ block: Int) -> [WrappedLine] {
        cache.lines(document, block: block, width: width)
    }

    public func rowCount(_ block: Int) -> Int {
        separatorRows(block) + lines(block).count
    }

    public func row(at position: ScrollPosition) -> PaneRow? {
        guard position.block >= 0 && position.block < document.blocks.count else { return nil }
        let separator = separatorRows(position.block)
        if position.row < separator { return .blank(block: position.block) }
        let lines = lines(position.block)
        let index = position.row - separator
        guard index < lines.count else { return nil }
        return .line(block: position.block, index: index, lines[index])
    }

    /// The rows from `position` on, at most `count`.
    public func rows(from position: ScrollPosition, count: Int) -> [PaneRow] {
        var rows: [PaneRow] = []
        var position = position
        while rows.count < count, let row = row(at: position) {
            rows.append(row)
            guard let next = step(position, by: 1, clamp: false) else { break }
            position = next
        }
        return rows
    }

    /// Moves by `delta` rows (negative for up). Stops at the first and last rows; returns
    /// nil when `clamp` is false and the move would leave the document.
    public func step(_ position: ScrollPosition, by delta: Int, clamp: Bool = true) -> ScrollPosition? {
        guard !isEmpty else { return clamp ? .top : nil }
        var block = position.block
        var row = position.row + delta
        while row < 0 {
            guard block > 0 else { return clamp ? .top : nil }
            block -= 1
            row += rowCount(block)
        }
        while row >= rowCount(block) {
            guard block + 1 < document.blocks.count else {
                return clamp ? ScrollPosition(block: block, row: rowCount(block) - 1) : nil
            }
            row -= rowCount(block)
            block += 1
        }
        return ScrollPosition(block: block, row: row)
    }

    public var lastRow: ScrollPosition {
        guard !isEmpty else { return .top }
        let block = document.blocks.count - 1
        return ScrollPosition(block: block, row: rowCount(block) - 1)
    }

    /// The top row that shows the end of the document on the last of `height` rows.
    public func lastTop(height: Int) -> ScrollPosition {
        step(lastRow, by: -(max(1, height) - 1)) ?? .top
    }

    /// Keeps a top position inside [top, lastTop].
    public func clampTop(_ position: ScrollPosition, height: Int) -> ScrollPosition {
        min(position, lastTop(height: height))
    }

    /// The scalar offset a row starts at (a blank row: its block's start).
    public func offset(at position: ScrollPosition) -> Int {
        switch row(at: position) {
        case .line(_, _, let line): return line.range.lowerBound
        case .blank(let block): return document.blocks[block].range.lowerBound
        case nil: return document.scalars.count
        }
    }

    /// The row holding scalar `offset`.
    public func position(containing offset: Int) -> ScrollPosition {
        guard !isEmpty else { return .top }
        let block = document.blockIndex(containing: offset)
        let lines = lines(block)
        let index = lines.lastIndex { $0.range.lowerBound <= offset } ?? 0
        return ScrollPosition(block: block, row: separatorRows(block) + index)
    }
}
