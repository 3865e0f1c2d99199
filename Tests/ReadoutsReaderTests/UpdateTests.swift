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
        XCTAssertFalse(state.showsHelp)
        XCTAssertEqual(state.panes[0].top, .top, "the key that closed help did nothing else")
        state.press(.character("q"))
        XCTAssertFalse(state.isRunning)
        var other = Fixtures.bundledState(analysed: false)
        other.press(.control("c"))
        XCTAssertFalse(other.isRunning)
    }

    func testThemeKeyAsksTheTerminalLayerAndTheAnswerApplies() {
        var state = Fixtures.bundledState(analysed: false)
        state.press(.character("T"))
        XCTAssertEqual(state.takeRequests(), [.nextTheme])
        XCTAssertEqual(state.takeRequests(), [])
        let light = TerminalTheme(theme: try! ThemeLibrary(userDirectory: nil).load(named: "light"), tier: .direct)
        state.apply(.theme(light))
        XCTAssertEqual(state.theme.name, "light")
        XCTAssertEqual(render(state)[0, 1].style, light.style("ui.text"), "the next frame is drawn with the new theme")
        XCTAssertEqual(state.message, "theme: light")
    }
}
