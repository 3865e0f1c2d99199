import Foundation
import XCTest

/// Search in a real terminal: typing, the count in the status line, and the highlighted
/// cells as the terminal shows them (SGR attributes read back from tmux with `StyledScreen`).
final class SearchEndToEndTests: XCTestCase {
    var tmux: Tmux!

    override func setUpWithError() throws {
        try Tmux.requireTmux()
        tmux = try Tmux()
    }

    override func tearDown() { tmux = nil }

    /// Texts of runs of cells in the content rows (not the title or status row) satisfying `test`.
    func runs(_ test: (StyledScreen.Attributes) -> Bool) throws -> [String] {
        let rows = StyledScreen(try tmux.styledScreen()).rows
        var runs: [String] = []
        for row in rows.dropFirst().dropLast(2) {
            var run = ""
            for cell in row {
                if test(cell.attributes) { run.append(cell.character) } else if !run.isEmpty { runs.append(run); run = "" }
            }
            if !run.isEmpty { runs.append(run) }
        }
        return runs
    }

    /// The status row (the last non-empty row of the screen).
    func statusRow() -> String { ((try? tmux.screen()) ?? []).last { !$0.isEmpty } ?? "" }

    func testSlashSecuriteCountsAndHighlightsAccentedMatches() throws {
        try tmux.start()
        try tmux.waitForStart()
        try tmux.press("/")
        try tmux.sendLiteral("securite")
        try tmux.wait("the pattern and its count while typing") {
            statusRow().hasPrefix("/ in Kremlin: securite ") && statusRow().contains("match 1/4")
        }
        try tmux.press("Enter")
        XCTAssertTrue(statusRow().contains("match 1/4"), statusRow())
        let underlined = try runs { $0.underline }
        XCTAssertGreaterThanOrEqual(underlined.filter { $0 == "sécurité" }.count, 2,
                                    "every visible match is underlined, on the accented text: \(underlined)")
        XCTAssertEqual(try runs { $0.reverse }, ["sécurité"], "only the current match is reversed")

        try tmux.press("n")
        XCTAssertTrue(statusRow().contains("match 2/4"), statusRow())
        try tmux.press("N")
        try tmux.press("N")
        XCTAssertTrue(statusRow().contains("search wrapped"), statusRow())
        XCTAssertTrue(statusRow().contains("match 4/4"), statusRow())
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    /// A name as English readouts spell it finds the Russian text, highlighted on its own
    /// letters: an NGO researcher's `Moskalkova` found nothing (ICU's Latin is "moskal'kova").
    func testAnEnglishSpellingFindsTheRussianName() throws {
        let ru = tmux.home.appendingPathComponent("ru.txt"), en = tmux.home.appendingPathComponent("en.txt")
        try FileManager.default.createDirectory(at: tmux.home, withIntermediateDirectories: true)
        try "Уполномоченный по правам человека Татьяна Москалькова отметила, что это крупнейший обмен.\n\nПо словам Москальковой, в работе участвовали представители Красного Креста.\n"
            .write(to: ru, atomically: true, encoding: .utf8)
        try "Russian ombudsman Tatyana Moskalkova described it as the largest exchange.\n".write(to: en, atomically: true, encoding: .utf8)
        try tmux.start(["--linker", "lexical", ru.path, en.path], width: 120, height: 20)
        try tmux.waitForStart()
        try tmux.press("/")
        try tmux.sendLiteral("moskalkov")
        // The whole pattern typed and searched: "moskal" alone already finds both forms.
        try tmux.wait("both forms found") { let status = try statusRow(); return status.contains("moskalkov") && status.contains("match 1/2") }
        try tmux.press("Enter")
        XCTAssertEqual(try runs { $0.reverse }, ["Москальков"], "the current match, on the Cyrillic letters")
        XCTAssertEqual(try runs { $0.underline }.filter { $0.hasPrefix("Москальков") }.count, 2)
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    func testQuestionMarkShowsHelpThenSearchesBackward() throws {
        try tmux.start()
        try tmux.waitForStart()
        try tmux.press("?")
        XCTAssertTrue(try tmux.screen().joined().contains("Readouts help"))
        XCTAssertTrue(statusRow().hasPrefix("?"), statusRow())
        try tmux.press("e")
        XCTAssertFalse(try tmux.screen().joined().contains("Readouts help"), "typing hides the help")
        try tmux.press("Escape")
        XCTAssertFalse(statusRow().hasPrefix("?"), "Esc closes the prompt")
    }

    /// At 80 × 24 over ssh, the help `?` shows scrolls with PgDn and the arrows while nothing
    /// is typed, its title says how, its last row says there is more; Esc closes it with the
    /// prompt, and after a search cleared with Esc, `n` finds it again (a press officer's
    /// habits from less and vim).
    func testQuestionMarkHelpScrollsAndNRepeatsAClearedSearchAt80By24() throws {
        try tmux.start(width: 80, height: 24)
        try tmux.waitForStart()
        try tmux.press("?")
        var screen = try tmux.screen()
        XCTAssertTrue(screen[0].contains("↓ PgDn more") && screen[0].contains("Esc closes"), screen[0])
        XCTAssertTrue(screen[22].contains("↓ more ("), screen[22])
        try tmux.press("PageDown")
        screen = try tmux.screen()
        XCTAssertTrue(screen.joined().contains("next / previous match"), "PgDn shows the Search rows:\n" + screen.joined(separator: "\n"))
        XCTAssertTrue(statusRow().hasPrefix("?"), "the prompt is still empty and open: " + statusRow())
        try tmux.press("Escape")
        XCTAssertFalse(try tmux.screen().joined().contains("Readouts help"), "Esc closes the help and the prompt")
        try tmux.press("/")
        try tmux.sendLiteral("securite")
        try tmux.wait("the count") { statusRow().contains("match 1/4") }
        try tmux.press("Enter")
        try tmux.press("Escape")
        try tmux.press("n")
        XCTAssertTrue(statusRow().contains("match 2/4"), "n after Esc: the last search again: " + statusRow())
    }

    func testStarSearchesEveryPaneWithCounts() throws {
        try tmux.start()
        try tmux.waitForStart()
        try tmux.press("*")
        try tmux.sendLiteral("etats")
        try tmux.wait("per-pane counts") { statusRow().hasPrefix("* in every pane: etats ") && statusRow().contains("Kremlin 3, Maison Blanche 2") }
        try tmux.press("Enter")
        try tmux.press("n")
        try tmux.press("n")
        try tmux.press("n")
        XCTAssertTrue(statusRow().contains("match 4/5"), statusRow())
        XCTAssertTrue(statusRow().hasPrefix(" Maison Blanche"), "focus moved to the second pane: " + statusRow())
    }

    func testPathologicalRegexNeitherFreezesNorBlocksEscape() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("readouts-e2e-aaaa-\(getpid()).txt")
        let line = String(repeating: "a", count: 4000) + "b"
        try Array(repeating: line, count: 20).joined(separator: "\n\n").write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        try tmux.start([file.path, file.path])
        try tmux.waitForStart()
        try tmux.press("/")
        try tmux.press("C-r")
        try tmux.sendLiteral("(a+)+$")
        try tmux.wait("the slow pattern reported", timeout: 5) { statusRow().contains("too slow") }
        // Background steps also draw frames, so wait for the state rather than the next frame.
        try tmux.send("Escape")
        try tmux.wait("Esc closes the prompt while the count runs", timeout: 2) { !statusRow().hasPrefix("/") }
        try tmux.send("q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }
}
