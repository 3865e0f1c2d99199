import Foundation
import XCTest

/// The configuration file in a real terminal: its settings, its mistakes, `--no-config`.
final class ConfigEndToEndTests: XCTestCase {
    var tmux: Tmux!

    override func setUpWithError() throws {
        try Tmux.requireTmux()
        tmux = try Tmux(setClipboard: true)
    }

    override func tearDown() { tmux = nil }

    var configFile: URL { tmux.configDirectory.appendingPathComponent("config.toml") }

    func writeConfig(_ text: String) throws {
        try FileManager.default.createDirectory(at: tmux.configDirectory, withIntermediateDirectories: true)
        try text.write(to: configFile, atomically: true, encoding: .utf8)
    }

    /// `topic-language = "en"`: the bundled French readouts' lexicon topics are listed by
    /// their English names (the reader's own analysis; an export takes the option).
    func testTopicLanguageNamesTheReadersTopics() throws {
        try writeConfig("topic-language = \"en\"\n")
        try tmux.start(width: 160, height: 40)
        try tmux.waitForStart()
        try tmux.waitForLinking()
        try tmux.press("t")
        let list = try tmux.screen().joined(separator: "\n")
        XCTAssertTrue(list.contains("troops and military build-up"), list)
        XCTAssertFalse(list.contains("troupes et renforcement militaire"), list)
    }

    func testSettingsApplyAtStart() throws {
        try writeConfig("""
            theme = "light"
            mouse = false
            follow = false
            numbers = true
            wrap-width = 40
            clipboard = "file"

            [keys]
            "x" = "quit"
            "Ctrl-N" = "next-topic"
            """)
        try tmux.start(width: 200)
        try tmux.waitForStart()
        XCTAssertEqual(try tmux.format("mouse_any_flag"), "0", "mouse = false")
        try tmux.waitForLinking()
        let screen = try tmux.screen()
        XCTAssertTrue(screen[1].hasPrefix(" 1 "), "numbers = true: \(screen[1])")
        XCTAssertFalse(try tmux.statusRow().contains("follow"), "follow = false")
        // The first 60 columns hold the number margin and the text; the divider is at column 97.
        let widest = try tmux.leftPane().map { $0.prefix(60).dropFirst(3).trimmingCharacters(in: .whitespaces).count }.max() ?? 0
        XCTAssertLessThanOrEqual(widest, 40, "wrap-width = 40 in a 97-column pane")
        XCTAssertGreaterThan(widest, 30)
        try tmux.press("T")
        try tmux.waitForStatus("theme: mono")  // the theme after light: light was the theme
        try tmux.press("C-n")
        let status = try tmux.statusRow()
        XCTAssertTrue(status.contains(" 1/"), "Ctrl-N steps to a topic: \(status)")
        try tmux.press("y")
        try tmux.waitForStatus("copied Kremlin sentence")
        XCTAssertTrue(FileManager.default.fileExists(atPath: tmux.stateDirectory.appendingPathComponent("copied.txt").path),
                      "clipboard = \"file\", though tmux would take OSC 52")
        try tmux.press("F1")
        let help = try tmux.screen().joined(separator: "\n")
        XCTAssertTrue(help.contains("Your keys (config.toml)"), help)
        try tmux.press("Escape")
        try tmux.send("x")
        XCTAssertEqual(try tmux.waitForExit(), 0, "x = quit")
    }

    func testAMalformedFileStopsTheReaderWithItsLocation() throws {
        try writeConfig("theme = \"light\"\nmose = false\n")
        try tmux.start(width: 250)
        XCTAssertEqual(try tmux.waitForExit(), 2)
        let screen = try tmux.screen().filter { !$0.isEmpty }
        XCTAssertEqual(screen.first, "readouts: \(configFile.path):2:1: unknown key \"mose\" (did you mean \"mouse\"?), expected one of"
                       + " theme, mouse, follow, wrap-width, numbers, clipboard, topic-language, keys")
        try tmux.assertRestored()

        try writeConfig("[keys\n")
        let output = try Tmux.run(["env", "XDG_CONFIG_HOME=" + tmux.configDirectory.deletingLastPathComponent().path, Tmux.binary])
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.text.hasPrefix("readouts: \(configFile.path):1:6: "), output.text)
        XCTAssertEqual(output.text.split(separator: "\n").count, 1, output.text)

        try writeConfig("theme = \"nosuch\"\n")
        let theme = try Tmux.run(["env", "XDG_CONFIG_HOME=" + tmux.configDirectory.deletingLastPathComponent().path, Tmux.binary])
        XCTAssertEqual(theme.status, 2)
        XCTAssertTrue(theme.text.hasPrefix("readouts: \(configFile.path):1:9: no theme named nosuch; available: default"), theme.text)
    }

    func testNoConfigIgnoresTheFile() throws {
        try writeConfig("mouse = maybe\n")
        try tmux.start(["--no-config"])
        try tmux.waitForStart()
        XCTAssertEqual(try tmux.format("mouse_any_flag"), "1", "the defaults")
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }
}
