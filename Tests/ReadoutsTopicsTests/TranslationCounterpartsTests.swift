import XCTest
import ReadoutsText
@testable import ReadoutsTopics

/// Which linked sentences are counterparts in a translation, compared for a negation from a
/// lower similarity than other linked passages (`Negation`).
final class TranslationCounterpartsTests: XCTestCase {
    /// Two versions of `counts` sentences in `languages`, linked by `links` (sentence of the
    /// first, sentence of the second, similarity), `aligned` as one text by the engine
    /// (`Analysis.alignedVersions`) or not.
    func analysis(_ counts: (Int, Int), _ languages: (Language, Language) = (.french, .english),
                  links: [(Int, Int, Double)], aligned: Bool = true) -> Analysis {
        func version(_ id: String, _ language: Language, _ count: Int) -> Analysis.Version {
            Analysis.Version(id: id, label: id, language: language,
                             sentences: (0..<count).map { Sentence(index: $0, range: $0 * 10..<$0 * 10 + 9, block: $0, isHeading: false) })
        }
        var analysis = Analysis(versions: [version("a", languages.0, counts.0), version("b", languages.1, counts.1)], topics: [],
                                links: links.map { Analysis.Link(from: .init(version: 0, sentence: $0.0), to: .init(version: 1, sentence: $0.1),
                                                                 score: 1, topics: [], evidence: [], similarity: $0.2) },
                                isComplete: true)
        analysis.alignedVersions = aligned ? [Analysis.AlignedVersions(0, 1)] : []
        return analysis
    }

    func ref(_ version: Int, _ sentence: Int) -> Analysis.SentenceRef { .init(version: version, sentence: sentence) }

    /// Of two versions the engine aligned as one text, every link from the floor is a pair of
    /// counterparts (the links between them are the aligned path's pairs).
    func testTheLinksOfAnAlignedTranslationAreCounterparts() {
        // Sentence for sentence, one reversed at 0.55, and a weaker pair of a bead.
        let translation = analysis((4, 4), links: [(0, 0, 0.81), (1, 1, 0.55), (2, 2, 0.74), (3, 3, 0.9), (1, 2, 0.41)])
        let found = TranslationCounterparts(translation)
        XCTAssertTrue(found.contains(ref(0, 1), ref(1, 1)))
        XCTAssertTrue(found.contains(ref(1, 1), ref(0, 1)), "either way round")
        XCTAssertFalse(found.contains(ref(0, 1), ref(1, 2)), "under the floor")
        XCTAssertFalse(found.contains(ref(0, 0), ref(1, 1)), "not linked")
        // Under the floor, no counterpart.
        let weak = analysis((4, 4), links: [(0, 0, 0.81), (1, 1, 0.48), (2, 2, 0.74), (3, 3, 0.9)])
        XCTAssertFalse(TranslationCounterparts(weak).contains(ref(0, 1), ref(1, 1)))
        // A sentence split in two in the other version: both halves are its counterparts.
        let split = analysis((4, 5), links: [(0, 0, 0.8), (1, 1, 0.62), (1, 2, 0.57), (2, 3, 0.7), (3, 4, 0.9)])
        XCTAssertTrue(TranslationCounterparts(split).contains(ref(0, 1), ref(1, 1)))
        XCTAssertTrue(TranslationCounterparts(split).contains(ref(0, 1), ref(1, 2)))
    }

    /// The engine's alignment is the one rule: versions it did not align as one text are no
    /// translation, though every sentence's link is to its closest, sentence for sentence (the
    /// rule of mutual closest links that once decided it here took this pair for one), and
    /// neither are versions in a language the engine does not read (two in one language, two
    /// translations of one text, are).
    func testVersionsTheEngineDidNotAlignHaveNone() {
        let full = (0..<4).map { ($0, $0, 0.7) }
        XCTAssertTrue(TranslationCounterparts(analysis((4, 4), links: full)).contains(ref(0, 1), ref(1, 1)))
        XCTAssertFalse(TranslationCounterparts(analysis((4, 4), links: full, aligned: false)).contains(ref(0, 1), ref(1, 1)))
        let longer = (0..<9).map { ($0, $0, 0.7) }
        XCTAssertFalse(TranslationCounterparts(analysis((13, 15), links: longer, aligned: false)).contains(ref(0, 4), ref(1, 4)))
        // Two translations of one text in one language, aligned, are counterparts too.
        XCTAssertTrue(TranslationCounterparts(analysis((4, 4), (.english, .english), links: full)).contains(ref(0, 1), ref(1, 1)))
        XCTAssertFalse(TranslationCounterparts(analysis((4, 4), (.undetermined, .english), links: full)).contains(ref(0, 1), ref(1, 1)))
        // Links the semantic linker did not score (no similarity) are no counterparts.
        var lexical = analysis((4, 4), links: full)
        for index in lexical.links.indices { lexical.links[index].similarity = nil }
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
        XCTAssertEqual(analysis.alignedVersions, [Analysis.AlignedVersions(0, 1)], "aligned as one text")
        let found = TranslationCounterparts(analysis)
        for sentence in [1, 2] {
            let link = try XCTUnwrap(analysis.links.first { $0.from.sentence == sentence && $0.to.sentence == sentence })
            XCTAssertLessThan(try XCTUnwrap(link.similarity), 0.68, "compared as any link would not be")
            XCTAssertTrue(found.contains(link.from, link.to), "sentence \(sentence)")
        }
    }

    /// Without the alignment (`--tune parallel=0`) the Federal Government's English and French
    /// pages of one council are not read as one text, and no link of theirs is a counterpart,
    /// though their closest links pair most of their sentences; aligned, they are.
    func testAnAnalysisWithoutTheAlignmentHasNoCounterparts() throws {
        let documents = try [("en", TopicLanguageTests.english), ("fr", TopicLanguageTests.french)].map { name, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "meseberg_\(name).md", markdown: true)
        }
        let engine = try InstalledEncoder.engine()
        let aligned = engine.analyse(documents)
        XCTAssertEqual(aligned.alignedVersions, [Analysis.AlignedVersions(0, 1)])
        let found = TranslationCounterparts(aligned)
        XCTAssertTrue(aligned.links.contains { found.contains($0.from, $0.to) })
        var unaligned = engine
        unaligned.semantic?.parameters.alignsParallelVersions = false
        let accounts = unaligned.analyse(documents)
        XCTAssertEqual(accounts.alignedVersions, [])
        let none = TranslationCounterparts(accounts)
        XCTAssertFalse(accounts.links.contains { none.contains($0.from, $0.to) }, "counterparts without the alignment")
    }
}
