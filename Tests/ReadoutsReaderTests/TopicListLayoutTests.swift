import XCTest
import ReadoutsTopics
@testable import ReadoutsReader

/// The topic list in a small window: it says when topics are out of view, and its count
/// columns leave the topics' names the room.
final class TopicListLayoutTests: XCTestCase {
    private func opened(width: Int, height: Int) -> ReaderState {
        var state = Fixtures.bundledState(width: width, height: height)
        state.press(.character("t"))
        return state
    }

    private func labels(_ state: ReaderState) -> [String] { state.topics!.analysis.topics.map(\.label) }

    /// At 70 × 14 the list ended at J with "14 of 14 topics" beneath, and nothing showed
    /// that M and N were below. Now it says how many are below, then above as it scrolls,
    /// and moving down reaches every topic.
    func testTopicsOutOfViewAreSaidAndReachedByScrolling() {
        var state = opened(width: 70, height: 14)
        var text = render(state).lines.joined(separator: "\n")
        let hidden = labels(state).filter { !text.contains($0) }
        XCTAssertFalse(hidden.isEmpty, "the window is too small for every topic")
        XCTAssertTrue(text.contains("↓ \(hidden.count) more below"), text)
        XCTAssertFalse(text.contains("more above"), text)
        var seen = Set<String>()
        for _ in labels(state) {
            state.press(.down)
            text = render(state).lines.joined(separator: "\n")
            seen.formUnion(labels(state).filter { text.contains($0) })
        }
        XCTAssertEqual(seen, Set(labels(state)), "every topic comes into view")
        XCTAssertTrue(text.contains("more above") && !text.contains("more below"), text)
    }

    /// The mouse wheel over the list scrolls it (it scrolled the pane hidden beneath).
    func testTheWheelScrollsTheList() {
        var state = opened(width: 70, height: 14)
        let top = state.panes[0].top
        for _ in 0..<5 { state.apply(.mouse(MouseEvent(.wheelDown, x: 30, y: 6))) }
        XCTAssertTrue(render(state).lines.contains { $0.contains("more above") }, render(state).lines.joined(separator: "\n"))
        XCTAssertEqual(state.panes[0].top, top, "the pane beneath stays")
    }

    /// A click on a topic's row goes to that topic, as Enter on it does (a fact-checker's
    /// click on "E friendship" only closed the list); a click outside the list closes it.
    func testAClickOnATopicsRowGoesToIt() throws {
        var state = opened(width: 100, height: 30)
        let frame = render(state)
        let index = try XCTUnwrap(state.topics)
        let target = try XCTUnwrap(index.topicListOrder.dropFirst(2).first)
        let row = " \(index.symbol(of: target)) " + index.analysis.topics[target].label.prefix(8)
        let y = try XCTUnwrap(frame.lines.firstIndex { $0.contains(row) }, frame.lines.joined(separator: "\n"))
        // The row's start is spaces: its offset is its column.
        let x = try XCTUnwrap(frame.lines[y].range(of: row)).lowerBound.utf16Offset(in: frame.lines[y]) + 4
        state.apply(.mouse(MouseEvent(.press, x: x, y: y)))
        XCTAssertNil(state.topicList, "the list closes")
        XCTAssertEqual(state.navigation.focusedTopic, target)
        var other = opened(width: 100, height: 30)
        other.apply(.mouse(MouseEvent(.press, x: 0, y: 0)))
        XCTAssertNil(other.topicList)
        XCTAssertNil(other.navigation.focusedTopic)
    }

    /// A count of passages found by meaning alone is marked "≈": a fact-checker read "NATO
    /// 1 1" of two reports one of which never says NATO. The footer says what "≈" means.
    func testACountByMeaningAloneIsMarked() throws {
        let a = Fixtures.document("NATO members met in Brussels.\n", label: "A")
        let b = Fixtures.document("Some allies gathered in Belgium.\n", label: "B")
        let documents = [a, b]
        let topics = [
            Analysis.Topic(id: "nato", label: "NATO", origin: .automatic, occurrences: [
                .init(version: 0, sentence: 0, range: Fixtures.range(of: "NATO", in: a)),
                .init(version: 1, sentence: 0, range: 0..<b.scalars.count - 1, byMeaning: true),
            ]),
        ]
        let links = [Analysis.Link(from: .init(version: 0, sentence: 0), to: .init(version: 1, sentence: 0), score: 0.5, topics: ["nato"], evidence: [])]
        var state = ReaderState(documents: documents, width: 100, height: 20, theme: Fixtures.theme)
        let index = TopicIndex(Analysis(versions: Fixtures.versions(of: documents), topics: topics, links: links, isComplete: true), documents: documents)
        XCTAssertTrue(index.isByMeaningOnly(0, in: 1))
        XCTAssertFalse(index.isByMeaningOnly(0, in: 0))
        state.apply(.topics(index, progress: 1))
        state.press(.character("t"))
        let text = render(state).lines.joined(separator: "\n")
        let row = try XCTUnwrap(render(state).lines.first { $0.contains("A NATO") }, text)
        XCTAssertTrue(row.contains("≈1"), row)
        XCTAssertEqual(row.components(separatedBy: "≈").count, 2, "A's own word is counted plainly: \(row)")
        XCTAssertTrue(text.contains("≈: by meaning alone"), text)
    }

    /// Count columns as wide as their numbers, headed by short names or initials: at 45
    /// columns "E troupes et…" sat beside "Kremlin     Maison…" over a digit each.
    func testNamesTakeTheRoomTheCountsLeave() throws {
        for width in [45, 60] {
            let state = opened(width: width, height: 30)
            let rows = render(state).lines
            for label in labels(state) where label.count <= 33 {
                XCTAssertTrue(rows.contains { $0.contains(" " + label + " ") }, "\(width): «\(label)» whole\n" + rows.joined(separator: "\n"))
            }
            let header = try XCTUnwrap(rows.first { $0.contains("filter:") })
            // At 45 columns, initials or, where a count marked "≈" takes a cell more, numbers.
            let trimmed = header.trimmingCharacters(in: .whitespaces)
            XCTAssertTrue(width == 45 ? trimmed.hasSuffix(" K MB") || trimmed.hasSuffix(" 1  2") : header.contains("Kremlin"), "\(width): \(header)")
        }
        // Where there is room, the versions' whole names head the columns.
        let wide = render(opened(width: 100, height: 30)).lines
        XCTAssertTrue(wide.contains { $0.contains("filter:") && $0.contains("Kremlin") && $0.contains("Maison Blanche") })
    }

    /// Names in two scripts ("Сирия" beside "critical infrastructure": each topic is named in
    /// a language of the versions that have it) say how to have them in one, which a
    /// diplomat took for a mistake; names in one script say nothing of it.
    func testNamesInTwoScriptsSayHowToNameThemInOne() throws {
        let russian = "Владимир Путин и Джозеф Байден обсудили ситуацию в Сирии и гуманитарную помощь. Стороны обсудили санкции."
        let english = "The leaders discussed humanitarian assistance to Syria. President Biden raised ransomware attacks on critical infrastructure."
        let documents = [Fixtures.document(russian, label: "Кремль", markdown: false), Fixtures.document(english, label: "White House", markdown: false)]
        let index = TopicIndex(TopicEngine(lexicons: [.international]).analyse(documents), documents: documents)
        XCTAssertTrue(index.namesMixScripts, index.analysis.topics.map(\.label).joined(separator: " | "))
        var state = ReaderState(documents: documents, width: 140, height: 30, theme: Fixtures.theme)
        state.apply(.topics(index, progress: 1))
        state.press(.character("t"))
        XCTAssertTrue(render(state).lines.contains { $0.contains(topicListScriptsHint) }, render(state).lines.joined(separator: "\n"))
        // One script: no such line.
        XCTAssertFalse(render(opened(width: 140, height: 30)).lines.contains { $0.contains(topicListScriptsHint) })
    }
}
