/// A cluster the terminal must write: its cell (text and style), where, and how many
/// columns it covers.
public struct CellChange: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var columns: Int
    public var cell: Cell
}

extension Frame {
    /// The clusters to write to turn a screen showing `previous` into this frame, row by
    /// row, left to right (ratatui's `Buffer::diff`). A cluster is written whole, once, at
    /// its first column, when its cell or any of its continuation cells changed; a
    /// continuation cell is never written on its own. With no previous frame, or one of
    /// another size, every cluster is. The bottom-right cell is never written: writing it
    /// scrolls some terminals.
    public func changes(since previous: Frame?) -> [CellChange] {
        var changes: [CellChange] = []
        forEachChange(since: previous) { changes.append($0) }
        return changes
    }

    /// The changes of `changes(since:)`, one at a time, without an array of them: a key's
    /// frame changes most of a 200 × 60 screen, and an array of 12,000 changes grew by
    /// doubling past glibc's mmap threshold (`MallocPolicy`), each step a fresh mapping to
    /// fault in, copy into and unmap, on the key's path.
    public func forEachChange(since previous: Frame?, _ body: (CellChange) -> Void) {
        let previous = previous.flatMap { $0.width == width && $0.height == height ? $0 : nil }
        for y in 0..<height {
            var x = 0
            while x < width {
                let cell = self[x, y]
                var columns = 1
                while x + columns < width && self[x + columns, y].isContinuation { columns += 1 }
                defer { x += columns }
                if cell.isContinuation { continue }  // an orphan continuation: nothing to draw
                if y == height - 1 && x + columns >= width { continue }
                if let previous, (x..<x + columns).allSatisfy({ previous[$0, y] == self[$0, y] }) { continue }
                body(CellChange(x: x, y: y, columns: columns, cell: cell))
            }
        }
    }

    /// Whether the terminal should be cleared before writing `changes(since: previous)`.
    public func needsClear(after previous: Frame?) -> Bool {
        previous.map { $0.width != width || $0.height != height } ?? true
    }
}
