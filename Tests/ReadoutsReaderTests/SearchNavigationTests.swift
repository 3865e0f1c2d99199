import XCTest
import ReadoutsText
@testable import ReadoutsReader

/// Search as a state machine, driven by keys through `apply`, on the bundled readouts.
final class SearchNavigationTests: XCTestCase {
    func bundled(width: Int = 100, height: Int = 30) -> ReaderState {
        ReaderState(documents: BundledReadouts.documents(), width: width, height: height)
    }

    func testSlashTypesEnterConfirmsAndNStepsWithWrap() {
        var state = bundled()
        state.type("/securite")
        XCTAssertTrue((state.searchPrompt != nil))
        XCTAssertEqual(state.notice?.text, "match 1/4", "incremental: the count shows while typing")
        state.press(.enter)
        XCTAssertFalse((state.searchPrompt != nil))
        XCTAssertEqual(state.notice?.text, "match 1/4")
        state.type("n")
        XCTAssertEqual(state.notice?.text, "match 2/4")
        state.type("nn")
        XCTAssertEqual(state.notice?.text, "match 4/4")
        state.type("n")
        XCTAssertEqual(state.notice?.text, "search wrapped · match 1/4")
        state.type("N")
        XCTAssertEqual(state.notice?.text, "search wrapped · match 4/4")
        let current = try! XCTUnwrap(state.search.current)
        XCTAssertEqual(state.documents[0].string(current.range).lowercased(), "sécurité")
    }

    /// A search of one pane goes with the focus: after Tab, `n` searches the pane now
    /// focused for the same pattern (the Kremlin's "Iran", then the White House's "l’Iran"),
    /// and does not pull the focus back.
    func testNSearchesThePaneTheFocusMovedTo() {
        var state = bundled()
        state.type("/iran")
        state.press(.enter)
        XCTAssertEqual(state.focus, 0)
        XCTAssertEqual(state.search.current?.version, 0)
        state.press(.tab)
        XCTAssertEqual(state.focus, 1)
        state.type("n")
        XCTAssertEqual(state.focus, 1, state.notice?.text ?? "")
        let current = try! XCTUnwrap(state.search.current)
        XCTAssertEqual(current.version, 1)
        XCTAssertEqual(state.documents[1].string(current.range).lowercased(), "iran")
        XCTAssertTrue(state.notice?.text.hasPrefix("match 1/") == true || state.notice?.text == "the only match", state.notice?.text ?? "")
    }

    func testTypingJumpsToTheMatchAndEscapeReturns() {
        var state = bundled(width: 100, height: 12)
        let before = state.panes[0].top
        state.type("/Relations bilat")
        XCTAssertNotEqual(state.panes[0].top, before, "the view jumped to the heading further down")
        XCTAssertEqual(state.notice?.text, "the only match")
        state.press(.escape)
        XCTAssertEqual(state.panes[0].top, before, "Esc returns to where the reader was")
        XCTAssertFalse(state.search.isActive)
        XCTAssertFalse((state.searchPrompt != nil))
    }

    /// After a search, `c`, `Enter`, `y`, `Y` and `m` act on the match's sentence, not on the
    /// passage `]` or Enter made current before (an analyst's `/AUKUS` then `Y` copied the
    /// trade sentence shown before), with `n` too.
    func testASearchMakesItsMatchTheCurrentSentence() throws {
        var state = Fixtures.bundledState(width: 120, height: 40)
        state.press(.character("]"))
        let before = try XCTUnwrap(state.navigation.current)
        let index = try XCTUnwrap(state.topics)
        state.type("/Minsk")
        state.press(.enter)
        let hit = try XCTUnwrap(state.search.current)
        let matchSentence = try XCTUnwrap(index.sentence(in: hit.version, at: hit.range.lowerBound))
        XCTAssertNotEqual(index.marks[before.version][before.index].sentence, matchSentence, "the fixture moves elsewhere")
        XCTAssertEqual(state.currentSentence()?.sentence, matchSentence, "y, Y and m take the match's sentence")
        state.press(.character("c"))
        let current = try XCTUnwrap(state.navigation.current, "Minsk's sentence has a topic")
        XCTAssertEqual(index.marks[current.version][current.index].sentence, matchSentence, "c compares the match's sentence")
        state.press(.escape)
        // A topic step after the search takes the lead again.
        state.press(.character("]"))
        let stepped = try XCTUnwrap(state.navigation.current)
        XCTAssertEqual(state.currentSentence()?.sentence, index.marks[stepped.version][stepped.index].sentence)
    }

    /// `n` on a search's one match comes back to it: "the only match", not "search wrapped ·
    /// match 1/1", which read as if there were more (a translator's trial).
    func testNOnTheOnlyMatchSaysSo() {
        var state = bundled(width: 100, height: 12)
        state.type("/Relations bilat")
        state.press(.enter)
        state.press(.character("n"))
        XCTAssertEqual(state.notice?.text, "the only match")
    }

    /// `*` with one match says which pane holds it, as the counts per pane say for more
    /// ("the only match" alone left a researcher looking in both).
    func testTheOnlyMatchOfAnAllPaneSearchSaysWhichPane() {
        var state = bundled(width: 100, height: 12)
        state.type("*ransomware")
        state.press(.enter)
        XCTAssertEqual(state.notice?.text, "the only match, in Maison Blanche")
        XCTAssertTrue(render(state).row(11).contains("the only match, in Maison Blanche"), render(state).row(11))
        state.type("/ransomware")
        state.press(.enter)
        XCTAssertEqual(state.notice?.text, "the only match", "a one-pane search is in the focused pane")
    }

    func testEscClearsTheSearchFirstThenTheTopic() {
        var state = Fixtures.bundledState()
        state.type("}")
        let topic = state.navigation.focusedTopic
        XCTAssertNotNil(topic)
        state.type("/securite")
        state.press(.enter)
        state.press(.escape)
        XCTAssertFalse(state.search.isActive, "the first Esc clears the search highlights")
        XCTAssertEqual(state.navigation.focusedTopic, topic, "and leaves the topic")
        state.press(.escape)
        XCTAssertNil(state.navigation.focusedTopic, "the next Esc reaches the topics")
    }

    /// Esc and `:noh` clear the highlights, not the search: `n` and `N` search for the last
    /// pattern again, its highlights back, as vim's `n` after `:noh` (a press officer's `n`
    /// was told "no search yet"); `:/` alone does the same.
    func testNAfterEscOrNohSearchesTheLastPatternAgain() throws {
        var state = bundled()
        state.type("n")
        XCTAssertEqual(state.notice?.text, "no search yet: / searches forward, ? backward", "no search yet: says so")
        state.type("/securite")
        state.press(.enter)
        state.type("n")
        XCTAssertEqual(state.notice?.text, "match 2/4")
        state.press(.escape)
        XCTAssertFalse(state.search.isActive, "Esc removes the highlights")
        state.type("n")
        XCTAssertTrue(state.search.isActive, "n brings the highlights back")
        XCTAssertEqual(state.notice?.text, "match 3/4", "from the match still on screen")
        let current = try XCTUnwrap(state.search.current)
        XCTAssertEqual(state.documents[0].string(current.range).lowercased(), "sécurité")
        state.type(":noh")
        state.press(.enter)
        XCTAssertFalse(state.search.isActive)
        state.type("N")
        XCTAssertEqual(state.notice?.text, "match 2/4")
        state.type(":noh")
        state.press(.enter)
        state.type(":/")
        state.press(.enter)
        XCTAssertTrue(state.search.isActive)
        XCTAssertEqual(state.notice?.text, "match 3/4", ":/ alone repeats the last search")
    }

    /// In a new session `n` searches the newest pattern of the saved history, with its
    /// options, as vim's `n` after a restart does (the press officer's "left undone"); `/`
    /// Enter alike. With no history, "no search yet" still.
    func testNInANewSessionSearchesTheNewestSavedPattern() {
        var state = bundled()
        _ = state.apply(.restored(RestoredSession(history: [
            SearchHistoryEntry(pattern: "ukraine", options: SearchOptions()),
            SearchHistoryEntry(pattern: "securite", options: SearchOptions()),
        ])))
        state.type("n")
        XCTAssertTrue(state.search.isActive, "n searches the newest saved pattern")
        XCTAssertEqual(state.search.pattern, "securite")
        XCTAssertEqual(state.notice?.text, "match 1/4")
        var fresh = bundled()
        _ = fresh.apply(.restored(RestoredSession(history: [SearchHistoryEntry(pattern: "securite", options: SearchOptions())])))
        fresh.type("/")
        fresh.press(.enter)
        XCTAssertTrue(fresh.search.isActive, "/ Enter searches it too")
        var empty = bundled()
        empty.type("n")
        XCTAssertEqual(empty.notice?.text, "no search yet: / searches forward, ? backward")
        // A session started with `readouts -I` keeps ignoring case: the saved entry's case
        // does not replace it.
        var ignoring = ReaderState(documents: state.documents, width: 120, height: 30, theme: Fixtures.theme,
                                   preferences: ReaderPreferences(caseMatching: .ignore))
        _ = ignoring.apply(.restored(RestoredSession(history: [SearchHistoryEntry(pattern: "Securite", options: SearchOptions())])))
        ignoring.type("n")
        XCTAssertEqual(ignoring.search.pattern, "Securite")
        XCTAssertEqual(ignoring.search.options.caseMatching, .ignore)
    }

    /// `/` then Enter with nothing typed searches for the last pattern forward, `?` Enter
    /// backward, and `n` keeps that direction, as in vim and less; with no search yet `?`
    /// Enter leaves the help open and searches nothing.
    func testSlashOrQuestionMarkThenEnterRepeatsTheLastPattern() {
        var state = bundled()
        state.type("/securite")
        state.press(.enter)
        XCTAssertEqual(state.notice?.text, "match 1/4")
        state.press(.escape)
        state.type("/")
        state.press(.enter)
        XCTAssertNil(state.searchPrompt)
        XCTAssertTrue(state.search.isActive)
        XCTAssertEqual(state.notice?.text, "match 2/4", "/ Enter: the last pattern, forward")
        state.type("?")
        state.press(.enter)
        XCTAssertFalse(state.showsHelp, "the help ? showed makes way for the match")
        XCTAssertEqual(state.notice?.text, "match 1/4", "? Enter: the last pattern, backward")
        state.type("n")
        XCTAssertEqual(state.notice?.text, "search wrapped · match 4/4", "n keeps the backward direction")
        state.type("/")
        state.press(.enter)
        XCTAssertEqual(state.notice?.text, "search wrapped · match 1/4", "/ Enter turns forward again")
    }

    func testNoMatchSaysSoPlainly() {
        var state = bundled()
        state.type("/zzzq")
        state.press(.enter)
        XCTAssertEqual(state.notice?.text, "no match for “zzzq”")
    }

    func testQuestionMarkShowsHelpUntilACharacterIsTyped() {
        var state = bundled()
        state.type("?")
        XCTAssertTrue(state.showsHelp)
        XCTAssertTrue((state.searchPrompt != nil))
        XCTAssertTrue(state.searchPrompt?.backward ?? false)
        state.type("s")
        XCTAssertFalse(state.showsHelp, "typing hides the help and searches backward")
        XCTAssertTrue(state.search.isActive)
        state.press(.escape)
        XCTAssertFalse((state.searchPrompt != nil))

        state.type("?")
        state.press(.escape)
        XCTAssertFalse(state.showsHelp, "Esc closes both")
        XCTAssertFalse((state.searchPrompt != nil))

        state.type("?")
        state.press(.enter)
        XCTAssertTrue(state.showsHelp, "Enter on an empty pattern leaves the help open")
        XCTAssertFalse((state.searchPrompt != nil))
        state.type("x")
        XCTAssertFalse(state.showsHelp, "until the next key")

        state.press(.function(1))
        XCTAssertTrue(state.showsHelp)
        XCTAssertFalse((state.searchPrompt != nil), "F1 opens the help alone")
    }

    /// `q` closes the help `?` shows, as a pager's help closes, and the prompt with it: no
    /// search for "q", the view where it was. In a paste it is typed like any character.
    func testQClosesTheHelpThatQuestionMarkShows() {
        var state = bundled()
        let before = state.panes[0].top
        state.type("?")
        XCTAssertTrue(state.showsHelp)
        state.type("q")
        XCTAssertFalse(state.showsHelp)
        XCTAssertNil(state.searchPrompt)
        XCTAssertFalse(state.search.isActive)
        XCTAssertEqual(state.panes[0].top, before)
        state.type("?")
        state.apply(.keys([.character("q"), .character("u")]))
        XCTAssertEqual(state.searchPrompt.map { String($0.characters) }, "qu", "a pasted pattern is searched")
        XCTAssertFalse(state.showsHelp)
    }

    func testBackwardSearchFromTheTopWrapsToTheLastMatch() {
        var state = bundled()
        state.type("?securite")
        state.press(.enter)
        XCTAssertEqual(state.notice?.text, "search wrapped · match 4/4")
        state.type("n")
        XCTAssertEqual(state.notice?.text, "match 3/4", "n keeps the backward direction")
    }

    func testAllPanesCountsPerPaneAndMovesFocus() {
        var state = bundled()
        state.type("*etats")
        state.press(.enter)
        XCTAssertEqual(state.notice?.text, "match 1/5 · Kremlin 3, Maison Blanche 2")
        state.type("nnn")
        XCTAssertEqual(state.focus, 1, "the fourth match is in the second pane, which takes the focus")
        XCTAssertEqual(state.notice?.text, "match 4/5 · Kremlin 3, Maison Blanche 2")
        state.type("nn")
        XCTAssertEqual(state.focus, 0)
        XCTAssertTrue(state.notice?.text.hasPrefix("search wrapped") ?? false)
    }

    /// A pattern written as a regular expression and searched as text says how to search it
    /// so: a vim and less user's `/Art.*9` said "no match", and nothing of Ctrl-R. A plain
    /// pattern, or a regex that matches, says nothing more.
    func testARegularExpressionSearchedAsTextSaysHowToSearchItSo() {
        var state = bundled()
        state.type("/Biden.*Poutine")
        state.press(.enter)
        XCTAssertEqual(state.notice?.text, "no match for “Biden.*Poutine” · searched as text: Ctrl-R in the prompt reads it as a regular expression")
        var regex = bundled()
        regex.type("/")
        regex.press(.control("r"))
        regex.type("Biden|Poutine")
        regex.press(.enter)
        XCTAssertTrue(regex.notice?.text.hasPrefix("match 1/") ?? false, regex.notice?.text ?? "")
        for pattern in ["zzzq", "Biden Poutine", "(Kremlin)"] {
            XCTAssertFalse(ReaderState.looksLikeARegularExpression(pattern), pattern)
        }
        XCTAssertTrue(ReaderState.looksLikeARegularExpression("^Le"))
        XCTAssertTrue(ReaderState.looksLikeARegularExpression("[0-9]+ troupes"))
        XCTAssertTrue(ReaderState.looksLikeARegularExpression("\\bOTAN\\b"))
        XCTAssertFalse(ReaderState.looksLikeARegularExpression("Biden (Washington)"))
        XCTAssertFalse(ReaderState.looksLikeARegularExpression("U.S."))
    }

    func testModesToggleFromThePrompt() {
        var state = bundled()
        state.type("/sanction")
        XCTAssertEqual(state.notice?.text, "match 1/2", "prefix of sanctions")
        state.press(.control("w"))
        XCTAssertEqual(state.searchPrompt?.options.tags, ["word"])
        XCTAssertEqual(state.notice?.text, "no match for “sanction”", "whole word: sanction is not sanctions")
        state.press(.control("t"))
        XCTAssertEqual(state.searchPrompt?.options.tags, ["word", "stem"])
        XCTAssertEqual(state.notice?.text, "match 1/2", "stems: sanction finds sanctions")
        state.press(.enter)
        state.type("/")
        XCTAssertEqual(state.searchPrompt?.options.stem, true, "modes carry over to the next search")
    }

    /// A Kyiv analyst's stem search on the President's Office's Ukrainian found less than a
    /// plain one ("саміт": the only match beside "саміту" and "саміті"; "обговорити" none
    /// beside four "обговорили"): no stemmer reads Ukrainian, so words match by their
    /// beginnings, and the status line says so.
    func testStemSearchInALanguageWithoutAStemmerMatchesWordBeginnings() {
        let ukrainian = """
            Сторони обговорили ситуацію на фронті. Лідери також обговорили відновлення енергетики. Сторони обговорили \
            членство. Президент поінформував про підготовку до саміту миру, і понад 90 держав візьмуть участь у саміті. \
            Це рішення врятує тисячі життів українців. Лідери обговорили контакти.
            """
        var state = ReaderState(documents: [plainDocument(ukrainian, name: "op_uk.txt"), plainDocument("Elsewhere.")], width: 160, height: 30)
        state.type("/")
        state.press(.control("t"))
        state.type("саміт")
        state.finishSearch()
        XCTAssertEqual(state.notice?.text, "match 1/2 · by word beginning “саміт”: no stemmer for this version's language")
        for (word, count) in [("обговорити", 4), ("українці", 1)] {
            state.press(.enter)
            state.type("/" + word)
            state.finishSearch()
            XCTAssertEqual(state.search.results[0]?.count, count, word)
        }
        // A version Readouts stems keeps its stems: "sanction" finds "sanctions" and no "sanctuary".
        var english = ReaderState(documents: [plainDocument("They agreed on new sanctions. It is a sanctuary for them, and they were sanctioned."), plainDocument("b")], width: 100, height: 30)
        english.type("/")
        english.press(.control("t"))
        english.type("sanction")
        english.finishSearch()
        XCTAssertEqual(english.search.results[0]?.count, 2)
        XCTAssertFalse(english.notice?.text.contains("word beginning") ?? true)
    }

    func testInvalidRegexIsReportedAndNothingCrashes() {
        var state = bundled()
        state.type("/")
        state.press(.control("r"))
        state.type("(sanction")
        XCTAssertTrue(state.search.error?.hasPrefix("invalid pattern") ?? false)
        let frame = render(state)
        XCTAssertTrue(frame.row(frame.height - 1).contains("invalid pattern"), frame.row(frame.height - 1))
        state.type(")")
        XCTAssertNil(state.search.error)
        XCTAssertEqual(state.notice?.text, "match 1/2")
    }

    func testPromptEditsCharactersAndKeepsHistory() {
        var state = bundled()
        state.type("/é漢")
        XCTAssertEqual(state.searchPrompt?.cursorColumns, 3, "é is one column, 漢 two")
        state.press(.backspace)
        XCTAssertEqual(state.searchPrompt?.text, "é", "one Backspace deletes the wide character")
        state.press(.left)
        state.type("s")
        XCTAssertEqual(state.searchPrompt?.text, "sé")
        state.press(.right)
        state.type("curité")
        XCTAssertEqual(state.searchPrompt?.text, "sécurité")
        state.press(.enter)
        state.type("/iran")
        state.press(.enter)
        state.type("/")
        state.press(.up)
        XCTAssertEqual(state.searchPrompt?.text, "iran")
        state.press(.up)
        XCTAssertEqual(state.searchPrompt?.text, "sécurité")
        state.press(.down, .down)
        XCTAssertEqual(state.searchPrompt?.text, "")
    }

    func testLargeDocumentCountsInBackgroundSteps() {
        let paragraph = "Les présidents ont discuté de la sécurité européenne et des sanctions. "
        let text = (0..<3000).map { _ in paragraph + paragraph }.joined(separator: "\n\n")
        var state = ReaderState(documents: [plainDocument(text), plainDocument("autre")], width: 100, height: 30)
        state.type("/securite")
        XCTAssertEqual(state.notice?.text, "match 1/…", "the first match at once, the count still running")
        XCTAssertTrue(state.hasBackgroundWork)
        state.finishSearch()
        XCTAssertEqual(state.notice?.text, "match 1/6000")
        state.press(.escape)
        XCTAssertFalse(state.hasBackgroundWork, "Esc cancels the count")
    }

    func testPathologicalPatternNeverFreezes() {
        let line = String(repeating: "a", count: 4000) + "b"
        var state = ReaderState(documents: [plainDocument(line), plainDocument("b")], width: 80, height: 24)
        state.type("/")
        state.press(.control("r"))
        let start = ContinuousClock.now
        state.type("(a+)+$")
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(2))
        XCTAssertTrue(state.notice?.text.contains("pattern too slow") ?? false, state.notice?.text ?? "nil")
        state.press(.escape)
        XCTAssertFalse(state.search.isActive)
    }
}

/// Keys that arrive together (a paste) and patterns that would run away.
final class SearchBurstTests: XCTestCase {
    private func bundled() -> ReaderState {
        ReaderState(documents: BundledReadouts.documents(), width: 100, height: 30, theme: Fixtures.theme)
    }

    func testAPastedPatternIsSearchedOnceAtTheEndOfTheBurst() {
        var state = bundled()
        state.apply(.keys([.character("/")] + "securite".map(Key.character)))
        XCTAssertEqual(state.searchPrompt?.text, "securite")
        XCTAssertEqual(state.notice?.text, "match 1/4", "searched once the burst ended")
        var typed = bundled()
        typed.type("/securite")
        XCTAssertEqual(typed.search.current, state.search.current, "the same result as typing it key by key")
    }

    func testPastedPatternThenEnterKeepsTheSearch() {
        var state = bundled()
        state.apply(.keys([.character("/")] + "securite".map(Key.character) + [.enter]))
        XCTAssertNil(state.searchPrompt)
        XCTAssertEqual(state.notice?.text, "match 1/4")
        state.press(.character("n"))
        XCTAssertEqual(state.notice?.text, "match 2/4")
    }

    func testALongPasteIsCutAtTheLimitWithANotice() {
        var state = bundled()
        state.apply(.keys([.character("/")] + Array(repeating: Key.character("x"), count: 10_000)))
        XCTAssertEqual(state.searchPrompt?.characters.count, SearchPrompt.maximumLength)
        XCTAssertTrue(state.notice?.text.hasPrefix("a pattern holds at most 1000 characters · no match for “xxx") ?? false, state.notice?.text ?? "")
    }

    func testEscapeInsideABurstActsAtOnceAndLaterKeysAreCommands() {
        var state = bundled()
        state.apply(.keys([.character("/"), .character("z"), .escape, .character("j")]))
        XCTAssertNil(state.searchPrompt)
        XCTAssertFalse(state.search.isActive)
        XCTAssertNotEqual(state.panes[0].top, .top, "j after Esc scrolled")
    }

    func testACatastrophicPatternIsGivenUpAndKeysStayCheap() throws {
        // A long document of runs of "a" that `(a+)+$` can never finish matching.
        let paragraph = String(repeating: "a", count: 3_000) + "b"
        let document = plainDocument(Array(repeating: paragraph, count: 200).joined(separator: "\n\n"))
        var state = ReaderState(documents: [document, document], width: 100, height: 30, theme: Fixtures.theme, linksTopics: false)
        state.type("/")
        state.press(.control("r"))
        state.type("(a+)+$")
        state.press(.enter)
        state.finishSearch()
        XCTAssertTrue(state.notice?.text.contains("pattern too slow: gave up") ?? false, state.notice?.text ?? "")
        XCTAssertLessThan(state.search.count(in: 0) ?? 0, 1)
        XCTAssertFalse(state.hasBackgroundWork, "nothing left to grind through between keys")
        state.press(.character("j"))
        XCTAssertNotEqual(state.panes[0].top, .top)
    }
}
