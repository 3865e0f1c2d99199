import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// The reporting verbs weigh nothing; a noun sharing a verb's stem must keep its weight.
final class ReadoutVocabularyTests: XCTestCase {
    /// "договорились" (agreed) stems to "договор": as a reporting verb it silenced the
    /// Collective Security Treaty ("Договора о коллективной безопасности").
    func testRussianReportingVerbsLeaveTheTreatyItsWeight() throws {
        let keys = Vocabulary()
        var preparer = VersionPreparer(keys: keys, key2s: Vocabulary())
        let text = "Партнеры по Организации Договора о коллективной безопасности подчеркнули единство."
        let document = try DocumentLoader.load(bytes: Array(text.utf8), name: "ru.txt", markdown: false, label: "ru")
        let version = try XCTUnwrap(preparer.prepare(document, language: .russian))
        let silent = TopicEngine.keySet(ReadoutVocabulary.reportingVerbs, [version], keys, &preparer)
        let normaliser = Normaliser(language: .russian)
        let treaty = try XCTUnwrap(normaliser.normalise(word: "договора")?.key)
        let stressed = try XCTUnwrap(normaliser.normalise(word: "подчеркнули")?.key)
        XCTAssertFalse(silent.contains(keys.intern(treaty)), "the treaty is silenced as a reporting verb")
        XCTAssertTrue(silent.contains(keys.intern(stressed)), "a reporting verb still weighs nothing")
    }
}
