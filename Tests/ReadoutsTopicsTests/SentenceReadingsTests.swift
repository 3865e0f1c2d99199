import Foundation
import ReadoutsEncoder
@testable import ReadoutsTopics
import XCTest

/// A sentence read twice (its masked text and its whole text): two sentences' similarity is
/// the share-weighted mean of their readings' cosines, the masked reading can be had alone,
/// and the cache never hands one reading's vectors to another.
final class SentenceReadingsTests: XCTestCase {
    /// Deterministic unit vectors from a text's bytes; counts what it embeds.
    final class HashingEncoder: SentenceEncoder, @unchecked Sendable {
        let identity = ModelIdentity(name: "hashing", fingerprint: "v1")
        let dimension = 6
        var embedded = 0

        func embed(_ sentences: [String]) -> Embeddings {
            embedded += sentences.count
            let values = sentences.flatMap { sentence -> [Float] in
                let raw = (0..<dimension).map { Float(sentence.utf8.reduce($0 + 7) { $0 &* 31 &+ Int($1) } % 997) - 498 }
                let norm = raw.reduce(0) { $0 + $1 * $1 }.squareRoot()
                return raw.map { $0 / norm }
            }
            return Embeddings(dimension: dimension, values: values)
        }
    }

    let masked = ["They that UK- on the world stage has a difference.", "la bilatérale avait « la différence »", "Un sommet est prévu."]
    let whole = ["They agreed that cooperation has made a difference.", "la coopération bilatérale avait « fait la différence »",
                 "Un sommet est d’ailleurs prévu."]

    private func embedding(_ readings: SentenceReadings, _ encoder: HashingEncoder, cache: EmbeddingCache? = nil) -> IncrementalEmbedding {
        let texts: [IncrementalEmbedding.Texts] = [{ $0.map { self.masked[$0] } }, { $0.map { self.whole[$0] } }]
        return IncrementalEmbedding(count: masked.count, texts: Array(texts.prefix(readings.count)), readings: readings, encoder: encoder, cache: cache)
    }

    func testTwoSentencesAreAsAlikeAsTheShareWeightedMeanOfTheirReadings() {
        let encoder = HashingEncoder()
        var embedding = embedding(.masked(wholeShare: 0.25), encoder)
        embedding.embed([0, 1, 2], encoder: encoder)
        let vectors = embedding.current
        XCTAssertEqual(vectors.dimension, 2 * encoder.dimension)
        let (maskedVectors, wholeVectors) = (encoder.embed(masked), encoder.embed(whole))
        for (a, b) in [(0, 1), (0, 2), (1, 2), (1, 1)] {
            let expected = 0.75 * maskedVectors.cosine(a, maskedVectors, b) + 0.25 * wholeVectors.cosine(a, wholeVectors, b)
            XCTAssertEqual(vectors.cosine(a, vectors, b), expected, accuracy: 2e-3, "sentences \(a) and \(b)")
        }
        XCTAssertNotEqual(vectors.cosine(0, vectors, 1), maskedVectors.cosine(0, maskedVectors, 1), accuracy: 1e-2,
                          "the whole text must count: the similarity is the masked text's alone")
        // What a sentence says of a topic is judged on the masked reading alone: the model's own vectors.
        let first = SentenceReadings.masked(wholeShare: 0.25).first(of: vectors)
        XCTAssertEqual(first.dimension, encoder.dimension)
        for s in 0..<masked.count {
            for (value, expected) in zip(first[s], maskedVectors[s]) { XCTAssertEqual(value, expected, accuracy: 2e-3) }
        }
    }

    func testNoShareForTheWholeTextIsTheMaskedTextAlone() {
        let encoder = HashingEncoder()
        XCTAssertEqual(SentenceReadings.masked(wholeShare: 0), .maskedOnly)
        var embedding = embedding(.maskedOnly, encoder)
        embedding.embed([0, 1, 2], encoder: encoder)
        XCTAssertEqual(embedding.current, encoder.embed(masked), "one reading: the model's own vectors, as before")
    }

    func testTheCacheKeepsEachWayOfReadingApart() throws {
        let root = NSTemporaryDirectory() + "readouts-readings-\(UUID().uuidString)"
        let directory = root + "/embeddings"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let cache = EmbeddingCache(directory: directory)
        let encoder = HashingEncoder()
        var first = embedding(.masked(wholeShare: 0.25), encoder, cache: cache)
        first.embed([0, 1, 2], encoder: encoder)
        let vectors = first.finish(cache: cache)

        let embeddedBefore = encoder.embedded
        let again = embedding(.masked(wholeShare: 0.25), encoder, cache: cache)
        XCTAssertTrue(again.isComplete, "reopened: both readings read back from the cache")
        XCTAssertEqual(again.current, vectors)
        XCTAssertEqual(encoder.embedded, embeddedBefore, "nothing embedded again")

        XCTAssertFalse(embedding(.maskedOnly, encoder, cache: cache).isComplete, "the masked text alone is another entry")
        XCTAssertFalse(embedding(.masked(wholeShare: 0.5), encoder, cache: cache).isComplete, "other shares are another entry")
    }
}
