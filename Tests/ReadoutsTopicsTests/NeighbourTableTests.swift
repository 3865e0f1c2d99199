import XCTest
@testable import ReadoutsTopics

/// The semantic linker's flat neighbour lists keep, for each sentence, what a list sorted
/// by similarity (first offered first among equals) would keep in its first six places.
final class NeighbourTableTests: XCTestCase {
    func testEachListKeepsTheBestSixInOrderOfferedAmongEquals() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<200 {
            let lists = 1 + round % 5
            var table = NeighbourTable(count: lists)
            var offered = [[(index: Int32, similarity: Float)]](repeating: [], count: lists)
            for step in 0..<Int.random(in: 0...40, using: &generator) {
                let list = Int.random(in: 0..<lists, using: &generator)
                // Coarse values, so that ties are frequent.
                let similarity = Float(Int.random(in: -4...8, using: &generator)) / 8
                table.offer(list, Int32(step), similarity)
                offered[list].append((Int32(step), similarity))
            }
            for list in 0..<lists {
                // A stable sort: equal similarities stay in the order they were offered.
                let expected = offered[list].enumerated()
                    .sorted { ($0.element.similarity, -$0.offset) > ($1.element.similarity, -$1.offset) }
                    .prefix(NeighbourTable.kept).map(\.element)
                let kept = Array(table[list])
                XCTAssertEqual(kept.map(\.index), expected.map(\.index), "list \(list) of round \(round)")
                XCTAssertEqual(kept.map(\.similarity), expected.map(\.similarity))
                XCTAssertEqual(table.first(list)?.index, expected.first?.index)
                XCTAssertEqual(table.isFull(list), expected.count == NeighbourTable.kept)
            }
        }
    }

    func testCompetitionIsTheMeanOfTheBestFourOthersWithNegativesAsZero() {
        var table = NeighbourTable(count: 2)
        for (index, similarity) in [(1, 0.9), (2, 0.8), (3, -0.2), (4, 0.6), (5, 0.4), (6, 0.3), (7, 0.1)] as [(Int32, Float)] {
            table.offer(0, index, similarity)
        }
        // Best first: 1 0.9, 2 0.8, 4 0.6, 5 0.4, 6 0.3, 7 0.1 (the negative one fell out).
        XCTAssertEqual(table[0].map(\.index), [1, 2, 4, 5, 6, 7])
        XCTAssertEqual(table.competition(0, excluding: 1), (0.8 + 0.6 + 0.4 + 0.3) / 4, accuracy: 1e-6)
        XCTAssertEqual(table.competition(0, excluding: 9), (0.9 + 0.8 + 0.6 + 0.4) / 4, accuracy: 1e-6)
        table.offer(1, 3, -0.5)
        XCTAssertEqual(table.competition(1, excluding: 9), 0)
        XCTAssertTrue(table[1].count == 1 && table[0].count == 6)

        // Lists merged best first into an empty table come out the same.
        var merged = NeighbourTable(count: 2)
        merged.offerAll(of: 0, from: table)
        XCTAssertEqual(Array(merged[0]), Array(table[0]))
        merged.clear(0)
        XCTAssertNil(merged.first(0))
    }
}
