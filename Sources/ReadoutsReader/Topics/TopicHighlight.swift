import ReadoutsThemes
import ReadoutsTopics

/// How topics look on screen: evidence words in the topic's colour (the focused topic
/// emphasised, the others toned down), a letter per topic in the gutter so colour is never
/// the only signal, and arrows toward linked passages that are off screen.
extension ReaderState {
    func style(of mark: TopicIndex.Mark, in index: TopicIndex) -> TerminalStyle {
        let state: TopicState
        if let focused = navigation.focusedTopic {
            state = focused == mark.topic ? .focused : .dimmed
        } else {
            state = .normal
        }
        return theme.topic(index.slot(of: mark.topic), state: state)
    }

    /// The first mark that starts on a row showing `line` of `version`.
    func mark(startingIn line: WrappedLine, of version: Int, index: TopicIndex) -> (Int, TopicIndex.Mark)? {
        let first = index.firstMark(in: version, startingAtOrAfter: line.range.lowerBound)
        guard first < index.marks[version].count else { return nil }
        let mark = index.marks[version][first]
        return mark.range.lowerBound < line.range.upperBound ? (first, mark) : nil
    }

    /// The mark covering `offset` in `version`, if any.
    func mark(at offset: Int, of version: Int, index: TopicIndex) -> Int? {
        var position = index.firstMark(in: version, endingAfter: offset)
        while position < index.marks[version].count {
            let mark = index.marks[version][position]
            if mark.range.lowerBound > offset { return nil }
            if mark.range.contains(offset) { return position }
            position += 1
        }
        return nil
    }

    /// An arrow toward a mark's best-linked partner in `other` when it is off screen:
    /// ↗ ↘ point from a left pane to the pane on its right, ↖ ↙ the other way.
    func partnerDirection(of mark: TopicIndex.Mark, from version: Int, to other: Int, otherIsRight: Bool,
                          visible: Range<Int>, index: TopicIndex) -> String? {
        guard let partner = index.links(from: version, sentence: mark.sentence).first(where: { $0.to.version == other }),
            let range = index.sentenceRange(other, partner.to.sentence)
        else { return nil }
        if range.upperBound <= visible.lowerBound { return otherIsRight ? "↗" : "↖" }
        if range.lowerBound >= visible.upperBound { return otherIsRight ? "↘" : "↙" }
        return nil
    }

    /// A click on a highlighted word focuses its topic.
    mutating func clickTopic(pane: Layout.PaneFrame, x: Int, y: Int) {
        guard let index = topics, let offset = offset(atColumn: x - pane.x, row: y - layout.contentTop, in: pane.version),
            let position = mark(at: offset, of: pane.version, index: index)
        else { return }
        navigation.current = .init(version: pane.version, index: position)
        navigation.focusedTopic = index.marks[pane.version][position].topic
        navigation.linkCycle = 0
    }

    /// The gutter mark at a screen cell: its version and index, if there is one.
    func gutterMark(x: Int, y: Int) -> (version: Int, index: Int)? {
        let layout = layout
        guard let index = topics, y >= layout.contentTop, y < layout.contentTop + layout.contentHeight else { return nil }
        for slot in layout.panes.indices {
            guard let gutter = layout.gutterX(after: slot) else { continue }
            let version: Int
            switch x - gutter {
            case 0, 1, 2: version = layout.panes[slot].version
            case 3, 4: version = layout.panes[slot + 1].version
            default: continue
            }
            let text = text(version)
            guard let position = text.step(panes[version].top, by: y - layout.contentTop, clamp: false),
                case .line(_, _, let line) = text.row(at: position),
                let (markIndex, _) = mark(startingIn: line, of: version, index: index)
            else { return nil }
            return (version, markIndex)
        }
        return nil
    }

    func isGutterMark(x: Int, y: Int) -> Bool { gutterMark(x: x, y: y) != nil }

    /// A click on a gutter mark shows the linked passage. Returns whether it was one.
    mutating func clickGutter(x: Int, y: Int) -> Bool {
        guard let index = topics, let (version, markIndex) = gutterMark(x: x, y: y) else { return false }
        if focus != version { moveFocus(to: version) }
        navigation.current = .init(version: version, index: markIndex)
        navigation.focusedTopic = index.marks[version][markIndex].topic
        navigation.lastCommandWasFollowLink = false
        followLink()
        return true
    }

    /// The scalar offset under a column of a content row of a pane.
    func offset(atColumn column: Int, row: Int, in version: Int) -> Int? {
        let text = text(version)
        guard row >= 0, let position = text.step(panes[version].top, by: row, clamp: false),
            case .line(_, _, let line) = text.row(at: position)
        else { return nil }
        var x = 0
        var offset = line.range.lowerBound
        for character in documents[version].string(line.range) {
            let width = max(1, CellWidth.of(character))
            if column < x + width { return offset }
            x += width
            offset += character.unicodeScalars.count
        }
        return nil
    }

    /// "B sanctions 2/3 · Kremlin, Maison Blanche": the focused topic for the status row.
    func focusedTopicSummary() -> String? {
        guard let index = topics, let topic = navigation.focusedTopic, index.analysis.topics.indices.contains(topic) else { return nil }
        let entry = index.analysis.topics[topic]
        let all = index.occurrencesByTopic[topic]
        let place = navigation.current.flatMap { all.firstIndex(of: $0) }.map { "\($0 + 1)/\(all.count)" } ?? "\(all.count)"
        let versions = entry.versions.filter { $0 < documents.count }.map { documents[$0].label }
        let presence = entry.isOneSided ? "only in " + (versions.first ?? "?") : versions.joined(separator: ", ")
        return "\(index.symbol(of: topic)) \(entry.label) \(place) · \(presence)"
    }
}

/// Draws each visible row's topic mark in the gutter beside its pane (the pane's right
/// gutter, or its left one for the last pane), and on the divider an arrow toward a
/// linked passage that is off screen in the neighbouring pane.
func renderTopicGutters(_ frame: inout Frame, state: ReaderState, layout: Layout, rows: [[PaneRow]]) {
    guard let index = state.topics, layout.panes.count > 1 else { return }
    let arrowStyle = state.theme.style("ui.link.arrow")
    var visible: [Range<Int>] = []
    for (slot, pane) in layout.panes.enumerated() {
        let lines = rows[slot].compactMap { row -> WrappedLine? in if case .line(_, _, let line) = row { return line } else { return nil } }
        let start = state.panes[pane.version].anchor
        visible.append(start..<max(start, (lines.last?.range.upperBound ?? start) + 1))
    }
    for (slot, pane) in layout.panes.enumerated() {
        let markX: Int
        if let gutter = layout.gutterX(after: slot) { markX = gutter + 1 } else { markX = pane.x - pane.margin - 2 }
        let neighbours = [slot - 1, slot + 1].filter { layout.panes.indices.contains($0) }
        for (row, paneRow) in rows[slot].enumerated() {
            guard case .line(_, _, let line) = paneRow, let (_, mark) = state.mark(startingIn: line, of: pane.version, index: index) else {
                continue
            }
            let y = layout.contentTop + row
            frame[markX, y] = Cell(String(index.symbol(of: mark.topic)), style: state.style(of: mark, in: index))
            for neighbour in neighbours {
                let other = layout.panes[neighbour]
                guard let arrow = state.partnerDirection(of: mark, from: pane.version, to: other.version, otherIsRight: neighbour > slot,
                                                         visible: visible[neighbour], index: index),
                    let gutter = layout.gutterX(after: min(slot, neighbour))
                else { continue }
                if frame[gutter + 2, y].text == "│" { frame[gutter + 2, y] = Cell(arrow, style: arrowStyle) }
            }
        }
    }
}
