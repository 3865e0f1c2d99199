import XCTest
import ReadoutsText
import ReadoutsThemes
@testable import ReadoutsReader

/// Highlighted cells in rendered frames, without a terminal.
final class SearchRenderTests: XCTestCase {
    /// The texts of runs of cells on row `y` whose style satisfies `test`.
    func runs(_ frame: Frame, _ test: (TerminalStyle) -> Bool) -> [String] {
        var runs: [String] = []
        for y in 1..<frame.height - 1 {  // content rows: titles and status have styles of their own
            var run = ""
            for x in 0..<frame.width {
                if test(frame[x, y].style) { run += frame[x, y].text } else if !run.isEmpty { runs.append(run); run = "" }
            }
            if !run.isEmpty { runs.append(run) }
        }
        return runs
    }

    func testEveryVisibleMatchIsUnderlinedAndTheCurrentOneReversed() {
        var state = ReaderState(documents: [plainDocument("La sécurité, puis la cybersécurité."), plainDocument("Rien.")],
                                width: 80, height: 10)
        state.type("/securite")
        state.press(.enter)
        let frame = render(state)
        XCTAssertEqual(runs(frame) { $0.modifiers.contains(.underline) }, ["sécurité", "sécurité"])
        XCTAssertEqual(runs(frame) { $0.modifiers.contains(.reverse) }, ["sécurité"], "only the current match is reversed")
        state.type("n")
        let next = render(state)
        XCTAssertTrue(next.row(1).contains("cybersécurité"))
        let reversedColumns = (0..<next.width).filter { next[$0, 1].style.modifiers.contains(.reverse) }
        XCTAssertEqual(reversedColumns.first, next.row(1).distance(of: "sécurité."), "the reverse moved to the second match")
        state.press(.escape)
        XCTAssertEqual(runs(render(state)) { $0.modifiers.contains(.underline) }, [], "Esc clears the highlights")
        XCTAssertFalse(state.hasBackgroundWork)
    }

    func testMatchCrossingAWrappedLineIsHighlightedOnBothRows() {
        var state = ReaderState(documents: [plainDocument("un deux trois quatre cinq sanctions et garanties six"), plainDocument("x")],
                                width: 40, height: 12)
        state.type("/sanctions et garanties")
        state.press(.enter)
        let frame = render(state)
        let underlinedRows = (1..<frame.height - 1).filter { y in (0..<frame.width).contains { frame[$0, y].style.modifiers.contains(.underline) } }
        XCTAssertEqual(underlinedRows.count, 2, "the match spans two rows of the narrow pane:\n" + (0..<frame.height).map(frame.row).joined(separator: "\n"))
        XCTAssertEqual(runs(frame) { $0.modifiers.contains(.underline) }.joined(separator: " "), "sanctions et garanties")
    }

    func testHighlightKeepsAnExistingBackground() {
        var state = ReaderState(documents: [plainDocument("la sécurité"), plainDocument("x")], width: 60, height: 8)
        state.type("/securite")
        state.press(.enter)
        var frame = Frame(width: 60, height: 8)
        // A topic highlight (the other feature) paints evidence words with a background.
        let topic = TerminalColor.index(22)
        for x in 0..<60 { frame[x, 1] = Cell(x < 11 ? String(Array("la sécurité")[x]) : " ", style: TerminalStyle(background: topic)) }
        highlightMatches(&frame, state: state, pane: state.layout.panes[0], layout: state.layout)
        let cell = frame[3, 1]
        XCTAssertEqual(cell.text, "s")
        XCTAssertEqual(cell.style.background, topic, "the topic background stays")
        XCTAssertTrue(cell.style.modifiers.contains(.underline))
        XCTAssertTrue(cell.style.modifiers.contains(.reverse), "current match")
    }

    func testPromptShowsPatternModesAndCursor() {
        var state = ReaderState(documents: BundledReadouts.documents(), width: 100, height: 30)
        state.type("/")
        state.press(.control("t"))
        state.type("sanction")
        let frame = render(state)
        let status = frame.row(29)
        XCTAssertTrue(status.hasPrefix("/ in Kremlin: sanction"), status)
        XCTAssertTrue(status.contains("[stem]"), status)
        XCTAssertTrue(status.contains("match 1/2"), status)
        XCTAssertEqual(frame.cursor?.x, 22)
        XCTAssertEqual(frame.cursor?.y, 29)
    }

    /// The prompt says what it searches: `/` and `?` the focused version, by name (cut with
    /// "…" when long), `*` every pane (a reader typed `/обмен` after a `*` search, expecting
    /// every pane).
    func testPromptNamesWhatItSearches() {
        var state = ReaderState(documents: BundledReadouts.documents(), width: 100, height: 30)
        state.type("/")
        XCTAssertTrue(render(state).row(29).hasPrefix("/ in Kremlin: "), render(state).row(29))
        state.press(.escape)
        state.press(.tab)
        state.type("?")
        XCTAssertTrue(render(state).row(29).hasPrefix("? in Maison Blanche: "), render(state).row(29))
        state.press(.escape)
        state.type("*etats")
        XCTAssertTrue(render(state).row(29).hasPrefix("* in every pane: etats"), render(state).row(29))
        state.press(.control("p"))
        XCTAssertTrue(render(state).row(29).hasPrefix("/ in Maison Blanche: etats"), "Ctrl-P: the focused pane alone: \(render(state).row(29))")
        state.press(.escape)

        let long = "Joint statement of the ministers of foreign affairs after the summit"
        var named = ReaderState(documents: [plainDocument("La sécurité.", name: long), plainDocument("Rien.", name: "Élysée")],
                                width: 80, height: 10)
        named.type("/s")
        let status = render(named).row(9)
        XCTAssertTrue(status.hasPrefix("/ in Joint statement of…: s"), status)
        XCTAssertEqual(render(named).cursor?.x, CellWidth.of("/ in Joint statement of…: s"))
    }

    func testHelpDocumentsSearchKeysAndFits() {
        var state = ReaderState(documents: BundledReadouts.documents(), width: 100, height: 30)
        state.press(.function(1))
        let text = render(state).lines.joined(separator: "\n")
        for expected in ["/ / *", "search forward / all panes", "n / N", "-i / -I", "Ctrl-R / Ctrl-W", "regex / whole words",
                         "Ctrl-P", "Ctrl-C", "quit", "Tab / Shift-Tab", "top / end", ":w save"] {
            XCTAssertTrue(text.contains(expected), "help shows \(expected):\n\(text)")
        }
        // Every key on the first page (the last row included); what the screen shows on the
        // next (a student at 100 × 30 found nothing saying what "↙A" or "lexical cached" meant).
        XCTAssertTrue(text.contains("click / a mark"), text)
        XCTAssertFalse(text.contains("On screen"), text)
        state.press(.character(" "))
        let next = render(state).lines.joined(separator: "\n")
        for expected in ["On screen", "linked passage off screen", "linked by shared words", "links from the last run",
                         "its words, in every pane", "its letter, + more topics", "how far into this pane", "this pane fits the window"] {
            XCTAssertTrue(next.contains(expected), "the help's next page shows \(expected):\n\(next)")
        }
        XCTAssertFalse(next.split(separator: "\n").contains { $0.contains("…") && !$0.contains("other keys close") }, "no legend line is cut:\n\(next)")
        // Where the footer is cut, how to close stays.
        var small = ReaderState(documents: BundledReadouts.documents(), width: 80, height: 24)
        small.press(.character("H"))
        XCTAssertTrue(render(small).row(22).contains("other keys close") || render(small).row(23).contains("other keys close"),
                      render(small).lines.joined(separator: "\n"))
    }

    /// The prompt's right half (a notice, the modes) is cut at a word with "…", never bare
    /// ("[all pan" at 40 columns).
    func testTheSearchPromptsModesAreCutWithAnEllipsis() {
        var state = ReaderState(documents: BundledReadouts.documents(), width: 30, height: 12)
        state.press(.character("*"))
        state.notice = Notice("a notice that takes a good part of the row")
        let row = render(state).row(11)
        XCTAssertTrue(row.contains("…") || row.contains("[all panes]"), row)
        XCTAssertFalse(row.hasSuffix("pan ") || row.contains("[all pan "), row)
    }

    /// `?` shows the help over the backward search prompt: its footer says that typing
    /// searches (a student pressed `j` to scroll it); `H`, less's help key, opens the help
    /// alone; a key that does nothing says so.
    func testQuestionMarkHelpSaysTypingSearchesAndHOpensTheHelp() {
        var state = ReaderState(documents: BundledReadouts.documents(), width: 100, height: 30)
        state.press(.character("?"))
        let withPrompt = render(state).lines.joined(separator: "\n")
        XCTAssertTrue(withPrompt.contains("type to search backward"), withPrompt)
        XCTAssertTrue(withPrompt.contains("click / a mark"), "every key over the prompt too:\n" + withPrompt)
        state.press(.escape)
        state.press(.escape)
        state.press(.character("H"))
        let help = render(state).lines.joined(separator: "\n")
        XCTAssertTrue(help.contains("Readouts help") && help.contains("search forward"), help)
        XCTAssertFalse(help.contains("type to search backward"), help)
        state.press(.character("q"))
        state.press(.character("x"))
        XCTAssertEqual(state.notice?.text, "x does nothing here · ? lists the keys")
        XCTAssertTrue(render(state).row(29).contains("x does nothing here"), render(state).row(29))
        state.press(.character("j"))
        XCTAssertNil(state.notice?.text, "the next key clears it")
    }

    /// At 80 × 24 the help `?` shows is taller than the window and its footer is under the
    /// prompt: its title says how to scroll it and close it, its last row that there is more,
    /// and the keys that type nothing scroll it while nothing is typed (a press officer's
    /// PgDn did nothing, and the Search and Marks rows stayed out of reach). A letter still
    /// types the pattern.
    func testQuestionMarkHelpScrollsWithTheKeysThatTypeNothing() {
        var state = ReaderState(documents: BundledReadouts.documents(), width: 80, height: 24)
        state.press(.character("?"))
        var frame = render(state)
        for expected in ["↓ PgDn more", "type to search backward", "Esc closes"] {
            XCTAssertTrue(frame.row(0).contains(expected), "the title says \(expected): \(frame.row(0))")
        }
        XCTAssertTrue(frame.row(22).contains("↓ more ("), "the last row says there is more: \(frame.row(22))")
        XCTAssertFalse(frame.lines.joined().contains("next / previous match"), "the Search rows are below")
        var pages = 0
        while !render(state).lines.joined().contains("next / previous match") && pages < 5 {
            state.press(.pageDown)
            pages += 1
        }
        XCTAssertTrue(render(state).lines.joined().contains("next / previous match"), "PgDn reaches the Search rows")
        XCTAssertTrue(state.showsHelp)
        XCTAssertEqual(state.searchPrompt?.text, "", "PgDn typed nothing")
        state.press(.end)
        frame = render(state)
        XCTAssertTrue(frame.lines.joined().contains("and linked to nothing"), "End: the help's last rows, its legend's end")
        XCTAssertFalse(frame.row(22).contains("↓ more"), frame.row(22))
        state.press(.home)
        XCTAssertTrue(render(state).lines.joined().contains("down / up one line"), "Home: its first rows")
        state.press(.control("d"))
        XCTAssertFalse(render(state).lines.joined().contains("down / up one line"), "Ctrl-D: half a page on")
        state.press(.up)
        state.press(.control("u"))
        XCTAssertTrue(render(state).lines.joined().contains("down / up one line"), "↑ and Ctrl-U back")
        state.type("j")
        XCTAssertFalse(state.showsHelp, "a letter types the pattern")
        XCTAssertEqual(state.searchPrompt?.text, "j")

        var small = ReaderState(documents: BundledReadouts.documents(), width: 40, height: 12)
        small.press(.character("?"))
        frame = render(small)
        XCTAssertTrue(frame.row(0).contains("↓") && frame.row(0).contains("more") && frame.row(0).contains("Esc closes"),
                      "at 40 columns the title still says how to scroll and close: \(frame.row(0))")
        XCTAssertTrue(frame.row(10).contains("↓ more ("), frame.row(10))
        let first = frame.lines
        small.press(.control("f"))
        XCTAssertNotEqual(render(small).lines, first, "Ctrl-F pages the help at 40 × 12 too")
        XCTAssertEqual(small.searchPrompt?.text, "")
    }

    /// Where there is room beside every key, the help says what the screen shows: colours,
    /// gutter letters, tints, the reversed current occurrence.
    func testHelpExplainsTheScreenWhereThereIsRoom() {
        var state = ReaderState(documents: BundledReadouts.documents(), width: 160, height: 45)
        state.press(.function(1))
        let text = render(state).lines.joined(separator: "\n")
        for expected in ["On screen", "its letter, + more topics", "alone: found by meaning",
                         "the current occurrence", "search forward"] {
            XCTAssertTrue(text.contains(expected), "help shows \(expected):\n\(text)")
        }
        // How the current passage and its link look, each beside what it means (not only
        // some line that mentions the current passage).
        for (look, meaning) in [("bold", "the current passage"), ("italic", "the passage linked to it")] {
            XCTAssertNotNil(text.range(of: "\(look) +\(meaning) ", options: .regularExpression), "help shows \(look) \(meaning):\n\(text)")
        }
        XCTAssertFalse(HelpLayout(width: 160, height: 45).overflows)
    }
}

extension String {
    func distance(of other: String) -> Int? { range(of: other).map { distance(from: startIndex, to: $0.lowerBound) } }
}

/// Search on top of the real topic highlighting of the bundled readouts.
final class SearchOverTopicsTests: XCTestCase {
    func testMatchesOnTopicWordsKeepTheTopicColours() {
        var state = Fixtures.bundledState(width: 120, height: 40)
        let before = render(state)
        let body = state.theme.style("ui.text")
        let heading = state.theme.style("ui.heading")
        state.type("*ukraine")
        state.press(.enter)
        let after = render(state)
        var onTopic = 0
        for y in 1..<after.height - 1 {
            for x in 0..<after.width where after[x, y].style.modifiers.contains(.underline) {
                let topic = before[x, y].style
                let isPlain = [body, heading].contains { $0.foreground == topic.foreground && $0.background == topic.background }
                guard !isPlain else { continue }
                onTopic += 1
                XCTAssertEqual(after[x, y].style.foreground, topic.foreground, "topic colour kept at \(x),\(y)")
                XCTAssertEqual(after[x, y].style.background, topic.background, "topic colour kept at \(x),\(y)")
            }
        }
        XCTAssertGreaterThan(onTopic, 0, "some matches fall on topic-highlighted words")
    }
}
