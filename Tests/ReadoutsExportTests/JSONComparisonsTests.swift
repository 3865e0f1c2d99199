import Foundation
import ReadoutsText
import ReadoutsTopics
import XCTest

@testable import ReadoutsExport

/// The JSON export lists what the brief and the page list before the topics: the linked
/// passages whose figures differ (`"figures"`) and the changes between drafts (`"changes"`).
/// A translator's script read neither the 420 → 240 of the translation nor the 420 → 450 of
/// the second draft.
final class JSONComparisonsTests: XCTestCase {
    func testTheJSONListsTheFiguresThatDifferAndTheChangesBetweenDrafts() throws {
        let documents = try DraftChangesTests.communiqueDocuments()
        let json = ReportFixtures.json(documents, TopicEngine(lexicons: [.international]).analyse(documents))
        // Keys in alphabetical order, as every other key.
        let keys = ["changes", "figures", "linker", "links", "negations", "topics", "versions"].map { json.range(of: "\n  \"\($0)\" : ") }
        XCTAssertTrue(keys.allSatisfy { $0 != nil }, json)
        XCTAssertEqual(keys.compactMap { $0?.lowerBound }, keys.compactMap { $0?.lowerBound }.sorted())
        // What a script reads, as written: in fr.txt's order, the sentence fr2.txt adds after
        // the one on tariffs, then the moved one on jobs.
        XCTAssertTrue(json.contains("""
              "figures" : [
                {
                  "from" : {
                    "sentence" : 2,
                    "version" : "fr-txt"
                  },
                  "pairs" : [
                    {
                      "from" : "420 millions",
                      "to" : "240 million"
                    }
                  ],
                  "to" : {
                    "sentence" : 2,
                    "version" : "en-txt"
                  }
                },
            """), json)
        XCTAssertTrue(json.contains("""
                  "changes" : [
                    {
                      "description" : "420 → 450",
                      "from" : {
                        "sentence" : 2,
                        "version" : "fr-txt"
                      },
                      "kind" : "worded",
                      "to" : {
                        "sentence" : 2,
                        "version" : "fr2-txt"
                      }
                    },
                    {
                      "from" : null,
                      "kind" : "only-in-other",
                      "to" : {
                        "sentence" : 6,
                        "version" : "fr2-txt"
                      }
                    },
                    {
                      "count" : 1,
                      "from" : {
                        "sentence" : 5,
                        "version" : "fr-txt"
                      },
                      "kind" : "moved",
                      "to" : {
                        "sentence" : 3,
                        "version" : "fr2-txt"
                      }
                    }
                  ],
                  "from" : "fr-txt",
                  "to" : "fr2-txt"
                }
              ],
            """), json)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual((object["changes"] as? [Any])?.count, 1, "fr.txt → fr2.txt alone: the translation is no draft")
        // Between the drafts the list of changes says the figure; the translation's figure
        // against each draft is a figure that differs.
        let figures = try XCTUnwrap(object["figures"] as? [[String: Any]])
        let pairs = figures.map { figure in
            [figure["from"], figure["to"]].map { (($0 as? [String: Any])?["version"] as? String) ?? "" }
                + ((figure["pairs"] as? [[String: String]]) ?? []).flatMap { [$0["from"] ?? "", $0["to"] ?? ""] }
        }
        XCTAssertEqual(pairs, [["fr-txt", "en-txt", "420 millions", "240 million"], ["en-txt", "fr2-txt", "240 million", "450 millions"]])
    }

    /// Accounts of one call that agree on their figures: both keys there, empty.
    func testBothKeysAreEmptyWithoutDraftsOrDifferingFigures() throws {
        let json = ReportFixtures.json(ReportFixtures.bundled.documents, ReportFixtures.bundled.analysis)
        XCTAssertTrue(json.hasPrefix("{\n  \"changes\" : [\n\n  ],\n  \"figures\" : [\n\n  ],\n  \"lexicons\" : "), String(json.prefix(200)))
    }

    /// The JSON written without them (`exportJSON` alone, as the topic engine's own tests
    /// call it) has neither key: it says nothing rather than "none".
    func testTheAnalysisAloneHasNoSuchKeys() throws {
        let documents = try DraftChangesTests.communiqueDocuments()
        let json = exportJSON(documents: documents, analysis: TopicEngine(lexicons: [.international]).analyse(documents))
        XCTAssertTrue(json.hasPrefix("{\n  \"lexicons\" : "), String(json.prefix(200)))
    }
}
