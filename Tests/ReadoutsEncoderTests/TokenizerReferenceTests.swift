import Foundation
import ReadoutsEncoder
import XCTest

/// The Swift tokenizer against SentencePiece itself: `Reference/tokenizer-reference.jsonl`
/// holds the ids the `sentencepiece` package gives for 5,000+ real French, English and
/// Russian sentences (see make_tokenizer_reference.py).
final class TokenizerReferenceTests: XCTestCase {
    struct Row {
        var language: String
        var source: String
        var text: String
        var ids: [Int32]
    }

    static func rows() throws -> [Row] {
        try InstalledModel.reference("tokenizer-reference.jsonl").dropFirst().map { line in
            let fields = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
            return Row(language: fields[0] as! String, source: fields[1] as! String, text: fields[2] as! String,
                       ids: (fields[3] as! [Int]).map(Int32.init))
        }
    }

    func testIdsEqualSentencePiecesOnFiveThousandRealSentences() throws {
        let tokenizer = try InstalledModel.tokenizer()
        let rows = try Self.rows()
        var agreeing: [String: Int] = [:], totals: [String: Int] = [:]
        var firstDifferences: [String] = []
        for row in rows {
            totals[row.language, default: 0] += 1
            let ids = tokenizer.encode(row.text)
            if ids == row.ids {
                agreeing[row.language, default: 0] += 1
            } else if firstDifferences.count < 5 {
                firstDifferences.append("\(row.text.debugDescription): \(ids.map { tokenizer.piece($0) }) vs \(row.ids.map { tokenizer.piece($0) })")
            }
        }
        for language in ["en", "fr", "ru"] {
            XCTAssertGreaterThanOrEqual(totals[language] ?? 0, 1000, "reference sentences in \(language)")
        }
        let real = rows.filter { $0.source != "edge" }.count
        let agreement = Double(agreeing.filter { $0.key != "xx" }.values.reduce(0, +)) / Double(real)
        print("tokenizer agreement with SentencePiece: \(agreeing) of \(totals) — \(String(format: "%.2f", agreement * 100)) % of \(real) real sentences")
        XCTAssertGreaterThanOrEqual(real, 5000)
        XCTAssertGreaterThanOrEqual(agreement, 0.995, firstDifferences.joined(separator: "\n"))
        XCTAssertEqual(agreeing["xx"], totals["xx"], "edge cases (white space, NFKC, unknown characters): \(firstDifferences.joined(separator: "\n"))")
    }

    func testNormalisationAsSentencePieceDoes() throws {
        let tokenizer = try InstalledModel.tokenizer()
        // Runs of white space collapse, the ends are trimmed, a space marker starts the text.
        XCTAssertEqual(tokenizer.normalize("  Hello \t\n  world  "), "▁Hello▁world")
        // NFKC: full-width letters and digits, ligatures and the no-break space fold.
        XCTAssertEqual(tokenizer.normalize("ＡＢＣ１２３"), "▁ABC123")
        XCTAssertEqual(tokenizer.normalize("ﬁn\u{00A0}3"), "▁fin▁3")
        XCTAssertEqual(tokenizer.normalize("   "), "")
        XCTAssertEqual(tokenizer.encode(""), [])
    }

    func testUnknownCharactersBecomeOneUnknownPiece() throws {
        let tokenizer = try InstalledModel.tokenizer()
        let ids = tokenizer.encode("☃☃☃")
        XCTAssertEqual(ids.filter { $0 == tokenizer.unknownID }.count, 1, "\(ids.map { tokenizer.piece($0) })")
        XCTAssertEqual(tokenizer.encodeForModel("Paris").first, tokenizer.beginID)
        XCTAssertEqual(tokenizer.encodeForModel("Paris").last, tokenizer.endID)
    }
}
