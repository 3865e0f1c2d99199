import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// The status line as prioritised segments: lower ones give way first, nothing is cut in
/// the middle of a word without "…", words never run together.
final class StatusLineTests: XCTestCase {
    typealias Form = StatusSegment.Form

    func testTheLowestPriorityGivesWayFirstAndComesBackWhenThereIsRoom() {
        let segments = [
            StatusSegment([Form("Kremlin 12%", 90), Form("12%", StatusSegment.required)]),
            StatusSegment([Form("B Ukraine 3/6 · Kremlin", 60), Form("B 3/6", 84)]),
            StatusSegment("follow", priority: 30, side: .right),
            StatusSegment([Form("? help", 82), Form("?", StatusSegment.required)], side: .right),
        ]
        XCTAssertEqual(StatusSegment.fit(segments, width: 80), ["Kremlin 12%", "B Ukraine 3/6 · Kremlin", "follow", "? help"])
        XCTAssertEqual(StatusSegment.fit(segments, width: 46), ["Kremlin 12%", "B Ukraine 3/6 · Kremlin", nil, "? help"])
        XCTAssertEqual(StatusSegment.fit(segments, width: 45), ["Kremlin 12%", "B 3/6", "follow", "? help"],
                       "follow comes back in the room the shorter topic left")
        XCTAssertEqual(StatusSegment.fit(segments, width: 30), ["Kremlin 12%", "B 3/6", nil, "? help"])
        XCTAssertEqual(StatusSegment.fit(segments, width: 20), ["Kremlin 12%", nil, nil, "?"])
        XCTAssertEqual(StatusSegment.fit(segments, width: 8), ["12%", nil, nil, "?"])
        XCTAssertEqual(StatusSegment.fit(segments, width: 6), ["12%", nil, nil, nil], "past all else the last required form goes")
        XCTAssertEqual(StatusSegment.fit(segments, width: 3), ["…", nil, nil, nil],
                       "and the first is cut with an ellipsis, never inside its number (\"1…\" read as 1%)")
    }

    func testANoticeIsCutAtAWordWithAnEllipsisOrLeftOut() {
        let segments = [
            StatusSegment("Kremlin Top", priority: StatusSegment.required),
            StatusSegment([Form("Maison Blanche link 1/2 · troupes et renforcement militaire", 81),
                           Form("Maison Blanche link 1/2 · troupes et renforcement militaire", 88)], isElastic: true),
            StatusSegment("? help", priority: 82, side: .right),
        ]
        XCTAssertEqual(StatusSegment.fit(segments, width: 60), ["Kremlin Top", "Maison Blanche link 1/2 · troupes et…", "? help"])
        XCTAssertEqual(StatusSegment.fit(segments, width: 40), ["Kremlin Top", "Maison Blanche link 1/2…", nil],
                       "kept over the help, cut, until it would be a stump")
        XCTAssertEqual(StatusSegment.fit(segments, width: 36), ["Kremlin Top", "Maison Blanche link…", nil])
        XCTAssertEqual(StatusSegment.fit(segments, width: 28), ["Kremlin Top", nil, "? help"], "the help comes back")
        XCTAssertEqual(StatusSegment.ellipsised("États-Unis et alliés", width: 12, atWord: true), "États-Unis…")
        XCTAssertEqual(StatusSegment.ellipsised("Ukraine", width: 5, atWord: true), "Ukra…", "one word: cut with an ellipsis")
    }

    /// The words the status line can show in some state, whole: every token of a narrower
    /// line must be one of them, or a cut one ending in "…".
    func wholeWords(_ state: ReaderState) -> Set<String> {
        var words = Set<String>()
        for segment in StatusLine.segments(state, layout: state.layout, counter: 12) {
            for form in segment.forms { words.formUnion(form.text.split(separator: " ").map(String.init)) }
        }
        return words
    }

    /// At every width from 20 columns up, in states with the longest notices the reader
    /// gives, no word on the status line is cut without "…", and segments stay apart.
    func testNoWordIsEverCutWithoutAnEllipsis() {
        var states: [ReaderState] = []
        var state = Fixtures.bundledState(width: 200, height: 30)
        state.press(.character("}"), .character("}"), .enter)  // a link notice
        states.append(state)
        state.press(.character("o"))  // "one-sided passage 1/…", "… · only in Kremlin"
        states.append(state)
        state = Fixtures.bundledState(width: 200, height: 30)
        let all = state.topics!.occurrencesByTopic[state.topics!.topicOrders[0][0]].count
        for _ in 0...all { state.press(.character("]")) }  // "wrapped to the first passage; now in Kremlin"
        states.append(state)
        states.append(Fixtures.bundledState(width: 200, height: 30, analysed: false))  // linking 0%
        for state in states {
            for width in 20...200 {
                var resized = state
                resized.apply(.resize(width: width, height: 30))
                let words = wholeWords(resized)
                let segments = StatusLine.segments(resized, layout: resized.layout, counter: 12)
                var frame = Frame(width: width, height: 30)
                renderStatus(&frame, state: resized, layout: resized.layout, counter: 12)
                let row = frame.row(29)
                XCTAssertTrue(row.hasSuffix("#12 "), "\(width): the counter stays: \(row)")
                for token in row.split(separator: " ").map(String.init) {
                    XCTAssertTrue(words.contains(token) || token.hasSuffix("…"), "\(width): \"\(token)\" cut in \(row)")
                }
                // Two segments never touch: each shown text sits where `place` put it, with
                // a space before it (or the line's start).
                for placed in StatusSegment.place(segments, width: width) {
                    XCTAssertTrue(placed.x == 0 || Array(row)[placed.x - 1] == " ", "\(width): \(row)")
                    XCTAssertEqual(String(Array(row)[placed.x..<placed.x + placed.text.count]), placed.text, "\(width): \(row)")
                }
                if width == 80 {
                    // As a reader sees it, without the tests' input counter.
                    var plain = Frame(width: width, height: 30)
                    renderStatus(&plain, state: resized, layout: resized.layout, counter: nil)
                    XCTAssertTrue(plain.row(29).contains("? help"), "80 columns keep ? help: \(plain.row(29))")
                }
            }
        }
    }

    /// No number is ever cut: `ellipsised` drops a number it would split, with what leads to it.
    func testAnEllipsisNeverSplitsANumber() {
        XCTAssertEqual(StatusSegment.ellipsised("D Харківській області 2/5", width: 24, atWord: false), "D Харківській області…")
        XCTAssertEqual(StatusSegment.ellipsised("D Харківській області 2/5 · only in X", width: 26, atWord: false),
                       "D Харківській області 2/5…", "a whole number may end the cut")
        XCTAssertEqual(StatusSegment.ellipsised("Kremlin 27%", width: 10, atWord: false), "Kremlin…")
        XCTAssertEqual(StatusSegment.ellipsised("sentences 12–16 of 40", width: 14, atWord: false), "sentences…")
        XCTAssertEqual(StatusSegment.ellipsised("Kremlin RU · 2025-03-18 — kremlin.ru", width: 20, atWord: false), "Kremlin RU…")
        XCTAssertEqual(StatusSegment.ellipsised("Ukraine", width: 5, atWord: false), "Ukra…")
    }

    /// A topic whose name is too long for the status line loses letters of its name, with
    /// "…", before it loses the name; its place "i/n" stays whole at every width, beside a
    /// failed search's notice too (a new user read "D Харківській області 2" as "2/5" cut).
    func testATopicsNameIsCutBeforeItsNumber() throws {
        var state = Fixtures.bundledState(width: 200, height: 30)
        state.press(.character("}"))
        let topic = try XCTUnwrap(state.navigation.focusedTopic)
        let label = state.topics!.analysis.topics[topic].label
        let place = try XCTUnwrap(state.focusedTopicSummary()?.short.split(separator: " ").last.map(String.init))
        XCTAssertTrue(place.contains("/"), place)
        state.press(.character("/"))
        state.type("zzqqxx")
        state.press(.enter)
        XCTAssertTrue(state.notice?.text.hasPrefix("no match") == true, state.notice?.text ?? "")
        var cutNames = 0
        for width in 20...160 {
            var resized = state
            resized.apply(.resize(width: width, height: 30))
            var frame = Frame(width: width, height: 30)
            renderStatus(&frame, state: resized, layout: resized.layout, counter: nil)
            let row = frame.row(29)
            for token in row.split(separator: " ") where token.contains(where: \.isNumber) {
                XCTAssertFalse(token.hasSuffix("…"), "\(width): a number cut in \(row)")
            }
            let symbol = String(state.topics!.symbol(of: topic))
            if let at = row.range(of: "  \(symbol) ") {
                let shown = String(row[at.upperBound...]).components(separatedBy: "  ")[0]
                XCTAssertTrue(shown.split(separator: " ").contains(Substring(place)), "\(width): the topic's place is whole: \(row)")
                if !shown.contains(label), shown.hasPrefix(String(label.prefix(2))), shown.hasSuffix("… \(place)") { cutNames += 1 }
            }
        }
        XCTAssertGreaterThan(cutNames, 3, "the name is cut with … before it goes (\(label))")
    }

    /// With no occurrence current, the focused topic's count says what it counts.
    func testACountWithoutAPlaceSaysPassages() throws {
        var state = Fixtures.bundledState(width: 200, height: 30)
        state.press(.character("}"))
        let topic = try XCTUnwrap(state.navigation.focusedTopic)
        let count = state.topics!.occurrencesByTopic[topic].count
        state.navigation.current = nil
        let summary = try XCTUnwrap(state.focusedTopicSummary())
        XCTAssertTrue(summary.short.hasSuffix(" · \(count) passage\(count == 1 ? "" : "s")"), summary.short)
    }

    /// One pane at a time: the status line says which version is shown and which key shows
    /// the next, down to 40 columns.
    func testASinglePaneSaysWhichVersionAndHowToSwitch() {
        var state = Fixtures.bundledState(width: 60, height: 20)
        XCTAssertTrue(render(state).row(19).contains("Kremlin Top  1/2 · Tab: Maison Blanche"), render(state).row(19))
        state.apply(.resize(width: 40, height: 15))
        XCTAssertTrue(render(state).row(14).contains("1/2 · Tab"), render(state).row(14))
        state.press(.tab)
        XCTAssertTrue(render(state).row(14).contains("Maison Blanche Top  2/2 · Tab"), render(state).row(14))
        XCTAssertEqual(state.layout.panes.map(\.version), [1])
    }
}

/// Panes of equal width at every window width, titles cut with "…".
final class LayoutTests: XCTestCase {
    func testPanesAreEqualAndTheGuttersTakeTheRest() {
        for versions in 2...3 {
            for width in 63...260 {
                let layout = Layout(width: width, height: 30, versions: versions, first: 0)
                XCTAssertEqual(Set(layout.panes.map(\.width)).count, 1, "\(width) × \(versions)")
                let gutters = (0..<layout.panes.count - 1).map { layout.gutterWidth(after: $0) }
                XCTAssertTrue(gutters.allSatisfy { $0 >= Layout.gutterWidth && $0 <= Layout.gutterWidth + 2 }, "\(width): \(gutters)")
                XCTAssertEqual(layout.panes.last!.x + layout.panes.last!.width, width, "\(width): the last pane ends at the edge")
            }
        }
        let single = Layout(width: 60, height: 20, versions: 2, first: 1)
        XCTAssertEqual(single.panes, [Layout.PaneFrame(version: 1, x: 0, width: 57)])
        XCTAssertEqual(single.markColumns(of: 0)!.mark, 58)
        XCTAssertEqual(single.markColumns(of: 0)!.more, 59)
    }

    func testTheSameTextWrapsTheSameInBothPanes() {
        let document = Fixtures.document("La question de l’Ukraine a dominé les discussions. En outre, les présidents ont discuté de la mise en œuvre des décisions du sommet de Genève.")
        let state = ReaderState(documents: [document, document], width: 100, height: 12, theme: Fixtures.theme)
        XCTAssertEqual(state.paneText(0), state.paneText(1))
    }

    func testTitlesAreCutWithAnEllipsis() {
        for width in [60, 80, 100, 130] {
            let state = Fixtures.bundledState(width: width, height: 12, analysed: false)
            let title = render(state).row(0)
            for pane in state.layout.panes {
                let text = String(Array(title)[pane.x..<pane.x + pane.width]).trimmingCharacters(in: .whitespaces)
                let document = state.documents[pane.version]
                let full = "\(document.label) · \(document.date!)" + (state.layout.panes.count == 1 ? "  [\(pane.version + 1)/2]" : "")
                    + " — \(document.source!)"
                XCTAssertTrue(full.hasPrefix(text) || (text.hasSuffix("…") && full.hasPrefix(String(text.dropLast()))), "\(width): \(text)")
            }
        }
    }
}

/// Versions in two languages linked by their words alone: few passages of a translation
/// share a word, so the reader says once where linking by meaning comes from.
final class EncoderNoticeTests: XCTestCase {
    private func state(_ texts: [String]) -> ReaderState {
        ReaderState(documents: texts.enumerated().map { Fixtures.document($0.element, label: "V\($0.offset)") },
                    width: 120, height: 20, theme: Fixtures.theme)
    }

    /// A version in a language the pipeline does not read is matched word for word: the
    /// reader says so once, by its label, when nothing else is to be said.
    func testAVersionInAnUnrecognisedLanguageIsToldOnce() {
        var state = self.state([
            "Il presidente ha parlato con il cancelliere della guerra. I due leader hanno concordato di restare in contatto. Hanno parlato anche dell'energia.",
            "Il presidente ha parlato con il cancelliere della guerra. I due leader hanno concordato di restare in contatto. Hanno parlato anche del commercio.",
        ])
        let analysis = TopicEngine().analyse(state.documents)
        state.apply(.topics(TopicIndex(analysis, documents: state.documents), progress: 1))
        XCTAssertEqual(state.notice?.text, "V0, V1: not a language Readouts reads (fr, en, ru, de, es), words matched as written: “only in” is less sure")
        state.apply(.key(.character("j")))
        state.apply(.topics(TopicIndex(analysis, documents: state.documents), progress: 1))
        XCTAssertNil(state.notice?.text, "said once")
        // On a fresh machine (no encoder installed), the encoder's advice follows it.
        var fresh = self.state(state.documents.map(\.text))
        fresh.advisesEncoder = true
        fresh.apply(.topics(TopicIndex(analysis, documents: fresh.documents), progress: 1))
        XCTAssertEqual(fresh.notice?.text, "V0, V1: not a language Readouts reads (fr, en, ru, de, es), words matched as written: “only in” is less sure; "
                       + "linked by shared words only: readouts --install-model links reworded passages too")
    }

    func testALexicalAnalysisOfTwoLanguagesPointsAtTheEncoderOnceAndOtherwiseSaysNothing() {
        var state = self.state([
            "Le président a parlé avec le Premier ministre de la sécheresse et du commerce des céréales.",
            "The President spoke with the Prime Minister about the drought and the grain trade.",
        ])
        let analysis = TopicEngine().analyse(state.documents)
        XCTAssertEqual(analysis.linker.kind, .lexical)
        state.apply(.topics(TopicIndex(analysis, documents: state.documents), progress: 0.5))
        XCTAssertNil(state.notice?.text, "not before the analysis is complete")
        state.apply(.topics(TopicIndex(analysis, documents: state.documents), progress: 1))
        XCTAssertTrue(state.notice?.text.contains("readouts --install-model") == true, state.notice?.text ?? "")
        XCTAssertTrue(state.notice?.text.contains("en, fr") == true, state.notice?.text ?? "")
        state.apply(.key(.character("j")))
        state.apply(.topics(TopicIndex(analysis, documents: state.documents), progress: 1))
        XCTAssertFalse(state.notice?.text.contains("install-model") == true, "said once")

        // One language, or the encoder linking: nothing to say.
        var english = self.state([
            "The President spoke with the Prime Minister about the drought.",
            "The Prime Minister spoke with the President about the grain trade.",
        ])
        english.apply(.topics(TopicIndex(TopicEngine().analyse(english.documents), documents: english.documents), progress: 1))
        XCTAssertNil(english.notice?.text)
        // …unless no encoder is installed and none was declined: what it would add is said
        // once (a journalist on a fresh machine saw only "lexical").
        var fresh = self.state(english.documents.map(\.text))
        fresh.advisesEncoder = true
        fresh.apply(.topics(TopicIndex(TopicEngine().analyse(fresh.documents), documents: fresh.documents), progress: 1))
        XCTAssertEqual(fresh.notice?.text, "linked by shared words only: readouts --install-model links reworded passages too")
        var semantic = analysis
        semantic.linker = LinkerInfo(kind: .semantic, model: "use-multilingual-v3")
        XCTAssertNil(ReaderState.encoderNotice(semantic))
        XCTAssertNotNil(ReaderState.encoderNotice(analysis))

        // The encoder installed, the lexical linker chosen: installing it is no advice.
        var chosen = self.state(state.documents.map(\.text))
        chosen.encoderAdvice = ReaderState.lexicalChoiceAdvice
        chosen.apply(.topics(TopicIndex(analysis, documents: chosen.documents), progress: 1))
        XCTAssertEqual(chosen.notice?.text, "versions in en, fr, linked by shared words only: without --linker lexical, the installed encoder links them by meaning")
    }

}

extension StatusLineTests {
    /// What Enter says outlasts the topic's and the pane's names in a narrow window: at 80
    /// columns a journalist's "Polish PM office link 1/1 · figures…" hid the very figure.
    func testWhatEnterSaysKeepsItsFiguresInANarrowWindow() throws {
        let texts = ["Chancellor Weber said that Germany will provide Ukraine with military support worth 1.2 billion euros this year.",
                     "In their call the Chancellor announced that Berlin would allocate 1.5 billion euros of military support to Ukraine."]
        var state = Fixtures.analysedState(texts, prefix: "Polish PM office of the Prime Minister ", width: 66, height: 24)
        state.type(":1")
        state.press(.enter, .enter)
        // Beside the pane's short name it may be shown whole above the line, never cut.
        let shown = render(state).lines[21...23].joined(separator: " ")
        XCTAssertTrue(shown.contains("figures 1.2 billion → 1.5 billion"), shown)
    }
}
