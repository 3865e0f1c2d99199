import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// The compare view's word alignment: the lexicon's aliases, the link's evidence, stems,
/// and the place for a semantic matcher.
final class SentenceAlignerTests: XCTestCase {
    let kremlin = "Biden a décrit les sanctions possibles et les troupes russes près de la frontière."
    let whiteHouse = "Biden a évoqué le renforcement des forces russes et des mesures économiques fortes."

    func words(_ text: String, _ ranges: [Range<Int>]) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return ranges.map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    /// With no evidence given, the engine's lexicon matcher alone finds that "sanctions" and
    /// "mesures économiques", "troupes" and "renforcement des forces" say the same thing.
    func testTheLexiconMatchesAliasesThatShareNoWord() {
        let alignment = SentenceAligner().align(.init(text: kremlin, language: .french), .init(text: whiteHouse, language: .french))
        let sanctions = alignment.matches.first { $0.reason == .topic("sanctions") }
        XCTAssertEqual(words(kremlin, sanctions?.left ?? []), ["sanctions"])
        XCTAssertEqual(words(whiteHouse, sanctions?.right ?? []), ["mesures économiques"])
        let troops = alignment.matches.first { $0.reason == .topic("troops") }
        XCTAssertEqual(words(kremlin, troops?.left ?? []), ["troupes"])
        XCTAssertTrue(words(whiteHouse, troops?.right ?? []).joined(separator: " ").contains("forces"))
        let stems = alignment.matches.filter { $0.reason == .stem }.flatMap { words(kremlin, $0.left) }
        XCTAssertTrue(stems.contains("Biden") && stems.contains("russes"), "\(stems)")
        XCTAssertEqual(Set(words(kremlin, alignment.onlyLeft)), ["décrit", "possibles", "frontière"])
        XCTAssertEqual(Set(words(whiteHouse, alignment.onlyRight)), ["évoqué", "fortes"])
        XCTAssertEqual(alignment.matches.map { $0.left.first!.lowerBound }, alignment.matches.map { $0.left.first!.lowerBound }.sorted(),
                       "matches in the order of the left sentence")
    }

    /// Without a lexicon, only stems and the spans given as the link's evidence match.
    func testTheLinksEvidenceAlignsWithoutALexicon() {
        let aligner = SentenceAligner(lexicons: [])
        let plain = aligner.align(.init(text: kremlin, language: .french), .init(text: whiteHouse, language: .french))
        XCTAssertFalse(plain.matches.contains { if case .topic = $0.reason { true } else { false } })
        XCTAssertTrue(words(kremlin, plain.onlyLeft).contains("troupes"))
        let troupes = kremlin.unicodeScalars.count - "troupes russes près de la frontière.".unicodeScalars.count
        let forces = "Biden a évoqué le renforcement des ".unicodeScalars.count
        let withEvidence = aligner.align(
            .init(text: kremlin, language: .french, topicSpans: [(troupes..<troupes + 7, "auto:troupe")]),
            .init(text: whiteHouse, language: .french, topicSpans: [(forces..<forces + 6, "auto:troupe")]))
        let match = withEvidence.matches.first { $0.reason == .topic("auto:troupe") }
        XCTAssertEqual(words(kremlin, match?.left ?? []), ["troupes"])
        XCTAssertEqual(words(whiteHouse, match?.right ?? []), ["forces"])
        XCTAssertFalse(words(kremlin, withEvidence.onlyLeft).contains("troupes"))
    }

    /// A semantic matcher is asked last, about what nothing else matched, and only that.
    func testASemanticMatcherIsAskedAboutTheRest() {
        struct Synonyms: SemanticWordMatcher {
            func pairs(left: [String], leftLanguage: Language, right: [String], rightLanguage: Language) -> [(left: Int, right: Int)] {
                guard let l = left.firstIndex(of: "décrit"), let r = right.firstIndex(of: "évoqué") else { return [] }
                XCTAssertFalse(left.contains("sanctions"), "already matched words are not offered")
                return [(l, r)]
            }
        }
        let alignment = SentenceAligner(semantic: Synonyms()).align(.init(text: kremlin, language: .french), .init(text: whiteHouse, language: .french))
        let semantic = alignment.matches.first { $0.reason == .semantic }
        XCTAssertEqual(words(kremlin, semantic?.left ?? []), ["décrit"])
        XCTAssertEqual(words(whiteHouse, semantic?.right ?? []), ["évoqué"])
        XCTAssertFalse(words(kremlin, alignment.onlyLeft).contains("décrit"))
    }

    /// Across languages the lexicon still pairs the aliases.
    func testAcrossLanguages() {
        let english = "Biden voiced concern about the Russian military build-up and threatened economic measures."
        let alignment = SentenceAligner().align(.init(text: kremlin, language: .french), .init(text: english, language: .english))
        XCTAssertNotNil(alignment.matches.first { $0.reason == .topic("sanctions") }, "\(alignment.matches)")
    }

    /// A name written in two scripts is the same word, whatever its case ending: "Biden" /
    /// "Байденом", "Putin" / "Путин"; two different names are not ("Paris" / "Пекин").
    func testNamesAcrossScriptsMatch() {
        let english = "President Biden spoke with President Putin about Paris."
        let russian = "Владимир Путин провел переговоры с Джозефом Байденом о Пекине."
        let alignment = SentenceAligner(lexicons: []).align(.init(text: english, language: .english), .init(text: russian, language: .russian))
        let pairs = alignment.matches.filter { $0.reason == .stem }.map { [words(english, $0.left).joined(), words(russian, $0.right).joined()] }
        XCTAssertTrue(pairs.contains(["Biden", "Байденом"]), "\(pairs)")
        XCTAssertTrue(pairs.contains(["Putin", "Путин"]), "\(pairs)")
        XCTAssertFalse(pairs.contains { $0[0] == "Paris" }, "\(pairs)")
        XCTAssertTrue(words(english, alignment.onlyLeft).contains("Paris"))
        // Within one script, names are the stems' to match.
        let french = SentenceAligner(lexicons: []).align(.init(text: "Biden a parlé.", language: .french), .init(text: "Bidan a parlé.", language: .french))
        XCTAssertFalse(french.matches.contains { $0.reason == .stem && self.words("Biden a parlé.", $0.left) == ["Biden"] })
    }
}
