import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// A topic is not named after a participant in another form of their name ("H.E. Mr.
/// Vladimir Vladimirovich Putin", "PM Modi") nor after a report's dateline ("TOKYO (Jiji
/// Press) —"): the opening lines that share only who spoke are "who spoke with whom".
final class ParticipantFormsNamingTests: XCTestCase {
    private func documents(_ texts: [String]) -> [Document] {
        texts.enumerated().map { index, text in
            try! DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
        }
    }

    private func prepared(_ text: String) throws -> PreparedVersion {
        let document = try DocumentLoader.load(bytes: Array(text.utf8), name: "v.txt", markdown: false)
        var preparer = VersionPreparer(keys: Vocabulary(), key2s: Vocabulary())
        return try XCTUnwrap(preparer.prepare(document, language: .english))
    }

    /// The names of the automatic topics whose links join a sentence quoting `a` in the first
    /// version and one quoting `b` in the second.
    private func linkedLabels(_ texts: [String], _ a: String, _ b: String) throws -> [String] {
        let documents = documents(texts)
        let analysis = TopicEngine(lexicons: []).analyse(documents)
        func sentence(_ version: Int, _ quote: String) -> Int? {
            analysis.versions[version].sentences.first { documents[version].string($0.range).contains(quote) }?.index
        }
        let (x, y) = (try XCTUnwrap(sentence(0, a)), try XCTUnwrap(sentence(1, b)))
        let links = analysis.links.filter { $0.from.sentence == x && $0.to.sentence == y }
        XCTAssertFalse(links.isEmpty, "«\(a)» and «\(b)» are linked")
        return links.flatMap(\.topics).compactMap { analysis.topic(id: $0)?.label }
    }

    /// The Kremlin's "Vladimir Putin" and Kantei's "H.E. Mr. Vladimir Vladimirovich Putin" in
    /// the line after its opening one: one participant, so the link says who spoke with whom
    /// (it was named «Vladimir Vladimirovich Putin»).
    func testAPatronymicAndHonorificsAreTheParticipantsName() throws {
        let kremlin = """
            At the initiative of the Japanese side, Vladimir Putin had a telephone conversation with Prime Minister of Japan Shinzo Abe. \
            Shinzo Abe expressed his sincere condolences to the families and friends of those killed in the terrorist attack in St Petersburg and passed his wishes for soonest recovery to the injured. \
            The Prime Minister noted that he had made a special public announcement in which he stressed solidarity with the Russian people, and pointed out that the world community must take more active measures against terrorism and extremism. \
            The leaders also discussed a range of issues on the bilateral agenda, including their meeting schedule.
            """
        let kantei = """
            Prime Minister Shinzo Abe held a press occasion at the Prime Minister’s Official Residence. \
            In regard to his telephone talk with H.E. Mr. Vladimir Vladimirovich Putin, President of the Russian Federation, the Prime Minister said, \
            “I have just held a telephone talk with President Putin, and expressed my condolences and sympathy in regard to the terrorist incident that occurred in St. Petersburg. \
            Terrorism should never be tolerated for any reason. \
            We strongly condemn it. \
            I also expressed our sincere solidarity with the people of Russia during this difficult time. \
            I told President Putin that Japan will cooperate with Russia and the other countries of the world, the international community, in order to eradicate terrorism. \
            President Putin voiced his gratitude for my condolences, and expressed his intention to cooperate with Japan to eradicate terrorism.”
            """
        let labels = try linkedLabels([kremlin, kantei], "Vladimir Putin had", "Vladimirovich")
        XCTAssertEqual(labels, ["who spoke with whom"])
    }

    /// A first name written with a participant's in the opening sentence, and a middle name
    /// between two of theirs, are their name; another person's first names are not.
    func testANameJoinedToAParticipantsIsTheirs() throws {
        let opening = try prepared("Vladimir Putin had a telephone conversation with Prime Minister Shinzo Abe. Abe thanked him.")
        let other = try prepared("Prime Minister Abe spoke with H.E. Mr. Vladimir Vladimirovich Putin. He wished Sophie Grégoire Trudeau a speedy recovery.")
        func key(_ version: PreparedVersion, _ word: String) -> Int32 { version.surface.first { $0.value == word }!.key }
        let participants: Set<Int32> = [key(opening, "Putin"), key(opening, "Abe"), key(opening, "Shinzo"), key(other, "Trudeau")]
        let joined = PersonNames.joined([opening, other], participants: participants)
        XCTAssertTrue(joined.contains(key(opening, "Vladimir")), "a first name in the opening sentence")
        XCTAssertTrue(joined.contains(key(other, "Vladimirovich")), "a patronymic between two of the participant's names")
        XCTAssertFalse(joined.contains(key(other, "Sophie")), "another Trudeau")
        XCTAssertFalse(joined.contains(key(other, "Grégoire")), "another Trudeau")
    }

    /// NHK's and Jiji's opening lines share the participants, a weekday and Tokyo, which
    /// Jiji names only in its dateline: who spoke with whom, not «TOKYO».
    func testADatelineDoesNotNameTheOpeningLines() throws {
        let nhk = """
            Japanese Prime Minister Kishida Fumio and Australia's new Prime Minister Anthony Albanese held talks in Tokyo on Tuesday afternoon. \
            Kishida and Albanese met at the State Guest House, following a summit of the leaders of the Quad framework countries.
            """
        let jiji = """
            TOKYO (Jiji Press) — Prime Minister Fumio Kishida and his Australian counterpart, Anthony Albanese, agreed on Tuesday to work together to realize a free and open Indo-Pacific. \
            At a meeting held at the State Guest House in Tokyo, Kishida and Albanese criticized Russia for its invasion of Ukraine.
            """
        let labels = try linkedLabels([nhk, jiji], "held talks in Tokyo", "TOKYO (Jiji Press)")
        XCTAssertFalse(labels.contains { $0.lowercased() == "tokyo" }, "\(labels)")
        XCTAssertTrue(labels.contains("who spoke with whom"), "the openings are named for what they say: \(labels)")
    }

    func testADatelinesPlaceIsFound() throws {
        func place(_ text: String) throws -> String? {
            let document = try DocumentLoader.load(bytes: Array(text.utf8), name: "v.txt", markdown: false)
            var preparer = VersionPreparer(keys: Vocabulary(), key2s: Vocabulary())
            let version = try XCTUnwrap(preparer.prepare(document, language: .english))
            return LeadingDateline.place(version, document, sentence: 0).map { document.scalars.string($0) }
        }
        XCTAssertEqual(try place("TOKYO (Jiji Press) — Prime Minister Fumio Kishida met Anthony Albanese."), "TOKYO")
        XCTAssertEqual(try place("NEW DELHI, Oct 8: Prime Minister Narendra Modi spoke with Fumio Kishida."), "NEW DELHI")
        XCTAssertEqual(try place("OTTAWA — Prime Minister Justin Trudeau will cross the Atlantic."), "OTTAWA")
        XCTAssertNil(try place("NATO, the EU and the G7 condemned the attack on Tuesday."))
        // An acronym's expansion or a clause after a comma is no agency nor date (a reviewer's).
        XCTAssertNil(try place("NATO (North Atlantic Treaty Organization) allies pledged more support."))
        XCTAssertNil(try place("NATO, 75 years after its founding, met in Washington."))
        XCTAssertEqual(try place("MOSCOW, December 7 (TASS) — Vladimir Putin spoke with Joe Biden."), "MOSCOW")
        XCTAssertNil(try place("The Prime Minister spoke to Prime Minister Trudeau."))
    }

    /// "early visit", "friendly relations": an adjective in -ly opens a noun phrase; an
    /// adverb does not ("newly sworn").
    func testAnAdjectiveInLyOpensANounPhrase() {
        func factor(_ first: String, _ last: String) -> Float {
            PhraseForm.factor(first: first, last: last, firstIsName: false, lastIsName: false, language: .english)
        }
        XCTAssertEqual(factor("early", "visit"), 1)
        XCTAssertEqual(factor("friendly", "relations"), 1)
        XCTAssertLessThan(factor("newly", "elected"), 1)
    }
}
