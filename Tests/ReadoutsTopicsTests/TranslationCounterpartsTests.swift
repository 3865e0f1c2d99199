import XCTest
import ReadoutsText
@testable import ReadoutsTopics

/// Which linked sentences are counterparts in a translation, compared for a negation from a
/// lower similarity than other linked passages (`Negation`).
final class TranslationCounterpartsTests: XCTestCase {
    /// Two versions of `counts` sentences in `languages`, linked by `links` (sentence of the
    /// first, sentence of the second, similarity).
    func analysis(_ counts: (Int, Int), _ languages: (Language, Language) = (.french, .english),
                  links: [(Int, Int, Double)]) -> Analysis {
        func version(_ id: String, _ language: Language, _ count: Int) -> Analysis.Version {
            Analysis.Version(id: id, label: id, language: language,
                             sentences: (0..<count).map { Sentence(index: $0, range: $0 * 10..<$0 * 10 + 9, block: $0, isHeading: false) })
        }
        return Analysis(versions: [version("a", languages.0, counts.0), version("b", languages.1, counts.1)], topics: [],
                        links: links.map { Analysis.Link(from: .init(version: 0, sentence: $0.0), to: .init(version: 1, sentence: $0.1),
                                                         score: 1, topics: [], evidence: [], similarity: $0.2) },
                        isComplete: true)
    }

    func ref(_ version: Int, _ sentence: Int) -> Analysis.SentenceRef { .init(version: version, sentence: sentence) }

    func testEachOthersClosestInATranslationAreCounterparts() {
        // Sentence for sentence, one reversed at 0.55, and a weaker link across.
        let translation = analysis((4, 4), links: [(0, 0, 0.81), (1, 1, 0.55), (2, 2, 0.74), (3, 3, 0.9), (1, 2, 0.41)])
        let found = TranslationCounterparts(translation)
        XCTAssertTrue(found.contains(ref(0, 1), ref(1, 1)))
        XCTAssertTrue(found.contains(ref(1, 1), ref(0, 1)), "either way round")
        XCTAssertFalse(found.contains(ref(0, 1), ref(1, 2)), "not each other's closest")
        // Under the floor, no counterpart.
        let weak = analysis((4, 4), links: [(0, 0, 0.81), (1, 1, 0.48), (2, 2, 0.74), (3, 3, 0.9)])
        XCTAssertFalse(TranslationCounterparts(weak).contains(ref(0, 1), ref(1, 1)))
        // A translation with its sentences split otherwise, or one cut short: 9 of 13 and 15.
        let split = analysis((13, 15), links: (0..<9).map { ($0, $0, 0.7) })
        XCTAssertTrue(TranslationCounterparts(split).contains(ref(0, 4), ref(1, 4)))
    }

    /// Two accounts of one call pair few of their sentences so (on the dev pairs in two
    /// languages, 4 of 7 and 8 at most, or 3 of 3 and 8): none is a counterpart, and neither
    /// are sentences of one language or of one the engine does not read.
    func testAccountsAndVersionsInOneLanguageHaveNone() {
        XCTAssertFalse(TranslationCounterparts(analysis((7, 8), links: (0..<4).map { ($0, $0, 0.7) })).contains(ref(0, 1), ref(1, 1)))
        XCTAssertFalse(TranslationCounterparts(analysis((3, 8), links: (0..<3).map { ($0, $0, 0.7) })).contains(ref(0, 1), ref(1, 1)))
        let full = (0..<4).map { ($0, $0, 0.7) }
        XCTAssertTrue(TranslationCounterparts(analysis((4, 4), links: full)).contains(ref(0, 1), ref(1, 1)))
        XCTAssertFalse(TranslationCounterparts(analysis((4, 4), (.english, .english), links: full)).contains(ref(0, 1), ref(1, 1)))
        XCTAssertFalse(TranslationCounterparts(analysis((4, 4), (.undetermined, .english), links: full)).contains(ref(0, 1), ref(1, 1)))
        // Links the semantic linker did not score (no similarity) make no translation.
        let lexical = analysis((4, 4), links: [])
        XCTAssertFalse(TranslationCounterparts(lexical).contains(ref(0, 1), ref(1, 1)))
    }

    /// With the sentence encoder: a German translation's reversed sentences are linked under
    /// 0.68 and are counterparts; the English readout against another account is no
    /// translation.
    func testTheEncodersTranslationHasItsReversedSentencesAsCounterparts() throws {
        let english = """
            Germany is providing 2.5 billion euros for air defence.

            The government plans an increase in taxes.

            The Chancellor will attend the summit.

            About 12,000 soldiers are taking part in the exercise.
            """
        let german = """
            Deutschland stellt 2,5 Milliarden Euro für die Luftverteidigung bereit.

            Die Regierung plant keine Erhöhung der Steuern.

            Der Kanzler wird nicht an dem Gipfel teilnehmen.

            Rund 12 000 Soldaten nehmen an der Übung teil.
            """
        let documents = try [english, german].enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: ["en.txt", "de.txt"][index], markdown: false)
        }
        let analysis = try InstalledEncoder.engine().analyse(documents)
        let found = TranslationCounterparts(analysis)
        for sentence in [1, 2] {
            let link = try XCTUnwrap(analysis.links.first { $0.from.sentence == sentence && $0.to.sentence == sentence })
            XCTAssertLessThan(try XCTUnwrap(link.similarity), 0.68, "compared as any link would not be")
            XCTAssertTrue(found.contains(link.from, link.to), "sentence \(sentence)")
        }
    }
}
