import XCTest
@testable import ReadoutsReader

/// Every `:` command answers, in one line on an 80-column status line: an unknown one names
/// itself and the commands there are, `:w` without a file says what it needs, and `:wq`,
/// which has nothing to write, says so instead of quitting at once.
final class CommandLineAnswersTests: XCTestCase {
    /// The state after `:command` Enter at 80 × 24, the effects it asked for, and its frame.
    private func run(_ command: String, width: Int = 80, after keys: String = "") -> (ReaderState, [Effect], Frame) {
        var state = Fixtures.bundledState(width: width, height: 24)
        state.type(keys)
        state.type(":" + command)
        let effects = state.apply(.key(.enter))
        return (state, effects, render(state))
    }

    /// The answer is on the status row alone: no message rows over the text.
    private func assertOnOneLine(_ frame: Frame, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(frame.row(23).contains(expected), frame.row(23), file: file, line: line)
        let text = frame.row(22) + frame.row(21)
        XCTAssertFalse(text.contains(":q") || text.contains(":w") || text.contains("(.html)"), "no rows above it: \(text)", file: file, line: line)
    }

    func testAnUnknownCommandNamesItselfAndTheKnownOnesOnOneLine() {
        let (state, effects, frame) = run("foo")
        XCTAssertTrue(effects.isEmpty)
        assertOnOneLine(frame, "not a command: :foo · :N :/text :w FILE :q")
        XCTAssertTrue(state.notice?.text.hasPrefix("not a command: :foo (") == true, ":mes still shows the whole hint")
        // Beside a focused topic too: the answer outlasts the topic's name.
        assertOnOneLine(run("foo", after: "]").2, "not a command: :foo")
        // Wide, the whole hint.
        XCTAssertTrue(run("foo", width: 200).2.row(23).contains(CommandPrompt.hint), run("foo", width: 200).2.row(23))
    }

    func testWriteWithoutAFileSaysWhatItNeeds() {
        let (_, effects, frame) = run("w")
        XCTAssertTrue(effects.isEmpty, "nothing written")
        assertOnOneLine(frame, ":w FILE writes the brief (.md) or the page (.html)")
    }

    func testWriteAndQuitSaysThereIsNothingToWriteAndStays() {
        for command in ["wq", "wq!", "wqa", "wq brief.md"] {
            let (_, effects, frame) = run(command)
            XCTAssertFalse(effects.contains(.quit(status: 0)), ":\(command) does not quit")
            XCTAssertFalse(effects.contains { if case .export = $0 { true } else { false } }, ":\(command) writes nothing")
            assertOnOneLine(frame, "nothing to write")
            XCTAssertTrue(frame.row(23).contains(":q quits"), frame.row(23))
        }
        for command in ["q", "x", "xit", "exit", "xa"] {
            XCTAssertTrue(run(command).1.contains(.quit(status: 0)), ":\(command) quits, as vim's :x on an unchanged file")
        }
    }
}
