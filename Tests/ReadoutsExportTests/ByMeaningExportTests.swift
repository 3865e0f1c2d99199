import ReadoutsText
import ReadoutsTopics
import ReadoutsReader
import XCTest

@testable import ReadoutsExport

/// A sentence where a topic was found by meaning alone (a French sentence about a truce,
/// linked by its meaning to an English one about a ceasefire) is quoted with no word in
/// bold or in the topic's colour for it — none of its words says "ceasefire" — and says
/// it was found by meaning.
final class ByMeaningExportTests: XCTestCase {
    static let english = "The ceasefire must hold. Talks resume soon.\n"
    static let french = "Macron appelle à l’établissement d’une trêve. Le temps presse.\n"

    static func range(of word: String, in text: String) -> Range<Int> {
        let scalars = Array(text.unicodeScalars), target = Array(word.unicodeScalars)
        let start = (0...(scalars.count - target.count)).first { Array(scalars[$0..<$0 + target.count]) == target }!
        return start..<start + target.count
    }

    static func fixture() throws -> ([Document], Analysis) {
        let documents = try [(english, "Kremlin"), (french, "Élysée")].map { text, label in
            try DocumentLoader.load(bytes: Array(text.utf8), name: label + ".md", markdown: true, label: label)
        }
        let versions = documents.enumerated().map { index, document in
            Analysis.Version(id: "v\(index)", label: document.label, language: index == 0 ? .english : .french,
                             sentences: SentenceSplitter.sentences(of: document, language: index == 0 ? .english : .french))
        }
        let ceasefire = Analysis.Topic(id: "auto:ceasefir", label: "ceasefire", origin: .automatic, occurrences: [
            .init(version: 0, sentence: 0, range: range(of: "ceasefire", in: english)),
            .init(version: 1, sentence: 0, range: versions[1].sentences[0].range, byMeaning: true),
        ])
        let macron = Analysis.Topic(id: "auto:macron", label: "Macron", origin: .automatic, occurrences: [
            .init(version: 1, sentence: 0, range: range(of: "Macron", in: french)),
        ])
        let link = Analysis.Link(from: .init(version: 0, sentence: 0), to: .init(version: 1, sentence: 0), score: 0.4,
                                 topics: ["auto:ceasefir"], evidence: [], similarity: 0.7)
        return (documents, Analysis(versions: versions, topics: [ceasefire, macron], links: [link], isComplete: true))
    }

    func testTheBriefBoldsNoWordOfASentenceFoundByMeaning() throws {
        let (documents, analysis) = try Self.fixture()
        let brief = MarkdownBriefTests.withoutLinks(ReportFixtures.markdown(documents, analysis))
        let ceasefire = try XCTUnwrap(brief.components(separatedBy: "\n### ").first { $0.hasPrefix("ceasefire") })
        XCTAssertTrue(ceasefire.contains("> The **ceasefire** must hold. *(sentence 1)*\n"), ceasefire)
        // Quoted whole under Macron, first (one-sided); six words, too short to shorten.
        XCTAssertTrue(ceasefire.contains("> Macron appelle à l’établissement d’une trêve. *(sentence 1, by meaning, also under “Macron”)*\n"), ceasefire)
        let macron = try XCTUnwrap(brief.components(separatedBy: "\n### ").first { $0.hasPrefix("Macron") })
        XCTAssertTrue(macron.contains("> **Macron** appelle à l’établissement d’une trêve. *(sentence 1)*\n"), "another topic's word stays bold: \(macron)")
    }

    func testThePageColoursNoWordOfASentenceFoundByMeaning() throws {
        let (documents, analysis) = try Self.fixture()
        let html = ReportFixtures.html(documents, analysis)
        // In the texts (the topic table before them has the topics' swatches).
        let texts = String(html[try XCTUnwrap(html.range(of: "<section id=\"texts\"")).lowerBound...])
        let spans = matches(#"<span class="t\d+[^"]*"[^>]*>(.*?)<sup"#, in: texts).map { $0[1] }
        XCTAssertEqual(spans.sorted(), ["", "Macron", "ceasefire"], "the sentence found by meaning has the letter alone")
        XCTAssertTrue(html.contains("title=\"found by meaning\""))
        XCTAssertTrue(html.contains("id=\"o0-1\""), "the topic table's count still leads to the sentence")
    }

    /// A passage found one-sided by meaning (nothing in the other version says anything close)
    /// is not "found by meaning": the page says it is only in this version, and the brief,
    /// whose heading says "only in …", adds nothing.
    func testAOneSidedPassageIsNotSaidToBeFoundByMeaning() throws {
        let (documents, shared) = try Self.fixture()
        var analysis = shared
        analysis.links = []
        analysis.topics = [Analysis.Topic(id: "auto:temps", label: "temps presse", origin: .automatic, occurrences: [
            .init(version: 1, sentence: 1, range: analysis.versions[1].sentences[1].range, byMeaning: true),
        ])]
        let html = ReportFixtures.html(documents, analysis)
        XCTAssertTrue(html.contains("title=\"only in this version: nothing in the others says this\""))
        XCTAssertFalse(html.contains("found by meaning"))
        let brief = ReportFixtures.markdown(documents, analysis)
        XCTAssertTrue(brief.contains("### temps presse — only in Élysée"), brief)
        XCTAssertTrue(brief.contains("> Le temps presse. *(sentence 2)*\n"), brief)
        XCTAssertFalse(brief.contains("(by meaning)"), brief)
    }

    /// A topic's word inside another topic's phrase is drawn as the longer one: the reader
    /// counts no passage of it there, and neither does the page's table.
    func testThePageCountsWhatTheReaderCounts() throws {
        let (documents, shared) = try Self.fixture()
        var analysis = shared
        let whole = Self.range(of: "ceasefire must", in: Self.english)
        let inner = Self.range(of: "ceasefire", in: Self.english)
        analysis.topics = [
            Analysis.Topic(id: "a", label: "ceasefire must", origin: .automatic, occurrences: [.init(version: 0, sentence: 0, range: whole),
                .init(version: 1, sentence: 0, range: Self.range(of: "trêve", in: Self.french))]),
            Analysis.Topic(id: "b", label: "ceasefire", origin: .automatic, occurrences: [.init(version: 0, sentence: 0, range: inner),
                .init(version: 1, sentence: 1, range: Self.range(of: "temps", in: Self.french))]),
        ]
        let reader = TopicIndex(analysis, documents: documents)
        let html = ReportFixtures.html(documents, analysis)
        for topic in 0..<2 {
            for version in 0..<2 {
                let count = reader.occurrenceCount(of: topic, in: version)
                let shown = matches(##"<a href="#o\##(topic)-\##(version)">(\d+)</a>"##, in: html).first.map { Int($0[1])! } ?? 0
                XCTAssertEqual(shown, count, "topic \(topic) in version \(version)")
            }
        }
        XCTAssertEqual(reader.occurrenceCount(of: 1, in: 0), 0, "the inner word is drawn as the phrase")
    }
}
