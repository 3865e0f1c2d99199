import Foundation
import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// Versions in two languages: a word and its translation, found by the encoder's vectors of
/// the two words, are a link's evidence as one shared word is, and the compare view pairs them.
final class WordTranslationsTests: XCTestCase {
    private func document(_ id: String, _ text: String) throws -> Document {
        try DocumentLoader.load(bytes: Array(text.utf8), name: "\(id).txt", markdown: false, label: id)
    }

    let english = """
        The Prime Minister spoke to President Macron this afternoon. \
        The leaders discussed preparations for the upcoming UK-France summit in Paris. \
        They welcomed the close cooperation between their armed forces.
        """
    let french = """
        Emmanuel Macron s’est entretenu mardi avec Boris Johnson. \
        Un sommet franco-britannique est prévu dans les prochains mois à Paris. \
        Les deux dirigeants ont salué l’étroite coopération entre leurs forces armées.
        """

    /// The words of each side of `link` shown as its evidence.
    private func evidence(_ link: Analysis.Link, _ documents: [Document]) -> [Set<String>] {
        [link.from, link.to].map { side in
            Set(link.evidence.filter { $0.side == side }.map { documents[side.version].string($0.range).lowercased() })
        }
    }

    func testAWordAndItsTranslationAreALinksEvidence() throws {
        let documents = try [document("en", english), document("fr", french)]
        let analysis = try InstalledEncoder.engine().analyse(documents)
        let summit = try XCTUnwrap(analysis.links.first { $0.from.sentence == 1 && $0.to.sentence == 1 },
                                   "the summit's sentences link: \(analysis.links.map { [$0.from.sentence, $0.to.sentence] })")
        let (words, mots) = (evidence(summit, documents)[0], evidence(summit, documents)[1])
        XCTAssertTrue(words.contains { $0.contains("summit") }, "\(words)")
        XCTAssertTrue(mots.contains { $0.contains("sommet") }, "\(mots)")
        // The participants are who speaks, not evidence, in any language.
        for link in analysis.links {
            XCTAssertFalse(evidence(link, documents).joined().contains { $0.contains("macron") || $0.contains("johnson") },
                           "\(evidence(link, documents))")
        }
        // Without translations (`translation` above 1), the same link has no word of the French side.
        var engine = try InstalledEncoder.engine()
        engine.semantic?.parameters.translation = 2
        for link in engine.analyse(documents).links where link.from.sentence == 1 && link.to.sentence == 1 {
            XCTAssertFalse(evidence(link, documents)[1].contains { $0.contains("sommet") }, "\(evidence(link, documents))")
        }
    }

    /// The compare view: what neither the lexicon nor a stem pairs, the encoder does across
    /// languages ("sommet" / "summit", "безопасности" / "security") and within one ("trade" /
    /// "commerce"), but not two words merely alike ("years" / "months").
    func testTheCompareViewPairsTranslations() throws {
        let encoder = try InstalledEncoder.semantic().encoder
        let aligner = SentenceAligner(lexicons: [], semantic: EncoderWordMatcher(encoder: encoder))
        func pairs(_ left: String, _ leftLanguage: Language, _ right: String, _ rightLanguage: Language) -> [[String]] {
            let alignment = aligner.align(.init(text: left, language: leftLanguage), .init(text: right, language: rightLanguage))
            let (l, r) = (Array(left.unicodeScalars), Array(right.unicodeScalars))
            return alignment.matches.filter { $0.reason == .semantic }.map { match in
                [String(String.UnicodeScalarView(l[match.left[0]])), String(String.UnicodeScalarView(r[match.right[0]]))]
            }
        }
        let french = pairs("The leaders prepared the summit.", .english, "Les dirigeants ont préparé le sommet.", .french)
        XCTAssertTrue(french.contains(["summit", "sommet"]), "\(french)")
        XCTAssertTrue(french.contains(["leaders", "dirigeants"]), "\(french)")
        let strikes = pairs("The strikes continued overnight.", .english, "Les frappes se sont poursuivies.", .french)
        XCTAssertTrue(strikes.contains(["strikes", "frappes"]), "at 0.7 between two sentences: \(strikes)")
        let numbers = pairs("The talks lasted two years.", .english, "Les pourparlers ont duré trois ans.", .french)
        XCTAssertFalse(numbers.contains(["two", "trois"]), "\(numbers)")
        // Nor two ordinals: "third" / "deuxième" and "second" / "третье" were the same meaning.
        let ordinals = pairs("It was the third test.", .english, "C’était le deuxième essai.", .french)
        XCTAssertFalse(ordinals.contains(["third", "deuxième"]), "\(ordinals)")
        XCTAssertTrue(ordinals.contains(["test", "essai"]), "\(ordinals)")
        let second = pairs("It was the second test.", .english, "Это было третье испытание.", .russian)
        XCTAssertFalse(second.contains(["second", "третье"]), "\(second)")
        let russian = pairs("They discussed global security.", .english, "Они обсудили вопросы глобальной безопасности.", .russian)
        XCTAssertTrue(russian.contains(["security", "безопасности"]), "\(russian)")
        XCTAssertEqual(pairs("The talks lasted two years and covered trade.", .english,
                             "The meeting lasted three months and covered commerce.", .english), [["trade", "commerce"]])
        // A changed figure is no "same meaning" (a translator's 19 stations had become 16).
        let figures = pairs("La ligne desservira 19 stations.", .french, "The line will serve 16 stations.", .english)
        XCTAssertFalse(figures.contains(["19", "16"]), "\(figures)")
    }

    /// A pair shares the key2 one of its words has already, so that word still matches the
    /// words of its six-letter prefix; a pair with none gets a new one.
    func testAPairKeepsAKey2ItsWordHas() {
        let table: [Int32] = [5, 5, -1, -1, -1]
        XCTAssertEqual(WordTranslations(pairs: [(a: 0, b: 2)]).applied(to: table, start: 6), [5, 5, 5, -1, -1])
        XCTAssertEqual(WordTranslations(pairs: [(a: 3, b: 1)]).applied(to: table, start: 6), [5, 5, -1, 5, -1])
        XCTAssertEqual(WordTranslations(pairs: [(a: 3, b: 4), (a: 2, b: 0)]).applied(to: table, start: 6), [5, 5, 5, 6, 6])
    }
}
