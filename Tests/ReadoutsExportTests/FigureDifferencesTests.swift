import XCTest
import ReadoutsText
import ReadoutsTopics
@testable import ReadoutsExport

/// Linked passages whose figures differ, before the topics in the brief and the page: a
/// journalist's two readouts gave the aid as 1.2 and 1.5 billion euros and neither export
/// said so (the topic held several passages in each).
final class FigureDifferencesTests: XCTestCase {
    static func readouts() throws -> [Document] {
        let berlin = """
            Chancellor Weber spoke today with Prime Minister Nowak about the war in Ukraine. \
            The Chancellor said that Germany will provide Ukraine with military support worth 1.2 billion euros this year. \
            Both leaders condemned the attacks on Ukrainian cities. They also discussed energy security in the Baltic region.
            """
        let warsaw = """
            Prime Minister Nowak and Chancellor Weber discussed the situation in Ukraine. \
            The Chancellor announced that Germany will allocate military support worth 1.5 billion euros to Ukraine. \
            The Prime Minister thanked Germany for its support to Ukraine. They agreed on the importance of energy security in the Baltic region.
            """
        return try [("Berlin", berlin), ("Warsaw", warsaw)].map { label, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "\(label).txt", markdown: false, label: label)
        }
    }

    func testTheBriefAndThePageSayTheFiguresThatDiffer() throws {
        let documents = try Self.readouts()
        let analysis = TopicEngine(lexicons: [.international]).analyse(documents)
        let brief = ReportFixtures.markdown(documents, analysis)
        let section = try XCTUnwrap(brief.range(of: "\n## Figures that differ\n"), brief)
        XCTAssertLessThan(section.lowerBound, try XCTUnwrap(brief.range(of: "\n## In both versions")).lowerBound)
        XCTAssertTrue(brief.contains("- *Berlin → Warsaw:* 1.2 billion → 1.5 billion\n  > **Berlin** (sentence 2): The Chancellor said that Germany will provide Ukraine"), brief)
        XCTAssertTrue(brief.contains("  >\n  > **Warsaw** (sentence 2): The Chancellor announced that Germany will allocate"), brief)
        let page = ReportFixtures.html(documents, analysis)
        XCTAssertTrue(page.contains("<a href=\"#figures\">Figures that differ</a>"), page)
        XCTAssertTrue(page.contains("<li><strong>Berlin → Warsaw</strong>: 1.2 billion → 1.5 billion\n<blockquote>\n<p lang=\"en\"><b>Berlin</b> (sentence 2)"), page)
    }

    /// A month named alone and changed in a translation is listed (a translator's "In
    /// November" rendered "En octobre" went unsaid: a sentence with no digit was not
    /// compared at all); between two accounts of a call it is not.
    func testAChangedMonthIsListed() throws {
        let texts = ["In November, the leaders will celebrate Heritage Month with their communities across the country.",
                     "En octobre, les dirigeants célébreront le Mois du patrimoine avec leurs communautés partout au pays."]
        for aligned in [true, false] {
            let (documents, initial) = try NegationDifferencesTests.versions(texts, similarity: 0.8, linking: ("In November", "En octobre"))
            var analysis = initial
            analysis.alignedVersions = aligned ? [Analysis.AlignedVersions(0, 1)] : []
            let brief = ReportFixtures.markdown(documents, analysis)
            XCTAssertEqual(brief.contains("- *a.txt → b.txt:* November → octobre\n"), aligned, brief)
        }
    }

    /// A Markdown footnote's reference is no figure: "…this year.[^1] Both leaders…" was cut
    /// at it, and the brief listed "1 → 2024" between "^1] Both leaders condemned…" and the
    /// other version's "In 2024 both leaders condemned…".
    func testAFootnoteReferenceIsNoFigureNorASentenceOfItsOwn() throws {
        let berlin = """
            The Chancellor said that Germany will provide Ukraine with military support worth 1.2 billion euros this year.[^1] \
            Both leaders condemned the attacks on Ukrainian cities. They also discussed energy security in the Baltic region.

            [^1]: The federal budget.
            """
        let warsaw = """
            The Chancellor announced that Germany will allocate military support worth 1.2 billion euros to Ukraine. \
            In 2024 both leaders condemned the attacks on Ukrainian cities. They agreed on the importance of energy security in the Baltic region.
            """
        let documents = try [("Berlin", berlin), ("Warsaw", warsaw)].map { label, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "\(label).md", markdown: true, label: label)
        }
        let analysis = TopicEngine(lexicons: [.international]).analyse(documents)
        let brief = MarkdownBriefTests.withoutLinks(ReportFixtures.markdown(documents, analysis))
        XCTAssertFalse(brief.contains("Figures that differ"), brief)
        XCTAssertTrue(brief.contains("euros this year.¹ *(sentence 1)*\n"), brief)
        XCTAssertTrue(brief.contains("> Both leaders condemned the attacks on **Ukrainian** cities. *(sentence 2)*\n"), brief)
        XCTAssertFalse(ReportFixtures.html(documents, analysis).contains("id=\"figures\""))
    }

    func testNoSectionWhereTheFiguresAgree() throws {
        let documents = try Self.readouts()
        let same = try [documents[0], DocumentLoader.load(bytes: Array(documents[1].text.replacingOccurrences(of: "1.5", with: "1.2").utf8),
                                                          name: "Warsaw.txt", markdown: false, label: "Warsaw")]
        let analysis = TopicEngine(lexicons: [.international]).analyse(same)
        XCTAssertFalse(ReportFixtures.markdown(same, analysis).contains("Figures that differ"))
        XCTAssertFalse(ReportFixtures.html(same, analysis).contains("id=\"figures\""))
    }
}
