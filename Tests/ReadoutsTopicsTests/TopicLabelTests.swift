import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// Topic ids and labels are shown in the reader and written by the export: the ones from
/// a lexicon are outside text and get the document-text treatment, and every label is
/// bounded like a version's.
final class TopicLabelTests: XCTestCase {
    func testLexiconIdsAndLabelsAreSanitisedWhereverTheyAreUsed() throws {
        let topic = Lexicon.Topic(id: "cy\u{9B}ber\u{202E}", labels: ["": "cyber\u{1B}]2;x\u{07}\nline"],
                                  aliases: [.french: ["cybersécurité"]])
        let documents = ["La cybersécurité a été discutée.", "Ils ont parlé de cybersécurité."].enumerated().map { index, text in
            try! DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
        }
        let analysis = TopicEngine(lexicons: [Lexicon(name: "mine", topics: [topic])]).analyse(documents)
        let found = try XCTUnwrap(analysis.topics.first { $0.origin == .lexicon })
        XCTAssertEqual(found.id, "cy␦ber␦")
        XCTAssertEqual(found.label, "cyber␛]2;x␇␊line")
        let linkTopics = analysis.links.flatMap { $0.topics + $0.evidence.compactMap(\.topic) }
        XCTAssertFalse(linkTopics.isEmpty, "the versions are linked by the topic")
        XCTAssertTrue(linkTopics.allSatisfy { $0 == "cy␦ber␦" }, "\(linkTopics)")
    }

    func testAnAutomaticTopicsLabelIsBounded() {
        let word = String(repeating: "x", count: 100_000)
        let topic = TopicGrouper.automaticTopic(key: word, surface: word)
        XCTAssertEqual(topic.label.count, DisplayLabel.maximumLength)
        XCTAssertEqual(topic.id, "auto:" + word, "the id stays whole: it names the key")
    }
}
