import ReadoutsText
import ReadoutsThemes
@testable import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// The current occurrence is drawn in reverse: `]` between occurrences of one sentence (where
/// the sentence's tint, the gutter and the focused topic's underline stay as they were) shows
/// which word it reached.
final class CurrentOccurrenceTests: XCTestCase {
    static let kremlin = Fixtures.document("Sanctions were discussed: sanctions on banks and sanctions on energy. Talks go on.\n", label: "Kremlin")
    static let whiteHouse = Fixtures.document("The President warned of sanctions.\n", label: "White House")

    /// The scalar ranges of every `word` in `document`, ignoring case.
    static func ranges(of word: String, in document: Document) -> [Range<Int>] {
        let scalars = Array(document.text.lowercased().unicodeScalars)
        let target = Array(word.unicodeScalars)
        return (0...(scalars.count - target.count)).filter { Array(scalars[$0..<$0 + target.count]) == target }.map { $0..<$0 + target.count }
    }

    static func state() -> ReaderState {
        let documents = [kremlin, whiteHouse]
        let versions = Fixtures.versions(of: documents)
        let occurrences = ranges(of: "sanctions", in: kremlin).map { Analysis.Occurrence(version: 0, sentence: 0, range: $0) }
            + ranges(of: "sanctions", in: whiteHouse).map { Analysis.Occurrence(version: 1, sentence: 0, range: $0) }
        let topic = Analysis.Topic(id: "sanctions", label: "sanctions", origin: .lexicon, occurrences: occurrences)
        let link = Analysis.Link(from: .init(version: 0, sentence: 0), to: .init(version: 1, sentence: 0), score: 0.5,
                                 topics: ["sanctions"], evidence: [])
        let analysis = Analysis(versions: versions, topics: [topic], links: [link], isComplete: true)
        var state = ReaderState(documents: documents, width: 120, height: 20, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(analysis, documents: documents), progress: 1))
        return state
    }

    /// Which of the Kremlin's three "sanctions" are drawn in reverse.
    func reversed(_ state: ReaderState) -> [Bool] {
        let frame = render(state)
        return Self.ranges(of: "sanctions", in: Self.kremlin).map { range in
            state.cells(in: frame, version: 0, range: range).allSatisfy { $0.style.modifiers.contains(.reverse) }
        }
    }

    /// `]` steps passage by passage: a sentence saying "sanctions" three times is one step,
    /// its first word drawn in reverse, and "1/2" counts passages (a translator saw "2 4" in
    /// the topic list for one sentence in each version).
    func testAStepIsAPassageAndItsFirstWordIsReversed() {
        var state = Self.state()
        XCTAssertEqual(reversed(state), [false, false, false], "nothing is current before the first step")
        state.press(.character("]"))
        XCTAssertEqual(reversed(state), [true, false, false])
        XCTAssertEqual(state.focusedTopicSummary()?.short.hasSuffix("1/2"), true, state.focusedTopicSummary()?.short ?? "")
        XCTAssertEqual(state.topics?.occurrenceCount(of: 0, in: 0), 1)
        state.press(.character("]"))
        XCTAssertEqual(state.focus, 1, "the next passage is the other version's")
        XCTAssertEqual(reversed(state), [false, false, false], "the Kremlin's words are not current now")
        let frame = render(state)
        let other = Self.ranges(of: "sanctions", in: Self.whiteHouse)[0]
        XCTAssertTrue(state.cells(in: frame, version: 1, range: other).allSatisfy { $0.style.modifiers.contains(.reverse) })
    }

    /// Enter and `c` go through the link that carries the current occurrence's topic first:
    /// on "Energy" the energy link, on "Black Sea" the sea link, whatever the links' order.
    func testTheCurrentTopicsLinkComesFirst() throws {
        let kremlin = Fixtures.document("Energy and the Black Sea were discussed.\n", label: "Kremlin")
        let whiteHouse = Fixtures.document("The Black Sea matters. Energy prices rose.\n", label: "White House")
        let documents = [kremlin, whiteHouse]
        let versions = Fixtures.versions(of: documents)
        func occurrence(_ word: String, _ version: Int, _ sentence: Int) -> Analysis.Occurrence {
            .init(version: version, sentence: sentence, range: Self.ranges(of: word.lowercased(), in: documents[version])[0])
        }
        let energy = Analysis.Topic(id: "energy", label: "energy", origin: .lexicon,
                                    occurrences: [occurrence("Energy", 0, 0), occurrence("Energy", 1, 1)])
        let sea = Analysis.Topic(id: "sea", label: "Black Sea", origin: .automatic,
                                 occurrences: [occurrence("Black Sea", 0, 0), occurrence("Black Sea", 1, 0)])
        let links = [
            Analysis.Link(from: .init(version: 0, sentence: 0), to: .init(version: 1, sentence: 0), score: 0.5, topics: ["sea"], evidence: []),
            Analysis.Link(from: .init(version: 0, sentence: 0), to: .init(version: 1, sentence: 1), score: 0.4, topics: ["energy"], evidence: []),
        ]
        let index = TopicIndex(Analysis(versions: versions, topics: [energy, sea], links: links, isComplete: true), documents: documents)
        for (word, partner) in [("energy", "Energy prices rose."), ("black sea", "The Black Sea matters.")] {
            var state = ReaderState(documents: documents, width: 120, height: 20, theme: Fixtures.theme)
            state.apply(.topics(index, progress: 1))
            let position = try XCTUnwrap(index.marks[0].firstIndex { mark in
                kremlin.string(mark.range).lowercased() == word
            })
            state.navigation.current = .init(version: 0, index: position)
            state.navigation.focusedTopic = index.marks[0][position].topic
            let tinted = state.tints(in: 1).filter { $0.scope == "topic.partner" }.map { whiteHouse.string($0.range) }
            XCTAssertEqual(tinted, [partner], "the partner tint on \(word)")
            state.press(.character("c"))
            XCTAssertEqual(state.compareView?.sides[1].text, partner, "c on \(word)")
            state.press(.escape)
            state.press(.enter)
            XCTAssertTrue(state.notice?.text.hasPrefix("White House link 1/2 · \(index.analysis.topics[index.marks[0][position].topic].label)") == true,
                          state.notice?.text ?? "")
            // `Y` copies both linked passages, in reading order, whichever Enter showed first.
            guard case .copy(let clip)? = state.apply(.key(.character("Y"))).first else { return XCTFail("Y copies") }
            let parts = clip.text.components(separatedBy: "\n\n")
            XCTAssertEqual(parts.count, 3, clip.text)
            XCTAssertTrue(parts[1].hasSuffix("The Black Sea matters.") && parts[2].hasSuffix("Energy prices rose."), clip.text)
            // Comparing it keeps Enter's place: the next Enter shows the other link.
            state.press(.enter)
            state.press(.character("c"))
            state.press(.escape)
            state.press(.enter)
            XCTAssertTrue(state.notice?.text.hasPrefix("White House link 2/2") == true, "after Y, Enter, c, Esc, Enter: \(state.notice?.text ?? "")")
        }
    }
}
