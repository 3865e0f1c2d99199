import ReadoutsText
import XCTest

@testable import ReadoutsExport

/// A reference in the brief opens with as many words as tell its sentence from the others
/// quoted whole under the same topic. It asks only the sentences whose text sorts next to
/// its own (the longest opening shared with any is shared with one of those): asking every
/// one made the brief quadratic, 21 s for 2 × 1 MB of sentences of three topics each.
final class QuotedSentenceNeighboursTests: XCTestCase {
    func testNeighboursGiveTheSameReferenceAsEverySentence() {
        var generator = SystemRandomNumberGenerator()
        let openings = ["Les deux présidents ont", "Les deux présidents", "Les deux", "Le président a", "« Nous", "Biden a exprimé", "Biden a"]
        // Punctuation inside and after words too ("l’Ukraine»", "l’Ukraine,"), where one
        // shared start can end inside a word's punctuation and another past it.
        let words = ["sanctions", "OTAN", "l’Ukraine»", "l’Ukraine,", "l’Ukraine", "alliés", "« troupes", "gaz", "accords", "sécurité", "dialogue"]
        for _ in 0..<200 {
            var text = ""
            var ranges: [Range<Int>] = []
            for _ in 0..<Int.random(in: 2...30, using: &generator) {
                let sentence = " " + openings.randomElement(using: &generator)! + " "
                    + (0..<Int.random(in: 1...12, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ") + "."
                let start = text.unicodeScalars.count
                text += sentence
                ranges.append(start..<text.unicodeScalars.count)
            }
            let scalars = ScalarText(text.unicodeScalars)
            var quoted = MarkdownQuotedSentences()
            quoted.record(ranges.enumerated().map { ($0.offset, $0.element) }, quotedUnder: 0, of: 0, in: scalars)
            for (index, range) in ranges.enumerated() {
                let all = ranges.enumerated().filter { $0.offset != index }.map(\.element)
                let near = quoted.neighbours(of: range, quotedUnder: 0, of: 0, in: scalars)
                XCTAssertLessThanOrEqual(near.count, 3)
                let expected = MarkdownQuotedSentences.reference(in: scalars, sentence: range, words: [], others: all)
                let got = MarkdownQuotedSentences.reference(in: scalars, sentence: range, words: [], others: near)
                XCTAssertEqual(String(String.UnicodeScalarView(got.scalars)), String(String.UnicodeScalarView(expected.scalars)),
                               "«\(scalars.string(range))» among \(ranges.count)")
            }
        }
    }
}
