import Foundation
import ReadoutsQuality
import ReadoutsText
import ReadoutsTopics
import XCTest

/// The development and test sets themselves: enough real pairs, cross-language ones on both
/// sides, every text with its origin, every quote naming one sentence, and none of the
/// sources the outside judges use.
final class AnnotatedPairsTests: XCTestCase {
    private func sets() throws -> [AnnotationSet] {
        try AnnotationSet.Split.allCases.map { try AnnotationSet.load($0, root: AnnotationSet.defaultRoot) }
    }

    func testSplitsHoldEnoughPairsWithCrossLanguageOnesOnBothSides() throws {
        let sets = try sets()
        let all = sets.flatMap(\.pairs)
        XCTAssertGreaterThanOrEqual(all.count, 24)
        XCTAssertGreaterThanOrEqual(all.filter(\.isCrossLanguage).count, 6)
        for set in sets {
            XCTAssertGreaterThanOrEqual(set.pairs.count, 10, "\(set.split) is too small to measure anything")
            XCTAssertGreaterThanOrEqual(set.pairs.filter(\.isCrossLanguage).count, 3, "\(set.split) needs cross-language pairs")
        }
        let languages = Set(all.flatMap { [$0.a.language, $0.b.language] })
        XCTAssertEqual(languages, ["de", "en", "es", "fr", "ru"])
        // One event, one split: a pair's event is never tuned on through a sibling in dev.
        XCTAssertEqual(Set(all.map(\.event)).count, all.count)
        XCTAssertEqual(Set(all.map(\.name)).count, all.count)
    }

    func testEveryAccountNamesItsOriginAndIsInItsDeclaredLanguage() throws {
        let iso = /^\d{4}-\d{2}-\d{2}$/
        for pair in try sets().flatMap(\.pairs) {
            let analysis = TopicEngine(lexicons: []).analyse(try pair.documents())
            for (index, side) in pair.sides.enumerated() {
                let where_ = "\(pair.name) side \(index == 0 ? "a" : "b")"
                XCTAssertTrue(side.url.hasPrefix("http"), where_)
                XCTAssertFalse(side.publisher.isEmpty || side.party.isEmpty || side.terms.isEmpty || side.label.isEmpty, where_)
                XCTAssertNotNil(side.date.wholeMatch(of: iso), where_)
                XCTAssertTrue(["official", "news"].contains(side.kind), where_)
                XCTAssertEqual(analysis.versions[index].language, side.parsedLanguage, "\(where_): detected language")
                XCTAssertGreaterThanOrEqual(analysis.versions[index].sentences.count, 3, "\(where_): too short to link")
            }
        }
    }

    func testEveryQuoteNamesExactlyOneSentenceAndEveryPairSharesATopic() throws {
        for pair in try sets().flatMap(\.pairs) {
            let documents = try pair.documents()
            let analysis = TopicEngine(lexicons: []).analyse(documents)
            let gold = try GoldStandard(pair, documents: documents, analysis: analysis)
            XCTAssertEqual(Set(pair.topics.map(\.id)).count, pair.topics.count, "\(pair.name): duplicate topic ids")
            XCTAssertTrue(pair.topics.allSatisfy { !$0.a.isEmpty || !$0.b.isEmpty }, "\(pair.name): a topic without quotes")
            XCTAssertFalse(gold.sharedTopics.isEmpty, "\(pair.name): no shared topic")
            XCTAssertTrue(pair.possible.allSatisfy { $0.count == 2 }, "\(pair.name): a possible pair is not two quotes")
        }
    }

    /// The outside judges use the White House's readouts of 2021–2024 calls with Canada, the
    /// UK and Russia, and Canada's and the UK's of the same calls: none may be here.
    func testNoneOfTheJudgesSourcesIsUsed() throws {
        let judged: Set<String> = ["Canada", "United Kingdom", "Russia"]
        for pair in try sets().flatMap(\.pairs) {
            let parties = Set(pair.sides.map(\.party))
            let year = Int(pair.a.date.prefix(4)) ?? 0
            if parties.contains("United States"), (2021...2024).contains(year) {
                XCTAssertTrue(parties.isDisjoint(with: judged), "\(pair.name): a call the judges use")
            }
        }
    }
}
