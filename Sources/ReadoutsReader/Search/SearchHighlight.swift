import ReadoutsText
import ReadoutsThemes

/// Draws search on top of a rendered frame: every visible match and the current one in the
/// panes (the prompt is a layer, drawn by `renderPrompt`). A post-pass, so it merges onto
/// whatever style a cell already has (a topic's colours stay): matches add underline, the
/// current match adds reverse and bold (plus the modifiers of `search.current`). On cells
/// still in the plain text colours, other matches also take the colours of `search.match`.
func renderSearchMatches(_ frame: inout Frame, state: ReaderState, layout: Layout) {
    guard !layout.isTooSmall, state.search.isActive else { return }
    for pane in layout.panes { highlightMatches(&frame, state: state, pane: pane, layout: layout) }
}

func highlightMatches(_ frame: inout Frame, state: ReaderState, pane: Layout.PaneFrame, layout: Layout) {
    let version = pane.version
    guard state.search.results[version] != nil else { return }
    let text = state.text(version)
    guard !text.isEmpty else { return }
    let document = text.document
    let theme = state.theme
    let matchStyle = theme.style("search.match")
    let currentStyle = theme.style("search.current")
    // Cells still in the plain text or heading colours; anything else (a topic's colour,
    // foreground or background) is kept and only gets the modifiers.
    let plain: Set<Pair> = [Pair(theme.style("ui.text")), Pair(theme.style("ui.heading"))]
    let current = state.search.current?.version == version ? state.search.current?.range : nil
    let rows = text.rows(from: state.panes[version].top, count: layout.contentHeight)
    for (index, row) in rows.enumerated() {
        guard case .line(let block, _, let line) = row else { continue }
        // A match may start in the previous chunk of a long paragraph and end in this one.
        var matches = state.search.matches(version: version, block: block)
        if block > 0 && document.blocks[block].continuesPrevious {
            matches = state.search.matches(version: version, block: block - 1).filter { $0.upperBound > line.range.lowerBound } + matches
        }
        matches = matches.filter { $0.overlaps(line.range) }
        guard !matches.isEmpty else { continue }
        let y = layout.contentTop + index
        var x = pane.x
        let limit = pane.x + pane.width
        // Walks the row exactly as `renderPane` lays it out, cell by cell.
        RowGraphemes.forEach(in: document, line.range) { grapheme in
            let span = grapheme.range
            let columns = grapheme.columns
            guard columns > 0 else { return true }
            if x + columns > limit { return false }
            if matches.contains(where: { $0.overlaps(span) }) {
                let isCurrent = current.map { $0.overlaps(span) } ?? false
                let style = isCurrent ? currentStyle : matchStyle
                frame.restyle(x: x, y: y, count: columns) { cell in
                    // The current match keeps the cell's colours, reversed: distinct without colour.
                    if !isCurrent && plain.contains(Pair(cell)) {
                        if style.foreground != .default { cell.foreground = style.foreground }
                        if style.background != .default { cell.background = style.background }
                    }
                    cell.modifiers.formUnion(style.modifiers)
                    cell.modifiers.insert(.underline)
                    if isCurrent { cell.modifiers.formUnion([.reverse, .bold]) }
                }
            }
            x += columns
            return true
        }
    }
}

/// The status row while typing: "/pattern", the modes, and the count or the error.
func renderPrompt(_ frame: inout Frame, state: ReaderState, prompt: SearchPrompt, layout: Layout, counter: Int?) {
    guard !layout.isTooSmall else { return }
    let theme = state.theme
    let y = layout.statusRow
    let status = theme.style("ui.status")
    let style = theme.style("ui.prompt")
    frame.fill(x: 0, y: y, count: frame.width, style: status)
    let sigil = prompt.options.allPanes ? "*" : (prompt.backward ? "?" : "/")
    var right = prompt.options.tags.map { "[\($0)]" }.joined(separator: " ")
    if let error = state.search.error {
        right = error + (right.isEmpty ? "" : "  " + right)
    } else if let notice = state.notice {
        right = notice.text + (right.isEmpty ? "" : "  " + right)
    }
    right += " "
    // The input counter stays at the very end, whatever the notice (tests wait on it).
    let counter = counter.map { "#\($0) " } ?? ""
    let counterWidth = CellWidth.of(counter)
    let rightWidth = min(CellWidth.of(right), max(0, frame.width / 2 - counterWidth))
    let promptWidth = max(1, frame.width - rightWidth - counterWidth - 1)
    let lead = sigil + promptScope(state: state, prompt: prompt, width: frame.width)
    let leadWidth = CellWidth.of(lead)
    // Keep the cursor on screen when the pattern is longer than the room.
    let before = prompt.cursorColumns
    var shown = prompt.characters[...]
    var skipped = 0
    while before - skipped + leadWidth >= promptWidth && !shown.isEmpty {
        skipped += CellWidth.of(shown.removeFirst())
    }
    frame.put(lead, x: 0, y: y, style: style)
    frame.put(String(shown), x: leadWidth, y: y, style: style, limit: max(0, promptWidth - leadWidth))
    let rightStyle = state.search.error != nil ? theme.style("ui.status.error") : theme.style("ui.status.notice")
    // Cut at a word with "…" where the half of the row is short ("[all pan" was cut bare).
    let shownRight = CellWidth.of(right) <= rightWidth ? right
        : StatusSegment.ellipsised(String(right.dropLast()), width: max(0, rightWidth - 1), atWord: true) + " "
    frame.put(shownRight, x: frame.width - rightWidth - counterWidth, y: y, style: rightStyle, limit: rightWidth)
    frame.put(counter, x: frame.width - counterWidth, y: y, style: status)
    frame.cursor = (x: min(frame.width - 1, leadWidth + before - skipped), y: y)
}

/// What the prompt searches, after its sigil: " in Élysée: " (the focused version's name, cut
/// with "…" to what the row's `width` spares) or " in every pane: " (`*`, Ctrl-P): a reader
/// who typed `/` after a `*` search expected every pane. Nothing with one version, or on a
/// row too narrow to leave the pattern room. Depends on the width alone, so it stays put
/// while the count beside it changes.
func promptScope(state: ReaderState, prompt: SearchPrompt, width: Int) -> String {
    guard state.documents.count > 1 else { return "" }
    // The right half may go to the count and the modes; of the left, 14 columns at least
    // stay the pattern's.
    let room = width / 2 - 14
    if prompt.options.allPanes { return room >= 16 ? " in every pane: " : "" }
    let nameRoom = min(24, room - 6)
    let version = state.search.saved?.focus ?? state.focus
    guard nameRoom >= 4, state.names.indices.contains(version) else { return "" }
    return " in " + StatusSegment.ellipsised(state.names[version], width: nameRoom, atWord: true) + ": "
}

/// A style's two colours, to tell plain text from text some other feature coloured.
private struct Pair: Hashable {
    var foreground: TerminalColor
    var background: TerminalColor
    init(_ style: TerminalStyle) {
        foreground = style.foreground
        background = style.background
    }
}
