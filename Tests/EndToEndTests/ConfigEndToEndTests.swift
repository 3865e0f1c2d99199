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

    /// A vim user's `"Ctrl-J" = "next-topic"`: Ctrl-J (line feed) runs it, where it acted as
    /// Enter ("no current topic: press ] to go to one"); Enter (carriage return) still follows
    /// the link, keeps a search and runs a command line.
    func testControlJBoundInTheFileRunsItsCommandAndEnterStillFollowsTheLink() throws {
        try writeConfig("[keys]\n\"Ctrl-J\" = \"next-topic\"\n")
        try tmux.start(width: 160, height: 30)
        try tmux.waitForStart()
        try tmux.waitForLinking()
        try tmux.press("C-j")
        var status = try tmux.statusRow()
        XCTAssertTrue(status.contains(" 1/") && !status.contains("no current topic"), "Ctrl-J steps to a topic: \(status)")
        try tmux.press("Enter")
        status = try tmux.statusRow()
        XCTAssertTrue(status.contains("link") && !status.contains("no current topic"), "Enter follows the link: \(status)")
        try tmux.press("/")
        try tmux.type("Biden")
        try tmux.press("Enter")
        status = try tmux.statusRow()
        XCTAssertTrue(status.contains("match 1/"), "Enter keeps the search: \(status)")
        try tmux.type(":5")
        try tmux.press("Enter")
        try tmux.waitForStatus("sentence 5 of")
        try tmux.press("t")
        XCTAssertTrue(try tmux.screen().joined().contains("Maison Blanche"), "the topic list")
        try tmux.press("Enter")
        try tmux.press("F1")
        XCTAssertTrue(try tmux.screen().contains { $0.contains("Ctrl-J") && $0.contains("next-topic") }, "the help lists Ctrl-J under your keys")
        try tmux.press("Enter")
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        try tmux.assertRestored()
    }

    /// `"g t" = "next-pane"`: `g` (top) waits for the next key; `t` runs the sequence, not
    /// `g` then `t`'s topic list; `g` then another key goes to the top and does that key's command.
    func testASequenceBeginningWithABoundKeyRunsItsCommandAndTheKeyAloneStillWorks() throws {
        try writeConfig("[keys]\n\"g t\" = \"next-pane\"\n")
        try tmux.start(width: 160, height: 30)
        try tmux.waitForStart()
        try tmux.waitForLinking()
        let rows = try tmux.leftPane()
        try tmux.type("5j")
        XCTAssertEqual(try tmux.leftPane()[0], rows[5])
        try tmux.press("g")
        XCTAssertEqual(try tmux.leftPane()[0], rows[5], "g waits for the next key")
        try tmux.press("t")
        var status = try tmux.statusRow()
        XCTAssertTrue(status.contains("Maison Blanche") && !status.contains("Kremlin"), "g t: the next pane: \(status)")
        XCTAssertFalse(try tmux.screen().joined().contains("passages per version") , "no topic list")
        XCTAssertEqual(try tmux.leftPane()[0], rows[5], "and not g's top")
        try tmux.press("g", "t")
        status = try tmux.statusRow()
        XCTAssertTrue(status.contains("Kremlin"), "g t again: back to the first pane: \(status)")
        try tmux.press("g", "j")
        XCTAssertEqual(try tmux.leftPane()[0], rows[1], "g then j: the top, then a line down")
        XCTAssertFalse(try tmux.statusRow().contains("does nothing"))
        try tmux.press("G")
        try tmux.press("g", "o")
        status = try tmux.statusRow()
        XCTAssertTrue(status.contains("one-sided passage 1/") || status.contains("passage 1/"), "g then o: from the top, the first one-sided passage: \(status)")
        try tmux.press("F1")
        XCTAssertTrue(try tmux.screen().contains { $0.contains("gt") && $0.contains("next-pane") }, "the help lists gt under your keys")
        try tmux.press("Escape")
        try tmux.send("g", "q")
        XCTAssertEqual(try tmux.waitForExit(), 0, "g then q: quits")
        try tmux.assertRestored()
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
