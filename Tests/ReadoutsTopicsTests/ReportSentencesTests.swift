import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// Sentences linked to nothing that speak of the accounts themselves (a readout, a press
/// release, the agency a version credits) are told apart from what one side said alone.
final class ReportSentencesTests: XCTestCase {
    func testSentencesAboutTheReportsAreToldApart() throws {
        let a = try DocumentLoader.load(bytes: Array("""
            ---
            source: Kremlin press service, as reported by RIA Novosti
            ---
            Les deux présidents ont longuement évoqué l'accord sur les céréales.
            RIA Novosti a rassemblé ce que l'on sait de l'échange.
            Selon le communiqué du Kremlin, les présidents se reparleront bientôt.
            """.utf8), name: "a.md", markdown: true)
        let b = try DocumentLoader.load(bytes: Array("""
            The two presidents discussed the grain deal and the Black Sea shipping corridor at length.
            It later issued a terse readout of the call, four lines long.
            The President also raised the case of a detained journalist with his counterpart.
            """.utf8), name: "b.txt", markdown: false)
        let analysis = TopicEngine(lexicons: []).analyse([a, b])
        let unlinked = analysis.sentencesLinkedToNothing(documents: [a, b])
        let reports = analysis.sentencesLinkedToNothingByKind(documents: [a, b]).reports
        XCTAssertTrue(Set(unlinked[0]).isSuperset(of: [1, 2]) && Set(unlinked[1]).isSuperset(of: [1, 2]), "the test proves nothing: \(unlinked)")
        XCTAssertEqual(reports[0], [1], "the agency the source credits; what a communiqué is said to say is no report")
        XCTAssertEqual(reports[1], [1], "a readout named; the journalist is what one side said alone")
    }

    /// Japan's MOFA opens its readouts with "The overview of the talk is as follows.": about
    /// the report, not an omission (a data journalist found it among the unlinked).
    func testAnOverviewThatFollowsIsAboutTheReport() throws {
        let mofa = try DocumentLoader.load(bytes: Array("""
            The two leaders held a telephone talk for about thirty minutes.
            The overview of the talk is as follows.
            Prime Minister Kishida raised the abductions issue with his counterpart.
            """.utf8), name: "mofa.txt", markdown: false)
        let pmo = try DocumentLoader.load(bytes: Array("""
            Prime Minister Trudeau discussed energy supplies for Europe with the Prime Minister.
            """.utf8), name: "pmo.txt", markdown: false)
        let analysis = TopicEngine(lexicons: []).analyse([mofa, pmo])
        XCTAssertTrue(analysis.sentencesLinkedToNothing(documents: [mofa, pmo])[0].contains(1), "the test proves nothing")
        XCTAssertEqual(analysis.sentencesLinkedToNothingByKind(documents: [mofa, pmo]).reports[0], [1])
    }

    /// A source line that quotes the readout's title names no agency: a diplomat's
    /// "kremlin.ru, «Телефонный разговор с Президентом США Дональдом Трампом»" credited
    /// "США", and the Kremlin's sentence on hockey matches "в США и России" was filed as
    /// about the reports, and was no `o` stop. A state or an alliance in capitals outside
    /// the title credits nothing either; an agency does.
    func testATitleOrAStateInTheSourceCreditsNoAgency() throws {
        XCTAssertEqual(Analysis.creditedAgencies("kremlin.ru, «Телефонный разговор с Президентом США Дональдом Трампом»"), [])
        XCTAssertEqual(Analysis.creditedAgencies("White House, \"Readout of a Call with the President of the USA\""), [])
        XCTAssertEqual(Analysis.creditedAgencies("The White House (USA), as reported by TASS"), ["tass"])
        XCTAssertEqual(Analysis.creditedAgencies("НАТО, по данным ТАСС"), ["тасс"])
        // German quotation marks, and a title within a title, close where they should.
        XCTAssertEqual(Analysis.creditedAgencies("bundesregierung.de, „Telefonat mit USA-Präsident“, BPA"), ["bpa"])
        XCTAssertEqual(Analysis.creditedAgencies("kremlin.ru, «Заявление „О ДНР“», ТАСС"), ["тасс"])
        let kremlin = try DocumentLoader.load(bytes: Array("""
            ---
            source: kremlin.ru, «Телефонный разговор с Президентом США Дональдом Трампом»
            ---
            Президенты обсудили ситуацию вокруг Украины.
            Дональд Трамп поддержал идею Владимира Путина об организации хоккейных матчей в США и России между игроками НХЛ и КХЛ.
            """.utf8), name: "kremlin.md", markdown: true)
        let whiteHouse = try DocumentLoader.load(bytes: Array("""
            The leaders spoke about the need for peace and a ceasefire in the Ukraine war.
            They agreed on an exchange of prisoners of war next week in Istanbul.
            """.utf8), name: "wh.txt", markdown: false)
        let analysis = TopicEngine(lexicons: []).analyse([kremlin, whiteHouse])
        let hockey = try XCTUnwrap(analysis.versions[0].sentences.indices.first {
            kremlin.string(analysis.versions[0].sentences[$0].range).contains("хоккейных")
        })
        let byKind = analysis.sentencesLinkedToNothingByKind(documents: [kremlin, whiteHouse])
        XCTAssertTrue(byKind.event[0].contains(hockey), "the hockey matches are what the Kremlin said alone: \(byKind)")
        XCTAssertFalse(byKind.reports[0].contains(hockey))
    }

    /// An agency's line saying who gave the account ("Das teilte Regierungssprecher Steffen
    /// Hebestreit am Freitagnachmittag mit.") names no report, yet is about the report: it was
    /// the Bundesregierung's `o` stop "in no topic, linked to nothing". So are its Russian and
    /// Spanish kin; a sentence opening with "Das" that goes on with its matter is not.
    func testAttributionLinesAreAboutTheReport() throws {
        let a = try DocumentLoader.load(bytes: Array("""
            Bundeskanzler Olaf Scholz hat am Freitag mit dem amerikanischen Präsidenten telefoniert.
            Das teilte Regierungssprecher Steffen Hebestreit am Freitagnachmittag mit.
            Das Gespräch über die Lage im Nahen Osten dauerte eine Stunde und verlief sehr offen.
            """.utf8), name: "de.txt", markdown: false)
        let b = try DocumentLoader.load(bytes: Array("""
            Президенты обсудили поставки зерна через Черное море.
            Об этом сообщили в пресс-службе Кремля.
            Así lo informó la Moncloa en Madrid.
            """.utf8), name: "ru.txt", markdown: false)
        let analysis = TopicEngine(lexicons: []).analyse([a, b])
        let unlinked = analysis.sentencesLinkedToNothing(documents: [a, b])
        XCTAssertTrue(Set(unlinked[0]).isSuperset(of: [1, 2]) && Set(unlinked[1]).isSuperset(of: [1, 2]), "the test proves nothing: \(unlinked)")
        let byKind = analysis.sentencesLinkedToNothingByKind(documents: [a, b])
        XCTAssertEqual(byKind.reports[0], [1], "the spokesman's line is about the report; the talk's length is what one side said")
        XCTAssertFalse(byKind.event[0].contains(1), "the attribution line is still an `o` stop")
        XCTAssertEqual(byKind.reports[1], [1, 2], "Russian and Spanish attribution lines")
    }

    /// A sentence that opens with the German article "Das" or "Dies", or an attribution line
    /// that goes on with a clause, says what was said: a reviewer's "Das Ziel sei ein
    /// gerechter Frieden, betonte Scholz." and "Así lo destacó Sánchez, que prometió 500
    /// millones para Ucrania." were taken for lines about the report.
    func testASentenceOpeningWithDasOrGoingOnIsNoAttributionLine() {
        XCTAssertTrue(Analysis.isAttributionLine(["das", "teilte", "regierungssprecher", "steffen", "hebestreit", "mit"], hasClause: false))
        XCTAssertFalse(Analysis.isAttributionLine(["das", "ziel", "sei", "ein", "gerechter", "frieden", "betonte", "scholz"], hasClause: true))
        XCTAssertFalse(Analysis.isAttributionLine(["dies", "sei", "ein", "verstoß", "gegen", "das", "völkerrecht", "erklärte", "scholz"], hasClause: false))
        XCTAssertFalse(Analysis.isAttributionLine(["así", "lo", "destacó", "sánchez", "que", "prometió", "500", "millones", "para", "ucrania"], hasClause: true))
    }
}
