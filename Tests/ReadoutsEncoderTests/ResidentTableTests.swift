import Foundation
@testable import ReadoutsEncoder
import ReadoutsFixtures
import XCTest

/// The model's token tables are read a few rows at a time: once a batch of sentences is
/// embedded, their pages leave the process's resident memory (they stay in the page cache),
/// so what the model adds to the reader's size does not grow with every token ever read.
final class ResidentTableTests: XCTestCase {
    /// The resident bytes of the mapping that starts at `address` (from /proc/self/smaps).
    func residentBytes(ofMappingAt address: UnsafeRawPointer) throws -> Int {
        let start = String(UInt(bitPattern: address), radix: 16)
        var found = false
        let bytes = ResidentMappings.residentBytes { fields in
            let matches = fields[0].split(separator: "-").first.map { $0.drop { $0 == "0" } == start.drop { $0 == "0" } } ?? false
            found = found || matches
            return matches
        }
        guard let bytes else { throw XCTSkip("no /proc/self/smaps") }
        XCTAssertTrue(found, "no mapping at \(start) in /proc/self/smaps")
        return bytes
    }

    func testEmbeddingLeavesNoTableRowsResident() throws {
        _ = try InstalledModel.encoder()
        let sentences = try TokenizerReferenceTests.rows().prefix(600).map(\.text)
        for makeEncoder in [{ (base: UniversalSentenceEncoder) -> any SentenceEncoder in base },
                            { (base: UniversalSentenceEncoder) -> any SentenceEncoder in TokenTableEncoder(base) }] {
            // A mapping of its own, so that no other test's reads count.
            let base = try UniversalSentenceEncoder(directory: InstalledModel.directory)
            let encoder = makeEncoder(base)
            let mapping = base.weights.file.file.bytes.baseAddress!
            // The sections checked at load (13.6 MB of layers, the tokenizer's) left resident
            // memory after their checksum: they come back only once used.
            XCTAssertLessThan(try residentBytes(ofMappingAt: mapping), 4 * 1024 * 1024, "\(encoder.identity.name) just loaded")
            // The sentences once, to bring back what they read besides the table's rows
            // (layers, the tokenizer's pages): the rows alone must leave after each batch.
            _ = encoder.embed(Array(sentences))
            let before = try residentBytes(ofMappingAt: mapping)
            let first = encoder.embed(Array(sentences.prefix(300)))
            XCTAssertLessThan(try residentBytes(ofMappingAt: mapping) - before, 256 * 1024, "\(encoder.identity.name)")
            let second = encoder.embed(Array(sentences.suffix(300)))
            XCTAssertLessThan(try residentBytes(ofMappingAt: mapping) - before, 256 * 1024, "\(encoder.identity.name)")
            // Rows read again after their pages left give the same vectors.
            XCTAssertEqual(encoder.embed(Array(sentences.prefix(300))), first)
            XCTAssertEqual(second.count, 300)
        }
    }
}
