import ReadoutsText
import XCTest
@testable import ReadoutsReader

/// The reader on versions still loading (issue 15): what is there scrolls at once, what
/// needs the whole text waits and says so, and linking starts when every version is whole.
final class LoadingTests: XCTestCase {
    func prose(_ paragraphs: Int) -> String {
        (1...paragraphs).map { "Paragraphe \($0) : les présidents ont évoqué la sécurité européenne." }.joined(separator: "\n\n")
    }

    /// Two versions shown from their heads (the first `headParagraphs`), and their wholes.
    func loadingState(headParagraphs: Int = 30, paragraphs: Int = 300) -> (ReaderState, [Document]) {
        let wholes = [Fixtures.document(prose(paragraphs), label: "A"), Fixtures.document(prose(paragraphs), label: "B")]
        let heads = [Fixtures.document(prose(headParagraphs), label: "A"), Fixtures.document(prose(headParagraphs), label: "B")]
            .map { head -> Document in
                var head = head
                head.isPartial = true
                return head
            }
        return (ReaderState(documents: heads, width: 80, height: 20, theme: Fixtures.theme), wholes)
    }

    func testLinkingWaitsForTheWholeText() {
        var (state, wholes) = loadingState()
        XCTAssertEqual(state.apply(.start), [], "no analysis of a head")
        XCTAssertEqual(state.apply(.loaded(version: 0, wholes[0])), [], "one version is still loading")
        XCTAssertEqual(state.apply(.loaded(version: 1, wholes[1])), [.startAnalysis])
        XCTAssertFalse(state.isLoading)
    }

    func testScrollingWorksWhileLoadingAndTheStatusLineSaysLoading() {
        var (state, _) = loadingState()
        XCTAssertTrue(state.isLoading, "the versions are heads still loading")
        state.apply(.loadProgress(0.45))
        XCTAssertTrue(render(state).row(19).contains("loading 45%"), render(state).row(19))
        let top = state.paneText(0)
        state.press(.character("j"))
        XCTAssertEqual(state.paneText(0)[0], top[1], "j scrolls at once")
    }

    func testGWaitsVisiblyAndRunsWhenTheTextIsWhole() {
        var (state, wholes) = loadingState()
        state.press(.character("G"))
        XCTAssertTrue(render(state).row(19).contains("waiting for the whole text"), render(state).row(19))
        XCTAssertFalse(render(state).row(19).contains("Bot"), "G has not moved within the head")
        state.apply(.loaded(version: 0, wholes[0]))
        state.apply(.loaded(version: 1, wholes[1]))
        XCTAssertTrue(render(state).row(19).contains("Bot"), render(state).row(19))
        XCTAssertTrue(state.paneText(0).joined().contains("Paragraphe 300"), "the end of the whole text is shown")
        XCTAssertFalse(render(state).row(19).contains("waiting"))
    }

    /// The notice belongs to the waiting command, not to the last key: scrolling on while
    /// G waits keeps saying so, until G has run.
    func testTheWaitIsShownUntilTheCommandRunsWhateverKeysFollow() {
        var (state, wholes) = loadingState()
        state.press(.character("G"), .character("j"), .character("j"))
        state.apply(.loadProgress(0.6))
        XCTAssertTrue(render(state).row(19).contains("waiting for the whole text"), render(state).row(19))
        XCTAssertTrue(render(state).row(19).contains("loading 60%"), render(state).row(19))
        state.apply(.loaded(version: 0, wholes[0]))
        XCTAssertTrue(render(state).row(19).contains("waiting for the whole text"), "one version is still loading")
        state.apply(.loaded(version: 1, wholes[1]))
        XCTAssertFalse(render(state).row(19).contains("waiting"), render(state).row(19))
    }

    func testTheReadingPositionSurvivesTheSwap() {
        var (state, wholes) = loadingState()
        state.press(.character(" "), .character(" "))
        let shown = state.paneText(0)
        state.apply(.loaded(version: 0, wholes[0]))
        XCTAssertEqual(state.paneText(0), shown, "the same rows are on screen")
        // The whole version did replace the head: its end is there to go to.
        XCTAssertFalse(state.documents[0].isPartial, "the whole version is in")
        state.apply(.loaded(version: 1, wholes[1]))
        state.press(.character("G"))
        XCTAssertTrue(state.paneText(0).joined().contains("Paragraphe 300"), "the whole text follows the rows kept")
    }

    func testANoticeFromLoadingIsShown() {
        var (state, wholes) = loadingState()
        var whole = wholes[0]
        whole.notice = "grew while loading: showing its first 100 bytes"
        state.apply(.loaded(version: 0, whole))
        XCTAssertTrue(render(state).row(19).contains("A: grew while loading"), render(state).row(19))
    }
}
