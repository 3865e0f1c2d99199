import XCTest
@testable import ReadoutsTopics

/// The index `TopicNaming` asks which lexicon topics a sentence carries when it folds an
/// automatic topic into a lexicon one: each sentence's entries are all there, and only its own.
final class LexiconOccurrenceIndexTests: XCTestCase {
    private func occurrence(_ version: Int, _ sentence: Int, _ start: Int = 0, byMeaning: Bool = false) -> Analysis.Occurrence {
        Analysis.Occurrence(version: version, sentence: sentence, range: start..<(start + 4), byMeaning: byMeaning)
    }

    func testASentenceFindsEveryTopicItCarriesAndOnlyItsOwn() {
        // Topic 0: sanctions, twice in sentence 3 of version 0; topic 1: Ukraine, in sentences
        // 3 of version 0 and 2 of version 1; topic 2: trade, by meaning only, in 3 of version 1.
        let index = LexiconOccurrenceIndex([
            [occurrence(0, 3), occurrence(0, 3, 20), occurrence(1, 7)],
            [occurrence(1, 2), occurrence(0, 3, 9)],
            [occurrence(1, 3, byMeaning: true)],
        ], sentenceCounts: [5, 9])
        let sentenceThree = index.entries(version: 0, sentence: 3)
        XCTAssertEqual(sentenceThree.map(\.topic), [0, 0, 1], "both sanctions hits, then Ukraine's, by topic")
        XCTAssertEqual(sentenceThree.map(\.occurrence), [0, 1, 1], "each entry points at its own occurrence")
        XCTAssertEqual(index.entries(version: 1, sentence: 2).map(\.topic), [1])
        XCTAssertEqual(index.entries(version: 1, sentence: 3).map(\.topic), [2], "an occurrence by meaning is indexed too")
        XCTAssertEqual(index.entries(version: 1, sentence: 7).map(\.topic), [0])
        XCTAssertTrue(index.entries(version: 0, sentence: 2).isEmpty, "sentence 3 of version 0 is not sentence 2's")
        XCTAssertTrue(index.entries(version: 1, sentence: 8).isEmpty, "past the last entry")
        XCTAssertTrue(index.entries(version: 1, sentence: 9).isEmpty, "past the last sentence")
        XCTAssertTrue(index.entries(version: 2, sentence: 0).isEmpty, "a version with no topic")
        XCTAssertTrue(LexiconOccurrenceIndex([], sentenceCounts: []).entries(version: 0, sentence: 0).isEmpty)
    }

    /// Only the sentences naming asks about are indexed, and an occurrence past its version's
    /// sentences (a version shorter than the topic says) is left out rather than misplaced.
    func testOnlyTheSentencesAskedAboutAreIndexed() {
        let index = LexiconOccurrenceIndex([
            [occurrence(0, 1), occurrence(0, 2), occurrence(1, 1), occurrence(1, 4)],
            [occurrence(0, 2, 12), occurrence(1, 0)],
        ], sentenceCounts: [3, 2]) { version, sentence in sentence != 1 }
        XCTAssertEqual(index.entries(version: 0, sentence: 2).map(\.topic), [0, 1])
        XCTAssertEqual(index.entries(version: 1, sentence: 0).map(\.occurrence), [1])
        XCTAssertTrue(index.entries(version: 0, sentence: 1).isEmpty, "not asked about")
        XCTAssertTrue(index.entries(version: 1, sentence: 1).isEmpty, "not asked about")
        XCTAssertEqual(index.entries.count, 3, "sentence 4 of a version of two is nowhere")
    }
}
