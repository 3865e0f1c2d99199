import XCTest
@testable import ReadoutsReader

/// Compares a whole frame with the expected screen, row by row (ratatui's
/// `assert_buffer_lines`); a failure shows both screens.
func assertFrame(_ frame: Frame, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
    let actual = frame.lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
    let wanted = expected.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
    guard actual != wanted else { return }
    let rows = max(actual.count, wanted.count)
    let report = (0..<rows).map { row -> String in
        let a = row < actual.count ? actual[row] : "∅"
        let b = row < wanted.count ? wanted[row] : "∅"
        return (a == b ? "  " : "≠ ") + "expected │\(b)\n  actual   │\(a)"
    }.joined(separator: "\n")
    XCTFail("the frame differs from the expected screen:\n" + report, file: file, line: line)
}

/// Whole screens of the bundled readouts, so a change of layout is seen at once.
final class SnapshotTests: XCTestCase {
    func testFirstScreenAt80By12() {
        let state = Fixtures.bundledState(width: 80, height: 12, analysed: false)
        assertFrame(render(state), [
            " Kremlin · 2021-12-07 — Kremlin press   ┬   Maison Blanche · 2021-12-07",
            "TASS/. Les présidents de la Russie et   │  Le Kremlin a donné un compte rendu",
            "des États-Unis, Vladimir Poutine et     │  détaillé des pourparlers, soulignant",
            "Joe Biden, se sont mis d’accord sur     │  leur « nature franche et",
            "des « consultations détaillées » sur    │  pragmatique ». La Maison Blanche a",
            "des questions de sécurité sensibles, a  │  cependant publié un bref communiqué",
            "déclaré le service de presse du         │  de cinq phrases.",
            "Kremlin après les entretiens de deux    │",
            "heures sous forme de vidéoconférence.   │  Selon l’administration américaine,",
            "                                        │  Biden a exprimé les « profondes",
            "La question de l’Ukraine a dominé les   │  inquiétudes » de son pays concernant",
            " Kremlin Top                                           linking 0% follow ? help",
        ])
    }

    func testTooSmallWindow() {
        let state = Fixtures.bundledState(width: 19, height: 4)
        assertFrame(render(state), ["", "", "terminal too small", ""])
    }
}
