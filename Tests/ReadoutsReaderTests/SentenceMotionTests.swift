import XCTest
@testable import ReadoutsReader

/// `)` and `(`, vim's sentence motions: a translator checking a translation sentence by
/// sentence typed `:2`, `:3`, `:4`… for want of them.
final class SentenceMotionTests: XCTestCase {
    private let texts = [
        "The harbour reopened on Monday. Ferries resumed at noon. The mayor thanked the crews. Tolls stay frozen until June.",
        "Le port a rouvert lundi. Les ferries ont repris à midi. Le maire a remercié les équipages. Les péages restent gelés.",
    ]

    func testParenthesesStepThroughTheFocusedPanesSentences() {
        var state = Fixtures.analysedState(texts, prefix: "V", width: 120, height: 20)
        state.type(")")
        XCTAssertEqual(state.notice?.text, "V1 sentence 1 of 4", "the first ) goes to the first sentence on screen")
        state.type(")")
        XCTAssertEqual(state.notice?.text, "V1 sentence 2 of 4")
        XCTAssertEqual(state.currentSentence()?.sentence, 1, "y, Y and m act on the sentence reached")
        state.type("2)")
        XCTAssertEqual(state.notice?.text, "V1 sentence 4 of 4", "a count steps as many sentences")
        state.type(")")
        XCTAssertEqual(state.notice?.text, "no next sentence: V1 ends with sentence 4")
        XCTAssertEqual(state.currentSentence()?.sentence, 3, "past the end it stays")
        state.type("(")
        XCTAssertEqual(state.notice?.text, "V1 sentence 3 of 4")
        state.press(.tab)
        state.type(")")
        XCTAssertEqual(state.focus, 1)
        XCTAssertTrue(state.notice?.text.hasPrefix("V2 sentence") == true, "in the focused pane: \(state.notice?.text ?? "")")
    }

    /// `>` and `<` took `)` and `(`'s old task: with every version shown, they say so.
    func testLaterVersionsWithEveryVersionShownSaySo() {
        var state = Fixtures.analysedState(texts, prefix: "V", width: 120, height: 20)
        state.type(">")
        XCTAssertEqual(state.notice?.text, "all 2 versions are shown (> and < bring in the others when they do not fit)")
    }

    func testStepsBackFromTheFirstSentenceSayThereIsNone() {
        var state = Fixtures.analysedState(texts, prefix: "V", width: 120, height: 20)
        state.type(":1")
        state.press(.enter)
        state.type("(")
        XCTAssertEqual(state.notice?.text, "no previous sentence: V1 starts here")
    }
}
