import ReadoutsText
import ReadoutsTOML
import XCTest
@testable import ReadoutsTopics

/// A place (`place = true`: a region, a sea, a country) is never given by meaning alone to
/// a sentence that names another place. A journalist's trial with the Kremlin's Russian and
/// the White House's English readouts of the call of 18 March 2025: the Kremlin's "…the
/// Middle East and the Red Sea…" was the Black Sea's passage there, by meaning, and the
/// brief said both sides spoke of the Black Sea.
final class PlaceTopicsTests: XCTestCase {
    static let kremlin = """
        Дональд Трамп поддержал идею о взаимном отказе сторон конфликта на 30 дней от ударов по объектам энергетической инфраструктуры.

        Президенты обсудили ход взаимодействия по нормализации работы посольств двух стран.

        Обсуждались также другие вопросы международной повестки, включая ситуацию на Ближнем Востоке и в районе Красного моря, где стороны договорились совместно работать над стабилизацией обстановки.

        Затронута тема нераспространения ядерного оружия и глобальной стратегической стабильности.
        """
    static let whiteHouse = """
        The leaders discussed the Middle East as a region of potential cooperation to prevent future conflicts.

        They further discussed the need to stop proliferation of strategic weapons.

        The leaders agreed that the movement to peace will begin with an energy and infrastructure ceasefire, as well as technical negotiations on implementation of a maritime ceasefire in the Black Sea, full ceasefire and permanent peace.

        The two leaders shared the view that Iran should never be in a position to destroy Israel.
        """

    /// `lendsAtMost` unbounded unless given: the White House's sentence names the Black Sea
    /// and a ceasefire, two topics the Kremlin lacks, and a sentence of several lends none
    /// (`SemanticParameters.counterpartLendsAtMost`), which would hide the rules asked here.
    private func blackSeaInTheKremlin(_ lexicon: Lexicon, partnerWithATopicTakesNone: Bool = true,
                                      lendsAtMost: Int = .max) throws -> [Int] {
        let documents = try [Self.kremlin, Self.whiteHouse].enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).md", markdown: true)
        }
        var engine = try InstalledEncoder.engine(lexicons: [lexicon])
        engine.semantic?.parameters.partnerWithATopicTakesNone = partnerWithATopicTakesNone
        engine.semantic?.parameters.counterpartLendsAtMost = lendsAtMost
        let analysis = try engine.analyse(documents)
        let blackSea = try XCTUnwrap(analysis.topic(id: "black-sea"), "the White House names the Black Sea")
        XCTAssertTrue(blackSea.occurrences.contains { $0.version == 1 })
        return blackSea.occurrences.filter { $0.version == 0 }.map(\.sentence)
    }

    func testARedSeaSentenceIsNoBlackSeaPassage() throws {
        XCTAssertEqual(try blackSeaInTheKremlin(.international, lendsAtMost: SemanticParameters().counterpartLendsAtMost), [],
                       "as shipped, the Black Sea is only in the White House")
        XCTAssertEqual(try blackSeaInTheKremlin(.international), [], "the Black Sea is only in the White House")
        XCTAssertEqual(try blackSeaInTheKremlin(.international, partnerWithATopicTakesNone: false), [], "the place rule alone keeps it out")
        // Without the places, the Red Sea sentence was the Black Sea's by meaning (a linked
        // partner with the Middle East as a topic of its own now takes none either: that rule
        // is set aside to show this one).
        var placeless = Lexicon.international
        for index in placeless.topics.indices { placeless.topics[index].isPlace = false }
        XCTAssertEqual(try blackSeaInTheKremlin(placeless), [], "the partner rule alone keeps the Black Sea out")
        XCTAssertFalse(try blackSeaInTheKremlin(placeless, partnerWithATopicTakesNone: false).isEmpty,
                       "the rule, not the fixture, keeps the Black Sea out")
    }

    /// Two sentences about two places are not one subject however many words they share:
    /// the White House's "…supporting the people of Ukraine…" and Canada's "…support for
    /// Haiti and its people" (the leaders' meeting of 10 January 2023, a judge-like pair) were
    /// linked by "support" and "people". Ukraine is the subject of a quarter of the White
    /// House's sentences, and is still not Haiti.
    func testSentencesAboutDifferentPlacesDoNotLinkByTheirWords() throws {
        let whiteHouse = """
            President Joseph R. Biden, Jr. met today with Prime Minister Justin Trudeau of Canada in Mexico City on the margins of the North American Leaders’ Summit to discuss joint efforts to drive economic competitiveness and inclusive growth, meet ambitious climate commitments, strengthen cooperation on security and defense, and address regional and global challenges, including Russia’s brutal war in Ukraine, instability in Haiti, and irregular migration and forced displacement throughout the region.

            President Biden and Prime Minister Trudeau discussed the generational opportunity to strengthen supply chains for critical minerals, electric vehicles, and semiconductors and to unleash the full economic potential of our shared continent. The two leaders discussed their commitments to take bold action to combat climate change and transform North America into a clean energy powerhouse. President Biden recognized Prime Minister Trudeau for taking decisive steps to promote global energy security.

            As leading democracies and NATO Allies, President Biden and Prime Minister Trudeau discussed defense and security cooperation to meet 21st-century challenges, promote collective security and prosperity, and uphold a rules-based international system. They reaffirmed their commitment to stand up for our shared values around the world, including supporting the people of Ukraine as they defend themselves against Russia’s brutal aggression. President Biden thanked Prime Minister Trudeau for Canada’s partnership in providing security, economic, and humanitarian assistance for Ukraine. The two leaders discussed the importance of ensuring the continued defense and security of North America through support for the binational North American Aerospace Defense Command (NORAD).

            President Biden and Prime Minister Trudeau also discussed the security and humanitarian situation in Haiti.
            """
        let canada = """
            Today, Prime Minister Justin Trudeau met with the President of the United States of America, Joe Biden, at the North American Leaders’ Summit in Mexico City, Mexico.

            The Prime Minister and the President discussed a wide range of bilateral and global issues.

            Prime Minister Trudeau invited President Biden to Canada. The President will visit Canada in March.

            The two leaders discussed the critical importance of North American trade, competitiveness, and supply chains, including critical minerals and semiconductors.

            Specifically on trade, the Prime Minister reiterated the benefits of the free flow of commerce between Canada and the United States. The Prime Minister raised Buy America, softwood lumber, and steel and aluminum.

            The leaders noted progress to fix the NEXUS backlog. The Minister of Public Safety, Marco E. L. Mendicino, will share details later today.

            The Prime Minister and the President discussed their shared commitment to the defence of North America, including Canada’s acquisition of F-35 fighter jets for the Royal Canadian Air Force. The leaders discussed Putin’s ongoing illegal invasion of Ukraine. The Prime Minister informed the President that Canada will purchase a U.S.-manufactured National Advanced Surface-to-Air Missile System (NASAMS) for Ukraine.

            The leaders also discussed the ongoing crisis in Haiti, and their mutual commitment to work together to support Haitian-led solutions, promote dialogue toward democratic elections, and enhance effective law enforcement capacity. The leaders committed to continuing bilateral and hemispheric support for Haiti and its people.

            The Prime Minister and the President discussed their mutual commitment to tackling the climate crisis.

            The leaders also discussed China and a coordinated approach to the Indo-Pacific.
            """
        let documents = try [whiteHouse, canada].enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).md", markdown: true)
        }
        func links(placeClash: Double) throws -> [(Int, Int)] {
            var engine = try InstalledEncoder.engine()
            engine.semantic?.parameters.placeClash = placeClash
            // The rule alone: the filter after it (`LinkStandOut`) drops this link too.
            engine.semantic?.parameters.linksMustStandOut = false
            return engine.analyse(documents).links.filter { $0.from.version == 0 && $0.to.version == 1 }.map { ($0.from.sentence, $0.to.sentence) }
        }
        let (ukraine, haiti) = (5, 13)
        let shipped = try links(placeClash: SemanticParameters().placeClash)
        XCTAssertFalse(shipped.contains { $0 == (ukraine, haiti) }, "\(shipped)")
        XCTAssertTrue(shipped.contains { $0 == (8, 12) || $0 == (8, 13) }, "Haiti is still linked to Haiti: \(shipped)")
        XCTAssertTrue(shipped.contains { $0.0 == ukraine && [10, 11].contains($0.1) }, "and Ukraine to Ukraine: \(shipped)")
        let without = try links(placeClash: 0)
        XCTAssertTrue(without.contains { $0 == (ukraine, haiti) }, "the rule, not the fixture, keeps them apart: \(without)")
    }

    func testPlaceIsReadFromTheLexicon() throws {
        let lexicon = try Lexicon.parse("[topic.arctic]\nlabel = \"Arctic\"\nen = [\"Arctic\"]\nplace = true\n", file: "user.toml")
        XCTAssertEqual(lexicon.topics.first?.isPlace, true)
        XCTAssertEqual(try Lexicon.parse("[topic.a]\nlabel = \"a\"\nen = [\"a\"]\n", file: "user.toml").topics.first?.isPlace, false)
        XCTAssertThrowsError(try Lexicon.parse("[topic.a]\nlabel = \"a\"\nen = [\"a\"]\nplace = \"yes\"\n", file: "user.toml")) { error in
            XCTAssertEqual((error as? LocatedError)?.description, "user.toml:4:1: 'place' must be true or false")
        }
        let places = Set(Lexicon.international.topics.filter(\.isPlace).map(\.id))
        XCTAssertTrue(places.isSuperset(of: ["black-sea", "middle-east", "ukraine"]), "\(places)")
        XCTAssertFalse(places.contains("iran"), "Iran's nuclear programme is a subject: the Middle East may be said of it")
    }
}
