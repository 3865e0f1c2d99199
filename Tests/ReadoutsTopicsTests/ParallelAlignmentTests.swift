import XCTest
@testable import ReadoutsTopics

/// The path of counterparts through two versions that are one text (`ParallelAlignment`),
/// on similarities made by hand: what it aligns, what it skips, and when it calls two
/// versions parallel at all.
final class ParallelAlignmentTests: XCTestCase {
    /// `pairs`: (sentence of A, sentence of B, similarity); every other pair 0.15.
    private func alignment(_ n: Int, _ m: Int, _ pairs: [(Int, Int, Float)], next: Float = 0.3,
                           lengths: (a: [Int], b: [Int])? = nil) -> ParallelAlignment {
        var similarity = [[Float]](repeating: [Float](repeating: 0.15, count: m), count: n)
        for (a, b, s) in pairs { similarity[a][b] = s }
        return ParallelAlignment(count: (n, m), similarity: { similarity[$0][$1] }, next: { _, _ in next }, lengths: lengths)
    }

    /// The Avalon translation of the 1789 Declaration splits Article 12 in two, the French
    /// sentence 0.43 and 0.61 from the halves (0.3 from each other): together they gain it
    /// too little over the closer half for the similarities alone to tell a split from a
    /// sentence left out beside its neighbour's counterpart, and the first half was "only in
    /// Avalon". The lengths tell: the French sentence is as long as the two halves together,
    /// not as the closer half alone.
    func testLengthsTellASplitTheSimilaritiesLeaveInDoubt() {
        let pairs: [(Int, Int, Float)] = [(0, 0, 0.7), (1, 1, 0.43), (1, 2, 0.61), (2, 3, 0.8), (3, 4, 0.7), (4, 5, 0.7)]
        let bySimilarity = alignment(5, 6, pairs)
        XCTAssertFalse(bySimilarity.aligns(1, 1), "the similarities alone leave the first half out: \(bySimilarity.beads)")
        let split = alignment(5, 6, pairs, lengths: ([100, 200, 100, 100, 100], [100, 90, 110, 100, 100, 100]))
        XCTAssertTrue(split.aligns(1, 1) && split.aligns(1, 2), "\(split.beads)")
        XCTAssertTrue(split.aligns(2, 3) && split.aligns(0, 0))
        let leftOut = alignment(5, 6, pairs, lengths: ([100, 110, 100, 100, 100], [100, 90, 110, 100, 100, 100]))
        XCTAssertFalse(leftOut.aligns(1, 1), "as long as the closer half alone: a sentence left out, \(leftOut.beads)")
        XCTAssertTrue(leftOut.aligns(1, 2))
    }

    /// A UN message's French joins a short sentence to the one before ("…deadliest disasters
    /// in recent history. More than 230,000 people lost their lives." is one sentence, 0.80
    /// and 0.41 from the halves, the halves 0.23 alike): the short half, a fifth of the pair,
    /// was "no counterpart in FR". Weighed as their lengths, the halves together come closer
    /// than the long one alone, and the lengths fit the two, not the long one (0.31 off).
    func testAShortSentenceJoinedToItsNeighbourIsOneBead() {
        let pairs: [(Int, Int, Float)] = [(0, 0, 0.80), (1, 0, 0.41), (2, 1, 0.8), (3, 2, 0.75), (4, 3, 0.7), (5, 4, 0.7)]
        let a = [112, 42, 150, 150, 150, 150], b = [196, 192, 192, 192, 192]
        let joined = alignment(6, 5, pairs, next: 0.23, lengths: (a, b))
        XCTAssertTrue(joined.isParallel)
        XCTAssertTrue(joined.aligns(0, 0) && joined.aligns(1, 0), "\(joined.beads)")
        XCTAssertTrue(joined.aligns(2, 1) && joined.aligns(5, 4))
        // As long as the long sentence alone: the short one is left out.
        let leftOut = alignment(6, 5, pairs, next: 0.23, lengths: (a, [143, 192, 192, 192, 192]))
        XCTAssertFalse(leftOut.aligns(1, 0), "\(leftOut.beads)")
        XCTAssertTrue(leftOut.aligns(0, 0))
    }

    /// The same message in Russian splits the French sentence the other way: "Более 230 000
    /// человек погибли." is a fifth of the pair, shorter in Cyrillic, its lengths 0.02 off the
    /// French sentence together and 0.24 off it alone (a reviser's "only in" the Russian);
    /// the measured similarities and lengths of the UN message.
    func testAShortRussianHalfOfAFrenchSentenceIsOneBead() {
        let pairs: [(Int, Int, Float)] = [(0, 0, 0.706), (0, 1, 0.36), (1, 2, 0.757), (2, 3, 0.745), (3, 4, 0.70), (4, 5, 0.54)]
        let french = [199, 224, 237, 200, 180], russian = [123, 30, 177, 190, 160, 140]
        let split = alignment(5, 6, pairs, next: 0.23, lengths: (french, russian))
        XCTAssertTrue(split.isParallel)
        XCTAssertTrue(split.aligns(0, 0) && split.aligns(0, 1), "\(split.beads)")
        XCTAssertTrue(split.aligns(1, 2) && split.aligns(4, 5))
        // A Russian first sentence as long as the French alone: the short one is left out.
        let leftOut = alignment(5, 6, pairs, next: 0.23, lengths: (french, [160, 30, 177, 190, 160, 140]))
        XCTAssertFalse(leftOut.aligns(0, 1), "\(leftOut.beads)")
    }

    /// A translation that leaves out sentence 3, which is close to its neighbour's
    /// counterpart (the same subject): sentence 3 is in no bead, the rest one to one.
    func testASentenceLeftOutIsSkippedEvenBesideItsSubject() {
        let path = alignment(6, 5, [(0, 0, 0.7), (1, 1, 0.8), (2, 2, 0.75), (3, 2, 0.45), (4, 3, 0.7), (5, 4, 0.65)])
        XCTAssertTrue(path.isParallel)
        XCTAssertEqual(path.beads.map { [$0.a, $0.b] }, [[0..<1, 0..<1], [1..<2, 1..<2], [2..<3, 2..<3], [4..<5, 3..<4], [5..<6, 4..<5]])
        XCTAssertFalse(path.aligns(3, 2))
    }

    /// The sentence left out is far from its neighbour (0.1) and 0.45 close to that
    /// neighbour's counterpart: the sum of the two vectors, short, comes out closer to the
    /// counterpart (0.81) than the neighbour alone (0.75), but by less than a split's halves
    /// gain (0.06, under a third of the 0.21 a split into halves 0.1 alike would gain, `splitShare`):
    /// still skipped, where it had been read as half of a split.
    func testASentenceLeftOutFarFromItsNeighbourIsNoHalfOfASplit() {
        let path = alignment(6, 5, [(0, 0, 0.7), (1, 1, 0.8), (2, 2, 0.75), (3, 2, 0.45), (4, 3, 0.7), (5, 4, 0.65)], next: 0.1)
        XCTAssertTrue(path.isParallel)
        XCTAssertFalse(path.aligns(3, 2), "\(path.beads)")
        XCTAssertTrue(path.aligns(2, 2) && path.aligns(4, 3))
    }

    /// A sentence the other version splits in two: one bead of one against two, both halves
    /// its counterparts.
    func testASentenceSplitInTwoIsOneBead() {
        let path = alignment(5, 6, [(0, 0, 0.7), (1, 1, 0.55), (1, 2, 0.5), (2, 3, 0.8), (3, 4, 0.7), (4, 5, 0.7)], next: 0.1)
        XCTAssertTrue(path.isParallel)
        XCTAssertTrue(path.aligns(1, 1) && path.aligns(1, 2), "\(path.beads)")
        XCTAssertTrue(path.aligns(2, 3))
    }

    /// The halves of a split sentence may be close to each other (0.6): together they gain
    /// less over either (0.67 against 0.6) than halves far apart would, and are a bead still.
    func testASentenceSplitIntoHalvesCloseToEachOtherIsOneBead() {
        let path = alignment(5, 6, [(0, 0, 0.7), (1, 1, 0.6), (1, 2, 0.6), (2, 3, 0.8), (3, 4, 0.7), (4, 5, 0.7)], next: 0.6)
        XCTAssertTrue(path.aligns(1, 1) && path.aligns(1, 2), "\(path.beads)")
    }

    /// Two accounts of one call, their subjects in another order: not one text.
    func testAccountsInAnotherOrderAreNotParallel() {
        let path = alignment(6, 6, [(0, 0, 0.6), (1, 4, 0.7), (2, 1, 0.6), (3, 5, 0.65), (4, 2, 0.6), (5, 3, 0.7)])
        XCTAssertFalse(path.isParallel)
    }

    /// A translation of twelve sentences that moved its last two to the top and dropped one:
    /// the path holds eight of each, under three quarters, and the two moved sentences,
    /// each other's closest among the skipped, complete one text. Moving more than a quarter
    /// of the sentences is another order, not a paragraph moved.
    func testATranslationWithAParagraphMovedIsParallel() {
        var pairs: [(Int, Int, Float)] = [(0, 0, 0.7), (1, 1, 0.75)]
        pairs += [(2, 4, 0.67), (3, 5, 0.67), (4, 6, 0.74), (5, 7, 0.84), (7, 8, 0.63), (8, 9, 0.72), (9, 10, 0.45)]
        pairs += [(10, 2, 0.81), (11, 3, 0.77)]
        let path = alignment(12, 11, pairs)
        XCTAssertTrue(path.isParallel)
        XCTAssertFalse(path.aligns(10, 2), "the path keeps the order: \(path.beads)")
        XCTAssertEqual(ParallelAlignment.moved(skippedA: [6, 10, 11], skippedB: [2, 3], similarity: { a, b in
            pairs.first { $0.0 == a && $0.1 == b }?.2 ?? 0.15 }, floor: path.movedFloor).map { [$0.0, $0.1] }, [[10, 2], [11, 3]])
        // A translation's counterparts are less alike than a draft's: a sentence moved is
        // found nearly as close as its beads, not only from 0.7.
        XCTAssertEqual(path.movedFloor, 0.85 * 0.72, accuracy: 0.001, "0.85 of the strong beads' median, 0.72")
        XCTAssertEqual(alignment(6, 6, (0..<6).map { ($0, $0, 0.95) }).movedFloor, ParallelAlignment.movedCeiling, "drafts: 0.7")
    }

    /// Versions of three sentences say too little to be called one text.
    func testVeryShortVersionsAreNotParallel() {
        XCTAssertFalse(alignment(3, 3, [(0, 0, 0.9), (1, 1, 0.9), (2, 2, 0.9)]).isParallel)
    }

    /// The gaps of a path: before its first bead, between two, after its last; a sentence
    /// left out (A's 3) and an opening each version says in its own words (A's 0 and B's 0,
    /// 0.2 alike) are where the two texts part.
    func testTheGapsAreWhereThePathSkipsSentences() {
        let path = alignment(7, 6, [(0, 0, 0.2), (1, 1, 0.8), (2, 2, 0.75), (3, 2, 0.45), (4, 3, 0.7), (5, 4, 0.65), (6, 5, 0.7)])
        XCTAssertTrue(path.isParallel)
        XCTAssertFalse(path.aligns(0, 0), "\(path.beads)")
        XCTAssertEqual(path.gaps(count: (7, 6)), [ParallelAlignment.Gap(a: 0..<1, b: 0..<1), ParallelAlignment.Gap(a: 3..<4, b: 3..<3)])
        XCTAssertEqual(alignment(5, 5, (0..<5).map { ($0, $0, 0.8) }).gaps(count: (5, 5)), [], "a path of every sentence has no gap")
        let trailing = alignment(5, 6, (0..<5).map { ($0, $0, 0.8) })
        XCTAssertEqual(trailing.gaps(count: (5, 6)), [ParallelAlignment.Gap(a: 5..<5, b: 5..<6)], "B's last sentence, after the last bead")
    }
}
