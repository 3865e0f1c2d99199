import Foundation
@testable import ReadoutsEncoder
import XCTest

/// The on-disk cache of sentence embeddings: a second opening reads what the first
/// computed; another model or other sentences never hit; a damaged entry is rebuilt.
final class EmbeddingCacheTests: XCTestCase {
    /// Deterministic vectors from the sentence's bytes; counts how many it embedded.
    final class CountingEncoder: SentenceEncoder, @unchecked Sendable {
        let identity: ModelIdentity
        let dimension = 8
        var embedded = 0

        init(fingerprint: String = "v1") { identity = ModelIdentity(name: "counting", fingerprint: fingerprint) }

        func embed(_ sentences: [String]) -> Embeddings {
            embedded += sentences.count
            let values = sentences.flatMap { sentence -> [Float] in
                let raw = (0..<dimension).map { Float(sentence.utf8.reduce($0 + 1) { $0 &* 31 &+ Int($1) } % 1000) + 0.123_456_7 }
                let norm = raw.reduce(0) { $0 + $1 * $1 }.squareRoot()
                return raw.map { $0 / norm }
            }
            return Embeddings(dimension: dimension, values: values)
        }
    }

    var cache: EmbeddingCache!
    let sentences = ["Les présidents ont discuté de l’Ukraine.", "Путин и Байден", "", "3,5 %"]

    override func setUp() {
        cache = EmbeddingCache(directory: NSTemporaryDirectory() + "readouts-cache-\(UUID().uuidString)/embeddings")
    }

    /// The cache's directory and the scratch directory around it.
    override func tearDown() { try? FileManager.default.removeItem(atPath: (cache.directory as NSString).deletingLastPathComponent) }

    func cachedFile(for encoder: CountingEncoder) -> String {
        cache.path(EmbeddingCache.key(for: sentences, model: encoder.identity))
    }

    func testSecondOpeningReadsTheSameVectorsWithoutTheEncoder() {
        let encoder = CountingEncoder()
        let first = cache.embeddings(of: sentences, using: encoder)
        XCTAssertFalse(first.fromCache)
        XCTAssertEqual(encoder.embedded, 4)
        let second = cache.embeddings(of: sentences, using: encoder)
        XCTAssertTrue(second.fromCache)
        XCTAssertEqual(encoder.embedded, 4, "the encoder did not run again")
        XCTAssertEqual(second.embeddings, first.embeddings, "bit for bit")
    }

    /// A file of the first format (Float32 vectors, magic `RDTEMBD1`), sound in itself, is
    /// not misread as Float16s: it is ignored, removed and rebuilt.
    func testAnEntryOfTheFloat32FormatIsRebuiltNotMisread() throws {
        let encoder = CountingEncoder()
        let vectors = encoder.embed(sentences)
        let float32s = (0..<vectors.count).flatMap { vectors[$0] }
        var file = Array("RDTEMBD1".utf8)
        for value in [UInt32(vectors.dimension), UInt32(vectors.count)] { file += withUnsafeBytes(of: value.littleEndian) { Array($0) } }
        file += EmbeddingCache.key(for: sentences, model: encoder.identity).digest
        file += withUnsafeBytes(of: float32s.withUnsafeBytes { crc32Checksum($0) }.littleEndian) { Array($0) }
        file += [UInt8](repeating: 0, count: EmbeddingCache.headerSize - file.count)
        file += float32s.withUnsafeBytes { Array($0) }
        try FileManager.default.createDirectory(atPath: cache.directory, withIntermediateDirectories: true)
        try Data(file).write(to: URL(fileURLWithPath: cachedFile(for: encoder)))
        encoder.embedded = 0
        let reopened = cache.embeddings(of: sentences, using: encoder)
        XCTAssertFalse(reopened.fromCache)
        XCTAssertEqual(encoder.embedded, 4, "rebuilt")
        XCTAssertEqual(reopened.embeddings, vectors)
        XCTAssertTrue(cache.embeddings(of: sentences, using: encoder).fromCache, "and stored in the current format")
    }

    func testAnotherModelOrOtherSentencesMiss() {
        let encoder = CountingEncoder()
        _ = cache.embeddings(of: sentences, using: encoder)
        let other = CountingEncoder(fingerprint: "v2")
        XCTAssertFalse(cache.embeddings(of: sentences, using: other).fromCache)
        XCTAssertFalse(cache.embeddings(of: Array(sentences.dropLast()), using: encoder).fromCache)
        XCTAssertFalse(cache.embeddings(of: ["Les présidents", "ont discuté de l’Ukraine."], using: encoder).fromCache)
        XCTAssertNotEqual(EmbeddingCache.key(for: ["ab", "c"], model: encoder.identity),
                          EmbeddingCache.key(for: ["a", "bc"], model: encoder.identity))
    }

    /// A large document's texts are hashed a batch at a time: the key, and so the entries
    /// cached before, stay the same.
    func testTheKeyOfTextsGivenInBatchesIsTheKeyOfThemAll() {
        let model = CountingEncoder().identity
        let texts = (0..<10).map { "Phrase \($0) du document." }
        let batched = EmbeddingCache.key(count: texts.count, model: model) { feed in
            feed(Array(texts[0..<3]))
            feed(Array(texts[3..<10]))
        }
        XCTAssertEqual(batched, EmbeddingCache.key(for: texts, model: model))
    }

    func testDamagedOrTruncatedEntriesAreIgnoredAndRebuilt() throws {
        let encoder = CountingEncoder()
        let original = cache.embeddings(of: sentences, using: encoder).embeddings
        let path = cachedFile(for: encoder)
        for damage in [{ (bytes: inout [UInt8]) in bytes[bytes.count - 7] ^= 0x10 },
                       { (bytes: inout [UInt8]) in bytes.removeLast(12) },
                       { (bytes: inout [UInt8]) in bytes[20] ^= 1 }] {
            var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            damage(&bytes)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let before = encoder.embedded
            let rebuilt = cache.embeddings(of: sentences, using: encoder)
            XCTAssertFalse(rebuilt.fromCache)
            XCTAssertEqual(encoder.embedded, before + 4)
            XCTAssertEqual(rebuilt.embeddings, original)
            XCTAssertTrue(cache.embeddings(of: sentences, using: encoder).fromCache, "the rebuilt entry is stored again")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cache.directory).count, 1, "no temporary files left")
    }

    func testDefaultLocationFollowsXDG() {
        XCTAssertEqual(EmbeddingCache(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/u"])?.directory,
                       "/x/cache/readouts/embeddings")
        XCTAssertEqual(EmbeddingCache(environment: ["HOME": "/home/u"])?.directory, "/home/u/.cache/readouts/embeddings")
    }

    func testUnwritableCacheStillEmbeds() {
        let encoder = CountingEncoder()
        let readOnly = EmbeddingCache(directory: "/proc/readouts-cannot-write-here")
        let result = readOnly.embeddings(of: sentences, using: encoder)
        XCTAssertFalse(result.fromCache)
        XCTAssertEqual(result.embeddings.count, 4)
    }
}
