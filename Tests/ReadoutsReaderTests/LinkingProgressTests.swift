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

    /// `J` while linking says what it waits for; the percentage follows the linking, and
    /// once linking is done the notice says so (a journalist's "changes are found once
    /// linking is done (linking 25%)" stayed on screen for almost two minutes after it was).
    func testANoticeWaitingForLinkingFollowsItAndSaysWhenItIsDone() {
        var state = Fixtures.bundledState(width: 120, height: 20, analysed: false)
        var partial = Fixtures.bundledAnalysis
        partial.isComplete = false
        state.apply(.topics(TopicIndex(partial, documents: Fixtures.bundled), progress: 0.25))
        state.press(.character("J"))
        XCTAssertEqual(state.notice?.text, "changes are found once linking is done (linking 25%)")
        state.apply(.progress(0.6))
        XCTAssertEqual(state.notice?.text, "changes are found once linking is done (linking 60%)")
        state.apply(.topics(TopicIndex(Fixtures.bundledAnalysis, documents: Fixtures.bundled), progress: 1))
        XCTAssertEqual(state.notice?.text, "linking done: J again finds the changes")
        XCTAssertTrue(render(state).row(19).contains("linking done: J again finds the changes"), render(state).row(19))
        // A sentence command waits for the sentences only: the first partial analysis has them.
        var early = Fixtures.bundledState(width: 120, height: 20, analysed: false)
        early.press(.character("y"))
        XCTAssertEqual(early.notice?.text, "sentences are still being found (linking 0%)")
        early.apply(.topics(TopicIndex(partial, documents: Fixtures.bundled), progress: 0.2))
        XCTAssertEqual(early.notice?.text, "sentences found: the command works now")
        // Any other notice is left as it is.
        var other = Fixtures.bundledState(width: 120, height: 20, analysed: false)
        other.apply(.notice("copied"))
        other.apply(.progress(0.5))
        XCTAssertEqual(other.notice?.text, "copied")
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

    /// The linker reports every 256 sentences, a step well under 1% on long versions: the
    /// status line still counts up through them (compared with the last report instead of
    /// the last shown, none of these steps moved it, and it stayed at 45% for seconds).
    func testManySmallProgressStepsStillMoveTheStatusLine() {
        var gate = ProgressGate()
        var shown: [Double] = []
        for step in 1...1000 where gate.admits(Double(step) / 1000) { shown.append(Double(step) / 1000) }
        XCTAssertGreaterThanOrEqual(shown.count, 90)
        XCTAssertGreaterThanOrEqual(shown.last ?? 0, 0.99)
        XCTAssertTrue(zip(shown, shown.dropFirst()).allSatisfy { $1 - $0 >= 0.01 }, "at most one update per percent")
        gate.markShown(0.995)
        XCTAssertFalse(gate.admits(1.0), "an analysis posted with its fraction counts as shown")
    }
}
