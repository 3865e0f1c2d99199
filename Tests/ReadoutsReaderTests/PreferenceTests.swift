import XCTest
@testable import ReadoutsReader

/// Settings the configuration file gives the reader, and `M`.
final class PreferenceTests: XCTestCase {
    func testMouseKeyTogglesTrackingThroughAnEffect() {
        var state = Fixtures.bundledState(analysed: false)
        XCTAssertEqual(state.apply(.key(.character("M"))), [.setMouse(false)])
        XCTAssertTrue(state.notice?.text.hasPrefix("mouse off") == true)
        XCTAssertEqual(state.apply(.key(.character("M"))), [.setMouse(true)])
    }

    func testPreferencesSetTheStartingState() {
        let preferences = ReaderPreferences(mouse: false, follows: false, wrapWidth: 40, numbersSentences: true)
        var state = ReaderState(documents: Fixtures.bundled, width: 160, height: 24, theme: Fixtures.theme, preferences: preferences)
        XCTAssertFalse(state.reading.mouseEnabled)
        XCTAssertFalse(state.navigation.follows)
        XCTAssertTrue(state.reading.numbersSentences)
        XCTAssertEqual(state.text(0).width, 40, "text wraps at 40 columns in a wider pane")
        XCTAssertTrue(state.paneText(0).allSatisfy { $0.trimmingCharacters(in: .whitespaces).count <= 40 })
        state.apply(.resize(width: 70, height: 24))
        XCTAssertLessThan(state.text(0).width, 40, "a narrower pane still wraps at its own width")
    }
}
