import XCTest
@testable import ReadoutsReader

/// Counts before steps and `G`, vim's line scrolling keys and the many ways to quit.
final class CountAndQuitTests: XCTestCase {
    func testCountRepeatsTopicStepsAndBackspaceUndoesThemAtOnce() {
        var oneByOne = Fixtures.bundledState(width: 100, height: 24)
        oneByOne.press(.character("}"), .character("}"), .character("}"))
        var counted = Fixtures.bundledState(width: 100, height: 24)
        counted.press(.character("3"), .character("}"))
        XCTAssertNotNil(counted.navigation.focusedTopic)
        XCTAssertEqual(counted.navigation.focusedTopic, oneByOne.navigation.focusedTopic, "3} is } three times")
        XCTAssertEqual(counted.navigation.current, oneByOne.navigation.current)
        counted.press(.backspace)
        XCTAssertNil(counted.navigation.current, "one Backspace goes back to before the three steps")
        XCTAssertEqual(counted.panes[0].top, .top)
    }

    func testCountedGPutsThatRowOnTopAndPlainGStillGoesToTheEnd() {
        var state = Fixtures.bundledState(width: 100, height: 20, analysed: false)
        let rows = state.paneText(0)
        state.press(.character("1"), .character("0"), .character("G"))
        XCTAssertEqual(state.paneText(0)[0], rows[9], "10G: the tenth row as shown at this width")
        state.press(.character("4"), .character("g"))
        XCTAssertEqual(state.paneText(0)[0], rows[3], "Ng works like NG, as in less")
        state.press(.character("G"))
        XCTAssertTrue(render(state).row(19).contains("Kremlin Bot"))
        state.press(.backspace)
        XCTAssertEqual(state.paneText(0)[0], rows[3], "NG is a jump Backspace comes back from")
    }

    func testControlEAndControlYScrollOneLine() {
        var state = Fixtures.bundledState(width: 100, height: 20, analysed: false)
        let rows = state.paneText(0)
        state.press(.control("e"), .control("e"))
        XCTAssertEqual(state.paneText(0)[0], rows[2])
        state.press(.control("y"))
        XCTAssertEqual(state.paneText(0)[0], rows[1])
        state.press(.character("3"), .control("e"))
        XCTAssertEqual(state.paneText(0)[0], rows[4], "a count repeats Ctrl-E like j")
    }

    func testQAndZZAndZQAndColonQQuit() {
        for keys: [Key] in [[.character("Q")], [.character("Z"), .character("Z")], [.character("Z"), .character("Q")],
                            [.character(":"), .character("q"), .enter], [.character(":"), .character("q"), .character("a"), .enter]] {
            var state = Fixtures.bundledState(analysed: false)
            var effects: [Effect] = []
            for key in keys { effects += state.apply(.key(key)) }
            XCTAssertTrue(effects.contains(.quit(status: 0)), "\(keys) quits")
        }
        var state = Fixtures.bundledState(analysed: false)
        let effects = state.apply(.key(.character("Z"))) + state.apply(.key(.character("j")))
        XCTAssertFalse(effects.contains(.quit(status: 0)), "Z then another key is nothing")
    }

    func testTheNewKeysShadowNothingAndTheHelpListsThem() {
        // Each new key was unbound before; the help (made from the same table) shows each.
        let rows = HelpContent.groups().joined().map { "\($0.key) \($0.text)" }
        for expected in ["m{a-z} / '{a-z}", "y / Y copy", ": / Ctrl-G :N", "# -N number", "F1 H / T / M help / next theme / mouse", "q Q ZZ ZQ Ctrl-C quit", ") / ( next / previous sentence"] {
            XCTAssertTrue(rows.contains { $0.contains(expected) }, "the help lists \(expected)")
        }
        guard case .action(.jumpSwap, _) = ReaderKeymap.main.resolve([.character("'"), .character("'")]) else {
            return XCTFail("'' is still the jump back (and forth)")
        }
        guard case .action(.reading(.jumpToMark), _) = ReaderKeymap.main.resolve([.character("'"), .character("a")]) else {
            return XCTFail("'a goes to mark a")
        }
    }
}
