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
            " Kremlin · 2021-12-07                  ┬     Maison Blanche · 2021-12-07",
            "TASS/. Les présidents de la Russie     │    Le Kremlin a donné un compte rendu",
            "et des États-Unis, Vladimir Poutine    │    détaillé des pourparlers, soulignant",
            "et Joe Biden, se sont mis d’accord     │    leur « nature franche et",
            "sur des « consultations détaillées »   │    pragmatique ». La Maison Blanche a",
            "sur des questions de sécurité          │    cependant publié un bref communiqué",
            "sensibles, a déclaré le service de     │    de cinq phrases.",
            "presse du Kremlin après les            │",
            "entretiens de deux heures sous forme   │    Selon l’administration américaine,",
            "de vidéoconférence.                    │    Biden a exprimé les « profondes",
            "                                       │    inquiétudes » de son pays concernant",
            " Kremlin Top                                           linking 0% follow ? help",
        ])
    }

    /// A topic chosen in the topic list: the status line names it with its place among its
    /// occurrences and the pane it is in, and follow mode brings the linked White House
    /// sentence alongside (same row).
    func testTopicFocusedAt100By16() {
        var state = Fixtures.bundledState(width: 100, height: 16)
        state.press(.character("t"))
        state.type("troupes")
        state.press(.enter)
        assertFrame(render(state), [
            " Kremlin · 2021-12-07 — TASS in French, from…    ┬     Maison Blanche · 2021-12-07",
            "2015 qui restent la seule base pour un           │    franche et pragmatique ». La Maison Blanche a",
            "règlement de paix dans ce pays.                  │    cependant publié un bref communiqué de cinq",
            "                                                 │    phrases.",
            "Biden, à son tour, a souligné les mouvements     │",
            "prétendument menaçants des troupes russes près *E│    Selon l’administration américaine, Biden a",
            "de la frontière avec l’Ukraine et a décrit les  B│    exprimé les « profondes inquiétudes » de son",
            "sanctions possibles que les États-Unis et       D│E   pays concernant le renforcement des forces",
            "leurs alliés seraient prêts à imposer en cas    F│B   russes près de la frontière avec l’Ukraine et",
            "de nouvelle escalade, a déclaré le Kremlin.      │    a clairement indiqué que les États-Unis et",
            "                                                 │F+  leurs alliés répondraient par « des mesures",
            "En réponse, le président russe a appelé à ne     │    économiques et autres fortes ». Il a également",
            "pas transférer la responsabilité de l’escalade   │    appelé à « un retour à la diplomatie ».",
            "de la situation autour de l’Ukraine à la        B│",
            "Russie. Le pays souhaite disposer de garanties  K↙A   Les deux présidents ont chargé leurs équipes",
            " Kremlin 25%  E troupes et renforcement militaire 1/2 · Kremlin               lexical follow ? help",
        ])
    }

    /// At 60 columns one pane shows at a time: it keeps its gutter marks, and the status line
    /// says which version this is and which key shows the other.
    func testSinglePaneAt60By20() {
        let state = Fixtures.bundledState(width: 60, height: 20)
        assertFrame(render(state), [
            " Kremlin · 2021-12-07  [1/2] — TASS in French, from the…",
            "TASS/. Les présidents de la Russie et des États-Unis,",
            "Vladimir Poutine et Joe Biden, se sont mis d’accord sur",
            "des « consultations détaillées » sur des questions de     A",
            "sécurité sensibles, a déclaré le service de presse du",
            "Kremlin après les entretiens de deux heures sous forme de",
            "vidéoconférence.",
            "",
            "La question de l’Ukraine a dominé les discussions. En     B",
            "outre, les présidents ont discuté de la mise en œuvre des",
            "décisions du sommet de Genève, du dialogue sur la         H",
            "cybersécurité et des questions bilatérales, y compris le  C",
            "fonctionnement des missions diplomatiques. TASS a         I",
            "rassemblé les principaux points connus de la",
            "conversation.",
            "",
            "Ukraine – sanctions et garanties                          B+",
            "",
            "Selon le Kremlin, les pourparlers ont principalement",
            " Kremlin Top  1/2 · Tab: Maison Blanche       follow ? help",
        ])
    }

    func testTooSmallWindow() {
        let state = Fixtures.bundledState(width: 19, height: 4)
        assertFrame(render(state), ["", "", "terminal too small", ""])
    }
}
