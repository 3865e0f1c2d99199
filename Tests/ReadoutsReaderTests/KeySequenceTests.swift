import XCTest
@testable import ReadoutsReader

/// A configured sequence that begins with a key bound on its own (`"g t" = "next-pane"`,
/// `g` being top): `g` waits for the next key, which either continues the sequence or is
/// handled after `g`'s own command, as vim runs a mapping's prefix.
final class KeySequenceTests: XCTestCase {
    let gt = ReaderPreferences(keys: [KeyOverride(keys: [.character("g"), .character("t")], command: .focusNext)])

    func testAKeyBoundAloneThatBeginsASequenceWaitsForTheNext() {
        let keymap = ReaderKeymap.main.overriding(gt.keys)
        guard case .actionUnlessContinued(.top, let keys) = keymap.resolve([.character("g")]) else {
            return XCTFail("\(keymap.resolve([.character("g")]))")
        }
        XCTAssertEqual(keys, [.character("g")])
        guard case .action(.focusNext, _) = keymap.resolve([.character("g"), .character("t")]) else { return XCTFail("g t") }
        guard case .unbound = keymap.resolve([.character("g"), .character("j")]) else { return XCTFail("g j") }
        guard case .action(.top, _) = ReaderKeymap.main.resolve([.character("g")]) else { return XCTFail("g alone, unconfigured") }
    }

    func testTheSequenceRunsItsCommandAndNotTheFirstKeys() {
        var state = ReaderState(documents: Fixtures.bundled, width: 120, height: 30, theme: Fixtures.theme, preferences: gt)
        state.press(.character("j"), .character("j"))
        let scrolled = state.panes[0].top
        state.press(.character("g"))
        XCTAssertEqual(state.panes[0].top, scrolled, "g waits for the next key")
        XCTAssertEqual(state.pendingKeys, [.character("g")])
        state.press(.character("t"))
        XCTAssertEqual(state.focus, 1, "g t: the next pane")
        XCTAssertEqual(state.panes[0].top, scrolled, "not g's top")
        XCTAssertTrue(state.layers.isEmpty, "not t's topic list: \(state.layers)")
        XCTAssertTrue(state.pendingKeys.isEmpty)
    }

    func testTheFirstKeyFollowedByAnotherRunsBothCommands() {
        var state = ReaderState(documents: Fixtures.bundled, width: 120, height: 30, theme: Fixtures.theme, preferences: gt)
        let rows = state.paneText(0)
        state.press(.character("5"), .character("j"))
        state.press(.character("g"), .character("j"))
        XCTAssertEqual(state.paneText(0)[0], rows[1], "g went to the top, then j scrolled one line")
        XCTAssertNil(state.notice, "nothing said to do nothing: \(state.notice?.text ?? "")")
        state.press(.character("g"), .character("l"))
        XCTAssertEqual(state.panes[0].top, .top)
        XCTAssertEqual(state.focus, 1, "g then l: the pane on the right")
        // Typed ahead in one burst.
        state.apply(.keys([.character("g"), .character("h")]))
        XCTAssertEqual(state.focus, 0, "g then h: the pane on the left")
        state.apply(.keys([.character("g"), .character("t")]))
        XCTAssertEqual(state.focus, 1)
    }

    func testACountBeforeThePrefixGoesToItsCommand() {
        var state = ReaderState(documents: Fixtures.bundled, width: 100, height: 20, theme: Fixtures.theme, preferences: gt)
        let rows = state.paneText(0)
        state.press(.character("4"), .character("g"), .escape)
        XCTAssertEqual(state.paneText(0)[0], rows[3], "4g then Esc: row 4 on top, as 4g alone")
    }

    func testQuittingAfterThePrefixHandlesNoMoreKeys() {
        let preferences = ReaderPreferences(keys: [KeyOverride(keys: [.character("q"), .character("x")], command: .top)])
        var state = ReaderState(documents: Fixtures.bundled, width: 100, height: 20, theme: Fixtures.theme, preferences: preferences)
        XCTAssertEqual(state.apply(.key(.character("q"))), [])
        XCTAssertEqual(state.apply(.key(.character("j"))), [.cancelAnalysis, .quit(status: 0)])
    }

    /// The wheel between `g` and the next key: `g` no longer waits, so `j` scrolls a line
    /// from where the wheel left the pane (it ran `g`'s top first and threw the scroll away).
    func testTheMouseEndsTheWait() {
        var state = ReaderState(documents: Fixtures.bundled, width: 120, height: 30, theme: Fixtures.theme, preferences: gt)
        let rows = state.paneText(0)
        state.press(.character("g"))
        for _ in 0..<3 { state.apply(.mouse(MouseEvent(.wheelDown, x: 5, y: state.layout.contentTop + 2))) }
        XCTAssertTrue(state.pendingKeys.isEmpty)
        let wheeled = state.paneText(0)
        XCTAssertNotEqual(wheeled[0], rows[0], "the wheel scrolled")
        state.press(.character("j"))
        XCTAssertEqual(state.paneText(0)[0], wheeled[1], "j scrolled one line on from the wheel's place, no top first")
        state.press(.character("g"))
        state.apply(.resize(width: 100, height: 28))
        XCTAssertTrue(state.pendingKeys.isEmpty, "a resize ends the wait too")
    }
}
