import Foundation
import ReadoutsReader
import ReadoutsText
import ReadoutsTopics
import XCTest

@testable import ReadoutsExport

/// The reader's topic list (`t`: each topic with its passages per version, and which versions
/// lack it) opens the brief and the page: a student wanted it on one page, and no export
/// had it where a reader starts.
final class TopicOverviewTests: XCTestCase {
    /// The brief's overview table, row by row: its cells, trimmed.
    static func overviewRows(_ brief: String) -> [[String]] {
        guard let start = brief.range(of: "\n## Overview\n") else { return [] }
        let lines = brief[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
        let table = lines.drop { !$0.hasPrefix("| ") }.prefix { $0.hasPrefix("|") }
        return table.map { line in
            line.dropFirst().dropLast().components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    func testTheBriefOpensWithEveryTopicAndItsPassagesPerVersion() throws {
        let (documents, analysis) = ReportFixtures.bundled
        let brief = ReportFixtures.markdown(documents, analysis)
        let rows = Self.overviewRows(brief)
        XCTAssertEqual(rows.first, ["Topic", "Kremlin", "Maison Blanche", "Not in"], brief)
        let body = Array(rows.dropFirst(2))
        XCTAssertEqual(body.count, analysis.topics.count, "one row per topic")
        // The counts the reader's topic list shows, a dash for none, and the versions without one.
        let index = TopicIndex(analysis, documents: documents)
        for (topic, entry) in analysis.topics.enumerated() {
            let row = try XCTUnwrap(body.first { $0.first == entry.label }, entry.label)
            let counts = documents.indices.map { index.occurrenceCount(of: topic, in: $0) }
            XCTAssertEqual(Array(row[1...2]), counts.map { $0 == 0 ? "—" : "\($0)" }, entry.label)
            XCTAssertEqual(row[3], documents.indices.filter { counts[$0] == 0 }.map { documents[$0].label }.joined(separator: ", "), entry.label)
        }
        XCTAssertTrue(body.contains { $0 == ["Genève", "2", "—", "Maison Blanche"] }, "\(body)")
        // In the brief's order, one-sided topics first: the sections' headings follow it.
        let headings = brief.components(separatedBy: "\n### ").dropFirst().map { $0.prefix { $0 != "\n" }.components(separatedBy: " — ")[0] }
        XCTAssertEqual(body.map { $0[0] }, headings)
        // At the top: before the first list of differences and the first topic.
        let overview = try XCTUnwrap(brief.range(of: "\n## Overview\n")).lowerBound
        XCTAssertLessThan(overview, try XCTUnwrap(brief.range(of: "\n## ")).upperBound)
    }

    func testAnOverviewOfVeryManyTopicsKeepsToAPage() throws {
        let text = (0..<70).map { "Word\($0) is said here once." }.joined(separator: " ")
        let documents = try ["A", "B"].map { try DocumentLoader.load(bytes: Array(text.utf8), name: "\($0).txt", markdown: false, label: $0) }
        let versions = documents.map {
            Analysis.Version(id: $0.label.lowercased(), label: $0.label, language: .english, sentences: SentenceSplitter.sentences(of: $0, language: .english))
        }
        let topics = (0..<70).map { number in
            Analysis.Topic(id: "auto:w\(number)", label: "word\(number)", origin: .automatic, occurrences: (0..<2).map { version in
                let sentence = versions[version].sentences[number]
                return .init(version: version, sentence: number, range: sentence.range.lowerBound..<sentence.range.lowerBound + 4)
            })
        }
        let brief = ReportFixtures.markdown(documents, Analysis(versions: versions, topics: topics, links: [], isComplete: true))
        XCTAssertEqual(Self.overviewRows(brief).count, 2 + MarkdownTopicOverview.rowLimit)
        XCTAssertTrue(brief.contains("\n\(70 - MarkdownTopicOverview.rowLimit) more topics, each under its heading below.\n"), brief)
    }

    /// The page opens with its topic table, before the texts; printed, the texts start on
    /// the next page.
    func testThePageOpensWithTheTopicTable() throws {
        let (documents, analysis) = ReportFixtures.bundled
        let page = ReportFixtures.html(documents, analysis)
        let main = try XCTUnwrap(page.range(of: "<main>\n")).upperBound
        XCTAssertTrue(page[main...].hasPrefix("<section id=\"topics\""), String(page[main...].prefix(200)))
        let table = try XCTUnwrap(page.range(of: "<section id=\"texts\"")).lowerBound
        XCTAssertEqual(page[main..<table].components(separatedBy: "<th scope=\"row\">").count - 1, analysis.topics.count, "a row per topic")
        XCTAssertTrue(page.contains("#texts{break-before:page}"))
    }

    /// A version named by a long file name is one long word, which the table's headings
    /// (wrapping between words only) could not break: the column of counts grew wider than
    /// the topics' names. The heading may break after each "-", "_" and ".", nowhere else.
    func testALongFileNameInAHeadingBreaksAtItsPunctuation() throws {
        let (bundled, _) = ReportFixtures.bundled
        let names = ["biden-trudeau-2022-02-11-ANI_reporting.txt", "biden-trudeau-2022-02-11-Cabinet_du_Premier_ministre.txt"]
        let documents = try bundled.prefix(2).enumerated().map { index, document in
            try DocumentLoader.load(bytes: Array(document.scalars.string(0..<document.scalars.count).utf8), name: names[index], markdown: false)
        }
        let page = ReportFixtures.html(documents, TopicEngine(lexicons: [.international]).analyse(documents))
        let head = try XCTUnwrap(page.range(of: "<thead><tr><th scope=\"col\">Topic</th>")).upperBound
        XCTAssertTrue(page[head...].hasPrefix("<th scope=\"col\" class=\"n\">biden-<wbr>trudeau-<wbr>2022-<wbr>02-<wbr>11-<wbr>ANI_<wbr>reporting.<wbr>txt</th>"),
                      String(page[head...].prefix(200)))
        XCTAssertFalse(page.contains("txt<wbr>"), "no break after the last character")
    }
}
