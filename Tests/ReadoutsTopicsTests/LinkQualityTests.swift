import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// Link quality on the hand-annotated pairs: these fail when linking gets worse.
final class LinkQualityTests: XCTestCase {
    private func links(_ analysis: Analysis) -> Set<[Int]> {
        Set(analysis.links.filter { $0.from.version == 0 && $0.to.version == 1 }.map { [$0.from.sentence, $0.to.sentence] })
    }

    private func score(_ names: [String], lexicons: [Lexicon]) throws -> LinkScores {
        var scores = LinkScores()
        for name in names {
            let gold = try GoldPair.load(name)
            let analysis = TopicEngine(lexicons: lexicons).analyse(gold.documents)
            var single = LinkScores()
            let predicted = links(analysis)
            single.add(predicted: predicted, sure: gold.resolve(gold.file.sure, analysis), possible: gold.resolve(gold.file.possible, analysis))
            print("quality \(name) lexicons=\(lexicons.count): \(single)")
            scores.add(predicted: predicted, sure: gold.resolve(gold.file.sure, analysis), possible: gold.resolve(gold.file.possible, analysis))
        }
        return scores
    }

    /// "Looked forward to", "work closely together": the readouts' courtesies are in half
    /// their sentences, and two sentences sharing only them speak of different things.
    func testSentencesSharingOnlyCourtesiesDoNotLink() throws {
        func document(_ id: String, _ text: String) throws -> Document {
            try DocumentLoader.load(bytes: Array(text.utf8), name: "\(id).txt", markdown: false, label: id)
        }
        let a = try document("a", "The leaders discussed grain exports through the Black Sea. "
            + "The minister said they look forward to the next round of talks shortly.")
        let b = try document("b", "The two sides reviewed grain exports through the Black Sea. "
            + "As you take office, I look forward to working closely together on climate finance.")
        let predicted = links(TopicEngine(lexicons: []).analyse([a, b]))
        XCTAssertTrue(predicted.contains([0, 0]), "the grain exports are not linked: \(predicted)")
        XCTAssertFalse(predicted.contains([1, 1]), "two sentences sharing only \"look forward\" are linked")
    }

    func testBundledReadoutsWithLexiconFindEveryNamedPairPrecisely() throws {
        let gold = try GoldPair.load("bundled")
        let analysis = TopicEngine(lexicons: [.international]).analyse(gold.documents)
        let predicted = links(analysis)
        for pair in gold.file.required ?? [] {
            let resolved = [gold.sentence(0, pair[0], in: analysis), gold.sentence(1, pair[1], in: analysis)]
            XCTAssertTrue(predicted.contains(resolved), "missing the link «\(pair[0])» ↔ «\(pair[1])»")
        }
        let scores = try score(["bundled"], lexicons: [.international])
        print("quality bundled with lexicon: \(scores)")
        XCTAssertGreaterThanOrEqual(scores.precision, 0.9, "\(scores)")
    }

    func testBundledReadoutsOneSidedTopics() throws {
        let gold = try GoldPair.load("bundled")
        let analysis = TopicEngine(lexicons: [.international]).analyse(gold.documents)
        for (side, version) in [("a", 0), ("b", 1)] {
            for id in gold.file.oneSided?[side] ?? [] {
                let topic = try XCTUnwrap(analysis.topic(id: id), "topic \(id) not found")
                XCTAssertEqual(topic.versions, [version], "\(id) should be only in version \(version)")
                XCTAssertTrue(analysis.topicsOnlyIn(version: version).contains { $0.id == id })
            }
        }
        for shared in ["sanctions", "troops", "cyber", "iran", "follow-up"] {
            XCTAssertEqual(analysis.topic(id: shared)?.versions, [0, 1], "\(shared) should be in both versions")
        }
    }

    func testEnglishPairsWithoutLexicon() throws {
        let scores = try score(["en-rephrased", "en-reordered", "en-one-to-five", "en-nothing-in-common", "en-long-reordered", "en-us-china"], lexicons: [])
        print("quality English pairs without lexicon: \(scores)")
        XCTAssertGreaterThanOrEqual(scores.precision, 0.75, "\(scores)")
        XCTAssertGreaterThanOrEqual(scores.recall, 0.5, "\(scores)")
    }

    func testPairWithNothingInCommonHasNoLinks() throws {
        let gold = try GoldPair.load("en-nothing-in-common")
        for lexicons in [[], [Lexicon.international]] {
            XCTAssertEqual(TopicEngine(lexicons: lexicons).analyse(gold.documents).links.count, 0)
        }
    }

    func testFrenchPairsWithoutLexicon() throws {
        let scores = try score(["fr-reordered", "fr-elysee-kremlin"], lexicons: [])
        print("quality French pairs without lexicon: \(scores)")
        XCTAssertGreaterThanOrEqual(scores.precision, 0.75, "\(scores)")
        XCTAssertGreaterThanOrEqual(scores.recall, 0.5, "\(scores)")
    }

    func testCrossLanguagePairWithLexicon() throws {
        let gold = try GoldPair.load("en-ru-crosslingual")
        let analysis = TopicEngine(lexicons: [.international]).analyse(gold.documents)
        XCTAssertEqual(analysis.versions.map(\.language), [.english, .russian])
        let scores = try score(["en-ru-crosslingual"], lexicons: [.international])
        XCTAssertGreaterThanOrEqual(scores.precision, 0.8, "\(scores)")
        XCTAssertGreaterThanOrEqual(scores.recall, 0.5, "\(scores)")
        for (side, version) in [("a", 0), ("b", 1)] {
            for id in gold.file.oneSided?[side] ?? [] { XCTAssertEqual(analysis.topic(id: id)?.versions, [version], id) }
        }
    }

    func testAllPairsWithLexicon() throws {
        let scores = try score(["en-rephrased", "en-reordered", "en-one-to-five", "en-nothing-in-common", "en-long-reordered", "en-us-china", "fr-reordered", "fr-elysee-kremlin"], lexicons: [.international])
        print("quality own pairs with lexicon: \(scores)")
        XCTAssertGreaterThanOrEqual(scores.precision, 0.75, "\(scores)")
    }
}
