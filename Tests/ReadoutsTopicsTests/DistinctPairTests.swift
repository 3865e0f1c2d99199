import ReadoutsQuality
import XCTest
@testable import ReadoutsTopics

/// Two sentences that are each other's closest by far, though their similarity stays under
/// `similarityLow`, link (`SemanticParameters.distinctLow`): on these dev pairs a French
/// sentence on "citoyens japonais enlevés par la Corée du Nord" and an English one on "the
/// abduction issues", two Kremlin and Akorda sentences thanking the CSTO ("ОДКБ") for its
/// help, and two Russian sentences on a strategic partnership were left unlinked, and the
/// reader showed no shared topic there.
final class DistinctPairTests: XCTestCase {
    static let pairs: [(name: String, a: Int, b: Int)] = [
        ("trudeau-kishida-2022-02-08", 6, 11),
        ("tokayev-putin-2022-01-07", 1, 2),
        ("mirziyoyev-putin-2025-12-30", 3, 4),
    ]

    private func linked(_ engine: TopicEngine) throws -> [String: Bool] {
        let set = try AnnotationSet.load(.dev, root: AnnotationSet.defaultRoot)
        var result: [String: Bool] = [:]
        for (name, a, b) in Self.pairs {
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
}
