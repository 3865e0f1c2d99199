import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// An automatic topic's phrase leaves another topic's words at its edges to that topic.
///
/// A think-tank researcher's White House / MFA pair of the April 2024 Biden–Xi call: the
/// MFA's "…measures to suppress China's trade and technology development…" was linked to
/// the White House's sentence on technologies under an automatic topic whose phrase was
/// "trade and technology"; the reader colours one topic per cell, so the lexicon's "trade"
/// under it was dropped, and the brief said "trade — only in White House" beside a link of
/// topic "trade" to that very sentence.
final class AutomaticPhraseEdgesTests: XCTestCase {
    func testAnAutomaticPhraseLeavesALexiconAliasAtItsEdgesToItsTopic() throws {
        let text = "The US side has adopted a string of measures to suppress China's trade and technology development."
        let document = try DocumentLoader.load(bytes: Array(text.utf8), name: "mfa.txt", markdown: false, label: "MFA")
        let keys = Vocabulary()
        var preparer = VersionPreparer(keys: keys, key2s: Vocabulary())
        let version = try XCTUnwrap(preparer.prepare(document, language: .english))
        let matcher = LexiconMatcher(lexicons: [.international], languages: [.english], keys: keys,
                                     normalisers: { preparer.normaliser(for: $0) })
        let hits = matcher.match(version).filter { text[range(of: $0, version, text)] == "trade" }
        XCTAssertEqual(hits.count, 1, "the lexicon finds \"trade\"")
        let phrase = try XCTUnwrap(text.range(of: "trade and technology"))
        let scalars = Array(text.unicodeScalars)
        func offset(_ index: String.Index) -> Int { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: index) }
        let shared = [offset(phrase.lowerBound)..<offset(phrase.upperBound)]
        let trimmed = LinkAssembler.withoutLexiconEdges(shared, version, hits[...])
        XCTAssertEqual(trimmed.map { String(String.UnicodeScalarView(scalars[$0])) }, ["technology"])
        // The alias alone stays: the same words, one topic or the other.
        let alone = [offset(phrase.lowerBound)..<offset(phrase.lowerBound) + 5]
        XCTAssertEqual(LinkAssembler.withoutLexiconEdges(alone, version, hits[...]), alone)
    }

    private func range(of hit: LexiconHit, _ version: PreparedVersion, _ text: String) -> Range<String.Index> {
        let scalars = EvidenceBuilder.range(of: hit, in: version)
        let start = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: scalars.lowerBound)
        let end = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: scalars.upperBound)
        return start..<end
    }
}
