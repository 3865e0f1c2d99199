import Foundation
import XCTest

/// Hostile and broken input: escape sequences never reach the terminal, bad files and
/// bad terminals get a one-line error and exit 2 with the terminal untouched.
final class UntrustedInputEndToEndTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("readouts-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try FileManager.default.removeItem(at: directory) }

    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func testEscapeSequencesAreShownAsPlaceholders() throws {
        try Tmux.requireTmux()
        var hostile = Array("# Hostile\n\nClear ".utf8) + [0x1b] + Array("[2J here. Title ".utf8)
        hostile += [0x1b] + Array("]0;PWNED".utf8) + [0x07] + Array(" clip ".utf8)
        hostile += [0x1b] + Array("]52;c;SGVsbG8=".utf8) + [0x07] + Array(" bell ".utf8) + [0x07]
        hostile += Array(" csi ".utf8) + [0xC2, 0x9B] + Array("31m red ".utf8) + Array("\u{202E}reversed end\n".utf8)
        let path = try file("hostile.txt", hostile)
        let plain = try file("plain.txt", Array("# Plain\n\nNothing to see, all calm.\n".utf8))
        let tmux = try Tmux()
        try tmux.tmux(["set", "-g", "set-clipboard", "on"])
        try tmux.start([path, plain])
        try tmux.waitForStart()
        let titleBefore = try tmux.format("pane_title")
        let text = try tmux.screen().joined(separator: "\n")
        XCTAssertTrue(text.contains("␛[2J"), "ESC shown as ␛")
        XCTAssertTrue(text.contains("␛]0;PWNED␇"), "OSC 0 shown inert")
        XCTAssertTrue(text.contains("␛]52;c;SGVsbG8=␇"), "OSC 52 shown inert")
        XCTAssertTrue(text.contains("␦31m"), "C1 CSI shown as a placeholder")
        XCTAssertTrue(text.contains("␦reversed"), "bidi override shown as a placeholder")
        XCTAssertTrue(text.contains("Nothing to see, all calm."), "the other pane was not cleared")
        XCTAssertNotEqual(try tmux.format("pane_title"), "PWNED")
        XCTAssertEqual(try tmux.format("pane_title"), titleBefore)
        XCTAssertFalse((try tmux.tmux(["show-buffer"])).contains("Hello"), "OSC 52 did not reach the clipboard")
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        XCTAssertNotEqual(try tmux.format("pane_title"), "PWNED")
    }

    func testEmptyFileOpensAsAnEmptyPane() throws {
        try Tmux.requireTmux()
        let empty = try file("empty.txt", [])
        let plain = try file("plain.txt", Array("Some text.\n".utf8))
        let tmux = try Tmux()
        try tmux.start([empty, plain])
        try tmux.waitForStart()
        XCTAssertTrue(try tmux.screen()[1].contains("(empty)"))
        XCTAssertTrue(try tmux.screen().last { !$0.isEmpty }?.contains("empty.txt: empty, nothing in it to compare") == true,
                      "the status line says the file is empty")
    }

    /// One file named twice opens twice, and the reader says so: every passage of two panes
    /// of one text links to itself, which would otherwise look like a perfect match.
    func testTheSameFileTwiceIsSaid() throws {
        try Tmux.requireTmux()
        let plain = try file("plain.txt", Array("Some text about grain. More about ships.\n".utf8))
        let tmux = try Tmux()
        try tmux.start([plain, plain])
        try tmux.waitForStart()
        let status = try tmux.screen().last { !$0.isEmpty } ?? ""
        XCTAssertTrue(status.contains("the same file as version 1"), status)
    }

    func testLegacyEncodingIsDecodedAndSaidInTheStatusLine() throws {
        try Tmux.requireTmux()
        let latin = try file("latin.txt", Array("Les pr".utf8) + [0xE9] + Array("sidents se sont mis d".utf8) + [0x92] + Array("accord.\n".utf8))
        let plain = try file("plain.txt", Array("Some text.\n".utf8))
        let tmux = try Tmux()
        try tmux.start([latin, plain])
        try tmux.waitForStart()
        let text = try tmux.screen().joined(separator: "\n")
        XCTAssertTrue(text.contains("Les présidents se sont mis d’accord."))
        XCTAssertTrue(text.contains("Windows-1252"), "the status line says how the file was decoded")
    }

    func testUnknownAndDumbTerminalsAreRefusedUntouched() throws {
        try Tmux.requireTmux()
        for (term, expected) in [("no-such-terminal", "unknown terminal type"), ("dumb", "cannot address the cursor")] {
            let tmux = try Tmux()
            try tmux.start(term: term)
            XCTAssertEqual(try tmux.waitForExit(), 2, term)
            let lines = try tmux.screen().filter { !$0.isEmpty && !$0.hasPrefix("[exit") }
            XCTAssertEqual(lines.count, 1, "one line: \(lines)")
            XCTAssertEqual(try tmux.format("alternate_on"), "0")
            XCTAssertTrue(lines.first?.contains(expected) ?? false, "\(term): \(lines)")
            try tmux.assertRestored()
        }
    }

    func testBadFilesGiveOneLineErrorsAndExit2() throws {
        let binary = try file("binary.bin", [0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2])
        let text = try file("ok.txt", Array("fine\n".utf8))
        let cases: [([String], String)] = [
            (["/nonexistent/a.txt", text], "/nonexistent/a.txt: no such file"),
            ([directory.path, text], "\(directory.path): is a directory"),
            ([binary, text], "\(binary): looks like a binary file"),
        ]
        for (arguments, expected) in cases {
            let output = try Tmux.run([Tmux.binary] + arguments)
            XCTAssertEqual(output.status, 2, expected)
            XCTAssertEqual(output.text.split(separator: "\n").count, 1, output.text)
            XCTAssertTrue(output.text.contains(expected), output.text)
        }
    }

    func testUnreadableFileIsRefused() throws {
        // Root reads any file whatever its mode: it then gets a file that opens but whose
        // read fails (the kernel answers EINVAL), which a reader must refuse the same way.
        let secret = getuid() == 0 ? "/proc/self/clear_refs" : try file("secret.txt", Array("x\n".utf8))
        if getuid() != 0 { chmod(secret, 0) }
        let output = try Tmux.run([Tmux.binary, secret, secret])
        XCTAssertEqual(output.status, 2, output.text)
        XCTAssertTrue(output.text.contains("cannot be read"), output.text)
        XCTAssertEqual(output.text.split(separator: "\n").count, 1, "one line")
    }

    func testStandardOutputNotATerminalPointsToExport() throws {
        let output = try Tmux.run([Tmux.binary])
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.text.contains("--export"), output.text)
    }
}
