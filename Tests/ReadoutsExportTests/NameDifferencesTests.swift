import XCTest
import ReadoutsText
import ReadoutsTopics
@testable import ReadoutsExport

/// A translation's counterparts that name other persons are listed after the figures in the
/// brief and the page, and in the JSON export's `"names"`: a translator's planted "Boris
/// Johnson" rendered "Theresa May" went unsaid while her changed figure was listed.
final class NameDifferencesTests: XCTestCase {
    static let texts = [
        "Le premier ministre Justin Trudeau s’est entretenu aujourd’hui avec Theresa May. "
            + "Les deux dirigeants ont discuté de la situation en Ukraine et de l’aide humanitaire. "
            + "Ils ont convenu de rester en contact étroit.",
        "Prime Minister Justin Trudeau spoke today with Boris Johnson. "
            + "The two leaders discussed the situation in Ukraine and humanitarian aid. "
            + "They agreed to remain in close contact.",
    ]

    static func translation(aligned: Bool) throws -> (documents: [Document], analysis: Analysis) {
        var (documents, analysis) = try NegationDifferencesTests.versions(texts, similarity: 0.8,
                                                                          linking: ("Le premier ministre", "Prime Minister"))
        analysis.alignedVersions = aligned ? [Analysis.AlignedVersions(0, 1)] : []
        return (documents, analysis)
    }

    func testTheBriefThePageAndTheJSONListTheNamesThatDiffer() throws {
        let (documents, analysis) = try Self.translation(aligned: true)
        let brief = ReportFixtures.markdown(documents, analysis)
        let section = try XCTUnwrap(brief.range(of: "\n## Names that differ\n"), brief)
        XCTAssertLessThan(section.lowerBound, try XCTUnwrap(brief.range(of: "\n## In both versions")).lowerBound)
        XCTAssertTrue(brief.contains("- *a.txt → b.txt:* Theresa May → Boris Johnson\n"), brief)
        let page = ReportFixtures.html(documents, analysis)
        XCTAssertTrue(page.contains("<a href=\"#names\">Names that differ</a>"), page)
        XCTAssertTrue(page.contains("<li><strong>a.txt → b.txt</strong>: Theresa May → Boris Johnson\n"), page)
        let json = ReportFixtures.json(documents, analysis)
        XCTAssertTrue(json.contains("""
              "names" : [
                {
                  "from" : {
                    "sentence" : 0,
                    "version" : "a-txt"
                  },
                  "pairs" : [
                    {
                      "from" : "Theresa May",
                      "to" : "Boris Johnson"
                    }
                  ],
                  "to" : {
                    "sentence" : 0,
                    "version" : "b-txt"
                  }
                }
              ],
            """), json)
    }

    /// Two accounts of one call (versions not aligned as one text) name whom each pleases:
    /// nothing is listed, and the JSON's list is empty.
    func testTwoAccountsListNoNames() throws {
        let (documents, analysis) = try Self.translation(aligned: false)
        XCTAssertFalse(ReportFixtures.markdown(documents, analysis).contains("Names that differ"))
        XCTAssertFalse(ReportFixtures.html(documents, analysis).contains("id=\"names\""))
        XCTAssertTrue(ReportFixtures.json(documents, analysis).contains("\"names\" : [\n\n  ],"))
    }
}
