import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// Passages only one version has, found by their words when the encoder does not run
/// (`WordOneSidedPassages`): a new user's mayor and union accounts had nothing one-sided.
final class WordOneSidedPassagesTests: XCTestCase {
    private func documents(_ texts: [String]) throws -> [Document] {
        try texts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
        }
    }

    private let mayor = """
        Mayor Ana Ruiz met the leaders of the transit workers union at City Hall on Tuesday. \
        The city offered a pay rise of four percent over two years. \
        She presented a plan to fund new protected bike lanes on Main Street. \
        Both parties agreed to meet again on Friday with a mediator.
        """
    private let union = """
        The union's negotiating team met Mayor Ana Ruiz at City Hall on Tuesday. \
        The union rejected the city's offer of four percent over two years. \
        The union raised the growing number of assaults on night-shift drivers and demanded safety screens. \
        A new round of talks with a mediator is set for Friday.
        """

    func testASentenceSharingNoWordsIsOneSided() throws {
        let documents = try self.documents([mayor, union])
        let analysis = TopicEngine().analyse(documents)
        let oneSided = analysis.topics.filter(\.isOneSided)
        let bikeLanes = try XCTUnwrap(oneSided.first { $0.occurrences.first?.version == 0 }, "\(analysis.topics.map(\.label))")
        XCTAssertEqual(bikeLanes.occurrences.map(\.sentence), [2])
        XCTAssertTrue(bikeLanes.occurrences.allSatisfy(\.byMeaning), "no word of it coloured")
        let assaults = try XCTUnwrap(oneSided.first { $0.occurrences.first?.version == 1 })
        XCTAssertEqual(assaults.occurrences.map(\.sentence), [2])
        // The linked subjects (the offer, Friday's talks) are not one-sided.
        XCTAssertEqual(oneSided.count, 2, "\(oneSided.map(\.label))")
    }

    /// Words say nothing across languages: a French version against an English one has no
    /// passage one-sided by its words.
    func testVersionsInTwoLanguagesAreNotReadSo() throws {
        let french = "La maire a rencontré les syndicats mardi. Elle a présenté un plan de pistes cyclables protégées sur la rue principale."
        let documents = try self.documents([french, union])
        XCTAssertTrue(TopicEngine().analyse(documents).topics.filter { $0.occurrences.allSatisfy(\.byMeaning) }.isEmpty)
    }

    /// A sentence naming the agency a version credits is about the report, not a subject:
    /// "TASS a rassemblé les principaux points connus de la conversation" was a passage
    /// "only in Kremlin" of the bundled readouts.
    func testASentenceAboutTheReportIsNoPassage() throws {
        let analysis = TopicEngine(lexicons: [.international]).analyse(BundledReadouts.documents())
        let kremlin = try XCTUnwrap(analysis.versions.first)
        let tass = try XCTUnwrap(kremlin.sentences.firstIndex { BundledReadouts.documents()[0].string($0.range).contains("TASS a rassemblé") })
        XCTAssertFalse(analysis.topics.contains { topic in topic.isOneSided && topic.occurrences.contains { $0.version == 0 && $0.sentence == tass } },
                       "\(analysis.topics.map(\.label))")
        XCTAssertTrue(analysis.topics.contains { $0.label == "expulsions massives" }, "other passages only the Kremlin has stay")
    }
}
