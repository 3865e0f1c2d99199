import ReadoutsThemes
import XCTest
@testable import ReadoutsReader

final class UpdateTests: XCTestCase {
    func testScrollingKeysMoveTheFocusedPaneOnly() {
        var state = Fixtures.bundledState(width: 100, height: 20, analysed: false)
        let right = state.paneText(1)
        let top = state.paneText(0)
        state.press(.character("j"))
        XCTAssertEqual(state.paneText(0)[0], top[1])
        state.press(.character("k"))
        XCTAssertEqual(state.paneText(0), top)
        state.press(.character(" "))
        XCTAssertEqual(state.paneText(0)[0], top[17], "a page keeps one line of context")
        state.press(.character("b"))
        XCTAssertEqual(state.paneText(0), top)
        state.press(.character("d"))
        XCTAssertEqual(state.paneText(0)[0], top[9])
        state.press(.character("u"), .character("G"))
        XCTAssertTrue(render(state).row(19).contains("Kremlin Bot"))
        state.press(.character("g"))
        XCTAssertEqual(state.paneText(0), top)
        XCTAssertEqual(state.paneText(1), right)
    }

    func testScrollingStopsAtTheEnds() {
        var state = Fixtures.bundledState(width: 100, height: 20, analysed: false)
        state.press(.character("k"))
        XCTAssertEqual(state.panes[0].top, .top)
        for _ in 0..<50 { state.press(.pageDown) }
        let bottom = state.paneText(0)
        state.press(.down)
        XCTAssertEqual(state.paneText(0), bottom)
        XCTAssertTrue(bottom.contains { $0.contains("acceptables pour tous.") })
    }

    func testFocusMovesWithTabAndArrows() {
        var state = Fixtures.bundledState(width: 100, height: 12, analysed: false)
        XCTAssertEqual(state.focus, 0)
        state.press(.tab)
        XCTAssertEqual(state.focus, 1)
        state.press(.tab)
        XCTAssertEqual(state.focus, 0)
        state.press(.backTab)
        XCTAssertEqual(state.focus, 1)
        state.press(.character("h"))
        XCTAssertEqual(state.focus, 0)
        state.press(.right)
        XCTAssertEqual(state.focus, 1)
        state.press(.character("j"))
        XCTAssertNotEqual(state.panes[1].top, .top)
        XCTAssertEqual(state.panes[0].top, .top)
    }

    func testResizeKeepsTheTopWordAndReflows() {
        var state = Fixtures.bundledState(width: 120, height: 30, analysed: false)
        state.press(.character("d"))
        let anchor = state.panes[0].anchor
        let word = state.paneText(0)[0].split(separator: " ").first.map(String.init)
        state.apply(.resize(width: 60, height: 20))
        XCTAssertEqual(state.paneText(0)[0].split(separator: " ").first.map(String.init), word)
        XCTAssertLessThanOrEqual(abs(state.panes[0].anchor - anchor), 40, "still on the same line of text")
        state.apply(.resize(width: 120, height: 30))
        XCTAssertEqual(state.paneText(0)[0].split(separator: " ").first.map(String.init), word)
    }

    func testMouseWheelScrollsThePaneUnderThePointerAndClickFocuses() {
        var state = Fixtures.bundledState(width: 100, height: 12, analysed: false)
        let rightX = state.layout.panes[1].x + 3
        state.apply(.mouse(MouseEvent(.wheelDown, x: rightX, y: 5)))
        XCTAssertEqual(state.panes[0].top, .top)
        XCTAssertNotEqual(state.panes[1].top, .top)
        XCTAssertEqual(state.focus, 0, "the wheel does not move focus")
        state.apply(.mouse(MouseEvent(.press, x: rightX, y: 5)))
        XCTAssertEqual(state.focus, 1)
    }

    func testHelpOpensAndAnyKeyClosesItQAndCtrlCQuit() {
        var state = Fixtures.bundledState(analysed: false)
        state.press(.function(1))  // `?` also opens the backward-search prompt (see SearchNavigationTests)
        XCTAssertTrue(state.showsHelp)
        state.press(.character("x"))
        XCTAssertFalse(state.showsHelp, "any key closes the help")
        XCTAssertEqual(state.panes[0].top, .top, "the key that closed help did nothing else")
        XCTAssertEqual(state.apply(.key(.character("q"))), [.cancelAnalysis, .quit(status: 0)])
        var other = Fixtures.bundledState(analysed: false)
        other.press(.function(1))
        XCTAssertEqual(other.apply(.key(.control("c"))), [.cancelAnalysis, .quit(status: 0)], "Ctrl-C quits even under the help")
    }

    /// Ctrl-C while a line is typed cancels the line, as in less's and vim's prompts (a
    /// diplomat's `/abc` then Ctrl-C ended the reader); with none, it quits.
    func testCtrlCCancelsALineBeingTypedAndQuitsOtherwise() {
        var state = Fixtures.bundledState(analysed: true)
        for opening in ["/", ":", "t"] {
            state.type(opening + "abc")
            XCTAssertTrue(state.isTypingALine, opening)
            XCTAssertEqual(state.apply(.key(.control("c"))), [], "\(opening): Ctrl-C cancels the line")
            XCTAssertFalse(state.isTypingALine, opening)
            XCTAssertTrue(state.layers.isEmpty, "\(opening): the line is closed")
        }
        XCTAssertEqual(state.apply(.key(.control("c"))), [.cancelAnalysis, .quit(status: 0)])
    }

    func testStartAsksForTheAnalysisOnlyWhenTopicsAreLinked() {
        var state = Fixtures.bundledState(analysed: false)
        XCTAssertEqual(state.apply(.start), [.startAnalysis])
        var plain = ReaderState(documents: Fixtures.bundled, theme: Fixtures.theme, linksTopics: false)
        XCTAssertEqual(plain.apply(.start), [])
        XCTAssertFalse(render(plain).row(23).contains("linking"), "no engine, no linking notice")
        XCTAssertTrue(render(state).row(39).contains("linking 0%"))
    }

    func testQuoteQuoteIsOneBindingAndAnUnboundSecondKeyCancelsIt() {
        var state = Fixtures.bundledState(width: 100, height: 20)
        state.press(.character("G"))
        let bottom = state.panes[0].top
        state.press(.character("'"))
        XCTAssertEqual(state.panes[0].top, bottom, "the first quote waits for the second")
        state.press(.character("'"))
        XCTAssertEqual(state.panes[0].top, .top, "'' jumps back to where G came from")
        state.press(.character("'"), .character("x"), .character("j"))
        XCTAssertNotEqual(state.panes[0].top, .top, "'x is unbound and cancelled; j then scrolls")
    }

    func testThemeKeyAsksTheTerminalLayerAndTheAnswerApplies() {
        var state = Fixtures.bundledState(analysed: false)
        XCTAssertEqual(state.apply(.key(.character("T"))), [.loadTheme(after: "default")])
        let light = TerminalTheme(theme: try! ThemeLibrary(userDirectory: nil).load(named: "light"), tier: .direct)
        XCTAssertEqual(state.apply(.themeLoaded(light)), [.rememberTheme("light")], "the theme chosen with T is kept for next time")
        XCTAssertEqual(state.theme.name, "light")
        XCTAssertEqual(render(state)[0, 1].style, light.style("ui.text"), "the next frame is drawn with the new theme")
        // Said kept, for it is: a new user found `T`'s last theme at the next start.
        XCTAssertEqual(state.notice?.text, "theme: light (kept for next time; --theme, READOUTS_THEME or the configuration's theme comes first)")
        XCTAssertEqual(state.apply(.key(.character("T"))), [.loadTheme(after: "light")])
    }

    /// Without colour (NO_COLOR, or a terminal that has none) `T` says why nothing would
    /// change instead of announcing "theme: ansi16" over the same screen.
    func testThemeKeyWithoutColourSaysWhyAndSwitchesNothing() {
        var state = ReaderState(documents: Fixtures.bundled, theme: TerminalTheme(theme: .builtIn, tier: .none))
        state.colourlessBecause = "NO_COLOR is set (readouts --theme NAME overrides it)"
        let before = render(state)
        XCTAssertEqual(state.apply(.key(.character("T"))), [])
        XCTAssertEqual(state.notice?.text, "no colours to switch: NO_COLOR is set (readouts --theme NAME overrides it)")
        XCTAssertEqual(render(state).lines.dropLast(), before.lines.dropLast(), "only the status line changes")
    }

    func testAThemeThatFailsIsSkippedByTheNextT() {
        var state = Fixtures.bundledState(analysed: false)
        XCTAssertEqual(state.apply(.key(.character("T"))), [.loadTheme(after: "default")])
        state.apply(.themeFailed(name: "broken", reason: "broken.toml:1:1: expected a key"))
        XCTAssertEqual(state.notice?.text, "theme broken: broken.toml:1:1: expected a key")
        XCTAssertEqual(state.theme.name, "default", "the theme shown stays")
        XCTAssertEqual(state.apply(.key(.character("T"))), [.loadTheme(after: "broken")], "the next T moves past the broken one")
    }
}
