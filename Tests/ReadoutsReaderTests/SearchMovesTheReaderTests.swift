import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// A search that moves the reader takes the place of the current occurrence: the status
/// line reports the match, not the topic passage left behind (new users read "G paris 2/2 ·
/// en.txt  match 1/2" as if the match were that passage), and a topic step brings the topic
/// back, from the match.
final class SearchMovesTheReaderTests: XCTestCase {
    private func status(_ state: ReaderState) -> String { render(state).row(state.height - 1) }

    /// The bundled readouts after `}` (a topic and its occurrence i/n in the status line),
    /// then `/Biden` Enter in the Kremlin's pane; with the topic's label.
    private func searchedAfterATopicStep() throws -> (ReaderState, String) {
        var state = Fixtures.bundledState(width: 160, height: 30)
        state.press(.character("}"))
        let index = try XCTUnwrap(state.topics)
        let topic = try XCTUnwrap(state.navigation.focusedTopic)
        let label = index.analysis.topics[topic].label
        XCTAssertTrue(status(state).contains(label + " 1/"), status(state))
        state.type("/Biden")
        state.press(.enter)
        XCTAssertNotNil(state.search.current)
        return (state, label)
    }

    func testAfterASearchTheStatusLineReportsTheMatchNotTheTopicLeftBehind() throws {
        var (state, label) = try searchedAfterATopicStep()
        XCTAssertTrue(status(state).contains("match 1/"), status(state))
        XCTAssertFalse(status(state).contains(label), "the topic passage left behind is not presented as current: \(status(state))")
        XCTAssertNil(state.navigation.current, "no occurrence is current after a search moved the reader")
        XCTAssertNotNil(state.navigation.focusedTopic, "the focused topic stays emphasised")
        state.press(.character("n"))
        XCTAssertTrue(status(state).contains("match 2/"), status(state))
        XCTAssertFalse(status(state).contains(label), status(state))
        state.press(.character("j"))
        XCTAssertFalse(status(state).contains(label), "nor once the match's notice has gone: \(status(state))")
    }

    /// A search that finds nothing moves nothing, as in less and vim: after a match, the
    /// status line is about the search and brings back no topic (a failed search showed "M
    /// трое детей 1 · only in МИД России  no match for …", the passage left two searches
    /// before); from a current occurrence, that occurrence is still where the reader is.
    func testAFailedSearchBringsBackNoTopicLeftBehind() throws {
        var (state, label) = try searchedAfterATopicStep()
        state.type("/zzzq")
        state.press(.enter)
        XCTAssertTrue(status(state).contains("no match for “zzzq”"), status(state))
        XCTAssertFalse(status(state).contains(label), status(state))
        state.press(.character("j"))
        XCTAssertFalse(status(state).contains(label), "nor once the notice has gone: \(status(state))")

        var fresh = Fixtures.bundledState(width: 160, height: 30)
        fresh.press(.character("}"))
        let line = status(fresh)
        fresh.type("/zzzq")
        fresh.press(.enter)
        XCTAssertTrue(status(fresh).contains("no match for “zzzq”"), status(fresh))
        XCTAssertTrue(status(fresh).contains(label + " 1/"), "the occurrence is still current: \(status(fresh)) (before: \(line))")
    }

    /// `]` after a search goes on with the focused topic from the match, and the status
    /// line names it again with its passage's place.
    func testATopicStepAfterASearchBringsTheTopicBackFromTheMatch() throws {
        var (state, label) = try searchedAfterATopicStep()
        let match = try XCTUnwrap(state.search.current)
        state.press(.character("]"))
        let index = try XCTUnwrap(state.topics)
        let current = try XCTUnwrap(state.navigation.current)
        let topic = try XCTUnwrap(state.navigation.focusedTopic)
        // The topic's first passage at or after the match (here the one the search left:
        // it comes after "Biden" in the same sentence), not the one after the passage left.
        let expected = index.occurrencesByTopic[topic].first { occurrence in
            (occurrence.version, index.marks[occurrence.version][occurrence.index].range.lowerBound)
                >= (match.version, match.range.lowerBound)
        }
        XCTAssertEqual(current, expected, "] steps on from the match")
        let position = try XCTUnwrap(index.position(of: current, topic: topic))
        XCTAssertTrue(status(state).contains("\(label) \(position + 1)/"), status(state))
    }

    /// `g` makes the top the place, not a match still on screen: after `/OTAN` `g` `}`, a new
    /// user's `}` went on from the Kremlin's "OTAN", on the first screen of a 120 × 40
    /// window, past topics A to N; it goes to the first topic the pane mentions.
    func testGThenATopicStepStartsFromTheTopNotFromTheMatch() throws {
        var state = Fixtures.bundledState(width: 120, height: 40)
        state.type("/OTAN")
        state.press(.enter)
        let match = try XCTUnwrap(state.search.current)
        XCTAssertNotNil(state.row(of: match.range.lowerBound, in: match.version), "the match is on the first screen: the test proves nothing")
        var fromMatch = state
        fromMatch.press(.character("}"))
        state.press(.character("g"))
        state.press(.character("}"))
        let index = try XCTUnwrap(state.topics)
        let current = try XCTUnwrap(state.navigation.current)
        let first = index.marks[current.version][current.index].range.lowerBound
        XCTAssertLessThan(first, match.range.lowerBound, "} after g starts above the match")
        XCTAssertNotEqual(fromMatch.navigation.focusedTopic, state.navigation.focusedTopic, "without g, } goes on from the match")
        XCTAssertNotNil(state.search.current, "the match is still highlighted")
    }

    /// Enter after a search links the match's sentence: its occurrence becomes current and
    /// the status line names its topic; `y` copies the match's sentence.
    func testEnterAndYAfterASearchActOnTheMatchsSentence() throws {
        var (state, _) = try searchedAfterATopicStep()
        let match = try XCTUnwrap(state.search.current)
        let index = try XCTUnwrap(state.topics)
        let sentence = try XCTUnwrap(index.sentence(in: match.version, at: match.range.lowerBound))
        var copied = state
        let effects = copied.apply(.key(.character("y")))
        XCTAssertTrue(effects.contains { if case .copy(let clip) = $0 { clip.description.hasSuffix("sentence \(sentence + 1)") } else { false } },
                      "\(effects)")
        state.press(.enter)
        let current = try XCTUnwrap(state.navigation.current, state.notice?.text ?? "")
        XCTAssertEqual(index.marks[current.version][current.index].sentence, sentence)
        let topic = index.analysis.topics[try XCTUnwrap(state.navigation.focusedTopic)]
        XCTAssertTrue(status(state).contains(topic.label), status(state))
    }

    /// After a search, the topic list's Enter makes a topic's passage current: `y` copies that
    /// passage, not the match's sentence (a student searched "geneve", chose "troupes" in the
    /// list, and `y` put the Geneva sentence in their essay).
    func testTheTopicListsEnterAfterASearchIsWhereYCopies() throws {
        var (state, _) = try searchedAfterATopicStep()
        let index = try XCTUnwrap(state.topics)
        let match = try XCTUnwrap(state.search.current)
        let matchSentence = try XCTUnwrap(index.sentence(in: match.version, at: match.range.lowerBound))
        // A topic whose first passage in the focused pane is elsewhere than the match.
        let topic = try XCTUnwrap(index.analysis.topics.indices.first { topic in
            index.occurrencesByTopic[topic].contains { $0.version == state.focus }
                && index.marks[state.focus][index.occurrencesByTopic[topic].first { $0.version == state.focus }!.index].sentence != matchSentence
                && !index.isHeading(state.focus, sentence: index.marks[state.focus][index.occurrencesByTopic[topic].first { $0.version == state.focus }!.index].sentence)
        })
        state.goToTopic(topic)
        let current = try XCTUnwrap(state.navigation.current)
        let sentence = index.marks[current.version][current.index].sentence
        XCTAssertNotEqual(sentence, matchSentence)
        let effects = state.apply(.key(.character("y")))
        XCTAssertTrue(effects.contains { if case .copy(let clip) = $0 { clip.description.hasSuffix("sentence \(sentence + 1)") } else { false } },
                      "y copies the topic's passage (sentence \(sentence + 1)), not the match's (\(matchSentence + 1)): \(effects)")
    }
}
