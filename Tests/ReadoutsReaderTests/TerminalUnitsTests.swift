import ReadoutsText
import XCTest
@testable import ReadoutsReader

/// How a cell's cluster is cut into ncursesw units (`TerminalUnits`): each spacing
/// character with the zero-width ones after it, at the column `CellWidth` gives it, with
/// the joiners terminals disagree on left out.
final class TerminalUnitsTests: XCTestCase {
    private func summary(_ text: String, capacity: Int = 4) -> [String] {
        TerminalUnits.units(of: text, capacity: capacity).map { unit in
            "\(unit.column):" + unit.scalars.map { String(format: "%X", $0.value) }.joined(separator: "+")
        }
    }

    func testEachSpacingCharacterStartsAUnitAtItsColumn() {
        XCTAssertEqual(summary("🇫🇷"), ["0:1F1EB", "1:1F1F7"], "a flag: two one-column regional indicators")
        XCTAssertEqual(summary("👍🏽"), ["0:1F44D", "2:1F3FD"], "an emoji and its skin tone, two columns each")
        XCTAssertEqual(summary("\u{915}\u{94D}\u{937}"), ["0:915+94D", "1:937"], "क्ष: the virama rides on क")
        XCTAssertEqual(summary("\u{1112}\u{1161}\u{11AB}"), ["0:1112+1161+11AB"], "Hangul jamo: one two-column unit")
        XCTAssertEqual(summary("e\u{301}"), ["0:65+301"])
    }

    func testJoinersTerminalsDisagreeOnAreNotSent() {
        // tmux 3.3 folds a ZWJ family into 2 columns where wcwidth (and ncursesw) count 6.
        XCTAssertEqual(summary("👨\u{200D}👩\u{200D}👧"), ["0:1F468", "2:1F469", "4:1F467"])
        XCTAssertEqual(summary("🏳\u{FE0F}\u{200D}🌈"), ["0:1F3F3", "1:1F308"])
        XCTAssertEqual(summary("❤\u{FE0F}"), ["0:2764"], "❤️ in its one-column text form")
        XCTAssertEqual(summary("1\u{FE0F}\u{20E3}"), ["0:31+20E3"], "a keycap keeps its enclosing mark")
        let columns = TerminalUnits.units(of: "👨\u{200D}👩\u{200D}👧", capacity: 4).last.map { $0.column + 2 }
        XCTAssertEqual(columns, CellWidth.of("👨\u{200D}👩\u{200D}👧" as Character), "the units cover the cluster's columns exactly")
    }

    func testControlsBecomeReplacementCharactersAndMarksAreCapped() {
        XCTAssertEqual(summary("a\u{1B}"), ["0:61", "1:FFFD"])
        XCTAssertEqual(summary("a\u{301}\u{302}\u{303}\u{304}\u{305}", capacity: 3), ["0:61+301+302"])
        XCTAssertEqual(summary(""), ["0:20"], "an empty cell is written as a space")
    }
}
