import ReadoutsQuality
import XCTest

/// Leave-one-pair-out cross-validation (`readouts-bench quality --cross-validate`): each pair
/// is scored with the setting chosen on the others, so a setting that wins only through the
/// pair it is judged on does not get credit for it.
final class CrossValidationTests: XCTestCase {
    private func result(_ name: String, correct: Int, wrong: Int, shared: Int, found: Int) -> PairResult {
        var result = PairResult(name: name, languagePair: "en-en", isCrossLanguage: false)
        result.predicted = correct + wrong
        result.correct = correct
        result.sure = shared * 2
        result.sharedTopics = shared
        result.missedTopics = (0..<(shared - found)).map { "missed \($0)" }
        return result
    }

    /// "loose" finds more topics on every pair but is imprecise on two of them; "tight" is precise.
    /// Chosen on the other pairs, "loose" wins only where its own imprecise pair is left out
    /// and the other pairs still let it through.
    func testEachPairIsScoredWithTheSettingChosenWithoutIt() {
        let tight = CrossValidation.Setting(name: "tight", results: [
            result("p0", correct: 5, wrong: 0, shared: 4, found: 3),
            result("p1", correct: 5, wrong: 0, shared: 4, found: 3),
            result("p2", correct: 5, wrong: 0, shared: 4, found: 3),
        ])
        let loose = CrossValidation.Setting(name: "loose", results: [
            result("p0", correct: 6, wrong: 0, shared: 4, found: 4),
            result("p1", correct: 6, wrong: 4, shared: 4, found: 4),
            result("p2", correct: 6, wrong: 0, shared: 4, found: 4),
        ])
        // Plain figures: loose finds every topic at precision 18/22 = 0.82, under the floor.
        XCTAssertEqual(CrossValidation.choose([
            QualitySummary(linker: "x", split: "dev", results: tight.results),
            QualitySummary(linker: "x", split: "dev", results: loose.results),
        ]), 0)
        let validation = CrossValidation([tight, loose], linker: "x", split: "dev")
        // Without p1, loose is precise (12/12) and finds more: chosen for p0 and p2; with p1
        // among the training pairs (leaving p0 or p2 out), it is 12/16 = 0.75: tight.
        XCTAssertEqual(validation.chosen, [0, 1, 0])
        XCTAssertEqual(validation.summary.topicRecall.numerator, 3 + 4 + 3)
        XCTAssertEqual(validation.summary.linkPrecision.description, "0.80 (16/20)")
        XCTAssertEqual(validation.summary.linker, "x (cross-validated)")
    }

    /// Among settings precise enough, the one finding the most topics; ties go to the first listed.
    func testTheFirstSettingWinsTies() {
        let one = [result("p0", correct: 4, wrong: 0, shared: 2, found: 2)]
        let summaries = [QualitySummary(linker: "x", split: "dev", results: one), QualitySummary(linker: "x", split: "dev", results: one)]
        XCTAssertEqual(CrossValidation.choose(summaries), 0)
    }

    /// Among settings finding as many topics, the more precise one.
    func testEqualTopicsGoToTheMorePrecise() {
        let lessPrecise = [result("p0", correct: 20, wrong: 1, shared: 2, found: 2)]
        let precise = [result("p0", correct: 20, wrong: 0, shared: 2, found: 2)]
        XCTAssertEqual(CrossValidation.choose([QualitySummary(linker: "x", split: "dev", results: lessPrecise),
                                               QualitySummary(linker: "x", split: "dev", results: precise)]), 1)
    }

    /// A setting that fails the bundled readouts is never chosen, however well it scores.
    func testAnIneligibleSettingIsNeverChosen() {
        let good = [result("p0", correct: 4, wrong: 0, shared: 2, found: 2), result("p1", correct: 4, wrong: 0, shared: 2, found: 2)]
        let fair = [result("p0", correct: 4, wrong: 0, shared: 2, found: 1), result("p1", correct: 4, wrong: 0, shared: 2, found: 1)]
        let validation = CrossValidation([.init(name: "fair", results: fair), .init(name: "good", results: good, eligible: false)],
                                         linker: "x", split: "dev")
        XCTAssertEqual(validation.chosen, [0, 0])
    }
}
