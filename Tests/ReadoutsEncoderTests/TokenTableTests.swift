import Foundation
@testable import ReadoutsEncoder
import XCTest

/// The token-average path's table (64 Float16 values per token, a section of the model
/// file): it gives the vectors of averaging the model's token embeddings and projecting
/// them, a model installed without it still works, and `--install-model` adds it offline.
final class TokenTableTests: XCTestCase {
    var directory: String!

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "readouts-token-table-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try FileManager.default.removeItem(atPath: directory) }

    let sentences = [
        "Les sanctions économiques contre la Russie", "des sanctions économiques nouvelles contre la Russie",
        "La recette demande deux œufs et de la farine", "Путин и Байден обсудили Украину", "The leaders discussed Ukraine",
        "3,5 % de croissance en 2021", "", "Sécurité européenne, OTAN et garanties juridiquement contraignantes",
    ]

    func testFloat16ValuesWidenExactly() {
        for bits in (0...UInt16.max) where Float16(bitPattern: bits).isFinite {
            XCTAssertEqual(TokenTableEncoder.widened(bits).bitPattern, Float(Float16(bitPattern: bits)).bitPattern, "\(bits)")
        }
    }

    /// The definition: the mean of the dequantised token embeddings, projected by the ±1
    /// matrix, normalised — in Float32 throughout.
    func reference(_ encoder: UniversalSentenceEncoder) -> [[Float]] {
        let weights = encoder.weights, width = EncoderSections.embeddingWidth
        let signs = TokenTableEncoder.signs()
        return sentences.map { sentence in
            var mean = [Float](repeating: 0, count: width)
            for id in encoder.tokenizer.encode(sentence) where id >= 0 {
                let chunk = Int(id) % EncoderSections.chunks
                for j in 0..<width {
                    mean[j] += Float(weights.table[Int(id) * width + j]) * weights.chunkScale[chunk] + weights.chunkOffset[chunk]
                }
            }
            var projected = (0..<TokenTableEncoder.dimension).map { c in (0..<width).reduce(Float(0)) { $0 + signs[c * width + $1] * mean[$1] } }
            let norm = projected.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 0 { projected = projected.map { $0 / norm } }
            return projected
        }
    }

    func testTableVectorsKeepTheReferenceCosinesWithinOneThousandth() throws {
        let base = try InstalledModel.encoder()
        let vectors = TokenTableEncoder(base).embed(sentences)
        let expected = reference(base)
        func cosine(_ x: [Float], _ y: [Float]) -> Float { zip(x, y).reduce(0) { $0 + $1.0 * $1.1 } }
        for i in sentences.indices {
            let row = Array(vectors[i])
            if expected[i].allSatisfy({ $0 == 0 }) {
                XCTAssertTrue(row.allSatisfy { $0 == 0 }, "an empty sentence has no direction")
                continue
            }
            XCTAssertGreaterThan(cosine(row, expected[i]), 0.999, sentences[i])
            for j in sentences.indices where !expected[j].allSatisfy({ $0 == 0 }) {
                XCTAssertEqual(vectors.cosine(i, vectors, j), cosine(expected[i], expected[j]), accuracy: 1e-3, "\(i), \(j)")
            }
        }
    }

    /// A copy of the installed model written without the table, as installs before it were.
    func modelWithoutTable() throws -> String {
        _ = try InstalledModel.encoder()
        let installed = try ModelFile(path: InstalledModel.directory + "/" + UniversalSentenceEncoder.fileName)
        var writer = ModelFileWriter()
        for (name, section) in installed.sections.sorted(by: { $0.value.offset < $1.value.offset }) where name != EncoderSections.projectedTable {
            writer.add(name, kind: section.kind, raw: Array(installed.file.bytes[section.offset..<(section.offset + section.byteCount)]))
        }
        let target = directory + "/models/" + UniversalSentenceEncoder.modelName
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        try writer.write(to: target + "/" + UniversalSentenceEncoder.fileName)
        return target
    }

    func testAModelInstalledWithoutTheTableGivesTheSameVectors() throws {
        let old = try UniversalSentenceEncoder(directory: try modelWithoutTable())
        let computed = TokenTableEncoder(old)
        XCTAssertFalse(computed.isMapped)
        let mapped = TokenTableEncoder(try InstalledModel.encoder())
        XCTAssertTrue(mapped.isMapped, "the installed model has the table (readouts --install-model adds it)")
        XCTAssertEqual(computed.identity, mapped.identity, "the same vectors, so the same cache entries")
        XCTAssertEqual(computed.embed(sentences), mapped.embed(sentences), "bit for bit")
    }

    func testInstallingAgainAddsTheTableWithoutDownloading() throws {
        let target = try modelWithoutTable()
        let python = directory + "/python3"
        try "#!/bin/sh\necho 'no network' >&2; exit 1\n".write(toFile: python, atomically: true, encoding: .utf8)
        chmod(python, 0o755)
        let installer = ModelInstaller(environment: ["READOUTS_MODEL_DIR": directory + "/models", "READOUTS_PYTHON": python])
        XCTAssertEqual(try installer.install(), .upgraded(target))
        XCTAssertTrue(TokenTableEncoder(try UniversalSentenceEncoder(directory: target)).isMapped)
        // Stored as bytes: an earlier Readouts, which refuses element kinds it does not know,
        // still opens the file and ignores the section.
        let table = try ModelFile(path: target + "/" + UniversalSentenceEncoder.fileName).section(EncoderSections.projectedTable)
        XCTAssertEqual(table.kind, .uint8)
        XCTAssertNoThrow(try ModelInstaller.verifyCompletely(directory: target))
        XCTAssertEqual(try installer.install(), .alreadyInstalled(target))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory + "/models"), [UniversalSentenceEncoder.modelName],
                       "no staging directory left")
    }
}
