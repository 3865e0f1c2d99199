import Foundation
import XCTest

/// NO_COLOR in a real terminal: it turns colour off by default; a theme chosen for the run
/// (`--theme`, or the configuration file's `theme`) overrides it, as no-color.org asks;
/// `READOUTS_THEME`, a default like NO_COLOR, does not; and `T` says why it switches nothing.
final class NoColorEndToEndTests: XCTestCase {
    var tmux: Tmux!

    override func setUpWithError() throws {
        try Tmux.requireTmux()
        tmux = try Tmux()
    }

    override func tearDown() { tmux = nil }

    func isColoured(_ screen: StyledScreen) -> Bool {
        screen.rows.joined().contains { $0.attributes.foreground != nil || $0.attributes.background != nil }
    }

    func testAThemeNamedOnTheCommandLineOverridesNoColor() throws {
        try tmux.start(["--theme", "high-contrast"], environment: ["NO_COLOR": "1"])
        try tmux.waitForStart()
        XCTAssertTrue(isColoured(StyledScreen(try tmux.styledScreen())), "--theme high-contrast shows its colours")
        try tmux.press("T")
        let status = try tmux.statusRow()
        XCTAssertTrue(status.contains("theme: "), "T switches themes: \(status)")
    }

    func testTheConfigurationsThemeOverridesNoColorButReadoutsThemeDoesNot() throws {
        try FileManager.default.createDirectory(at: tmux.configDirectory, withIntermediateDirectories: true)
        try "theme = \"light\"\n".write(to: tmux.configDirectory.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        try tmux.start(environment: ["NO_COLOR": "1"])
        try tmux.waitForStart()
        XCTAssertTrue(isColoured(StyledScreen(try tmux.styledScreen())), "config.toml's theme shows its colours")
        try tmux.restart(["--no-config"], environment: ["NO_COLOR": "1", "READOUTS_THEME": "light"])
        XCTAssertFalse(isColoured(StyledScreen(try tmux.styledScreen())), "READOUTS_THEME is a default: NO_COLOR wins")
    }

    /// The help under NO_COLOR has a line round it, and its legend names what is drawn.
    func testTheHelpUnderNoColorHasAnEdgeAndALegendOfAttributes() throws {
        try tmux.start(width: 160, height: 45, environment: ["NO_COLOR": "1"])
        try tmux.waitForStart()
        try tmux.press("F1")
        let help = try tmux.screen()
        XCTAssertTrue(help.contains { $0.contains("┌─ Readouts help") }, help.joined(separator: "\n"))
        XCTAssertTrue(help.contains { $0.contains("└─ any key closes ─") }, help.joined(separator: "\n"))
        XCTAssertTrue(help.contains { $0.range(of: #"underline +its words, in every pane"#, options: .regularExpression) != nil },
                      help.joined(separator: "\n"))
        XCTAssertFalse(help.contains { $0.range(of: #"colour +its words"#, options: .regularExpression) != nil })
    }

    func testThemeKeyUnderNoColorSaysWhyNothingChanges() throws {
        try tmux.start(environment: ["NO_COLOR": "1"])
        try tmux.waitForStart()
        try tmux.press("T")
        let status = try tmux.statusRow()
        XCTAssertTrue(status.contains("no colours to switch: NO_COLOR is set"), status)
        XCTAssertFalse(status.contains("theme: "), status)
        XCTAssertFalse(isColoured(StyledScreen(try tmux.styledScreen())))
    }
}
