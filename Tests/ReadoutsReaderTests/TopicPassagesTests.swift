import ReadoutsText
import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// The reader says "only in" and "not in" by passages, as the brief, the page and the JSON
/// do (`Analysis.passageCounts`): a topic whose word in a version is in its title alone is
/// not in that version. A Berlin correspondent's topic "hat heute" was "only in" the German
/// release in the brief, and in both versions in the reader, by the White House title's "Joe".
final class TopicPassagesTests: XCTestCase {
    func testATopicInAVersionsTitleAloneIsOnlyInTheOther() throws {
        let documents = [Fixtures.document("# Call with the Chancellor\n\nThe leaders discussed gas supplies to Europe. They agreed on sanctions.\n", label: "A"),
                         Fixtures.document("# Readout on gas supplies\n\nThe leaders talked about the war.\n", label: "B")]
        let versions = Fixtures.versions(of: documents)
        XCTAssertTrue(versions[1].sentences[0].isHeading)
        let inA = Fixtures.range(of: "gas supplies", in: documents[0])
        let inTitle = Fixtures.range(of: "gas supplies", in: documents[1])
        let aSentence = try XCTUnwrap(versions[0].sentences.first { $0.range.contains(inA.lowerBound) }?.index)
        let gas = Analysis.Topic(id: "gas", label: "gas supplies", origin: .automatic,
                                 occurrences: [.init(version: 0, sentence: aSentence, range: inA), .init(version: 1, sentence: 0, range: inTitle)])
        let index = TopicIndex(Analysis(versions: versions, topics: [gas], links: [], isComplete: true), documents: documents)
        XCTAssertTrue(index.isOneSided[0], "a title's words are no passage")
        XCTAssertEqual(index.missingFrom[0], [1])
        XCTAssertEqual(index.firstVersion(of: 0), 0, "only in A, where its passage is")
        XCTAssertEqual(Analysis(versions: versions, topics: [gas], links: [], isComplete: true).passageCounts(versions: 2), [[1, 0]],
                       "as the reports count it")
    }
}
