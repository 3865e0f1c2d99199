import Foundation
import ReadoutsText
import ReadoutsTopics
import XCTest

@testable import ReadoutsExport

/// The sentences no topic holds and nothing is linked to, which the brief lists under
/// "Linked to nothing", are on the page and in the JSON too: the White House's "Il a
/// également appelé à « un retour à la diplomatie »" was in the brief alone.
final class UnlinkedSentencesTests: XCTestCase {
    /// The bundled readouts' sentences the brief quotes under "Linked to nothing", by version label.
    func briefsUnlinked() throws -> [String: [String]] {
        let (documents, analysis) = ReportFixtures.bundled
        let brief = ReportFixtures.markdown(documents, analysis)
        let whole = try XCTUnwrap(brief.components(separatedBy: "\n## ").first { $0.hasPrefix("Linked to nothing\n") }, brief)
        // Before the sentences about the reports themselves, listed apart.
        let section = whole.components(separatedBy: "**About the reports themselves**")[0]
        var found: [String: [String]] = [:]
        var label = ""
        for line in section.split(separator: "\n").map(String.init) {
            if line.hasPrefix("**"), let end = line.range(of: "**,") { label = String(line[line.index(line.startIndex, offsetBy: 2)..<end.lowerBound]) }
            // "> text *(sentence 4)*": the text, its number left out.
            if line.hasPrefix("> ") {
                let quote = String(line.dropFirst(2)).replacingOccurrences(of: "\\", with: "")
                found[label, default: []].append(quote.replacingOccurrences(of: #" \*\(sentence \d+\)\*$"#, with: "", options: .regularExpression))
            }
        }
        return found
    }

    func testThePageListsTheSentencesLinkedToNothingAsTheBriefDoes() throws {
        let (documents, analysis) = ReportFixtures.bundled
        let page = ReportFixtures.html(documents, analysis)
        let expected = try briefsUnlinked()
        XCTAssertEqual(expected["Maison Blanche"]?.count, 1, "\(expected)")
        // TASS's framing of the readouts (a student took it for the White House's) is listed
        // apart, after what one side may say alone.
        let brief = ReportFixtures.markdown(documents, analysis)
        let apart = try XCTUnwrap(brief.components(separatedBy: "**About the reports themselves**").dropFirst().first, brief)
        XCTAssertTrue(apart.contains("> La Maison Blanche a cependant publié un bref communiqué de cinq phrases.")
                      && apart.contains("> TASS a rassemblé les principaux points connus de la conversation."), apart)
        XCTAssertTrue(page.contains("<a href=\"#unlinked\">Linked to nothing</a></nav>"), "in the navigation")
        let section = try XCTUnwrap(page.components(separatedBy: "<section id=\"unlinked\" aria-labelledby=\"unlinked-h\">").dropFirst().first)
            .components(separatedBy: "</section>")[0]
        XCTAssertTrue(section.contains("<h2 id=\"unlinked-h\">Linked to nothing</h2>"), section)
        XCTAssertTrue(section.contains("<h3>Maison Blanche, 1 sentence</h3>"), section)
        XCTAssertTrue(section.contains("<h3>About the reports themselves</h3>"), section)
        XCTAssertTrue(section.contains("<h4>Maison Blanche, 2 sentences</h4>") && section.contains("<h4>Kremlin, 1 sentence</h4>"), section)
        // Each quoted with its place, in its language, as the brief quotes it.
        let quoted = matches(#"<p lang="fr"><b>([^<]*)</b> \(sentence (\d+)\): ([^<]*)</p>"#, in: section.components(separatedBy: "<h3>About the reports")[0])
        XCTAssertEqual(Dictionary(grouping: quoted, by: { $0[1] }).mapValues { $0.map { $0[3] } }, expected, section)
        XCTAssertTrue(quoted.contains { $0[1] == "Maison Blanche" && $0[2] == "4" && $0[3].hasPrefix("Il a également appelé à") && $0[3].contains("un retour à la diplomatie") },
                      section)
        // The brief gives it the same number, after the quote.
        XCTAssertEqual(matches(#"\n> Il a également appelé à[^\n]*\*\(sentence (\d+)\)\*\n"#, in: brief).map { $0[1] }, ["4"], brief)
        XCTAssertFalse(section.contains("Minsk"), "a sentence a topic holds is not listed")
    }

    /// A script finds them by `"unlinked": true`, without redoing the brief's rule (no topic's
    /// occurrence, no link's end, no heading, four words or more).
    func testTheJSONMarksTheSentencesLinkedToNothing() throws {
        let (documents, analysis) = ReportFixtures.bundled
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(ReportFixtures.json(documents, analysis).utf8)) as? [String: Any])
        let versions = try XCTUnwrap(json["versions"] as? [[String: Any]])
        var marked: [String: [String]] = [:]
        var held = Set<[String]>()
        for topic in json["topics"] as? [[String: Any]] ?? [] {
            for occurrence in topic["occurrences"] as? [[String: Any]] ?? [] {
                held.insert([occurrence["version"] as! String, "\(occurrence["sentence"] as! Int)"])
            }
        }
        for link in json["links"] as? [[String: Any]] ?? [] {
            for end in [link["from"], link["to"]].compactMap({ $0 as? [String: Any] }) {
                held.insert([end["version"] as! String, "\(end["sentence"] as! Int)"])
            }
        }
        for version in versions {
            for sentence in version["sentences"] as? [[String: Any]] ?? [] where sentence["unlinked"] != nil {
                XCTAssertEqual(sentence["unlinked"] as? Bool, true)
                // About the reports themselves: marked so, and listed apart in the brief.
                if sentence["aboutTheReport"] as? Bool == true { continue }
                XCTAssertFalse(held.contains([version["id"] as! String, "\(sentence["index"] as! Int)"]), "\(sentence)")
                marked[version["label"] as! String, default: []].append(
                    (sentence["text"] as! String).replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces))
            }
        }
        XCTAssertEqual(marked, try briefsUnlinked())
    }
}
