import XCTest
import ReadoutsThemes
@testable import ReadoutsReader

/// What shows beside an overlay that nearly fills the window: nothing of the text or titles
/// underneath that reads as part of it.
final class OverlayEdgesTests: XCTestCase {
    /// At 80 columns the compare box left column 0 of the text showing down its left edge
    /// ("I / b / m / c / f / t …"), and the last column down its right.
    func testTheCompareBoxLeavesNoStrayLettersAt80Columns() throws {
        var state = Fixtures.bundledState(width: 80, height: 24)
        state.press(.character("]"), .character("c"))
        guard case .compare = try XCTUnwrap(state.layers.last) else { return XCTFail("no compare view") }
        let frame = render(state)
        let top = try XCTUnwrap((0..<frame.height).first { frame.row($0).contains(" Compare ") })
        let bottom = try XCTUnwrap((0..<frame.height).last { frame.row($0).contains("closes") })
        for y in top...bottom {
            XCTAssertEqual(frame[0, y].text, " ", "row \(y): \(frame.row(y))")
            XCTAssertEqual(frame[frame.width - 1, y].text, " ", "row \(y): \(frame.row(y))")
        }
        // Text wider than a stray letter or two beside a narrower box still shows.
        let wide = 3
        var narrow = Frame(width: 40, height: 3)
        for y in 0..<3 { narrow.put(String(repeating: "x", count: 40), x: 0, y: y, style: TerminalStyle()) }
        narrow.fillOverlay(Rect(x: wide + 1, y: 0, width: 40 - 2 * (wide + 1), height: 3), style: TerminalStyle(),
                           margin: TerminalStyle())
        XCTAssertEqual(narrow.row(1), String(repeating: "x", count: wide) + String(repeating: " ", count: 40 - 2 * wide)
            + String(repeating: "x", count: wide))
    }

    /// At 80 × 24 the help's box reaches the panes' title row: three versions' "[2/3]" showed
    /// beside "Readouts help", read as its page counter, on every page.
    func testHelpOverThreeVersionsShowsNoPaneCounterInItsTitleRow() throws {
        let documents = ["White House", "Kremlin", "AP"].map { Fixtures.document("The leaders spoke today about many things.\n", label: $0) }
        var state = ReaderState(documents: documents, width: 80, height: 24, theme: Fixtures.theme)
        state.press(.tab)
        XCTAssertTrue(render(state).row(0).contains("[2/3]"), "the pane's title says which version it is")
        state.press(.function(1))
        XCTAssertNotNil(state.help)
        for page in 0..<2 {
            let row = render(state).row(0)
            XCTAssertTrue(row.contains("Readouts help"), row)
            XCTAssertFalse(row.contains("/3]"), "page \(page + 1): \(row)")
            XCTAssertFalse(row.contains("White"), "page \(page + 1): \(row)")
            state.press(.pageDown)
        }
    }
}
