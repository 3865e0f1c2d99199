import ReadoutsFixtures
import ReadoutsText
import ReadoutsTopics
import XCTest

@testable import ReadoutsExport

/// Both exports are written as they are produced, in chunks of at most 64 KB, never as one
/// piece held whole.
final class StreamingTests: XCTestCase {
    func testLargeExportsArriveInBoundedChunks() {
        let (a, b) = SyntheticReadouts.pair(bytes: 300_000)
        var engine = TopicEngine(lexicons: [.international])
        engine.keepsEvidence = false
        let analysis = engine.analyse([a, b])
        for format in ExportFormat.allCases {
            var chunks: [Int] = []
            var total = 0
            format.write(documents: [a, b], analysis: analysis) { chunk in
                chunks.append(chunk.count)
                total += chunk.count
            }
            XCTAssertGreaterThan(chunks.count, 4, "\(format)")
            XCTAssertTrue(chunks.allSatisfy { $0 <= 1 << 16 }, "\(format): \(chunks.max() ?? 0)")
            XCTAssertGreaterThan(total, 300_000, "\(format) holds the text")
        }
    }

    func testChunkedOutputWritesExactlyWhatItWasGiven() {
        var received: [[UInt8]] = []
        var out = ChunkedOutput(chunkSize: 4) { received.append($0) }
        out.append("é€😀 <")
        out.append(Unicode.Scalar(0x1F600)!)
        out.finish()
        XCTAssertEqual(received.flatMap { $0 }, Array("é€😀 <😀".utf8))
        XCTAssertTrue(received.dropLast().allSatisfy { $0.count == 4 })
    }
}
