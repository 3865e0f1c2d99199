import Foundation
import ReadoutsReader
import ReadoutsText
import ReadoutsTopics
import XCTest

@testable import ReadoutsExport

/// A topic is in a version where it has a passage there, as the reader's topic list counts
/// them, in the brief, the page and the JSON alike. A Berlin correspondent's brief put
/// "hat heute" "in both versions", then said "White House — no passage found": its only
/// White House word was the title's "Joe". A topic of the two titles alone was "in both
/// versions" with no passage on either side, and in a three-way brief a topic whose English
/// word lay inside another topic's was "not in Kreml", then "Bundesregierung (EN) — no
/// passage found".
final class TopicPresenceTests: XCTestCase {
    /// Versions of a heading and three sentences each, with topics set by hand: `title`
    /// in the headings alone; `joe` in the first version's sentence and the others' titles;
    /// `ukrainian` in the second sentence of each, where the second version's word is also
    /// `ukraine`'s (an earlier topic, which keeps it); `ukraine` in every version.
    func fixture(versions: Int) throws -> (documents: [Document], analysis: Analysis) {
        let texts = [
            "# Chancellor Scholz speaks with President Biden\n\nChancellor Scholz spoke with Joe Biden today. They discussed Ukrainian energy. Both spoke of Ukraine.\n",
            "# Readout of President Joe Biden's call with Chancellor Scholz\n\nThe leaders spoke today about NATO. They discussed Ukrainian energy. Both spoke of Ukraine.\n",
            "# Readout of the call with President Joe Biden\n\nThe call was long and friendly. Energy came up. Both spoke of Ukraine.\n",
        ]
        let documents = try texts.prefix(versions).enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false, label: ["A", "B", "C"][index])
        }
        var analysis = TopicEngine(lexicons: []).analyse(documents)
        func occurrence(_ word: String, version: Int, after: String? = nil) throws -> Analysis.Occurrence {
            let scalars = Array(documents[version].text.unicodeScalars)
            let text = String(String.UnicodeScalarView(scalars))
            let from = try after.map { try XCTUnwrap(text.range(of: $0)).upperBound } ?? text.startIndex
            let found = try XCTUnwrap(text.range(of: word, range: from..<text.endIndex), "\(word) in version \(version)")
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.lowerBound)
            let range = start..<(start + word.unicodeScalars.count)
            let sentence = try XCTUnwrap(analysis.versions[version].sentences.first { $0.range.contains(start) }, word).index
            return Analysis.Occurrence(version: version, sentence: sentence, range: range)
        }
        let all = 0..<versions
        analysis.topics = [
            Analysis.Topic(id: "ukraine", label: "Ukraine", origin: .lexicon, occurrences:
                try [occurrence("Ukrainian", version: 1)] + all.map { try occurrence("Ukraine", version: $0, after: "spoke of ") }),
            Analysis.Topic(id: "auto:title", label: "title", origin: .automatic, occurrences:
                try all.map { try occurrence($0 == 0 ? "speaks" : "Readout", version: $0) }),
            Analysis.Topic(id: "auto:joe", label: "joe", origin: .automatic, occurrences:
                try all.map { try occurrence("Joe", version: $0) }),
            Analysis.Topic(id: "auto:ukrainian", label: "ukrainian", origin: .automatic, occurrences:
                try [0, 1].map { try occurrence("Ukrainian", version: $0) }),
        ]
        for topic in analysis.topics.indices {
            analysis.topics[topic].occurrences.sort { ($0.version, $0.range.lowerBound) < ($1.version, $1.range.lowerBound) }
        }
        XCTAssertTrue(analysis.versions.allSatisfy { $0.sentences.first?.isHeading == true }, "each title is a heading")
        return (documents, analysis)
    }

    func testTheBriefThePageAndTheJSONSayWhereATopicIsAsTheTopicListCounts() throws {
        for versions in [2, 3] {
            let (documents, analysis) = try fixture(versions: versions)
            let reader = TopicIndex(analysis, documents: documents)
            let counts = analysis.topics.indices.map { topic in documents.indices.map { reader.occurrenceCount(of: topic, in: $0) } }
            XCTAssertEqual(counts[1], Array(repeating: 0, count: versions), "the titles' topic has no passage")
            XCTAssertEqual(counts[2], [1] + Array(repeating: 0, count: versions - 1), "joe: the first version's passage alone")
            XCTAssertEqual(counts[3], [1] + Array(repeating: 0, count: versions - 1), "ukrainian: the second version's word is Ukraine's")
            assertAgreement(documents, analysis, counts: counts)
        }
        let (documents, analysis) = ReportFixtures.bundled
        let reader = TopicIndex(analysis, documents: documents)
        assertAgreement(documents, analysis, counts: analysis.topics.indices.map { topic in documents.indices.map { reader.occurrenceCount(of: topic, in: $0) } })
    }

    /// The brief's section and heading of each topic, the passages or "no passage found" of
    /// each version under it, the page's badge and the JSON's `passages` all follow `counts`.
    func assertAgreement(_ documents: [Document], _ analysis: Analysis, counts: [[Int]], file: StaticString = #filePath, line: UInt = #line) {
        let labels = documents.map(\.label)
        let brief = ReportFixtures.markdown(documents, analysis)
        let page = ReportFixtures.html(documents, analysis)
        let json = try? JSONSerialization.jsonObject(with: Data(ReportFixtures.json(documents, analysis).utf8)) as? [String: Any]
        let jsonTopics = json?["topics"] as? [[String: Any]] ?? []
        let sections = brief.components(separatedBy: "\n## ").dropFirst()
        let every = documents.count == 2 ? "In both versions" : "In every version"
        for (topic, entry) in analysis.topics.enumerated() {
            let present = documents.indices.filter { counts[topic][$0] > 0 }
            let missing = documents.indices.filter { counts[topic][$0] == 0 }
            var heading = "### " + entry.label
            let group: String
            if present.count == 1 {
                (group, heading) = ("Only in one version", heading + " — only in " + labels[present[0]])
            } else if present.isEmpty {
                group = "No passage in any version"
            } else if missing.isEmpty {
                group = every
            } else {
                (group, heading) = ("Not in every version", heading + " — not in " + missing.map { labels[$0] }.joined(separator: ", "))
            }
            if present.isEmpty {
                // Named on a line of its own, with no "no passage found" per version.
                let section = sections.first { $0.contains("\n- " + entry.label + "\n") }
                XCTAssertEqual(section?.components(separatedBy: "\n").first, group, "\(entry.label): \(brief)", file: file, line: line)
                XCTAssertFalse(brief.contains("\n" + heading + "\n"), "\(entry.label): \(brief)", file: file, line: line)
            }
            let section = sections.first { $0.contains("\n" + heading + "\n") }
            if !present.isEmpty {
                XCTAssertEqual(section?.components(separatedBy: "\n").first, group, "\(entry.label): \(brief)", file: file, line: line)
            }
            let body = section?.components(separatedBy: "\n" + heading + "\n").dropFirst().first?.components(separatedBy: "\n### ").first ?? ""
            for (version, label) in labels.enumerated() where !present.isEmpty {
                let count = counts[topic][version]
                let said = count == 0 ? "**\(label)** — no passage found" : "**\(label)**, \(count) passage\(count == 1 ? "" : "s"):"
                XCTAssertTrue(body.contains("\n" + said + "\n"), "\(entry.label), \(label): \(body)", file: file, line: line)
            }
            // The page's row: "only in", "not in" or "no passage" as the brief says.
            let row = page.components(separatedBy: "<tr").dropFirst().first { row in
                [">\(entry.label)<", ">\(entry.label) <"].contains { row.contains("</b></span>" + $0.dropFirst()) || row.contains("\"" + $0) }
            } ?? ""
            let badge = row.range(of: #"<span class="badge">[^<]*</span>"#, options: .regularExpression).map { String(row[$0]) }
            let expected: String? = present.count == 1 ? "only in \(labels[present[0]])"
                : present.isEmpty ? "no passage" : missing.isEmpty ? nil : "not in " + missing.map { labels[$0] }.joined(separator: ", ")
            XCTAssertEqual(badge, expected.map { "<span class=\"badge\">\($0)</span>" }, "\(entry.label) on the page", file: file, line: line)
            XCTAssertEqual(jsonTopics.first { $0["id"] as? String == entry.id }?["passages"] as? [Int], counts[topic], "\(entry.label) in the JSON",
                           file: file, line: line)
        }
        let opening = "\(analysis.topics.count) topics: \(counts.filter { $0.filter { $0 > 0 }.count == 1 }.count) in one version only"
        XCTAssertTrue(brief.contains("\n" + opening), "\(opening): \(brief)", file: file, line: line)
    }
}
