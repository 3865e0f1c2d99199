import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// The shipped lexicon's misfires and gaps three new users found in real readouts (a
/// Franco-German council in three languages, pairs of official readouts of one call): a
/// topic given to words that do not mean it, or missing from the version that says it in
/// other words, is a false "only in X", the first thing a reader is told.
final class LexiconMisfiresAndGapsTests: XCTestCase {
    private func document(_ text: String, _ name: String = "x.txt") throws -> Document {
        try DocumentLoader.load(bytes: Array(text.utf8), name: name, markdown: false)
    }

    /// Whether the shipped lexicon's topic `id` is found in `text` alone (by `engine`: the
    /// lexical one unless said).
    private func holds(_ id: String, _ text: String, _ engine: TopicEngine = TopicEngine(lexicons: [.international])) throws -> Bool {
        engine.analyse([try document(text)]).topics.contains { $0.id == id }
    }

    private func topics(_ text: String) throws -> [String] {
        TopicEngine(lexicons: [.international]).analyse([try document(text)]).topics.filter { $0.origin == .lexicon }.map(\.id)
    }

    /// Asserts that the lexicon gives topic `id` to each of `given` and to none of `notGiven`.
    private func assertTopic(_ id: String, given: [String] = [], notGiven: [String] = [],
                             file: StaticString = #filePath, line: UInt = #line) throws {
        for text in given { XCTAssertTrue(try topics(text).contains(id), text, file: file, line: line) }
        for text in notGiven { XCTAssertFalse(try topics(text).contains(id), text, file: file, line: line) }
    }

    /// Asserts that the lexicon gives topic `id` to both versions of the pair `a`, `b`, and
    /// to each of `given` and none of `notGiven` alone.
    private func assertShared(_ id: String, _ a: String, _ b: String, given: [String] = [], notGiven: [String] = [],
                              file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try pair(a, b).topic(id: id)?.versions, [0, 1], file: file, line: line)
        try assertTopic(id, given: given, notGiven: notGiven, file: file, line: line)
    }

    private func pair(_ a: String, _ b: String) throws -> Analysis {
        TopicEngine(lexicons: [.international]).analyse([try document(a, "a.txt"), try document(b, "b.txt")])
    }

    // MARK: Misfires

    /// "Consultez ici les conclusions…" is a web page's link to a document, not
    /// consultations: the exclusion is written with "ici", which the text must have too.
    func testALinkToReadADocumentIsNoConsultation() throws {
        try assertTopic("follow-up",
                        given: ["Les deux présidents sont convenus de poursuivre les consultations entre leurs ministres.",
                                "Les ministres ont tenu des consultations sur la sécurité européenne."],
                        notGiven: ["Télécharger : Consultez ici les conclusions du Conseil franco-allemand de défense et de sécurité.",
                                   "Download: consult here the conclusions of the council."])
    }

    /// "se féliciter de" is to welcome, to be pleased with: "Olaf Scholz s'est félicité de la
    /// présence d'Emmanuel Macron" was "félicitations" (and its translations, by meaning, too).
    /// "a félicité" (congratulated) still is.
    func testToWelcomeIsNotToCongratulate() throws {
        try assertTopic("congratulations",
                        given: ["Le Président a félicité Joe Biden pour son élection.", "Le Premier ministre l'a félicité pour sa victoire.",
                                "Il a adressé ses félicitations au nouveau chancelier."],
                        notGiven: ["Olaf Scholz s’est félicité de la présence d’Emmanuel Macron aux célébrations.",
                                   "Les ministres se sont félicités de l'accord conclu à Bruxelles.",
                                   "Le chancelier se félicite de la coopération entre les deux pays."])
    }

    /// An office's title is who attends, not troops: "the Inspector General of the Federal
    /// Armed Forces" was "troops — only in EN" against the German and French accounts. The
    /// rearmament of a country's armed forces is still the topic.
    func testAnOfficesTitleIsNoTroops() throws {
        try assertTopic("troops",
                        given: ["The Russian side raised the rearmament of the Armed Forces of Ukraine."],
                        notGiven: ["The meeting was attended by the French Chief of the General Staff and the Inspector General of the Federal Armed Forces.",
                                   "Asistió el jefe del Estado Mayor de las Fuerzas Armadas.",
                                   "Присутствовал начальник Генерального штаба Вооруженных сил."])
    }

    /// A country's right to peaceful nuclear energy is its nuclear programme, not the energy
    /// market: the Kremlin's "Iran's legitimate right to develop peaceful nuclear energy" was
    /// "energy — only in Kremlin". Nuclear energy as a supply still is energy.
    func testPeacefulNuclearEnergyIsNotTheEnergyTopic() throws {
        try assertTopic("energy",
                        given: ["The leaders discussed cooperation in nuclear energy to lower household bills."],
                        notGiven: ["They stressed the importance of respecting Iran's legitimate right to develop peaceful nuclear energy.",
                                   "Ils ont rappelé le droit de l'Iran à l'utilisation pacifique de l'énergie nucléaire.",
                                   "Sie betonten das Recht auf friedliche Nutzung der Kernenergie."])
    }

    /// Talks held in Geneva are not the Geneva summit: the topic is named for the city, the
    /// 2021 summit's and the talks' after it ("the negotiations would take place first in
    /// Geneva on January 9–10" was "Geneva summit"). The Geneva Conventions are not it.
    func testGenevaIsNamedForTheCity() throws {
        let analysis = TopicEngine(lexicons: [.international]).analyse([try document(
            "It was confirmed that the negotiations would take place first in Geneva on January 9–10.")])
        XCTAssertEqual(analysis.topic(id: "geneva")?.label, "Geneva")
        let bundled = TopicEngine(lexicons: [.international]).analyse(BundledReadouts.documents())
        XCTAssertEqual(bundled.topic(id: "geneva")?.label, "Genève")
        try assertTopic("geneva", notGiven: ["They stressed respect for the Geneva Conventions.", "Ils ont rappelé le respect des Conventions de Genève."])
    }

    /// North Korean soldiers fighting for Russia are no "Koreanische Halbinsel": the label
    /// names North Korea and the peninsula, and says the one the text named.
    func testNorthKoreanSoldiersAreNorthKorea() throws {
        let soldiers = try pair("Er machte deutlich, dass der Einsatz nordkoreanischer Soldaten auf russischer Seite eine ernste Eskalation des Krieges bedeute.",
                                "Recent escalations in the Middle East were also addressed.")
        XCTAssertEqual(soldiers.topic(id: "korea")?.label, "Nordkorea")
        let peninsula = try pair("The leaders discussed the denuclearization of the Korean Peninsula.", "They also spoke about trade.")
        XCTAssertEqual(peninsula.topic(id: "korea")?.label, "Korean Peninsula")
    }

    // MARK: Gaps

    /// The OSCE by its acronym and by its full name ("Co-operation" spelled both ways), in
    /// every lexicon language: the Kremlin's "at the OSCE" and the White House's "at the
    /// Organization for Security and Cooperation in Europe" are one venue.
    func testTheOSCEByItsAcronymAndItsFullName() throws {
        try assertTopic("osce", given: ["Negotiations are also to be held at the OSCE on January 13.",
                                        "Talks will follow at the Organization for Security and Cooperation in Europe.",
                                        "Talks will follow at the Organisation for Security and Co-operation in Europe.",
                                        "Des discussions auront lieu à l'Organisation pour la sécurité et la coopération en Europe.",
                                        "Gespräche finden auch in der OSZE statt.",
                                        "Переговоры пройдут также в ОБСЕ.",
                                        "Las conversaciones seguirán en la Organización para la Seguridad y la Cooperación en Europa."])
        let analysis = try pair("Negotiations are also to be held at the OSCE on January 13.",
                                "President Biden expressed support for diplomacy at the Organization for Security and Cooperation in Europe.")
        XCTAssertEqual(analysis.topic(id: "osce")?.versions, [0, 1])
        XCTAssertEqual(analysis.links.first?.topics, ["osce"])
    }

    /// A settlement of the conflict is the peace settlement, in every language: the German
    /// "Friedensregelung" (the topic's own German label) and the Kremlin's "a political and
    /// diplomatic settlement of the conflict"; the Élysée's "un règlement solide et durable du
    /// conflit". A "solution diplomatique" to a nuclear file is not.
    func testASettlementOfTheConflictIsThePeaceSettlement() throws {
        try assertShared("peace", "Scholz drängte auf eine Friedensregelung mit der Ukraine.",
                         "Speaking on the prospects for reaching a political and diplomatic settlement of the conflict, the President pointed out that Russia was open to talks.",
                         given: ["Il a appelé au lancement de négociations pour un règlement solide et durable du conflit.",
                                 "Les deux présidents ont évoqué le règlement du conflit.",
                                 "Стороны обсудили политико-дипломатическое урегулирование.",
                                 "Ambos abogaron por una solución del conflicto."],
                         notGiven: ["Il a dit sa détermination à rechercher un règlement durable et exigeant du dossier nucléaire."])
    }

    /// Keeping the conversation going is the follow-up, in German and as "maintain dialogue":
    /// "Beide vereinbarten, den Gesprächsfaden nicht abreißen zu lassen" against "the leaders'
    /// aides would stay in touch"; "It was agreed to maintain dialogue" against the Élysée's
    /// "restera en contact".
    func testKeepingTheConversationGoingIsTheFollowUp() throws {
        let german = try pair("Beide vereinbarten, den Gesprächsfaden nicht abreißen zu lassen.",
                              "It was agreed that the leaders' aides would stay in touch.")
        XCTAssertEqual(german.topic(id: "follow-up")?.versions, [0, 1])
        let french = try pair("Le Président de la République restera en contact avec le Président Zelensky.",
                              "It was agreed to maintain dialogue on the issues discussed at various levels.")
        XCTAssertEqual(french.topic(id: "follow-up")?.versions, [0, 1])
        try assertTopic("follow-up", given: ["Стороны договорились поддерживать диалог.", "Les ministres sont convenus de maintenir le dialogue."])
    }

    /// A maritime ceasefire is a truce for shipping: the White House's "a maritime ceasefire
    /// in the Black Sea" and the Kremlin's "the safety of navigation in the Black Sea" are
    /// both the navigation topic (it was "only in Kremlin").
    func testAMaritimeCeasefireIsTheNavigationTopic() throws {
        let analysis = try pair("The leaders agreed on technical negotiations on implementation of a maritime ceasefire in the Black Sea.",
                                "The Russian president reacted constructively to an initiative concerning the safety of navigation in the Black Sea.")
        XCTAssertEqual(analysis.topic(id: "navigation")?.versions, [0, 1])
        XCTAssertEqual(analysis.topic(id: "black-sea")?.versions, [0, 1])
    }

    /// The Kerch Strait and the Sea of Azov are the Black Sea's: Berlin's "Im Mittelpunkt
    /// des Gesprächs stand der Vorfall in der Straße von Kertsch" and the Kremlin's "…the
    /// incident in the Kerch Strait" (dev's merkel-putin-2018-11-26 and -12-10) shared no
    /// topic, and the Kremlin's report named the strait in so many sentences that it was
    /// masked from the embedded text as a participant.
    func testTheKerchStraitIsTheBlackSea() throws {
        try assertShared("black-sea", "Im Mittelpunkt des Gesprächs stand der Vorfall in der Straße von Kertsch.",
                         "Putin and Merkel discussed the incident in the Kerch Strait.",
                         given: ["Les deux présidents ont évoqué la situation dans le détroit de Kertch.",
                                 "Стороны обсудили ситуацию в Азовском море.",
                                 "Hablaron del incidente en el estrecho de Kerch."],
                         notGiven: ["They discussed the Azovstal steel plant in Mariupol."])
    }

    /// The Prime Minister's Office's « Les dirigeants ont convenu de rester en étroite
    /// communication » is the White House's "agreed to stay in close touch" (a judge-like
    /// pair of February 2022, outside the repository); Berlin says "in enger Abstimmung".
    /// "Talk" and "speak" alone are every call's words, no follow-up.
    func testCloseCommunicationIsTheFollowUp() throws {
        try assertShared("follow-up", "The two leaders agreed to stay in close touch in the days ahead.",
                         "Les dirigeants ont convenu de rester en étroite communication.",
                         given: ["Los dirigentes acordaron mantener una estrecha comunicación.",
                                 "Beide vereinbarten, weiter in enger Abstimmung zu bleiben.",
                                 "They agreed to maintain close communication."],
                         notGiven: ["An overview of the talk is as follows.", "Glad to speak to the Prime Minister today."])
    }

    /// "A sustainable economic recovery" and « la relance économique » are the economy's.
    func testEconomicRecoveryIsTheEconomy() throws {
        try assertShared("trade", "They discussed a sustainable economic recovery.",
                         "Les discussions ont porté sur les vaccins et la relance économique.",
                         given: ["Стороны обсудили вопросы восстановления экономики.", "Sie sprachen über die wirtschaftliche Erholung.",
                                 "Hablaron de la recuperación económica."],
                         notGiven: ["The patient's recovery was swift."])
    }

    /// Weapons and aid for a country at war were no topic of their own: Kyiv's "the first
    /// German IRIS-T air defense system" and Berlin's « Waffenlieferungen » shared nothing but
    /// Ukraine. Air defence that downed drones over one's own city is no aid (ambiguous: it
    /// needs another alias or the meaning), nor is a fighter jet programme or the Great
    /// Patriotic War.
    func testMilitaryAidIsATopicOfItsOwn() throws {
        try assertShared("military-aid", "The expected delivery to Ukraine of the first IRIS-T air defense system was discussed.",
                         "Der Bundeskanzler sprach über weitere Waffenlieferungen an die Ukraine.",
                         given: ["Ils ont évoqué les livraisons d'armes à l'Ukraine.", "Стороны обсудили поставки оружия Украине.",
                                 "Los dos presidentes hablaron de la continuación de la ayuda militar a Ucrania.", "They discussed the increase in military support that Spain is providing."],
                         notGiven: ["Russian air defense systems repelled these attacks on the city.",
                                    "They welcomed the progress of the programme to deliver the next generation of fighter jets.",
                                    "They marked the anniversary of Victory in the Great Patriotic War.",
                                    "They discussed the reduction of nuclear weapons."])
    }

    /// Northern Ireland and its peace agreement are a subject of their own; the United
    /// Kingdom's full name in a Prime Minister's title is not.
    func testNorthernIrelandIsATopicButNotInTheKingdomsName() throws {
        try assertShared("northern-ireland", "They agreed to keep talking about the Northern Ireland Protocol.",
                         "Le Premier ministre a réaffirmé son attachement à l'accord du Vendredi saint.",
                         given: ["The Prime Minister reconfirmed his commitment to the Good Friday/Belfast Agreement."],
                         notGiven: ["The Prime Minister of the United Kingdom of Great Britain and Northern Ireland visited Tokyo."])
    }

    /// A student's three accounts of the call of 13 April 2021: AP's "Biden proposed a summit
    /// in a third country" and the Kremlin's "…holding a personal summit meeting" were two
    /// one-sided topics ("meetings — not in AP", "third country — not in Kremlin"): one
    /// shared word links nothing, and the encoder puts them 0.24 apart.
    func testASummitProposedIsAMeeting() throws {
        try assertShared("meeting", "Biden proposed a summit in a third country \"in the coming months\" to discuss the full range of U.S.-Russia issues.",
                         "In this context, the US President suggested considering the possibility of holding a personal summit meeting in the foreseeable future.",
                         given: ["The leaders agreed to hold a summit in Geneva in June.", "Le président a proposé un sommet dans un pays tiers.",
                                 "Президент США предложил провести саммит в третьей стране."],
                         notGiven: ["The leaders discussed the outcome of the G7 summit in Cornwall."])
    }

    /// "…will act firmly in defense of its national interests in response to Russia's
    /// actions, such as cyber intrusions…" was named "defence and the defence industry" (the
    /// ambiguous "defense", close enough in meaning to the topic): in defence of interests,
    /// of democracy, of a country's sovereignty is no defence industry.
    func testInDefenceOfIsNoDefenceIndustry() throws {
        let engine = try InstalledEncoder.engine()
        func defence(_ text: String) throws -> Bool { try holds("defence", text, engine) }
        XCTAssertFalse(try defence("President Biden also made clear that the United States will act firmly in defense of its national interests in response to Russia's actions, such as cyber intrusions and election interference."))
        XCTAssertFalse(try defence("The leaders stood together in defence of democracy and the rules-based order."))
        XCTAssertTrue(try defence("The leaders agreed to deepen defense cooperation and to raise defence spending."))
        // French: "la défense des droits de l'homme" (a translator's UN statement was filed
        // under the defence topic), against a defence partnership.
        XCTAssertFalse(try defence("Chacun peut contribuer à la défense des droits de l'homme, à l'école comme au travail."))
        XCTAssertTrue(try defence("Les dirigeants ont salué le partenariat de défense entre les deux pays."))
    }

    /// The Kremlin's stock close, "…Россия и США будут продолжать диалог и необходимые
    /// контакты", is the follow-up the White House words "tasked their teams to follow up": a
    /// diplomat's brief had the two under "consultations and follow-up — only in White House"
    /// and "Linked to nothing". Continuing a dialogue alone stays no follow-up.
    func testTheKremlinsContinuedContactsAreTheFollowUp() throws {
        func followUp(_ text: String) throws -> Bool { try holds("follow-up", text) }
        XCTAssertTrue(try followUp("Президенты выразили мнение, что Россия и США будут продолжать диалог и необходимые контакты."))
        XCTAssertTrue(try followUp("Договорились продолжать контакты на различных уровнях."))
        XCTAssertFalse(try followUp("Стороны намерены продолжать диалог по вопросам торговли."))
        // The Chancellery's "den Austausch fortzusetzen" and the Kremlin's English "continue
        // exchanging views… during future contacts" (a journalist's pair, linked to nothing).
        XCTAssertTrue(try followUp("Bundeskanzler Scholz und Präsident Putin vereinbarten, den Austausch fortzusetzen."))
        XCTAssertTrue(try followUp("It was agreed to continue exchanging views on the topics discussed during future contacts."))
        XCTAssertFalse(try followUp("The ministers exchanged views on energy prices."))
    }

    /// The Kremlin's "settling the domestic conflict in Ukraine" is the peace settlement the
    /// Chancellery calls "friedlichen Lösung des Konflikts": a journalist's brief had
    /// "Friedensregelung — only in Bundesregierung".
    func testSettlingTheConflictIsThePeaceSettlement() throws {
        func peace(_ text: String) throws -> Bool { try holds("peace", text) }
        XCTAssertTrue(try peace("The problem of settling the domestic conflict in Ukraine was reviewed in detail."))
        XCTAssertTrue(try peace("Vladimir Putin stressed the need for a settlement of the intra-Ukrainian conflict."))
        XCTAssertFalse(try peace("The leaders discussed the conflict in Ukraine."))
    }
}
