import ReadoutsText
import XCTest
@testable import ReadoutsReader

/// less's options while reading: `-N` sentence numbers, `-i` and `-I` how search treats
/// case, anything else after `-` the list of them (a translator's `-N` and `-i` were
/// "does nothing here", and `-` alone said nothing).
final class DashOptionsTests: XCTestCase {
    private func status(_ state: ReaderState) -> String { render(state).row(state.height - 1) }

    private func oneVersion(_ text: String) -> ReaderState {
        ReaderState(documents: [plainDocument(text)], width: 120, height: 12, theme: Fixtures.theme)
    }

    func testMinusNTogglesSentenceNumbersAsHashDoes() {
        var state = Fixtures.bundledState(width: 120, height: 24)
        state.press(.character("-"), .character("N"))
        XCTAssertTrue(state.reading.numbersSentences)
        XCTAssertTrue(status(state).contains("sentence numbers on"), status(state))
        var hashed = Fixtures.bundledState(width: 120, height: 24)
        hashed.press(.character("#"))
        XCTAssertEqual(state.paneText(0), hashed.paneText(0), "-N is #")
        state.press(.character("-"), .character("N"))
        XCTAssertFalse(state.reading.numbersSentences)
        XCTAssertTrue(status(state).contains("sentence numbers off"), status(state))
    }

    func testMinusAloneAndAnUnknownOptionSayWhichOptionsThereAre() {
        var state = Fixtures.bundledState(width: 160, height: 24)
        state.press(.character("-"))
        XCTAssertTrue(status(state).contains("-N -i -I: sentence numbers"), "as less prompts for the letter: \(status(state))")
        state.press(.character("x"))
        XCTAssertTrue(status(state).contains("no -x option · -N -i -I: sentence numbers"), status(state))
        XCTAssertFalse(status(state).contains("does nothing"), status(state))
        let top = state.panes[0].top
        state.press(.character("-"), .character("j"))
        XCTAssertEqual(state.panes[0].top, top, "the key after - is the option's, not a motion")
        XCTAssertTrue(status(state).contains("no -j option"), status(state))
        state.press(.character("-"))
        XCTAssertEqual(state.apply(.key(.control("c"))), [.cancelAnalysis, .quit(status: 0)], "Ctrl-C after - still quits")
    }

    /// Searched again the new way, the match the reader was at may be none any more: the
    /// count is said alone ("match ?/2" left a diplomat guessing what "?" stood for).
    func testWithNoCurrentMatchTheCountIsSaidAlone() {
        var state = oneVersion("Paris is large.\n\nparis is a word.\n\nparis again.\n")
        state.type("/paris")
        state.press(.enter)
        state.finishSearch()
        XCTAssertEqual(state.notice?.text, "match 1/3", "smart case: every case, at “Paris”")
        state.press(.character("-"), .character("i"))
        state.finishSearch()
        XCTAssertNil(state.search.current, "“Paris” is no match any more")
        XCTAssertTrue(status(state).contains("2 matches"), status(state))
        XCTAssertFalse(status(state).contains("?/"), status(state))
    }

    /// `-i` and `-I` flip as in less: the reader starts with less's `-i` (smart case), so
    /// `-i` makes case count, `-i` again ignores it unless the pattern has capitals, `-I`
    /// ignores it always. The search on screen is searched again the new way.
    func testMinusIAndCapitalIChangeHowSearchTreatsCase() {
        var state = oneVersion("Paris is large.\n\nparis is a word.\n\nPARIS in capitals.\n")
        state.type("/paris")
        state.press(.enter)
        state.finishSearch()
        XCTAssertEqual(state.notice?.text, "match 1/3", "smart case: no capitals, every case")

        state.press(.character("-"), .character("i"))
        XCTAssertEqual(state.search.options.caseMatching, .sensitive)
        XCTAssertTrue(status(state).contains("search matches case"), status(state))
        XCTAssertTrue(status(state).contains("the only match"), "searched again, case-sensitive: \(status(state))")
        XCTAssertNil(state.search.current, "“Paris” is no match any more")
        state.press(.character("n"))
        XCTAssertEqual(state.search.current.map { state.documents[0].string($0.range) }, "paris")

        state.press(.character("-"), .character("i"))
        XCTAssertTrue(status(state).contains("search ignores case unless the pattern has capitals"), status(state))
        state.type("/Paris")
        state.press(.enter)
        state.finishSearch()
        XCTAssertEqual(state.notice?.text, "the only match", "capitals in the pattern: case counts")

        state.press(.character("-"), .character("I"))
        XCTAssertEqual(state.search.options.caseMatching, .ignore)
        XCTAssertTrue(status(state).contains("search ignores case, capitals too"), status(state))

        state.type("/Paris")
        state.press(.enter)
        state.finishSearch()
        XCTAssertEqual(state.notice?.text, "match 1/3", "-I: capitals or not, every case")
        XCTAssertTrue(state.search.options.tags.contains("ignore case"), "the prompt shows the mode")

        state.press(.character("-"), .character("I"))
        XCTAssertEqual(state.search.options.caseMatching, .sensitive, "-I again: case counts, as in less")
    }

    func testTheHelpListsTheOptions() {
        let rows = ReaderKeymap.main.groups.flatMap(\.helpRows)
        XCTAssertTrue(rows.contains { $0.keys == "# -N" }, "\(rows)")
        XCTAssertTrue(rows.contains { $0.keys == "-i / -I" }, "\(rows)")
    }
}
