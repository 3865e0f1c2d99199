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

    /// The gutter mark at a screen cell: its version and index, if there is one.
    func gutterMark(x: Int, y: Int) -> (version: Int, index: Int)? {
        let layout = layout
        guard let index = topics, y >= layout.contentTop, y < layout.contentTop + layout.contentHeight,
            let slot = gutterSlot(atColumn: x)
        else { return nil }
        let version = layout.panes[slot].version
        let text = text(version)
        guard let position = text.step(panes[version].top, by: y - layout.contentTop, clamp: false),
            case .line(_, _, let line) = text.row(at: position),
            let shown = shownMark(marks(startingIn: line, of: version, index: index), of: version, index: index)
        else { return nil }
        return (version, shown)
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
/// a "+" beside it when the row starts more than one occurrence, and on the divider the
/// arrows of `partnerDirection`.
func renderTopicGutters(_ frame: inout Frame, state: ReaderState, layout: Layout, rows: [[PaneRow]]) {
    guard let index = state.topics else { return }
    let arrowStyle = state.theme.style("ui.link.arrow")
    let moreStyle = state.theme.style("ui.gutter")
    var visible: [Range<Int>] = []
    for (slot, pane) in layout.panes.enumerated() {
        let lines = rows[slot].compactMap { row -> WrappedLine? in if case .line(_, _, let line) = row { return line } else { return nil } }
        let start = state.panes[pane.version].anchor
        visible.append(start..<max(start, (lines.last?.range.upperBound ?? start) + 1))
    }
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
            if starting.count > 1 { frame[columns.more, y] = Cell("+", style: moreStyle) }
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
