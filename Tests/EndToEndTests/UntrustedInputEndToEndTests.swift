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

    /// Russian saved in Windows-1251 is read as Russian, in the reader and in an export,
    /// which says so on standard error (a journalist's Kremlin readout showed as
    /// "Òåëåôîííûé ðàçãîâîð", and the export said nothing).
    func testRussianInWindows1251IsReadAsRussianAndSaid() throws {
        try Tmux.requireTmux()
        let russian = try file("kremlin.txt", [0xD2, 0xE5, 0xEB, 0xE5, 0xF4, 0xEE, 0xED, 0xED, 0xFB, 0xE9, 0x20, 0xF0, 0xE0, 0xE7, 0xE3, 0xEE, 0xE2, 0xEE, 0xF0, 0x20, 0xF1, 0x20, 0xCF, 0xF0, 0xE5, 0xE7, 0xE8, 0xE4, 0xE5, 0xED, 0xF2, 0xEE, 0xEC, 0x20, 0xD1, 0xD8, 0xC0, 0x2E, 0x20, 0xD1, 0xF2, 0xEE, 0xF0, 0xEE, 0xED, 0xFB, 0x20, 0xEE, 0xE1, 0xF1, 0xF3, 0xE4, 0xE8, 0xEB, 0xE8, 0x20, 0xD3, 0xEA, 0xF0, 0xE0, 0xE8, 0xED, 0xF3, 0x2E, 0x0A])
        let plain = try file("plain.txt", Array("The presidents discussed Ukraine.\n".utf8))
        let tmux = try Tmux()
        try tmux.start([russian, plain])
        try tmux.waitForStart()
        let text = try tmux.screen().joined(separator: "\n")
        XCTAssertTrue(text.contains("Телефонный разговор"), text)
        XCTAssertTrue(text.contains("Windows-1251"), "the status line says how the file was decoded")
        let output = try Tmux.run([Tmux.binary, "--export", "json", russian, plain])
        XCTAssertEqual(output.status, 0, output.text)
        XCTAssertTrue(output.text.contains("readouts: \(russian): decoded as Windows-1251\n"), output.text)
        XCTAssertTrue(output.text.contains("Стороны обсудили Украину"), output.text)
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
