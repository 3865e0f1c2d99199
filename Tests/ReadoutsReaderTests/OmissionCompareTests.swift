import ReadoutsText
@testable import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// With three versions, `c` at a passage another version lacks ("not in People's Daily")
/// checks that omission: the passage beside that version's closest in meaning, before Enter
/// has shown its links; after Enter, the linked passage. An analyst's `c` compared Xinhua
/// with the White House, which had the passage, and never with People's Daily, which she
/// needed to check.
final class OmissionCompareTests: XCTestCase {
    static let texts = ["Both leaders agreed to fight fentanyl trafficking. The talks were long.\n",
                        "The leaders agreed on fentanyl controls. They met for four hours.\n",
                        "A working group on drug control cooperation will be set up. The meeting was candid.\n"]

    static func state() -> ReaderState {
        let documents = texts.enumerated().map { Fixtures.document($1, label: ["Xinhua", "White House", "People's Daily"][$0]) }
        let versions = Fixtures.versions(of: documents)
        func range(of word: String, in version: Int) -> Range<Int> { Fixtures.range(of: word, in: documents[version]) }
        let fentanyl = Analysis.Topic(id: "auto:fentanyl", label: "fentanyl", origin: .automatic, occurrences: [
            .init(version: 0, sentence: 0, range: range(of: "fentanyl", in: 0)),
            .init(version: 1, sentence: 0, range: range(of: "fentanyl", in: 1)),
        ])
        let link = Analysis.Link(from: .init(version: 0, sentence: 0), to: .init(version: 1, sentence: 0), score: 0.8,
                                 topics: ["auto:fentanyl"], evidence: [], similarity: 0.7)
        var analysis = Analysis(versions: versions, topics: [fentanyl], links: [link], isComplete: true)
        analysis.nearest = [Analysis.Nearest(from: .init(version: 0, sentence: 0), to: .init(version: 2, sentence: 0), similarity: 0.46)]
        var state = ReaderState(documents: documents, width: 150, height: 20, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(analysis, documents: documents), progress: 1))
        return state
    }

    func testCChecksTheVersionThatLacksThePassageThenTheLinkAfterEnter() throws {
        var state = Self.state()
        state.press(.character("]"))
        let status = render(state).row(state.height - 1)
        XCTAssertTrue(status.contains("not in People's Daily"), status)
        state.press(.character("c"))
        let view = try XCTUnwrap(state.compareView)
        XCTAssertEqual(view.sides.map(\.label), ["Xinhua", "People's Daily"])
        XCTAssertEqual(view.reason, "no link into People's Daily · its closest in meaning there (sentence 1), 0.46 alike")
        state.press(.escape)
        state.press(.enter)
        state.press(.character("c"))
        XCTAssertEqual(try XCTUnwrap(state.compareView).sides.map(\.label), ["Xinhua", "White House"], "after Enter, the linked passage")
    }
}
