import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// Sentences that say the same thing whole (a translation) share their topics: an OSINT
/// analyst's three readouts of one call, the Kremlin's Russian, its English translation and
/// the White House's. A topic found between the Russian and the White House's ("будут
/// предприняты") was "not in Kremlin EN", though the Russian sentence's translation, linked
/// to it at 0.8, is there.
final class WholeSentenceLinksTests: XCTestCase {
    static let russian = """
            Состоялся телефонный разговор Владимира Путина с Президентом Соединённых Штатов Америки Дональдом Трампом.
            Лидеры продолжили подробный и откровенный обмен мнениями по ситуации вокруг Украины. Владимир Путин подчеркнул, что ключевым условием недопущения эскалации конфликта и работы над его урегулированием должно стать полное прекращение иностранной военной помощи и предоставления разведывательной информации Киеву.
            Российская сторона поддержала предложение американского президента о взаимном отказе сторон конфликта от ударов по объектам энергетической инфраструктуры сроком на 30 дней. Владимир Путин сразу же дал соответствующую команду российским военным.
            Президент России также конструктивно отреагировал на идею Дональда Трампа об обеспечении безопасности судоходства в Чёрном море.
            Было условлено, что 19 марта Россия и Украина произведут обмен военнопленными — 175 на 175. Кроме того, в качестве жеста доброй воли российская сторона передаст Украине 23 тяжелораненых военнослужащих, находящихся на излечении в российских медицинских учреждениях.
            Владимир Путин обратил внимание на то, что киевский режим неоднократно саботировал и нарушал достигнутые ранее договорённости.
            Обсуждались также положение дел на Ближнем Востоке и в районе Красного моря. Будут предприняты совместные усилия по стабилизации обстановки в кризисных точках, налаживанию взаимодействия по вопросам нераспространения ядерного оружия и глобальной безопасности.
            Владимир Путин и Дональд Трамп затронули перспективы нормализации российско-американских отношений, включая взаимовыгодное сотрудничество в экономике и энергетике.
            Дональд Трамп поддержал идею Владимира Путина об организации в России и США хоккейных матчей между российскими и американскими игроками, выступающими в НХЛ и КХЛ.
            Президенты договорились оставаться на связи по всем затронутым вопросам.
            """
    static let english = """
            Vladimir Putin had a telephone conversation with President of the United States of America Donald Trump.
            The leaders continued a detailed and frank exchange of views on the situation around Ukraine. Vladimir Putin noted that a reduction in foreign military assistance to Kiev would help prevent an escalation of the conflict and advance its settlement.
            The Russian side supported the American President's proposal that the parties to the conflict mutually refrain from strikes on energy infrastructure facilities for 30 days. Vladimir Putin immediately gave the relevant order to the Russian military.
            The President of Russia also responded constructively to Donald Trump's idea of ensuring the safety of navigation in the Black Sea.
            It was agreed that on March 19, Russia and Ukraine would exchange prisoners of war, 175 for 175. In addition, as a gesture of goodwill, the Russian side will hand over to Ukraine 23 seriously wounded servicemen who are being treated in Russian medical facilities.
            The situation in the Middle East and the Red Sea region was also discussed. Joint efforts will be made to stabilise the situation in crisis spots and to establish cooperation on nuclear non-proliferation and global security.
            Vladimir Putin and Donald Trump touched upon the prospects for normalising Russian-American relations, including mutually beneficial cooperation in the economy and energy.
            Donald Trump supported Vladimir Putin's idea of organising hockey matches in Russia and the United States between Russian and American players of the NHL and the KHL.
            The Presidents agreed to stay in touch on all the issues discussed.
            """
    static let whiteHouse = """
            President Donald J. Trump spoke by phone today with President Vladimir Putin of Russia.
            The two leaders agreed that the bloodshed between Moscow and Kyiv must stop, and that the war has to give way to a lasting peace. President Trump stressed that the money and lives both nations are spending on the fighting would be far better spent on the needs of their people.
            They agreed that the path to peace will begin with a halt to attacks on power plants and the grid, followed by technical talks on safe passage for commercial ships in the Black Sea. These talks will begin immediately.
            President Putin informed President Trump that Moscow and Kyiv would swap 175 captured soldiers each on Wednesday.
            President Trump raised the cases of American citizens held in Russian prisons, and President Putin agreed to review them.
            The leaders spoke broadly about the Middle East as a region of potential cooperation to prevent future conflicts. They further discussed the need to stop the spread of strategic weapons and will work with others to ensure the broadest possible application.
            The two leaders also share the view that Iran should never be in a position to destroy Israel.
            Both sides agreed that better ties between Washington and Moscow would bring huge economic deals and geopolitical stability once peace is reached.
            The two presidents committed to speak again soon.
            """

    private func topicSets(_ analysis: Analysis, _ link: Analysis.Link) -> (Set<String>, Set<String>) {
        func topics(_ ref: Analysis.SentenceRef) -> Set<String> {
            Set(analysis.topics.filter { $0.occurrences.contains { $0.version == ref.version && $0.sentence == ref.sentence } }.map(\.id))
        }
        return (topics(link.from), topics(link.to))
    }

    func testSentencesLinkedWholeCarryTheSameTopics() throws {
        let documents = try [Self.russian, Self.english, Self.whiteHouse].enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: ["kremlin-ru", "kremlin-en", "whitehouse"][index] + ".txt", markdown: false)
        }
        let analysis = try InstalledEncoder.engine().analyse(documents)
        let whole = SemanticParameters().counterpartWhole
        let translated = analysis.links.filter { $0.from.version == 0 && $0.to.version == 1 && ($0.similarity ?? 0) >= whole }
        XCTAssertGreaterThanOrEqual(translated.count, 6, "the Russian and its translation link sentence to sentence")
        for link in translated {
            let (a, b) = topicSets(analysis, link)
            XCTAssertEqual(a, b, "sentence \(link.from.sentence) of the Russian and \(link.to.sentence) of its translation")
            // The link is of them all: follow mode tints the partner of each.
            XCTAssertTrue(a.isSubset(of: Set(link.topics)), "the link of sentence \(link.from.sentence): \(link.topics) against \(a)")
        }
        // No topic of the three is missing from the translation alone.
        for topic in analysis.topics where topic.versions.contains(0) && topic.versions.contains(2) {
            XCTAssertTrue(topic.versions.contains(1), "\(topic.label) is in the translation too")
        }
    }

    /// A translation that splits a sentence in two: the half linked to a third version gives
    /// the whole it translates its topic, and takes none of the whole's. A diplomat's White House, PMO English and PMO
    /// French: "restrictions on Russia" was linked to the French "…face au mépris de la
    /// Russie…" alone, and the brief said "restrictions on Russia — not in PMO (en)".
    func testAHalfOfASplitSentenceGivesTheWholeItsTopics() throws {
        let texts = [
            """
            President Biden spoke with Prime Minister Trudeau of Canada today.

            Biden praised Canada for its close partnership throughout this crisis and its leadership in enacting comprehensive sanctions and restrictions on Russia.

            They discussed the development of critical minerals and resilient supply chains.
            """,
            """
            Today, Prime Minister Justin Trudeau met with the President of the United States of America, Joe Biden, to reiterate their commitment to deepening the Canada-U.S. partnership on a wide range of bilateral, regional, and global challenges.

            The leaders discussed the war against Ukraine and stressed their commitment to continue supporting the people of Ukraine.

            The leaders agreed to continue their close cooperation on sanctions alignment and on economic and humanitarian assistance, and to continue working with partners and allies to maintain unity in the face of Russia's disregard for the sovereignty and territorial integrity of Ukraine.

            The Prime Minister noted Canada's commitment to the defence and security of NATO Allies.
            """,
            """
            Aujourd'hui, le premier ministre Justin Trudeau a rencontré le président des États-Unis d'Amérique, Joe Biden, afin de réitérer leur engagement à resserrer le partenariat entre le Canada et les États-Unis à l'égard d'un vaste éventail d'enjeux bilatéraux, régionaux et mondiaux.

            Les dirigeants ont discuté de la guerre contre l'Ukraine et ont fait valoir leur engagement à continuer de soutenir le peuple de l'Ukraine.

            Les dirigeants ont convenu de poursuivre leur étroite coopération à l'égard de l'harmonisation des sanctions et de l'aide économique et humanitaire. Ils souhaitent aussi continuer de faire front commun avec leurs partenaires et leurs alliés face au mépris de la Russie envers la souveraineté et l'intégrité territoriale de l'Ukraine.

            Le premier ministre a évoqué l'engagement du Canada envers la défense et la sécurité des alliés de l'OTAN.
            """,
        ]
        let documents = try texts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: ["whitehouse", "pmo-en", "pmo-fr"][index] + ".txt", markdown: false)
        }
        let analysis = try InstalledEncoder.engine().analyse(documents)
        XCTAssertTrue(analysis.isAligned(1, 2), "the PMO's English and French are one text")
        let restrictions = try XCTUnwrap(analysis.topics.first { $0.label == "restrictions on Russia" }, "\(analysis.topics.map(\.label))")
        XCTAssertEqual(restrictions.versions, [0, 1, 2])
        // The half takes none of the other half's topics from the whole: the French "Ils
        // souhaitent aussi…" speaks of no humanitarian aid (a translator read "1 / 2").
        let half = try XCTUnwrap(analysis.versions[2].sentences.first { documents[2].string($0.range).hasPrefix("Ils souhaitent") }?.index)
        let humanitarian = try XCTUnwrap(analysis.topic(id: "humanitarian"))
        XCTAssertFalse(humanitarian.occurrences.contains { $0.version == 2 && $0.sentence == half }, "\(humanitarian.occurrences)")
        XCTAssertEqual(humanitarian.versions, [1, 2])
    }
}
