import Foundation
import XCTest

/// The reader in a real terminal (tmux): first frame, scrolling, resizing, quitting, and
/// the terminal restored after every way out.
final class ReaderEndToEndTests: XCTestCase {
    var tmux: Tmux!

    override func setUpWithError() throws {
        try Tmux.requireTmux()
        tmux = try Tmux()
    }

    override func tearDown() { tmux = nil }

    /// The first content row of the left pane (columns before the divider).
    func leftRow(_ screen: [String], _ row: Int = 1) -> String {
        String(screen[row].prefix { $0 != "│" && $0 != "┬" }).trimmingCharacters(in: .whitespaces)
    }

    func testBundledReadoutsOpenScrollResizeAndQuit() throws {
        try tmux.start()
        try tmux.waitForStart()
        var screen = try tmux.screen()
        XCTAssertTrue(screen[0].contains("Kremlin"), screen[0])
        XCTAssertTrue(screen[0].contains("Maison Blanche"), screen[0])
        let text = screen.joined(separator: "\n")
        for accented in ["présidents", "États-Unis", "d’accord", "sécurité", "vidéoconférence"] {
            XCTAssertTrue(text.contains(accented), "\(accented) on screen")
        }
        XCTAssertTrue(text.contains("«\u{A0}consultations"), "a guillemet with its no-break space and word")
        for row in screen.dropFirst() {
            for segment in row.split(separator: "│") {
                let words = segment.split(whereSeparator: { $0 == " " })
                XCTAssertNotEqual(words.last.map(String.init), "«", "a line never ends on an opening guillemet: \(row)")
                XCTAssertFalse(words.first.map { $0.hasPrefix("»") } ?? false, "a line never starts with a closing guillemet: \(row)")
            }
        }
        XCTAssertEqual(try tmux.format("alternate_on"), "1")
        XCTAssertEqual(try tmux.format("mouse_any_flag"), "1")

        let firstRow = leftRow(screen)
        try tmux.press("j")
        screen = try tmux.screen()
        XCTAssertEqual(leftRow(screen), leftRow(try tmux.screen(), 1))
        XCTAssertNotEqual(leftRow(screen), firstRow, "j scrolled the focused pane")
        try tmux.press("Space")
        try tmux.press("Space")
        let beforeResize = leftRow(try tmux.screen())
        let firstWord = String(beforeResize.split(separator: " ").first ?? "")

        try tmux.resize(width: 60, height: 20)
        try tmux.wait("reflow to 60 columns") { try tmux.screen()[0].count <= 60 && tmux.screen().count >= 19 }
        try tmux.waitForStart()
        screen = try tmux.screen()
        XCTAssertTrue(screen[0].contains("Kremlin"))
        XCTAssertTrue(leftRow(screen).hasPrefix(firstWord), "after a resize the top row still starts with \(firstWord): \(leftRow(screen))")

        try tmux.resize(width: 10, height: 3)
        try tmux.wait("too-small message") { try tmux.screen().joined().contains("too small") }
        try tmux.resize(width: 100, height: 30)
        try tmux.wait("recovery after enlarging") { try tmux.screen()[0].contains("Maison Blanche") }

        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        try tmux.assertRestored()
    }

    /// A search's match low in a tall window stays on screen when the window shrinks: at
    /// 80 × 24 the pane was still at `Top` and the match gone until `n`.
    func testShrinkingTheWindowKeepsTheSearchMatchInView() throws {
        try tmux.start(width: 160, height: 45)
        try tmux.waitForStart()
        try tmux.type("/cinq ans")
        try tmux.press("Enter")
        func leftText(_ screen: [String]) -> String {
            screen.prefix(23).dropFirst().map { leftRow([$0], 0) }.joined(separator: " ")
        }
        var screen = try tmux.screen()
        XCTAssertTrue(screen[44].contains("match"), screen[44])
        let row = try XCTUnwrap(screen.firstIndex { leftRow([$0], 0).contains("cinq ans") }, screen.joined(separator: "\n"))
        XCTAssertGreaterThan(row, 23, "the match is below what 24 rows show")

        let before = try tmux.inputCount() ?? 0
        try tmux.resize(width: 80, height: 24)
        try tmux.waitForInputs(before + 1)
        try tmux.wait("reflow to 80 columns") { try tmux.screen()[0].count <= 80 }
        screen = try tmux.screen()
        XCTAssertTrue(leftText(screen).contains("cinq ans"), "the match is still on screen:\n" + screen.joined(separator: "\n"))
        XCTAssertFalse(screen[23].contains("Top"), screen[23])

        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    func testHelpOverlayListsBindings() throws {
        try tmux.start()
        try tmux.waitForStart()
        try tmux.press("?")
        let text = try tmux.screen().joined(separator: "\n")
        for expected in ["Readouts help", "down one page", "Tab / Shift-Tab", "next / previous pane", "Ctrl-C", "In the search prompt"] {
            XCTAssertTrue(text.contains(expected), "help shows \(expected)")
        }
        try tmux.press("Escape")
        XCTAssertFalse(try tmux.screen().joined().contains("Readouts help"))
        // `q` closes it too, as a pager's help, and leaves no search prompt behind.
        try tmux.press("?")
        XCTAssertTrue(try tmux.screen().joined().contains("Readouts help"))
        try tmux.press("q")
        let after = try tmux.screen()
        XCTAssertFalse(after.joined().contains("Readouts help"))
        XCTAssertFalse(after.last?.hasPrefix("?") ?? true, after.last ?? "")
    }

    func testFocusMovesBetweenPanes() throws {
        try tmux.start()
        try tmux.waitForStart()
        XCTAssertTrue(try tmux.screen().last { !$0.isEmpty }!.hasPrefix(" Kremlin"))
        try tmux.press("Tab")
        XCTAssertTrue(try tmux.screen().last { !$0.isEmpty }!.hasPrefix(" Maison Blanche"))
        try tmux.press("h")
        XCTAssertTrue(try tmux.screen().last { !$0.isEmpty }!.hasPrefix(" Kremlin"))
    }

    func testMouseWheelScrollsThePaneUnderThePointerAndClickFocuses() throws {
        try tmux.start(height: 12)  // short enough that the White House pane scrolls
        try tmux.waitForStart()
        // Follow mode off: once the topics are linked (at a moment the test does not control)
        // it would rightly move the left pane to the passage linked to the scrolled one.
        try tmux.press("F")
        let before = try tmux.screen()
        // X10 mouse report (TERM=tmux-256color): wheel down at column 70, row 10.
        try tmux.sendHex([0x1b, 0x5b, 0x4d, 0x61, 33 + 69, 33 + 5], inputs: 1)
        let after = try tmux.screen()
        XCTAssertEqual(leftRow(after), leftRow(before), "the left pane did not move")
        XCTAssertNotEqual(after[1].dropFirst(53), before[1].dropFirst(53), "the right pane scrolled")
        // Click (press, release) in the right pane focuses it.
        try tmux.sendHex([0x1b, 0x5b, 0x4d, 0x20, 33 + 69, 33 + 5, 0x1b, 0x5b, 0x4d, 0x23, 33 + 69, 33 + 5])
        try tmux.wait("focus on the right pane") { try tmux.screen().last { !$0.isEmpty }!.hasPrefix(" Maison Blanche") }
    }

    func testSIGTERMRestoresTheTerminal() throws {
        try tmux.start()
        try tmux.waitForStart()
        let pid = try tmux.readerPID()
        try Tmux.run(["kill", "-TERM", pid])
        XCTAssertEqual(try tmux.waitForExit(), 128 + 15)
        try tmux.assertRestored()
    }

    func testSIGHUPRestoresTheTerminal() throws {
        try tmux.start()
        try tmux.waitForStart()
        try Tmux.run(["kill", "-HUP", try tmux.readerPID()])
        XCTAssertEqual(try tmux.waitForExit(), 128 + 1)
        try tmux.assertRestored()
    }

    func testCtrlCQuitsAndRestores() throws {
        try tmux.start()
        try tmux.waitForStart()
        try tmux.send("C-c")
        XCTAssertEqual(try tmux.waitForExit(), 128 + 2)
        try tmux.assertRestored()
    }

    /// Starts the reader and types `/abc`, the search prompt left open.
    private func startTypingASearch() throws {
        try tmux.start()
        try tmux.waitForStart()
        try tmux.send("/", "abc")
        try tmux.wait("the prompt") { try tmux.screen().contains { $0.hasPrefix("/ in Kremlin: abc") } }
    }

    /// Ctrl-C while a search is typed cancels the search, as in less and vim (a diplomat's
    /// `/abc` then Ctrl-C ended the reader); then, with no line typed, it quits.
    func testCtrlCInTheSearchPromptCancelsTheSearch() throws {
        try startTypingASearch()
        try tmux.send("C-c")
        try tmux.wait("the prompt closed, the reader still there") {
            let screen = try tmux.screen()
            return !screen.contains { $0.hasPrefix("/ in Kremlin: abc") } && screen[0].contains("Maison Blanche")
        }
        XCTAssertEqual(try tmux.format("alternate_on"), "1", "the reader is still running")
        try tmux.send("C-c")
        XCTAssertEqual(try tmux.waitForExit(), 128 + 2)
        try tmux.assertRestored()
    }

    /// SIGINT from another process (`kill -INT`, `timeout -s INT`) ends the reader even while
    /// a line is typed: only Ctrl-C typed at the terminal is the line's key.
    func testSIGINTFromAnotherProcessEndsTheReaderWhileALineIsTyped() throws {
        try startTypingASearch()
        try Tmux.run(["kill", "-INT", try tmux.readerPID()])
        XCTAssertEqual(try tmux.waitForExit(), 128 + 2)
        try tmux.assertRestored()
    }

    /// A reader whose terminal goes away without the hangup signal reaching it (outside the
    /// terminal's foreground group, or its session: here `setsid`) ends, as it would by the
    /// signal. It went on waiting for keys from a terminal that answered every read at once,
    /// at full processor load, for good (found by a session's stray readers).
    func testAReaderWhoseTerminalIsGoneEnds() throws {
        let pidFile = tmux.home.appendingPathComponent("reader.pid").path
        let command = ["env", "TERM=tmux-256color", "LANG=C.UTF-8", "XDG_CACHE_HOME=\(Tmux.scratchCache)",
                       "XDG_STATE_HOME=\(tmux.home.path)/state", "XDG_CONFIG_HOME=\(tmux.home.path)/config", Tmux.binary]
            .map(Tmux.quote).joined(separator: " ")
        let script = "echo $$ > \(Tmux.quote(pidFile)); exec \(command)"
        _ = try tmux.tmux(["new-session", "-d", "-s", "gone", "-x", "100", "-y", "30", "setsid -w sh -c " + Tmux.quote(script)])
        try tmux.wait("the reader's process") { FileManager.default.fileExists(atPath: pidFile) }
        let pid = try XCTUnwrap(Int32(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        try tmux.wait("the first screen") { try tmux.tmux(["capture-pane", "-p", "-t", "gone"]).contains("Maison Blanche") }
        _ = try tmux.tmux(["kill-session", "-t", "gone"])
        func isRunning() -> Bool {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
            return !stat.contains(") Z ")
        }
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, isRunning() { usleep(50_000) }
        XCTAssertFalse(isRunning(), "the reader outlived its terminal")
        if isRunning() { kill(pid, SIGKILL) }
    }

    func testCrashRestoresTheTerminal() throws {
        try tmux.start(environment: ["READOUTS_TEST_CRASH": "1"])
        let status = try tmux.waitForExit()
        XCTAssertNotEqual(status, 0)
        try tmux.assertRestored()
    }

    func testSuspendAndResumeRepaintsAndArrowsWork() throws {
        try tmux.start()
        try tmux.waitForStart()
        try tmux.send("C-z")
        try tmux.wait("the shell's prompt after Ctrl-Z") { try tmux.screen().contains("[stopped]") }
        try tmux.assertRestored()
        try tmux.send("Enter")  // the shell runs fg
        try tmux.wait("repaint after fg") {
            try tmux.format("alternate_on") == "1" && tmux.screen()[0].contains("Maison Blanche")
        }
        // The arrow below would pass without keypad mode (both forms of Down are read).
        try tmux.wait("keypad mode and mouse tracking after fg") {
            try tmux.format("keypad_cursor_flag") == "1" && tmux.format("mouse_standard_flag") == "1"
        }
        let top = leftRow(try tmux.screen())
        try tmux.press("Down")
        XCTAssertNotEqual(leftRow(try tmux.screen()), top, "the first arrow after fg scrolls")
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        try tmux.assertRestored()
    }

    func testTinyWindowsNeverCrash() throws {
        try tmux.start()
        let first = try tmux.waitForStart()
        for (width, height) in [(1, 1), (2, 1), (5, 2), (10, 3), (19, 4)] {
            try tmux.resize(width: width, height: height)
            try tmux.wait("\(width)×\(height)") { try tmux.format("window_width") == "\(width)" }
        }
        try tmux.wait("the too-small notice at 19×4") { try tmux.screen().joined().contains("terminal too small") }
        try tmux.resize(width: 100, height: 30)
        try tmux.wait("recovery") { try tmux.screen()[0].contains("Maison Blanche") }
        XCTAssertGreaterThan(try tmux.inputCount() ?? 0, first, "the resizes reached the reader")
        XCTAssertFalse(tmux.hasExited, "alive after every size")
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }
}
