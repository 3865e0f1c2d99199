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
        let gutter = state.layout.gutterX(after: 0)!
        let firstMark = index.marks[0][0]
        let row = state.row(of: firstMark.range.lowerBound, in: 0)!
        let cell = frame[gutter + 1, state.layout.contentTop + row]
        XCTAssertEqual(cell.text, String(index.symbol(of: firstMark.topic)))
        XCTAssertEqual(cell.style, Fixtures.theme.topic(index.slot(of: firstMark.topic)))
        let rightMark = index.marks[1][0]
        let rightRow = state.row(of: rightMark.range.lowerBound, in: 1)!
        XCTAssertEqual(frame[gutter + 3, state.layout.contentTop + rightRow].text, String(index.symbol(of: rightMark.topic)))
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
        let divider = state.layout.gutterX(after: 0)! + 2
        var arrows = 0
        for _ in 0..<40 {
            let frame = render(state)
            for y in 1..<13 where ["↗", "↘", "↖", "↙"].contains(frame[divider, y].text) {
                arrows += 1
                let fromLeft = ["↗", "↘"].contains(frame[divider, y].text)
                let (version, column) = fromLeft ? (0, divider - 1) : (1, divider + 1)
                guard let found = state.gutterMark(x: column, y: y) else { XCTFail("an arrow without a mark at row \(y)"); continue }
                let mark = index.marks[found.version][found.index]
                XCTAssertEqual(found.version, version)
                let id = index.analysis.topics[mark.topic].id
                XCTAssertFalse(index.analysis.topics[mark.topic].isOneSided, id)
                XCTAssertTrue(index.links(from: version, sentence: mark.sentence).contains { $0.link.topics.contains(id) }, id)
            }
            state.press(.character("j"))
        }
        XCTAssertGreaterThan(arrows, 0)
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
}
