import XCTest
import ReadoutsTopics
@testable import ReadoutsReader

/// What a low-vision analyst with a small window found on the status line: the topic's name
/// gone, the answer to a key cut with "…" and no way to read it whole.
final class NarrowStatusLineTests: XCTestCase {
    private func status(_ state: ReaderState) -> String { render(state).row(state.height - 1) }

    /// The rows above the status line that show a notice too long for it, joined.
    private func rowsAbove(_ state: ReaderState, count: Int) -> String {
        let rows = render(state).lines
        return rows[(state.height - 1 - count)..<(state.height - 1)].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    /// Whether the status line shows the notice whole, in one of its forms.
    private func showsTheNoticeWhole(_ state: ReaderState) -> Bool {
        guard let notice = state.notice else { return false }
        return notice.forms.contains { status(state).contains("  " + $0 + "  ") }
    }

    /// Whether the notice is on screen whole: on the status line in one of its forms, or on
    /// rows of its own.
    private func showsTheNoticeSomewhere(_ state: ReaderState) -> Bool {
        guard let notice = state.notice else { return false }
        return showsTheNoticeWhole(state)
            || render(state).lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ").contains(notice.text)
    }

    /// Whether the status line names the focused topic: whole, or cut with "…" beside what
    /// it says of where ("I missions… 1/3 · only in Kremlin").
    private func namesTheTopic(_ state: ReaderState) -> Bool {
        guard let summary = state.focusedTopicSummary() else { return false }
        return ([summary.short] + summary.whereCuts).contains { status(state).contains($0) }
    }

    private func label(_ state: ReaderState) throws -> String {
        try XCTUnwrap(state.topics?.analysis.topics[XCTUnwrap(state.navigation.focusedTopic)].label)
    }

    /// At 70 columns, `o` to the third passage of a topic: the topic's name stays ("J 1/1 ·
    /// only in Kremlin  one-sided passage 3/9" did not say which topic), whole or, beside
    /// what it says of where, cut with "…"; the notice is on screen whole, on the line or
    /// above it; at a sentence no topic holds, the line says what kind of stop it is.
    func testOneSidedStepsKeepTheTopicsNameAt70Columns() throws {
        var state = Fixtures.bundledState(width: 70, height: 20)
        var topicStops = 0
        var unheld = 0
        for _ in try XCTUnwrap(state.topics).oneSidedStops.indices {
            state.press(.character("o"))
            let line = status(state)
            if state.navigation.focusedTopic == nil {
                unheld += 1
                XCTAssertTrue(line.contains("linked to nothing"), line)
                XCTAssertTrue(showsTheNoticeSomewhere(state), line)
            } else {
                topicStops += 1
                XCTAssertTrue(namesTheTopic(state), line)
                XCTAssertTrue(showsTheNoticeSomewhere(state) && state.notice?.text.contains("one-sided") == true, line)
            }
        }
        XCTAssertGreaterThan(topicStops, 2)
        XCTAssertGreaterThan(unheld, 0, "the bundled readouts have a sentence linked to nothing")
    }

    /// At 60 columns (one pane at a time), the topic list's Enter then `}` `}`: the topic's
    /// name outlasts the pane's name and "1/2 · Tab" ("Kremlin Top  1/2 · Tab  I 1/3 · only
    /// in Kremlin"), whole or, beside its "only in", cut with "…".
    func testTopicStepsKeepTheTopicsNameInASinglePane() throws {
        var state = Fixtures.bundledState(width: 60, height: 20)
        XCTAssertEqual(state.layout.panes.count, 1)
        state.press(.character("t"), .character("H"), .enter, .character("}"), .character("}"))
        for _ in 0..<12 {
            let line = status(state)
            XCTAssertTrue(namesTheTopic(state), line)
            state.press(.character("}"))
        }
    }

    /// Whether the status line opens with the focused pane's name, whole or short, and its
    /// position.
    private func namesThePane(_ state: ReaderState) -> Bool {
        let line = status(state)
        let short = VersionNames.short(state.names, limit: StatusLine.shortNameLimit)[state.focus]
        return [state.names[state.focus], short].contains { line.hasPrefix(" \($0) \(positionLabel(state)) ") }
    }

    /// At 80 columns (and 70) the status line says which pane it is of, at every topic `}`
    /// steps to and every `o` stop, and at each `o` stop at a topic what kind of stop it is
    /// and which version lacks it ("only in Maison Blanche", "passage not in Maison
    /// Blanche"): "Bot  M stabilité stratégique 1/1 · only in Maison Blanche" named no pane
    /// (the pane's name gave way to the topic's "only in"), and a student's "one-sided
    /// passage 3/3" alone did not say which version lacked the passage. `o`'s count, left
    /// out, is shown whole above the line.
    func testEveryStopSaysWhichPaneAndWhatLacksItAt80Columns() throws {
        for width in [70, 80] {
            var state = Fixtures.bundledState(width: width, height: 24)
            let index = try XCTUnwrap(state.topics)
            for _ in index.analysis.topics.indices {
                state.press(.character("}"))
                XCTAssertTrue(namesThePane(state), "\(width): \(status(state))")
            }
            var topicStops = 0
            for _ in index.oneSidedStops.indices {
                state.press(.character("o"))
                let line = status(state)
                XCTAssertTrue(namesThePane(state), "\(width): \(line)")
                XCTAssertTrue(showsTheNoticeSomewhere(state), "\(width): \(line)")
                guard state.navigation.focusedTopic != nil else { continue }
                topicStops += 1
                let summary = try XCTUnwrap(state.focusedTopicSummary())
                let saying = String(summary.full.dropFirst(summary.short.count))
                XCTAssertTrue(saying.hasPrefix(" · only in ") || saying.hasPrefix(" · passage not in "), summary.full)
                XCTAssertTrue(line.contains(saying), "\(width): \(line)")
                XCTAssertTrue(line.contains(String(summary.short.prefix(8))), "the topic's letter and name: \(line)")
            }
            XCTAssertGreaterThan(topicStops, 5)
        }
    }

    /// A State Dept readout and two drafts of the ministry's, as a press officer read them at 80 × 24.
    private func pressOfficersVersions() -> ReaderState {
        let labels = ["State Dept", "MFA draft 1", "MFA draft 2"]
        let texts = [ChangeSteppingTests.account, ChangeSteppingTests.draftA, ChangeSteppingTests.draftB]
        let documents = texts.enumerated().map { Fixtures.document($1, label: labels[$0]) }
        var state = ReaderState(documents: documents, width: 80, height: 24, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(TopicEngine().analyse(documents), documents: documents), progress: 1))
        return state
    }

    /// At 80 columns the focused pane's name gave way and left a bare "31%": a short name of
    /// it (told apart from the other draft's) stays with the position; `o` with three versions
    /// names the versions a passage is not in ("not in every version" said not which).
    func testThePanesShortNameAndWhatOIsMissingFromAt80Columns() throws {
        var state = pressOfficersVersions()
        state.press(.tab)
        for _ in 0..<3 {
            state.press(.character("J"))
            let line = status(state)
            XCTAssertTrue(line.hasPrefix(" MFA draft 1 ") || line.hasPrefix(" …draft 1 "), "the pane's name with its position: \(line)")
        }
        for _ in try XCTUnwrap(state.topics).oneSidedStops.indices {
            state.press(.character("o"))
            let text = try XCTUnwrap(state.notice?.text)
            XCTAssertFalse(text.contains("every version"), text)
            if state.navigation.current != nil {
                // The topic's segment names it, beside the topic's name.
                let summary = try XCTUnwrap(state.focusedTopicSummary())
                let saying = String(summary.full.dropFirst(summary.short.count))
                XCTAssertTrue(["State Dept", "MFA draft 1", "MFA draft 2"].contains { saying.contains("in " + $0) }, summary.full)
                XCTAssertTrue(status(state).contains(saying), "the line names it: \(status(state))")
            }
        }
    }

    /// Ctrl-G after `:8` says sentence 8, the one `:8` went to, not the one at the top of the
    /// pane ("sentence 6/15"); with none current it says the top's, "at the top", in the
    /// narrow form too.
    func testControlGSaysTheCurrentSentenceElseTheTopsAt80Columns() throws {
        var state = Fixtures.bundledState(width: 80, height: 24)
        let count = try XCTUnwrap(state.sentences(of: 0)).count
        state.press(.control("g"))
        XCTAssertTrue(status(state).contains("sentence 1/\(count) at the top") || status(state).contains("sentence 1 of \(count) at the top"),
                      status(state))
        state.type(":8")
        state.press(.enter)
        let top = try XCTUnwrap(state.topics?.sentence(in: 0, at: state.text(0).offset(at: state.panes[0].top)))
        XCTAssertNotEqual(top + 1, 8, "sentence 8 is not at the top")
        state.press(.control("g"))
        let line = status(state) + rowsAbove(state, count: 2)
        XCTAssertTrue(line.contains("sentence 8/\(count)") || line.contains("sentence 8 of \(count)"), line)
        XCTAssertFalse(line.contains("at the top"), line)
        XCTAssertEqual(state.notice?.shorter.last?.contains("sentence 8/\(count)"), true, "the narrow form too")
    }

    /// Ctrl-G says where the pane is without cutting: whole with its source at 120 columns
    /// (cut even there), shorter at 70, and never the percentage twice ("4%  Kremlin … · 4%…").
    func testControlGIsNeverCutAndSaysThePositionOnce() throws {
        var state = Fixtures.bundledState(width: 120, height: 20)
        state.press(.character("d"), .control("g"))
        var line = status(state)
        let source = try XCTUnwrap(state.documents[0].shownSource)
        XCTAssertTrue(line.contains("Kremlin (version 1 of 2) · sentence ") && line.contains(source), line)
        XCTAssertTrue(showsTheNoticeWhole(state), line)
        state.apply(.resize(width: 70, height: 20))
        line = status(state)
        XCTAssertTrue(line.contains("Kremlin (version 1 of 2) · sentence "), line)
        XCTAssertTrue(showsTheNoticeWhole(state), line)
        let percent = positionLabel(state)
        XCTAssertEqual(line.components(separatedBy: percent).count, 2, "\(percent) said once: \(line)")
    }

    /// `J` where no version is a draft: the hint (`o`) shows at 120 columns, and at 80.
    func testJsHintShowsOnANarrowLine() {
        for width in [80, 120] {
            var state = Fixtures.bundledState(width: width, height: 20)
            state.press(.character("J"))
            let line = status(state)
            XCTAssertTrue(line.contains("o finds what one version leaves out"), "\(width): \(line)")
            XCTAssertTrue(showsTheNoticeWhole(state), line)
        }
    }

    /// A notice too long for the line in any of its forms continues whole on the rows above
    /// it until the next key, and the line keeps the position and the topic; `:mes` shows the
    /// last notice whole again (a narrow line showed a shorter form).
    func testANoticeTooLongForTheLineIsShownWholeAboveIt() throws {
        var state = Fixtures.bundledState(width: 50, height: 16)
        state.press(.character("}"))
        let topic = try label(state)
        let notice = "copied Kremlin sentence 2 with its linked passage to /home/analyst/.local/state/readouts/copied.txt"
        state.apply(.notice(notice))
        XCTAssertTrue(status(state).contains(topic), status(state))
        XCTAssertFalse(status(state).contains("copied"), status(state))
        XCTAssertEqual(rowsAbove(state, count: 3), notice)
        state.press(.character("j"))
        XCTAssertFalse(render(state).lines.contains { $0.contains("copied") }, "gone at the next key")

        state.apply(.resize(width: 80, height: 16))
        state.apply(.notice(notice, shorter: ["copied Kremlin sentence 2 + 1 linked to ~/…/copied.txt"]))
        XCTAssertTrue(status(state).contains("copied Kremlin sentence 2 + 1 linked to ~/…/copied.txt"), status(state))
        state.type(":mes")
        state.press(.enter)
        XCTAssertTrue(render(state).lines.joined(separator: " ").contains("/home/analyst/.local/state/readouts/copied.txt"),
                      render(state).lines.joined(separator: "\n"))
    }

    /// How a version was read, the reader's first notice, is the last notice `:mes` shows
    /// (a journalist's `:mes` right after "decoded as Windows-1252" said "no notice yet").
    func testTheFirstNoticeIsTheOneMessagesShows() {
        var documents = Fixtures.bundled
        documents[0].notice = "decoded as Windows-1252"
        var state = ReaderState(documents: documents, theme: Fixtures.theme)
        state.type(":mes")
        state.press(.enter)
        XCTAssertEqual(state.notice?.text, "Kremlin: decoded as Windows-1252")
    }
}
