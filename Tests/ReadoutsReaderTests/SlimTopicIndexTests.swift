import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// The reader's topic index keeps the analysis without its topics' occurrences (the marks
/// say where they are): the topic list's counts and the status line's "only in …" read the
/// same as with the whole analysis.
final class SlimTopicIndexTests: XCTestCase {
    private func state(keepsOccurrences: Bool) -> ReaderState {
        var state = ReaderState(documents: Fixtures.bundled, width: 120, height: 40, theme: Fixtures.theme)
        let index = TopicIndex(Fixtures.bundledAnalysis, documents: Fixtures.bundled, keepsOccurrences: keepsOccurrences)
        state.apply(.topics(index, progress: 1))
        return state
    }

    func testTheIndexDropsOccurrencesButCountsThem() throws {
        let index = try XCTUnwrap(state(keepsOccurrences: false).topics)
        let full = Fixtures.bundledAnalysis
        XCTAssertTrue(index.analysis.topics.allSatisfy(\.occurrences.isEmpty), "no second copy of the occurrences")
        XCTAssertEqual(index.analysis.topics.map(\.id), full.topics.map(\.id))
        let whole = TopicIndex(full, documents: Fixtures.bundled, keepsOccurrences: true)
        for (topic, entry) in full.topics.enumerated() {
            for version in full.versions.indices {
                // What `]` steps through: the passages outside headings.
                let outsideHeadings = Set(entry.occurrences.filter { $0.version == version && !whole.isHeading(version, sentence: $0.sentence) }.map(\.sentence))
                XCTAssertEqual(index.occurrenceCount(of: topic, in: version), whole.occurrencesByTopic[topic].filter { $0.version == version }.count)
                XCTAssertEqual(index.occurrenceCount(of: topic, in: version), outsideHeadings.count, entry.label)
            }
            XCTAssertEqual(index.firstVersion(of: topic), entry.occurrences.first?.version)
        }
    }

    func testTopicListAndOneSidedSummaryReadTheSame() {
        var slim = state(keepsOccurrences: false)
        var whole = state(keepsOccurrences: true)
        for key: Key in [.character("t")] {
            slim.press(key)
            whole.press(key)
        }
        let rows = { (state: ReaderState) in (0..<state.height).map(render(state).row) }
        XCTAssertTrue(rows(slim).contains { $0.contains("–") }, "a topic one version lacks shows a dash")
        XCTAssertEqual(rows(slim), rows(whole))
        slim.press(.escape)
        whole.press(.escape)
        for _ in 0..<3 {
            slim.press(.character("o"))
            whole.press(.character("o"))
            XCTAssertEqual(slim.notice?.text, whole.notice?.text)
            XCTAssertEqual(slim.focusedTopicSummary()?.full, whole.focusedTopicSummary()?.full)
            // A sentence no topic holds is a stop of its own kind: the notice says so.
            guard slim.navigation.focusedTopic != nil else {
                XCTAssertTrue(slim.notice?.text.contains("in no topic, linked to nothing") == true, slim.notice?.text ?? "")
                continue
            }
            XCTAssertTrue(slim.notice?.text.hasPrefix("one-sided passage ") == true, slim.notice?.text ?? "")
            let summary = slim.focusedTopicSummary()?.full ?? ""
            XCTAssertTrue(summary.contains(" · only in ") || summary.contains(" · passage not in "), summary)
        }
    }
}
