import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// The gutter: a mark beside every row where an occurrence starts ("+" when several do),
/// arrows only from marks whose topic is linked, in two panes and in one.
final class GutterTests: XCTestCase {
    func testGutterCarriesALetterPerTopicBesideItsRow() {
        let state = Fixtures.bundledState(width: 140, height: 60)
        let frame = render(state)
        let index = state.topics!
        let divider = state.layout.dividerX(after: 0)!
        let firstMark = index.marks[0][0]
        let row = state.row(of: firstMark.range.lowerBound, in: 0)!
        let cell = frame[divider - 1, state.layout.contentTop + row]
        XCTAssertEqual(cell.text, String(index.symbol(of: firstMark.topic)))
        XCTAssertEqual(cell.style, Fixtures.theme.topic(index.slot(of: firstMark.topic)))
        let rightMark = index.marks[1][0]
        let rightRow = state.row(of: rightMark.range.lowerBound, in: 1)!
        XCTAssertEqual(frame[divider + 1, state.layout.contentTop + rightRow].text, String(index.symbol(of: rightMark.topic)))
    }

    /// Every row where an occurrence starts has a mark, in both panes and in a pane shown
    /// alone; a row where several start has a "+" beside it, and only such a row.
    func testEveryOccurrenceStartHasAMarkAndSeveralAPlus() {
        for (width, height) in [(140, 60), (60, 60)] {
            let state = Fixtures.bundledState(width: width, height: height)
            let frame = render(state)
            let index = state.topics!
            var plusses = 0
            for (slot, pane) in state.layout.panes.enumerated() {
                let columns = state.layout.markColumns(of: slot)!
                let rows = state.text(pane.version).rows(from: state.panes[pane.version].top, count: state.layout.contentHeight)
                for (row, paneRow) in rows.enumerated() {
                    guard case .line(_, _, let line) = paneRow else { continue }
                    let starts = index.marks[pane.version].filter { line.range.contains($0.range.lowerBound) }
                    let y = state.layout.contentTop + row
                    XCTAssertEqual(frame[columns.mark, y].text == " ", starts.isEmpty, "\(width): row \(row) of pane \(slot)")
                    if let first = starts.first {
                        XCTAssertEqual(frame[columns.mark, y].text, String(index.symbol(of: first.topic)))
                    }
                    XCTAssertEqual(frame[columns.more, y].text == "+", starts.count > 1, "\(width): row \(row) of pane \(slot)")
                    if starts.count > 1 { plusses += 1 }
                }
            }
            XCTAssertGreaterThanOrEqual(plusses, 2, "\(width): the readouts have rows that start several occurrences")
        }
    }

    /// A gutter mark and its "+" keep a blank cell between them and the text, on either side
    /// of the divider and beside a pane shown alone: at 70 columns the Kremlin's heading
    /// read "Ukraine – sanctions et garanties+B│", and "│F+leurs" at odd widths.
    func testAGutterMarkNeverTouchesTheText() {
        for width in [60, 63, 69, 70, 71, 80, 100, 101] {
            var state = Fixtures.bundledState(width: width, height: 24)
            let layout = state.layout
            var marked = 0, besideFullRows = 0
            for _ in 0..<20 {
                let frame = render(state)
                for y in layout.contentTop..<layout.contentTop + layout.contentHeight {
                    for slot in layout.panes.indices {
                        let columns = layout.markColumns(of: slot)!
                        guard frame[columns.mark, y].text != " " else { continue }
                        marked += 1
                        // The text is on the "+" side of a pane left of a divider, on the mark's side otherwise.
                        let textIsLeft = columns.more < columns.mark || layout.panes.count == 1
                        let between = layout.panes.count == 1 ? columns.mark - 1 : textIsLeft ? columns.more - 1 : columns.more + 1
                        XCTAssertEqual(frame[between, y].text, " ", "\(width) columns, row \(y): \(frame.row(y))")
                        let text = textIsLeft ? between - 1 : between + 1
                        if frame[text, y].text != " " { besideFullRows += 1 }
                    }
                }
                state.press(.character(" "))
            }
            XCTAssertGreaterThan(marked, 20, "\(width) columns")
            XCTAssertGreaterThan(besideFullRows, 0, "\(width) columns: some marked rows' text runs to the pane's edge")
        }
    }

    /// The focused topic's mark is the one shown on a row that starts several.
    func testTheFocusedTopicsMarkIsShownFirst() {
        var state = Fixtures.bundledState(width: 140, height: 60)
        let index = state.topics!
        let line = state.text(1).rows(from: .top, count: 40).compactMap { row -> WrappedLine? in
            if case .line(_, _, let line) = row { return line } else { return nil }
        }.first { line in index.marks[1].filter { line.range.contains($0.range.lowerBound) }.count > 1 }!
        let second = index.marks[1].filter { line.range.contains($0.range.lowerBound) }[1]
        state.navigation.focusedTopic = second.topic
        let y = state.layout.contentTop + state.row(of: line.range.lowerBound, in: 1)!
        XCTAssertEqual(render(state)[state.layout.markColumns(of: 1)!.mark, y].text, String(index.symbol(of: second.topic)))
    }

    /// A divider arrow starts only at a mark whose own topic is linked: never beside a
    /// one-sided topic's mark, and it points toward that link's passage.
    func testArrowsComeOnlyFromLinkedMarks() {
        var state = Fixtures.bundledState(width: 120, height: 14)
        state.press(.character("F"))
        let index = state.topics!
        let divider = state.layout.dividerX(after: 0)!
        let arrows = arrowsPageByPage(state, divider: divider)
        for (state, y, fromLeft) in arrows {
            let (version, column) = fromLeft ? (0, divider - 1) : (1, divider + 1)
            guard let found = state.gutterMark(x: column, y: y) else { XCTFail("an arrow without a mark at row \(y)"); continue }
            let mark = index.marks[found.version][found.index]
            XCTAssertEqual(found.version, version)
            let id = index.analysis.topics[mark.topic].id
            XCTAssertFalse(index.analysis.topics[mark.topic].isOneSided, id)
            XCTAssertTrue(index.links(from: version, sentence: mark.sentence).contains { $0.link.topics.contains(id) }, id)
        }
        XCTAssertGreaterThan(arrows.count, 0)
    }

    /// Clicking a mark in a pane shown alone makes its occurrence current.
    func testAMarkInASinglePaneGutterIsClickable() {
        var state = Fixtures.bundledState(width: 60, height: 30)
        let index = state.topics!
        let first = index.marks[0].first { !index.isHeading(0, sentence: $0.sentence) }!
        let y = state.layout.contentTop + state.row(of: first.range.lowerBound, in: 0)!
        state.apply(.mouse(MouseEvent(.press, x: state.layout.markColumns(of: 0)!.mark, y: y)))
        XCTAssertEqual(state.navigation.focusedTopic, first.topic)
        XCTAssertNotNil(state.navigation.current)
    }

    /// Clicking a divider arrow acts as clicking the mark it comes from: that occurrence
    /// becomes current and its linked passage is brought into view (a student clicked the
    /// arrow, which looks clickable, and nothing happened).
    func testClickingAnArrowFollowsItsMarksLink() {
        var state = Fixtures.bundledState(width: 120, height: 14)
        state.press(.character("F"))
        let index = state.topics!
        let divider = state.layout.dividerX(after: 0)!
        let arrows = arrowsPageByPage(state, divider: divider)
        for (state, y, fromLeft) in arrows {
            var clicking = state
            clicking.apply(.mouse(MouseEvent(.press, x: divider, y: y)))
            guard let current = clicking.navigation.current else { XCTFail("row \(y): the arrow did nothing"); continue }
            XCTAssertEqual(current.version, fromLeft ? 0 : 1, "row \(y)")
            let mark = index.marks[current.version][current.index]
            XCTAssertEqual(state.row(of: mark.range.lowerBound, in: current.version).map { state.layout.contentTop + $0 }, y)
            let other = 1 - current.version
            let partners = index.links(from: current.version, sentence: mark.sentence).filter { $0.to.version == other }
            XCTAssertTrue(partners.contains { clicking.row(of: index.sentenceRange(other, $0.to.sentence)!.lowerBound, in: other) != nil },
                          "row \(y): no linked passage was brought into view")
        }
        XCTAssertGreaterThan(arrows.count, 3)
    }

    /// The divider's arrows on the 40 screens `j` pages through from `start` (panes 14 rows
    /// high), each with the state it was drawn from, its row, and whether it comes from the
    /// left pane's mark.
    private func arrowsPageByPage(_ start: ReaderState, divider: Int) -> [(state: ReaderState, y: Int, fromLeft: Bool)] {
        var state = start
        var found: [(state: ReaderState, y: Int, fromLeft: Bool)] = []
        for _ in 0..<40 {
            let frame = render(state)
            for y in 1..<13 where ["↗", "↘", "↖", "↙"].contains(frame[divider, y].text) {
                found.append((state, y, ["↗", "↘"].contains(frame[divider, y].text)))
            }
            state.press(.character("j"))
        }
        return found
    }

    /// The current occurrence's row carries a "*" in its gutter, and no other row does: its
    /// tint alone was lost in a plain capture and on a dim screen (a student could not find
    /// the current passage without reading the colour codes).
    func testTheCurrentOccurrencesRowHasAStar() throws {
        var state = Fixtures.bundledState(width: 140, height: 60)
        XCTAssertFalse(render(state).lines.joined().contains("*"), "no current occurrence yet, no star")
        state.press(.character("]"))
        state.press(.character("]"))
        let index = try XCTUnwrap(state.topics)
        let current = try XCTUnwrap(state.navigation.current)
        let frame = render(state)
        let slot = try XCTUnwrap(state.layout.panes.firstIndex { $0.version == current.version })
        let columns = try XCTUnwrap(state.layout.markColumns(of: slot))
        let row = try XCTUnwrap(state.row(of: index.marks[current.version][current.index].range.lowerBound, in: current.version))
        XCTAssertEqual(frame[columns.more, state.layout.contentTop + row].text, "*")
        XCTAssertEqual(frame[columns.mark, state.layout.contentTop + row].text, String(index.symbol(of: index.marks[current.version][current.index].topic)))
        let stars = (0..<frame.height).flatMap { y in (0..<frame.width).filter { frame[$0, y].text == "*" }.map { ($0, y) } }
        XCTAssertEqual(stars.count, 1, "one star: \(stars)")
    }
}
