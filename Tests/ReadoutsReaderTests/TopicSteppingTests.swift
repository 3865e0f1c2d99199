import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// The two ways to step on the bundled readouts: `]` `[` through one topic in every pane,
/// `}` `{` from topic to topic, `;` `,` through any topic in the focused pane.
final class TopicSteppingTests: XCTestCase {
    var analysis: Analysis { Fixtures.bundledAnalysis }

    func status(_ state: ReaderState) -> String { render(state).row(state.height - 1) }

    func currentMark(_ state: ReaderState) -> TopicIndex.Mark {
        let current = state.navigation.current!
        return state.topics!.marks[current.version][current.index]
    }

    /// `}` and `{` go from what is shown, as vim's `]c` goes from the cursor: after `50%`
    /// (or a scroll away from the topic last reached) `}` is the first topic the pane first
    /// mentions below the top of the view, `{` the last above it. A translator's `}` from the
    /// middle of a text went back to the first topic at the top.
    func testBraceGoesFromWhatIsShown() throws {
        var state = Fixtures.bundledState(width: 100, height: 12)
        let index = try XCTUnwrap(state.topics)
        let order = index.topicOrders[0]
        let mentions = order.compactMap { state.firstMention(of: $0, in: 0, index: index) }
        XCTAssertEqual(mentions, mentions.sorted(), "the Kremlin's topics come in the order it first mentions them")
        state.type("50%")
        let top = state.panes[0].anchor
        let below = try XCTUnwrap(order.firstIndex { (state.firstMention(of: $0, in: 0, index: index) ?? .max) >= top })
        XCTAssertGreaterThan(below, 0, "some topics are first mentioned above the middle")
        state.press(.character("}"))
        XCTAssertEqual(state.navigation.focusedTopic, order[below], "the first topic first mentioned below the view's top")
        XCTAssertGreaterThanOrEqual(state.panes[0].anchor, top, "the view did not go back up")
        state.press(.character("}"))
        XCTAssertEqual(state.navigation.focusedTopic, order[below + 1], "then on in order, from the topic reached")
        state.type("50%")
        state.press(.character("G"))
        state.type("50%")
        state.press(.character("{"))
        XCTAssertEqual(state.navigation.focusedTopic, order[below - 1], "{ : the last topic first mentioned above")
    }

    /// With no topic focused, `]` takes the first topic the Kremlin mentions and steps
    /// through all its occurrences, the Kremlin's first, then the White House's, counting
    /// on across panes, saying when it moves pane and when it wraps.
    func testBracketStepsOneTopicThroughBothPanesAndWraps() {
        var state = Fixtures.bundledState(width: 160, height: 45)
        let index = state.topics!
        state.press(.character("]"))
        let topic = state.navigation.focusedTopic!
        XCTAssertEqual(topic, index.topicOrders[0][0], "the first topic the focused pane mentions")
        let all = index.occurrencesByTopic[topic]
        XCTAssertEqual(Set(all.map(\.version)), [0, 1], "the first topic is in both versions")
        var visited = [state.navigation.current!]
        var crossings: [String] = []
        for _ in 1..<all.count {
            state.press(.character("]"))
            visited.append(state.navigation.current!)
            if let message = state.notice?.text { crossings.append(message) }
        }
        XCTAssertEqual(visited, all, "every occurrence once, Kremlin first, in reading order")
        XCTAssertEqual(crossings, ["now in Maison Blanche"])
        XCTAssertEqual(state.focus, 1, "the focus follows the occurrence")
        let label = analysis.topics[topic].label
        XCTAssertTrue(status(state).contains("\(label) \(all.count)/\(all.count) · Maison Blanche"), status(state))
        state.press(.character("]"))
        XCTAssertEqual(state.navigation.current, all[0])
        XCTAssertEqual(state.notice?.text, "wrapped to the first passage; now in Kremlin")
        state.press(.character("["))
        XCTAssertEqual(state.navigation.current, all.last)
        XCTAssertEqual(state.notice?.text, "wrapped to the last passage; now in Maison Blanche")
        state.press(.character("["))
        XCTAssertEqual(state.navigation.current, all[all.count - 2])
    }

    /// The focused pane's occurrences come first: from the top of the White House pane, `]`
    /// on Ukraine lands there before going on to the Kremlin's.
    func testTheFocusedPanesOccurrencesComeFirst() {
        var state = Fixtures.bundledState(width: 160, height: 45)
        let ukraine = analysis.topics.firstIndex { $0.id == "ukraine" }!
        state.press(.tab)
        state.navigation.focusedTopic = ukraine
        state.press(.character("]"))
        XCTAssertEqual(state.navigation.current?.version, 1)
        XCTAssertEqual(state.topics!.marks[1][state.navigation.current!.index].topic, ukraine)
        state.press(.character("]"))
        XCTAssertEqual(state.navigation.current?.version, 0)
        XCTAssertEqual(state.notice?.text, "wrapped to the first passage; now in Kremlin")
    }

    /// `}` visits every topic once per round — by first appearance in the Kremlin, then the
    /// one only the White House has — moving the focus only with a notice, and wraps to the
    /// first with a notice; `{` goes round the other way.
    func testBraceVisitsEachTopicOncePerRound() {
        var state = Fixtures.bundledState(width: 160, height: 45)
        let index = state.topics!
        let order = index.topicOrders[0]
        XCTAssertEqual(Set(order), Set(analysis.topics.indices), "every bundled topic occurs outside headings")
        var visited: [Int] = []
        for _ in order {
            let before = state.focus
            state.press(.character("}"))
            visited.append(state.navigation.focusedTopic!)
            if state.focus != before {
                // Said by a notice, or by "only in …" on the status line beside the topic's name.
                let status = render(state).row(state.height - 1)
                XCTAssertTrue(state.notice?.text != nil || status.contains("only in \(state.names[state.focus])"),
                              "the focus moved to another pane silently: \(status)")
            }
        }
        XCTAssertEqual(visited, order)
        let stability = analysis.topics.firstIndex { $0.id == "strategic-stability" }!
        XCTAssertEqual(visited.last, stability, "the topic only the other pane has comes last")
        XCTAssertNil(state.notice?.text, "the status line says 'only in Maison Blanche'")
        XCTAssertTrue(render(state).row(state.height - 1).contains("only in Maison Blanche"))
        XCTAssertEqual(state.focus, 1)
        state.press(.character("}"))
        XCTAssertEqual(state.navigation.focusedTopic, order[0])
        XCTAssertEqual(state.notice?.text, "wrapped to the first topic; back in Kremlin")
        var backwards: [Int] = []
        for _ in order {
            state.press(.character("{"))
            backwards.append(state.navigation.focusedTopic!)
        }
        XCTAssertEqual(backwards, [order.last!] + order.dropFirst().dropLast().reversed() + [order[0]])
    }

    /// No step lands on a heading ("Cybersécurité et Iran" carries two topics), and the
    /// counts leave headings out.
    func testNoStepLandsOnAHeading() {
        var state = Fixtures.bundledState(width: 100, height: 30)
        let index = state.topics!
        let headingMarks = (0..<2).flatMap { version in index.marks[version].filter { index.isHeading(version, sentence: $0.sentence) } }
        XCTAssertGreaterThan(headingMarks.count, 3, "the Kremlin's headings carry topics")
        for key in [Character("]"), "}", ";", "o", "[", "{", ","] {
            for _ in 0..<30 {
                state.press(.character(key))
                guard let current = state.navigation.current else {
                    // `o` at a sentence no topic holds: never a heading either.
                    XCTAssertEqual(key, "o")
                    let (version, sentence) = state.currentSentence()!
                    XCTAssertFalse(index.isHeading(version, sentence: sentence), "o landed on a heading")
                    continue
                }
                XCTAssertFalse(index.isHeading(current.version, sentence: currentMark(state).sentence), "\(key) landed on a heading")
            }
        }
        let ukraine = analysis.topics.firstIndex { $0.id == "ukraine" }!
        XCTAssertEqual(index.occurrencesByTopic[ukraine].count, analysis.topics[ukraine].occurrences.count - 1, "the heading's Ukraine is not counted")
    }

    /// `;` and `,` step through the topic words of the focused pane whatever their topic, in
    /// reading order (another word of the same topic in the same sentence skipped), and wrap
    /// with a notice.
    func testSemicolonStepsThroughAnyTopicInThePane() {
        var state = Fixtures.bundledState(width: 160, height: 45)
        let index = state.topics!
        let marks = index.marks[0]
        var landable: [Int] = []
        for position in marks.indices where !index.isHeading(0, sentence: marks[position].sentence) {
            if let last = landable.last, marks[last].sentence == marks[position].sentence, marks[last].topic == marks[position].topic { continue }
            landable.append(position)
        }
        var seen: [Int] = []
        for _ in landable {
            state.press(.character(";"))
            XCTAssertEqual(state.focus, 0)
            seen.append(state.navigation.current!.index)
        }
        XCTAssertEqual(seen, landable)
        XCTAssertGreaterThan(Set(seen.map { index.marks[0][$0].topic }).count, 5, "several topics")
        state.press(.character(";"))
        XCTAssertEqual(state.navigation.current!.index, landable[0])
        XCTAssertEqual(state.notice?.text, "wrapped to the first topic word")
        state.press(.character(","))
        XCTAssertEqual(state.navigation.current!.index, marks.indices.last { !index.isHeading(0, sentence: marks[$0].sentence) },
                       "back from the first: the pane's last topic word")
    }

    /// The topic list's Enter on a topic the focused pane lacks moves the focus with a notice.
    func testTheTopicListSaysWhenItMovesTheFocus() {
        var state = Fixtures.bundledState(width: 160, height: 45)
        state.press(.character("t"))
        state.type("stabilit")
        state.press(.enter)
        XCTAssertEqual(state.focus, 1)
        XCTAssertNil(state.notice?.text, "the status line says 'only in Maison Blanche'")
        XCTAssertTrue(render(state).row(state.height - 1).contains("only in Maison Blanche"))
    }
}
