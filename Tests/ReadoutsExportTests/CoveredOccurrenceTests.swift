import Foundation
import ReadoutsReader
import ReadoutsText
import ReadoutsTopics
import XCTest

@testable import ReadoutsExport

/// A topic's word inside another topic's phrase ("Zaporizhzhia", an alias of Ukraine, in
/// "Zaporizhzhia nuclear power plant", one of nuclear safety) is the phrase's in every
/// export, as in the reader: a fact-checker's brief said "Élysée, 5 passages" on Ukraine,
/// quoting the plant's sentence, where the topic list and the page said 4, and the JSON
/// listed that sentence too.
final class CoveredOccurrenceTests: XCTestCase {
    static let lexicon = """
        [topic.ukraine]
        label = "Ukraine"
        en = ["Ukraine", "Zaporizhzhia"]

        [topic.nuclear]
        label = "nuclear safety"
        en = ["Zaporizhzhia nuclear power plant"]
        """

    func fixture() throws -> (documents: [Document], analysis: Analysis) {
        let texts = ["The presidents discussed Ukraine at length. The safety of the Zaporizhzhia nuclear power plant was raised.",
                     "Ukraine was the main subject of the call. Both leaders spoke of the Zaporizhzhia nuclear power plant."]
        let documents = try texts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false, label: index == 0 ? "Kremlin" : "Élysée")
        }
        let engine = TopicEngine(lexicons: [try Lexicon.parse(Self.lexicon, file: "test.toml")])
        return (documents, engine.analyse(documents))
    }

    func testTheBriefAndTheJSONCountWhatTheReaderCounts() throws {
        let (documents, analysis) = try fixture()
        let ukraine = try XCTUnwrap(analysis.topics.firstIndex { $0.id == "ukraine" })
        XCTAssertTrue(analysis.topics[ukraine].occurrences.contains { documents[$0.version].string($0.range) == "Zaporizhzhia" },
                      "the engine finds the inner word")
        let reader = TopicIndex(analysis, documents: documents)
        XCTAssertEqual([0, 1].map { reader.occurrenceCount(of: ukraine, in: $0) }, [1, 1], "the reader counts one passage a version")

        let brief = ReportFixtures.markdown(documents, analysis)
        let section = try XCTUnwrap(brief.components(separatedBy: "\n### Ukraine\n").dropFirst().first?.components(separatedBy: "\n### ").first)
        XCTAssertTrue(section.contains("**Kremlin**, 1 passage:") && section.contains("**Élysée**, 1 passage:"), section)
        XCTAssertFalse(section.contains("nuclear power plant"), "the plant's sentence is no passage on Ukraine: \(section)")
        XCTAssertFalse(brief.contains("**Zaporizhzhia** nuclear"), "the word is bold as the plant's: \(brief)")
        XCTAssertTrue(brief.contains("**Zaporizhzhia nuclear power plant**"), brief)

        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(exportJSON(documents: documents, analysis: analysis).utf8)) as? [String: Any])
        let topics = try XCTUnwrap(json["topics"] as? [[String: Any]])
        let occurrences = try XCTUnwrap(topics.first { $0["id"] as? String == "ukraine" }?["occurrences"] as? [[String: Any]])
        XCTAssertEqual(occurrences.compactMap { $0["text"] as? String }, ["Ukraine", "Ukraine"])
        // Every topic, every version: the brief's and the JSON's passages are the reader's.
        for (topic, entry) in topics.enumerated() {
            for version in documents.indices {
                let id = analysis.versions[version].id
                let sentences = Set((entry["occurrences"] as? [[String: Any]] ?? []).filter { $0["version"] as? String == id }.compactMap { $0["sentence"] as? Int })
                XCTAssertEqual(sentences.count, reader.occurrenceCount(of: topic, in: version), "\(entry["id"]!) in \(id)")
            }
        }
    }

    /// The exports' rule is the reader's: on the bundled readouts and on overlapping
    /// occurrences of every shape, what is left counts as `TopicIndex` counts.
    func testTheRuleIsTheReaders() throws {
        let (documents, shared) = try fixture()
        var analysis = shared
        // Nested, partly overlapping, identical, by meaning, and covered by two together.
        let spans: [(Int, Range<Int>, Bool)] = [(0, 4..<20, false), (1, 6..<10, false), (2, 15..<30, false), (3, 4..<20, false),
                                                (4, 8..<8, true), (5, 18..<29, false), (6, 50..<60, false), (7, 52..<58, false)]
        analysis.topics = spans.map { topic, range, byMeaning in
            Analysis.Topic(id: "t\(topic)", label: "t\(topic)", origin: .automatic,
                           occurrences: [.init(version: 1, sentence: range.lowerBound < 42 ? 0 : 1, range: range, byMeaning: byMeaning)])
        }
        for case let (documents, analysis) in [(documents, analysis), ReportFixtures.bundled] {
            let reader = TopicIndex(analysis, documents: documents)
            let shown = analysis.withoutCoveredOccurrences()
            for (topic, entry) in shown.topics.enumerated() {
                for version in documents.indices {
                    let sentences = Set(entry.occurrences.filter { $0.version == version && !analysis.versions[version].sentences[$0.sentence].isHeading }.map(\.sentence))
                    XCTAssertEqual(sentences.count, reader.occurrenceCount(of: topic, in: version), "\(entry.id) in \(version)")
                }
            }
        }
        XCTAssertEqual(analysis.withoutCoveredOccurrences().topics.map(\.occurrences.count), [1, 0, 1, 0, 1, 0, 1, 0])
    }
}
