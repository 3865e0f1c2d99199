import ReadoutsFixtures
import Foundation
import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// The streamed export must read exactly like Foundation's pretty-printed JSON (scripts
/// written against earlier exports keep working) while never holding the whole text.
final class JSONStreamWriterTests: XCTestCase {
    struct Sample: Encodable {
        var empty: [Int]
        var nested: [[Int]]
        var score: Double
        var whole: Double
        var text: String
    }

    func testLayoutAndEscapesMatchJSONEncoder() throws {
        let tricky = "l’Ukraine « x » \"q\" \\ / \n\r\t\u{8}\u{C}\u{1}\u{1F} é 😀 \u{2028}"
        let sample = Sample(empty: [], nested: [[], [1, 2]], score: 0.351, whole: 1, text: tricky)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode([sample]), as: UTF8.self)

        var bytes: [UInt8] = []
        var json = JSONStreamWriter { bytes += $0 }
        json.beginArray()
        json.beginObject()
        json.key("empty"); json.beginArray(); json.endArray()
        json.key("nested")
        json.beginArray()
        json.beginArray(); json.endArray()
        json.beginArray(); json.int(1); json.int(2); json.endArray()
        json.endArray()
        json.key("score"); json.double(0.351)
        json.key("text"); json.string(tricky)
        json.key("whole"); json.double(1)
        json.endObject()
        json.endArray()
        json.finish()
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), expected)
    }

    func testNonFiniteNumbersStayValidJSON() throws {
        var bytes: [UInt8] = []
        var json = JSONStreamWriter { bytes += $0 }
        json.beginArray()
        json.double(.nan)
        json.double(.infinity)
        json.double(0.5)
        json.endArray()
        json.finish()
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(bytes)) as? [Any])
        XCTAssertEqual(parsed.count, 3)
        XCTAssertTrue(parsed[0] is NSNull)
    }

    func testALargeExportArrivesInBoundedPieces() throws {
        let texts = SyntheticReadouts.texts(bytes: 300_000, seed: 7, versions: 2)
        let documents = try texts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
        }
        let analysis = TopicEngine().analyse(documents)
        var pieces: [Int] = []
        var bytes: [UInt8] = []
        writeJSON(documents: documents, analysis: analysis) { pieces.append($0.count); bytes += $0 }
        XCTAssertGreaterThan(pieces.count, 10, "a large export is written as it is produced")
        XCTAssertLessThanOrEqual(pieces.max() ?? 0, 1 << 16)
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        XCTAssertEqual((parsed["links"] as? [Any])?.count, analysis.links.count)
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), exportJSON(documents: documents, analysis: analysis))
    }
}
