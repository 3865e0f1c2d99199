import ReadoutsThemes
import XCTest
@testable import ReadoutsReader

/// Topic highlighting as drawn: evidence words in the topic colour, the same in every
/// pane; the focused topic emphasised, the others toned down; letters in the gutter.
final class HighlightTests: XCTestCase {
    /// The cells of a pane whose scalar offsets fall in `range`.
    func cells(_ frame: Frame, _ state: ReaderState, version: Int, range: Range<Int>) -> [Cell] {
        guard let pane = state.layout.panes.first(where: { $0.version == version }) else { return [] }
        var result: [Cell] = []
        for row in 0..<state.layout.contentHeight {
            for column in 0..<pane.width {
                if let offset = state.offset(atColumn: column, row: row, in: version), range.contains(offset) {
                    result.append(frame[pane.x + column, state.layout.contentTop + row])
                }
            }
        }
        return result
    }

    func testEvidenceWordsAreColouredAlikeInBothPanesAndPlainTextIsNot() {
        let state = Fixtures.bundledState(width: 140, height: 60)
        let frame = render(state)
        let index = state.topics!
        let ukraine = index.analysis.topics.firstIndex { $0.id == "ukraine" }!
        let expected = Fixtures.theme.topic(index.slot(of: ukraine))
        for version in 0..<2 {
            let mark = index.marks[version].first { $0.topic == ukraine }!
            let drawn = cells(frame, state, version: version, range: mark.range)
            XCTAssertFalse(drawn.isEmpty)
            XCTAssertTrue(drawn.allSatisfy { $0.style == expected }, "version \(version)")
        }
        XCTAssertEqual(frame[0, 1].style, Fixtures.theme.style("ui.text"), "words outside evidence stay plain")
        let slots = Set(index.analysis.topics.indices.map { index.slot(of: $0) })
        XCTAssertEqual(slots.count, index.analysis.topics.count, "every topic has its own colour slot")
    }

    func testFocusedTopicStandsOutAndOthersAreTonedDown() {
        var state = Fixtures.bundledState(width: 140, height: 60)
        state.press(.character("]"))
        let frame = render(state)
        let index = state.topics!
        let focused = state.navigation.focusedTopic!
        for version in 0..<2 {
            for mark in index.marks[version] {
                let style = cells(frame, state, version: version, range: mark.range).first?.style
                guard let style else { continue }
                let expected = Fixtures.theme.topic(index.slot(of: mark.topic), state: mark.topic == focused ? .focused : .dimmed)
                XCTAssertEqual(style, expected)
            }
        }
        XCTAssertTrue(Fixtures.theme.topic(0, state: .focused).modifiers.contains(.bold))
    }

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

    func testArrowsPointToOffScreenPartners() {
        let state = Fixtures.bundledState(width: 120, height: 14)
        let frame = render(state)
        let divider = state.layout.gutterX(after: 0)! + 2
        let column = (1..<13).map { frame[divider, $0].text }
        XCTAssertTrue(column.contains { ["↗", "↘", "↖", "↙"].contains($0) }, "\(column)")
    }

    func testClickOnAHighlightedWordFocusesItsTopic() {
        var state = Fixtures.bundledState(width: 140, height: 60)
        let index = state.topics!
        let mark = index.marks[1][0]
        let row = state.row(of: mark.range.lowerBound, in: 1)!
        let pane = state.layout.panes[1]
        var column = 0
        while state.offset(atColumn: column, row: row, in: 1) != mark.range.lowerBound { column += 1 }
        state.apply(.mouse(MouseEvent(.press, x: pane.x + column, y: state.layout.contentTop + row)))
        XCTAssertEqual(state.navigation.focusedTopic, mark.topic)
        XCTAssertEqual(state.focus, 1)
    }

    func testTopicsKeepTheirColoursAsResultsStreamIn() {
        var state = Fixtures.bundledState(analysed: false)
        let full = Fixtures.bundledAnalysis
        var partial = full
        partial.topics = Array(full.topics.suffix(3))
        state.apply(.topics(TopicIndex(partial, documents: Fixtures.bundled), progress: 0.5))
        let early = state.topics!.slots
        let firstColours = early.keys.map { id in state.theme.topic(early[id]!) }
        state.apply(.topics(TopicIndex(full, documents: Fixtures.bundled, slots: early), progress: 1))
        for (id, slot) in early { XCTAssertEqual(state.topics!.slots[id], slot, id) }
        XCTAssertEqual(early.keys.map { id in state.theme.topic(state.topics!.slots[id]!) }, firstColours)
        XCTAssertEqual(Set(state.topics!.slots.values).count, full.topics.count, "every topic has its own slot")
    }
}

final class TopicIndexTests: XCTestCase {
    func testOverlappingOccurrencesAreMadeDisjointInReadingOrder() {
        typealias Mark = TopicIndex.Mark
        let marks = [Mark(topic: 0, sentence: 0, range: 10..<30), Mark(topic: 1, sentence: 0, range: 12..<20),
                     Mark(topic: 2, sentence: 0, range: 25..<40), Mark(topic: 3, sentence: 0, range: 0..<5)]
        let disjoint = TopicIndex.disjoint(marks)
        XCTAssertEqual(disjoint.map(\.topic), [3, 0, 2])
        XCTAssertEqual(disjoint.map(\.range), [0..<5, 10..<30, 30..<40])
    }
}
