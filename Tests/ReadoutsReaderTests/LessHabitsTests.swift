import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// Keys and commands a less or vim user reaches for without reading the help (a new user's
/// trial found each of these silent).
final class LessHabitsTests: XCTestCase {
    private func helpScroll(_ state: ReaderState) -> Int? {
        for layer in state.layers { if case .help(let help) = layer { return help.scroll } }
        return nil
    }

    func testEWAndPMoveAsInLess() {
        var state = Fixtures.bundledState(width: 100, height: 24)
        state.press(.character("e"))
        XCTAssertEqual(state.panes[0].top, state.text(0).step(.top, by: 1), "e: down one line")
        state.press(.character("G"))
        let bottom = state.panes[0].top
        state.press(.character("w"))
        XCTAssertNotEqual(state.panes[0].top, bottom, "w: back one page")
        state.type("50p")
        let half = state.text(0).offset(at: state.panes[0].top)
        XCTAssertEqual(Double(half) / Double(state.documents[0].scalars.count), 0.5, accuracy: 0.1, "50p: half way")
        state.press(.character("p"))
        XCTAssertEqual(state.panes[0].top, .top, "p alone: the top, as in less")
    }

    func testTwoQuotesGoBackAndTwoMoreReturn() {
        var state = Fixtures.bundledState(width: 100, height: 24)
        state.press(.character("G"))
        let bottom = state.panes[0].anchor
        state.press(.character("'"), .character("'"))
        XCTAssertEqual(state.panes[0].anchor, 0, "'' goes back to the top")
        state.press(.character("'"), .character("'"))
        XCTAssertEqual(state.panes[0].anchor, bottom, "'' again returns to the end")
        state.press(.character("'"), .character("'"))
        XCTAssertEqual(state.panes[0].anchor, 0, "and back again")
        // '' leaves the jump list alone: Backspace still goes back, never forward.
        state.press(.backspace)
        XCTAssertEqual(state.panes[0].anchor, 0, "Backspace after '' does not return to the end")
    }

    func testColonCommandsOfLessAndVim() throws {
        var state = Fixtures.bundledState(width: 100, height: 24)
        let count = try XCTUnwrap(state.sentences(of: 0)).count
        state.type(":$")
        state.press(.enter)
        XCTAssertEqual(state.notice?.text, "Kremlin sentence \(count) of \(count)")
        state.type(":n")
        state.press(.enter)
        XCTAssertEqual(state.focus, 1, ":n: the next version, as less's next file")
        state.type(":n")
        state.press(.enter)
        XCTAssertEqual(state.focus, 1, "no wrapping round from the last version")
        XCTAssertTrue(state.notice?.text.hasPrefix("no next version") == true, state.notice?.text ?? "")
        state.type(":p")
        state.press(.enter)
        XCTAssertEqual(state.focus, 0)
        // :noh clears the search, not the focused topic.
        state.press(.character("}"))
        let topic = state.navigation.focusedTopic
        XCTAssertNotNil(topic)
        state.type("/Ukraine")
        state.press(.enter)
        XCTAssertTrue(state.search.isActive)
        state.type(":noh")
        state.press(.enter)
        XCTAssertFalse(state.search.isActive)
        XCTAssertEqual(state.navigation.focusedTopic, topic)
        state.type(":f")
        state.press(.enter)
        XCTAssertTrue(state.notice?.text.contains("at the top") == true, state.notice?.text ?? "")
        state.type(":h")
        state.press(.enter)
        XCTAssertTrue(state.showsHelp)
    }

    /// `:/text` searches the focused pane forward as `/text` Enter does, `:?text` backward
    /// (vim's and less's habit: a reader comparing bill drafts typed `:/Article 30` and was
    /// told "not a command"); a closing `/` is allowed, and `:/` alone goes on as `n` does.
    func testColonSlashSearchesAsSlashDoes() throws {
        func run(_ typed: String) -> (ReaderState, [Effect]) {
            var state = Fixtures.bundledState(width: 100, height: 24)
            state.press(.tab)
            let effects = state.apply(.keys(Array(typed).map { Key.character($0) } + [.enter]))
            return (state, effects)
        }
        let (slash, slashEffects) = run("/les etats")
        let found = try XCTUnwrap(slash.search.current)
        XCTAssertEqual(found.version, 1, "the focused pane")
        for typed in [":/les etats", ": /les etats/"] {
            let (colon, effects) = run(typed)
            XCTAssertEqual(colon.search.current, found, typed)
            XCTAssertEqual(colon.search.pattern, "les etats", typed)
            XCTAssertEqual(colon.panes.map(\.anchor), slash.panes.map(\.anchor), typed)
            XCTAssertEqual(colon.notice?.text, slash.notice?.text, typed)
            XCTAssertEqual(effects, slashEffects, "kept in the history: \(typed)")
            XCTAssertTrue(colon.layers.isEmpty, typed)
        }
        XCTAssertEqual(run(":?les etats").0.search.current, run("?les etats").0.search.current)
        XCTAssertTrue(run(":?les etats").0.search.backward)

        var again = run(":/les etats").0
        var next = again
        again.apply(.keys([.character(":"), .character("/"), .enter]))
        next.press(.character("n"))
        XCTAssertNotEqual(again.search.current, found)
        XCTAssertEqual(again.search.current, next.search.current, ":/ alone is n")
    }

    func testAnUnknownCommandIsShownAsTyped() {
        var state = Fixtures.bundledState(width: 100, height: 24)
        state.type(":x{y}|z<>$^`~")
        state.press(.enter)
        XCTAssertTrue(state.notice?.text.hasPrefix("not a command: :x{y}|z<>$^`~ (") == true, state.notice?.text ?? "")
    }

    func testControlGSaysWhereThePaneIs() throws {
        var state = Fixtures.bundledState(width: 100, height: 24)
        let count = try XCTUnwrap(state.sentences(of: 0)).count
        state.press(.control("g"))
        let message = try XCTUnwrap(state.notice?.text)
        XCTAssertTrue(message.hasPrefix("Kremlin (version 1 of 2) · sentence 1 of \(count) at the top · "), message)
    }

    func testTheHelpPagesByItsHeightAndGoesToItsEnds() throws {
        var state = Fixtures.bundledState(width: 60, height: 16, analysed: false)
        state.press(.function(1))
        let layout = HelpLayout(width: 60, height: 16, theme: state.theme)
        XCTAssertTrue(layout.overflows)
        state.press(.character(" "))
        XCTAssertEqual(helpScroll(state), layout.available - 1, "Space: a page, one row kept")
        state.press(.character("G"))
        XCTAssertEqual(helpScroll(state), layout.tallest - layout.available, "G: the end, the help still open")
        state.press(.character("g"))
        XCTAssertEqual(helpScroll(state), 0)
        state.press(.character("x"))
        XCTAssertFalse(state.showsHelp)
    }

    /// Sentence numbers on and off, or a window narrowed and widened back, leave the same
    /// text at the top (the top row crept back a row at each change).
    func testChangesOfWidthLeaveTheTopWhereItWas() {
        for rows in 1...30 {
            var state = Fixtures.bundledState(width: 100, height: 24)
            state.type("\(rows)j")
            let top = state.panes[0].top
            for _ in 0..<3 {
                state.press(.character("#"))
                state.press(.character("#"))
            }
            XCTAssertEqual(state.panes[0].top, top, "numbers on and off, \(rows) rows down")
            for width in [61, 83, 100] { state.apply(.resize(width: width, height: 24)) }
            XCTAssertEqual(state.panes[0].top, top, "narrowed and widened back, \(rows) rows down")
        }
    }

    /// `]` after moving away from the current passage steps from what is on screen: `:$`
    /// (whose topic becomes the focused one), then `g`, then `]` lands on that topic's first
    /// passage, not past the one left behind.
    func testAStepAfterScrollingAwayStartsFromTheView() throws {
        var state = Fixtures.bundledState(width: 100, height: 24)
        let index = try XCTUnwrap(state.topics)
        state.press(.character("]"))
        state.type(":$")
        state.press(.enter)
        let topic = try XCTUnwrap(state.navigation.focusedTopic)
        let first = try XCTUnwrap(index.occurrencesByTopic[topic].first { $0.version == 0 })
        state.press(.character("g"))
        state.press(.character("]"))
        XCTAssertEqual(state.navigation.current, first, state.notice?.text ?? "")
    }

    /// less's Ctrl-N and Ctrl-P, and vim's Ctrl-O, do what they do there, unlisted in the
    /// help, which lists the keys to learn.
    func testLessAndVimsOtherKeysForTheSameMoves() {
        var state = Fixtures.bundledState(width: 100, height: 24)
        let top = state.panes[0].top
        state.press(.control("n"), .control("n"))
        var expected = state.text(0).step(top, by: 2)!
        XCTAssertEqual(state.panes[0].top, expected, "Ctrl-N: a line down")
        state.press(.control("p"))
        expected = state.text(0).step(top, by: 1)!
        XCTAssertEqual(state.panes[0].top, expected, "Ctrl-P: a line up")
        state.press(.character("g"))
        let before = state.panes.map(\.anchor)
        state.press(.character("G"))
        XCTAssertNotEqual(state.panes.map(\.anchor), before)
        state.press(.control("o"))
        XCTAssertEqual(state.panes.map(\.anchor), before, "Ctrl-O: back along the jump list, as Backspace")
        let help = (0..<24).map(render({ var s = state; s.press(.function(1)); return s }()).row).joined()
        XCTAssertFalse(help.contains("Ctrl-O"), "the help keeps its rows for the keys to learn")
    }

    /// vim's `zt`, `zz` and `zb` put the current sentence at the top, middle and bottom of the
    /// pane (a legislative aide's `zz` went two pages on: `z` was less's page down), and it
    /// stays the one `y` copies; `Ctrl-W w`, `Ctrl-W h`, `Ctrl-W l` move between panes.
    func testVimsZCommandsAndWindowCommands() throws {
        var state = Fixtures.bundledState(width: 100, height: 24)
        state.type(":12")
        state.press(.enter)
        let sentence = try XCTUnwrap(state.topics?.sentenceRange(0, 11))
        state.type("zt")
        XCTAssertEqual(state.row(of: sentence.lowerBound, in: 0), 0)
        XCTAssertEqual(state.currentSentence()?.sentence, 11)
        state.type("zz")
        XCTAssertEqual(state.row(of: sentence.lowerBound, in: 0), state.contentHeight / 2)
        state.type("zb")
        XCTAssertEqual(state.row(of: sentence.upperBound - 1, in: 0), state.contentHeight - 1)
        XCTAssertEqual(state.currentSentence()?.sentence, 11, "y still copies sentence 12")
        XCTAssertNil((state.notice?.text).flatMap { $0.contains("does nothing") ? $0 : nil })
        state.press(.control("w"), .character("w"))
        XCTAssertEqual(state.focus, 1)
        state.press(.control("w"), .character("h"))
        XCTAssertEqual(state.focus, 0)
        state.press(.control("w"), .character("l"))
        XCTAssertEqual(state.focus, 1)
        state.press(.control("w"), .control("w"))
        XCTAssertEqual(state.focus, 0)
    }

    /// What a key was pressed for stays beside the focused topic's name at 80 columns, in
    /// a form written to fit: Ctrl-G showed nothing beside a one-sided topic, and `y`'s notice
    /// lost where the text went.
    func testAnAnswerToAKeyOutlastsTheTopicAt80Columns() throws {
        var state = Fixtures.bundledState(width: 80, height: 24)
        state.press(.tab)
        for _ in 0..<9 { state.press(.character("o")) }
        // On to a topic one version alone has, past sentences no topic holds and passages "not in".
        while !(state.navigation.focusedTopic.map { state.topics!.isOneSided[$0] } ?? false) { state.press(.character("o")) }
        _ = try XCTUnwrap(state.navigation.focusedTopic)
        state.press(.control("g"))
        var status = render(state).row(23)
        XCTAssertTrue(status.contains("\(state.names[state.focus]) \(state.focus + 1)/2 · sentence "), status)
        // The topic's name, whole or cut with "…" beside its "only in".
        let summary = try XCTUnwrap(state.focusedTopicSummary())
        XCTAssertTrue(([summary.short] + summary.whereCuts).contains { status.contains($0) }, status)
        let notice = "copied Maison Blanche sentence 1 to /tmp/nu23/state/readouts/copied.txt"
        state.apply(.notice(notice, shorter: ["copied Maison Blanche sentence 1 to /tmp/…/copied.txt"]))
        status = render(state).row(23)
        // What the user sees: where the text went, to the file's name, on the line itself.
        XCTAssertTrue(status.contains("  copied Maison Blanche sentence 1 to /") && status.contains("/copied.txt  "),
                      "where the text went is not cut off: \(status)")
        state.press(.character("o"))
        XCTAssertFalse(state.notice?.answersAKey ?? false)
    }

    /// `;` goes to the next topic word that is another topic or another sentence: a second
    /// word of the same topic in the same sentence said the same thing again ("E troupes 2/2"
    /// twice), and a student took the key for broken.
    func testSemicolonSkipsAnotherWordOfTheSameTopicInTheSameSentence() throws {
        // Where the pane's only topic words are the current sentence's, it says so.
        var single = Fixtures.analysedState(["The sanctions and the sanctions regime were discussed at length.",
                                             "New sanctions were discussed."], prefix: "V", width: 120, height: 20,
                                            engine: TopicEngine(lexicons: [.international]))
        single.press(.character(";"))
        XCTAssertNotNil(single.navigation.current)
        single.press(.character(";"))
        XCTAssertEqual(single.notice?.text, "no other topic word in V1")
        var state = Fixtures.bundledState(width: 100, height: 24)
        let index = try XCTUnwrap(state.topics)
        let marks = index.marks[0]
        let pair = try XCTUnwrap(marks.indices.dropLast().first { marks[$0].sentence == marks[$0 + 1].sentence
            && marks[$0].topic == marks[$0 + 1].topic && !index.isHeading(0, sentence: marks[$0].sentence) })
        state.go(to: .init(version: 0, index: pair))
        state.press(.character(";"))
        let now = marks[try XCTUnwrap(state.navigation.current).index]
        XCTAssertFalse(now.sentence == marks[pair].sentence && now.topic == marks[pair].topic, "\(now) after \(marks[pair])")
        XCTAssertGreaterThan(try XCTUnwrap(state.navigation.current).index, pair + 1)
    }

    /// less's `h` is its help: at the leftmost pane, where `h` moves nowhere, the reader says
    /// where the help is (a less user pressed it and nothing happened); the arrow stays silent.
    func testHAtTheLeftmostPaneSaysWhereTheHelpIs() {
        var state = Fixtures.bundledState(width: 120, height: 30)
        state.press(.character("h"))
        XCTAssertEqual(state.notice?.text, "no pane on the left · help is F1 or H")
        state.press(.left)
        XCTAssertNil(state.notice?.text)
        state.press(.tab, .character("h"))
        XCTAssertEqual(state.focus, 0)
        XCTAssertNil(state.notice?.text, "h moved to the left pane")
    }
}
