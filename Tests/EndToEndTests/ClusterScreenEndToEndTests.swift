import Foundation
import XCTest

/// Grapheme clusters on a real terminal (tmux): flags, skin tones, ZWJ sequences, emoji
/// with VS16, keycaps, Devanagari conjuncts, Hangul jamo, combining marks and zero-width
/// characters arrive whole, take the columns the reader gave them — the divider stays
/// in its column on every row — and leave no stale cell behind after an overlay closes
/// or the pane scrolls.
final class ClusterScreenEndToEndTests: XCTestCase {
    /// A line of the corpus, what tmux shows for it, and how many columns that takes
    /// (glibc's `wcwidth`, which tmux and ncursesw use). The reader does not send U+200D
    /// and U+FE0F (see `TerminalUnits`), so a ZWJ family shows as its members; zero-width
    /// characters that form clusters of their own are not drawn at all.
    static let corpus: [(line: String, shown: String, columns: Int)] = [
        ("flag 🇫🇷 end", "flag 🇫🇷 end", 11),
        ("flags 🇫🇷🇩🇪 end", "flags 🇫🇷🇩🇪 end", 14),
        ("lone 🇫 end", "lone 🇫 end", 10),
        ("skin 👍🏽 end", "skin 👍🏽 end", 13),
        ("family 👨\u{200D}👩\u{200D}👧 end", "family 👨👩👧 end", 17),
        ("rainbow 🏳\u{FE0F}\u{200D}🌈 end", "rainbow 🏳🌈 end", 15),
        ("heart ❤\u{FE0F}r end", "heart ❤r end", 12),
        ("keycap 1\u{FE0F}\u{20E3} end", "keycap 1\u{20E3} end", 12),
        ("kssa \u{915}\u{94D}\u{937} end", "kssa \u{915}\u{94D}\u{937} end", 11),
        ("jamo \u{1112}\u{1161}\u{11AB} end", "jamo \u{1112}\u{1161}\u{11AB} end", 11),
        ("zero a\u{200B}b\u{2060}c\u{FEFF}d end", "zero abcd end", 13),
        ("accent e\u{301}te end", "accent e\u{301}te end", 14),
        ("cjk 漢字 end", "cjk 漢字 end", 12),
    ]

    var directory: ScratchDirectory!
    var tmux: Tmux!

    override func setUpWithError() throws {
        try Tmux.requireTmux()
        directory = try ScratchDirectory("readouts-clusters")
        tmux = try Tmux()
    }

    override func tearDown() {
        tmux = nil
        directory.remove()
    }

    /// Starts the reader on the corpus (left) against plain rows (right), in a window
    /// `height` rows high.
    func start(height: Int) throws {
        let left = try directory.write("clusters.txt", Self.corpus.map(\.line).joined(separator: "\n") + "\n")
        let rows = Self.corpus.indices.map { String(format: "row %02d plain", $0 + 1) }
        let right = try directory.write("plain.txt", rows.joined(separator: "\n") + "\n")
        try tmux.start(["--no-lexicon", left, right], width: 80, height: height)
        try tmux.waitForStart()
    }

    /// Asserts that content rows show the corpus from line `first` on, each followed by
    /// spaces up to the divider in the title row's column, then the plain row.
    func assertRows(from first: Int, rows: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let screen = try tmux.screen()
        guard let divider = screen[0].firstIndex(of: "┬").map({ screen[0].distance(from: screen[0].startIndex, to: $0) }) else {
            return XCTFail("no divider in the title row: \(screen[0])", file: file, line: line)
        }
        for row in 0..<rows {
            let index = first + row
            guard index < Self.corpus.count else { break }
            let entry = Self.corpus[index]
            let expected = entry.shown + String(repeating: " ", count: max(0, divider - entry.columns)) + "│"
            let shown = screen[1 + row]
            XCTAssertTrue(shown.hasPrefix(expected), "row \(1 + row): expected \(expected.debugDescription), shown \(shown.debugDescription)", file: file, line: line)
            XCTAssertTrue(shown.hasSuffix(String(format: "row %02d plain", index + 1)), "the right pane's row \(index + 1) in place: \(shown.debugDescription)", file: file, line: line)
        }
    }

    func testClustersTakeTheirColumnsAndTheDividerStaysPut() throws {
        try start(height: Self.corpus.count + 2)
        try assertRows(from: 0, rows: Self.corpus.count)
    }

    func testNoStaleCellsAfterAnOverlayCloses() throws {
        try start(height: Self.corpus.count + 2)
        let before = try tmux.screen()
        try tmux.press("F1")
        XCTAssertTrue(try tmux.screen().joined().contains("Readouts help"))
        try tmux.press("Escape")
        try assertRows(from: 0, rows: Self.corpus.count)
        XCTAssertEqual(Array(try tmux.screen().prefix(Self.corpus.count + 1)), Array(before.prefix(Self.corpus.count + 1)))
    }

    func testNoStaleCellsAfterScrolling() throws {
        let rows = 6
        try start(height: rows + 2)
        try assertRows(from: 0, rows: rows)
        for step in 1...(Self.corpus.count - rows) {
            try tmux.press("j")
            try tmux.press("Tab", "j", "Tab")  // the right pane follows, so rows stay paired
            try assertRows(from: step, rows: rows)
        }
        for step in stride(from: Self.corpus.count - rows - 1, through: 0, by: -1) {
            try tmux.press("k", "Tab", "k", "Tab")
            try assertRows(from: step, rows: rows)
        }
    }
}
