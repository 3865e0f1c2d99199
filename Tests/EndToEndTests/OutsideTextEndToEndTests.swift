import Foundation
import XCTest

/// The program's own output quotes outside text — file names, option values, `TERM`,
/// theme descriptions, labels — and none of it may act on the terminal: every message is
/// one line, with control and bidi characters shown as `\e`, `\a`, `\x9B`, `\u{202E}`.
final class OutsideTextEndToEndTests: XCTestCase {
    var directory: ScratchDirectory!

    override func setUpWithError() throws { directory = try ScratchDirectory("readouts-outside") }
    override func tearDown() { directory.remove() }

    /// Checks a message: the exit status, one line, no raw control, bidi or C1 character,
    /// and the escaped form of the outside text in it.
    func assertOneEscapedLine(_ output: (status: Int32, text: String), status: Int32, contains escaped: String,
                              file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(output.status, status, output.text, file: file, line: line)
        XCTAssertEqual(output.text.split(separator: "\n", omittingEmptySubsequences: false).count, 2,
                       "one line: \(output.text.debugDescription)", file: file, line: line)
        XCTAssertFalse(output.text.dropLast().unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) || $0 == "\u{202E}" },
                       "no raw control: \(output.text.debugDescription)", file: file, line: line)
        XCTAssertTrue(output.text.contains(escaped), "\(escaped) in \(output.text.debugDescription)", file: file, line: line)
    }

    func run(_ arguments: [String], environment: [String] = []) throws -> (status: Int32, text: String) {
        let output = try Tmux.run(environment + [Tmux.binary] + arguments)
        return (output.status, output.text)
    }

    /// The reproducer: a binary file whose name sets the window title (OSC 2) and
    /// the clipboard (OSC 52).
    func testAHostileFileNameSetsNeitherTitleNorClipboard() throws {
        try Tmux.requireTmux()
        let hostile = try directory.write("b\u{1B}]2;PWNED\u{07}\u{1B}]52;c;UFdORUQ=\u{07}.md", "\u{7F}ELF\u{0}\u{0}\u{1}\u{2}")
        let plain = try directory.write("a.md", "Some text.\n")
        let tmux = try Tmux()
        try tmux.tmux(["set", "-g", "set-clipboard", "on"])
        try tmux.start([plain, hostile], width: 200)
        let title = try tmux.format("pane_title")
        XCTAssertEqual(try tmux.waitForExit(), 2)
        let lines = try tmux.screen().filter { !$0.isEmpty && !$0.hasPrefix("[exit") }
        XCTAssertEqual(lines.count, 1, "one line: \(lines)")
        XCTAssertTrue(lines.first?.contains("b\\e]2;PWNED\\a\\e]52;c;UFdORUQ=\\a.md: looks like a binary file") ?? false, "\(lines)")
        XCTAssertEqual(try tmux.format("pane_title"), title, "the window title is unchanged")
        XCTAssertNotEqual(try tmux.format("pane_title"), "PWNED")
        XCTAssertEqual(try tmux.tmux(["list-buffers"]), "", "nothing reached the clipboard")
        try tmux.assertRestored()
    }

    func testAHostileTerminalTypeIsQuotedEscaped() throws {
        try Tmux.requireTmux()
        let tmux = try Tmux()
        try tmux.start(term: "x\u{1B}]2;PWNED\u{07}")
        let title = try tmux.format("pane_title")
        XCTAssertEqual(try tmux.waitForExit(), 2)
        let lines = try tmux.screen().filter { !$0.isEmpty && !$0.hasPrefix("[exit") }
        XCTAssertEqual(lines, ["readouts: unknown terminal type 'x\\e]2;PWNED\\a' (no terminfo entry)"])
        XCTAssertEqual(try tmux.format("pane_title"), title)
    }

    func testANameWithANewlineStaysOnOneLine() throws {
        let plain = try directory.write("a.md", "Some text.\n")
        assertOneEscapedLine(try run([directory.url.path + "/x\n.md", plain]), status: 2, contains: "x\\n.md: no such file")
        assertOneEscapedLine(try run(["\u{202E}dm.x\r", plain]), status: 2, contains: "\\u{202E}dm.x\\r: no such file")
    }

    func testOptionValuesAndTheParsersMessagesAreEscaped() throws {
        assertOneEscapedLine(try run(["--theme", "\u{1B}]2;PWNED\u{07}"]), status: 2, contains: "no theme named \\e]2;PWNED\\a; available: default")
        assertOneEscapedLine(try run(["--topics", "/no/\u{9B}31m.toml", "--export", "json"]), status: 2, contains: "/no/\\x9B31m.toml")
        assertOneEscapedLine(try run(["--\u{1B}[2J"]), status: 64, contains: "unknown option '--\\e[2J'")
        assertOneEscapedLine(try run(["--export", "js\non"]), status: 64, contains: "'js\\non'")
    }

    func testListThemesShowsEachUserThemeOnOneEscapedLine() throws {
        try FileManager.default.createDirectory(at: directory.url.appendingPathComponent("readouts/themes"), withIntermediateDirectories: true)
        _ = try directory.write("readouts/themes/evil\u{1B}[31m.toml",
                            "description = \"Evil\\u001B]2;PWNED\\u0007\\nsecond line\"\ninherits = \"mono\"\n")
        let output = try run(["--list-themes"], environment: ["env", "XDG_CONFIG_HOME=\(directory.url.path)"])
        XCTAssertEqual(output.status, 0, output.text)
        let lines = output.text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 6, "five shipped themes and the user's, one a line: \(lines)")
        let evil = lines.first { $0.hasPrefix("evil") } ?? ""
        XCTAssertTrue(evil.hasPrefix("evil\\e[31m "), evil)
        // A description must be one line: this theme is listed as not loading, its
        // message escaped on the same line.
        XCTAssertTrue(evil.contains("does not load") && evil.contains("description has a line break or control character"), evil)
        XCTAssertFalse(output.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, output.text.debugDescription)
    }

    /// Labels and lexicon ids and labels are outside text too: in the export they get the
    /// document-text treatment (placeholders), like the text itself.
    func testExportedLabelsAndLexiconIdsAreSanitisedLikeDocumentText() throws {
        let a = try directory.write("a.md", "Les sanctions et la cybersécurité.\n")
        let b = try directory.write("b.md", "Sanctions again, and cybersécurité.\n")
        let lexicon = try directory.write("lexicon.toml", """
            [topic."cy\\u009Bber\\u202E"]
            label = "cyber\\u009B31m\\u202Eevil\\nline"
            fr = ["cybersécurité"]
            """)
        let output = try Tmux.run([Tmux.binary, "--export", "json", "--topics", lexicon,
                                   "--label", "Kremlin\u{9B}31m\u{202E}", "--label", "B\nside", a, b])
        XCTAssertEqual(output.status, 0, output.text)
        let object = try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as! [String: Any]
        let labels = (object["versions"] as! [[String: Any]]).map { $0["label"] as! String }
        XCTAssertEqual(labels, ["Kremlin␦31m␦", "B␊side"])
        let topic = (object["topics"] as! [[String: Any]]).first { ($0["label"] as! String).contains("evil") }
        XCTAssertEqual(topic?["id"] as? String, "cy␦ber␦")
        XCTAssertEqual(topic?["label"] as? String, "cyber␦31m␦evil␊line")
        let unsafe = output.text.unicodeScalars.filter { (0x80..<0xA0).contains($0.value) || $0 == "\u{202E}" }
        XCTAssertTrue(unsafe.isEmpty, "no C1 or bidi control anywhere in the export: \(unsafe.map { String($0.value, radix: 16) })")
    }
}
