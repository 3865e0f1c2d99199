import ReadoutsText
@testable import ReadoutsTopics
import XCTest

/// Where a sentence says where its words come from rather than what it is about
/// (`SentenceAsides`): no topic's name is looked for there.
final class SentenceAsidesTests: XCTestCase {
    private func asides(_ text: String, _ language: Language) throws -> [String] {
        let document = try DocumentLoader.load(bytes: Array(text.utf8), name: "a.txt", markdown: false, label: "a")
        var preparer = VersionPreparer(keys: Vocabulary(), key2s: Vocabulary())
        let version = try XCTUnwrap(preparer.prepare(document, language: language))
        return SentenceAsides.ranges(version, document, sentence: 0).map { document.string($0) }
    }

    func testBracketsAndSourcesAreAsides() throws {
        XCTAssertEqual(try asides("TOKYO (Jiji Press) — The two leaders agreed to work together on security.", .english), ["(Jiji Press)"])
        XCTAssertEqual(try asides("According to a GOJ briefing, the two leaders reaffirmed the 1956 joint declaration.", .english),
                       ["According to a GOJ briefing"])
        XCTAssertEqual(try asides("По словам источника, стороны обсудили поставки зерна.", .russian), ["По словам источника"])
        XCTAssertEqual(try asides("Со ссылкой на пресс-службу Кремля, стороны обсудили поставки зерна.", .russian),
                       ["Со ссылкой на пресс-службу Кремля"])
    }

    /// A short last clause that a word of attribution opens or closes is the source; a long
    /// one, or one a verb of the readouts' voice opens ("welcoming", "important"), is matter.
    func testAnAttributionTailIsAnAside() throws {
        XCTAssertEqual(try asides("Les dirigeants ont évoqué le programme nucléaire iranien, a annoncé la présidence française.", .french),
                       [" a annoncé la présidence française."])
        XCTAssertEqual(try asides("Merkel discussed a number of international topics, German government spokesman Steffen Seibert said.",
                                  .english), [" German government spokesman Steffen Seibert said."])
        XCTAssertEqual(try asides("On defence, the leaders discussed deeper cooperation, welcoming the progress of the Global Combat Air Programme.",
                                  .english), [])
        XCTAssertEqual(try asides("Now was an important moment for democracies, and it was important that autocracies were sent a message.",
                                  .english), [])
        XCTAssertEqual(try asides("Путин, в свою очередь, отметил важность сотрудничества в энергетике.", .russian), [],
                       "the predicate after an aside is the matter")
        XCTAssertEqual(try asides("Kishida, for his part, said Japan backs the summit.", .english), [])
        XCTAssertEqual(try asides("The leaders agreed on the energy projects, and announced a new fund.", .english), [])
        XCTAssertEqual(try asides("They reaffirmed the talks according to the 1956 joint declaration.", .english), [],
                       "within a clause, \"according to\" is \"in keeping with\"")
    }
}
