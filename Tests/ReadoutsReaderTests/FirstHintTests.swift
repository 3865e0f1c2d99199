import ReadoutsText
import XCTest
@testable import ReadoutsReader

/// Before the first key the status line says what the colours and the gutter's letters are
/// and the keys that read by topic, in the room nothing else wants; the first key or click
/// takes it away. A student took five minutes and the help's third column to learn what
/// the gutter was.
final class FirstHintTests: XCTestCase {
    private func statusLine(_ state: ReaderState) -> String {
        render(state).row(state.layout.statusRow)
    }

    func testTheFirstScreenSaysWhatTheColoursAndLettersAre() {
        var state = Fixtures.bundledState(width: 160, height: 30)
        XCTAssertTrue(statusLine(state).contains(StatusLine.firstHint[0].text), statusLine(state))
        XCTAssertTrue(statusLine(state).contains("? help"), "the help's hint stays")
        state.press(.character("j"))
        XCTAssertFalse(statusLine(state).contains("gutter letters"), statusLine(state))
        XCTAssertFalse(statusLine(state).contains(StatusLine.firstHint[2].text))
    }

    /// Narrower, a shorter form; it never pushes out what the line says of the reading.
    func testANarrowLineShowsAShorterHintOrNone() {
        let state = Fixtures.bundledState(width: 100, height: 30)
        let line = statusLine(state)
        XCTAssertTrue(line.contains(StatusLine.firstHint[1].text) || line.contains(StatusLine.firstHint[2].text), line)
        XCTAssertTrue(line.contains("Kremlin") && line.contains("? help"), line)
        let narrow = Fixtures.bundledState(width: 40, height: 20)
        XCTAssertFalse(statusLine(narrow).contains("one side only"), statusLine(narrow))
    }

    /// A long title gives way to the hint: the pane's title names it whole, and at 80
    /// columns a fact-checker's 64-character title left the hint no room on her first screen.
    /// After the first key the name takes its room back.
    func testALongNameGivesWayToTheHintOnTheFirstScreen() {
        var documents = Fixtures.bundled
        documents[0].label = "Remarks by President Trump and Prime Minister Narendra Modi of the Republic of India"
        var state = ReaderState(documents: documents, width: 80, height: 24, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(Fixtures.bundledAnalysis, documents: documents), progress: 1))
        let line = statusLine(state)
        XCTAssertTrue(StatusLine.firstHint.contains { line.contains($0.text) }, line)
        XCTAssertTrue(line.contains("? help"), line)
        state.press(.character("j"))
        XCTAssertTrue(statusLine(state).contains("Remarks by President"), statusLine(state))
    }

    /// A clicked word counts as a first use too.
    func testAClickTakesTheHintAway() {
        var state = Fixtures.bundledState(width: 160, height: 30)
        XCTAssertTrue(statusLine(state).contains("gutter letters"), "the hint is there before the click")
        state.apply(.mouse(MouseEvent(.press, x: 5, y: 3)))
        XCTAssertFalse(statusLine(state).contains("gutter letters"), statusLine(state))
    }
}
