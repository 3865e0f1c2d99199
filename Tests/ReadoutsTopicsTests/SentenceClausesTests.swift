import ReadoutsText
@testable import ReadoutsTopics
import XCTest

/// A sentence of two subjects is read clause by clause too: where its punctuation or a
/// conjunction begins a part, joined again until each clause says something of its own.
final class SentenceClausesTests: XCTestCase {
    private func prepared(_ text: String, _ language: Language) throws -> (PreparedVersion, Document) {
        let document = try DocumentLoader.load(bytes: Array(text.utf8), name: "a.txt", markdown: false, label: "a")
        var preparer = VersionPreparer(keys: Vocabulary(), key2s: Vocabulary())
        return (try XCTUnwrap(preparer.prepare(document, language: language)), document)
    }

    private func clauses(_ text: String, _ language: Language, sentence: Int = 0) throws -> [String] {
        let (version, document) = try prepared(text, language)
        let ranges = SentenceClauses.clauses(version, document, sentence: sentence, minimumWords: 6, limit: 8, ignored: [], participants: [])
        // Each clause as it stands in the document: none ends with the space before the next.
        return ranges.map { document.string($0) }
    }

    /// A pipeline's progress and military cooperation in the Sahel, in one French sentence:
    /// ", et ont convenu…" begins the second subject.
    func testAFrenchSentenceOfTwoSubjectsHasAClauseForEach() throws {
        let text = "Les deux dirigeants ont salué les progrès du projet de gazoduc transcaspien entre leurs deux pays, "
            + "et ont convenu de renforcer la coopération militaire face aux menaces terroristes au Sahel."
        let parts = try clauses(text, .french)
        XCTAssertEqual(parts.count, 2, "\(parts)")
        XCTAssertTrue(parts[0].contains("gazoduc") && !parts[0].contains("Sahel"), "\(parts)")
        XCTAssertTrue(parts[1].hasPrefix("et ont convenu") && parts[1].contains("Sahel"), "\(parts)")
        // The clauses cover the sentence, in order.
        XCTAssertEqual(parts.joined(separator: " "), text)
    }

    func testARussianSentenceSplitsAtItsConjunction() throws {
        let text = "Стороны обсудили торговлю зерном и удобрениями через черноморские порты, "
            + "а также договорились продолжить переговоры о прекращении огня на востоке страны."
        let parts = try clauses(text, .russian)
        XCTAssertEqual(parts.count, 2, "\(parts)")
        XCTAssertTrue(parts[0].contains("зерном") && parts[1].contains("прекращении огня"), "\(parts)")
    }

    /// German and Spanish conjunctions begin a part as English and French ones do: a trial's
    /// Berlin readouts pack two subjects into one sentence with "und" and no comma.
    func testGermanAndSpanishSentencesSplitAtTheirConjunctions() throws {
        let german = "Beide berieten ausführlich über die schwierige humanitäre Lage der Zivilbevölkerung im Gazastreifen "
            + "und verurteilten die jüngsten russischen Luftangriffe auf die ukrainische Energieinfrastruktur im Winter."
        let parts = try clauses(german, .german)
        XCTAssertEqual(parts.count, 2, "\(parts)")
        XCTAssertTrue(parts.count == 2 && parts[0].contains("Gazastreifen") && parts[1].hasPrefix("und verurteilten"), "\(parts)")
        let spanish = "Ambos repasaron la difícil reconstrucción de las infraestructuras energéticas destruidas del país vecino "
            + "mientras condenaban con firmeza los recientes ataques rusos contra la población civil de Járkov."
        XCTAssertEqual(try clauses(spanish, .spanish).count, 2)
    }

    /// A part of fewer own words than the minimum joins the next: "and in Africa" (one word
    /// of its own) goes with what follows it; a short tail joins the clause before it.
    func testShortPartsJoinTheirNeighbours() throws {
        XCTAssertEqual(try clauses("They agreed to keep in close touch.", .english), [])
        let text = "The leaders noted the strategic significance of their long-standing cooperation in the Indo-Pacific region, "
            + "and in Africa, including through the joint peacekeeping mission in northern Mali against terrorist groups, "
            + "as agreed."
        XCTAssertEqual(try clauses(text, .english), [
            "The leaders noted the strategic significance of their long-standing cooperation in the Indo-Pacific region,",
            "and in Africa, including through the joint peacekeeping mission in northern Mali against terrorist groups, as agreed.",
        ])
    }

    /// Words that are not a sentence's own — the participants, the reporting verbs — make no
    /// clause: "President Macron and Prime Minister Johnson said" says nothing by itself.
    func testTheParticipantsAndReportingVerbsAreNoWordsOfAClause() throws {
        let text = "President Macron and Prime Minister Johnson said, in a statement released this morning, "
            + "that grain exports through the Black Sea ports must resume without delay."
        let (version, document) = try prepared(text, .english)
        let counted = SentenceClauses.clauses(version, document, sentence: 0, minimumWords: 4, limit: 8, ignored: [], participants: [])
        XCTAssertGreaterThan(counted.count, 1, "with every word counted, the speakers make a clause")
        let keys = Set(version.tokens(of: 0).filter {
            ["President", "Macron", "Prime", "Minister", "Johnson", "said", "statement", "released"].contains(document.string(version.tokenRange($0)))
        }.map { version.term[$0] })
        let own = SentenceClauses.clauses(version, document, sentence: 0, minimumWords: 4, limit: 8, ignored: keys, participants: [])
        XCTAssertFalse(own.contains { document.string($0).hasPrefix("President Macron and Prime Minister Johnson said,") && !document.string($0).contains("grain") },
                       own.map { document.string($0) }.description)
    }

    /// A sentence of more clauses than the cap is a run-on list, read whole only.
    func testARunOnListHasNoClauses() throws {
        let items = (1...12).map { "the ministers reviewed grain exports number \($0) through northern ports" }
        let text = "The leaders discussed " + items.joined(separator: ", ") + "."
        let (version, document) = try prepared(text, .english)
        XCTAssertEqual(SentenceClauses.clauses(version, document, sentence: 0, minimumWords: 6, limit: 20, ignored: [], participants: []).count, 12)
        XCTAssertEqual(SentenceClauses.clauses(version, document, sentence: 0, minimumWords: 6, limit: 8, ignored: [], participants: []), [])
    }

    /// A clause's embedded text is masked as a sentence's, and holds its own words only.
    func testAClausesTextIsItsOwnMasked() throws {
        let text = "President Macron thanked Prime Minister Johnson for their friendship over the last five difficult years, "
            + "and both agreed that bilateral cooperation on migration in the Channel had made a real difference."
        let (version, document) = try prepared(text, .english)
        let ranges = SentenceClauses.clauses(version, document, sentence: 0, minimumWords: 6, limit: 8, ignored: [], participants: [])
        XCTAssertEqual(ranges.count, 2)
        let macron = try XCTUnwrap(version.tokens(of: 0).first { document.string(version.tokenRange($0)) == "Macron" })
        let texts = SentenceTexts.masked(version, document, parts: ranges.map { (0, $0) }, ignored: [], participants: [version.term[macron]])
        XCTAssertFalse(texts[0].contains("Macron"), texts[0])
        XCTAssertTrue(texts[0].contains("friendship") && !texts[0].contains("Channel"), texts[0])
        XCTAssertTrue(texts[1].hasPrefix("and both agreed") && texts[1].contains("Channel"), texts[1])
    }
}
