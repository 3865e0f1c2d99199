import XCTest
@testable import ReadoutsReader

/// The search history keeps each search's modes, is saved when it changes, and comes back
/// bounded from an earlier session.
final class SearchHistoryModeTests: XCTestCase {
    func testRecallingARegexSearchRestoresRegexMode() {
        var state = Fixtures.bundledState(width: 100, height: 24, analysed: false)
        state.type("/")
        state.press(.control("r"))
        state.type("Bid.n")
        let effects = state.apply(.key(.enter))
        XCTAssertEqual(effects, [.saveSearchHistory([SearchHistoryEntry(pattern: "Bid.n", options: SearchOptions(regex: true))])])
        state.type("/")
        state.press(.control("r"))  // regex off for the next search
        state.type("Poutine")
        state.press(.enter)
        XCTAssertFalse(state.search.options.regex)
        state.type("/")
        state.press(.up, .up)
        XCTAssertEqual(state.searchPrompt?.text, "Bid.n")
        XCTAssertTrue(state.searchPrompt?.options.regex == true, "recalled with its mode")
        XCTAssertTrue(state.search.isActive)
        XCTAssertTrue(state.notice?.text.hasPrefix("match 1/") == true, "it matches as a regex: \(state.notice?.text ?? "nil")")
        state.press(.down, .down)
        XCTAssertEqual(state.searchPrompt?.text, "")
        XCTAssertFalse(state.searchPrompt!.options.regex, "past the newest, the draft's modes come back")
    }

    func testRestoredHistoryIsBoundedAndRecallable() {
        var state = Fixtures.bundledState(width: 100, height: 24, analysed: false)
        let saved = (0..<150).map { SearchHistoryEntry(pattern: "p\($0)", options: SearchOptions(wholeWord: $0 % 2 == 0)) }
            + [SearchHistoryEntry(pattern: String(repeating: "x", count: SearchPrompt.maximumLength + 1), options: SearchOptions())]
        state.apply(.restored(RestoredSession(history: saved)))
        XCTAssertEqual(state.search.history.entries.count, SearchPrompt.historyLimit)
        XCTAssertEqual(state.search.history.entries.last?.pattern, "p149", "a pattern longer than the prompt takes is dropped")
        state.type("/")
        state.press(.up, .up)
        XCTAssertEqual(state.searchPrompt?.text, "p148")
        XCTAssertTrue(state.searchPrompt?.options.wholeWord == true)
    }

    func testRestoreNoticesShowInTheStatusLine() {
        var state = Fixtures.bundledState(width: 100, height: 24, analysed: false)
        state.apply(.restored(RestoredSession(notices: ["ignored ~/.local/state/readouts/marks.json: not a marks file"])))
        XCTAssertEqual(state.notice?.text, "ignored ~/.local/state/readouts/marks.json: not a marks file")
    }
}
