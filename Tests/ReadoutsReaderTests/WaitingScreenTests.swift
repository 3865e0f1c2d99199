import XCTest
@testable import ReadoutsReader

/// The screen shown while a FIFO or piped standard input has nothing to read yet.
final class WaitingScreenTests: XCTestCase {
    func testTheWaitIsNamedInTheMiddleAndTheStatusLine() {
        let frame = WaitingScreen.render(names: ["notes.fifo", "standard input"], width: 80, height: 10, theme: Fixtures.theme)
        let message = "waiting for input on notes.fifo, standard input"
        XCTAssertTrue(frame.row(4).contains(message + "…"), frame.lines.joined(separator: "\n"))
        XCTAssertTrue(frame.row(9).hasPrefix(" " + message), frame.row(9))
        XCTAssertTrue(frame.row(9).hasSuffix("q quit "), frame.row(9))
    }

    /// A narrow window cuts the wait at a word, with "…", and keeps the key that leaves.
    func testANarrowStatusLineCutsTheWaitNotTheWayOut() {
        let frame = WaitingScreen.render(names: ["notes.fifo", "standard input"], width: 40, height: 10, theme: Fixtures.theme)
        let status = frame.row(9)
        let message = "waiting for input on notes.fifo, standard input"
        XCTAssertTrue(status.hasSuffix("q quit "), status)
        // The wait as shown: a prefix of the message ending at a word, then "…".
        let shown = String(status.dropFirst().prefix { $0 != "…" })
        XCTAssertTrue(status.dropFirst().hasPrefix(shown + "…"), status)
        XCTAssertTrue(shown.hasPrefix("waiting for input") && message.hasPrefix(shown), status)
        let next = message.dropFirst(shown.count).first
        XCTAssertTrue(next == " " || next == ",", "cut at a word: \(status)")
    }

    func testAHostileNameIsShownEscapedAndTinyScreensDoNotTrap() {
        let frame = WaitingScreen.render(names: ["a\u{1B}]2;x\u{07}"], width: 60, height: 3, theme: Fixtures.theme)
        XCTAssertTrue(frame.row(1).contains("waiting for input on a\\e]2;x\\a"), frame.row(1))
        for (width, height) in [(0, 0), (1, 1), (5, 1), (3, 2)] {
            XCTAssertEqual(WaitingScreen.render(names: ["f"], width: width, height: height, theme: Fixtures.theme).lines.count, height)
        }
    }

    func testQEscapeAndCtrlCLeave() {
        XCTAssertTrue([Key.character("q"), .character("Q"), .escape, .control("c")].allSatisfy(WaitingScreen.quits))
        XCTAssertFalse([Key.character("j"), .enter, .control("d")].contains(where: WaitingScreen.quits))
    }
}
