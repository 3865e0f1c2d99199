import ReadoutsText
import ReadoutsThemes

/// Draws the reader's state into a frame of cells. Pure: the same state always gives
/// the same frame, so tests assert on cells without a terminal. `counter`, when given, is
/// shown at the end of the status row (the terminal layer counts input events there, for
/// end-to-end tests that wait on it instead of sleeping).
public func render(_ state: ReaderState, counter: Int? = nil) -> Frame {
    var frame = Frame(width: 0, height: 0)
    render(state, counter: counter, into: &frame)
    return frame
}

/// `render(state, counter:)` drawn into `frame`, whatever it held (`Frame.reset`): the
/// same cells as a fresh frame, in storage the caller keeps from one key to the next.
public func render(_ state: ReaderState, counter: Int? = nil, into frame: inout Frame) {
    let theme = state.theme
    frame.reset(width: state.width, height: state.height, fill: theme.style("ui.text"))
    let layout = state.layout
    if layout.isTooSmall {
        renderTooSmall(&frame, theme: theme)
        return
    }
    let rows = layout.panes.map { pane in
        state.text(pane.version).rows(from: state.panes[pane.version].top, count: layout.contentHeight)
    }
    for (slot, pane) in layout.panes.enumerated() {
        renderTitle(&frame, state: state, pane: pane)
        renderPane(&frame, state: state, pane: pane, layout: layout, rows: rows[slot])
        renderSentenceNumbers(&frame, state: state, pane: pane, layout: layout, rows: rows[slot])
        if let gutter = layout.gutterX(after: slot) {
            renderGutter(&frame, x: gutter, width: layout.gutterWidth(after: slot), layout: layout, theme: theme)
        }
    }
    renderTopicGutters(&frame, state: state, layout: layout, rows: rows)
    renderStatus(&frame, state: state, layout: layout, counter: counter)
    renderSearchMatches(&frame, state: state, layout: layout)
    // The layers, bottom to top.
    for layer in state.layers {
        switch layer {
        case .help(let help): renderHelp(&frame, theme: theme, scroll: help.scroll, keymap: state.keymap, untilTyping: help.untilTyping,
                                          counter: counter)
        case .topicList(let list): renderTopicList(&frame, state: state, list: list)
        case .compare(let view): renderCompare(&frame, state: state, view: view)
        case .searchPrompt(let prompt): renderPrompt(&frame, state: state, prompt: prompt, layout: layout, counter: counter)
        case .commandLine(let line): renderCommandLine(&frame, state: state, line: line, layout: layout, counter: counter)
        }
    }
}

func renderTooSmall(_ frame: inout Frame, theme: TerminalTheme) {
    let message = frame.width >= 18 ? "terminal too small" : "too small"
    let y = frame.height / 2
    frame.put(message, x: max(0, (frame.width - message.count) / 2), y: y, style: theme.style("ui.status.error"))
}

/// A pane's title bar: its label, date, which of several versions it is and, where there
/// is room, where the account comes from — shortened like the status line, with "…" where
/// something is cut.
func renderTitle(_ frame: inout Frame, state: ReaderState, pane: Layout.PaneFrame) {
    let document = state.documents[pane.version]
    let focused = pane.version == state.focus
    let style = state.theme.style(focused ? "ui.pane.title.focused" : "ui.pane.title")
    // The title spans the sentence-number margin too.
    let pane = Layout.PaneFrame(version: pane.version, x: pane.x - pane.margin, width: pane.width + pane.margin)
    frame.fill(x: pane.x, y: 0, count: pane.width, style: style)
    let position = state.documents.count > state.layout.panes.count ? "  [\(pane.version + 1)/\(state.documents.count)]" : nil
    // A label wider than the pane is its short name (`VersionNames`) at the room the pane has:
    // cut at its end, the titles of two translations or drafts would read the same (three
    // panes at 80 columns cut "Cabinet du Premier ministre (fr)" and "(en)" alike).
    let room = pane.width - 1 - (position.map(CellWidth.of) ?? 0)
    let label = CellWidth.of(document.label) <= room ? document.label
        : CellWidth.of(state.names[pane.version]) <= room ? state.names[pane.version]
        : VersionNames.short(state.documents.map(\.label), limit: max(6, room))[pane.version]
    var segments = [StatusSegment(label, priority: 90, isElastic: true, elasticMinimum: 6)]
    if let date = document.date, !date.isEmpty { segments.append(StatusSegment(" · " + date, priority: 60)) }
    if let position { segments.append(StatusSegment(position, priority: 95)) }
    // The source: where this account comes from — unless it only repeats the label, as a
    // file named on the command line does when it has no heading ("kremlin.md — kremlin.md").
    if let source = document.shownSource {
        // A web address by its host: its path filled the title (`WebAddressHost`).
        let shown = WebAddressHost.host(of: source) ?? source
        segments.append(StatusSegment(" — " + shown, priority: 40, scope: "source", isElastic: true, elasticMinimum: 12))
    }
    // A label too long for any room left is cut at its end rather than dropped.
    segments[0].forms.append(.init(StatusSegment.ellipsised(label, width: 6, atWord: false), StatusSegment.required))
    var sourceStyle = style
    sourceStyle.modifiers.remove(.bold)
    sourceStyle.modifiers.insert(.italic)
    for placed in StatusSegment.place(segments, width: pane.width, spacing: 0) {
        frame.put(placed.text, x: pane.x + placed.x, y: 0, style: segments[placed.segment].scope == "source" ? sourceStyle : style,
                  limit: pane.width - placed.x)
    }
}

func renderPane(_ frame: inout Frame, state: ReaderState, pane: Layout.PaneFrame, layout: Layout, rows: [PaneRow]) {
    let theme = state.theme
    let text = state.text(pane.version)
    if text.isEmpty {
        frame.put("(empty)", x: pane.x, y: layout.contentTop, style: theme.style("ui.empty"), limit: pane.width)
        return
    }
    let document = text.document
    let body = theme.style("ui.text")
    let heading = theme.style("ui.heading")
    let placeholder = theme.style("ui.placeholder")
    let topics = state.topics
    let marks = topics.map { $0.marks[pane.version] } ?? []
    let tints = state.tints(in: pane.version)
    // The current occurrence is drawn in reverse (not reversed where the focused topic
    // already is, as in `mono`): `]` between two occurrences of one sentence (where the
    // sentence's tint, the gutter and the focused topic's underline stay as they were)
    // shows which word it reached.
    let current = state.navigation.current.flatMap { $0.version == pane.version ? $0.index : nil }
    // In drafts of one text, what a draft changed (`changeTints`), under the passages' tints.
    let lines = rows.compactMap { row -> Range<Int>? in if case .line(_, _, let line) = row { return line.range } else { return nil } }
    let changes = lines.first.map { state.changeTints(in: pane.version, visible: $0.lowerBound..<(lines.last?.upperBound ?? $0.upperBound)) } ?? [][...]
    var changePosition = changes.startIndex
    for (index, row) in rows.enumerated() {
        guard case .line(let block, _, let line) = row else { continue }
        let style = document.blocks[block].isHeading ? heading : body
        let y = layout.contentTop + index
        var x = pane.x
        let limit = pane.x + pane.width
        var markPosition = topics.map { $0.firstMark(in: pane.version, endingAfter: line.range.lowerBound) } ?? 0
        RowGraphemes.forEach(in: document, line.range) { grapheme in
            guard grapheme.columns > 0 else { return true }
            let offset = grapheme.range.lowerBound
            var cellStyle = grapheme.isPlaceholder ? placeholder : style
            var isPlainText = !grapheme.isPlaceholder
            while markPosition < marks.count && marks[markPosition].range.upperBound <= offset { markPosition += 1 }
            if let topics, markPosition < marks.count, marks[markPosition].range.contains(offset) {
                cellStyle = state.style(of: marks[markPosition], in: topics)
                if markPosition == current { cellStyle.modifiers.formSymmetricDifference(.reverse) }
                isPlainText = false
            }
            while changePosition < changes.endIndex && changes[changePosition].range.upperBound <= offset { changePosition += 1 }
            let change = changePosition < changes.endIndex && changes[changePosition].range.contains(offset) ? changes[changePosition] : nil
            // A passage's tint, then what a draft changed: changed words over it (a `J` stop's
            // words show where the reader looks), a whole changed sentence only beside it.
            let tint = tints.isEmpty ? nil : tints.first(where: { $0.range.contains(offset) })
            if let tint { cellStyle = theme.tinted(cellStyle, by: tint.scope, isPlainText: isPlainText) }
            if let change, change.words || tint == nil {
                cellStyle = theme.tinted(cellStyle, by: "diff.change", isPlainText: isPlainText)
            }
            if x + grapheme.columns > limit { return false }
            frame.set(grapheme.glyph, columns: grapheme.columns, x: x, y: y, style: cellStyle)
            x += grapheme.columns
            return true
        }
    }
}

func renderGutter(_ frame: inout Frame, x: Int, width: Int, layout: Layout, theme: TerminalTheme) {
    let divider = theme.style("ui.divider")
    let gutter = theme.style("ui.gutter")
    for y in 0..<layout.statusRow {
        frame.fill(x: x, y: y, count: width, style: gutter)
        frame[x + Layout.dividerOffset, y] = Cell(y == 0 ? "┬" : "│", style: divider)
    }
}
