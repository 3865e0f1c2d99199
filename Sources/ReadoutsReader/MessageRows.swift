/// A notice the status line cannot show whole in any of its forms continues on rows of its
/// own just above it, over the text, until the next key, as vim shows a message longer
/// than its command line: cut with "…" it could not be read at all (`Y` at 70 columns lost
/// where the text went; Ctrl-G was cut even at 120). The status line then keeps the
/// position and the topic. `:mes` shows the last notice again, whole.
enum MessageRows {
    /// `text` wrapped at spaces into rows of at most `width` cells (a word longer than a row
    /// is broken inside, after a "/" where a path has one), at most `limit` rows, the last
    /// cut with "…" when there is more.
    static func wrap(_ text: String, width: Int, limit: Int) -> [String] {
        guard width > 0, limit > 0 else { return [] }
        var rows: [String] = []
        var row = ""
        // The row's cells, counted as it grows: measured again at every word and character,
        // a long notice cost a row's worth of work per character (24 s for a notice of
        // 400,000 characters at 1,000 columns).
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let columns = word.reduce(0) { $0 + CellWidth.of($1) }
            let gap = row.isEmpty ? 0 : 1
            if used + gap + columns <= width {
                if gap > 0 { row.append(" ") }
                row += word
                used += gap + columns
                continue
            }
            if !row.isEmpty { rows.append(row) }
            row = ""
            used = 0
            for character in word {
                let columns = CellWidth.of(character)
                if used + columns > width {
                    let slash = row.lastIndex(of: "/").map { row.index(after: $0) }
                    let end = slash.flatMap { $0 < row.endIndex ? $0 : nil } ?? row.endIndex
                    rows.append(String(row[..<end]))
                    // What follows the last "/" has none: carried once, measured once.
                    row = String(row[end...])
                    used = CellWidth.of(row)
                }
                row.append(character)
                used += columns
            }
        }
        if !row.isEmpty { rows.append(row) }
        guard rows.count > limit else { return rows }
        let rest = rows[(limit - 1)...].joined(separator: " ")
        return Array(rows.prefix(limit - 1)) + [StatusSegment.ellipsised(rest, width: width, atWord: true)]
    }

    /// At most half the panes' height: the text stays in view around the notice.
    static func limit(_ layout: Layout) -> Int { max(1, layout.contentHeight / 2) }

    /// The content row the first of `count` rows goes on: just above the status line, or at
    /// the top of the panes where those rows would hide a tinted passage (`tinted`: content
    /// rows showing one) and the top rows hide none. Enter at 60 × 20 brought the linked
    /// passage to the bottom of a pane already at its end, and the notice hid its last words.
    static func firstRow(count: Int, layout: Layout, tinted: Set<Int>) -> Int {
        let bottom = layout.contentHeight - count
        let hidesAtTheBottom = (bottom..<layout.contentHeight).contains { tinted.contains($0) }
        let hidesAtTheTop = (0..<count).contains { tinted.contains($0) }
        return hidesAtTheBottom && !hidesAtTheTop ? 0 : bottom
    }
}

extension ReaderState {
    /// The content rows where some shown pane draws a tinted passage (the current one, a
    /// linked one): what a notice's rows should not hide.
    func tintedRows() -> Set<Int> {
        var rows = Set<Int>()
        for pane in layout.panes {
            let tints = tints(in: pane.version).map(\.range)
            guard !tints.isEmpty else { continue }
            for (row, paneRow) in text(pane.version).rows(from: panes[pane.version].top, count: contentHeight).enumerated() {
                if case .line(_, _, let line) = paneRow, tints.contains(where: { $0.overlaps(line.range) }) { rows.insert(row) }
            }
        }
        return rows
    }
}

/// Draws `text` on the rows above the status line (or at the top of the panes, where those
/// would hide a tinted passage), in the status line's colours, its first row highest, so it
/// reads down.
func renderMessageRows(_ frame: inout Frame, text: String, state: ReaderState, layout: Layout) {
    // The search prompt and the command line show their own notices on the status row.
    guard state.searchPrompt == nil, !state.layers.contains(where: { $0.kind == .commandLine }) else { return }
    let rows = MessageRows.wrap(text, width: max(1, frame.width - 2), limit: MessageRows.limit(layout))
    let status = state.theme.style("ui.status")
    let notice = state.theme.style("ui.status.notice")
    let first = layout.contentTop + MessageRows.firstRow(count: rows.count, layout: layout, tinted: state.tintedRows())
    for (index, row) in rows.enumerated() {
        let y = first + index
        guard y >= layout.contentTop else { continue }
        frame.fill(x: 0, y: y, count: frame.width, style: status)
        frame.put(row, x: 1, y: y, style: notice, limit: frame.width - 2)
    }
}
