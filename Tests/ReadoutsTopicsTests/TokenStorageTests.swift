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

    /// Token spans take 3 bytes a token on ordinary text (a 16-bit start within a group of
    /// 64 tokens, an 8-bit length) and give back every range intact: a prepared version's
    /// ranges are the words of its text.
    func testTokenSpansAreNarrowOnOrdinaryText() throws {
        let sentence = "Envoys discussed sanctions, grain exports and the Danube partnership in Geneva. "
        let text = String(repeating: sentence, count: 200) + "\n"
        let version = try prepared(text)
        XCTAssertTrue(version.spans.isNarrow)
        XCTAssertGreaterThan(version.spans.count, 64 * 10)
        let scalars = Array(text.unicodeScalars)
        let words = (0..<6).map { t in String(String.UnicodeScalarView(scalars[version.tokenRange(t)])) }
        XCTAssertEqual(words, ["Envoys", "discussed", "sanctions", "grain", "exports", "Danube"])
        let last = version.spans.count - 1
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[version.tokenRange(last)])), "Geneva")
    }

    /// Long words and long gaps widen the spans for good, every range intact before and after.
    func testTokenSpansWidenWithValuesIntact() {
        var ranges: [Range<Int>] = []
        var position = 0
        for t in 0..<2_000 {
            // Every 7th token 300 scalars long (more than one in 64: lengths widen), and one
            // gap of 70,000 scalars (starts widen), one token longer than 65,535.
            let length = t == 1_500 ? 70_000 : t % 7 == 0 ? 300 : 5
            position += t == 1_000 ? 70_000 : 1
            ranges.append(position..<position + length)
            position += length
        }
        var spans = TokenSpans()
        for (t, range) in ranges.enumerated() {
            spans.append(range)
            if t == 100 { XCTAssertTrue(spans.isNarrow, "16 long tokens in 101 do not widen yet") }
        }
        XCTAssertFalse(spans.isNarrow)
        XCTAssertEqual((0..<spans.count).map { Int(spans.start($0))..<Int(spans.end($0)) }, ranges)
    }

    /// A scored pair keeps B's sentence, whether enough words matched and whether one did, in one field.
    func testScoredPairsPackTheirSentenceAndSharedWords() {
        let pair = Linker.Scored(score: 0.5, a: 12, b: 1_000_000_000, hasSharedWords: true)
        XCTAssertEqual([Int(pair.a), pair.b], [12, 1_000_000_000])
        XCTAssertTrue(pair.hasSharedWords)
        XCTAssertTrue(pair.sharesAWord)
        let none = Linker.Scored(score: 0.5, a: 0, b: (1 << 30) - 1, hasSharedWords: false, sharesAWord: false)
        XCTAssertEqual(none.b, (1 << 30) - 1)
        XCTAssertFalse(none.hasSharedWords)
        XCTAssertFalse(none.sharesAWord)
        XCTAssertTrue(Linker.Scored(score: 0.5, a: 0, b: 5, hasSharedWords: false, sharesAWord: true).sharesAWord)
        // At 2 × 10 MB, 700,000 scored pairs are the largest thing alive while linking.
        XCTAssertEqual(MemoryLayout<Linker.Scored>.stride, 16)
        XCTAssertEqual(MemoryLayout<PairLink>.stride, 40)
        XCTAssertEqual(MemoryLayout<Analysis.Link>.stride, 48)
        var link = PairLink(a: 4, b: 9, score: 0.4, sharedTopics: [], dominantTerm: -1)
        XCTAssertNil(link.similarity)
        link.similarity = 0.8
        XCTAssertEqual([link.a, link.b], [4, 9])
        XCTAssertEqual(link.similarity, 0.8)
    }
}

/// A link keeps its ends and its optional similarity, packed (48 bytes), as given.
final class PackedLinkTests: XCTestCase {
    func testALinkGivesBackItsEndsAndSimilarity() {
        var link = Analysis.Link(from: .init(version: 1, sentence: 2_000_000_000), to: .init(version: 30_000, sentence: 7),
                                 score: 0.5, topics: ["t"], evidence: [])
        XCTAssertEqual([link.from.version, link.from.sentence, link.to.version, link.to.sentence], [1, 2_000_000_000, 30_000, 7])
        XCTAssertNil(link.similarity)
        link.similarity = 0.25
        link.to = .init(version: 2, sentence: 9)
        XCTAssertEqual(link.similarity, 0.25)
        XCTAssertEqual(link.to, .init(version: 2, sentence: 9))
        XCTAssertNotEqual(link, Analysis.Link(from: link.from, to: link.to, score: 0.5, topics: ["t"], evidence: []))
        link.similarity = nil
        XCTAssertEqual(link, Analysis.Link(from: link.from, to: link.to, score: 0.5, topics: ["t"], evidence: []))
    }
}

/// Assembly's links are put in reading order in place, through a permutation of indices
/// (the standard sort's scratch space was a copy of every link): the order is the stable
/// sort's, and the links before `start` stay where they are.
final class LinkOrderTests: XCTestCase {
    func testLinksAreSortedInPlaceAsAStableSortWould() {
        var generator = SystemRandomNumberGenerator()
        var links: [Analysis.Link] = []
        for index in 0..<500 {
            let from = Analysis.SentenceRef(version: 0, sentence: Int.random(in: 0..<40, using: &generator))
            let to = Analysis.SentenceRef(version: 1, sentence: Int.random(in: 0..<40, using: &generator))
            // Equal ends on purpose: ties keep their order (told apart by the score).
            links.append(Analysis.Link(from: from, to: to, score: Double(index), topics: ["t\(index % 7)"], evidence: []))
        }
        for start in [0, 1, 137, 499, 500] {
            var sorted = links
            TopicEngine.sortInReadingOrder(&sorted, from: start)
            var expected = links
            expected[start...].sort(by: TopicEngine.inReadingOrder)
            XCTAssertEqual(sorted, expected, "from \(start)")
        }
    }
}

/// The linker's links are drained into the analysis' chunk by chunk: every element once, in
/// order, and nothing left behind.
final class ChunkedDrainTests: XCTestCase {
    func testDrainGivesEveryElementInOrderAndEmpties() {
        var chunked = ChunkedArray<Int>()
        for value in 0..<150_000 { chunked.append(value) }
        var seen: [Int] = []
        chunked.drain { seen.append($0) }
        XCTAssertEqual(seen, Array(0..<150_000))
        XCTAssertTrue(chunked.isEmpty)
        chunked.append(7)
        XCTAssertEqual(Array(chunked), [7])
    }
}
