import ReadoutsText
import ReadoutsThemes
import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

final class RenderTests: XCTestCase {
    func testTitlesDividerAndStatusLine() {
        let state = Fixtures.bundledState(width: 100, height: 30, analysed: false)
        let frame = render(state)
        let layout = state.layout
        XCTAssertTrue(frame.row(0).hasPrefix(" Kremlin · 2021-12-07"))
        XCTAssertTrue(frame.row(0).contains("Maison Blanche · 2021-12-07"))
        let wide = render(Fixtures.bundledState(width: 200, height: 30, analysed: false))
        XCTAssertTrue(wide.row(0).contains("Kremlin · 2021-12-07 — TASS in French, from the Kremlin press service"), "the source line when there is room")
        let theme = Fixtures.theme
        XCTAssertEqual(frame[1, 0].style, theme.style("ui.pane.title.focused"), "the first pane has focus")
        XCTAssertEqual(frame[layout.panes[1].x + 1, 0].style, theme.style("ui.pane.title"))
        let divider = layout.dividerX(after: 0)!
        for y in 1..<layout.statusRow { XCTAssertEqual(frame[divider, y].text, "│") }
        XCTAssertTrue(frame.row(29).hasPrefix(" Kremlin Top"))
        XCTAssertTrue(frame.row(29).contains("? help"))
        XCTAssertEqual(frame[3, 29].style, theme.style("ui.status"))
    }

    func testATitleDoesNotRepeatAFileNameThatIsBothLabelAndSource() {
        var plain = Fixtures.document("Text without a heading.", label: "notes.md")
        plain.source = "notes.md"
        var other = Fixtures.document("Other text.", label: "other.md")
        other.source = "drafts/other.md"
        let frame = render(ReaderState(documents: [plain, other], width: 120, height: 10, theme: Fixtures.theme))
        XCTAssertFalse(frame.row(0).contains("notes.md — notes.md"), frame.row(0))
        XCTAssertTrue(frame.row(0).contains("notes.md"), frame.row(0))
        XCTAssertTrue(frame.row(0).contains("other.md — drafts/other.md"), "a path that says more is kept: \(frame.row(0))")
    }

    /// A web address as the source is shown by its host: its path filled a diplomat's title
    /// at 160 columns ("Élysée · 2024-11-11 — https://lehautpanel.com/11-novembre-amitie-…").
    /// The exports keep the whole address.
    func testAWebAddressSourceIsShownByItsHost() {
        var elysee = Fixtures.document("Le Président a reçu le Premier ministre.", label: "Élysée")
        elysee.source = "https://www.elysee.fr/emmanuel-macron/2024/11/11/entretien-avec-le-premier-ministre"
        let frame = render(ReaderState(documents: [elysee, Fixtures.document("Other.")], width: 160, height: 10, theme: Fixtures.theme))
        XCTAssertTrue(frame.row(0).contains("Élysée — elysee.fr "), frame.row(0))
        XCTAssertFalse(frame.row(0).contains("https"), frame.row(0))
        XCTAssertEqual(WebAddressHost.host(of: "http://Example.org?x=1"), "Example.org")
        XCTAssertNil(WebAddressHost.host(of: "TASS in French, from the Kremlin press service"))
    }

    func testAHugeLabelLeavesTheStatusLineRoomForTheRest() {
        let label = String(repeating: "Déclaration ", count: 80)
        let document = Fixtures.document("---\nlabel: \(label)\n---\nText.\n", label: nil)
        let state = ReaderState(documents: [document, Fixtures.document("Other.")], width: 100, height: 10, theme: Fixtures.theme)
        let frame = render(state)
        XCTAssertTrue(frame.row(9).contains("… All"), "the label, cut, then the position: \(frame.row(9))")
        XCTAssertTrue(frame.row(9).contains("? help"), frame.row(9))
    }

    func testAccentedTextAndHeadingsAreDrawnWithTheirStyles() {
        let state = Fixtures.bundledState(width: 100, height: 40, analysed: false)
        let frame = render(state)
        let text = (0..<40).map(frame.row).joined(separator: "\n")
        XCTAssertTrue(text.contains("présidents"))
        XCTAssertTrue(text.contains("«\u{A0}consultations"))
        let headingRow = (0..<40).first { frame.row($0).hasPrefix("Ukraine – sanctions et garanties") }!
        XCTAssertEqual(frame[0, headingRow].style, Fixtures.theme.style("ui.heading"))
        XCTAssertEqual(frame[0, 1].style, Fixtures.theme.style("ui.text"))
    }

    /// The renderer's fast path (scalars that are clusters of their own) must cut a row
    /// into exactly the clusters, widths and glyphs that `Character` gives.
    func testRowGraphemesAgreeWithCharacterEverywhere() {
        let text = "Abc é e\u{301} Ünïcödé « x » — Путин, Ё й\u{483}к; 中文字 한국어 \u{1100}\u{1161} 👍🏽 👨‍👩‍👧 🇫🇷 ✈\u{FE0F} a\u{200D}b ␛ \u{301}start x\u{20DD} ΑΒΓ l’homme “dit” – a—b… 5‰ x′ ‼\u{FE0F} ⁉ ‼ a\u{2028}b \u{2060}x ’\u{301} end"
        let document = Document(id: "t", label: "t", text: text, blocks: [Block(kind: .paragraph, range: 0..<text.unicodeScalars.count)])
        var fast: [(String, Int, Int)] = []
        RowGraphemes.forEach(in: document, 0..<document.scalars.count) { grapheme in
            fast.append((grapheme.glyph, grapheme.columns, grapheme.range.count))
            return true
        }
        var expected: [(String, Int, Int)] = []
        for character in text {
            var glyph = String(character)
            var columns = CellWidth.of(character)
            if columns == 0 && Wrapper.isStandaloneMark(character) { glyph = "\u{25CC}" + glyph; columns = 1 }
            expected.append((glyph, columns, character.unicodeScalars.count))
        }
        XCTAssertEqual(fast.map(\.0), expected.map(\.0))
        XCTAssertEqual(fast.map(\.1), expected.map(\.1))
        XCTAssertEqual(fast.map(\.2), expected.map(\.2))
    }

    func testWideCharactersFillTwoCells() {
        let document = Fixtures.document("中文 text", label: "Wide")
        let state = ReaderState(documents: [document, document], width: 80, height: 10, theme: Fixtures.theme)
        let frame = render(state)
        XCTAssertEqual(frame[0, 1].text, "中")
        XCTAssertEqual(frame[1, 1].text, "", "continuation cell")
        XCTAssertEqual(frame[2, 1].text, "文")
        XCTAssertEqual(frame[5, 1].text, "t")
    }

    func testClustersWiderThanTwoColumnsKeepAllTheirCells() {
        // An emoji with its skin tone takes 4 columns, a ZWJ family 6: every column after
        // the first is a continuation cell, so the diff writes the cluster whole and no
        // space is painted over its second emoji.
        let document = Fixtures.document("👍🏽 a\n👨\u{200D}👩\u{200D}👧 b\n", markdown: false)
        let state = ReaderState(documents: [document, document], width: 80, height: 10, theme: Fixtures.theme)
        let frame = render(state)
        XCTAssertEqual(frame[0, 1].text, "👍🏽")
        XCTAssertEqual((1..<4).map { frame[$0, 1].text }, ["", "", ""])
        XCTAssertEqual(frame[5, 1].text, "a")
        XCTAssertEqual((1..<6).map { frame[$0, 2].text }, ["", "", "", "", ""])
        XCTAssertEqual(frame[7, 2].text, "b")
        XCTAssertEqual(frame.changes(since: nil).first { $0.y == 1 }, CellChange(x: 0, y: 1, columns: 4, cell: frame[0, 1]))
    }

    func testControlCharactersShowAsStyledPlaceholders() throws {
        let document = try DocumentLoader.load(bytes: Array("a\u{1B}[2J b\u{202E}c".utf8), name: "x", markdown: false)
        let state = ReaderState(documents: [document, document], width: 80, height: 10, theme: Fixtures.theme)
        let frame = render(state)
        XCTAssertTrue(frame.row(1).hasPrefix("a␛[2J b␦c"))
        XCTAssertEqual(frame[1, 1].style, Fixtures.theme.style("ui.placeholder"))
        XCTAssertFalse(frame.cells.contains { $0.text.unicodeScalars.contains { !Sanitiser.isSafeForTerminal($0) } })
    }

    func testEmptyDocumentIsMarked() {
        let empty = Fixtures.document("", label: "Empty")
        let state = ReaderState(documents: [empty, Fixtures.document("Text.")], width: 80, height: 10, theme: Fixtures.theme)
        XCTAssertTrue(render(state).row(1).hasPrefix("(empty)"))
    }

    func testTooSmallWindowsNeverCrashAndSaySo() {
        for width in 0...25 {
            for height in 0...6 {
                let state = Fixtures.bundledState(width: width, height: height, analysed: true)
                let frame = render(state)
                XCTAssertEqual(frame.cells.count, width * height)
            }
        }
        let small = render(Fixtures.bundledState(width: 19, height: 4))
        XCTAssertTrue((0..<4).map(small.row).joined().contains("terminal too small"))
    }

    /// Keys a user of less and vim looks for, as the help must name them (written out here,
    /// not read from the tables the help is generated from).
    static let expectedHelpKeys = [
        "j ↓", "k ↑", "Space f PgDn Ctrl-F", "b PgUp Ctrl-B", "d Ctrl-D", "u Ctrl-U", "g Home / G End", "% p", ") / (", "b PgUp Ctrl-B w", ": / Ctrl-G",
        "Tab", "Shift-Tab", "]", "[", "}", "{", ";", ",", "Enter =", "Backspace / ''", "t", "o", "c", "F", "/", "?", "*", "n", "N",
        "F1", "T", "q", "Ctrl-C", "Ctrl-R", "Ctrl-W", "Ctrl-T", "Ctrl-A", "Ctrl-P", "wheel", "click / a mark",
    ]

    func testHelpNamesTheKeysUsersLookFor() {
        var state = Fixtures.bundledState(width: 160, height: 60)
        state.press(.function(1))
        let frame = render(state)
        let rows = frame.lines
        for key in Self.expectedHelpKeys {
            XCTAssertTrue(rows.contains { $0.contains(" " + key + " ") }, "help lacks \(key)")
        }
        XCTAssertTrue(rows.contains { $0.contains("In the search prompt") })
        XCTAssertTrue(rows.contains { $0.contains("any key closes") }, "the footer names the help's own keys")
    }

    /// The help says what `o`'s three kinds of stop mean, in words the status line uses: at
    /// 80 × 24 a student read "o  next one-sided passage" and found "only in", "passage not
    /// in" and "linked to nothing" explained only deep in the manual. Paged to, each row whole.
    func testTheHelpExplainsTheThreeKindsOfOneSidedStop() {
        var state = Fixtures.bundledState(width: 80, height: 24)
        state.press(.function(1))
        var rows: [String] = []
        for _ in 0..<12 {
            rows += render(state).lines
            state.press(.character(" "))
        }
        for (words, meaning) in [("only in X", "a topic X alone speaks of"), ("passage not in X", "X has nothing linked to it"),
                                 ("in no topic", "and linked to nothing")] {
            XCTAssertTrue(rows.contains { $0.range(of: words + " +" + meaning + " ", options: .regularExpression) != nil }, "\(words): \(rows.joined(separator: "\n"))")
        }
        XCTAssertTrue(rows.contains { $0.contains("What o stops at") })
    }

    /// The help's footer sits on the status row alone: the status line's ends beside it
    /// ("Kremlin Top", "w ? help") read as part of it.
    func testTheHelpFooterIsAloneOnTheStatusRow() {
        for (width, height) in [(120, 35), (80, 24)] {
            var state = Fixtures.bundledState(width: width, height: height)
            state.press(.function(1))
            let last = render(state).row(height - 1)
            XCTAssertTrue(last.contains("other keys close"), last)
            XCTAssertFalse(last.contains("Kremlin") || last.contains("? help") || last.contains("follow"), last)
        }
    }

    /// A topic's name too long for a narrow topic list is cut with "…" at a word, never bare
    /// ("sanctions et" read as a whole name).
    func testANarrowTopicListCutsNamesWithAnEllipsis() throws {
        var state = Fixtures.bundledState(width: 40, height: 30)
        state.press(.character("t"))
        let rows = render(state).lines
        let sanctions = try XCTUnwrap(rows.first { $0.contains(" sanctions") }, rows.joined(separator: "\n"))
        let label = try XCTUnwrap(state.topics?.analysis.topics.first { $0.label.hasPrefix("sanctions") }?.label)
        let shown = try XCTUnwrap(sanctions.split(separator: "…").first?.split(separator: " ", maxSplits: 1).last)
        XCTAssertTrue(label.hasPrefix(shown + " ") && sanctions.contains(shown + "…"), "cut after a whole word: \(sanctions)")
        let ukraine = try XCTUnwrap(rows.first { $0.contains(" Ukraine ") })
        XCTAssertFalse(ukraine.contains("…"), "a name that fits is whole: \(ukraine)")
        let count = try XCTUnwrap(state.topics?.analysis.topics.count)
        XCTAssertTrue(rows.contains { $0.contains("of \(count) topics") && !$0.contains("passages") }, "no room to say what the numbers count")
        var wide = Fixtures.bundledState(width: 120, height: 40)
        wide.press(.character("t"))
        XCTAssertTrue(render(wide).lines.contains { $0.contains("\(count) of \(count) topics · the numbers count passages per version") },
                      "where there is room, the list says what its numbers count")
    }

    func testThreeVersionsShareTheWidthOrCycle() {
        let documents = (1...3).map { Fixtures.document("# Version \($0)\n\nText number \($0).") }
        var state = ReaderState(documents: documents, width: 120, height: 12, theme: Fixtures.theme)
        XCTAssertEqual(state.layout.panes.count, 3)
        state.apply(.resize(width: 70, height: 12))
        XCTAssertEqual(state.layout.panes.map(\.version), [0, 1])
        XCTAssertTrue(render(state).row(11).contains("panes 1–2 of 3"))
        state.press(.character(">"))
        XCTAssertEqual(state.layout.panes.map(\.version), [1, 2])
        state.press(.character(">"))
        XCTAssertTrue(state.notice?.text.hasPrefix("no later version: ") == true, state.notice?.text ?? "silence")
        state.press(.tab, .tab)
        XCTAssertEqual(state.focus, 0)
        XCTAssertEqual(state.layout.panes.first?.version, 0, "focusing a hidden version shows it")
    }

    /// Enter on a passage linked to a version off screen says how to see it (a translator's
    /// third version at 80 columns: Enter seemed to do nothing).
    func testEnterSaysHowToSeeALinkedVersionOffScreen() throws {
        let texts = ["The council met on Monday.\n\nThe harbour dredging contract went to a local consortium of three firms.",
                     "The board gathered today.\n\nNothing about ports here, only the weather and the tides.",
                     "The assembly sat this week.\n\nThe harbour dredging contract was awarded to a consortium of three local firms."]
        var state = Fixtures.analysedState(texts, prefix: "V", width: 70, height: 12)
        XCTAssertEqual(state.layout.panes.map(\.version), [0, 1])
        state.type(":2")
        state.press(.enter)
        state.press(.enter)
        XCTAssertTrue(state.notice?.text.hasPrefix("V3 link 1/1 (off screen: > shows it)") == true, state.notice?.text ?? "")
    }
}

final class HelpScrollTests: XCTestCase {
    func testAHelpTallerThanTheWindowScrollsAndStillListsEveryBinding() {
        var state = Fixtures.bundledState(width: 60, height: 16, analysed: false)
        state.press(.function(1))
        XCTAssertTrue(HelpLayout(width: 60, height: 16).overflows)
        var seen = Set<String>()
        for _ in 0..<80 {
            let frame = render(state)
            seen.formUnion((0..<16).map(frame.row))
            state.press(.character("j"))
            XCTAssertTrue(state.showsHelp, "j scrolls an overflowing help instead of closing it")
        }
        let text = seen.joined(separator: "\n")
        for key in RenderTests.expectedHelpKeys { XCTAssertTrue(text.contains(" " + key + " "), key) }
        state.press(.character("x"))
        XCTAssertFalse(state.showsHelp)
    }
}

/// The topic list's title keeps its key hints whole: those that fit, then "…".
final class TopicListTitleTests: XCTestCase {
    func testKeyHintsAreLeftOutWholeWithAnEllipsis() {
        let hints = ["text filters", "Enter goes", "Esc closes", "↑ Ctrl-P / ↓ Ctrl-N moves"]
        XCTAssertEqual(topicListTitle(hints, width: 200), "Topics — text filters · Enter goes · Esc closes · ↑ Ctrl-P / ↓ Ctrl-N moves")
        XCTAssertEqual(topicListTitle(hints, width: 46), "Topics — text filters · Enter goes …")
        XCTAssertEqual(topicListTitle(hints, width: 12), "Topics …")
        XCTAssertEqual(topicListTitle(hints, width: 8), "Topics")
        for width in 8...90 {
            let title = topicListTitle(hints, width: width)
            XCTAssertLessThanOrEqual(CellWidth.of(title) + 2, width, title)
            let shown = title.dropFirst("Topics".count).split(separator: "·").map { $0.trimmingCharacters(in: .whitespaces) }
                .map { $0.hasPrefix("— ") ? String($0.dropFirst(2)) : $0 }.filter { !$0.isEmpty && $0 != "…" && $0 != "—" }
            for part in shown { XCTAssertTrue(hints.contains(part.replacingOccurrences(of: " …", with: "")), "\(width): \(title)") }
        }
    }
}
