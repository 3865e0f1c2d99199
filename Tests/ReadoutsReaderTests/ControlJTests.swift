import XCTest
@testable import ReadoutsReader

/// Ctrl-J is a key of its own, not Enter (the terminal layer reads Enter as carriage return
/// and Ctrl-J as line feed): bound in the configuration it runs its command; unbound it
/// scrolls a line, as in less and vim; in the prompts it ends the line, as Enter does.
final class ControlJTests: XCTestCase {
    func testControlJParsesAsItselfAndControlMAsEnter() {
        XCTAssertEqual(Key.parse("Ctrl-J"), .control("j"))
        XCTAssertEqual(Key.parse("Ctrl-M"), .enter, "the same byte as Enter")
        XCTAssertEqual(Key.parse("Ctrl-I"), .tab, "the same byte as Tab")
        // Written in lower case, or Ctrl-H (Backspace's byte), they were accepted and never fired.
        XCTAssertEqual(Key.parse("Ctrl-m"), .enter)
        XCTAssertEqual(Key.parse("Ctrl-i"), .tab)
        XCTAssertEqual(Key.parse("Ctrl-H"), .backspace)
        XCTAssertEqual(Key.parse("Ctrl-j"), .control("j"))
    }

    func testBoundControlJRunsItsCommandAndEnterStillFollowsTheLink() throws {
        let preferences = ReaderPreferences(keys: [KeyOverride(keys: [.control("j")], command: .nextTopic)])
        var state = ReaderState(documents: Fixtures.bundled, width: 120, height: 30, theme: Fixtures.theme, preferences: preferences)
        state.apply(.topics(TopicIndex(Fixtures.bundledAnalysis, documents: Fixtures.bundled), progress: 1))
        state.press(.control("j"))
        XCTAssertNotNil(state.navigation.focusedTopic, "Ctrl-J: the next topic, \(state.notice?.text ?? "")")
        XCTAssertFalse(state.notice?.text.contains("no current topic") ?? false)
        let current = state.navigation.current
        state.press(.enter)
        let said = try XCTUnwrap(state.notice?.text)
        XCTAssertTrue(said.contains("link") || said.contains("linked"), "Enter follows a link: \(said)")
        XCTAssertEqual(state.navigation.current, current, "Enter did not step on")
    }

    func testUnboundControlJScrollsALine() {
        var state = Fixtures.bundledState(width: 100, height: 20, analysed: false)
        let rows = state.paneText(0)
        state.press(.control("j"), .control("j"))
        XCTAssertEqual(state.paneText(0)[0], rows[2], "Ctrl-J is j, as in less and vim")
    }

    func testControlJEndsTheSearchPromptAndTheCommandLine() {
        var state = Fixtures.bundledState(width: 100, height: 24)
        state.type("/Biden")
        state.press(.control("j"))
        XCTAssertTrue(state.layers.isEmpty, "Ctrl-J keeps the search: \(state.layers)")
        XCTAssertNotNil(state.search.current)
        state.type(":12")
        state.press(.control("j"))
        XCTAssertTrue(state.layers.isEmpty, "Ctrl-J runs the command")
        XCTAssertTrue(state.notice?.text.hasPrefix("Kremlin sentence 12 of ") == true, state.notice?.text ?? "")
    }
}
