import ReadoutsQuality
import XCTest
@testable import ReadoutsTopics

/// Two sentences that are each other's closest by far, though their similarity stays under
/// `similarityLow`, link (`SemanticParameters.distinctLow`): on these dev pairs a French
/// sentence on Macron thanking Starmer for coming to the Armistice ceremony and the English
/// one on Starmer thanking him for the invitation, two Russian sentences on a strategic
/// partnership, and two English ones on trading blocs and the free-trade system were left
/// unlinked, and the reader showed no shared topic there.
final class DistinctPairTests: XCTestCase {
    static let pairs: [(name: String, a: Int, b: Int)] = [
        ("macron-starmer-2024-11-11", 1, 1),
        ("mirziyoyev-putin-2025-12-30", 3, 4),
        ("starmer-ishiba-2025-04-10", 3, 0),
    ]

    private func linked(_ engine: TopicEngine, pairs: [(name: String, a: Int, b: Int)] = pairs) throws -> [String: Bool] {
        let set = try AnnotationSet.load(.dev, root: AnnotationSet.defaultRoot)
        var result: [String: Bool] = [:]
        for (name, a, b) in pairs {
            let pair = try XCTUnwrap(set.pairs.first { $0.name == name })
            let analysis = engine.analyse(try pair.documents())
            result[name] = analysis.counterparts(of: 0, sentence: a).contains(Analysis.SentenceRef(version: 1, sentence: b))
        }
        return result
    }

    func testSentencesClosestToEachOtherByFarLink() throws {
        let engine = try InstalledEncoder.engine()
        for (name, isLinked) in try linked(engine) {
            XCTAssertTrue(isLinked, "\(name): the two sentences on one topic are linked")
        }
    }

    /// Without the rule, none of them is: what links them is the rule, not another.
    func testWithoutTheRuleTheyStayUnlinked() throws {
        var engine = try InstalledEncoder.engine()
        engine.semantic?.parameters.distinctLow = 2
        for (name, isLinked) in try linked(engine) {
            XCTAssertFalse(isLinked, "\(name): linked without the rule")
        }
    }

    /// Two opening sentences masked down to "The to the of , , this morning." and "I have a
    /// message for you all today: this is a changed ." are each other's closest by far, by
    /// what little is left of them: they do not link by this rule (`distinctWords`).
    func testSentencesMaskedToNextToNothingDoNotLinkByIt() throws {
        let opening = [(name: "starmer-modi-2024-07-06", a: 0, b: 8)]
        var engine = try InstalledEncoder.engine()
        XCTAssertEqual(try linked(engine, pairs: opening), ["starmer-modi-2024-07-06": false])
        engine.semantic?.parameters.distinctWords = 0
        XCTAssertEqual(try linked(engine, pairs: opening), ["starmer-modi-2024-07-06": true], "without the word count, they link")
    }
}
