import XCTest
import ReadoutsText

/// The halving search the reader's stops and the drafts' texts find their place by: the first
/// element past a boundary, the end when there is none.
final class PartitionPointTests: XCTestCase {
    func testTheFirstElementPastTheBoundaryIsFound() {
        let sentences = [2, 3, 3, 3, 7, 9]
        XCTAssertEqual(sentences.partitionPoint { $0 >= 3 }, 1, "the first of a run of equal ones")
        XCTAssertEqual(sentences.partitionPoint { $0 >= 4 }, 4, "between two elements: the next one")
        XCTAssertEqual(sentences.partitionPoint { $0 >= 0 }, 0, "before them all")
        XCTAssertEqual(sentences.partitionPoint { $0 >= 10 }, sentences.endIndex, "past them all")
        XCTAssertEqual([Int]().partitionPoint { $0 >= 1 }, 0)
        let slice = sentences[2...]
        XCTAssertEqual(slice.partitionPoint { $0 > 3 }, 4, "a slice's own indices")
    }

    func testEveryBoundaryOfADrawnSortedListAgreesWithALinearScan() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let values = (0..<Int.random(in: 0...40, using: &generator)).map { _ in Int.random(in: 0...20, using: &generator) }.sorted()
            for bound in -1...21 {
                XCTAssertEqual(values.partitionPoint { $0 >= bound }, values.firstIndex { $0 >= bound } ?? values.endIndex)
            }
        }
    }
}
