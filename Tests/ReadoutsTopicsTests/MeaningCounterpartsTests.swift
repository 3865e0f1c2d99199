import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// A sentence carries by meaning the lexicon topics of one sentence of the other version
/// only, its closest. A diplomat's Kremlin and Chancellery accounts of the call of
/// 15 November 2024: "…the current crisis was the direct result of NATO's long-standing
/// aggressive policy…" was the counterpart of four Berlin sentences, and the brief said the
/// Kremlin spoke of North Korean troops.
final class MeaningCounterpartsTests: XCTestCase {
    static let kremlin = """
        Vladimir Putin had a telephone conversation with Federal Chancellor of Germany Olaf Scholz, at the German side's initiative.
        The two leaders had a detailed and frank exchange of views on the situation in Ukraine.
        Vladimir Putin noted that the current crisis was the direct result of NATO's long-standing aggressive policy aimed at creating an anti-Russia bridgehead on Ukrainian territory, while ignoring Russia's security interests.
        The Russian side has never refused and remains open to the resumption of the negotiations that were broken off by the Kiev regime in 2022.
        Possible agreements must take into account Russia's security interests, proceed from the new territorial realities and, most importantly, address the root causes of the conflict.
        Russia has always scrupulously fulfilled its treaty and contractual obligations in the energy sector and is ready for mutually beneficial cooperation should the German side show interest.
        It was agreed that their aides would maintain contact.
        """
    static let berlin = """
        Federal Chancellor Olaf Scholz spoke on the telephone with the President of the Russian Federation, Vladimir Putin, this afternoon for about an hour.
        The Chancellor condemned Russia's war of aggression against Ukraine and called on President Putin to end it and withdraw his troops.
        He urged Russia to show willingness to negotiate with Ukraine with the aim of achieving a just and lasting peace.
        He condemned the Russian air strikes against Ukraine's energy infrastructure and civilian targets.
        The Chancellor warned that the deployment of North Korean troops to fight against Ukraine would mean a serious escalation and expansion of the conflict.
        The Chancellor and the President agreed to stay in contact.
        """

    private func kremlinTopics(servesOne: Bool) throws -> Set<String> {
        let documents = try [Self.kremlin, Self.berlin].enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
        }
        var engine = try InstalledEncoder.engine()
        engine.semantic!.parameters.counterpartServesOne = servesOne
        let analysis = engine.analyse(documents)
        return Set(analysis.topics.filter { $0.occurrences.contains { $0.version == 0 } }.map(\.id))
    }

    func testOneSentenceIsTheCounterpartOfOneSentenceOnly() throws {
        let without = try kremlinTopics(servesOne: false)
        XCTAssertTrue(without.contains("korea") || without.contains("troops"),
                      "without the rule the crisis sentence took Berlin's subjects: the test proves nothing (\(without))")
        let with = try kremlinTopics(servesOne: true)
        XCTAssertFalse(with.contains("korea"), "North Korea is only in Berlin's account: \(with)")
        XCTAssertFalse(with.contains("troops"), "troops are only in Berlin's account: \(with)")
        XCTAssertTrue(with.contains("energy"), "the Kremlin's 'energy sector' is the energy topic: \(with)")
    }

    /// A translation says all its original does: an OSINT analyst's Kremlin readout and its
    /// English version. "…передаст Украине 23 тяжелораненых военнослужащих…" carries Ukraine
    /// and troops, its translation Ukraine alone ("servicemen" is no alias); linked on Ukraine,
    /// the translation was lent nothing, and the brief said the troops were "only in Kremlin
    /// RU" though the two sentences are one.
    func testATranslationCarriesEveryTopicOfItsOriginal() throws {
        let russian = """
            Состоялся телефонный разговор Владимира Путина с Президентом Соединённых Штатов Америки Дональдом Трампом.
            Лидеры продолжили подробный и откровенный обмен мнениями по ситуации вокруг Украины.
            Было условлено, что 19 марта Россия и Украина произведут обмен военнопленными — 175 на 175. Кроме того, в качестве жеста доброй воли российская сторона передаст Украине 23 тяжелораненых военнослужащих, находящихся на излечении в российских медицинских учреждениях.
            Президенты договорились оставаться на связи по всем затронутым вопросам.
            """
        let english = """
            Vladimir Putin had a telephone conversation with President of the United States of America Donald Trump.
            The leaders continued a detailed and frank exchange of views on the situation around Ukraine.
            It was agreed that on March 19, Russia and Ukraine would exchange prisoners of war, 175 for 175. In addition, as a gesture of goodwill, the Russian side will hand over to Ukraine 23 seriously wounded servicemen who are being treated in Russian medical facilities.
            The Presidents agreed to stay in touch on all the issues discussed.
            """
        func troops(whole: Double) throws -> [Int]? {
            let documents = try [russian, english].enumerated().map { index, text in
                try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
            }
            var engine = try InstalledEncoder.engine()
            engine.semantic!.parameters.counterpartWhole = whole
            return engine.analyse(documents).topic(id: "troops")?.versions
        }
        XCTAssertEqual(try troops(whole: 2), [0], "without the rule the translation has no troops: the test proves nothing")
        XCTAssertEqual(try troops(whole: SemanticParameters().counterpartWhole), [0, 1], "the translation speaks of the servicemen too")
    }
}
