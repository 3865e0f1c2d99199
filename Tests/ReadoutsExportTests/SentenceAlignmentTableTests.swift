import XCTest
import ReadoutsText
import ReadoutsTopics
@testable import ReadoutsExport

/// The brief's "Sentence by sentence" table of a translation: each sentence beside its
/// counterpart, what one version leaves out on a row of its own. A translator wanted "EN 6 ↔
/// FR 8" first, and the brief, ordered by topic, gave it nowhere.
final class SentenceAlignmentTableTests: XCTestCase {
    func testTheBriefSetsATranslationsSentencesSideBySide() throws {
        let (documents, analysis) = try NegationDifferencesTests.translation(similarity: 0.79)
        let brief = ReportFixtures.markdown(documents, analysis)
        let section = try XCTUnwrap(brief.range(of: "\n## Sentence by sentence\n"), brief)
        XCTAssertLessThan(section.lowerBound, try XCTUnwrap(brief.range(of: "\n## In both versions")).lowerBound)
        XCTAssertTrue(brief.contains("\n| fr.txt | en.txt |\n|:--|:--|\n"), brief)
        XCTAssertTrue(brief.contains("| 5 · Le gouvernement ne prévoit pas de hausse des tarifs réglementés de l’électricité en 2024. | 5 · The government plans to raise regulated electricity tariffs in 2024. |"),
                      brief)
        // The page sets them side by side too, each cell in its version's language.
        let page = ReportFixtures.html(documents, analysis)
        XCTAssertTrue(page.contains("<a href=\"#sentences\">Sentence by sentence</a>"), page)
        XCTAssertTrue(page.contains("<h2 id=\"sentences-h\">Sentence by sentence</h2>"), page)
        XCTAssertTrue(page.contains("<thead><tr><th scope=\"col\">fr.txt</th><th scope=\"col\">en.txt</th></tr></thead>"), page)
        XCTAssertTrue(page.contains("<tr><td lang=\"fr\">5 · Le gouvernement ne prévoit pas de hausse des tarifs réglementés de l’électricité en 2024.</td>"
                                    + "<td lang=\"en\">5 · The government plans to raise regulated electricity tariffs in 2024.</td></tr>"), page)
        XCTAssertTrue(page.contains("<td>—</td>"), page)
        let (otherDocuments, accounts) = try NegationDifferencesTests.translation(similarity: 0.79, aligned: false)
        XCTAssertFalse(ReportFixtures.markdown(otherDocuments, accounts).contains("Sentence by sentence"), "two accounts have no such table")
        XCTAssertFalse(ReportFixtures.html(otherDocuments, accounts).contains("Sentence by sentence"))
    }

    /// Rows in the first version's order: a sentence the translation drops faces "—", one it
    /// adds comes where it stands, and a paragraph it moved stays beside its original without
    /// moving the rest.
    /// A cell quotes its sentence whole up to 80 words (cut to ten, a translator could not
    /// check a rendering from the brief), then "…".
    func testACellQuotesItsSentenceWholeUpToEightyWords() throws {
        let clause = "ils ont évoqué la coopération économique entre les deux pays et la sécurité énergétique de l’Europe"
        let long = "Ensuite " + Array(repeating: clause, count: 6).joined(separator: ", puis ") + "."
        let words = long.split(separator: " ")
        XCTAssertGreaterThan(words.count, 90)
        let english = "The leaders met in Ottawa. They discussed the economy. They discussed trade. They agreed to meet again."
        let french = "Les dirigeants se sont réunis à Ottawa. " + long + " Ils ont parlé du commerce. Ils ont convenu de se revoir."
        let (documents, initial) = try NegationDifferencesTests.versions([english, french], similarity: 0.8)
        var analysis = initial
        XCTAssertEqual(analysis.versions.map(\.sentences.count), [4, 4], analysis.versions[1].sentences.map { String(documents[1].string($0.range).prefix(40)) }.joined(separator: " | "))
        guard analysis.versions.allSatisfy({ $0.sentences.count == 4 }) else { return }
        analysis.links = (0..<4).map { Analysis.Link(from: .init(version: 0, sentence: $0), to: .init(version: 1, sentence: $0),
                                                     score: 1, topics: [], evidence: [], similarity: 0.8) }
        analysis.alignedVersions = [Analysis.AlignedVersions(0, 1)]
        let brief = ReportFixtures.markdown(documents, analysis)
        XCTAssertTrue(brief.contains("| 2 · They discussed the economy. | 2 · " + words.prefix(80).joined(separator: " ") + " … |"), brief)
    }

    func testRowsKeepTheFirstVersionsOrderAndShowWhatEachLeavesOut() throws {
        let english = "One is here. Two is here. Three is here. Four is here. Five is here. Six is here."
        let french = "Six est là. Un est là. Deux est là. Ajout est là. Quatre est là. Cinq est là."
        let documents = try [english, french].enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: ["en.txt", "fr.txt"][index], markdown: false)
        }
        var analysis = Analysis(versions: documents.enumerated().map { index, document in
            Analysis.Version(id: "v\(index)", label: document.label, language: index == 0 ? .english : .french,
                             sentences: SentenceSplitter.sentences(of: document, language: index == 0 ? .english : .french))
        }, isComplete: true)
        XCTAssertEqual(analysis.versions.map(\.sentences.count), [6, 6])
        // One ↔ Un, Two ↔ Deux, Four ↔ Quatre, Five ↔ Cinq, Six ↔ Six (moved to the top);
        // Three dropped, Ajout added.
        for (a, b) in [(0, 1), (1, 2), (3, 4), (4, 5), (5, 0)] {
            analysis.links.append(Analysis.Link(from: .init(version: 0, sentence: a), to: .init(version: 1, sentence: b), score: 1, topics: [], evidence: []))
        }
        analysis.alignedVersions = [Analysis.AlignedVersions(0, 1)]
        let rows = MarkdownSentenceAlignment.rows(analysis, 0, 1).map { [$0.first, $0.second] }
        XCTAssertEqual(rows, [[[0], [1]], [[1], [2]], [[2], []], [[], [3]], [[3], [4]], [[4], [5]], [[5], [0]]])
        let brief = ReportFixtures.markdown(documents, analysis)
        XCTAssertTrue(brief.contains("| 3 · Three is here. | — |\n| — | 4 · Ajout est là. |\n"), brief)
    }
}
