import Foundation
import XCTest

/// The theme a user gets without naming one: `light` on a terminal that says its
/// background is light (`COLORFGBG`), and the theme last chosen with `T`; `--theme`,
/// `READOUTS_THEME` and the configuration file's `theme` still win.
final class ThemeChoiceEndToEndTests: XCTestCase {
    var tmux: Tmux!

    override func setUpWithError() throws {
        try Tmux.requireTmux()
        tmux = try Tmux()
    }

    override func tearDown() { tmux = nil }

    /// The background most of the screen's text is drawn on: the theme's paper.
    func paper() throws -> String? {
        let screen = StyledScreen(try tmux.styledScreen())
        var counts: [String?: Int] = [:]
        for cell in screen.rows.dropLast().joined() where cell.character != " " { counts[cell.attributes.background, default: 0] += 1 }
        return counts.max { $0.value < $1.value }?.key
    }

    /// A press officer's light terminal (rxvt, Konsole and iTerm2 say "0;15") got the
    /// default theme's dark box; it now gets `light`, unless a theme is named.
    func testALightTerminalStartsInTheLightTheme() throws {
        try tmux.start(["--theme", "light"])
        try tmux.waitForStart()
        let light = try paper()
        try tmux.restart(["--theme", "default"])
        let dark = try paper()
        XCTAssertNotEqual(light, dark)

        try tmux.restart([], environment: ["COLORFGBG": "0;15"])
        XCTAssertEqual(try paper(), light, "dark text on a light background: the light theme")
        try tmux.restart([], environment: ["COLORFGBG": "0;default;15"])
        XCTAssertEqual(try paper(), light, "rxvt's three fields: the last is the background")
        try tmux.restart([], environment: ["COLORFGBG": "15;0"])
        XCTAssertEqual(try paper(), dark, "light text on a dark background: the default theme")
        try tmux.restart([], environment: ["COLORFGBG": "0;15", "READOUTS_THEME": "default"])
        XCTAssertEqual(try paper(), dark, "READOUTS_THEME wins over the terminal's background")
        try tmux.restart(["--theme", "default"], environment: ["COLORFGBG": "0;15"])
        XCTAssertEqual(try paper(), dark, "--theme wins over the terminal's background")
    }

    /// `T` is kept: the next session starts in the theme last chosen, over what the terminal
    /// suggests; `--theme` and `READOUTS_THEME` still win over it.
    func testTheThemeChosenWithTIsKeptForNextTime() throws {
        try tmux.start(["--theme", "light"])
        try tmux.waitForStart()
        let light = try paper()
        try tmux.restart(["--theme", "high-contrast"])
        let highContrast = try paper()
        try tmux.restart(["--theme", "default"])
        let dark = try paper()
        XCTAssertNotEqual(highContrast, dark)

        try tmux.restart([])
        try tmux.press("T")
        try tmux.waitForStatus("theme: ansi16")
        try tmux.press("T")
        try tmux.waitForStatus("theme: high-contrast")
        try tmux.restart([], environment: ["COLORFGBG": "0;15"])
        XCTAssertEqual(try paper(), highContrast, "the theme chosen with T, over the light background")
        try tmux.restart([], environment: ["READOUTS_THEME": "light"])
        XCTAssertEqual(try paper(), light, "READOUTS_THEME wins over the theme chosen with T")
        try tmux.restart(["--theme", "default"])
        XCTAssertEqual(try paper(), dark, "--theme wins over the theme chosen with T")
    }

    /// A damaged `theme.json` is set aside with a notice, and the reader starts as if no
    /// theme had been chosen.
    func testADamagedThemeFileIsSetAside() throws {
        try FileManager.default.createDirectory(at: tmux.stateDirectory, withIntermediateDirectories: true)
        let file = tmux.stateDirectory.appendingPathComponent("theme.json")
        try "{\"format\": 1, \"theme\": \"../../etc/x\"}".write(to: file, atomically: true, encoding: .utf8)
        try tmux.start([])
        try tmux.waitForStart()
        try tmux.waitForStatus("ignored theme.json: not a theme choice")
        let started = try paper()
        XCTAssertTrue(FileManager.default.fileExists(atPath: file.path + ".corrupt"))
        try tmux.restart(["--theme", "default"])
        XCTAssertEqual(started, try paper(), "the default theme, as if none had been chosen")
    }
}
