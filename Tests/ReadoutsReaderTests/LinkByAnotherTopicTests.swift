import XCTest
import ReadoutsTopics
@testable import ReadoutsReader

/// Enter on an occurrence of a topic the other version lacks follows its sentence's link by
/// another topic: a student at 60 × 20 pressed `}}}` to "H Genève 1/2 · only in
/// Kremlin", then Enter, read "Maison Blanche link 1/1 · cybersécurité et cybercriminalité"
/// beside "only in Kremlin", thought the "only in" wrong, and the notice's rows hid the end
/// of the linked passage; the status line, "Bot  2/2", named no version.
final class LinkByAnotherTopicTests: XCTestCase {
    /// The screen's rows, trimmed and joined: a notice wrapped over rows reads whole in it.
    private func screen(_ frame: Frame) -> String {
        frame.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    func testEnterOnAnOnlyInTopicSaysTheLinkIsByAnotherTopicAndHidesNoneOfIt() throws {
        var state = Fixtures.bundledState(width: 60, height: 20)
        XCTAssertEqual(state.layout.panes.count, 1)
        let index = try XCTUnwrap(state.topics)
        for _ in 0..<index.analysis.topics.count where state.navigation.focusedTopic.map({ index.analysis.topics[$0].label }) != "Genève" {
            state.press(.character("}"))
        }
        let geneva = try XCTUnwrap(state.navigation.focusedTopic)
        XCTAssertEqual(index.analysis.topics[geneva].label, "Genève")
        XCTAssertTrue(index.isOneSided[geneva])
        state.press(.enter)
        XCTAssertEqual(state.layout.panes.map(\.version), [1], "Enter shows the Maison Blanche version")
        let notice = try XCTUnwrap(state.notice?.text)
        XCTAssertTrue(notice.hasPrefix("Maison Blanche link 1/1 · by cybersécurité"), notice)
        XCTAssertTrue(notice.hasSuffix("another topic of this sentence: Genève is only in Kremlin"), notice)

        // The notice is on screen whole, and so is every character of the linked passage; the
        // status line says which version the pane now shows ("Bot  2/2" did not).
        let frame = render(state)
        XCTAssertTrue(frame.row(state.height - 1).hasPrefix(" Maison"), frame.row(state.height - 1))
        XCTAssertTrue(screen(frame).contains(notice), frame.lines.joined(separator: "\n"))
        let partner = try XCTUnwrap(state.partnerSentences().first)
        let range = try XCTUnwrap(index.sentenceRange(partner.version, partner.sentence))
        let shown = state.cells(in: frame, version: partner.version, range: range).map(\.text).joined().filter { !$0.isWhitespace }
        let passage = state.documents[partner.version].string(range).filter { !$0.isWhitespace }
        XCTAssertEqual(shown, passage, frame.lines.joined(separator: "\n"))
    }

    /// A link that carries the current occurrence's topic says its topics as before.
    func testALinkOfTheCurrentTopicSaysItsTopics() throws {
        var state = Fixtures.bundledState(width: 140, height: 40)
        let troops = try XCTUnwrap(state.topics?.analysis.topics.firstIndex { $0.id == "troops" })
        state.goToTopic(troops)
        state.press(.enter)
        let notice = try XCTUnwrap(state.notice?.text)
        XCTAssertFalse(notice.contains("another topic"), notice)
        XCTAssertTrue(notice.contains(state.topics!.analysis.topics[troops].label), notice)
    }

    /// A sentence of two topics linked twice to one version, by each topic: Enter's link 2/2,
    /// by the other topic, said "no link by Ukraine" right after link 1/2 "· Ukraine" (the
    /// White House's and Downing Street's readouts of a call), and `c` repeated it.
    func testALinkByAnotherTopicDoesNotDenyTheLinkByTheCurrentOne() throws {
        let whiteHouse = Fixtures.document("They agreed to support Ukraine and address China.\n", label: "White House")
        let downingStreet = Fixtures.document("They discussed support for Ukraine. They spoke of China.\n", label: "Downing Street")
        let documents = [whiteHouse, downingStreet]
        let versions = Fixtures.versions(of: documents)
        let ukraine = Analysis.Topic(id: "auto:ukrain", label: "Ukraine", origin: .automatic, occurrences: [
            .init(version: 0, sentence: 0, range: Fixtures.range(of: "Ukraine", in: whiteHouse)),
            .init(version: 1, sentence: 0, range: Fixtures.range(of: "Ukraine", in: downingStreet)),
        ])
        let china = Analysis.Topic(id: "auto:china", label: "China", origin: .automatic, occurrences: [
            .init(version: 0, sentence: 0, range: Fixtures.range(of: "China", in: whiteHouse)),
            .init(version: 1, sentence: 1, range: Fixtures.range(of: "China", in: downingStreet)),
        ])
        let links = [
            Analysis.Link(from: .init(version: 0, sentence: 0), to: .init(version: 1, sentence: 0), score: 0.5, topics: ["auto:ukrain"], evidence: []),
            Analysis.Link(from: .init(version: 0, sentence: 0), to: .init(version: 1, sentence: 1), score: 0.33, topics: ["auto:china"], evidence: []),
        ]
        let analysis = Analysis(versions: versions, topics: [ukraine, china], links: links, isComplete: true)
        var state = ReaderState(documents: documents, width: 120, height: 20, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(analysis, documents: documents), progress: 1))
        state.press(.character("]"))
        let index = try XCTUnwrap(state.topics)
        let current = try XCTUnwrap(state.currentMark(in: index))
        XCTAssertEqual(index.analysis.topics[current.topic].label, "Ukraine")
        XCTAssertEqual(state.navigation.current?.version, 0)

        state.press(.enter)
        XCTAssertEqual(state.notice?.text, "Downing Street link 1/2 · Ukraine")
        state.press(.enter)
        let second = try XCTUnwrap(state.notice?.text)
        XCTAssertFalse(second.contains("no link by Ukraine"), second)
        XCTAssertEqual(second, "Downing Street link 2/2 · by China, another topic of this sentence; link 1/2 is by Ukraine")
        state.press(.character("c"))
        guard case .compare(let view) = try XCTUnwrap(state.layers.last) else { return XCTFail("no compare view") }
        XCTAssertFalse(view.reason.contains("no link by Ukraine"), view.reason)
        XCTAssertTrue(view.reason.hasPrefix("linked by China, another topic of this sentence; link 1/2 is by Ukraine"), view.reason)
    }
}

