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

/// A translation's changes are in `"changes"` too, as `J` steps through them: a translator's
/// script read the drafts' changes and none of what the translation left out, added or
/// changed.
final class JSONTranslationChangesTests: XCTestCase {
    func testTheJSONListsWhatATranslationChanged() throws {
        let (documents, analysis) = try NegationDifferencesTests.translation(similarity: 0.79)
        let json = ReportFixtures.json(documents, analysis)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let lists = try XCTUnwrap(object["changes"] as? [[String: Any]])
        XCTAssertEqual(lists.count, 1, json)
        let list = try XCTUnwrap(lists.first)
        XCTAssertEqual(list["from"] as? String, "fr-txt")
        XCTAssertEqual(list["to"] as? String, "en-txt")
        XCTAssertEqual(list["translation"] as? Bool, true)
        func sentence(_ value: Any?) -> String { ((value as? [String: Any])?["sentence"] as? Int).map(String.init) ?? "-" }
        let said = try XCTUnwrap(list["changes"] as? [[String: Any]]).map { change in
            [change["kind"] as? String ?? "?", sentence(change["from"]), sentence(change["to"]), change["description"] as? String ?? ""]
                .joined(separator: " ")
        }
        // In fr.txt's order: what the English adds before its first sentence, the French
        // lead it has no counterpart for, the figure and the negation it changed, then the
        // end each tells alone.
        XCTAssertEqual(said, [
            "only-in-other - 0 ", "only-in-first 0 - ",
            "worded 2 2 figures 420 millions → 240 million", "worded 4 4 negation: «ne … pas» in fr.txt only",
            "only-in-other - 5 ", "only-in-other - 6 ", "only-in-first 5 - ", "only-in-first 6 - ",
        ])
        // Two accounts of one call, the same links: no translation, no changes.
        let (accountDocuments, accounts) = try NegationDifferencesTests.translation(similarity: 0.79, aligned: false)
        let other = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(ReportFixtures.json(accountDocuments, accounts).utf8)) as? [String: Any])
        XCTAssertEqual((other["changes"] as? [Any])?.count, 0)
    }

    /// `--changes-only` of a translation lists what `J` steps through: a translator's
    /// `--changes-only` said "there are no changes to list" of a translation whose full
    /// brief showed a dropped sentence and "three → quatre". Two accounts still have none.
    func testChangesOnlyListsATranslationsChanges() throws {
        let (documents, analysis) = try NegationDifferencesTests.translation(similarity: 0.79)
        let brief = ReportFixtures.markdown(documents, analysis, changesOnly: true)
        XCTAssertTrue(brief.contains("## Translation changes: fr.txt → en.txt\n\n8 changes, in the order of fr.txt"), brief)
        XCTAssertTrue(brief.contains("- **Counterparts differ**: figures 420 millions → 240 million\n  > **fr.txt** (Communiqué du ministère de l’Économie et des Finances, sentence 3): Ce plan"), brief)
        XCTAssertTrue(brief.contains("dont **420 millions** d’euros"), "the figures that differ in bold: \(brief)")
        XCTAssertTrue(brief.contains("including **240 million** euros"), brief)
        XCTAssertTrue(brief.contains("- **No counterpart in en.txt**\n  > **fr.txt** (sentence 1): "), brief)
        XCTAssertTrue(brief.contains("- **Only in en.txt**\n  > **en.txt** (sentence 1): "), brief)
        XCTAssertFalse(brief.contains("no changes to list"), brief)
        XCTAssertFalse(brief.contains("## Overview"), brief)
        let page = ReportFixtures.html(documents, analysis, changesOnly: true)
        XCTAssertTrue(page.contains("<h2 id=\"translation-changes-h\">Translation changes</h2>"), page)
        XCTAssertTrue(page.contains("<li><strong>Counterparts differ</strong>: figures 420 millions → 240 million\n"), page)
        let (accountDocuments, accounts) = try NegationDifferencesTests.translation(similarity: 0.79, aligned: false)
        let none = ReportFixtures.markdown(accountDocuments, accounts, changesOnly: true)
        XCTAssertTrue(none.contains("nor a translation of another: there are no changes to list"), none)
        XCTAssertFalse(none.contains("Translation changes"), none)
    }
}
