import ReadoutsThemes
import XCTest
@testable import ReadoutsReader

/// The terminal layer draws each key's frame into the frame shown two keys before
/// (`render(_:counter:into:)`): what it draws must be exactly a fresh frame, and at the
/// same size it must not allocate the cells again.
final class FrameReuseTests: XCTestCase {
    func testAFrameDrawnOverAnotherIsTheFreshFrame() {
        var state = Fixtures.bundledState(width: 120, height: 40)
        var frame = render(state)
        // Another screen entirely (help over the text, a prompt with its cursor), then back.
        for keys in [[Key.character("?")], [.escape, .character("/"), .character("a")], [.escape, .escape, .character("j")],
                     [.character("G")]] {
            for key in keys { state.apply(.key(key)) }
            render(state, counter: 7, into: &frame)
            XCTAssertEqual(frame, render(state, counter: 7), "after \(keys)")
            XCTAssertEqual(frame.cursor.map { "\($0.x),\($0.y)" }, render(state, counter: 7).cursor.map { "\($0.x),\($0.y)" })
        }
    }

    func testAFrameOfAnotherSizeIsRemade() {
        var frame = render(Fixtures.bundledState(width: 80, height: 24))
        let state = Fixtures.bundledState(width: 120, height: 40)
        render(state, into: &frame)
        XCTAssertEqual(frame, render(state))
        XCTAssertEqual(frame.width, 120)
    }

    func testAtTheSameSizeTheCellsAreReused() {
        var frame = Frame(width: 200, height: 60)
        frame.put("stale text", x: 3, y: 5, style: TerminalStyle(modifiers: .bold))
        frame.cursor = (4, 5)
        let storage = frame.cells.withUnsafeBufferPointer { $0.baseAddress }
        frame.reset(width: 200, height: 60)
        XCTAssertEqual(frame.cells.withUnsafeBufferPointer { $0.baseAddress }, storage)
        XCTAssertEqual(frame, Frame(width: 200, height: 60))
    }
}
