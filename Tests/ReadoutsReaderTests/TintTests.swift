import ReadoutsThemes
import XCTest
@testable import ReadoutsReader

/// The current occurrence's sentence and its linked passages, tinted on the cells.
final class TintTests: XCTestCase {
    func backgrounds(_ state: ReaderState, _ version: Int) -> Set<TerminalColor> {
        Set(state.cells(in: render(state), version: version, range: 0..<100_000).map(\.style.background))
    }

    /// The current occurrence's whole sentence is on the `topic.current` tint; after Enter
    /// the linked sentence in the other pane is on the `topic.partner` tint, and a second
    /// Enter moves that tint to the next partner. Nothing else is tinted.
    func testCurrentSentenceAndPartnerAreTinted() {
        var state = Fixtures.bundledState(width: 140, height: 60)
        state.press(.character("F"))  // follow mode off: the partner shows after Enter only
        let index = state.topics!
        // A White House occurrence whose sentence has two Kremlin partners.
        let position = index.marks[1].indices.first { index.links(from: 1, sentence: index.marks[1][$0].sentence).count > 1 }!
        state.go(to: .init(version: 1, index: position))
        let text = Fixtures.theme.style("ui.text").background
        let current = Fixtures.theme.style("topic.current").background
        let partner = Fixtures.theme.style("topic.partner").background
        XCTAssertEqual(Set([text, current, partner]).count, 3)
        let sentence = index.sentenceRange(1, index.marks[1][position].sentence)!
        XCTAssertTrue(state.cells(in: render(state), version: 1, range: sentence).allSatisfy { $0.style.background == current })
        XCTAssertEqual(backgrounds(state, 0), [text], "no partner tinted before Enter with follow mode off")
        XCTAssertEqual(backgrounds(state, 1), [text, current])
        state.press(.enter)
        let partners = index.links(from: 1, sentence: index.marks[1][position].sentence)
        let first = index.sentenceRange(0, partners[0].to.sentence)!
        XCTAssertTrue(state.cells(in: render(state), version: 0, range: first).allSatisfy { $0.style.background == partner })
        XCTAssertEqual(backgrounds(state, 0), [text, partner])
        state.press(.enter)
        let second = index.sentenceRange(0, partners[1].to.sentence)!
        let frame = render(state)
        XCTAssertTrue(state.cells(in: frame, version: 0, range: second).allSatisfy { $0.style.background == partner })
        XCTAssertFalse(state.cells(in: frame, version: 0, range: first).contains { $0.style.background == partner },
                       "the tint moved to the next partner")
        state.press(.escape)
        XCTAssertEqual(backgrounds(state, 0), [text], "Esc clears the topic and its tints")
        XCTAssertEqual(backgrounds(state, 1), [text])
    }

    /// In follow mode, stepping to an occurrence tints its linked passage at once.
    func testFollowModeTintsThePartnerWithoutEnter() {
        var state = Fixtures.bundledState(width: 140, height: 60)
        let troops = state.topics!.analysis.topics.firstIndex { $0.id == "troops" }!
        state.goToTopic(troops)
        let partner = Fixtures.theme.style("topic.partner").background
        XCTAssertEqual(state.partnerSentences().count, 1)
        let range = state.topics!.sentenceRange(1, state.partnerSentences()[0].sentence)!
        XCTAssertTrue(state.cells(in: render(state), version: 1, range: range).allSatisfy { $0.style.background == partner })
    }

    /// In follow mode, an "only in Kremlin" passage tints nothing in the other pane before
    /// Enter, though its sentence is linked there by another topic: a new user read the
    /// White House sentence tinted beside "Genève · only in Kremlin" as its
    /// counterpart. Enter shows that link, tinted, and says which topic it is of.
    func testFollowModeTintsOnlyALinkOfTheCurrentTopic() throws {
        var state = Fixtures.bundledState(width: 140, height: 60)
        XCTAssertTrue(state.navigation.follows)
        let index = state.topics!
        let position = try XCTUnwrap(index.marks[0].indices.first { position in
            let mark = index.marks[0][position]
            return index.analysis.topics[mark.topic].isOneSided && !index.links(from: 0, sentence: mark.sentence).isEmpty
        }, "the bundled Kremlin readout has a one-sided passage linked by another topic")
        state.go(to: .init(version: 0, index: position))
        XCTAssertEqual(state.partnerSentences(), [], "no counterpart tinted for a topic the other version lacks")
        XCTAssertFalse(backgrounds(state, 1).contains(Fixtures.theme.style("topic.partner").background))
        state.press(.enter)
        XCTAssertEqual(state.partnerSentences().count, 1, "Enter shows the link of its other topic")
        XCTAssertTrue(backgrounds(state, 1).contains(Fixtures.theme.style("topic.partner").background))
    }

    /// With one pane on screen, Enter shows the version holding the linked passage, tinted;
    /// Backspace comes back.
    func testEnterInASinglePaneShowsTheLinkedVersion() {
        var state = Fixtures.bundledState(width: 60, height: 20)
        XCTAssertEqual(state.layout.panes.count, 1)
        let troops = state.topics!.analysis.topics.firstIndex { $0.id == "troops" }!
        state.goToTopic(troops)
        state.press(.enter)
        XCTAssertEqual(state.layout.panes.map(\.version), [1])
        XCTAssertTrue(backgrounds(state, 1).contains(Fixtures.theme.style("topic.partner").background))
        state.press(.backspace)
        XCTAssertEqual(state.layout.panes.map(\.version), [0])
    }

    /// In follow mode, `j` in a pane that fits the window moves nothing: the other panes kept
    /// jumping back and forth to the partners of whatever stood on its focus row.
    func testScrollingAPaneThatCannotScrollMovesNoOtherPane() {
        var state = Fixtures.bundledState(width: 120, height: 35)
        XCTAssertTrue(state.navigation.follows)
        XCTAssertEqual(state.text(1).lastTop(height: state.contentHeight), .top, "the White House readout fits")
        state.press(.tab)
        XCTAssertEqual(state.focus, 1)
        let before = state.panes.map(\.top)
        for key in [Key.character("j"), .character("j"), .character("k"), .character("G"), .character("g")] {
            state.press(key)
            XCTAssertEqual(state.panes.map(\.top), before, "\(key)")
        }
        // A pane that scrolls still drags the others along.
        state.press(.tab)
        state.type("20j")
        XCTAssertNotEqual(state.panes[0].top, before[0])
    }
}
