import Foundation
import XCTest
import ReadoutsEncoder
import ReadoutsText
import ReadoutsTopics
@testable import ReadoutsExport

/// What made an export, recorded in it: a researcher citing a brief could not say which
/// Readouts or which topic lexicon had made it (the shipped lexicon's `version = 1` has held
/// through many changes of its aliases), so the comparison could not be made again.
final class ExportProvenanceTests: XCTestCase {
    static func json(_ documents: [Document], _ analysis: Analysis) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(ReportFixtures.json(documents, analysis).utf8)) as? [String: Any])
    }

    func testEveryExportSaysWhichReadoutsAndWhichLexiconMadeIt() throws {
        let (documents, analysis) = ReportFixtures.bundled
        let object = try Self.json(documents, analysis)
        XCTAssertEqual((object["readouts"] as? [String: Any])?["version"] as? String, ReadoutsVersion.current)
        let lexicons = try XCTUnwrap(object["lexicons"] as? [[String: Any]])
        XCTAssertEqual(lexicons.count, 1)
        XCTAssertEqual(lexicons[0]["name"] as? String, "international-affairs")
        XCTAssertEqual(lexicons[0]["version"] as? String, "1")
        let hash = try XCTUnwrap(lexicons[0]["sha256"] as? String)
        XCTAssertEqual(hash.count, 64)
        XCTAssertTrue(hash.allSatisfy { $0.isHexDigit && !$0.isUppercase }, hash)

        let line = "Made with Readouts \(ReadoutsVersion.current) and the lexicon international-affairs (version 1, SHA-256 \(hash.prefix(12)))."
        XCTAssertTrue(ReportFixtures.markdown(documents, analysis).contains(line), ReportFixtures.markdown(documents, analysis))
        let page = ReportFixtures.html(documents, analysis)
        XCTAssertTrue(page.contains("<footer><p>" + line + " Links join"), page)
        XCTAssertTrue(page.contains("<meta name=\"generator\" content=\"Readouts \(ReadoutsVersion.current)\">"))

        // Deterministic: nothing of the run (no date, no path of this machine) is written.
        var again = TopicEngine(lexicons: [.international])
        again.keepsEvidence = false
        let analysedAgain = again.analyse(BundledReadouts.documents())
        XCTAssertEqual(ReportFixtures.json(documents, analysis), ReportFixtures.json(documents, analysedAgain))
        XCTAssertEqual(ReportFixtures.markdown(documents, analysis), ReportFixtures.markdown(documents, analysedAgain))
        XCTAssertEqual(ReportFixtures.html(documents, analysis), ReportFixtures.html(documents, analysedAgain))
    }

    /// Another lexicon, or the same one with a topic left out, has another hash; without a
    /// lexicon the exports say so.
    func testTheHashTellsLexiconsApart() throws {
        let documents = BundledReadouts.documents()
        let fewer = Lexicon(name: Lexicon.international.name, version: Lexicon.international.version,
                            topics: Lexicon.international.topics.filter { $0.id != "sanctions" })
        XCTAssertNotEqual(fewer.identity.sha256, Lexicon.international.identity.sha256)
        XCTAssertEqual(Lexicon.international.identity.sha256, try Lexicon.parse("# a comment\n" + String(decoding: try Self.shippedSource(), as: UTF8.self),
                                                                                file: "x.toml").identity.sha256,
                       "a comment changes nothing linking reads")
        let user = try Lexicon.parse("name = \"my-topics\"\n[topic.fisheries]\nlabel = \"fisheries\"\nen = [\"fishing\"]\n", file: "my.toml")
        let both = TopicEngine(lexicons: [.international, user]).analyse(documents)
        XCTAssertEqual(both.lexicons.map(\.name), ["international-affairs", "my-topics"])
        XCTAssertTrue(ReportFixtures.markdown(documents, both).contains(
            "and the lexicons international-affairs (version 1, SHA-256 \(Lexicon.international.identity.shortHash)) and my-topics (SHA-256 \(user.identity.shortHash))."))
        let none = TopicEngine(lexicons: []).analyse(documents)
        XCTAssertEqual((try Self.json(documents, none)["lexicons"] as? [Any])?.count, 0)
        XCTAssertTrue(ReportFixtures.markdown(documents, none).contains("Made with Readouts \(ReadoutsVersion.current), without a lexicon."))
    }

    /// The reader's `:w` writes an analysis read back from the cache: it records the lexicon too.
    func testAnAnalysisReadFromTheCacheRecordsItsLexicon() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("provenance-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var engine = TopicEngine(lexicons: [.international])
        engine.cache = AnalysisCache(environment: ["XDG_CACHE_HOME": directory])
        let documents = BundledReadouts.documents()
        _ = engine.analyse(documents)
        let cached = engine.analyse(documents)
        XCTAssertTrue(cached.isFromCache)
        XCTAssertEqual(cached.lexicons, [Lexicon.international.identity])
    }

    static func shippedSource() throws -> [UInt8] {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/ReadoutsTopics/Embedded/international-affairs.toml")
        return Array(try Data(contentsOf: file))
    }
}
