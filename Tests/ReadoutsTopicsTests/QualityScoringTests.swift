import Foundation
import ReadoutsQuality
import ReadoutsText
import ReadoutsTopics
import XCTest

/// The quality measures on a small pair with hand-made links, so that each definition in the
/// annotations README is checked on its own.
final class QualityScoringTests: XCTestCase {
    /// Side a: 0 opening, 1 trade, 2 Ukraine, 3 whales (one-sided). Side b: 0 opening,
    /// 1 trade, 2 Ukraine, 3 Syria (one-sided), 4 trade and Syria.
    private let json = """
        {
          "event": "A call", "possible": [["spoke today", "had a call"]],
          "a": {"label": "A", "party": "Ruritania", "language": "en", "kind": "official", "publisher": "P", "url": "https://a",
                "date": "2024-01-01", "terms": "T",
                "text": "The President spoke today with the Chancellor.\\n\\nThey discussed tariffs on steel.\\n\\nThey backed Ukraine.\\n\\nThey spoke of whales."},
          "b": {"label": "B", "party": "Borduria", "language": "en", "kind": "official", "publisher": "P", "url": "https://b",
                "date": "2024-01-01", "terms": "T",
                "text": "The Chancellor had a call with the President.\\n\\nSteel duties were raised.\\n\\nUkraine needs support.\\n\\nSyria came up.\\n\\nTrade and Syria were linked."},
          "topics": [
            {"id": "trade", "label": "Trade", "a": ["tariffs on steel"], "b": ["Steel duties", "Trade and Syria"]},
            {"id": "ukraine", "label": "Ukraine", "a": ["backed Ukraine"], "b": ["Ukraine needs support"]},
            {"id": "whales", "label": "Whales", "a": ["whales"], "b": []},
            {"id": "syria", "label": "Syria", "a": [], "b": ["Syria came up", "Trade and Syria"]}
          ]
        }
        """

    private func evaluate(links: [(Int, Int)], topics: [Analysis.Topic] = []) throws -> PairResult {
        var pair = try JSONDecoder().decode(AnnotatedPair.self, from: Data(json.utf8))
        pair.name = "toy"
        let documents = try pair.documents()
        var analysis = TopicEngine(lexicons: []).analyse(documents)
        analysis.links = links.map {
            Analysis.Link(
                from: .init(version: 0, sentence: $0.0), to: .init(version: 1, sentence: $0.1), score: 1, topics: [], evidence: [])
        }
        analysis.topics = topics
        let gold = try GoldStandard(pair, documents: documents, analysis: analysis)
        return PairResult(pair: pair, gold: gold, analysis: analysis)
    }

    func testPossibleLinksCountNeitherForNorAgainstPrecision() throws {
        let result = try evaluate(links: [(1, 1), (0, 0), (3, 2)])
        let summary = QualitySummary(linker: "toy", split: "dev", results: [result])
        XCTAssertEqual(result.correct, 1)
        XCTAssertEqual(result.possible, 1)
        XCTAssertEqual(result.wrong, 1)
        XCTAssertEqual(summary.linkPrecision.value, 0.5)
        XCTAssertEqual(summary.possibleShare.numerator, 1)
    }

    func testSureLinksAreEverySentencePairOfASharedTopic() throws {
        let result = try evaluate(links: [])
        // trade: 1 × {1, 4}; ukraine: 2 × 2.
        XCTAssertEqual(result.sure, 3)
        XCTAssertEqual(result.sharedTopics, 2)
        XCTAssertEqual(result.topicsFound, 0)
        XCTAssertEqual(QualitySummary(linker: "toy", split: "dev", results: [result]).linkPrecision.value, 1)
    }

    func testOneLinkBetweenItsSentencesFindsATopic() throws {
        let result = try evaluate(links: [(1, 4)])
        XCTAssertEqual(result.topicsFound, 1)
        XCTAssertEqual(result.missedTopics, ["ukraine"])
        XCTAssertEqual(QualitySummary(linker: "toy", split: "dev", results: [result]).sentencePairRecall.description, "0.33 (1/3)")
    }

    /// Syria's sentence 4 also speaks of trade, so only its sentence 3 says whether it was
    /// left alone; linking sentence 4 for trade is right and does not undo the detection.
    func testOneSidedTopicsAreDetectedByTheirExclusiveSentencesLeftUnlinked() throws {
        let detected = try evaluate(links: [(1, 4)])
        XCTAssertEqual(detected.oneSided, 2)
        XCTAssertEqual(detected.oneSidedDetected, 2)
        let missed = try evaluate(links: [(3, 3)])
        XCTAssertEqual(missed.oneSidedDetected, 0, "whales and Syria were linked to each other")
    }

    func testTheEnginesOneSidedTopicsAreJudgedBySentences() throws {
        func topic(_ id: String, side: Int, sentence: Int) -> Analysis.Topic {
            Analysis.Topic(id: id, label: id, origin: .automatic, occurrences: [.init(version: side, sentence: sentence, range: 0..<1)])
        }
        let result = try evaluate(links: [], topics: [
            topic("whales", side: 0, sentence: 3),  // right: a one-sided subject
            topic("steel", side: 0, sentence: 1),  // wrong: trade is on both sides
            topic("chancellor", side: 1, sentence: 0),  // in no annotated topic
        ])
        XCTAssertEqual(result.engineOneSidedRight, 1)
        XCTAssertEqual(result.engineOneSidedWrong, 1)
        XCTAssertEqual(result.engineOneSidedUnannotated, 1)
        XCTAssertEqual(result.goldOneSided, 2)
        XCTAssertEqual(result.goldOneSidedFlagged, 1)
    }

    func testAQuoteMatchingNoSentenceIsAnError() throws {
        var pair = try JSONDecoder().decode(AnnotatedPair.self, from: Data(json.utf8))
        pair.topics[0].a = ["no such words"]
        let documents = try pair.documents()
        let analysis = TopicEngine(lexicons: []).analyse(documents)
        XCTAssertThrowsError(try GoldStandard(pair, documents: documents, analysis: analysis))
    }
}
