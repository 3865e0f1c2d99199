import Foundation
import ReadoutsEncoder
import ReadoutsText
@testable import ReadoutsTopics
import XCTest

/// `SemanticLinker.clauseLinks` on hand-made vectors: a sentence of two subjects links to
/// the other version's sentence on each, through the clause that says it, and only where
/// the clause and the sentence are each other's closest, close enough and standing out.
final class ClauseLinksTests: XCTestCase {
    private let twoSubjects = "The two leaders reviewed grain exports through the Black Sea ports in detail, "
        + "and they agreed to restart military talks on border security very soon."
    private let oneEach = "Grain exports through the Black Sea were reviewed. Military talks on border security will restart."

    private func prepared(_ text: String) throws -> (PreparedVersion, Document) {
        let document = try DocumentLoader.load(bytes: Array(text.utf8), name: "a.txt", markdown: false, label: "a")
        var preparer = VersionPreparer(keys: Vocabulary(), key2s: Vocabulary())
        return (try XCTUnwrap(preparer.prepare(document, language: .english)), document)
    }

    /// Unit vectors (x is grain, y is military talks).
    private func vectors(_ rows: [[Float]]) -> Embeddings {
        Embeddings(dimension: rows[0].count, values: rows.flatMap { row in
            let norm = row.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return row.map { $0 / norm }
        })
    }

    private struct Setup {
        var linker: SemanticLinker
        var clausesA: ClauseUnits
        var ranges: [Range<Int>]
    }

    /// A: one sentence (both subjects, its vector between them) and its two clauses; B: a
    /// sentence on each subject. `clauseVectors`: the clauses' vectors.
    private func setup(clauseVectors: [[Float]] = [[1, 0, 0.1], [0, 1, 0.1]], parameters: SemanticParameters = SemanticParameters()) throws -> Setup {
        let (a, documentA) = try prepared(twoSubjects)
        let (b, _) = try prepared(oneEach)
        XCTAssertEqual(a.sentenceCount, 1)
        XCTAssertEqual(b.sentenceCount, 2)
        let ranges = SentenceClauses.clauses(a, documentA, sentence: 0, minimumWords: 6, limit: 8, ignored: [], participants: [])
        XCTAssertEqual(ranges.count, 2, "the sentence's two clauses")
        let linker = SemanticLinker(
            a: a, b: b, vectorsA: vectors([[1, 1, 0]]), vectorsB: vectors([[1, 0, 0], [0, 1, 0]]),
            topicsA: FlatLists<Int32>(count: 1) { _ in }, topicsB: FlatLists<Int32>(count: 2) { _ in },
            parameters: parameters, linksPerSentence: 3, ignored: [], participantsA: [], participantsB: [])
        let clauses = ClauseUnits(sentence: [0, 0], ranges: ranges, vectors: vectors(clauseVectors))
        return Setup(linker: linker, clausesA: clauses, ranges: ranges)
    }

    private func links(_ setup: Setup, seen: Set<Int64> = []) throws -> [SemanticLinker.ClauseLink] {
        try XCTUnwrap(setup.linker.clauseLinks(setup.clausesA, .none(dimension: 3), seen: seen, isExcluded: { _, _ in false }, step: { _ in true }))
    }

    func testEachClauseLinksItsSentenceToTheSentenceSayingIt() throws {
        let setup = try setup()
        let made = try links(setup)
        XCTAssertEqual(made.map { [$0.link.a, $0.link.b] }.sorted { $0[1] < $1[1] }, [[0, 0], [0, 1]])
        for link in made {
            // The part of A that made the link is the clause on that subject; B's is its whole sentence.
            XCTAssertEqual(link.parts.a, setup.ranges[Int(link.link.b)])
            XCTAssertNil(link.parts.b)
            XCTAssertEqual(link.link.lexical, SemanticLinker.byClause)
        }
    }

    /// A rival sentence counts once in the margin, by its closest unit, however many clauses
    /// it has: the grain clause (0.8 to the grain sentence) against a rival sentence whose
    /// whole and two clauses are each 0.6 from it stands 0.8 − (0.6 / 4) / 2 = 0.725 above
    /// the rest; counted three times, the rival would leave it 0.575.
    func testARivalSentenceCountsOnceWhateverItsClauses() throws {
        let (a, documentA) = try prepared(twoSubjects)
        let (b, _) = try prepared(oneEach)
        let ranges = SentenceClauses.clauses(a, documentA, sentence: 0, minimumWords: 6, limit: 8, ignored: [], participants: [])
        var parameters = SemanticParameters()
        parameters.clauseMargin = 0.65
        let rival = b.sentences[1].range
        let middle = (rival.lowerBound + rival.upperBound) / 2
        let linker = SemanticLinker(
            a: a, b: b, vectorsA: vectors([[0, 0, 0, -1]]), vectorsB: vectors([[0.8, 0.6, 0, 0], [0.6, 0, 0.8, 0]]),
            topicsA: FlatLists<Int32>(count: 1) { _ in }, topicsB: FlatLists<Int32>(count: 2) { _ in },
            parameters: parameters, linksPerSentence: 3, ignored: [], participantsA: [], participantsB: [])
        let clausesA = ClauseUnits(sentence: [0, 0], ranges: ranges, vectors: vectors([[1, 0, 0, 0], [0, 1, 0, 0]]))
        let clausesB = ClauseUnits(sentence: [1, 1], ranges: [rival.lowerBound..<middle, middle..<rival.upperBound],
                                   vectors: vectors([[0.6, 0, 0, 0.8], [0.6, 0, -0.8, 0]]))
        let made = try XCTUnwrap(linker.clauseLinks(clausesA, clausesB, seen: [], isExcluded: { _, _ in false }, step: { _ in true }))
        XCTAssertEqual(made.map { [$0.link.a, $0.link.b] }, [[0, 0]])
        XCTAssertEqual(made.first?.parts.a, ranges[0])
    }

    /// A sentence linked by its meaning whole and again through a clause occurs by meaning
    /// once in the topic (the wider occurrence), and not at all where a word of it is the topic's.
    func testASentenceOccursByMeaningOnceInATopic() {
        let whole = Analysis.Occurrence(version: 0, sentence: 3, range: 100..<200, byMeaning: true)
        let clause = Analysis.Occurrence(version: 0, sentence: 3, range: 140..<200, byMeaning: true)
        let other = Analysis.Occurrence(version: 1, sentence: 2, range: 50..<90, byMeaning: true)
        var occurrences = [clause, whole, other]
        occurrences.settleByMeaning()
        XCTAssertEqual(occurrences, [whole, other])
        let word = Analysis.Occurrence(version: 1, sentence: 2, range: 60..<65)
        occurrences = [clause, other, word, whole]
        occurrences.settleByMeaning()
        XCTAssertEqual(occurrences, [word, whole])
    }

    func testPairsLinkedAlreadyOrExcludedAreLeft() throws {
        let setup = try setup()
        XCTAssertEqual(try links(setup, seen: [Int64(0) << 32 | 0]).map(\.link.b), [1])
        let excluded = try XCTUnwrap(setup.linker.clauseLinks(setup.clausesA, .none(dimension: 3), seen: [],
                                                              isExcluded: { _, sb in sb == 1 }, step: { _ in true }))
        XCTAssertEqual(excluded.map(\.link.b), [0])
    }

    /// Under the similarity floor, or without standing out, a clause links nothing.
    func testAClauseMustBeCloseAndStandOut() throws {
        var high = SemanticParameters()
        high.clauseSimilarity = 0.999
        XCTAssertEqual(try links(try setup(parameters: high)).count, 0)
        // The military clause now close to the grain sentence too (0.62 against 0.78 to its
        // own): it stands 0.70 above the rest, the grain clause 0.99; a margin of 0.75 keeps
        // the grain link only.
        var wide = SemanticParameters()
        wide.clauseMargin = 0.75
        let made = try links(try setup(clauseVectors: [[1, 0, 0.1], [0.8, 1, 0.1]], parameters: wide))
        XCTAssertEqual(made.map(\.link.b), [0])
    }

    /// Cancelled: nil.
    func testCancellationStopsIt() throws {
        let setup = try setup()
        XCTAssertNil(setup.linker.clauseLinks(setup.clausesA, .none(dimension: 3), seen: [], isExcluded: { _, _ in false }, step: { _ in false }))
    }
}
