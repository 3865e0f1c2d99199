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

    /// "The two leaders shared the view that…" and "The two leaders held an exchange of
    /// views on…" say how a readout reports, not a subject: the two sentences, on the Arctic
    /// and on steel tariffs, do not link, while the sentences sharing a subject still do.
    func testSharingAViewIsNotASubject() throws {
        let a = try DocumentLoader.load(bytes: Array("The Prime Minister spoke with the Chancellor about fishing quotas in the Baltic. The two leaders shared the view that the Arctic must remain a zone of low tension. They agreed to meet at the summit in June.".utf8), name: "a.txt", markdown: false)
        let b = try DocumentLoader.load(bytes: Array("The Chancellor and the Prime Minister discussed fishing quotas in the Baltic. The two leaders held a frank exchange of views on steel tariffs. A meeting at the June summit was agreed.".utf8), name: "b.txt", markdown: false)
        let links = TopicEngine(lexicons: []).analyse([a, b]).links.map { [$0.from.sentence, $0.to.sentence] }
        XCTAssertEqual(links, [[0, 0], [2, 2]])
    }
}
