import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// A sentence another version has word for word is not "linked to nothing", linked or not:
/// a journalist's two drafts of the Federalist Papers had 84 `o` stops, 83 of them lines
/// both drafts repeat ("To the People of the State of New York:", 22 times in each), and a
/// paragraph moved between two drafts of a declaration was "linked to nothing" in both.
final class LinkedToNothingTests: XCTestCase {
    static func papers(deleting deleted: Bool) -> String {
        (1...6).map { n in
            var paper = ["To the People of the State of New York:",
                         "Paper \(n) weighs the \(["union", "militia", "treaty", "taxes", "courts", "senate"][n - 1]) of the states."]
            if n == 3, !deleted { paper.append("A torrent of angry and malignant passions will be let loose.") }
            return paper.joined(separator: "\n\n")
        }.joined(separator: "\n\n")
    }

    func testALineBothVersionsRepeatIsNotListed() throws {
        let documents = try [Self.papers(deleting: false), Self.papers(deleting: true)].enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "d\(index).txt", markdown: false)
        }
        let analysis = TopicEngine(lexicons: []).analyse(documents)
        let salutation = try XCTUnwrap(analysis.versions[0].sentences.indices.first {
            documents[0].string(analysis.versions[0].sentences[$0].range) == "To the People of the State of New York:"
        })
        var held = Set<Int>()
        for link in analysis.links {
            for end in [link.from, link.to] where end.version == 0 { held.insert(end.sentence) }
        }
        for topic in analysis.topics {
            for occurrence in topic.occurrences where occurrence.version == 0 { held.insert(occurrence.sentence) }
        }
        XCTAssertFalse(held.contains(salutation), "the salutation is linked or in a topic: the test proves nothing")
        let listed = analysis.sentencesLinkedToNothing(documents: documents)
        let salutations = analysis.versions[0].sentences.indices.filter {
            documents[0].string(analysis.versions[0].sentences[$0].range) == "To the People of the State of New York:"
        }
        XCTAssertEqual(salutations.count, 6)
        XCTAssertTrue(Set(listed[0]).isDisjoint(with: salutations), "\(listed[0])")
        XCTAssertEqual(listed[1], [], "every sentence of the second draft is in the first")

    }

    /// White space aside: a sentence re-wrapped is the same sentence.
    func testTheFingerprintReadsWhiteSpaceRunsAsOneSpace() throws {
        let text = ScalarText(" To the  People\n of New York: ")
        let other = ScalarText("To the People of New York:")
        XCTAssertEqual(SentenceFingerprint.of(text, 0..<text.count), SentenceFingerprint.of(other, 0..<other.count))
        XCTAssertNotEqual(SentenceFingerprint.of(other, 0..<other.count - 1), SentenceFingerprint.of(other, 0..<other.count))
        // A subsection renumbered after a deleted one is the same sentence, as `J` reads it.
        let third = ScalarText("(3) The Authority shall publish a report.")
        let second = ScalarText("(2) The Authority shall publish a report.")
        XCTAssertEqual(SentenceFingerprint.of(third, 0..<third.count), SentenceFingerprint.of(second, 0..<second.count))
    }
}
