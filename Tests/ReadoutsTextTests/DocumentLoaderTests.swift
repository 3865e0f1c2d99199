import XCTest
@testable import ReadoutsText

final class BundledReadoutsTests: XCTestCase {
    /// A file named on the command line with its folder is not titled twice: "kremlin.txt —
    /// texts/kremlin.txt" told nothing the label had not (an analyst's trial). Another label
    /// keeps its source.
    func testAFileIsNotTitledByItsNameTwice() throws {
        let named = try DocumentLoader.load(bytes: Array("Une phrase.".utf8), name: "kremlin.txt", path: "texts/kremlin.txt", markdown: false)
        XCTAssertEqual(named.label, "kremlin.txt")
        XCTAssertNil(named.shownSource)
        let labelled = try DocumentLoader.load(bytes: Array("Une phrase.".utf8), name: "kremlin.txt", path: "texts/kremlin.txt",
                                               markdown: false, label: "Kremlin")
        XCTAssertEqual(labelled.shownSource, "texts/kremlin.txt")
    }

    func testBundledReadoutsKeepTheirTypography() {
        let documents = BundledReadouts.documents()
        XCTAssertEqual(documents.map(\.label), ["Kremlin", "Maison Blanche"])
        XCTAssertEqual(documents.map(\.id), ["kremlin", "maison-blanche"])
        let kremlin = documents[0]
        XCTAssertTrue(kremlin.text.hasPrefix("TASS/.\u{A0}Les présidents"))
        XCTAssertTrue(kremlin.text.contains("«\u{A0}consultations détaillées\u{A0}»"), "guillemets with their no-break spaces")
        XCTAssertTrue(kremlin.text.contains("l’Ukraine"))
        XCTAssertFalse(kremlin.text.contains("Version Maison Blanche"))
        XCTAssertFalse(kremlin.text.contains("Spread the love"))
        let headings = kremlin.blocks.filter(\.isHeading).map { kremlin.string($0.range) }
        XCTAssertEqual(headings, ["Ukraine – sanctions et garanties", "Relations bilatérales", "Cybersécurité et Iran"])
        XCTAssertEqual(kremlin.date, "2021-12-07")
        let whiteHouse = documents[1]
        XCTAssertTrue(whiteHouse.text.contains("«\u{A0}des mesures économiques et autres fortes\u{A0}»"))
        XCTAssertFalse(whiteHouse.text.contains("Leave A Reply"))
        XCTAssertFalse(whiteHouse.text.contains("XYZScripts"))
        XCTAssertEqual(whiteHouse.blocks.count, 4)
    }
}
