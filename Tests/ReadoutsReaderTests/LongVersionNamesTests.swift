import XCTest
import ReadoutsTopics
@testable import ReadoutsReader

/// Versions opened by their files' long names ("trudeau-macron-2024-en.md"): where the status
/// line is short, the names shorten before what the key just pressed answers. At 80 columns
/// `o` showed "trudeau-macron-2024-en.… 41%  A trade and economy 4/7" and no "passage not
/// in …": the stop's kind went, the whole names stayed.
final class LongVersionNamesTests: XCTestCase {
    private func status(_ state: ReaderState) -> String { render(state).row(state.height - 1) }

    /// The bundled readouts, named as files are.
    private func longNamed(width: Int) -> ReaderState {
        var documents = Fixtures.bundled
        documents[0].label = "kremlin-biden-putin-2021-06-16-en.md"
        documents[1].label = "maison-blanche-biden-putin-2021-06-16-fr.md"
        var state = ReaderState(documents: documents, width: width, height: 24, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(Fixtures.bundledAnalysis, documents: documents), progress: 1))
        return state
    }

    func testEveryOneSidedStopSaysItsKindAt80ColumnsWithLongNames() throws {
        var state = longNamed(width: 80)
        XCTAssertGreaterThan(state.names.map(\.count).min() ?? 0, 15, "\(state.names)")
        var topicStops = 0
        for _ in try XCTUnwrap(state.topics).oneSidedStops.indices {
            state.press(.character("o"))
            let line = status(state)
            guard let summary = state.focusedTopicSummary(), summary.saysWhere, state.reading.point == nil else {
                continue
            }
            topicStops += 1
            let kind = summary.full.contains(" · only in ") ? " · only in " : " · passage not in "
            XCTAssertTrue(summary.full.contains(kind), summary.full)
            XCTAssertTrue(line.contains(kind), "the kind of stop survives: \(line)")
            // The version it names, told apart from the other (whole or by its short name).
            let named = line.components(separatedBy: kind).last ?? ""
            XCTAssertTrue(named.hasPrefix("kr") || named.hasPrefix("ma") || named.hasPrefix("…"), line)
        }
        XCTAssertGreaterThan(topicStops, 5)
    }

    /// Where the line has room for more of the focused pane's name than its shortest, it
    /// shows more: "kre…en.md 12%" beside spare columns said less than there was room for.
    func testThePanesNameUsesTheRoomThereIs() throws {
        var state = longNamed(width: 100)
        state.press(.character("o"))
        let segments = StatusLine.segments(state, layout: state.layout, counter: nil)
        let chosen = StatusSegment.fit(segments, width: state.width)
        let shown = try XCTUnwrap(chosen[0])
        let forms = segments[0].forms.map(\.text)
        let index = try XCTUnwrap(forms.firstIndex(of: shown))
        // No longer form would have fitted in the room left.
        if index > 0 {
            var longer = chosen
            longer[0] = forms[index - 1]
            XCTAssertGreaterThan(StatusSegment.barWidth(segments, longer, spacing: 2), state.width, status(state))
        }
        XCTAssertGreaterThan(forms.count, 3, "names between the whole and the shortest: \(forms)")
    }

    /// At 200 columns a label longer than the reader's 24-cell names is shown whole, in the
    /// pane's place and in "only in …": a diplomat's line read "2021-07-09-kremlin-ru.t… All
    /// · only in 2021-07-09-kremlin-ru.t…" beside 60 empty columns.
    func testAWideLineShowsTheWholeLabels() throws {
        var state = longNamed(width: 200)
        XCTAssertNotEqual(state.names[0], state.documents[0].label, "the reader's own name is cut")
        var sawOnlyIn = false
        for _ in try XCTUnwrap(state.topics).oneSidedStops.indices {
            state.press(.character("o"))
            let line = status(state)
            XCTAssertTrue(line.contains(state.documents[state.focus].label + " "), line)
            if let summary = state.focusedTopicSummary(), summary.full.contains(" · only in ") {
                let version = try XCTUnwrap(state.topics?.firstVersion(of: try XCTUnwrap(state.navigation.focusedTopic)))
                XCTAssertTrue(line.contains(" · only in " + state.documents[version].label), line)
                sawOnlyIn = true
            }
        }
        XCTAssertTrue(sawOnlyIn)
        // Narrow, the names shorten as before.
        var narrow = longNamed(width: 80)
        narrow.press(.character("o"))
        XCTAssertFalse(status(narrow).contains(narrow.documents[narrow.focus].label), status(narrow))
    }
}
