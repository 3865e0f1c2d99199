import Foundation
import XCTest

/// Topic colours read back from a real terminal: a linked topic has the same colour in
/// both panes, and the focused topic is emphasised.
final class TopicEndToEndTests: XCTestCase {
    var tmux: Tmux!

    override func setUpWithError() throws {
        try Tmux.requireTmux()
        tmux = try Tmux()
        try tmux.start(width: 140, height: 50)
        try tmux.waitForStart()
        try tmux.wait("linking to finish") { !(try tmux.screen().last { !$0.isEmpty } ?? "").contains("linking") }
    }

    override func tearDown() { tmux = nil }

    func testNoColorLeavesOnlyAttributes() throws {
        let plain = try Tmux()
        try plain.start(width: 140, height: 50, environment: ["NO_COLOR": "1"])
        try plain.waitForStart()
        let screen = StyledScreen(try plain.styledScreen())
        XCTAssertTrue(screen.rows.joined().allSatisfy { $0.attributes.foreground == nil && $0.attributes.background == nil })
        XCTAssertTrue(screen.rows[0].contains { $0.attributes.bold || $0.attributes.reverse }, "the focused title still stands out")
    }

    /// The pane a column belongs to: 0 left of the divider, 1 right.
    func pane(_ screen: StyledScreen, row: Int, column: Int) -> Int {
        let divider = screen.rows[row].firstIndex { ["│", "┬", "↗", "↘", "↖", "↙"].contains($0.character) } ?? 70
        return column < divider ? 0 : 1
    }

    func testALinkedTopicHasTheSameColourInBothPanes() throws {
        let screen = StyledScreen(try tmux.styledScreen())
        let hits = screen.find("Ukraine").filter { $0.row > 0 && $0.row < screen.rows.count - 2 }
        let left = hits.filter { pane(screen, row: $0.row, column: $0.columns.lowerBound) == 0 }
        let right = hits.filter { pane(screen, row: $0.row, column: $0.columns.lowerBound) == 1 }
        XCTAssertFalse(left.isEmpty)
        XCTAssertFalse(right.isEmpty)
        let colour = left[0].attributes[0].foreground
        XCTAssertNotNil(colour, "Ukraine is highlighted")
        for hit in left + right {
            XCTAssertTrue(hit.attributes.allSatisfy { $0.foreground == colour }, "row \(hit.row): \(hit.attributes)")
        }
        let plain = screen.find("présidents").first!
        XCTAssertNotEqual(plain.attributes[0].foreground, colour, "ordinary words are not in the topic colour")
    }

    /// The focused topic stands out; the others are drawn as before, not faded (faint, a
    /// reader with low vision could not read them).
    func testTheFocusedTopicIsEmphasisedAndOthersStayAsTheyWere() throws {
        let before = StyledScreen(try tmux.styledScreen()).find("Ukraine").first { $0.row > 0 }!
        try tmux.press("]")
        let status = try tmux.screen().last { !$0.isEmpty }!
        XCTAssertTrue(status.contains("consultations"), status)
        let screen = StyledScreen(try tmux.styledScreen())
        let focused = screen.find("consultations").first { $0.row > 0 }!
        XCTAssertTrue(focused.attributes.allSatisfy { $0.bold && $0.underline }, "\(focused.attributes)")
        let other = screen.find("Ukraine").first { $0.row > 0 }!
        XCTAssertEqual(other.attributes, before.attributes, "another topic looks as it did before the focus")
        XCTAssertFalse(other.attributes.contains { $0.dim }, "\(other.attributes)")
    }

    /// In the high-contrast theme on an 8-colour terminal (TERM=xterm), focusing a topic
    /// fades nothing, and no topic is ANSI blue (SGR 34, 2.2:1 on black).
    func testHighContrastOnEightColoursNeitherFadesNorDrawsBlueOnBlack() throws {
        let eight = try Tmux()
        try eight.start(["--theme", "high-contrast"], width: 140, height: 50, term: "xterm")
        try eight.waitForStart()
        try eight.waitForLinking()
        try eight.press("]")
        let screen = StyledScreen(try eight.styledScreen())
        let ukraine = screen.find("Ukraine").filter { $0.row > 0 }
        XCTAssertFalse(ukraine.isEmpty)
        for hit in ukraine {
            XCTAssertNotNil(hit.attributes[0].foreground, "Ukraine is a topic in colour")
            XCTAssertFalse(hit.attributes.contains { $0.dim }, "row \(hit.row): \(hit.attributes)")
        }
        let words = screen.rows.dropFirst().dropLast().joined().filter { $0.character.isLetter }
        XCTAssertFalse(words.contains { $0.attributes.foreground == "34" && [nil, "40"].contains($0.attributes.background) },
                       "no text is blue on black")
    }
}

/// Themes in a real terminal: the chosen theme's colours reach the screen, and `T`
/// switches themes live.
final class ThemeEndToEndTests: XCTestCase {
    func testThemeOptionAndLiveCycling() throws {
        try Tmux.requireTmux()
        let tmux = try Tmux()
        try tmux.start(["--theme", "mono"], width: 120, height: 30)
        try tmux.waitForStart()
        var screen = StyledScreen(try tmux.styledScreen())
        XCTAssertTrue(screen.rows.joined().allSatisfy { $0.attributes.foreground == nil && $0.attributes.background == nil },
                      "mono uses attributes only")
        var seen = Set<String?>()
        for _ in 0..<5 {
            try tmux.press("T")
            let status = try tmux.screen().last { !$0.isEmpty } ?? ""
            XCTAssertTrue(status.contains("theme: "), status)
            screen = StyledScreen(try tmux.styledScreen())
            seen.insert(screen.rows[1].first?.attributes.background)
        }
        XCTAssertGreaterThan(seen.count, 2, "cycling changes the colours on screen: \(seen)")
    }
}
