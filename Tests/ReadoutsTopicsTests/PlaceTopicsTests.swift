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
