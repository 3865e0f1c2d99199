import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// While topics are still being linked the reader tells the analysis where it reads (an
/// effect, so the semantic linker can work from the viewport outward), and its status line
/// says what is being done: linking, linking by meaning, or an analysis read from the cache.
final class LinkingProgressTests: XCTestCase {
    func testScrollingWhileLinkingTellsTheAnalysisWhereTheReaderIs() {
        var state = Fixtures.bundledState(height: 20, analysed: false)
        let effects = state.apply(.key(.character(" ")))
        XCTAssertNotEqual(state.panes[0].anchor, 0, "Space paged")
        XCTAssertEqual(effects, [.showViewport(state.panes.map(\.anchor))])
        XCTAssertEqual(state.apply(.tick), [], "an event that does not move says nothing")
    }

    func testOnceLinkedTheViewportIsNoLongerSent() {
        var state = Fixtures.bundledState(height: 20, analysed: true)
        XCTAssertEqual(state.apply(.key(.character(" "))), [], "nothing is linking any more")
        XCTAssertNotEqual(state.panes[0].anchor, 0)
    }

    private func statusRow(_ analysis: Analysis, progress: Double) -> String {
        var state = Fixtures.bundledState(width: 120, height: 20, analysed: false)
        state.apply(.topics(TopicIndex(analysis, documents: Fixtures.bundled), progress: progress))
        return render(state).row(19)
    }

    func testTheStatusLineSaysWhenLinksByMeaningAreBeingMade() {
        var analysis = Fixtures.bundledAnalysis
        analysis.isComplete = false
        analysis.linker = LinkerInfo(kind: .semantic, model: "use", path: .full)
        XCTAssertTrue(statusRow(analysis, progress: 0.2).contains("linking 20%"))
        XCTAssertFalse(statusRow(analysis, progress: 0.2).contains("by meaning"))
        analysis.isLinkingByMeaning = true
        XCTAssertTrue(statusRow(analysis, progress: 0.4).contains("linking by meaning 40%"), statusRow(analysis, progress: 0.4))
    }

    func testTheStatusLineSaysTheLinksCameFromTheCache() {
        var analysis = Fixtures.bundledAnalysis
        analysis.linker = LinkerInfo(kind: .semantic, model: "use", path: .tokenAverage)
        analysis.isFromCache = true
        let row = statusRow(analysis, progress: 1)
        XCTAssertTrue(row.contains("semantic (token average) cached"), row)
        XCTAssertFalse(row.contains("linking"), row)
    }
}
