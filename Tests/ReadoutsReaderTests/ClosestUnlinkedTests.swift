import ReadoutsText
@testable import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// On a passage nothing in the other version is linked to, `Enter` says how close the other
/// version's closest sentence in meaning comes, and `c` shows the two side by side
/// (`Analysis.nearest`): a journalist read "linked to nothing" of a sentence the other side
/// words otherwise, and had no way to check it but reading the whole other account.
final class ClosestUnlinkedTests: XCTestCase {
    static let kremlin = Fixtures.document("The ceasefire must hold. Moscow warned against shifting the blame for the escalation. Talks go on.\n", label: "Kremlin")
    static let elysee = Fixtures.document("Both want the ceasefire kept. Paris voiced concern over the troops massed at the border.\n", label: "Élysée")

    /// "ceasefire", linked across; "escalation", the Kremlin's second sentence only, whose
    /// closest at the Élysée is its second sentence (when `closest` is true).
    static func state(closest: Bool, similarity: Double = 0.31) -> ReaderState {
        let documents = [kremlin, elysee]
        let versions = documents.enumerated().map { index, document in
            Analysis.Version(id: "v\(index)", label: document.label, language: .english,
                             sentences: SentenceSplitter.sentences(of: document, language: .english))
        }
        func range(of word: String, in version: Int) -> Range<Int> {
            let scalars = Array(documents[version].text.unicodeScalars)
            let target = Array(word.unicodeScalars)
            let start = (0...(scalars.count - target.count)).first { Array(scalars[$0..<$0 + target.count]) == target }!
            return start..<start + target.count
        }
        let ceasefire = Analysis.Topic(id: "auto:ceasefir", label: "ceasefire", origin: .automatic, occurrences: [
            .init(version: 0, sentence: 0, range: range(of: "ceasefire", in: 0)),
            .init(version: 1, sentence: 0, range: range(of: "ceasefire", in: 1)),
        ])
        let escalation = Analysis.Topic(id: "auto:only-escal", label: "escalation", origin: .automatic, occurrences: [
            .init(version: 0, sentence: 1, range: range(of: "escalation", in: 0)),
        ])
        let link = Analysis.Link(from: .init(version: 0, sentence: 0), to: .init(version: 1, sentence: 0), score: 0.6,
                                 topics: ["auto:ceasefir"], evidence: [], similarity: 0.7)
        var analysis = Analysis(versions: versions, topics: [ceasefire, escalation], links: [link], isComplete: true)
        if closest {
            analysis.nearest = [Analysis.Nearest(from: .init(version: 0, sentence: 1), to: .init(version: 1, sentence: 1), similarity: similarity)]
        }
        var state = ReaderState(documents: documents, width: 140, height: 20, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(analysis, documents: documents), progress: 1))
        return state
    }

    /// What `Enter` says at the first `o` stop, then what `c` shows there.
    private func enterThenCompare(_ state: ReaderState) throws -> (said: String, view: CompareView) {
        var state = state
        state.press(.character("o"))
        state.press(.enter)
        let said = try XCTUnwrap(state.notice?.text)
        state.press(.character("c"))
        return (said, try XCTUnwrap(state.compareView))
    }

    /// `Enter` on a link among the weakest quarter says so, as `c` does: a fact-checker took a
    /// summary's claim, weakly linked to a look-alike, for one the transcript supports. A
    /// link above that quarter says nothing of it.
    func testEnterSaysALinkIsWeak() throws {
        var state = Fixtures.bundledState(width: 200, height: 40)
        let index = try XCTUnwrap(state.topics)
        var weak = 0, strong = 0
        var seen: [Int] = []
        for _ in 0..<60 {
            state.press(.character("]"))
            guard let current = state.navigation.current, current.version == 0 else { continue }
            let sentence = index.marks[0][current.index].sentence
            seen.append(sentence)
            let partners = index.links(from: 0, sentence: sentence)
            let isWeak = partners.map { index.ranks.isAmongTheWeakestQuarter($0.link.score) }
            guard !partners.isEmpty, !isWeak.contains(true) || !isWeak.contains(false) else { continue }
            state.press(.enter)
            let said = state.notice?.text ?? ""
            if isWeak[0] {
                weak += 1
                XCTAssertTrue(said.contains("a weak link (c compares)"), said)
            } else {
                strong += 1
                XCTAssertFalse(said.contains("weak link"), said)
            }
        }
        XCTAssertGreaterThan(weak, 0, "the test proves nothing: \(seen)")
        XCTAssertGreaterThan(strong, 0, "the test proves nothing: \(seen)")
    }

    func testEnterSaysHowCloseTheClosestComesAndCShowsIt() throws {
        let (said, view) = try enterThenCompare(Self.state(closest: true))
        XCTAssertTrue(said.contains("nothing in Élysée is linked to this passage; the closest in meaning is 0.31 alike (c shows it)"), said)
        XCTAssertEqual(view.reason, "not linked · its closest in meaning in Élysée (sentence 2), 0.31 alike")
        XCTAssertEqual(view.sides.map(\.text), ["Moscow warned against shifting the blame for the escalation.",
                                                "Paris voiced concern over the troops massed at the border."])
    }

    /// A closest sentence under 0.2 alike is no counterpart to check: `Enter` and `c` say
    /// nothing is near in meaning, as the brief and the page do, and still show it (a new
    /// user read "0.09 alike" as a measure of something).
    func testAClosestSentenceFarAwayIsSaidToBeNoneNear() throws {
        let (said, view) = try enterThenCompare(Self.state(closest: true, similarity: 0.09))
        XCTAssertTrue(said.contains("nothing in Élysée is linked to this passage, nor near it in meaning (the closest, 0.09 alike: c shows it)"), said)
        XCTAssertEqual(view.reason, "not linked, nor near anything in meaning · the closest in Élysée (sentence 2), 0.09 alike")
    }

    /// Without the encoder (a lexical run) there is no closest to show: `c` answers as before.
    func testWithoutTheClosestCSaysOnlyThatNothingIsLinked() throws {
        var state = Self.state(closest: false)
        state.press(.character("o"))
        state.press(.character("c"))
        XCTAssertNil(state.compareView)
        XCTAssertEqual(state.notice?.text, "nothing in Élysée is linked to this passage")
    }

    /// While linking runs, a passage with no link yet has no answer: `Enter` says linking is
    /// still going on, not that nothing is linked (an analyst pressed Enter at 26% and read
    /// "nothing … is linked to this passage", then found its link once linking was done).
    func testEnterWhileLinkingSaysSoInsteadOfNothingIsLinked() throws {
        var state = Self.state(closest: true)
        let index = try XCTUnwrap(state.topics)
        state.apply(.topics(index, progress: 0.5))
        for key in ["]", "}", "}"] where state.navigation.current.map({ index.marks[$0.version][$0.index].sentence }) != 1 {
            state.press(.character(Character(key)))
        }
        XCTAssertEqual(state.navigation.current.map { index.marks[$0.version][$0.index].sentence }, 1, "at the escalation passage")
        state.press(.enter)
        XCTAssertEqual(state.notice?.text, "no link to this passage yet: still linking (50%), Enter again once done")
        state.apply(.topics(index, progress: 1))
        state.press(.enter)
        XCTAssertTrue(state.notice?.text.hasPrefix("nothing in Élysée is linked to this passage") == true, state.notice?.text ?? "")
    }
}
