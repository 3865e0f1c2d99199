import Glibc
import XCTest
@testable import ReadoutsReader

/// The C library's `wcwidth`, which Swift's Glibc module does not import.
@_silgen_name("wcwidth") private func wcwidth(_ character: Int32) -> Int32

/// The reader's one width table against the C library's `wcwidth`, which ncursesw uses to
/// place the cursor: where they disagree, the screen drifts from the layout.
final class CellWidthTests: XCTestCase {
    func testEveryAssignedCodePointHasTheWidthWcwidthGivesIt() throws {
        guard setlocale(LC_CTYPE, "C.UTF-8") != nil else { throw XCTSkip("no C.UTF-8 locale") }
        var compared = 0
        var unknownToTheCLibrary = 0
        var differences: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned else { continue }
            let expected = Int(wcwidth(Int32(bitPattern: value)))
            let ours = CellWidth.of(scalar)
            // Intended: control characters are never written (they show as placeholders).
            if scalar.properties.generalCategory == .control {
                XCTAssertEqual(ours, value == 0 ? 0 : 1)
                continue
            }
            if expected == -1 {
                // Assigned after the C library's Unicode version: it cannot place them either.
                unknownToTheCLibrary += 1
                XCTAssertEqual(ours, 1)
                continue
            }
            compared += 1
            if ours != expected { differences.append(String(format: "U+%04X ours %d wcwidth %d", value, ours, expected)) }
        }
        XCTAssertGreaterThan(compared, 250_000)
        XCTAssertEqual(differences, [], "unintended differences")
        print("CellWidth: \(compared) code points as wcwidth; \(unknownToTheCLibrary) assigned after the C library's tables")
    }

    func testClustersTakeTheSumOfTheirScalars() {
        XCTAssertEqual(CellWidth.of("é" as Character), 1)
        XCTAssertEqual(CellWidth.of("e\u{301}" as Character), 1)
        XCTAssertEqual(CellWidth.of("漢" as Character), 2)
        XCTAssertEqual(CellWidth.of("🇫🇷" as Character), 2, "two regional indicators of one column each")
        XCTAssertEqual(CellWidth.of("क्ष"), 2, "a conjunct: two spacing letters and a virama")
        XCTAssertEqual(CellWidth.of("👍🏽" as Character), 4, "an emoji and its skin tone, two columns each")
        XCTAssertEqual(CellWidth.of("👨‍👩‍👧" as Character), 6, "a ZWJ family: three emoji, zero-width joiners")
        XCTAssertEqual(CellWidth.of("❤️" as Character), 1, "U+2764 is one column; the variation selector none")
        XCTAssertEqual(CellWidth.of("\u{1100}\u{1161}\u{11A8}" as Character), 2, "Hangul jamo: a wide initial, zero-width rest")
        XCTAssertEqual(CellWidth.of("\u{0301}" as Character), 0, "a mark alone (drawn on a dotted circle)")
        XCTAssertEqual(CellWidth.of("a\u{200B}b"), 2, "a zero-width space takes nothing")
    }
}
