import ReadoutsText
import ReadoutsTopics
import XCTest
@testable import ReadoutsExport

/// The brief and the page say, after a passage another version has nothing linked to, that
/// version's closest sentence in meaning (`Analysis.nearest`), as the reader's `c` shows it:
/// an omission is checked against one sentence, not the whole other account.
final class ClosestNoteTests: XCTestCase {
    func testTheBriefAndThePageNameTheClosestSentenceOfAnOmission() throws {
        let (documents, analysis) = try ReportFixtures.bundledSemantic()
        let answer = try XCTUnwrap(analysis.versions[0].sentences.first { documents[0].string($0.range).contains("ne pas transférer la responsabilité") })
        let closest = try XCTUnwrap(analysis.nearest(to: .init(version: 0, sentence: answer.index), in: 1))
        let note = "closest in Maison Blanche: " + Self.numberAndWords(closest, documents, analysis) + ", " + String(format: "%.2f", closest.similarity) + " alike"
        let brief = ReportFixtures.markdown(documents, analysis)
        let notIn = try XCTUnwrap(brief.components(separatedBy: "\n## ").first { $0.hasPrefix("Passages not in") }, brief)
        XCTAssertTrue(notIn.contains("*(sentence \(answer.index + 1), under “Ukraine”; \(note))*"), notIn)
        XCTAssertTrue(ReportFixtures.html(documents, analysis).contains("; " + note + "): "))
        // The sentences linked to nothing say theirs too.
        let unlinked = try XCTUnwrap(brief.components(separatedBy: "\n## ").first { $0.hasPrefix("Linked to nothing") }, brief)
        XCTAssertTrue(unlinked.contains("; closest in Kremlin: sentence "), unlinked)
    }

    /// Under a topic one version alone has in one passage, another version's "no passage
    /// found" names its closest sentence in meaning to that passage: a new user's Élysée
    /// line and its Kremlin counterpart, 0.24 alike, were each "no passage found".
    func testNoPassageFoundNamesTheClosestSentenceToTheOnlyPassage() throws {
        let (documents, analysis) = try ReportFixtures.bundledSemantic()
        let minsk = try XCTUnwrap(analysis.versions[0].sentences.first { documents[0].string($0.range).contains("accords de Minsk") })
        let closest = try XCTUnwrap(analysis.nearest(to: .init(version: 0, sentence: minsk.index), in: 1), "the Minsk line is linked to nothing")
        let brief = ReportFixtures.markdown(documents, analysis)
        let section = try XCTUnwrap(brief.components(separatedBy: "\n### ").first { $0.contains("(sentence \(minsk.index + 1))") && $0.contains("only in Kremlin") }, brief)
        XCTAssertTrue(section.contains("**Maison Blanche** — no passage found; its closest in meaning to that passage is "
                                       + Self.numberAndWords(closest, documents, analysis) + ", " + String(format: "%.2f", closest.similarity) + " alike\n"), section)
    }

    /// The closest sentence as the notes give it: its number and first eight words, so that
    /// a reader of the brief alone (a communications officer's colleagues) can find it.
    static func numberAndWords(_ closest: Analysis.Nearest, _ documents: [Document], _ analysis: Analysis) -> String {
        let text = documents[closest.to.version].string(analysis.versions[closest.to.version].sentences[closest.to.sentence].range)
        let words = text.split(whereSeparator: \.isWhitespace)
        XCTAssertGreaterThan(words.count, 8)
        return "sentence \(closest.to.sentence + 1) (“" + words.prefix(8).joined(separator: " ") + "…”)"
    }

    /// A closest sentence under 0.2 alike is no candidate: "nothing near it in meaning", not
    /// a number a reader takes for a measure of something (a new user read "0.09 alike").
    func testAClosestSentenceFarAwayIsNotOffered() throws {
        let (documents, analysis) = try ReportFixtures.bundledSemantic()
        var far = analysis
        far.nearest = analysis.nearest.map { var near = $0; near.similarity = 0.09; return near }
        XCTAssertFalse(far.nearest.isEmpty)
        let brief = ReportFixtures.markdown(documents, far)
        XCTAssertFalse(brief.contains("0.09 alike"), brief)
        XCTAssertTrue(brief.contains("; nothing near it in meaning in Maison Blanche)*"), brief)
        XCTAssertTrue(brief.contains("— no passage found; nothing in it is near that passage in meaning\n"), brief)
    }

    /// A lexical run compared nothing by meaning: no such note.
    func testALexicalBriefNamesNoClosestSentence() {
        let (documents, analysis) = ReportFixtures.bundled
        XCTAssertFalse(ReportFixtures.markdown(documents, analysis).contains("closest in"))
    }
}
