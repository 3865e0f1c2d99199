import ReadoutsThemes
import XCTest
@testable import ReadoutsReader

/// Topic highlighting as drawn: evidence words in the topic colour, the same in every
/// pane; the focused topic emphasised, the others toned down; letters in the gutter.
final class HighlightTests: XCTestCase {
    func cells(_ frame: Frame, _ state: ReaderState, version: Int, range: Range<Int>) -> [Cell] {
        state.cells(in: frame, version: version, range: range)
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
        let current = state.navigation.current!
        for version in 0..<2 {
            let tints = state.tints(in: version)
            for (position, mark) in index.marks[version].enumerated() {
                let style = cells(frame, state, version: version, range: mark.range).first?.style
                guard let style else { continue }
                var expected = Fixtures.theme.topic(index.slot(of: mark.topic), state: mark.topic == focused ? .focused : .dimmed)
                if let tint = tints.first(where: { $0.range.contains(mark.range.lowerBound) }) {
                    expected = Fixtures.theme.tinted(expected, by: tint.scope, isPlainText: false)
                }
                // The occurrence `]` reached is drawn in reverse besides (`CurrentOccurrenceTests`).
                if current.version == version && current.index == position { expected.modifiers.insert(.reverse) }
                XCTAssertEqual(style, expected)
            }
        }
        XCTAssertTrue(Fixtures.theme.topic(0, state: .focused).modifiers.contains(.bold))
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

    /// With NO_COLOR every topic word is underlined and the focused topic's words are
    /// stronger still, while plain words carry no attribute.
    func testWithoutColourTopicWordsAreUnderlined() throws {
        let theme = TerminalTheme(theme: try ThemeLibrary(userDirectory: nil).load(named: "default"), tier: .none)
        var state = ReaderState(documents: Fixtures.bundled, width: 140, height: 60, theme: theme)
        state.apply(.topics(TopicIndex(Fixtures.bundledAnalysis, documents: Fixtures.bundled), progress: 1))
        let index = state.topics!
        let frame = render(state)
        for mark in index.marks[0] {
            XCTAssertTrue(cells(frame, state, version: 0, range: mark.range).allSatisfy { $0.style.modifiers.contains(.underline) })
        }
        XCTAssertEqual(frame[0, 1].style.modifiers, [], "plain text stays plain")
        state.press(.character("]"))
        let focused = index.marks[0][state.navigation.current!.index]
        let drawn = cells(render(state), state, version: 0, range: focused.range)
        XCTAssertTrue(drawn.allSatisfy { $0.style.modifiers.isStrictSuperset(of: [.underline]) }, "\(drawn.map(\.style))")
    }
}

final class TopicIndexTests: XCTestCase {
    func testOverlappingOccurrencesAreMadeDisjointInReadingOrder() {
        typealias Mark = TopicIndex.Mark
        let marks = [Mark(topic: 0, sentence: 0, range: 10..<30), Mark(topic: 1, sentence: 0, range: 12..<20),
                     Mark(topic: 2, sentence: 0, range: 25..<40), Mark(topic: 3, sentence: 0, range: 0..<5)]
        var disjoint = marks
        TopicIndex.makeDisjoint(&disjoint)
        XCTAssertEqual(disjoint.map(\.topic), [3, 0, 2])
        XCTAssertEqual(disjoint.map(\.range), [0..<5, 10..<30, 30..<40])
    }
}
