import ReadoutsText
import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// A resize keeps the place the reader is at in view in the focused pane (a search's match,
/// the current occurrence, the reading point), scrolls only when that place would leave the
/// view, and in follow mode brings the other panes to what is linked to it.
final class ResizeKeepsPlaceTests: XCTestCase {
    /// The content row of the focused pane's current match, if on screen.
    private func matchRow(_ state: ReaderState) throws -> Int? {
        let hit = try XCTUnwrap(state.search.current)
        return state.row(of: hit.range.lowerBound, in: hit.version)
    }

    /// The bundled readouts at 160 × 45 after `/cinq ans` Enter: the match is low in the
    /// window, below the rows a 24-row window shows.
    private func searchedLow() throws -> ReaderState {
        var state = Fixtures.bundledState(width: 160, height: 45)
        state.type("/cinq ans")
        state.press(.enter)
        let row = try XCTUnwrap(try matchRow(state), "the match is on screen")
        XCTAssertGreaterThan(row, 22, "below what 80 × 24 shows")
        return state
    }

    func testShrinkingKeepsTheSearchMatchOnScreen() throws {
        var state = try searchedLow()
        state.apply(.resize(width: 80, height: 24))
        let row = try XCTUnwrap(try matchRow(state), "the match is still on screen at 80 × 24")
        XCTAssertGreaterThan(row, state.contentHeight / 2, "where it was: low in the window, as vim keeps the cursor's line")
        XCTAssertFalse(render(state).row(23).contains("Top"), render(state).row(23))
        // Back and forth: it stays in view, and growing does not move it away.
        state.apply(.resize(width: 160, height: 45))
        XCTAssertNotNil(try matchRow(state))
        state.apply(.resize(width: 60, height: 12))
        XCTAssertNotNil(try matchRow(state))
    }

    func testAResizeThatNeedsNoScrollDoesNotScroll() throws {
        var state = try searchedLow()
        let top = state.panes.map(\.top)
        let row = try matchRow(state)
        state.apply(.resize(width: 160, height: 50))
        XCTAssertEqual(state.panes.map(\.top), top, "growing keeps every top line")
        XCTAssertEqual(try matchRow(state), row)
        state.apply(.resize(width: 160, height: 45))
        XCTAssertEqual(state.panes.map(\.top), top, "the match is still in view: nothing scrolls")

        // At a place near the top, shrinking scrolls nothing either.
        var high = Fixtures.bundledState(width: 160, height: 45)
        high.type("/Biden")
        high.press(.enter)
        let highRow = try XCTUnwrap(try matchRow(high))
        XCTAssertLessThan(highRow, 10)
        let highTop = high.panes.map(\.top)
        high.apply(.resize(width: 160, height: 24))
        XCTAssertEqual(high.panes.map(\.top), highTop)
    }

    func testShrinkingKeepsTheCurrentOccurrenceAndFollowModeItsPartner() throws {
        var state = Fixtures.bundledState(width: 160, height: 45)
        let index = try XCTUnwrap(state.topics)
        // `]` until the current occurrence is low in the focused pane.
        var low: NavigationState.MarkRef?
        for _ in 0..<60 {
            state.press(.character("]"))
            if let current = state.navigation.current, current.version == state.focus,
               let row = state.row(of: index.marks[current.version][current.index].range.lowerBound, in: current.version), row > 22 {
                low = current
                break
            }
        }
        let current = try XCTUnwrap(low, "an occurrence low in a 45-row window")
        XCTAssertTrue(state.navigation.follows)
        let mark = index.marks[current.version][current.index]
        state.apply(.resize(width: 80, height: 24))
        XCTAssertEqual(state.navigation.current, current)
        let row = try XCTUnwrap(state.row(of: mark.range.lowerBound, in: current.version), "the occurrence is still on screen")
        // Follow mode: the other pane shows the passage linked to it, on the same row, as after `]`.
        let other = 1 - current.version
        let sentence = try XCTUnwrap(index.sentence(in: current.version, at: mark.range.lowerBound))
        let partners = (-ReaderState.followReach...ReaderState.followReach).lazy.compactMap { distance in
            index.links(from: current.version, sentence: sentence + distance).first { $0.to.version == other }
        }
        let partner = try XCTUnwrap(partners.first, "the occurrence's passage is linked")
        let range = try XCTUnwrap(index.sentenceRange(other, partner.to.sentence))
        XCTAssertTrue(state.isInView(other, range), "the linked passage is beside it")
        XCTAssertLessThanOrEqual(state.row(of: range.lowerBound, in: other) ?? 0, row)
    }

    func testShrinkingKeepsTheReadingPointOnScreen() throws {
        var state = Fixtures.bundledState(width: 160, height: 45)
        let count = try XCTUnwrap(state.sentences(of: 0)).count
        // `:N` to a late sentence, then `zb`: it ends on the last row.
        state.type(":\(count - 3)")
        state.press(.enter)
        state.type("zb")
        let point = try XCTUnwrap(state.reading.point)
        let before = try XCTUnwrap(state.row(of: point.offset, in: 0))
        XCTAssertGreaterThan(before, 22)
        state.apply(.resize(width: 100, height: 24))
        XCTAssertNotNil(state.row(of: point.offset, in: 0), "the sentence the reader went to is still on screen")
    }

    func testWithoutAPlaceEachPaneKeepsItsTopLine() {
        var state = Fixtures.bundledState(width: 160, height: 45)
        state.press(.character("d"))
        let anchors = state.panes.map(\.anchor)
        state.apply(.resize(width: 160, height: 24))
        XCTAssertEqual(state.panes.map(\.anchor), anchors, "as less keeps the top line")
    }

    /// An occurrence found by meaning is an empty mark where its sentence starts, here in the
    /// middle of a row low in a 160 × 45 window: shrinking to 80 × 24 left both panes at
    /// `Top` with the passage and its link off screen (a user after `]` and Enter).
    func testShrinkingKeepsAnOccurrenceFoundByMeaningAndItsLinkOnScreen() throws {
        let filler = (1...16).map { "Paragraph \($0) says nothing much.\n\n" }.joined()
        let english = Fixtures.document(filler + "Time is short. The ceasefire must hold.\n", label: "Kremlin")
        let french = Fixtures.document(filler + "Le temps presse. Macron appelle à l’établissement d’une trêve.\n", label: "Élysée")
        let documents = [english, french]
        let versions = documents.enumerated().map { index, document in
            Analysis.Version(id: "v\(index)", label: document.label, language: index == 0 ? .english : .french,
                             sentences: SentenceSplitter.sentences(of: document, language: index == 0 ? .english : .french))
        }
        let (englishSentence, frenchSentence) = (versions[0].sentences.count - 1, versions[1].sentences.count - 1)
        let ceasefire = Analysis.Topic(id: "auto:ceasefir", label: "ceasefire", origin: .automatic, occurrences: [
            .init(version: 0, sentence: englishSentence, range: Fixtures.range(of: "ceasefire", in: english)),
            .init(version: 1, sentence: frenchSentence, range: versions[1].sentences[frenchSentence].range, byMeaning: true),
        ])
        let link = Analysis.Link(from: .init(version: 0, sentence: englishSentence), to: .init(version: 1, sentence: frenchSentence),
                                 score: 0.4, topics: ["auto:ceasefir"], evidence: [], similarity: 0.7)
        let analysis = Analysis(versions: versions, topics: [ceasefire], links: [link], isComplete: true)
        var state = ReaderState(documents: documents, width: 160, height: 45, theme: Fixtures.theme)
        let index = TopicIndex(analysis, documents: documents)
        state.apply(.topics(index, progress: 1))
        state.press(.character("]"), .character("]"))
        let current = try XCTUnwrap(state.navigation.current)
        XCTAssertEqual(current.version, 1, "the occurrence by meaning, in the French pane")
        XCTAssertEqual(state.focus, 1)
        XCTAssertTrue(index.marks[1][current.index].range.isEmpty)
        state.press(.enter)
        let frenchRange = try XCTUnwrap(index.sentenceRange(1, frenchSentence))
        let englishRange = try XCTUnwrap(index.sentenceRange(0, englishSentence))
        XCTAssertGreaterThan(try XCTUnwrap(state.row(of: frenchRange.lowerBound, in: 1)), 22, "below what 80 × 24 shows")

        state.apply(.resize(width: 80, height: 24))
        let frame = render(state).lines.joined(separator: "\n")
        XCTAssertNotNil(state.row(of: frenchRange.lowerBound, in: 1), "the passage is still on screen\n" + frame)
        XCTAssertTrue(state.isInView(0, englishRange), "and follow mode keeps its link beside it\n" + frame)
        XCTAssertFalse(render(state).row(23).contains("Top"), render(state).row(23))
        // Growing again keeps it too.
        state.apply(.resize(width: 160, height: 45))
        XCTAssertNotNil(state.row(of: frenchRange.lowerBound, in: 1))
        XCTAssertTrue(state.isInView(0, englishRange))
    }
}
