import Foundation
import ReadoutsReader
import ReadoutsText
import ReadoutsTopics
import XCTest

@testable import ReadoutsExport

/// The passages the reader's `o` stops at as "passage not in Maison Blanche" — of a topic
/// both versions speak of, with nothing of the other version linked to them — are what the
/// other side left out, and the brief and the page list them where a reader looks for that:
/// a student found the Kremlin's sentence 8 (Putin's reply on who is responsible for the
/// escalation) only under "In both versions / Ukraine", where `o` said "passage not in
/// Maison Blanche"; the JSON marks them `notIn`.
final class PassagesNotInReportTests: XCTestCase {
    /// The reader's `o` stops of that kind: at a passage whose topic no version lacks, with
    /// the versions it has no link into (`TopicIndex.passageMissingFrom`), as
    /// "Kremlin 8 → Maison Blanche".
    static func readerStops(_ documents: [Document], _ analysis: Analysis) -> [String] {
        let index = TopicIndex(analysis, documents: documents)
        return index.oneSidedStops.compactMap { stop -> String? in
            guard let mark = stop.mark, index.missingFrom[index.marks[stop.version][mark].topic].isEmpty else { return nil }
            let missing = index.passageMissing(.init(version: stop.version, index: mark))
            return "\(documents[stop.version].label) \(stop.sentence + 1) → " + missing.map { documents[$0].label }.joined(separator: ", ")
        }
    }

    /// The same read back from the brief's section: "**Kremlin**, 1 passage not in Maison
    /// Blanche:" then its quotes "… *(sentence 8, under “Ukraine”)*".
    static func briefStops(_ brief: String, heading: String) -> [String] {
        guard let start = brief.range(of: "\n## \(heading)\n") else { return [] }
        let section = brief[start.upperBound...].prefix { _ in true }
        let body = section.range(of: "\n## ").map { String(section[..<$0.lowerBound]) } ?? String(section)
        var stops: [String] = []
        var current: (label: String, missing: String)?
        for line in body.split(separator: "\n") {
            if let group = matches(#"^\*\*(.+)\*\*, \d+ passages? not in (.+):$"#, in: String(line)).first {
                current = (group[1], group[2])
            } else if line.hasPrefix("> "), let current, let number = matches(#"\*\(sentence (\d+), under “[^”]+”(; .*)?\)\*$"#, in: String(line)).first {
                stops.append("\(current.label) \(number[1]) → \(current.missing)")
            }
        }
        return stops
    }

    func testTheBundledReadoutsKremlinSentence8IsAPassageNotInMaisonBlancheInEveryExport() throws {
        let (documents, analysis) = try ReportFixtures.bundledSemantic()
        let reader = Self.readerStops(documents, analysis)
        XCTAssertTrue(reader.contains("Kremlin 8 → Maison Blanche"), "the reader's o stops there: \(reader)")
        let sentence = MarkdownBriefTests.shown(documents[0], analysis.versions[0].sentences[7])
        XCTAssertTrue(sentence.hasPrefix("En réponse, le président russe"), sentence)

        let brief = ReportFixtures.markdown(documents, analysis)
        let heading = "Passages not in the other version"
        XCTAssertEqual(Self.briefStops(brief, heading: heading), reader, brief)
        // With the White House's closest sentence in meaning (`ClosestNote`).
        XCTAssertTrue(brief.contains("\n> " + sentence + " *(sentence 8, under “Ukraine”; closest in Maison Blanche: sentence "), brief)
        // After "Only in one version", before the topics both versions share.
        let order = ["\n## Only in one version\n", "\n## \(heading)\n", "\n## In both versions\n"].map { brief.range(of: $0)?.lowerBound }
        XCTAssertTrue(order.allSatisfy { $0 != nil } && order[0]! < order[1]! && order[1]! < order[2]!, brief)

        let page = ReportFixtures.html(documents, analysis)
        let section = try XCTUnwrap(page.range(of: "<section id=\"notin\"").map { page[$0.lowerBound...] }, "the page has the section")
        XCTAssertTrue(section.contains("<h3>Kremlin, \(reader.filter { $0.hasPrefix("Kremlin ") }.count) passage"), String(section.prefix(2000)))
        XCTAssertTrue(section.contains("sentence 8, under “Ukraine”; closest in Maison Blanche: sentence "), String(section.prefix(2000)))
        XCTAssertTrue(section.contains(" alike): En réponse, le président russe"), String(section.prefix(2000)))
        XCTAssertTrue(page.contains("<a href=\"#notin\">\(heading)</a>"), "the navigation leads to it")

        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(ReportFixtures.json(documents, analysis).utf8)) as? [String: Any])
        let versions = try XCTUnwrap(json["versions"] as? [[String: Any]])
        let sentences = try XCTUnwrap(versions[0]["sentences"] as? [[String: Any]])
        XCTAssertEqual(sentences[7]["notIn"] as? [String], ["maison-blanche"])
    }

    /// With three versions, a passage one translation has nothing linked to is "not in"
    /// that version alone, in the brief as in the reader; one linked to nothing is not in
    /// either other, and is listed apart.
    func testWithThreeVersionsAPassageIsNotInTheVersionsItHasNoLinkInto() throws {
        let texts = [
            "The ministers discussed sanctions against the regime. New sanctions on potash begin in March. Sanctions on banks were left for later.",
            "Sanctions against the regime were discussed. Potash sanctions start in March.",
            "The ministers spoke of sanctions on the regime.",
        ]
        let documents = try texts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index + 1).txt", markdown: false, label: ["EN", "RU", "FR"][index])
        }
        let versions = documents.enumerated().map { index, document in
            Analysis.Version(id: document.label.lowercased(), label: document.label, language: .english,
                             sentences: SentenceSplitter.sentences(of: document, language: .english))
        }
        XCTAssertEqual(versions.map(\.sentences.count), [3, 2, 1])
        let occurrences = documents.enumerated().flatMap { version, document in
            versions[version].sentences.map { sentence -> Analysis.Occurrence in
                let text = document.string(sentence.range)
                let word = try! XCTUnwrap(text.range(of: "anctions"))
                let start = sentence.range.lowerBound + text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: word.lowerBound) - 1
                return .init(version: version, sentence: sentence.index, range: start..<start + "sanctions".unicodeScalars.count)
            }
        }
        let sanctions = Analysis.Topic(id: "sanctions", label: "sanctions", origin: .lexicon, occurrences: occurrences)
        func link(_ a: (Int, Int), _ b: (Int, Int)) -> Analysis.Link {
            .init(from: .init(version: a.0, sentence: a.1), to: .init(version: b.0, sentence: b.1), score: 0.5, topics: ["sanctions"], evidence: [])
        }
        let links = [link((0, 0), (1, 0)), link((0, 0), (2, 0)), link((1, 0), (2, 0)), link((0, 1), (1, 1))]
        let analysis = Analysis(versions: versions, topics: [sanctions], links: links, isComplete: true)

        let reader = Self.readerStops(documents, analysis)
        XCTAssertEqual(reader, ["EN 2 → FR", "EN 3 → RU, FR", "RU 2 → FR"])
        let brief = ReportFixtures.markdown(documents, analysis)
        XCTAssertEqual(Self.briefStops(brief, heading: "Passages not in every version"), reader, brief)
        XCTAssertTrue(brief.contains("**EN**, 1 passage not in FR:"), brief)
        XCTAssertTrue(brief.contains("**EN**, 1 passage not in RU, FR:"), brief)
        let page = ReportFixtures.html(documents, analysis)
        XCTAssertTrue(page.contains("<h3>RU, 1 passage not in FR</h3>"), page)
        // One rule for the reader's `o` and the exports.
        let index = TopicIndex(analysis, documents: documents)
        let notIn = analysis.passagesNotIn(versions: 3)
        for (version, list) in notIn.enumerated() {
            for passage in list { XCTAssertEqual(index.passageMissingFrom[Int64(version) << 32 | Int64(passage.sentence)], passage.versions) }
        }
        XCTAssertEqual(notIn.flatMap { $0 }.count, index.passageMissingFrom.count)
    }
}
