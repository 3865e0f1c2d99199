import ReadoutsText
import XCTest
@testable import ReadoutsReader

/// A sentence that speaks of the reports themselves ("La Maison Blanche a cependant publié
/// un bref communiqué de cinq phrases.") is linked to nothing but is no omission: `o` passes
/// it, and the status line and Enter say why. A student took three minutes and the brief to
/// learn why `o` never stopped there.
final class AboutTheReportsTests: XCTestCase {
    func testEnterAndTheStatusLineSayASentenceAboutTheReportsIsPassed() throws {
        var state = Fixtures.bundledState(width: 160, height: 30)
        let index = try XCTUnwrap(state.topics)
        let sentence = try XCTUnwrap(index.analysis.versions[1].sentences.first {
            Fixtures.bundled[1].string($0.range).contains("bref communiqué de cinq phrases")
        }).index
        XCTAssertTrue(index.isAboutTheReports(1, sentence: sentence))
        XCTAssertFalse(index.isLinkedToNothing(1, sentence: sentence), "no o stop")
        state.press(.tab)
        state.type(":\(sentence + 1)")
        state.press(.enter)
        XCTAssertTrue(render(state).row(state.layout.statusRow).contains("sentence \(sentence + 1) · about the reports themselves, not the event"),
                      render(state).row(state.layout.statusRow))
        state.press(.enter)
        XCTAssertEqual(state.notice?.text, "sentence \(sentence + 1) speaks of the reports themselves, not of the event: o passes it")
    }
}
