import ReadoutsQuality
import ReadoutsTopics
import XCTest

/// Link quality of the four linkers (lexical and semantic, each without and with the lexicon)
/// on the annotated dev and test pairs; the semantic ones need the installed encoder
/// (`InstalledEncoder`: skipped with a notice without it, required in CI). The floors sit just
/// under the figures measured when the sets were made (the README reports the test ones), so
/// that a regression fails; raise them when the engine gets better.
final class DevTestQualityTests: XCTestCase {
    struct Floors {
        var precision: Double
        var topicRecall: Double
        var crossLanguageTopicRecall: Double
        var oneSidedUnlinked: Double
        var sentencePairRecall: Double
    }

    private func check(_ linker: any QualityLinker, _ split: AnnotationSet.Split, _ floors: Floors) throws {
        let set = try AnnotationSet.load(split, root: AnnotationSet.defaultRoot)
        let summary = try QualityEvaluation.evaluate(set, with: linker)
        QualityReport.pairLines(summary).forEach { print($0) }
        let measured: [(String, Ratio, Double)] = [
            ("link precision", summary.linkPrecision, floors.precision),
            ("topic recall", summary.topicRecall, floors.topicRecall),
            ("cross-language topic recall", summary.crossLanguageTopicRecall, floors.crossLanguageTopicRecall),
            ("one-sided topics unlinked", summary.oneSidedDetection, floors.oneSidedUnlinked),
            ("sentence-pair recall", summary.sentencePairRecall, floors.sentencePairRecall),
        ]
        for (name, ratio, floor) in measured {
            XCTAssertGreaterThanOrEqual(ratio.value, floor, "\(linker.name) on \(split): \(name) \(ratio) fell below \(floor)")
        }
    }

    func testLexicalOnDev() throws {
        try check(LexicalLinker(lexicons: []), .dev, Floors(
            precision: 0.94, topicRecall: 0.50, crossLanguageTopicRecall: 0.34, oneSidedUnlinked: 0.90, sentencePairRecall: 0.26))
    }

    func testLexicalOnTest() throws {
        try check(LexicalLinker(lexicons: []), .test, Floors(
            precision: 0.92, topicRecall: 0.60, crossLanguageTopicRecall: 0.36, oneSidedUnlinked: 0.88, sentencePairRecall: 0.38))
    }

    func testLexicalWithLexiconOnDev() throws {
        try check(LexicalLinker(lexicons: [.international]), .dev, Floors(
            precision: 0.93, topicRecall: 0.67, crossLanguageTopicRecall: 0.60, oneSidedUnlinked: 0.87, sentencePairRecall: 0.39))
    }

    func testLexicalWithLexiconOnTest() throws {
        try check(LexicalLinker(lexicons: [.international]), .test, Floors(
            precision: 0.88, topicRecall: 0.70, crossLanguageTopicRecall: 0.48, oneSidedUnlinked: 0.85, sentencePairRecall: 0.44))
    }

    func testSemanticOnDev() throws {
        try check(SemanticQualityLinker(lexicons: [], semantic: InstalledEncoder.semantic()), .dev, Floors(
            precision: 0.91, topicRecall: 0.73, crossLanguageTopicRecall: 0.75, oneSidedUnlinked: 0.84, sentencePairRecall: 0.45))
    }

    func testSemanticOnTest() throws {
        try check(SemanticQualityLinker(lexicons: [], semantic: InstalledEncoder.semantic()), .test, Floors(
            precision: 0.81, topicRecall: 0.70, crossLanguageTopicRecall: 0.54, oneSidedUnlinked: 0.73, sentencePairRecall: 0.48))
    }

    func testSemanticWithLexiconOnDev() throws {
        try check(SemanticQualityLinker(lexicons: [.international], semantic: InstalledEncoder.semantic()), .dev, Floors(
            precision: 0.91, topicRecall: 0.90, crossLanguageTopicRecall: 0.90, oneSidedUnlinked: 0.77, sentencePairRecall: 0.58))
    }

    func testSemanticWithLexiconOnTest() throws {
        try check(SemanticQualityLinker(lexicons: [.international], semantic: InstalledEncoder.semantic()), .test, Floors(
            precision: 0.83, topicRecall: 0.83, crossLanguageTopicRecall: 0.74, oneSidedUnlinked: 0.64, sentencePairRecall: 0.59))
    }
}
