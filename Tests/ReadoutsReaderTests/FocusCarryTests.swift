import ReadoutsText
import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// The passage the reader is at follows the focus to another pane: `Enter`, `c`, `Y` and the
/// status line act on the counterpart there (after `:11` in the Kremlin's pane, Tab to its
/// translation's left the status line naming "1/3 · Kremlin RU", and Enter reported the
/// first pane's links). And `:N` at a sentence without a topic says so and marks it.
final class FocusCarryTests: XCTestCase {
    static let texts = [
        "The presidents spoke by telephone on Tuesday.\n\nThey discussed the energy infrastructure strikes in detail.\n\nA prisoner exchange of 175 soldiers was agreed.\n\nThe weather in Moscow was cold and grey.",
        "A prisoner exchange of 175 soldiers was agreed by both sides.\n\nThe presidents spoke by telephone.\n\nThe energy infrastructure strikes will pause for thirty days.",
        "Both sides will exchange 175 prisoners and soldiers.\n\nThe two presidents spoke by telephone today.\n\nStrikes on energy infrastructure will stop.",
    ]

    func threePanes() -> ReaderState {
        Fixtures.analysedState(Self.texts, prefix: "V", width: 180, height: 30, engine: TopicEngine(lexicons: [.international]))
    }

    func statusRow(_ state: ReaderState) -> String {
        render(state).row(state.layout.statusRow)
    }

    func testTabCarriesTheCurrentPassageToItsCounterpartInTheNextPane() throws {
        var state = threePanes()
        let index = try XCTUnwrap(state.topics)
        XCTAssertFalse(state.navigation.follows, "three panes: follow mode is off")
        // The energy sentence: its counterpart in V2 is not V2's first sentence.
        let energy = 1
        let links = index.links(from: 0, sentence: energy).filter { $0.to.version == 1 }
        let counterparts = Set(links.map(\.to.sentence))
        XCTAssertFalse(counterparts.isEmpty, "V1's sentence 2 is linked to V2")
        XCTAssertFalse(counterparts.contains(0))
        state.type(":\(energy + 1)")
        state.press(.enter)
        XCTAssertEqual(state.navigation.current?.version, 0)
        state.press(.tab)
        XCTAssertEqual(state.focus, 1)
        let (version, sentence) = try XCTUnwrap(state.currentSentence())
        XCTAssertEqual(version, 1)
        XCTAssertTrue(counterparts.contains(sentence), "the counterpart, not V2's sentence \(sentence + 1)")
        XCTAssertEqual(state.navigation.current?.version, 1, "its occurrence is the current one")
        let status = statusRow(state)
        XCTAssertFalse(status.contains("· V1"), "the status line names no passage of V1: \(status)")
        let topic = try XCTUnwrap(state.navigation.focusedTopic)
        XCTAssertTrue(status.contains(index.analysis.topics[topic].label), status)

        // Enter shows the links of V2's sentence: to V1 and V3, none to V2 itself.
        state.press(.enter)
        let shown = state.notice?.text ?? ""
        XCTAssertTrue(shown.hasPrefix("V1 link"), shown)
        XCTAssertFalse(shown.contains("V2 link"), shown)
        // Y copies V2's sentence with its links.
        guard case .copy(let clip)? = state.apply(.key(.character("Y"))).first else { return XCTFail("Y copies") }
        XCTAssertTrue(clip.description.hasPrefix("V2 sentence \(sentence + 1)"), clip.description)
        // `c` compares V2's sentence.
        state.press(.character("c"))
        XCTAssertNotNil(state.layers.last.map { if case .compare = $0 { true } else { false } })
        XCTAssertEqual(state.navigation.current?.version, 1)
    }

    /// With no counterpart in view, the passage is the one the pane was at, else its first
    /// sentence on screen; `h` and a click carry it as Tab does.
    func testWithoutACounterpartInViewThePanesOwnPassageIsTaken() throws {
        var state = threePanes()
        let index = try XCTUnwrap(state.topics)
        let weather = 3
        XCTAssertTrue(index.links(from: 0, sentence: weather).isEmpty, "the weather is linked to nothing")
        state.type(":\(weather + 1)")
        state.press(.enter)
        state.press(.character("l"))
        XCTAssertEqual(state.focus, 1)
        XCTAssertEqual(state.currentSentence()?.version, 1)
        XCTAssertEqual(state.reading.point?.version, 1, "the first sentence on screen is where the reader is")
        XCTAssertFalse(statusRow(state).contains("· V1"), statusRow(state))
        XCTAssertNotEqual(state.navigation.current?.version, 0, "no occurrence of V1 stays current")

        // `:3` in V2, `h` back to V1 (V1's sentence 4 is still on screen): there again.
        state.type(":3")
        state.press(.enter)
        let v2Sentence = try XCTUnwrap(state.currentSentence())
        XCTAssertEqual(v2Sentence.sentence, 2)
        state.press(.character("h"))
        XCTAssertEqual(state.focus, 0)
        // V2's sentence 3 (energy) has a counterpart in V1: its energy sentence, in view.
        XCTAssertEqual(state.currentSentence()?.sentence, 1, "the counterpart of V2's sentence 3")

        // A click in V3's text, on no topic word, carries the passage as Tab does.
        let pane = try XCTUnwrap(state.layout.panes.first { $0.version == 2 })
        let blankRow = try XCTUnwrap((0..<state.layout.contentHeight).first { row in
            state.offset(atColumn: 0, row: row, in: 2) == nil
        })
        state.apply(.mouse(MouseEvent(.press, x: pane.x + 1, y: state.layout.contentTop + blankRow)))
        XCTAssertEqual(state.focus, 2)
        let carried = try XCTUnwrap(state.currentSentence())
        XCTAssertEqual(carried.version, 2)
        XCTAssertTrue(index.links(from: 0, sentence: 1).contains { $0.to.version == 2 && $0.to.sentence == carried.sentence },
                      "V1's energy sentence's counterpart in V3")
    }

    /// There and back (Tab Tab with two panes, as Ctrl-W w twice): the reader is at the
    /// occurrence it left, not at the topic the other pane brought along. A vim user went
    /// from the Kremlin's "garanties de sécurité" to the White House and back, and was at
    /// "Ukraine 1/5", another topic of that sentence.
    func testThereAndBackIsWhereTheReaderWas() throws {
        var state = Fixtures.bundledState(width: 160, height: 40)
        let index = try XCTUnwrap(state.topics)
        // A Kremlin sentence linked to the White House, with a topic its links do not carry
        // besides one they do (the trial's "garanties de sécurité" beside "Ukraine").
        let (sentence, guarantees) = try XCTUnwrap((0..<index.analysis.versions[0].sentences.count).lazy.compactMap { sentence -> (Int, Int)? in
            let links = index.links(from: 0, sentence: sentence).filter { $0.to.version == 1 }
            let carried = Set(links.flatMap(\.link.topics))
            let topics = Set(index.marks[0].filter { $0.sentence == sentence }.map(\.topic))
            guard !index.analysis.versions[0].sentences[sentence].isHeading, !links.isEmpty,
                  topics.contains(where: { carried.contains(index.analysis.topics[$0].id) }),
                  let own = topics.sorted().first(where: { !carried.contains(index.analysis.topics[$0].id) }) else { return nil }
            return (sentence, own)
        }.first)
        // `t`, the topic's name, Enter: its first passage; `]` on to this one.
        state.press(.character("t"))
        state.type(index.analysis.topics[guarantees].label)
        state.press(.enter)
        for _ in 0..<8 where state.currentSentence()?.sentence != sentence { state.press(.character("]")) }
        XCTAssertEqual(state.navigation.focusedTopic, guarantees)
        XCTAssertEqual(state.currentSentence()?.sentence, sentence)
        state.press(.tab)
        XCTAssertEqual(state.focus, 1)
        XCTAssertNotEqual(state.navigation.focusedTopic, guarantees, "the link does not carry that topic")
        state.press(.tab)
        XCTAssertEqual(state.focus, 0)
        XCTAssertEqual(state.currentSentence()?.sentence, sentence, "the sentence it left")
        XCTAssertEqual(state.navigation.focusedTopic, guarantees, "at the occurrence it left: \(statusRow(state))")
        XCTAssertTrue(statusRow(state).contains(index.analysis.topics[guarantees].label), statusRow(state))
    }

    /// Two panes, follow mode on: `:N` then Tab lands on the linked sentence follow mode
    /// brought alongside.
    func testTwoPanesCarryTheSentenceOfColonNumber() throws {
        var state = Fixtures.bundledState(width: 140, height: 40)
        let index = try XCTUnwrap(state.topics)
        let sentence = try XCTUnwrap(index.analysis.versions[0].sentences.indices.dropFirst(5).first { sentence in
            !index.links(from: 0, sentence: sentence).filter { $0.to.version == 1 }.isEmpty
                && index.marks[0].contains { $0.sentence == sentence } && !index.isHeading(0, sentence: sentence)
        })
        state.type(":\(sentence + 1)")
        state.press(.enter)
        state.press(.tab)
        let (version, carried) = try XCTUnwrap(state.currentSentence())
        XCTAssertEqual(version, 1)
        XCTAssertTrue(index.links(from: 0, sentence: sentence).contains { $0.to.version == 1 && $0.to.sentence == carried })
        state.press(.enter)
        XCTAssertTrue(state.notice?.text.hasPrefix("Kremlin link") == true, state.notice?.text ?? "")
    }

    /// `:N` at a sentence without a topic: the status line says so, not the topic left behind
    /// with its count and "only in …"; the sentence is drawn on the current passage's tint and
    /// its number reversed; `]` still steps through the topic that was focused.
    func testColonNumberAtASentenceWithoutATopicSaysSoAndMarksIt() throws {
        var state = Fixtures.bundledState(width: 140, height: 40)
        let index = try XCTUnwrap(state.topics)
        state.press(.character("}"))
        let before = try XCTUnwrap(state.navigation.focusedTopic)
        let label = index.analysis.topics[before].label
        XCTAssertTrue(statusRow(state).contains(label))
        let bare = try XCTUnwrap(index.analysis.versions[0].sentences.indices.first { sentence in
            !index.marks[0].contains { $0.sentence == sentence } && !index.isHeading(0, sentence: sentence)
        })
        state.type(":\(bare + 1)")
        state.press(.enter)
        state.press(.character("#"))
        let status = statusRow(state)
        // (The Kremlin's only one, "TASS a rassemblé…", speaks of the reports, and says so.)
        XCTAssertTrue(status.contains("sentence \(bare + 1) · no topic") || status.contains("sentence \(bare + 1) · about the reports"), status)
        XCTAssertFalse(status.contains(label), "the topic left behind: \(status)")
        let range = try XCTUnwrap(index.sentenceRange(0, bare))
        XCTAssertEqual(state.tints(in: 0).map(\.range), [range], "the sentence gone to is marked")
        let frame = render(state)
        let cells = state.cells(in: frame, version: 0, range: range)
        XCTAssertFalse(cells.isEmpty)
        XCTAssertTrue(cells.allSatisfy { $0.style == state.theme.style("topic.current") || $0.style.background == state.theme.style("topic.current").background },
                      "drawn on the current passage's tint")
        let pane = try XCTUnwrap(state.layout.panes.first { $0.version == 0 })
        let row = try XCTUnwrap(state.row(of: range.lowerBound, in: 0))
        let number = String(bare + 1)
        let numberCell = frame[pane.x - 1 - number.count, state.layout.contentTop + row]
        XCTAssertTrue(numberCell.style.modifiers.contains(.reverse), "its number reversed")
        state.press(.character("]"))
        XCTAssertEqual(state.navigation.focusedTopic, before, "] goes on through the topic focused before")
        XCTAssertNotNil(state.navigation.current)
        XCTAssertTrue(statusRow(state).contains(label), statusRow(state))
    }
}
