import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// A lexicon topic of several subjects is named by those its passages named: an analyst read
/// "Chine et Indo-Pacifique — only in Élysée" of a passage on the Indo-Pacific alone.
final class LexiconLabelPartsTests: XCTestCase {
    private func label(_ id: String, _ texts: [String]) throws -> String? {
        let documents = try texts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
        }
        return TopicEngine(lexicons: [.international]).analyse(documents).topic(id: id)?.label
    }

    func testALabelIsSplitAtItsConjunctionsAndJoinedBack() {
        XCTAssertEqual(LexiconLabelParts.parts(of: "China and the Indo-Pacific"), ["China", "Indo-Pacific"])
        XCTAssertEqual(LexiconLabelParts.parts(of: "cybersecurity, cybercrime and ransomware"), ["cybersecurity", "cybercrime", "ransomware"])
        XCTAssertEqual(LexiconLabelParts.parts(of: "Китай и Индо-Тихоокеанский регион"), ["Китай", "Индо-Тихоокеанский регион"])
        XCTAssertEqual(LexiconLabelParts.parts(of: "accords de Minsk"), ["accords de Minsk"])
        XCTAssertEqual(LexiconLabelParts.parts(of: "China und Indopazifik"), ["China", "Indopazifik"])
        // Spanish "y", and "e" before an "i" sound.
        XCTAssertEqual(LexiconLabelParts.parts(of: "sanciones y medidas económicas"), ["sanciones", "medidas económicas"])
        XCTAssertEqual(LexiconLabelParts.parts(of: "China e Indopacífico"), ["China", "Indopacífico"])
        XCTAssertEqual(LexiconLabelParts.joined(["tecnología", "inteligencia artificial"], language: .spanish), "tecnología e inteligencia artificial")
        XCTAssertEqual(LexiconLabelParts.joined(["aliados", "socios"], language: .spanish), "aliados y socios")
        XCTAssertEqual(LexiconLabelParts.joined(["A", "B", "C"], language: .french), "A, B et C")
    }

    /// A topic only versions of one language have is named in that language, not the first
    /// version's: a fact-checker read "мирное урегулирование — only in Élysée" over English.
    func testATopicOfOneLanguageIsNamedInIt() throws {
        let texts = ["Владимир Путин и Эммануэль Макрон обсудили ситуацию вокруг Украины. Стороны договорились продолжить контакты.",
                     "The two presidents discussed Ukraine. President Macron called for a lasting peace settlement and a ceasefire."]
        XCTAssertEqual(try label("peace", texts), "peace settlement")
        XCTAssertEqual(try label("peace", texts.reversed()), "peace settlement")
        XCTAssertEqual(try label("ukraine", texts), "Украина", "a topic of both versions keeps the first one's language")
    }

    func testOnlyTheSubjectsNamedNameTheTopic() throws {
        let indoPacific = ["The leaders discussed the Indo-Pacific and maritime security. They spoke about fishing quotas.",
                           "The two presidents reviewed cooperation in the Indo-Pacific. Trade was also raised."]
        XCTAssertEqual(try label("china", indoPacific), "Indo-Pacific")
        let sanctions = ["The leaders discussed new sanctions against the regime. They spoke about fishing quotas.",
                         "The presidents agreed that sanctions must stay in place. Trade was also raised."]
        XCTAssertEqual(try label("sanctions", sanctions), "sanctions")
        // Across languages, each version's aliases named the same part of its own label.
        let french = ["Les dirigeants ont évoqué l’Indo-Pacifique et la sécurité maritime. Ils ont parlé de pêche.",
                      "The two presidents reviewed cooperation in the Indo-Pacific. Trade was also raised."]
        XCTAssertEqual(try label("china", french), "Indo-Pacifique")
        // German labels are split at "und": "China und Indopazifik".
        let german = ["Die Regierungschefs sprachen über den Indopazifik und die Lage in der Region. Sie sprachen auch über die Fischerei.",
                      "The two presidents reviewed cooperation in the Indo-Pacific. Trade was also raised."]
        XCTAssertEqual(try label("china", german), "Indopazifik")
    }

    func testEveryPartNamedOrAnAliasOfNoPartKeepsTheWholeLabel() throws {
        let both = ["The leaders discussed China and the Indo-Pacific. They spoke about fishing quotas.",
                    "The two presidents reviewed cooperation in the Indo-Pacific. Trade was also raised."]
        XCTAssertEqual(try label("china", both), "China and the Indo-Pacific")
        // "Beijing" names China without its word: the label cannot tell which part it is.
        let beijing = ["The leaders discussed Beijing's role in the Indo-Pacific. They spoke about fishing quotas.",
                       "The two presidents reviewed cooperation in the Indo-Pacific. Trade was also raised."]
        XCTAssertEqual(try label("china", beijing), "China and the Indo-Pacific")
    }

    /// A place's alias that holds a part's name among more words names another place: a
    /// researcher read "China — only in White House" of "freedom of navigation in the South
    /// China Sea", beside China's own account. Alone, it names the topic; beside another
    /// alias, the whole label is kept.
    func testAPlaceNamedWithinALongerPlaceNameIsNotThatPlace() throws {
        let sea = ["The President stressed freedom of navigation in the South China Sea. They spoke about fishing quotas.",
                   "The two presidents reviewed freedom of navigation in the South China Sea. Trade was also raised."]
        XCTAssertEqual(try label("china", sea), "South China Sea")
        let both = ["The President stressed freedom of navigation in the South China Sea. They spoke about fishing quotas.",
                    "The two presidents reviewed relations with China. Trade was also raised."]
        XCTAssertEqual(try label("china", both), "China and the Indo-Pacific")
    }
}
