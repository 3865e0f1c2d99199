import Foundation
import ReadoutsQuality
import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// A topic found in a sentence by meaning alone is flagged so and spans its whole sentence:
/// no word of it is put forward as the topic's (on an Élysée and a Kremlin account of one
/// call, from dev/, "prochainement" or "établissement" was the Middle East, "Russian" or
/// "Iran-Israel" the ceasefire). The flag goes through the JSON export and the cache.
final class ByMeaningOccurrenceTests: XCTestCase {
    static func analysed(_ name: String) throws -> ([Document], Analysis) {
        let set = try AnnotationSet.load(.dev, root: AnnotationSet.defaultRoot)
        let pair = try XCTUnwrap(set.pairs.first { $0.name == name })
        let documents = try pair.documents()
        return (documents, try InstalledEncoder.engine().analyse(documents))
    }

    /// Ottawa's French account of Carney and Takaichi's meeting, and Kyodo's English: the
    /// energy topic is in Kyodo's "…agreed to deepen bilateral cooperation in wide-ranging
    /// areas including security and energy…" by meaning (annotated as energy in both).
    static func analysedWithEnergyByMeaning() throws -> ([Document], Analysis) {
        try analysed("carney-takaichi-2025-11-01")
    }

    func testOccurrencesByMeaningSpanTheirSentenceAndMarkNoWord() throws {
        let (_, analysis) = try Self.analysedWithEnergyByMeaning()
        let byMeaning = analysis.topics.flatMap { topic in topic.occurrences.filter(\.byMeaning).map { (topic, $0) } }
        XCTAssertTrue(byMeaning.contains { $0.0.id == "energy" && $0.1.version == 1 && $0.1.sentence == 0 },
                      "Kyodo speaks of energy: \(byMeaning.map { ($0.0.id, $0.1.version, $0.1.sentence) })")
        for (topic, occurrence) in byMeaning {
            XCTAssertEqual(occurrence.range, analysis.versions[occurrence.version].sentences[occurrence.sentence].range,
                           "\(topic.id): found by meaning, the whole sentence")
        }
        let (documents, elysee) = try Self.analysed("macron-putin-2025-07-01")
        let words = Set(elysee.topics.flatMap { topic in
            topic.occurrences.filter { !$0.byMeaning }.map { documents[$0.version].string($0.range) }
        })
        for word in ["prochainement", "établissement", "Russian", "Iran-Israel"] {
            XCTAssertFalse(words.contains(word), "\(word) is shown as a topic's word")
        }
    }

    /// A sentence that holds a word of a topic is that topic's by its word, once: never also
    /// "by meaning" (on these dev pairs a link by meaning alone named its topic after a word
    /// another, lexical link of the same sentence carried, and the JSON listed the sentence
    /// twice, once "by meaning").
    func testASentenceIsATopicsByItsWordOrByMeaningNotBoth() throws {
        let set = try AnnotationSet.load(.dev, root: AnnotationSet.defaultRoot)
        for (engine, name) in try [InstalledEncoder.engine(lexicons: []), InstalledEncoder.engine()].flatMap({ engine in
            ["johnson-albanese-2022-05-23", "sunak-kishida-2024-06-14", "tokayev-putin-2021-09-20"].map { (engine, $0) }
        }) {
            let pair = try XCTUnwrap(set.pairs.first { $0.name == name })
            let analysis = engine.analyse(try pair.documents())
            for topic in analysis.topics {
                let worded = Set(topic.occurrences.filter { !$0.byMeaning }.map { [$0.version, $0.sentence] })
                let both = topic.occurrences.filter { $0.byMeaning && worded.contains([$0.version, $0.sentence]) }
                XCTAssertTrue(both.isEmpty, "\(name) \(topic.id): \(both.map { [$0.version, $0.sentence] })")
            }
        }
    }

    func testTheJSONExportAndTheCacheKeepTheFlag() throws {
        let (documents, analysis) = try Self.analysedWithEnergyByMeaning()
        let json = exportJSON(documents: documents, analysis: analysis)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let topics = try XCTUnwrap(object["topics"] as? [[String: Any]])
        let exported = topics.flatMap { ($0["occurrences"] as? [[String: Any]]) ?? [] }
        let flagged = exported.filter { $0["by"] as? String == "meaning" }
        XCTAssertEqual(flagged.count, analysis.topics.flatMap(\.occurrences).filter(\.byMeaning).count)
        XCTAssertFalse(flagged.isEmpty)
        XCTAssertTrue(exported.allSatisfy { $0["by"] == nil || $0["by"] as? String == "meaning" })

        var bytes: [UInt8] = []
        var sink = ByteSink { bytes += $0 }
        AnalysisCoding.encode(analysis, into: &sink)
        sink.finish()
        var source = ByteSource(bytes)
        let decoded = try XCTUnwrap(AnalysisCoding.decode(&source))
        XCTAssertEqual(decoded.topics, analysis.topics, "occurrences by meaning read back as such")
        XCTAssertEqual(decoded.topics.flatMap(\.occurrences).filter(\.byMeaning).count, flagged.count)
    }

    /// The flag shares the version's 32 bits: both read back as set, in any order.
    func testTheFlagAndTheVersionAreStoredApart() {
        var occurrence = Analysis.Occurrence(version: 3, sentence: 7, range: 10..<20, byMeaning: true)
        XCTAssertEqual(occurrence.version, 3)
        XCTAssertTrue(occurrence.byMeaning)
        occurrence.version = 5
        XCTAssertTrue(occurrence.byMeaning)
        occurrence.byMeaning = false
        XCTAssertEqual(occurrence.version, 5)
        XCTAssertNotEqual(occurrence, Analysis.Occurrence(version: 5, sentence: 7, range: 10..<20, byMeaning: true))
        XCTAssertEqual(MemoryLayout<Analysis.Occurrence>.size, 16)
    }
}
