import ReadoutsTopics

/// The gutter beside each pane: a letter for every row where an occurrence starts, so
/// colour is never the only signal (a "+" beside it when the row starts more than one),
/// and on the divider an arrow from a mark whose topic is linked toward the linked
/// passage when that is off screen in the neighbouring pane.
extension ReaderState {
    /// The marks (indices into the version's marks) that start on a row showing `line`.
    func marks(startingIn line: WrappedLine, of version: Int, index: TopicIndex) -> Range<Int> {
        let first = index.firstMark(in: version, startingAtOrAfter: line.range.lowerBound)
        return first..<max(first, index.firstMark(in: version, startingAtOrAfter: line.range.upperBound))
    }

    /// The mark the gutter shows for a row's marks: the current occurrence, else the focused
    /// topic's, else the first.
    func shownMark(_ marks: Range<Int>, of version: Int, index: TopicIndex) -> Int? {
        guard !marks.isEmpty else { return nil }
        if let current = navigation.current, current.version == version, marks.contains(current.index) { return current.index }
        if let focused = navigation.focusedTopic, let match = marks.first(where: { index.marks[version][$0].topic == focused }) {
            return match
        }
        return marks.lowerBound
    }

    /// An arrow toward the passage linked to a mark through its own topic, in `other`, when
    /// that passage is off screen: ↗ ↘ point from a left pane to the pane on its right, ↖ ↙
    /// the other way. Nil for a topic the link does not carry (a one-sided one, say).
    func partnerDirection(of mark: TopicIndex.Mark, from version: Int, to other: Int, otherIsRight: Bool,
                          visible: Range<Int>, index: TopicIndex) -> String? {
        let id = index.analysis.topics[mark.topic].id
        guard let partner = index.links(from: version, sentence: mark.sentence).first(where: { $0.to.version == other && $0.link.topics.contains(id) }),
            let range = index.sentenceRange(other, partner.to.sentence)
        else { return nil }
        if range.upperBound <= visible.lowerBound { return otherIsRight ? "↗" : "↖" }
        if range.lowerBound >= visible.upperBound { return otherIsRight ? "↘" : "↙" }
        return nil
    }

    /// The visible pane whose gutter holds column `x`: a gutter's columns up to its divider
    /// (a blank, the "+", marks and the divider) belong to the pane on its left, the rest to the right.
    func gutterSlot(atColumn x: Int) -> Int? {
        let layout = layout
        if layout.panes.count == 1 { return x >= layout.panes[0].x + layout.panes[0].width ? 0 : nil }
        for slot in layout.panes.indices {
            guard let gutter = layout.gutterX(after: slot) else { continue }
            let divider = gutter + Layout.dividerOffset
            if x >= gutter && x <= divider { return slot }
            if x > divider && x < gutter + layout.gutterWidth(after: slot) { return slot + 1 }
        }
        return nil
    }

    /// The gutter mark at a screen cell: its version and index, if there is one. On a
    /// divider, the mark whose arrow is drawn there (the left pane's first, as drawn), so
    /// the arrow, which is what looks clickable, does what its letter does.
    func gutterMark(x: Int, y: Int) -> (version: Int, index: Int)? {
        let layout = layout
        guard let index = topics, y >= layout.contentTop, y < layout.contentTop + layout.contentHeight,
            let slot = gutterSlot(atColumn: x)
        else { return nil }
        if let divider = layout.dividerX(after: slot), x == divider {
            return arrowMark(between: slot, and: slot + 1, row: y - layout.contentTop, index: index)
        }
        return shownMark(inSlot: slot, row: y - layout.contentTop, index: index).map { (layout.panes[slot].version, $0) }
    }

    /// The mark the gutter shows on content row `row` of visible pane `slot`.
    private func shownMark(inSlot slot: Int, row: Int, index: TopicIndex) -> Int? {
        let version = layout.panes[slot].version
        let text = text(version)
        guard let position = text.step(panes[version].top, by: row, clamp: false),
            case .line(_, _, let line) = text.row(at: position)
        else { return nil }
        return shownMark(marks(startingIn: line, of: version, index: index), of: version, index: index)
    }

    /// The mark whose arrow sits on the divider between visible panes `left` and `right`
    /// on content row `row`, if one is drawn there.
    private func arrowMark(between left: Int, and right: Int, row: Int, index: TopicIndex) -> (version: Int, index: Int)? {
        let layout = layout
        guard layout.panes.indices.contains(right) else { return nil }
        for (from, to) in [(left, right), (right, left)] {
            let version = layout.panes[from].version, other = layout.panes[to].version
            guard let shown = shownMark(inSlot: from, row: row, index: index) else { continue }
            let rows = text(other).rows(from: panes[other].top, count: layout.contentHeight)
            if partnerDirection(of: index.marks[version][shown], from: version, to: other, otherIsRight: to > from,
                                visible: visibleRange(of: rows, startingAt: panes[other].anchor), index: index) != nil {
                return (version, shown)
            }
        }
        return nil
    }

    func isGutterMark(x: Int, y: Int) -> Bool { gutterMark(x: x, y: y) != nil }

    /// A click on a gutter mark makes its occurrence current and shows the linked passage
    /// (a mark in a heading only focuses its topic). Returns whether it was one.
    mutating func clickGutter(x: Int, y: Int) -> Bool {
        guard let index = topics, let (version, markIndex) = gutterMark(x: x, y: y) else { return false }
        if focus != version { moveFocus(to: version) }
        let mark = index.marks[version][markIndex]
        navigation.focusedTopic = mark.topic
        guard !index.isHeading(version, sentence: mark.sentence) else {
            navigation.current = nil
            return true
        }
        navigation.current = .init(version: version, index: markIndex)
        reading.matchIsNewer = false
        navigation.linkCycle = 0
        navigation.lastCommandWasFollowLink = false
        followLink()
        return true
    }
}

/// Draws each visible row's topic mark in its pane's mark column (`Layout.markColumns`),
/// a "*" beside the current occurrence's, else a "+" when the row starts more than one
/// occurrence, and on the divider the arrows of `partnerDirection`.
func renderTopicGutters(_ frame: inout Frame, state: ReaderState, layout: Layout, rows: [[PaneRow]]) {
    guard let index = state.topics else { return }
    let arrowStyle = state.theme.style("ui.link.arrow")
    let moreStyle = state.theme.style("ui.gutter")
    var currentStyle = moreStyle
    currentStyle.modifiers.insert(.bold)
    let visible = layout.panes.enumerated().map { slot, pane in visibleRange(of: rows[slot], startingAt: state.panes[pane.version].anchor) }
    for (slot, pane) in layout.panes.enumerated() {
        guard let columns = layout.markColumns(of: slot) else { continue }
        let neighbours = [slot - 1, slot + 1].filter { layout.panes.indices.contains($0) }
        for (row, paneRow) in rows[slot].enumerated() {
            guard case .line(_, _, let line) = paneRow else { continue }
            let starting = state.marks(startingIn: line, of: pane.version, index: index)
            guard let shown = state.shownMark(starting, of: pane.version, index: index) else { continue }
            let mark = index.marks[pane.version][shown]
            let y = layout.contentTop + row
            frame[columns.mark, y] = Cell(String(index.symbol(of: mark.topic)), style: state.style(of: mark, in: index))
            // The current occurrence's row says so in the gutter too: its tint alone was lost
            // on a dim screen and in a plain capture (a student could not find it without
            // reading the colour codes). It takes the place of "+".
            if let current = state.navigation.current, current.version == pane.version, shown == current.index {
                frame[columns.more, y] = Cell("*", style: currentStyle)
            } else if starting.count > 1 {
                frame[columns.more, y] = Cell("+", style: moreStyle)
            }
            for neighbour in neighbours {
                let other = layout.panes[neighbour]
                guard let arrow = state.partnerDirection(of: mark, from: pane.version, to: other.version, otherIsRight: neighbour > slot,
                                                         visible: visible[neighbour], index: index),
                    let divider = layout.dividerX(after: min(slot, neighbour))
                else { continue }
                if frame[divider, y].text == "│" { frame[divider, y] = Cell(arrow, style: arrowStyle) }
            }
        }
    }
}

/// The text a pane's rows show, from its anchor to the end of its last line: where a
/// linked passage counts as on screen.
func visibleRange(of rows: [PaneRow], startingAt start: Int) -> Range<Int> {
    let last = rows.last { if case .line = $0 { return true } else { return false } }
    guard case .line(_, _, let line)? = last else { return start..<start + 1 }
    return start..<max(start, line.range.upperBound + 1)
}
