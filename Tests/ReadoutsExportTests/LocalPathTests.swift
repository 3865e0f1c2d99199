import Foundation
import ReadoutsText
import ReadoutsTopics
import XCTest

@testable import ReadoutsExport

/// Where a file lay on the machine that made a report is not the report's: the page and the
/// brief name a file by its name alone, and the JSON's `source` is the front matter's
/// (a fact-checker's shared report showed "k1251.txt — /tmp/nu7/k1251.txt", and the JSON
/// gave "docs/kremlin-ru.txt" as the source). The JSON keeps the path for scripts, as `path`.
final class LocalPathTests: XCTestCase {
    /// A file without front matter or heading, one with a heading, one with front matter.
    func documents() throws -> [Document] {
        let files = [
            ("/home/checker/cases/k1251.txt", "Les sanctions ont été évoquées.\n"),
            ("drafts/notes.md", "# Notes of the call\n\nThe sanctions were discussed.\n"),
            ("/home/checker/cases/elysee.md", "---\nlabel: Élysée\nsource: Élysée press office\n---\n\nSanctions were raised.\n"),
        ]
        return try files.map { path, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: DocumentLoader.versionName(of: path), path: path,
                                    markdown: path.hasSuffix(".md"))
        }
    }

    func testSharedReportsNameAFileByItsNameAlone() throws {
        let documents = try documents()
        let analysis = TopicEngine(lexicons: [.international]).analyse(documents)
        let html = ReportFixtures.html(documents, analysis)
        let markdown = ReportFixtures.markdown(documents, analysis)
        for (format, report) in [("html", html), ("markdown", markdown)] {
            XCTAssertFalse(report.contains("/home/checker") || report.contains("drafts/"), "\(format): no directory\n\(report)")
        }
        let headers = matches(#"<header class="colhead"><h3 id="v\d">([^<]*)</h3>(?:<p class="meta">([^<]*)</p>)?"#, in: html)
        XCTAssertEqual(headers.map { [$0[1], $0[2]] }, [["k1251.txt", ""], ["Notes of the call", "notes.md"],
                                                          ["Élysée", "Élysée press office"]])
        XCTAssertTrue(markdown.contains("\n- **k1251.txt**\n- **Notes of the call** — notes.md\n- **Élysée** — Élysée press office\n"), markdown)
    }

    func testTheJSONSourceIsTheFrontMattersAndThePathItsOwnKey() throws {
        let documents = try documents()
        let json = exportJSON(documents: documents, analysis: TopicEngine(lexicons: [.international]).analyse(documents))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let versions = try XCTUnwrap(object["versions"] as? [[String: Any]])
        XCTAssertEqual(versions.map { $0["source"] as? String }, [nil, nil, "Élysée press office"])
        XCTAssertTrue(versions[0]["source"] is NSNull)
        XCTAssertEqual(versions.map { $0["path"] as? String }, ["/home/checker/cases/k1251.txt", "drafts/notes.md", "/home/checker/cases/elysee.md"])
        let bundled = BundledReadouts.documents()
        let bundledJSON = exportJSON(documents: bundled, analysis: TopicEngine().analyse(bundled))
        let bundledVersions = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(bundledJSON.utf8)) as? [String: Any])?["versions"] as? [[String: Any]])
        XCTAssertTrue(bundledVersions.allSatisfy { $0["path"] is NSNull }, "the bundled readouts come from no file")
    }

    private func matches(_ pattern: String, in text: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (0..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }
}
