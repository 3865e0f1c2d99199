import XCTest
import ReadoutsText
import ReadoutsTopics
@testable import ReadoutsExport

/// Linked passages of which one alone is negated, after the figures in the brief and the
/// page and in the JSON export: a translator's "ne prévoit pas de hausse" was rendered
/// "plans to raise", and every report listed the pair as a match.
final class NegationDifferencesTests: XCTestCase {
    /// The communiqué and its translation, each link given `similarity` as the sentence
    /// encoder would.
    static func translation(similarity: Double?) throws -> (documents: [Document], analysis: Analysis) {
        let documents = try DraftChangesTests.communiqueDocuments(order: ["fr", "en"])
        var analysis = TopicEngine(lexicons: [.international]).analyse(documents)
        for index in analysis.links.indices { analysis.links[index].similarity = similarity }
        return (documents, analysis)
    }

    func testTheBriefThePageAndTheJSONListTheNegationThatDiffers() throws {
        let (documents, analysis) = try Self.translation(similarity: 0.79)
        let brief = ReportFixtures.markdown(documents, analysis)
        let section = try XCTUnwrap(brief.range(of: "\n## Negation differs\n"), brief)
        XCTAssertLessThan(try XCTUnwrap(brief.range(of: "\n## Figures that differ\n")).lowerBound, section.lowerBound)
        XCTAssertLessThan(section.lowerBound, try XCTUnwrap(brief.range(of: "\n## In both versions")).lowerBound)
        XCTAssertTrue(brief.contains("""
            - *fr.txt → en.txt:* «ne … pas» in fr.txt only
              > **fr.txt** (Communiqué du ministère de l’Économie et des Finances, sentence 5): Le gouvernement ne prévoit pas de hausse des tarifs réglementés de l’électricité en 2024.
              >
              > **en.txt** (Press release from the Ministry of the Economy and Finance, sentence 5): The government plans to raise regulated electricity tariffs in 2024.
            """), brief)
        XCTAssertEqual(brief.components(separatedBy: "«ne … pas»").count, 2, "each pair once; both negated (n’est pas / is not) is none")
        let page = ReportFixtures.html(documents, analysis)
        XCTAssertTrue(page.contains("<a href=\"#negations\">Negation differs</a>"), page)
        XCTAssertTrue(page.contains("<li><strong>fr.txt → en.txt</strong>: «ne … pas» in fr.txt only\n<blockquote>\n<p lang=\"fr\"><b>fr.txt</b>"), page)
        let json = ReportFixtures.json(documents, analysis)
        XCTAssertTrue(json.contains("""
              "negations" : [
                {
                  "from" : {
                    "sentence" : 4,
                    "version" : "fr-txt"
                  },
                  "negated" : "fr-txt",
                  "to" : {
                    "sentence" : 4,
                    "version" : "en-txt"
                  },
                  "words" : [
                    "ne … pas"
                  ]
                }
              ],
            """), json)
    }

    /// Passages not otherwise close, and the bundled readouts (two accounts of one call):
    /// nothing listed.
    func testNothingIsListedForPassagesFarApart() throws {
        // The same passages, close, are listed: the fixture shows the section.
        let (closeDocuments, close) = try Self.translation(similarity: 0.79)
        XCTAssertTrue(ReportFixtures.markdown(closeDocuments, close).contains("Negation differs"))
        XCTAssertTrue(ReportFixtures.html(closeDocuments, close).contains("id=\"negations\""))
        let (documents, analysis) = try Self.translation(similarity: 0.5)
        XCTAssertFalse(ReportFixtures.markdown(documents, analysis).contains("Negation differs"))
        XCTAssertFalse(ReportFixtures.html(documents, analysis).contains("id=\"negations\""))
        XCTAssertTrue(ReportFixtures.json(documents, analysis).contains("\"negations\" : [\n\n  ],"))
        let bundled = ReportFixtures.json(ReportFixtures.bundled.documents, ReportFixtures.bundled.analysis)
        XCTAssertTrue(bundled.contains("\"negations\" : [\n\n  ],"), bundled)
    }
}
