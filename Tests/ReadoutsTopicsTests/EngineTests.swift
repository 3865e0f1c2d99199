import ReadoutsFixtures
import Foundation
import ReadoutsText
import XCTest
@testable import ReadoutsTopics

final class EngineTests: XCTestCase {
    /// A Markdown list and table are read item by item and row by row: each is a passage
    /// of its own, none holds two of them or table markup (a translator's table was one
    /// passage "only in" its version: "| Item | Amount | |---|---| | Total | €1.5bn |").
    func testAMarkdownListOrTableIsNotOneGiantPassage() throws {
        let french = """
            Les crédits seront répartis entre la formation des techniciens, la sécurité des installations et la recherche.

            Le plan mobilise 1,5 milliard d’euros au total.
            """
        let english = """
            The credits go to:
            - Technician training;
            - the safety of facilities;
            - research.

            | Item | Amount |
            |---|---|
            | Total | €1.5bn |
            """
        let documents = [
            try DocumentLoader.load(bytes: Array(french.utf8), name: "fr.txt", markdown: false),
            try DocumentLoader.load(bytes: Array(english.utf8), name: "en.md", markdown: true),
        ]
        let analysis = TopicEngine(lexicons: [.international]).analyse(documents)
        let sentences = analysis.versions[1].sentences.map { documents[1].string($0.range) }
        XCTAssertEqual(sentences, ["The credits go to:", "• Technician training;", "• the safety of facilities;", "• research.",
                                   "Item · Amount", "Total · €1.5bn"])
        for topic in analysis.topics {
            for occurrence in topic.occurrences where occurrence.version == 1 {
                let passage = sentences[occurrence.sentence]
                XCTAssertFalse(passage.contains("|") || passage.contains("\n"), "\(topic.label): \(passage)")
            }
        }
    }

    func testLanguagesAndSentencesOfTheBundledReadouts() {
        let documents = BundledReadouts.documents()
        let analysis = TopicEngine().analyse(documents)
        XCTAssertEqual(analysis.versions.map(\.language), [.french, .french])
        XCTAssertEqual(analysis.versions.map(\.id), documents.map(\.id))
        let headings = analysis.versions[0].sentences.filter(\.isHeading).map { documents[0].string($0.range) }
        XCTAssertEqual(headings, ["Ukraine – sanctions et garanties", "Relations bilatérales", "Cybersécurité et Iran"])
        XCTAssertTrue(analysis.isComplete)
    }

    func testEvidenceShowsTheMatchedWordsOnBothSides() throws {
        let documents = BundledReadouts.documents()
        let analysis = TopicEngine().analyse(documents)
        let link = try XCTUnwrap(analysis.links.first { $0.topics.contains("sanctions") && !documents[0].string(analysis.versions[0].sentences[$0.from.sentence].range).hasPrefix("Ukraine") })
        let words = link.evidence.map { documents[$0.side.version].string($0.range) }
        XCTAssertTrue(words.contains("sanctions"), "\(words)")
        XCTAssertTrue(words.contains("mesures économiques"), "\(words)")
        for evidence in link.evidence {
            let sentence = analysis.versions[evidence.side.version].sentences[evidence.side.sentence]
            XCTAssertTrue(sentence.range.contains(evidence.range.lowerBound) && evidence.range.upperBound <= sentence.range.upperBound)
        }
    }

    /// A British and an American account of one call link the sentences their spellings
    /// alone told apart ("defence … organisation of the centre" / "Defense … organize the
    /// center"): the lexical linker, without its lexicon, had no word in common there.
    func testBritishAndAmericanAccountsShareTheirWords() throws {
        let documents = try [
            "The Prime Minister met the President today.\n\nThey discussed defence cooperation and the organisation of the centre.\n\nThey agreed to stay in touch.\n",
            "The President met the Prime Minister today.\n\nThe two leaders talked about the Defense partnership and how to organize the center.\n\nThey will remain in contact.\n",
        ].enumerated().map { try DocumentLoader.load(bytes: Array($1.utf8), name: ["uk.txt", "us.txt"][$0], markdown: false) }
        let analysis = TopicEngine(lexicons: []).analyse(documents)
        let link = try XCTUnwrap(analysis.links.first { $0.from.sentence == 1 && $0.to.sentence == 1 }, "\(analysis.links)")
        let words = Set(link.evidence.map { documents[$0.side.version].string($0.range) })
        XCTAssertTrue(words.contains("defence") && words.contains("Defense"), "\(words)")
    }

    /// The reader's configuration: the same links and topics, without the evidence spans
    /// only the export shows.
    func testWithoutEvidenceLinksAndTopicsAreTheSame() {
        let documents = BundledReadouts.documents()
        let full = TopicEngine().analyse(documents)
        var engine = TopicEngine()
        engine.keepsEvidence = false
        let lean = engine.analyse(documents)
        XCTAssertEqual(lean.links.map { [$0.from, $0.to] }, full.links.map { [$0.from, $0.to] })
        XCTAssertEqual(lean.links.map(\.topics), full.links.map(\.topics))
        XCTAssertEqual(lean.links.map(\.score), full.links.map(\.score))
        XCTAssertEqual(lean.topics, full.topics, "occurrences (what the reader draws) are unchanged")
        XCTAssertTrue(lean.links.allSatisfy(\.evidence.isEmpty))
        XCTAssertGreaterThan(full.links.reduce(0) { $0 + $1.evidence.count }, 0)
        // The lexicon hits serve the evidence, `--no-lexicon`'s one-sided names and the
        // semantic pass: the reader's lexical linking links without holding them.
        XCTAssertFalse(engine.keepsLexiconHits)
        XCTAssertTrue(TopicEngine().keepsLexiconHits)
        var noLexicon = TopicEngine(lexicons: [])
        noLexicon.keepsEvidence = false
        XCTAssertTrue(noLexicon.keepsLexiconHits)
    }

    func testProgressStreamsSupersetsWithStableTopicIDs() {
        let (a, b) = SyntheticReadouts.pair(bytes: 60_000, seed: 7)
        var updates: [TopicEngine.Progress] = []
        let final = TopicEngine().analyse([a, b], progress: { updates.append($0) })
        XCTAssertGreaterThan(updates.count, 3)
        XCTAssertEqual(updates.map(\.fraction), updates.map(\.fraction).sorted(), "progress goes forward")
        XCTAssertEqual(updates.last?.fraction, 1)
        var previousTopics = Set<String>()
        var previousLinks = 0
        for update in updates {
            let ids = Set(update.partial.topics.map(\.id))
            XCTAssertTrue(previousTopics.isSubset(of: ids))
            XCTAssertGreaterThanOrEqual(update.partial.links.count, previousLinks)
            previousTopics = ids
            previousLinks = update.partial.links.count
        }
        XCTAssertEqual(Set(final.topics.map(\.id)), previousTopics)
        XCTAssertFalse(final.links.isEmpty)
    }

    /// The reader indexes each new partial for drawing, and the index lives while the engine
    /// links (issue 15's memory bound): a partial is new only when it shows something the
    /// last new one did not, and the last pair's, which the complete analysis follows at
    /// once with the same links and topics, is not new either. Before, every step of
    /// linking reported the same lexicon partial as new, and the reader indexed it again
    /// each 250 ms while the linker was at its peak.
    func testProgressReportsAPartialAsNewOnlyWhenItChanged() throws {
        for count in [2, 3] {
            let documents = try SyntheticReadouts.texts(bytes: 60_000, seed: 7, versions: count).enumerated().map { index, text in
                try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
            }
            var updates: [TopicEngine.Progress] = []
            let final = TopicEngine().analyse(documents, progress: { updates.append($0) })
            let pairs = count * (count - 1) / 2
            XCTAssertGreaterThan(updates.filter { !$0.isNew }.count, 3, "linking reports its steps")
            // The lexicon's partial, then each pair's but the last.
            XCTAssertEqual(updates.filter { $0.isNew && !$0.partial.isComplete && !$0.partial.topics.isEmpty }.count, pairs,
                           "\(count) versions")
            var previous = Analysis()
            for (position, update) in updates.enumerated() where !update.partial.isComplete {
                defer { previous = update.partial }
                if update.isNew { continue }
                if update.partial.links == previous.links, update.partial.topics == previous.topics { continue }
                // Not what was reported before: only the complete analysis may follow, with the same links and topics.
                XCTAssertTrue(updates[(position + 1)...].allSatisfy(\.partial.isComplete), "\(count) versions")
                XCTAssertEqual(update.partial.links.count, final.links.count)
                XCTAssertTrue(update.partial.topics == final.topics, "\(count) versions")
            }
            XCTAssertTrue(updates.last?.partial.isComplete ?? false)
        }
    }

    func testThreeVersionsAreLinkedPairwiseAndEmptyOnesAreHarmless() throws {
        let documents = BundledReadouts.documents()
        let english = try GoldPair.load("en-ru-crosslingual").documents[0]
        let empty = Document(id: "empty", label: "empty", text: "", blocks: [])
        let analysis = TopicEngine().analyse(documents + [english, empty])
        XCTAssertEqual(analysis.versions.map(\.language), [.french, .french, .english, .undetermined])
        XCTAssertTrue(analysis.links.allSatisfy { $0.from.version < $0.to.version })
        XCTAssertTrue(analysis.links.contains { $0.from.version == 0 && $0.to.version == 2 && $0.topics.contains("cyber") })
        XCTAssertTrue(analysis.links.contains { $0.from.version == 1 && $0.to.version == 2 })
        XCTAssertEqual(analysis.topic(id: "minsk")?.versions, [0])
        XCTAssertTrue(analysis.isComplete)
        XCTAssertEqual(TopicEngine().analyse([]).versions.count, 0)
    }

    func testCancellationStopsPromptly() {
        let (a, b) = SyntheticReadouts.pair(bytes: 400_000, seed: 3)
        var calls = 0
        let analysis = TopicEngine().analyse([a, b], isCancelled: {
            calls += 1
            return calls > 2
        })
        XCTAssertFalse(analysis.isComplete)
        XCTAssertTrue(analysis.links.isEmpty)
        XCTAssertEqual(calls, 3)
    }

    func testLookupsForTheReader() {
        let documents = BundledReadouts.documents()
        let analysis = TopicEngine().analyse(documents)
        let occurrences = analysis.occurrences(inVersion: 0)
        XCTAssertEqual(occurrences.map(\.occurrence.range.lowerBound), occurrences.map(\.occurrence.range.lowerBound).sorted())
        XCTAssertTrue(occurrences.allSatisfy { $0.occurrence.version == 0 })
        let onlyKremlin = Set(analysis.topicsOnlyIn(version: 0).map(\.id))
        XCTAssertTrue(["minsk", "nato", "geneva"].allSatisfy(onlyKremlin.contains))
        let link = analysis.links[0]
        XCTAssertTrue(analysis.links(touching: link.to.version, sentence: link.to.sentence).contains(link))
        XCTAssertTrue(analysis.counterparts(of: link.from.version, sentence: link.from.sentence).contains(link.to))
    }

    func testJSONExportFollowsTheSchema() throws {
        let documents = BundledReadouts.documents()
        let json = exportJSON(documents: documents, analysis: TopicEngine().analyse(documents))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["lexicons", "linker", "versions", "topics", "links", "readouts", "schema"])
        XCTAssertEqual(object["schema"] as? Int, 1, "scripts check the format's version")
        // Keys in alphabetical order at every level, a heading's flag too (it came after
        // "text": a script diffing `jq -S` output against the export saw a change).
        var previous: [Int: String] = [:]
        var depth = 0
        var keysInOrder = true
        let scanner = Array(json.utf8)
        var index = 0
        while index < scanner.count {
            switch scanner[index] {
            case UInt8(ascii: "{"): depth += 1; previous[depth] = ""
            case UInt8(ascii: "}"): depth -= 1
            case UInt8(ascii: "\""):
                var end = index + 1
                while scanner[end] != UInt8(ascii: "\"") { end += scanner[end] == UInt8(ascii: "\\") ? 2 : 1 }
                var after = end + 1
                while scanner[after] == UInt8(ascii: " ") { after += 1 }
                if scanner[after] == UInt8(ascii: ":") {
                    let key = String(decoding: scanner[(index + 1)..<end], as: UTF8.self)
                    if let last = previous[depth], last > key { keysInOrder = false }
                    previous[depth] = key
                }
                index = end
            default: break
            }
            index += 1
        }
        XCTAssertTrue(keysInOrder, "every object's keys in alphabetical order")
        let linker = try XCTUnwrap(object["linker"] as? [String: Any])
        XCTAssertEqual(linker["kind"] as? String, "lexical")
        XCTAssertTrue(linker["model"] is NSNull, "a lexical run names no model")
        let versions = try XCTUnwrap(object["versions"] as? [[String: Any]])
        XCTAssertEqual(versions.map { $0["id"] as? String }, ["kremlin", "maison-blanche"])
        XCTAssertEqual(versions[0]["language"] as? String, "fr")
        // The date and source the page and the brief give (a user's script had none).
        XCTAssertEqual(versions[0]["date"] as? String, "2021-12-07")
        XCTAssertEqual(versions[0]["source"] as? String, documents[0].shownSource)
        XCTAssertNotNil(documents[0].shownSource)
        let plain = [try DocumentLoader.load(bytes: Array("Just one sentence here.".utf8), name: "a.txt", markdown: false)]
        let bare = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(exportJSON(documents: plain, analysis: TopicEngine().analyse(plain)).utf8)) as? [String: Any])
        let bareVersion = try XCTUnwrap((bare["versions"] as? [[String: Any]])?.first)
        XCTAssertTrue(bareVersion["date"] is NSNull && bareVersion["source"] is NSNull, "\(bareVersion)")
        let sentences = try XCTUnwrap(versions[0]["sentences"] as? [[String: Any]])
        let sentence = try XCTUnwrap(sentences.first { $0["heading"] == nil })
        XCTAssertEqual(Set(sentence.keys), ["index", "number", "text", "range"])
        // A heading says so: its links are kept, and the reader never shows them.
        let analysis = TopicEngine().analyse(documents)
        for (index, entry) in sentences.enumerated() {
            XCTAssertEqual(entry["heading"] as? Bool ?? false, analysis.versions[0].sentences[index].isHeading, "\(entry)")
        }
        XCTAssertTrue(analysis.versions[0].sentences.contains(where: \.isHeading), "the bundled Kremlin readout has a heading")
        let range = try XCTUnwrap(sentence["range"] as? [Int])
        XCTAssertEqual(documents[0].string(range[0]..<range[1]), sentence["text"] as? String)
        let topics = try XCTUnwrap(object["topics"] as? [[String: Any]])
        let minsk = try XCTUnwrap(topics.first { $0["id"] as? String == "minsk" })
        XCTAssertEqual(minsk["origin"] as? String, "lexicon")
        let occurrence = try XCTUnwrap((minsk["occurrences"] as? [[String: Any]])?.first)
        XCTAssertEqual(occurrence["version"] as? String, "kremlin")
        XCTAssertEqual(occurrence["text"] as? String, "accords de Minsk")
        let links = try XCTUnwrap(object["links"] as? [[String: Any]])
        let link = try XCTUnwrap(links.first)
        XCTAssertEqual(Set(link.keys), ["by", "from", "to", "score", "topics", "evidence"])
        XCTAssertEqual(link["by"] as? String, "words", "the lexical linker links by words")
        XCTAssertEqual((link["from"] as? [String: Any])?["version"] as? String, "kremlin")
        let evidence = try XCTUnwrap((link["evidence"] as? [[String: Any]])?.first)
        XCTAssertNotNil(evidence["range"] as? [Int])
        XCTAssertNotNil(evidence["text"] as? String)
    }

    func testNamesOfOneVersionOnlyAreOneSidedTopicsWithoutLexicon() {
        let documents = BundledReadouts.documents()
        let analysis = TopicEngine(lexicons: []).analyse(documents)
        let onlyKremlin = analysis.topicsOnlyIn(version: 0)
        XCTAssertTrue(onlyKremlin.contains { $0.label.contains("Genève") && $0.origin == .automatic }, "\(onlyKremlin.map(\.label))")
        XCTAssertFalse(onlyKremlin.contains { $0.label == "Biden" || $0.label == "Poutine" })
        // With the lexicon, Genève is the lexicon's topic, not an automatic one.
        let withLexicon = TopicEngine().analyse(documents)
        XCTAssertFalse(withLexicon.topics.contains { $0.origin == .automatic && $0.label.contains("Genève") })
    }

    func testAutomaticTopicsAreLabelledByTheSharedWord() throws {
        let gold = try GoldPair.load("en-reordered")
        let analysis = TopicEngine(lexicons: []).analyse(gold.documents)
        XCTAssertTrue(analysis.topics.allSatisfy { $0.origin == .automatic && $0.id.hasPrefix("auto:") })
        let labels = Set(analysis.topics.map(\.label))
        XCTAssertTrue(labels.contains { $0.contains("fentanyl") || $0.contains("precursor") }, "\(labels)")
        // The shared place, in the noun phrase it comes in ("Taiwan question").
        XCTAssertTrue(labels.contains { $0.hasPrefix("Taiwan") || $0.hasSuffix("Taiwan") }, "\(labels)")
    }

    func testSyntheticReadoutsAreDeterministicAndSized() {
        let (a1, b1) = SyntheticReadouts.pair(bytes: 20_000, seed: 5)
        let (a2, b2) = SyntheticReadouts.pair(bytes: 20_000, seed: 5)
        XCTAssertEqual(a1.text, a2.text)
        XCTAssertEqual(b1.text, b2.text)
        XCTAssertNotEqual(a1.text, b1.text)
        XCTAssertGreaterThanOrEqual(a1.text.utf8.count, 20_000)
        XCTAssertLessThan(a1.text.utf8.count, 22_000)
        XCTAssertNotEqual(SyntheticReadouts.pair(bytes: 20_000, seed: 6).0.text, a1.text)
    }

    /// "the upcoming G7 Summit in Hiroshima" and "an important summit for NATO at Vilnius"
    /// (a judge-like PMO / Downing Street pair) share a common noun, capitalised in one name:
    /// not a rare name enough for a link alone, since the other account, in the same language,
    /// writes it in lower case. A name both write with its capital still is.
    func testACommonNounCapitalisedInOneNameIsNoNameToLinkOn() throws {
        func linked(_ a: String, _ b: String) throws -> Bool {
            let documents = try [
                "Prime Minister Holt spoke with President Varga on Tuesday. \(a)",
                "President Varga received a call from Prime Minister Holt. \(b)",
            ].enumerated().map { index, text in
                try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
            }
            return TopicEngine(lexicons: []).analyse(documents).links.contains { $0.from.sentence == 1 && $0.to.sentence == 1 }
        }
        XCTAssertFalse(try linked("They looked forward to the upcoming G7 Summit in Japan.", "They looked forward to an important summit for NATO at Vilnius."))
        XCTAssertTrue(try linked("They looked forward to the upcoming meeting in Hiroshima.", "They looked forward to an important visit to Hiroshima."))
    }
}
