import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// Who speaks is not what they speak of: the participants' names are discounted, but an
/// organisation the account keeps naming, or a country named outside a participant's title,
/// is a subject.
final class ParticipantsTests: XCTestCase {
    private func document(_ id: String, _ text: String) throws -> Document {
        try DocumentLoader.load(bytes: Array(text.utf8), name: "\(id).txt", markdown: false, label: id)
    }

    /// The analysis of `a` and `b` with the shipped lexicon, and the sentences ([version,
    /// sentence]) its Central Asia topic occurs in.
    private func centralAsiaPlaces(_ a: Document, _ b: Document) -> (Analysis, Set<[Int]>) {
        let analysis = TopicEngine(lexicons: [.international]).analyse([a, b])
        let centralAsia = analysis.topics.first { $0.id.contains("central-asia") }
        return (analysis, Set((centralAsia?.occurrences ?? []).map { [$0.version, $0.sentence] }))
    }

    private func prepared(_ text: String) throws -> (PreparedVersion, Vocabulary) {
        let (version, keys, _) = try preparedWithTitles(text)
        return (version, keys)
    }

    /// The version, its vocabulary and the key ids of persons' titles.
    private func preparedWithTitles(_ text: String) throws -> (PreparedVersion, Vocabulary, Set<Int32>) {
        let keys = Vocabulary()
        var preparer = VersionPreparer(keys: keys, key2s: Vocabulary())
        let version = try XCTUnwrap(preparer.prepare(try document("a", text), language: .english))
        return (version, keys, TopicEngine.keySet(ReadoutVocabulary.titles, [version], keys, &preparer))
    }

    /// A judge-like India / UK pair: "the India-UK Comprehensive Strategic Partnership" was
    /// linked to "the Prime Minister's visit to India later this year", under a topic named
    /// "India", by the one word they share: the country of a participant ("Indian Prime
    /// Minister Narendra Modi"), named in sentences of every subject. The sentences that share
    /// a subject stay linked.
    func testAParticipantsCountryAloneLinksNothing() throws {
        let documents = try IndiaAndUKPair.documents()
        for lexicons in [[], [Lexicon.international]] {
            let analysis = TopicEngine(lexicons: lexicons).analyse(documents)
            let links = Set(analysis.links.map { [$0.from.sentence, $0.to.sentence] })
            XCTAssertFalse(links.contains([1, 4]), "the partnership and the visit share only India (\(lexicons.count) lexicons)")
            XCTAssertTrue(links.contains([2, 2]), "technology, defence and education stay linked (\(lexicons.count) lexicons)")
            XCTAssertFalse(analysis.topics.contains { $0.label == "India" }, "no topic is named after the participant's country")
        }
    }

    /// Canada's account of a Sunak–Trudeau meeting names the other side "the Prime Minister of
    /// the United Kingdom", then "Canada and the UK"; Downing Street's, "Canada and the UK"
    /// again, about defence technology. The two countries of the participants are who speaks,
    /// twice, not a subject: those sentences do not link on them (the lexical linker linked
    /// them, under a topic named "Canada"). A participant's nationality beside a subject word
    /// still counts ("market access for Canadian beef and pork").
    func testTheParticipantsCountriesAloneLinkNothing() throws {
        let documents = [
            try document("ottawa", """
                Today, Prime Minister Justin Trudeau met with the Prime Minister of the United Kingdom, Rishi Sunak. \
                The two leaders spoke of the extremely close and productive relations between Canada and the UK. \
                They discussed market access for Canadian beef and pork.
                """),
            try document("london", """
                The Prime Minister hosted Canadian Prime Minister Justin Trudeau at Downing Street this evening. \
                The leaders also discussed how Canada and the UK could deepen collaboration on defence and security technology. \
                The Prime Minister raised market access for Canadian beef and pork exports.
                """),
        ]
        let (_, keys, titles) = try preparedWithTitles("Today, Prime Minister Justin Trudeau met with the Prime Minister of the United Kingdom, Rishi Sunak. Canada and the UK.")
        var preparer = VersionPreparer(keys: keys, key2s: Vocabulary())
        let versions = try documents.map { try XCTUnwrap(preparer.prepare($0, language: .english)) }
        let countries = Participants.countries(versions, titles: titles, documents: documents)
        for word in ["kingdom", "uk", "canada"] {
            let key = try XCTUnwrap(keys.id(of: Normaliser(language: .english).normalise(word: word)?.key ?? ""), word)
            XCTAssertTrue(countries.contains(key), "\(word) is a participant's country")
        }
        // Only "of" (the, du, de la…) leads from a title to its country: not "at the", "for".
        let meeting = try document("summit", "The leaders at the Vilnius Summit met the Minister for Foreign Affairs.")
        let versionsAtSummit = try [XCTUnwrap(preparer.prepare(meeting, language: .english))]
        XCTAssertTrue(Participants.titleComplements(versionsAtSummit, [meeting], titles: titles).isEmpty)
        XCTAssertFalse(Participants.titleComplements(versions, documents, titles: titles).isEmpty)
        let analysis = TopicEngine(lexicons: []).analyse(documents)
        let links = Set(analysis.links.map { [$0.from.sentence, $0.to.sentence] })
        XCTAssertFalse(links.contains([1, 1]), "relations and defence technology share only the two countries: \(links)")
        XCTAssertTrue(links.contains([2, 2]), "Canadian beef, a subject, still links: \(links)")
    }

    /// The opening sentence of nazarbayev-putin ("…congratulations on the 75th anniversary of
    /// Victory in the Great Patriotic War") made the war a participant: masked from the
    /// embedded text and weighed a fifth, the subject of the call linked nothing by meaning.
    /// In the opening sentence only the names after a person's title are participants.
    func testOnlyTitledNamesOfTheOpeningSentenceAreParticipants() throws {
        let (version, keys, titles) = try preparedWithTitles("""
            Prime Minister Haugen congratulated President Abenov on the anniversary of Victory in the Great Patriotic War. \
            The sides discussed gas deliveries. \
            They agreed to meet in the autumn.
            """)
        let names = Participants.names(version, titles: titles)
        func key(_ word: String) throws -> Int32 { Int32(try XCTUnwrap(keys.strings.firstIndex(of: word), word)) }
        XCTAssertTrue(names.contains(try key("haugen")), "a name after \"Prime Minister\" is a participant")
        XCTAssertTrue(names.contains(try key("abenov")), "a name after \"President\" is a participant")
        for word in ["victori", "patriot", "war"] {
            XCTAssertFalse(names.contains(try key(word)), "\(word): the war is the call's subject, not a participant")
        }
    }

    /// "ОДКБ" in three of the Kremlin's eight sentences was masked as a participant, so the
    /// CSTO, the subject of the call, weighed nothing and left the embedded text.
    func testARecurringAcronymIsNotAParticipantButARecurringNameIs() throws {
        let (version, keys) = try prepared("""
            The two leaders held a long telephone conversation on Friday. \
            Mr Abenov thanked the CSTO for sending its peacekeepers. \
            The situation in the capital is stabilising, said Mr Abenov. \
            Mr Abenov proposed an online summit of the CSTO. \
            The CSTO council would meet under the chairmanship of Armenia. \
            The dates will be agreed through diplomatic channels. \
            The CSTO secretariat will stay in touch. \
            The talks were described as frank.
            """)
        let names = Participants.names(version, titles: [])
        let cst = try XCTUnwrap(keys.strings.firstIndex(of: "csto"))
        let abenov = try XCTUnwrap(keys.strings.firstIndex(of: "abenov"))
        XCTAssertFalse(names.contains(Int32(cst)), "the CSTO is the call's subject, not a participant")
        XCTAssertTrue(names.contains(Int32(abenov)), "a name in three of eight sentences is a participant")
        XCTAssertTrue(Participants.isAcronym("ОДКБ"))
        XCTAssertTrue(Participants.isAcronym("NATO"))
        XCTAssertFalse(Participants.isAcronym("Abenov"))
    }

    /// Canada's PMO, the G7 in three sentences of six: "G7" is an organisation, like an
    /// acronym, not a participant; so "Canada's successful Presidency of the G7" ("Presidency"
    /// stems as the title "President") is a G7 topic, not a participant named by their title.
    func testTheG7IsNoParticipant() throws {
        XCTAssertTrue(Participants.isAcronym("G7"))
        XCTAssertTrue(Participants.isAcronym("COP26"))
        XCTAssertFalse(Participants.isAcronym("A"))
        XCTAssertFalse(Participants.isAcronym("2025"))
        let text = """
            Today, the Prime Minister, Mark Carney, spoke with the President of France, Emmanuel Macron. \
            President Macron congratulated Prime Minister Carney on Canada's successful Presidency of the G7 in 2025. \
            The leaders discussed key accomplishments achieved by the G7 under Canada's leadership. \
            They discussed the challenges ahead of France's G7 Presidency in 2026. \
            They committed to cooperation on critical minerals. They agreed to remain in close contact.
            """
        let analysis = TopicEngine(lexicons: [.international]).analyse([try document("a", text)])
        XCTAssertEqual(analysis.topic(id: "g7")?.occurrences.map(\.sentence), [1, 2, 3])
    }

    /// "the first President of Kazakhstan" names who speaks: it is no Central Asia topic,
    /// where "gas deliveries from Kazakhstan" and "the issue of Kazakhstan's border" are.
    /// A think-tank researcher's White House / MFA pair of the April 2024 Biden–Xi call: the
    /// MFA names China in every other sentence ("China-U.S. relations", "China's
    /// development"), and the lexicon's "China and the Indo-Pacific" gathered all of them into
    /// one topic "in both" beside the White House's opening line, hiding what Beijing said
    /// alone. A participant's country ("President Xi Jinping of the People's Republic of
    /// China") that pervades an account names no topic by itself; "the South China Sea" does.
    func testAParticipantsCountryThatPervadesTheAccountsIsNoTopic() throws {
        let whiteHouse = try document("wh", """
            President Joseph R. Biden, Jr. spoke today with President Xi Jinping of the People's Republic of China (PRC). \
            President Biden emphasized the rule of law and freedom of navigation in the South China Sea. \
            He raised concerns over the PRC's unfair trade policies. \
            The leaders welcomed upcoming visits by Secretary Yellen.
            """)
        let mfa = try document("mfa", """
            President Xi Jinping spoke with U.S. President Joe Biden on the phone. \
            The China-U.S. relationship is beginning to stabilize. \
            China's development is good for the world. \
            The U.S. does not seek to contain China's development. \
            President Xi also elaborated on China's position on the South China Sea.
            """)
        let analysis = TopicEngine(lexicons: [.international]).analyse([whiteHouse, mfa])
        let china = analysis.topics.first { $0.id.contains("china") }
        let places = Set((china?.occurrences ?? []).map { [$0.version, $0.sentence] })
        for sentence in [1, 2, 3] {
            XCTAssertFalse(places.contains([1, sentence]), "MFA sentence \(sentence) names only China, a participant's country: \(places)")
        }
        XCTAssertFalse(places.contains([0, 0]), "the opening line says who spoke: \(places)")
        XCTAssertTrue(places.contains([0, 1]) && places.contains([1, 4]), "the South China Sea stays a topic on both sides: \(places)")
    }

    func testACountryInAParticipantsTitleIsNoLexiconTopic() throws {
        let a = try document("a", """
            Prime Minister Haugen spoke with the first President of Kazakhstan, Mr Abenov. \
            They discussed the gas pipeline between their countries. \
            The issue of Kazakhstan's northern border came up at the end.
            """)
        let b = try document("b", """
            Mr Abenov and Prime Minister Haugen spoke on the telephone. \
            Gas deliveries from Kazakhstan through the new pipeline will double next year.
            """)
        let (_, places) = centralAsiaPlaces(a, b)
        XCTAssertFalse(places.contains([0, 0]), "a participant's title made a topic: \(places)")
        XCTAssertTrue(places.contains([1, 1]), "Kazakhstan as a place is a topic: \(places)")
        XCTAssertTrue(places.contains([0, 2]), "after a word of every readout that is no title (\"issue\"), Kazakhstan is a topic: \(places)")
    }

    /// tokayev-putin-2021-09-20: the Kremlin's "президент Казахстана выразил соболезнования"
    /// (condolences for the Perm shooting) linked to Akorda's sentence on the CSTO summit
    /// through the Central Asia topic. In English "President of Kazakhstan" is a participant's
    /// title; in Russian the same country is another word, never a participant's name there.
    /// A country the lexicon finds in a participant's title in one account is who speaks,
    /// after a title, in the other too; elsewhere it stays a subject.
    func testACountryInAParticipantsTitleIsNoTopicInTheOtherLanguageEither() throws {
        let a = try document("a", """
            Президент России Владимир Путин провел телефонный разговор с казахстанским лидером Касым-Жомартом Токаевым. \
            В свою очередь президент Казахстана выразил соболезнования в связи с трагедией в Перми. \
            Напомним, сегодня житель Казахстана застрелил пять человек.
            """)
        let b = try document("b", """
            President of Kazakhstan Kassym-Jomart Tokayev had a telephone conversation with President Vladimir Putin of Russia. \
            The leaders of Kazakhstan and Russia reiterated their readiness to implement the agreements of the CSTO summit in Dushanbe.
            """)
        let (analysis, places) = centralAsiaPlaces(a, b)
        XCTAssertFalse(places.contains([0, 1]), "\"президент Казахстана\" names who speaks, as \"President of Kazakhstan\" does: \(places)")
        XCTAssertTrue(places.contains([0, 2]), "a resident of Kazakhstan is a place, a topic: \(places)")
        XCTAssertTrue(places.contains([1, 1]), "the CSTO is a topic: \(places)")
        let links = analysis.links.filter { $0.from.version == 0 && $0.to.version == 1 }.map { [$0.from.sentence, $0.to.sentence] }
        XCTAssertFalse(links.contains([1, 1]), "condolences linked to the CSTO summit by a participant's title: \(links)")
    }

    /// In the account's own language the participant is known by their own name: another
    /// country of the same lexicon topic after a title ("the President of Uzbekistan", in an
    /// account where "President of Kazakhstan" names who speaks) is a subject.
    func testAnotherCountryOfTheSameTopicAfterATitleStaysASubject() throws {
        let a = try document("a", """
            President of Kazakhstan Kassym-Jomart Tokayev had a telephone conversation with President Vladimir Putin of Russia. \
            They discussed the coming visit of the President of Uzbekistan to Astana.
            """)
        let b = try document("b", """
            President Vladimir Putin of Russia spoke with President of Kazakhstan Kassym-Jomart Tokayev. \
            The leaders discussed energy supplies.
            """)
        let (_, places) = centralAsiaPlaces(a, b)
        XCTAssertTrue(places.contains([0, 1]), "the President of Uzbekistan's visit is a Central Asia subject: \(places)")
        XCTAssertFalse(places.contains([0, 0]), "\"President of Kazakhstan\" names who speaks: \(places)")
    }

    /// A subject name (a recurring place a lexicon hit matches) masked in one version is
    /// embedded when another version's text keeps its topic; when every version that speaks
    /// of the topic masks it, it stays masked, and a version that never speaks of the topic
    /// keeps nothing.
    func testASubjectMaskedOnOneSideOnlyIsUnmasked() {
        // Names 1 and 2 (topics 10 and 20) recur in version 0; 1 in version 2 too.
        let masked: [Set<Int32>] = [[1, 2, 5], [2, 3], [1, 2]]
        let subjects: [[Int32: Set<Int32>]] = [[1: [10], 2: [20]], [:], [1: [10]]]
        // Version 1 keeps topic 10 in its text ("la crise ukrainienne"); nobody keeps 20.
        let result = Participants.unmaskingSubjects(masked, subjects: subjects, keptTopics: [[], [10], []])
        XCTAssertEqual(result[0], [2, 5], "1's topic is kept by version 1: embedded; 2's by nobody; 5 is no subject")
        XCTAssertEqual(result[1], [2, 3])
        XCTAssertEqual(result[2], [2], "1's topic is kept by version 1")
        let unnamed = Participants.unmaskingSubjects([[1], []], subjects: [[1: [10]], [:]], keptTopics: [[], []])
        XCTAssertEqual(unnamed[0], [1], "the other version never speaks of topic 10: 1 stays masked")
    }

    /// The recurring names are those a tenth of the sentences name, not the titled ones:
    /// "Ukraine" of "support for Ukraine" in three sentences is recurring, "Macron" after
    /// "President" is a participant.
    func testRecurringNamesAreNeitherTitledNorOpening() throws {
        let (version, keys, titles) = try preparedWithTitles("""
            The Prime Minister spoke to President Macron this morning. They discussed Ukraine and trade. \
            They agreed to support Ukraine. President Macron thanked him. Both condemned the attacks on Ukraine.
            """)
        let found = Participants.find([version], titles: titles)
        let ukraine = try XCTUnwrap(keys.id(of: "ukrain"))
        let macron = try XCTUnwrap(keys.id(of: "macron"))
        XCTAssertTrue(found.recurring[0].contains(ukraine))
        XCTAssertFalse(found.recurring[0].contains(macron))
        XCTAssertTrue(found.masked[0].contains(macron))
        // Named in the opening sentence as well, Ukraine is who speaks, not a recurring subject.
        let (opening, openingKeys, openingTitles) = try preparedWithTitles("""
            The Prime Minister spoke to Zelenskyy of Ukraine this morning. They discussed Ukraine and trade. \
            They agreed to support Ukraine. President Macron thanked him. Both condemned the attacks on Ukraine.
            """)
        let named = Participants.find([opening], titles: openingTitles)
        let openingUkraine = try XCTUnwrap(openingKeys.id(of: "ukrain"))
        XCTAssertTrue(named.masked[0].contains(openingUkraine))
        XCTAssertFalse(named.recurring[0].contains(openingUkraine), "an opening name is a participant, never unmasked as a subject")
        // Named after both speakers, a place the account keeps naming is a recurring subject,
        // masked unless another version's text keeps its topic (`unmaskingSubjects`).
        let (strait, straitKeys, straitTitles) = try preparedWithTitles("""
            President Abenov spoke with Prime Minister Haugen about the incident in the Kerch Strait. \
            The situation in the Kerch Strait worried them. The ships were escorted to Kerch. They agreed to talk again.
            """)
        let straitFound = Participants.find([strait], titles: straitTitles)
        let kerch = try XCTUnwrap(straitKeys.id(of: "kerch"))
        XCTAssertTrue(straitFound.masked[0].contains(kerch))
        XCTAssertTrue(straitFound.recurring[0].contains(kerch), "named after the speakers, Kerch is what they spoke of")
        for speaker in ["abenov", "haugen"] {
            XCTAssertFalse(straitFound.recurring[0].contains(try XCTUnwrap(straitKeys.id(of: speaker))), "\(speaker) speaks")
        }
    }

    /// South Africa's Presidency: "President Cyril Ramaphosa has received a briefing from
    /// Russian President Vladimir Putin on the outcome of his recent meeting with United
    /// States President Donald Trump in Anchorage, Alaska". The call's two speakers are its
    /// participants; the third titled person and the place after them are what the call was
    /// about, kept in the embedded text. A name before the second speaker is still masked,
    /// and for the words' weights a titled name is a participant wherever it stands.
    func testATitledPersonNamedAfterTheTwoSpeakersIsTheirSubject() throws {
        let (version, keys, titles) = try preparedWithTitles("""
            President Abenov has received a briefing from Nordic Prime Minister Haugen on his meeting with Chancellor Morland in Bergen. \
            President Abenov appreciated the briefing from Prime Minister Haugen. \
            They agreed to stay in touch.
            """)
        let found = Participants.find([version], titles: titles)
        func key(_ word: String) throws -> Int32 { try XCTUnwrap(keys.id(of: word), word) }
        for speaker in ["abenov", "haugen"] {
            XCTAssertTrue(found.participants[0].contains(try key(speaker)), "\(speaker) speaks")
            XCTAssertTrue(found.masked[0].contains(try key(speaker)), "\(speaker) is left out of the embedded text")
        }
        XCTAssertTrue(found.masked[0].contains(try key("nordic")), "a name before the second speaker is masked as before")
        for subject in ["morland", "bergen"] {
            XCTAssertFalse(found.masked[0].contains(try key(subject)), "\(subject): what they spoke of, kept in the embedded text")
        }
        XCTAssertTrue(found.participants[0].contains(try key("morland")), "a titled name weighs as a participant's")
        // Named after the speakers but again and again after (in a tenth of the sentences, at
        // least three), a name is who the account is about throughout: masked as before.
        let (recurring, recurringKeys, recurringTitles) = try preparedWithTitles("""
            President Abenov spoke with Prime Minister Haugen about Morland. \
            Mr Morland thanked them. Morland will visit in May. The talks were frank.
            """)
        let recurringFound = Participants.find([recurring], titles: recurringTitles)
        XCTAssertTrue(recurringFound.masked[0].contains(try XCTUnwrap(recurringKeys.id(of: "morland"))))
    }
}
