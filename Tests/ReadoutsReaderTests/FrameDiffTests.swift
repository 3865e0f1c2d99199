import ReadoutsThemes
import XCTest
@testable import ReadoutsReader

/// The frame diff the terminal paints from (`Frame.changes(since:)`), tested like ratatui's
/// `Buffer::diff`: only what changed, each cluster once and whole, never a continuation cell.
final class FrameDiffTests: XCTestCase {

    private func frame(_ rows: [String], width: Int = 6) -> Frame {
        var frame = Frame(width: width, height: rows.count)
        for (y, row) in rows.enumerated() { frame.put(row, x: 0, y: y, style: TerminalStyle()) }
        return frame
    }

    private func summary(_ changes: [CellChange]) -> [String] {
        changes.map { "\($0.x),\($0.y):\($0.cell.text)/\($0.columns)" }
    }

    func testNoPreviousFramePaintsEveryClusterButTheBottomRightCell() {
        let current = frame(["ab", "c"], width: 2)
        XCTAssertEqual(summary(current.changes(since: nil)), ["0,0:a/1", "1,0:b/1", "0,1:c/1"])
        XCTAssertTrue(current.needsClear(after: nil))
        XCTAssertTrue(current.needsClear(after: frame(["ab"], width: 2)), "another size clears first")
    }

    func testAnUnchangedFrameHasNoChanges() {
        let current = frame(["abc", "déf"])
        XCTAssertEqual(current.changes(since: current), [])
        XCTAssertFalse(current.needsClear(after: current))
    }

    func testOnlyChangedCellsAreRepainted() {
        XCTAssertEqual(summary(frame(["abc", "xyz"]).changes(since: frame(["abd", "xyz"]))), ["2,0:c/1"])
    }

    func testAStyleChangeAloneRepaintsTheCell() {
        let previous = frame(["abc"])
        var current = previous
        current.restyle(x: 1, y: 0, count: 1) { $0.modifiers.insert(.underline) }
        XCTAssertEqual(summary(current.changes(since: previous)), ["1,0:b/1"])
    }

    func testAWideCharacterIsWrittenOnceWithItsWidthAndNeverItsContinuation() {
        let changes = frame(["a漢b"]).changes(since: frame(["axyb"]))
        XCTAssertEqual(summary(changes), ["1,0:漢/2"])
    }

    func testNarrowCellsReplacingAWideOneAreAllWritten() {
        XCTAssertEqual(summary(frame(["axyb"]).changes(since: frame(["a漢b"]))), ["1,0:x/1", "2,0:y/1"])
    }

    func testAWideCharacterWhoseContinuationChangedIsRewritten() {
        let previous = frame(["漢ab"])
        var current = previous
        current.restyle(x: 1, y: 0, count: 1) { $0.modifiers.insert(.reverse) }
        XCTAssertEqual(summary(current.changes(since: previous)), ["0,0:漢/2"])
    }

    func testWholeClustersOfSeveralScalarsStayTogether() {
        let flag = "🇫🇷", family = "👨‍👩‍👧", conjunct = "क्ष"
        let current = frame([flag + family, conjunct + "é"], width: 10)
        let changes = current.changes(since: frame(["", ""], width: 10))
        XCTAssertEqual(changes.map(\.cell.text), [flag, family, conjunct, "é"], "each cluster whole, in one change")
        XCTAssertEqual(changes.map(\.columns), [2, 6, 2, 1], "as wide as wcwidth makes them")
    }

    func testTheBottomRightCellIsNeverWritten() {
        let changes = frame(["ab", "cd"], width: 2).changes(since: frame(["xy", "zw"], width: 2))
        XCTAssertEqual(summary(changes), ["0,0:a/1", "1,0:b/1", "0,1:c/1"])
    }
}
