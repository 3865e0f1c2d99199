import Foundation
import XCTest

/// less and vim keys in a real terminal: counts, `NG`, Ctrl-E / Ctrl-Y, `:N` with sentence
/// numbers, the ways to quit, and the mouse toggle.
final class KeyHabitsEndToEndTests: XCTestCase {
    var tmux: Tmux!

    override func setUpWithError() throws {
        try Tmux.requireTmux()
        tmux = try Tmux()
    }

    override func tearDown() { tmux = nil }

    func testCountsNGAndControlEAndControlY() throws {
        try tmux.start()
        try tmux.waitForStart()
        let rows = try tmux.leftPane()
        try tmux.type("5j")
        XCTAssertEqual(try tmux.leftPane()[0], rows[5], "5j: five rows down")
        try tmux.press("C-y")
        XCTAssertEqual(try tmux.leftPane()[0], rows[4], "Ctrl-Y: one row up")
        try tmux.press("C-e", "C-e")
        XCTAssertEqual(try tmux.leftPane()[0], rows[6], "Ctrl-E: one row down")
        try tmux.type("10G")
        XCTAssertEqual(try tmux.leftPane()[0], rows[9], "10G: row 10 at the top")
        try tmux.press("g")
        XCTAssertEqual(try tmux.leftPane()[0], rows[0])
        try tmux.type("50%")
        let status = try tmux.statusRow()
        XCTAssertTrue(status.contains("Kremlin 4"), "50% is about halfway: \(status)")
    }

    /// Home and End as terminals send them whatever the terminal type says: tmux under
    /// TERM=xterm-256color sends "ESC [ 1 ~", which ncurses split into Escape, "[" (a topic
    /// step) and "~" ("~ does nothing here").
    func testHomeAndEndInEveryFormTerminalsSend() throws {
        try tmux.start(term: "xterm-256color")
        try tmux.waitForStart()
        let home: [[UInt8]] = [[0x1B, 0x5B, 0x31, 0x7E], [0x1B, 0x5B, 0x37, 0x7E], [0x1B, 0x5B, 0x48], [0x1B, 0x4F, 0x48]]
        let end: [[UInt8]] = [[0x1B, 0x5B, 0x34, 0x7E], [0x1B, 0x5B, 0x38, 0x7E], [0x1B, 0x5B, 0x46], [0x1B, 0x4F, 0x46]]
        for (toEnd, toHome) in zip(end, home) {
            _ = try tmux.sendHex(toEnd, inputs: 1)
            var status = try tmux.statusRow()
            XCTAssertTrue(status.contains("Kremlin Bot") && !status.contains("does nothing"), "\(toEnd): \(status)")
            _ = try tmux.sendHex(toHome, inputs: 1)
            status = try tmux.statusRow()
            XCTAssertTrue(status.contains("Kremlin Top") && !status.contains("does nothing"), "\(toHome): \(status)")
        }
    }

    /// Two drafts of a bill in a real terminal: `J` goes to the amended sentence and says so,
    /// Enter says what changed, `J` again to the deleted article (now shown as only in A),
    /// `K` back (a legislative aide found no "next change" key).
    func testJAndKStepThroughTheChangesBetweenTwoDrafts() throws {
        let a = tmux.home.appendingPathComponent("A.txt"), b = tmux.home.appendingPathComponent("B.txt")
        try FileManager.default.createDirectory(at: tmux.home, withIntermediateDirectories: true)
        let articles = [("Scope", "This Act applies to every tenancy of a dwelling, written or oral."),
                        ("Registration", "Every landlord shall register with the Authority within ninety days of the commencement of a tenancy."),
                        ("Energy performance", "No dwelling may be let unless it holds an energy performance certificate of class E or better."),
                        ("Deposits", "A landlord shall not require a deposit exceeding two months' rent.")]
        func draft(_ list: [(String, String)]) -> String {
            list.enumerated().map { "Article \($0 + 1). \($1.0)\n\n\($1.1)" }.joined(separator: "\n\n") + "\n"
        }
        var amended = articles
        amended.remove(at: 2)
        amended[1].1 = amended[1].1.replacingOccurrences(of: "ninety", with: "sixty")
        try draft(articles).write(to: a, atomically: true, encoding: .utf8)
        try draft(amended).write(to: b, atomically: true, encoding: .utf8)
        try tmux.start(["--linker", "lexical", a.path, b.path], width: 120, height: 24)
        try tmux.waitForStart()
        try tmux.waitForLinking()
        try tmux.press("J")
        var status = try tmux.statusRow()
        XCTAssertTrue(status.contains("change 1/3 · B.txt: ninety → sixty"), status)
        try tmux.press("Enter")
        status = try tmux.statusRow()
        XCTAssertTrue(status.contains("ninety → sixty"), status)
        try tmux.press("J")
        XCTAssertTrue(try tmux.statusRow().contains("change 2/3 · not in B.txt"), "the deleted article's heading")
        try tmux.press("J")
        status = try tmux.statusRow()
        XCTAssertTrue(status.contains("change 3/3 · not in B.txt") && status.contains("only in A.txt"), status)
        try tmux.press("K")
        XCTAssertTrue(try tmux.statusRow().contains("change 2/3"))
    }

    /// Three versions at 80 × 24 show two panes: `J` in the first draft brings the second
    /// draft's pane beside it (it left the other account alongside, with no hint).
    func testJBringsTheOtherDraftIntoViewOfThreeVersionsAt80By24() throws {
        let account = tmux.home.appendingPathComponent("account.txt")
        let a = tmux.home.appendingPathComponent("A.txt"), b = tmux.home.appendingPathComponent("B.txt")
        try FileManager.default.createDirectory(at: tmux.home, withIntermediateDirectories: true)
        let articles = [("Scope", "This Act applies to every tenancy of a dwelling, written or oral."),
                        ("Registration", "Every landlord shall register with the Authority within ninety days of the commencement of a tenancy."),
                        ("Deposits", "A landlord shall not require a deposit exceeding two months' rent.")]
        func draft(_ list: [(String, String)]) -> String {
            list.enumerated().map { "Article \($0 + 1). \($1.0)\n\n\($1.1)" }.joined(separator: "\n\n") + "\n"
        }
        var amended = articles
        amended[1].1 = amended[1].1.replacingOccurrences(of: "ninety", with: "sixty")
        try "Landlords will have to register with the Authority, the Minister said.\n".write(to: account, atomically: true, encoding: .utf8)
        try draft(articles).write(to: a, atomically: true, encoding: .utf8)
        try draft(amended).write(to: b, atomically: true, encoding: .utf8)
        try tmux.start(["--linker", "lexical", account.path, a.path, b.path], width: 80, height: 24)
        try tmux.waitForStart()
        try tmux.waitForLinking()
        let title = try tmux.screen()[0]
        XCTAssertTrue(title.contains("account.txt"), title)
        try tmux.press("Tab")
        try tmux.press("J")
        let screen = try tmux.screen()
        let status = try tmux.statusRow()
        XCTAssertTrue(status.contains("B.txt: ninety → sixty"), status)
        XCTAssertTrue(screen[0].contains("A.txt") && screen[0].contains("B.txt") && !screen[0].contains("account.txt"),
                      "the drafts side by side: " + screen[0])
        XCTAssertTrue(screen.joined().contains("sixty days"), screen.joined(separator: "\n"))
    }

    /// A new user's redraft of a joint statement, most sentences lightly edited: `J` said
    /// "draft1.txt has no draft here"; now it steps through the edits, and from the second
    /// draft's pane reads them forward in time ("since draft1.txt: 48 → 24" had run backwards).
    func testJStepsThroughALightlyEditedRedraftFromEitherPane() throws {
        let a = tmux.home.appendingPathComponent("draft1.txt"), b = tmux.home.appendingPathComponent("draft2.txt")
        try FileManager.default.createDirectory(at: tmux.home, withIntermediateDirectories: true)
        let first = [
            "Joint statement on humanitarian access",
            "The undersigned organisations are deeply concerned by the continued restrictions on humanitarian access to civilians in the eastern regions.",
            "We call on all parties to grant the International Committee of the Red Cross immediate and unimpeded access to all places of detention within fourteen days.",
            "Each party shall notify the Committee of any transfer of detainees within 24 hours of the transfer taking place.",
            "We urge donors to increase funding for protection programmes by 30 percent.",
        ]
        var second = first
        second[1] = second[1].replacingOccurrences(of: "deeply ", with: "")
        second[2] = second[2].replacingOccurrences(of: "immediate and unimpeded access to all", with: "access to").replacingOccurrences(of: "fourteen", with: "thirty")
        second[3] = second[3].replacingOccurrences(of: "24 hours", with: "48 hours")
        second[4] = second[4].replacingOccurrences(of: "30 percent", with: "20 percent")
        try (first.joined(separator: "\n\n") + "\n").write(to: a, atomically: true, encoding: .utf8)
        try (second.joined(separator: "\n\n") + "\n").write(to: b, atomically: true, encoding: .utf8)
        try tmux.start(["--linker", "lexical", a.path, b.path], width: 160, height: 24)
        try tmux.waitForStart()
        try tmux.waitForLinking()
        try tmux.press("J")
        var status = try tmux.statusRow()
        XCTAssertTrue(status.contains("change 1/4 · draft2.txt: − deeply"), status)
        try tmux.press("J")
        status = try tmux.statusRow()
        XCTAssertTrue(status.contains("change 2/4 · draft2.txt: − immediate and unimpeded, − all, fourteen → thirty"), status)
        // Tab takes the sentence of change 2 to its counterpart in draft2: `J` goes on from it.
        try tmux.press("Tab", "J")
        status = try tmux.statusRow()
        XCTAssertTrue(status.contains("change 3/4 · since draft1.txt: 24 → 48"), status)
    }

    func testCountRepeatsTopicSteps() throws {
        try tmux.start()
        try tmux.waitForStart()
        try tmux.waitForLinking()
        try tmux.press("}", "}", "}")
        let three = try tmux.statusRow()
        try tmux.press("g", "Escape")
        try tmux.type("3}")
        let status = try tmux.statusRow()
        // The focused topic as the status row names it ("B Ukraine 1/6 · …").
        func topic(_ row: String) -> String { String(row.split(separator: "·").first ?? "").components(separatedBy: "  ").dropFirst().joined() }
        XCTAssertFalse(topic(status).isEmpty, status)
        XCTAssertEqual(topic(status), topic(three), "3} goes where } } } goes")
    }

    func testColonNumberWithSentenceNumbers() throws {
        try tmux.start()
        try tmux.waitForStart()
        try tmux.waitForLinking()
        try tmux.press("#")
        try tmux.wait("numbers in the margin") { try tmux.screen()[1].hasPrefix(" 1 ") }
        try tmux.type(":")
        XCTAssertTrue(try tmux.statusRow().hasPrefix(":"), "the command line opens on the status row")
        try tmux.type("12")
        try tmux.press("Enter")
        try tmux.waitForStatus("Kremlin sentence 12 of")
        let numbered = try tmux.screen().filter { $0.hasPrefix("12 ") }
        XCTAssertEqual(numbered.count, 1, "sentence 12 is on screen with its number")
        let sentence = try exportedSentences()[0][11]
        XCTAssertTrue(numbered[0].dropFirst(3).hasPrefix(sentence.prefix(20)), "\(numbered[0]) starts sentence 12: \(sentence)")
        try tmux.type(":set nonu")
        try tmux.press("Enter")
        try tmux.wait("numbers gone") { !(try tmux.screen().contains { $0.hasPrefix("12 ") }) }
    }

    /// `)` and `(` step through the sentences as vim's do, a count with them; a translator
    /// typed `:2`, `:3`, `:4`… for want of them.
    func testParenthesesStepThroughTheSentences() throws {
        try tmux.start()
        try tmux.waitForStart()
        try tmux.waitForLinking()
        for (keys, status) in [(")", "Kremlin sentence 1 of"), ("3)", "Kremlin sentence 4 of"), ("(", "Kremlin sentence 3 of")] {
            try tmux.type(keys)
            try tmux.waitForStatus(status)
        }
        try tmux.press("#")
        try tmux.wait("sentence 3 numbered on screen") { try tmux.screen().contains { $0.hasPrefix(" 3 ") } }
    }

    func testQAndZZAndColonQQuitAndRestoreTheTerminal() throws {
        try tmux.start()
        for keys in [["Q"], ["Z", "Z"], [":", "q", "Enter"]] {
            try tmux.waitForStart()
            try tmux.tmux(["send-keys", "-t", tmux.session] + keys)
            XCTAssertEqual(try tmux.waitForExit(), 0, "\(keys) quits")
            try tmux.assertRestored()
            try tmux.restart()
        }
    }

    func testMouseKeyTurnsTrackingOffAndOn() throws {
        try tmux.start()
        try tmux.waitForStart()
        XCTAssertEqual(try tmux.format("mouse_any_flag"), "1")
        try tmux.press("M")
        try tmux.waitForStatus("mouse off")
        XCTAssertEqual(try tmux.format("mouse_any_flag"), "0", "the terminal's own selection works without Shift")
        try tmux.press("M")
        try tmux.waitForStatus("mouse on")
        XCTAssertEqual(try tmux.format("mouse_any_flag"), "1")
    }
}
