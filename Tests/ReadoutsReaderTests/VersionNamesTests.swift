import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// The versions' short names in messages and narrow columns tell the versions apart.
final class VersionNamesTests: XCTestCase {
    func testShortLabelsAreTheirOwnNames() {
        XCTAssertEqual(VersionNames.short(["Kremlin", "Maison Blanche"]), ["Kremlin", "Maison Blanche"])
    }

    func testTheWordsEveryLabelSharesGiveWay() {
        XCTAssertEqual(VersionNames.short(["Short-Term Rental Regulation Act — Draft 1", "Short-Term Rental Regulation Act — Draft 2"]),
                       ["…Draft 1", "…Draft 2"])
        XCTAssertEqual(VersionNames.short(["Draft 1 of the Short-Term Rental Regulation Act", "Draft 2 of the Short-Term Rental Regulation Act"]),
                       ["Draft 1 of the…", "Draft 2 of the…"])
    }

    func testNamesThatWouldReadAlikeKeepTheirStartAndEnd() {
        let names = VersionNames.short(["Discours du Président", "President's address on the energy transition, as delivered (translation A)",
                                        "President's address on the energy transition, as delivered (translation B)"])
        XCTAssertEqual(names[0], "Discours du Président")
        XCTAssertEqual(Set(names).count, 3, "\(names)")
        for name in names { XCTAssertLessThanOrEqual(CellWidth.of(name), 24, name) }
        XCTAssertTrue(names[1].hasSuffix("translation A)") && names[2].hasSuffix("translation B)"), "\(names)")
    }

    /// Versions named by their files' names keep what tells them apart, on the status
    /// line's 8 cells too: a translator's "putin-trump-2025-05-19.en.txt" and
    /// "putin-trump-2025-05-19.fr-fautive.txt" read "put… (1)" and "put… (2)".
    func testFileNamesKeepWhatTellsThemApart() {
        let files = ["putin-trump-2025-05-19.en.txt", "putin-trump-2025-05-19.fr-fautive.txt"]
        XCTAssertEqual(VersionNames.short(files), ["…en.txt", "…fr-fautive.txt"])
        let narrow = VersionNames.short(files, limit: 8)
        XCTAssertEqual(narrow[0], "…en.txt")
        XCTAssertFalse(narrow.contains { $0.hasSuffix("(1)") || $0.hasSuffix("(2)") }, "\(narrow)")
        XCTAssertTrue(narrow[1].hasPrefix("fr") && narrow.allSatisfy { CellWidth.of($0) <= 8 }, "\(narrow)")
        XCTAssertEqual(VersionNames.short(["carney_macron_2025_en.md", "carney_macron_2025_fr.md"], limit: 12), ["…en.md", "…fr.md"])
    }

    func testALongLabelIsCutAtAWord() {
        XCTAssertEqual(VersionNames.short(["City Hall", "Transit Workers Union press statement on the strike"]),
                       ["City Hall", "Transit Workers Union…"])
    }

    func testLabelsAlikeOrEmptyAreToldApartByTheirPlace() {
        let long = "Presidential address on the energy transition"
        XCTAssertEqual(VersionNames.short([long, long]), ["Presidential… (1)", "Presidential… (2)"])
        XCTAssertEqual(VersionNames.short(["A", "A"]), ["A", "A"], "short labels are their own names")
        XCTAssertEqual(VersionNames.short(["   ", long]), ["version 1", "Presidential address on…"])
    }

    /// Three panes at 80 columns: titles too narrow for labels that begin alike keep what
    /// tells them apart (a translator's three titles read "Cabinet du Premier…" alike).
    func testNarrowPaneTitlesKeepWhatTellsLabelsApart() {
        let labels = ["Cabinet du Premier ministre (fr)", "Cabinet du Premier ministre (en)", "Cabinet du Premier ministre (es)"]
        let documents = labels.map { Fixtures.document("Le texte de la version.", label: $0) }
        for width in [80, 96] {
            let state = ReaderState(documents: documents, width: width, height: 20, theme: Fixtures.theme)
            let titles = render(state).row(0)
            XCTAssertGreaterThan(state.layout.panes.count, 1)
            for pane in state.layout.panes { XCTAssertTrue(titles.contains(["(fr)", "(en)", "(es)"][pane.version]), "\(width): \(titles)") }
        }
    }

    /// The compare view names each side by its whole label where the box has room, by its
    /// short name where not (a new user saw "Foreign Ministry…" in a wide box).
    func testTheCompareViewShowsWholeLabelsWhereTheyFit() throws {
        let labels = ["State Department readout of the Secretary's meeting", "Foreign Ministry statement on the meeting in Jakarta"]
        let texts = ["The Secretary and the Minister discussed climate change and maritime trade in Jakarta.",
                     "The Minister and the Secretary discussed climate change and maritime trade at length."]
        for (width, whole) in [(160, true), (50, false)] {
            let documents = zip(texts, labels).map { Fixtures.document($0, label: $1) }
            var state = ReaderState(documents: documents, width: width, height: 30, theme: Fixtures.theme)
            state.apply(.topics(TopicIndex(TopicEngine().analyse(documents), documents: documents), progress: 1))
            state.press(.character("]"))
            state.press(.character("c"))
            XCTAssertNotNil(state.compareView, state.notice?.text ?? "")
            let screen = (0..<state.height).map(render(state).row).joined(separator: "\n")
            XCTAssertEqual(screen.contains(labels[1]), whole, screen)
            if !whole { XCTAssertTrue(screen.contains(state.names[1].prefix(12)), screen) }
        }
    }
}
