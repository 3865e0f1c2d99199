import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// Sentences linked to nothing that speak of the accounts themselves (a readout, a press
/// release, the agency a version credits) are told apart from what one side said alone.
final class ReportSentencesTests: XCTestCase {
    func testSentencesAboutTheReportsAreToldApart() throws {
        let a = try DocumentLoader.load(bytes: Array("""
            ---
            source: Kremlin press service, as reported by RIA Novosti
            ---
            Les deux présidents ont longuement évoqué l'accord sur les céréales.
            RIA Novosti a rassemblé ce que l'on sait de l'échange.
            Selon le communiqué du Kremlin, les présidents se reparleront bientôt.
            """.utf8), name: "a.md", markdown: true)
        let b = try DocumentLoader.load(bytes: Array("""
            The two presidents discussed the grain deal and the Black Sea shipping corridor at length.
            It later issued a terse readout of the call, four lines long.
            The President also raised the case of a detained journalist with his counterpart.
            """.utf8), name: "b.txt", markdown: false)
        let analysis = TopicEngine(lexicons: []).analyse([a, b])
        let unlinked = analysis.sentencesLinkedToNothing(documents: [a, b])
        let reports = analysis.sentencesLinkedToNothingByKind(documents: [a, b]).reports
        XCTAssertTrue(Set(unlinked[0]).isSuperset(of: [1, 2]) && Set(unlinked[1]).isSuperset(of: [1, 2]), "the test proves nothing: \(unlinked)")
        XCTAssertEqual(reports[0], [1], "the agency the source credits; what a communiqué is said to say is no report")
        XCTAssertEqual(reports[1], [1], "a readout named; the journalist is what one side said alone")
    }
}
