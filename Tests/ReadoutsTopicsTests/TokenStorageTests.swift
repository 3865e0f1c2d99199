import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// What the engine stores per word while it links (issue 15: memory with linking ≤ 5 × the
/// input): content words only, their keys in 16 bits while the vocabulary allows, scored
/// pairs and links packed; and what users see — links, evidence, topic names — unchanged.
final class TokenStorageTests: XCTestCase {
    private func prepared(_ text: String) throws -> PreparedVersion {
        let document = try DocumentLoader.load(bytes: Array(text.utf8), name: "v.txt", markdown: false)
        var preparer = VersionPreparer(keys: Vocabulary(), key2s: Vocabulary())
        return try XCTUnwrap(preparer.prepare(document, language: .english))
    }

    /// Stopwords take no token, yet each kept token knows how many came before it and the
    /// sentence still counts every word.
    func testStopwordsAreCountedNotStored() throws {
        let version = try prepared("The sanctions on the banks of Russia were discussed at length by them.\n")
        // 13 words, 5 of them content words.
        XCTAssertEqual(version.term.count, 5)
        XCTAssertFalse(version.term.contains(-1))
        XCTAssertEqual((0..<5).map(version.stopwordsBefore), [1, 2, 1, 1, 1])
        XCTAssertEqual(version.wordCount(of: 0), 13)
        XCTAssertEqual(version.trailingStopwords, [2])
        XCTAssertFalse(version.startsSentence(0), "the sentence's first word, «The», was dropped")
        XCTAssertTrue(try prepared("Sanctions were discussed.\n").startsSentence(0))
    }

    /// A compound keeps its parts, stopwords among them, so that evidence and names can
    /// still skip or read them as a whole.
    func testCompoundsKeepTheirStopwordParts() throws {
        let text = "They met face-to-face in Geneva.\n"
        let version = try prepared(text)
        let scalars = Array(text.unicodeScalars)
        let words = (0..<version.term.count).map { t in String(String.UnicodeScalarView(scalars[version.tokenRange(t)])) }
        XCTAssertEqual(words, ["met", "face-to-face", "face", "to", "face", "Geneva"], "«They» and «in» are dropped, «to» is not")
        XCTAssertEqual(version.term[3], -1)
    }

    /// Evidence spans still merge across at most two stopwords, now counted rather than stored.
    func testEvidenceMergesAcrossTwoStopwordsNotThree() throws {
        let fillers = ["Weather delayed the harbour cranes.", "Pilots rehearsed landings over Lisbon.", "Orchestras toured Vienna in spring.",
                       "Farmers counted sheep near Galway.", "Engineers repaired turbines at Kiel.", "Poets gathered in Krakow."]
        let texts = [(["Envoys discussed sanctions on the banks and grain exports to all of the ports."] + fillers).joined(separator: "\n\n"),
                     (fillers.reversed() + ["Sanctions on the banks were debated, and grain exports to all of the ports too."]).joined(separator: "\n\n")]
        let documents = try texts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
        }
        let analysis = TopicEngine(lexicons: []).analyse(documents)
        let spans = Set(analysis.links.flatMap(\.evidence).filter { $0.side.version == 0 }.map { documents[0].string($0.range) })
        // "on the" and "and" are bridged; "to all of the" (four) is not.
        XCTAssertTrue(spans.contains("sanctions on the banks and grain exports"), "\(spans)")
        XCTAssertTrue(spans.contains("ports"), "\(spans)")
    }

    /// Key ids take 16 bits while they fit and widen, values intact, when one does not.
    func testTermColumnWidensWhenAnIdDoesNotFitSixteenBits() {
        var column = TermColumn()
        for id: Int32 in [3, -1, 65_534, 0] { column.append(id) }
        XCTAssertTrue(column.isNarrow)
        XCTAssertEqual(Array(column), [3, -1, 65_534, 0])
        var renumbered = column
        renumbered.renumber(using: Array(repeating: 7, count: 65_535))
        XCTAssertEqual(Array(renumbered), [7, -1, 7, 7])
        XCTAssertTrue(renumbered.isNarrow)
        renumbered.renumber(using: Array(repeating: 70_000, count: 8))
        XCTAssertFalse(renumbered.isNarrow)
        XCTAssertEqual(Array(renumbered), [70_000, -1, 70_000, 70_000])
        column.append(65_535)
        XCTAssertFalse(column.isNarrow)
        XCTAssertEqual(Array(column), [3, -1, 65_534, 0, 65_535])
        column[1] = 9
        XCTAssertEqual(column[1], 9)
    }

    /// A scored pair keeps B's sentence and whether enough words matched in one field.
    func testScoredPairsPackTheirSentenceAndSharedWords() {
        let pair = Linker.Scored(score: 0.5, a: 12, b: 2_000_000_000, hasSharedWords: true)
        XCTAssertEqual([Int(pair.a), pair.b], [12, 2_000_000_000])
        XCTAssertTrue(pair.hasSharedWords)
        XCTAssertFalse(Linker.Scored(score: 0.5, a: 0, b: 5, hasSharedWords: false).hasSharedWords)
        // At 2 × 10 MB, 700,000 scored pairs are the largest thing alive while linking.
        XCTAssertEqual(MemoryLayout<Linker.Scored>.stride, 16)
        XCTAssertEqual(MemoryLayout<PairLink>.stride, 40)
        var link = PairLink(a: 4, b: 9, score: 0.4, sharedTopics: [], dominantTerm: -1)
        XCTAssertNil(link.similarity)
        link.similarity = 0.8
        XCTAssertEqual([link.a, link.b], [4, 9])
        XCTAssertEqual(link.similarity, 0.8)
    }
}
