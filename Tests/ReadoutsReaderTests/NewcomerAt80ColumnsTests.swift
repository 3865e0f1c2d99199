import XCTest
import ReadoutsText
import ReadoutsTopics
@testable import ReadoutsReader

/// What a journalist new to the reader met at 80 × 24 with `o`, `Enter`, `c` and `y`: "? help"
/// cut to "?" and the linker to "sem…", `o`'s count in three forms, a wrap said at 120
/// columns and not at 80, Enter on an "only in Kremlin" stop answering far from the status
/// line, `c` comparing a link of another topic without saying so, and where `y` put the text
/// cut to "/tmp/…/copied.txt".
final class NewcomerAt80ColumnsTests: XCTestCase {
    private func status(_ state: ReaderState) -> String { render(state).row(state.height - 1) }

    /// Every row of the screen, trimmed and joined: a notice shown above the line reads whole.
    private func screen(_ state: ReaderState) -> String {
        render(state).lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    /// At 80 columns "? help" stays whole at every `o` stop and every topic `}` steps to, and
    /// the linker's name is never cut inside a word ("lex…", "sem…").
    func testTheHelpsHintStaysWholeAndTheLinkerIsNeverCutAt80Columns() throws {
        var state = Fixtures.bundledState(width: 80, height: 24)
        let index = try XCTUnwrap(state.topics)
        var lines = [status(state)]
        for _ in index.oneSidedStops.indices {
            state.press(.character("o"))
            lines.append(status(state))
        }
        for _ in index.analysis.topics.indices {
            state.press(.character("}"))
            lines.append(status(state))
        }
        for line in lines {
            XCTAssertTrue(line.hasSuffix(" ? help "), line)
            XCTAssertFalse(line.contains("lex…") || line.contains("sem…"), line)
        }
        XCTAssertTrue(lines.contains { $0.contains(" lexical ") }, "the linker is named where there is room")
    }

    /// The linker's shorter form is its first word, whole ("lexical" of "lexical cached"),
    /// then none: never "lex…".
    func testTheLinkersShorterFormIsAWholeWord() throws {
        var analysis = Fixtures.bundledAnalysis
        analysis.isFromCache = true
        var state = ReaderState(documents: Fixtures.bundled, width: 80, height: 24, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(analysis, documents: Fixtures.bundled), progress: 1))
        let segments = StatusLine.segments(state, layout: state.layout, counter: nil)
        let linker = try XCTUnwrap(segments.first { $0.forms.first?.text == "lexical cached" })
        XCTAssertEqual(linker.forms.map(\.text), ["lexical cached", "lexical"])
        var shown: Set<String> = []
        for width in stride(from: 100, through: 40, by: -1) {
            state.apply(.resize(width: width, height: 24))
            let line = status(state)
            XCTAssertFalse(line.contains("lex…"), line)
            if line.contains(" lexical cached ") { shown.insert("whole") } else if line.contains(" lexical ") { shown.insert("word") }
        }
        XCTAssertEqual(shown, ["whole", "word"])
    }

    /// `o` says its count in one form at every stop, "one-sided passage i/n", whole on the
    /// screen (on the line, or above it where the line has no room), at 80 and 120 columns;
    /// coming round says so at both.
    func testOsCountHasOneFormAtEveryStopAndSaysTheWrap() throws {
        for width in [80, 120] {
            var state = Fixtures.bundledState(width: width, height: width == 80 ? 24 : 40)
            let count = try XCTUnwrap(state.topics).oneSidedStops.count
            for stop in 0...count {
                state.press(.character("o"))
                let notice = try XCTUnwrap(state.notice?.text)
                let expected = stop < count ? "one-sided passage \(stop + 1)/\(count)" : "one-sided passage 1/\(count); wrapped to the first"
                XCTAssertEqual(notice, expected, "\(width)")
                XCTAssertEqual(state.notice?.forms, [expected], "one form, never shortened")
                XCTAssertTrue(screen(state).contains(expected), "\(width): \(status(state))")
            }
        }
    }

    /// Scrolled below the last stop (its passage out of view), `o` comes round to the first
    /// and says so: from where the reader scrolled to, it came round without a word.
    func testOFromBelowTheLastStopSaysItWrapped() throws {
        let shared = Array(repeating: "Thank you.", count: 30).joined(separator: "\n\n")
        var state = Fixtures.analysedState(["The ministers discussed the war in Ukraine. They spoke of the Geneva summit.\n\n" + shared,
                                            "The ministers discussed the war in Ukraine. They also discussed the Arctic and its shipping routes.\n\n" + shared],
                                           prefix: "V", width: 80, height: 12)
        let stops = try XCTUnwrap(state.topics).oneSidedStops
        XCTAssertEqual(stops.map(\.version), [0, 1], "the Geneva summit only in V1, the Arctic only in V2")
        state.press(.character("o"), .character("o"))
        XCTAssertEqual(state.notice?.text, "one-sided passage 2/2")
        XCTAssertEqual(state.focus, 1)
        state.press(.character("G"))
        let range = try XCTUnwrap(state.topics?.sentenceRange(1, stops[1].sentence))
        XCTAssertNil(state.row(of: range.lowerBound, in: 1), "the last stop is above the screen")
        state.press(.character("o"))
        XCTAssertEqual(state.navigation.current?.version, 0)
        XCTAssertEqual(state.notice?.text, "one-sided passage 1/2; wrapped to the first")
        XCTAssertTrue(screen(state).contains("wrapped to the first"), render(state).lines.joined(separator: "\n"))
    }

    /// Enter at an `o` stop of a topic one version alone has, whose sentence nothing is linked
    /// to, says why on the status line itself, beside "? help" (shown over the panes' top rows,
    /// where the passage was near the bottom, it read as Enter doing nothing).
    func testEnterAtAnUnlinkedOnlyInStopAnswersOnTheStatusLine() throws {
        var state = Fixtures.bundledState(width: 80, height: 24)
        let index = try XCTUnwrap(state.topics)
        var answered = 0
        for _ in index.oneSidedStops.indices {
            state.press(.character("o"))
            guard let topic = state.navigation.focusedTopic, index.isOneSided[topic], let current = state.navigation.current,
                  index.links(from: current.version, sentence: index.marks[current.version][current.index].sentence).isEmpty
            else { continue }
            state.press(.enter)
            let notice = try XCTUnwrap(state.notice)
            XCTAssertEqual(notice.text, "nothing in \(state.names[1 - current.version]) is linked to this passage")
            let line = status(state)
            XCTAssertTrue(notice.forms.contains { line.contains("  \($0)  ") }, line)
            XCTAssertTrue(line.hasSuffix(" ? help "), line)
            answered += 1
            state.press(.character("o"))  // back where `o` was, one stop on
            state.press(.character("o"))
        }
        XCTAssertGreaterThan(answered, 0, "the bundled readouts have an unlinked passage of a topic only one version has")
    }

    /// `c` on "Genève · only in Kremlin" compares the sentence's link by another of
    /// its topics, and says so as Enter does ("linked by cybersécurité…" read as the Geneva
    /// summit's counterpart); a link of the current topic says its topics as before.
    func testCompareSaysALinkIsByAnotherTopic() throws {
        var state = Fixtures.bundledState(width: 80, height: 24)
        let index = try XCTUnwrap(state.topics)
        let geneva = try XCTUnwrap(index.analysis.topics.firstIndex { $0.label == "Genève" })
        XCTAssertTrue(index.isOneSided[geneva])
        repeat { state.press(.character("o")) } while state.navigation.focusedTopic != geneva
        let current = try XCTUnwrap(state.navigation.current)
        XCTAssertFalse(index.links(from: 0, sentence: index.marks[0][current.index].sentence).isEmpty, "linked by another topic")
        state.press(.character("c"))
        let view = try XCTUnwrap(state.compareView, state.notice?.text ?? "")
        XCTAssertTrue(view.reason.hasPrefix("linked by "), view.reason)
        XCTAssertTrue(view.reason.contains(", another topic of this sentence: Genève is only in Kremlin · score "), view.reason)

        var troops = Fixtures.bundledState(width: 80, height: 24)
        troops.goToTopic(try XCTUnwrap(index.analysis.topics.firstIndex { $0.id == "troops" }))
        troops.press(.character("c"))
        let reason = try XCTUnwrap(troops.compareView?.reason)
        XCTAssertFalse(reason.contains("another topic"), reason)
    }

    /// Where `y` put the text is whole in every form of its notice, and on the screen at 80
    /// columns: on the line where it fits, else above it ("/tmp/…/copied.txt" needed `:mes`).
    func testWhereTheCopyWentIsWholeAt80Columns() throws {
        let path = "/tmp/readouts-1000/state/readouts/copied.txt"
        let clip = Clip(text: "…", description: "Kremlin sentence 4 (only in Kremlin)", shortDescription: "Kremlin sentence 4")
        let notice = clip.notice(copiedTo: path)
        XCTAssertEqual(notice.text, "copied Kremlin sentence 4 (only in Kremlin) to \(path)")
        XCTAssertEqual(notice.shorter, ["copied Kremlin sentence 4 to \(path)", "copied to \(path)"])
        XCTAssertEqual(Clip(text: "…", description: "Kremlin sentence 4").notice(copiedTo: "the clipboard").text,
                       "copied Kremlin sentence 4 to the clipboard")
        for keys in ["", "o", "ooo", "}"] {
            var state = Fixtures.bundledState(width: 80, height: 24)
            state.type(keys)
            state.apply(.notice(notice.text, shorter: notice.shorter))
            XCTAssertTrue(screen(state).contains(path), "\(keys): \(render(state).lines.joined(separator: "\n"))")
        }
    }

    /// An answer that fits the line only in its shortest form, beside "?", stays on the line:
    /// "? help" comes back only where that form still fits beside it (it had been brought back
    /// regardless, pushing the answer above the line for the hint's five cells).
    func testTheShortestAnswerStaysOnTheLineWhereItFitsBesideTheBareHelpKey() throws {
        var sawTheBareKey = false
        for length in 20...78 {
            var state = Fixtures.bundledState(width: 80, height: 24)
            let shortest = "copied to /" + String(repeating: "x", count: length - 11)
            state.apply(.notice("copied Kremlin sentence 3 + 1 linked to /" + String(repeating: "x", count: 80), shorter: [shortest]))
            let line = status(state)
            if line.contains(shortest) {
                if !line.contains("? help") { sawTheBareKey = true }
                continue
            }
            // Left out: even with "? help" as "?", the line had no room for it (two cells of
            // margin, two of spacing).
            let rest = line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "? help", with: "?")
                .replacingOccurrences(of: " {3,}", with: "  ", options: .regularExpression)
            XCTAssertGreaterThan(rest.count + 2 + 2 + length, 80, "\(length): \(line)")
        }
        XCTAssertTrue(sawTheBareKey, "some length fits only beside \"?\"")
    }
}
