import ReadoutsFixtures
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

    /// With `lendsAtMost` unbounded by default: Berlin's sentence on North Korean troops names
    /// two subjects the Kremlin lacks, and a sentence of several lends none
    /// (`testASentenceOfSeveralMissingTopicsLendsNone`), which alone would hide what this rule does.
    /// `nearestTakesNone` off by default: it would hide this rule too.
    private func kremlinTopics(servesOne: Bool, lendsAtMost: Int = .max, nearestTakesNone: Bool = false) throws -> Set<String> {
        let documents = try [Self.kremlin, Self.berlin].enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
        }
        var engine = try InstalledEncoder.engine()
        engine.semantic!.parameters.counterpartServesOne = servesOne
        engine.semantic!.parameters.counterpartLendsAtMost = lendsAtMost
        engine.semantic!.parameters.nearestWithATopicTakesNone = nearestTakesNone
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
        let shipped = try kremlinTopics(servesOne: true, lendsAtMost: SemanticParameters().counterpartLendsAtMost,
                                        nearestTakesNone: SemanticParameters().nearestWithATopicTakesNone)
        XCTAssertFalse(shipped.contains("korea") || shipped.contains("troops"), "as shipped: \(shipped)")
        XCTAssertTrue(shipped.contains("energy"), "as shipped: \(shipped)")
    }

    /// A heading carries no topic by meaning: it is no passage. A journalist's Kremlin readout
    /// of 1 July 2025 showed its title, "…провел телефонный разговор с президентом Франции
    /// Эммануэлем Макроном", as a passage on Ukraine, which the Élysée's account (TASS in
    /// English) alone speaks of.
    func testAHeadingCarriesNoTopicByMeaning() throws {
        let documents = try [MacronPutinCall2025.tassEnglish, MacronPutinCall2025.kremlinRussian].enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
        }
        let analysis = try InstalledEncoder.engine().analyse(documents)
        XCTAssertTrue(analysis.versions[1].sentences[0].isHeading, "the Kremlin's title is a heading")
        let onTitle = analysis.topics.filter { $0.occurrences.contains { $0.version == 1 && $0.sentence == 0 } }.map(\.label)
        XCTAssertFalse(analysis.topics.contains { $0.id == "ukraine" && $0.occurrences.contains { $0.version == 1 } },
                       "Ukraine is only in the Élysée's account: \(onTitle)")
    }

    /// A lexicon topic a sentence carries by meaning alone is not lent on through a link of
    /// two sentences that say the same thing whole. A journalist's AFP copy of the Élysée's
    /// account of 1 July 2025 and the Kremlin's English statement: the Élysée's call for a
    /// ceasefire went by meaning to the Kremlin's sentence on the conflict's causes, and from it
    /// to the Élysée's own account of those causes, filed under "cessez-le-feu".
    func testATopicCarriedByMeaningIsNotLentOn() throws {
        let documents = try [MacronPutinCall2025.afpFrench, MacronPutinCall2025.kremlinEnglish].enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
        }
        let analysis = try InstalledEncoder.engine().analyse(documents)
        let causes = try XCTUnwrap(analysis.versions[0].sentences.firstIndex { documents[0].string($0.range).hasPrefix("Pour Vladimir Poutine") })
        let ceasefire = try XCTUnwrap(analysis.topics.first { $0.id == "ceasefire" }, "the Élysée's call for a ceasefire")
        XCTAssertTrue(ceasefire.occurrences.contains { $0.version == 0 && !$0.byMeaning }, "named by its words")
        XCTAssertFalse(ceasefire.occurrences.contains { $0.version == 0 && $0.sentence == causes },
                       "the causes of the conflict are no ceasefire: \(ceasefire.occurrences)")
    }

    /// An unlinked sentence's nearest sentence that speaks of a subject of its own is near for
    /// that subject, and takes none of the sentence's: an analyst's White House and Downing
    /// Street readouts of one call said Northern Ireland was in both, on Downing Street's
    /// sentence about the AI summit, and the Kremlin's list of strategic stability, Iran and
    /// climate took Ukraine from "Russia seized Crimea…".
    func testTheNearestSentenceWithASubjectOfItsOwnTakesNoOther() throws {
        let president = """
            President Alder met today with Prime Minister Brand of the United Kingdom in London.
            The leaders reviewed preparations for the upcoming alliance summit.
            They reaffirmed their support for Ukraine in the face of Russia's aggression.
            They also reviewed developments in Northern Ireland and efforts to ensure further progress there.
            """
        let primeMinister = """
            Prime Minister Brand welcomed President Alder to Downing Street this morning.
            Looking ahead to the alliance summit, the leaders agreed on the need to maintain their support for Ukraine.
            The Prime Minister also updated on the UK's AI Summit, which will be held this autumn, and welcomed the President's strong support for the initiative.
            The leaders agreed on the importance of their friendship.
            """
        func topicsOfThePrimeMinister(nearestTakesNone: Bool) throws -> Set<String> {
            let documents = try [president, primeMinister].enumerated().map { index, text in
                try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
            }
            var engine = try InstalledEncoder.engine()
            engine.semantic!.parameters.nearestWithATopicTakesNone = nearestTakesNone
            let analysis = engine.analyse(documents)
            return Set(analysis.topics.filter { $0.occurrences.contains { $0.version == 1 } }.map(\.id))
        }
        let without = try topicsOfThePrimeMinister(nearestTakesNone: false)
        XCTAssertTrue(without.contains("northern-ireland"),
                      "without the rule the AI sentence took Northern Ireland: the test proves nothing (\(without))")
        let with = try topicsOfThePrimeMinister(nearestTakesNone: SemanticParameters().nearestWithATopicTakesNone)
        XCTAssertFalse(with.contains("northern-ireland"), "Northern Ireland is only in the President's account: \(with)")
        XCTAssertTrue(with.contains("technology") && with.contains("ukraine"), "\(with)")
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

    /// A sentence naming several subjects the other account lacks is a list, and its nearest
    /// sentence there is near for one of them at most. A student's three accounts of the call
    /// of 13 April 2021 (the White House, the Kremlin's English, AP): AP's "…approaches to a
    /// political settlement based on the Minsk agreements" lent both the peace settlement and
    /// the Minsk agreements to the White House's "voiced our concerns over the sudden Russian
    /// military build-up…", which speaks of neither.
    func testASentenceOfSeveralMissingTopicsLendsNone() throws {
        let whiteHouse = """
            President Joseph R. Biden, Jr. spoke today with President Vladimir Putin of Russia. They discussed a number of regional and global issues, including the intent of the United States and Russia to pursue a strategic stability dialogue on a range of arms control and emerging security issues, building on the extension of the New START Treaty.
            President Biden also made clear that the United States will act firmly in defense of its national interests in response to Russia's actions, such as cyber intrusions and election interference.
            President Biden emphasized the United States' unwavering commitment to Ukraine's sovereignty and territorial integrity. The President voiced our concerns over the sudden Russian military build-up in occupied Crimea and on Ukraine's borders, and called on Russia to de-escalate tensions.
            President Biden reaffirmed his goal of building a stable and predictable relationship with Russia consistent with U.S. interests, and proposed a summit meeting in a third country in the coming months to discuss the full range of issues facing the United States and Russia.
            """
        let kremlin = """
            On Tuesday, telephone conversation initiated by the United States took place between Vladimir Putin and Joseph Biden.
            The current state of Russia-US relations and certain pressing items on the international agenda were discussed in detail. Joseph Biden confirmed the previously transmitted invitation to the President of Russia to take part in the virtual Leaders Summit on Climate, which will be held on April 22–23.
            Both presidents expressed their willingness to continue the dialogue on the critical areas of ensuring global security, which would meet the interests not only of Russia and the United States, but the entire international community. In addition, Joseph Biden expressed interest in normalising the state of affairs on the bilateral track and establishing stable and predictable interaction on pressing matters such as ensuring strategic stability and arms control, Iran's nuclear programme, the situation in Afghanistan, and global climate change.
            In this context, the US President suggested considering the possibility of holding a personal summit meeting in the foreseeable future.
            When exchanging views on the internal Ukrainian crisis, Vladimir Putin outlined approaches to a political settlement based on the Minsk Package of Measures.
            It was agreed to instruct the relevant departments to work through the issues raised during the telephone conversation.
            """
        let ap = """
            BRUSSELS — President Joe Biden urged Russian President Vladimir Putin on Tuesday to "de-escalate tensions" after a Russian military buildup on Ukraine's border in their second tense call of Biden's young presidency.
            Biden also told Putin the U.S. would "act firmly in defense of its national interests" regarding Russian cyber intrusions and election interference, according to the White House. Biden proposed a summit in a third country "in the coming months" to discuss the full range of U.S.-Russia issues, the White House said.
            The Biden-Putin relationship has been rocky in the early going of the new U.S. administration. Biden is weighing action against Russia for the SolarWinds hacking campaign, Russian interference in the 2020 presidential election, reports of Russian bounties on U.S. soldiers in Afghanistan and the poisoning and jailing of Russian opposition leader Alexei Navalny.
            There is growing concern in the West about a surge of cease-fire violations in eastern Ukraine, where Russia-backed separatists and Ukrainian forces have been locked in a conflict since Moscow's 2014 annexation of Ukraine's Crimean Peninsula. Biden's call with Putin came as the top U.S. diplomat and the leader of NATO condemned the recent massing of thousands of Russian troops.
            "President Biden emphasized the United States' unwavering commitment to Ukraine's sovereignty and territorial integrity," the White House said in a statement. The White House added that Biden made clear that Russia must "de-escalate tensions."
            The Kremlin in a statement said "during an exchange of opinions on Ukraine's internal political crisis," Putin told Biden about "approaches to a political settlement" based on the Minsk agreements.
            """
        // The nearest sentence's own subjects (`nearestWithATopicTakesNone`) set aside: that
        // rule would hide this one.
        func whiteHouseTopics(lendsAtMost: Int) throws -> Set<String> {
            let documents = try [whiteHouse, kremlin, ap].enumerated().map { index, text in
                try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
            }
            var engine = try InstalledEncoder.engine()
            engine.semantic!.parameters.counterpartLendsAtMost = lendsAtMost
            engine.semantic!.parameters.nearestWithATopicTakesNone = false
            let analysis = engine.analyse(documents)
            return Set(analysis.topics.filter { $0.occurrences.contains { $0.version == 0 } }.map(\.id))
        }
        let without = try whiteHouseTopics(lendsAtMost: .max)
        XCTAssertTrue(without.contains("minsk") || without.contains("peace"),
                      "without the rule AP's sentence lent its subjects: the test proves nothing (\(without))")
        let with = try whiteHouseTopics(lendsAtMost: SemanticParameters().counterpartLendsAtMost)
        XCTAssertFalse(with.contains("minsk"), "the White House does not speak of the Minsk agreements: \(with)")
        XCTAssertFalse(with.contains("peace"), "the White House does not speak of a peace settlement: \(with)")
        XCTAssertTrue(with.contains("meeting"), "both propose a summit: \(with)")
    }
}
