import Foundation
@testable import ReadoutsEncoder
import XCTest

/// The model's token tables are read a few rows at a time: once a batch of sentences is
/// embedded, their pages leave the process's resident memory (they stay in the page cache),
/// so what the model adds to the reader's size does not grow with every token ever read.
final class ResidentTableTests: XCTestCase {
    /// The resident bytes of the mapping that starts at `address` (from /proc/self/smaps).
    func residentBytes(ofMappingAt address: UnsafeRawPointer) throws -> Int {
        // Read to its end by hand: Foundation reads a /proc file's first page only.
        let descriptor = open("/proc/self/smaps", O_RDONLY)
        guard descriptor >= 0 else { throw XCTSkip("no /proc/self/smaps") }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        let smaps = String(decoding: bytes, as: UTF8.self)
        let start = String(UInt(bitPattern: address), radix: 16)
        var inside = false
        for line in smaps.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if let first = fields.first, first.contains("-"), fields.count >= 5 {
                inside = first.split(separator: "-").first.map { $0.drop { $0 == "0" } == start.drop { $0 == "0" } } ?? false
            } else if inside, fields.first == "Rss:", fields.count >= 2, let kib = Int(fields[1]) {
                return kib * 1024
            }
        }
        XCTFail("no mapping at \(start) in /proc/self/smaps")
        return 0
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
