import XCTest
@testable import ReadoutsReader

/// A notice too long for the status line, wrapped on rows above it.
final class MessageRowsTests: XCTestCase {
    func testAShortNoticeBreaksAtSpacesAndAPathAfterASlash() {
        XCTAssertEqual(MessageRows.wrap("copied Kremlin sentence 6 to /home/reader/state/copied.txt", width: 20, limit: 5),
                       ["copied Kremlin", "sentence 6 to", "/home/reader/state/", "copied.txt"])
        XCTAssertEqual(MessageRows.wrap("one two three four five six", width: 9, limit: 2), ["one two", "three…"])
    }

    /// Each row is measured as it grows: measured again at every word and character, a
    /// notice of a long path (a pasted command, a deep folder) took seconds at a wide window.
    func testALongNoticeIsWrappedInTimeLinearInItsLength() {
        let path = (0..<20_000).map { "/folder\($0)" }.joined() + "/copied.txt"
        let words = (0..<20_000).map { "word\($0)" }.joined(separator: " ")
        let notice = "copied Kremlin sentence 6 to " + path + " " + words
        let clock = ContinuousClock()
        var rows: [String] = []
        let elapsed = clock.measure { rows = MessageRows.wrap(notice, width: 1_000, limit: 300) }
        XCTAssertLessThan(elapsed, .seconds(2), "\(notice.count) characters: \(elapsed)")
        XCTAssertEqual(rows.count, 300)
        XCTAssertTrue(rows.allSatisfy { CellWidth.of($0) <= 1_000 })
        XCTAssertEqual(rows[0], "copied Kremlin sentence 6 to")
        XCTAssertTrue(rows[1].hasPrefix("/folder0/folder1/") && rows[1].hasSuffix("/"), rows[1])
        let shown = rows.dropLast().joined().filter { $0 != " " }
        XCTAssertTrue(notice.filter { $0 != " " }.hasPrefix(shown), "the rows read the notice in order")
        XCTAssertTrue(rows[299].hasSuffix("…"), rows[299])
    }
}
