import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// The navigation model on the bundled readouts, with the real topic engine's analysis.
final class NavigationTests: XCTestCase {
    var analysis: Analysis { Fixtures.bundledAnalysis }

    func occurrences(_ version: Int) -> [(topic: String, occurrence: Analysis.Occurrence)] {
        analysis.occurrences(inVersion: version)
    }

    /// Enter and the gutter arrows read the index's flat link table: every link of the
    /// analysis must be found from both of its sentences, strongest first, and no other.
    func testEverySentenceFindsExactlyItsLinksStrongestFirst() {
        let index = Fixtures.bundledState().topics!
        XCTAssertFalse(analysis.links.isEmpty)
        for version in analysis.versions.indices {
            for sentence in analysis.versions[version].sentences.indices {
                let found = index.links(from: version, sentence: sentence)
                let expected = analysis.links.filter {
                    ($0.from.version == version && $0.from.sentence == sentence) || ($0.to.version == version && $0.to.sentence == sentence)
                }
                XCTAssertEqual(found.map(\.link.score), found.map(\.link.score).sorted(by: >), "strongest first")
                XCTAssertEqual(Set(found.map { "\($0.link.from)-\($0.link.to)" }), Set(expected.map { "\($0.from)-\($0.to)" }))
                XCTAssertTrue(found.allSatisfy { $0.to != Analysis.SentenceRef(version: version, sentence: sentence) }, "the other end")
            }
        }
        XCTAssertTrue(index.links(from: 0, sentence: 10_000).isEmpty)
    }

    func testBracketFromTheTopLandsOnTheFirstOccurrenceOfTheKremlinPane() {
        var state = Fixtures.bundledState()
        state.press(.character("]"))
        let first = occurrences(0).min { $0.occurrence.range.lowerBound < $1.occurrence.range.lowerBound }!
        let current = state.navigation.current!
        XCTAssertEqual(current.version, 0)
        XCTAssertEqual(state.topics!.marks[0][current.index].range, first.occurrence.range)
        XCTAssertEqual(analysis.topics[state.navigation.focusedTopic!].id, first.topic)
        XCTAssertTrue(render(state).row(state.height - 1).contains(analysis.topic(id: first.topic)!.label), "the status line names the topic")
    }

    func testBracketsStepInReadingOrderAndWrap() {
        var state = Fixtures.bundledState()
        var offsets: [Int] = []
        for _ in 0..<state.topics!.marks[0].count {
            state.press(.character("]"))
            offsets.append(state.topics!.marks[0][state.navigation.current!.index].range.lowerBound)
        }
        XCTAssertEqual(offsets, offsets.sorted(), "reading order")
        state.press(.character("]"))
        XCTAssertEqual(state.navigation.current!.index, 0)
        XCTAssertEqual(state.message, "wrapped to the first topic")
        state.press(.character("["))
        XCTAssertEqual(state.navigation.current!.index, state.topics!.marks[0].count - 1)
    }

    func testEnterOnTheTroopBuildUpBringsTheWhiteHouseSentenceIntoView() {
        var state = Fixtures.bundledState(width: 120, height: 12)
        let troops = analysis.topics.firstIndex { $0.id == "troops" }!
        // Step to the troop occurrence in the Kremlin pane.
        var steps = 0
        repeat {
            state.press(.character("]"))
            steps += 1
        } while state.navigation.focusedTopic != troops && steps < 100
        XCTAssertEqual(state.navigation.focusedTopic, troops)
        state.press(.enter)
        let mark = state.topics!.marks[0][state.navigation.current!.index]
        let row = state.row(of: mark.range.lowerBound, in: 0)
        let partnerRow = state.paneText(1).firstIndex { $0.contains("renforcement des forces russes") }
            ?? state.paneText(1).firstIndex { $0.contains("renforcement") }
        XCTAssertNotNil(partnerRow, "the White House sentence is on screen: \(state.paneText(1))")
        let sentence = state.topics!.sentenceRange(1, state.topics!.links(from: 0, sentence: mark.sentence).first { $0.to.version == 1 }!.to.sentence)!
        let aligned = state.row(of: sentence.lowerBound, in: 1)!
        // At the same screen row, unless the White House text cannot scroll that far down.
        XCTAssertTrue(aligned == row || (state.panes[1].top == .top && aligned < row!), "\(aligned) vs \(row!)")
    }

    func testRepeatedEnterCyclesThroughLinksAndBackspaceReturns() {
        var state = Fixtures.bundledState(width: 120, height: 12)
        // A Kremlin sentence with more than one linked White House sentence, if any.
        let index = state.topics!
        guard let (position, _) = index.marks[1].enumerated().first(where: { index.links(from: 1, sentence: $0.element.sentence).count > 1 })
        else { return XCTFail("the bundled readouts have a sentence with two links") }
        let before = state.panes.map(\.anchor)
        state.go(to: .init(version: 1, index: position))
        state.press(.enter)
        XCTAssertTrue(state.message!.contains("link 1/"))
        state.press(.enter)
        XCTAssertTrue(state.message!.contains("link 2/"), state.message!)
        state.press(.backspace, .backspace)
        XCTAssertEqual(state.panes.map(\.anchor), before, "back where we were")
    }

    func testNextTopicAndTopicList() {
        var state = Fixtures.bundledState()
        state.press(.character("}"))
        let first = state.navigation.focusedTopic
        state.press(.character("}"))
        XCTAssertNotEqual(state.navigation.focusedTopic, first)
        state.press(.character("{"))
        XCTAssertEqual(state.navigation.focusedTopic, first)

        state.press(.character("t"))
        XCTAssertNotNil(state.topicList)
        let frame = render(state)
        let text = (0..<state.height).map(frame.row).joined(separator: "\n")
        for topic in analysis.topics { XCTAssertTrue(text.contains(topic.label), topic.label) }
        state.type("minsk")
        XCTAssertEqual(state.topicList!.rows(state.topics!).count, 1)
        state.press(.enter)
        XCTAssertNil(state.topicList)
        XCTAssertEqual(analysis.topics[state.navigation.focusedTopic!].id, "minsk")
    }

    func testOneSidedStepsThroughTopicsOnlyOneVersionHas() {
        var state = Fixtures.bundledState()
        var seen = Set<String>()
        for _ in 0..<20 {
            state.press(.character("o"))
            let topic = analysis.topics[state.navigation.focusedTopic!]
            XCTAssertTrue(topic.isOneSided, topic.label)
            XCTAssertTrue(state.message!.hasPrefix("only in "), state.message!)
            seen.insert(topic.id)
        }
        XCTAssertTrue(seen.isSuperset(of: ["minsk", "nato", "diplomatic-missions", "geneva", "ww2"]), "\(seen)")
    }

    func testFollowModeAlignsTheOtherPaneWhenScrolling() {
        var state = Fixtures.bundledState(width: 120, height: 10)
        XCTAssertTrue(state.navigation.follows, "on by default with two panes")
        var moved = false
        for _ in 0..<40 {
            state.press(.character("j"))
            if state.panes[1].top != .top { moved = true; break }
        }
        XCTAssertTrue(moved, "scrolling the Kremlin pane moved the White House pane to a linked passage")
        state.press(.character("F"))
        XCTAssertFalse(state.navigation.follows)
        let right = state.panes[1].anchor
        for _ in 0..<10 { state.press(.character("j")) }
        XCTAssertEqual(state.panes[1].anchor, right, "with follow off the other pane stays put")
    }

    func testCompareViewMarksSharedAndOwnWords() {
        var state = Fixtures.bundledState()
        let troops = analysis.topics.firstIndex { $0.id == "troops" }!
        state.goToTopic(troops)
        state.press(.character("c"))
        let view = state.compareView!
        XCTAssertEqual(view.sides.count, 2)
        func words(_ side: CompareView.Side, _ ranges: [Range<Int>]) -> [String] {
            let scalars = Array(side.text.unicodeScalars)
            return ranges.map { String(String.UnicodeScalarView(scalars[$0])) }
        }
        XCTAssertTrue(words(view.sides[0], view.sides[0].shared).contains("russes"))
        XCTAssertTrue(words(view.sides[1], view.sides[1].shared).contains("frontière"))
        XCTAssertTrue(words(view.sides[0], view.sides[0].own).contains("troupes"))
        XCTAssertTrue(words(view.sides[1], view.sides[1].own).contains("renforcement"))
        state.press(.character("x"))
        XCTAssertNil(state.compareView)
    }
}
