import Foundation
import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// A sentence another version has word for word is not "linked to nothing", linked or not:
/// a journalist's two drafts of the Federalist Papers had 84 `o` stops, 83 of them lines
/// both drafts repeat ("To the People of the State of New York:", 22 times in each), and a
/// paragraph moved between two drafts of a declaration was "linked to nothing" in both.
final class LinkedToNothingTests: XCTestCase {
    static func papers(deleting deleted: Bool) -> String {
        (1...6).map { n in
            var paper = ["To the People of the State of New York:",
                         "Paper \(n) weighs the \(["union", "militia", "treaty", "taxes", "courts", "senate"][n - 1]) of the states."]
            if n == 3, !deleted { paper.append("A torrent of angry and malignant passions will be let loose.") }
            return paper.joined(separator: "\n\n")
        }.joined(separator: "\n\n")
    }

    func testALineBothVersionsRepeatIsNotListed() throws {
        let documents = try [Self.papers(deleting: false), Self.papers(deleting: true)].enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "d\(index).txt", markdown: false)
        }
        let analysis = TopicEngine(lexicons: []).analyse(documents)
        let salutation = try XCTUnwrap(analysis.versions[0].sentences.indices.first {
            documents[0].string(analysis.versions[0].sentences[$0].range) == "To the People of the State of New York:"
        })
        var held = Set<Int>()
        for link in analysis.links {
            for end in [link.from, link.to] where end.version == 0 { held.insert(end.sentence) }
        }
        for topic in analysis.topics {
            for occurrence in topic.occurrences where occurrence.version == 0 { held.insert(occurrence.sentence) }
        }
        XCTAssertFalse(held.contains(salutation), "the salutation is linked or in a topic: the test proves nothing")
        let listed = analysis.sentencesLinkedToNothing(documents: documents)
        let salutations = analysis.versions[0].sentences.indices.filter {
            documents[0].string(analysis.versions[0].sentences[$0].range) == "To the People of the State of New York:"
        }
        XCTAssertEqual(salutations.count, 6)
        XCTAssertTrue(Set(listed[0]).isDisjoint(with: salutations), "\(listed[0])")
        XCTAssertEqual(listed[1], [], "every sentence of the second draft is in the first")

    }

    /// A translator's pair of a Russian text and TASS's English report: the brief's "Linked
    /// to nothing" (and `o`) listed TASS's dateline, "MOSCOW, August 19. /TASS/.", a
    /// sentence of its own with four words and none the engine reads, and the Russian
    /// title, "саммите" (the title word "саммит" in the prepositional case) unread as a title's.
    static let tass = """
        IN BRIEF: Kremlin aide addresses briefing after Putin-Trump phone call

        MOSCOW, August 19. /TASS/. President Vladimir Putin of Russia and President Donald Trump of the United States have held a phone call that lasted about 40 minutes, Kremlin Aide Yury Ushakov told reporters.

        The conversation between the Russian and US leaders was frank and constructive.
        """
    static let ria = """
        Ушаков: Путин поблагодарил Трампа за достигнутый на саммите на Аляске прогресс

        Президент России Владимир Путин в ходе телефонного разговора с американским лидером Дональдом Трампом поблагодарил его за организацию встречи на Аляске.

        Беседа двух лидеров продолжалась около 40 минут и была откровенной и весьма конструктивной.
        """

    func listed(_ texts: [String]) throws -> (documents: [Document], sentences: [[String]]) {
        let documents = try texts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "d\(index).txt", markdown: false)
        }
        let analysis = TopicEngine(lexicons: []).analyse(documents)
        let listed = analysis.sentencesLinkedToNothing(documents: documents)
        return (documents, listed.enumerated().map { version, sentences in
            sentences.map { documents[version].string(analysis.versions[version].sentences[$0].range) }
        })
    }

    func testANewsAgencysDatelineAloneIsNotListed() throws {
        let (documents, sentences) = try listed([Self.ria, Self.tass])
        XCTAssertTrue(documents[1].string(documents[1].blocks[1].range).hasPrefix("MOSCOW, August 19. /TASS/. President"))
        XCTAssertFalse(sentences[1].contains { $0.hasPrefix("MOSCOW") }, "\(sentences[1])")
    }

    func testARussianTitleWithItsEventWordDeclinedIsNotListed() throws {
        let (documents, sentences) = try listed([Self.ria, Self.tass])
        XCTAssertEqual(documents[0].blocks.first?.kind, .heading(level: 1))
        XCTAssertFalse(sentences[0].contains { $0.hasPrefix("Ушаков:") }, "\(sentences[0])")
    }

    /// A version's opening line that says only who spoke with whom is not what the other
    /// version left out: a student's `o` stopped at the Kremlin's "Состоялся телефонный
    /// разговор…" as "linked to nothing" beside an Élysée opening that named no one. A later
    /// sentence saying the same stays listed, and so does an opening that says no call.
    func testAnOpeningCallLineIsNotListed() throws {
        let kremlin = "Состоялся телефонный разговор Владимира Путина с Президентом Французской Республики Эммануэлем Макроном.\n\nГлавы государств обсудили строительство моста через Днепр.\n"
        let elysee = "Le Président de la République a évoqué la pêche en mer du Nord.\n\nIl a salué les pêcheurs bretons.\n"
        let (_, sentences) = try listed([elysee, kremlin])
        XCTAssertFalse(sentences[1].contains { $0.hasPrefix("Состоялся") }, "\(sentences[1])")
        XCTAssertTrue(sentences[1].contains { $0.hasPrefix("Главы государств") }, "\(sentences[1])")
        XCTAssertTrue(sentences[0].contains { $0.hasPrefix("Le Président") }, "an opening that says no call is listed: \(sentences[0])")
        let later = try listed([elysee, "Главы государств обсудили строительство моста через Днепр.\n\nСостоялся телефонный разговор Владимира Путина с Эммануэлем Макроном.\n"])
        XCTAssertTrue(later.sentences[1].contains { $0.hasPrefix("Состоялся") }, "\(later.sentences[1])")
    }


    /// A script reading the JSON could not tell an opening call line, left out of the
    /// unlinked, from a sentence forgotten, nor an empty download from a readout: the one
    /// has `"callLine": true`, the other the status line's `notice`.
    func testTheJSONMarksTheOpeningCallLineAndAVersionsNotice() throws {
        let kremlin = "Состоялся телефонный разговор Владимира Путина с Президентом Французской Республики Эммануэлем Макроном.\n\nГлавы государств обсудили строительство моста через Днепр.\n"
        let elysee = "Le Président de la République a évoqué la pêche en mer du Nord.\n\nIl a salué les pêcheurs bretons.\n"
        let documents = try [elysee, kremlin, ""].enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "d\(index).txt", markdown: false)
        }
        let json = exportJSON(documents: documents, analysis: TopicEngine(lexicons: []).analyse(documents))
        let versions = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["versions"] as? [[String: Any]])
        let sentences = try XCTUnwrap(versions[1]["sentences"] as? [[String: Any]])
        XCTAssertEqual(sentences[0]["callLine"] as? Bool, true, "\(sentences[0])")
        XCTAssertNil(sentences[0]["unlinked"])
        XCTAssertTrue(sentences.dropFirst().allSatisfy { $0["callLine"] == nil })
        XCTAssertNil((versions[0]["sentences"] as? [[String: Any]])?.first?["callLine"], "an opening that says no call")
        XCTAssertEqual(versions[2]["notice"] as? String, DocumentLoader.emptyNotice)
        XCTAssertNil(versions[0]["notice"])
    }

    /// An opening line that says who asked for the call says more than who spoke with whom:
    /// a journalist's "По инициативе индийской стороны состоялся…" (Delhi called) and a
    /// researcher's "…spoke with U.S. President Joe Biden on the phone at the request of the
    /// latter" were in no list and no `o` stop.
    func testAnOpeningThatSaysWhoAskedForTheCallIsListed() throws {
        let india = "Prime Minister Narendra Modi spoke with President Putin on the phone today.\n\nThe two leaders reviewed trade in fertilisers.\n"
        let kremlin = "По инициативе индийской стороны состоялся телефонный разговор Владимира Путина с Нарендрой Моди.\n\nОбсуждены поставки зерна.\n"
        let (_, sentences) = try listed([india, kremlin])
        XCTAssertTrue(sentences[1].contains { $0.hasPrefix("По инициативе") }, "\(sentences[1])")
        XCTAssertFalse(sentences[0].contains { $0.hasPrefix("Prime Minister Narendra Modi spoke") }, "\(sentences[0])")
        let china = try listed(["Xi Jinping spoke with U.S. President Joe Biden on the phone at the request of the latter.\n\nXi said Taiwan is the first red line.\n",
                                india])
        XCTAssertTrue(china.sentences[0].contains { $0.hasPrefix("Xi Jinping spoke") }, "\(china.sentences[0])")
    }
    /// White space aside: a sentence re-wrapped is the same sentence.
    func testTheFingerprintReadsWhiteSpaceRunsAsOneSpace() throws {
        let text = ScalarText(" To the  People\n of New York: ")
        let other = ScalarText("To the People of New York:")
        XCTAssertEqual(SentenceFingerprint.of(text, 0..<text.count), SentenceFingerprint.of(other, 0..<other.count))
        XCTAssertNotEqual(SentenceFingerprint.of(other, 0..<other.count - 1), SentenceFingerprint.of(other, 0..<other.count))
        // A subsection renumbered after a deleted one is the same sentence, as `J` reads it.
        let third = ScalarText("(3) The Authority shall publish a report.")
        let second = ScalarText("(2) The Authority shall publish a report.")
        XCTAssertEqual(SentenceFingerprint.of(third, 0..<third.count), SentenceFingerprint.of(second, 0..<second.count))
        // A house style's typography is no rewording (a reviser's two published versions of
        // one message differed only in dashes and apostrophes); a changed word still counts.
        let curly = ScalarText("This year marks the anniversary of the Tsunami – let’s recall “its” lessons.")
        let straight = ScalarText("This year marks the anniversary of the Tsunami - let's recall \"its\" lessons.")
        let reworded = ScalarText("This year marks the anniversary of the Tsunami - let's recall \"the\" lessons.")
        XCTAssertEqual(SentenceFingerprint.of(curly, 0..<curly.count), SentenceFingerprint.of(straight, 0..<straight.count))
        XCTAssertNotEqual(SentenceFingerprint.of(curly, 0..<curly.count), SentenceFingerprint.of(reworded, 0..<reworded.count))
    }
}
