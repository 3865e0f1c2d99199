import ReadoutsText
@testable import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// A topic named only in headings has no passage to go to: the topic list leaves it out and
/// says how many it left (an analyst's long pair listed some forty "readout 34  –  –" rows,
/// one per "## Readout N" heading, between the real subjects).
final class HeadingOnlyTopicsTests: XCTestCase {
    func testATopicOnlyInHeadingsIsNotListedAndTheFooterSaysSo() throws {
        let documents = [Fixtures.document("# Readout one\n\nThe ministers discussed grain exports.\n", label: "A"),
                         Fixtures.document("# Readout two\n\nGrain exports were discussed.\n", label: "B")]
        let versions = documents.enumerated().map { index, document in
            Analysis.Version(id: "v\(index)", label: document.label, language: .english,
                             sentences: SentenceSplitter.sentences(of: document, language: .english))
        }
        XCTAssertTrue(versions.allSatisfy { $0.sentences.first?.isHeading == true }, "the first line of each is a heading")
        func range(of word: String, in version: Int) -> Range<Int> { Fixtures.range(of: word, in: documents[version]) }
        let readout = Analysis.Topic(id: "auto:readout", label: "readout", origin: .automatic, occurrences: [
            .init(version: 0, sentence: 0, range: range(of: "Readout", in: 0)),
            .init(version: 1, sentence: 0, range: range(of: "Readout", in: 1)),
        ])
        let grain = Analysis.Topic(id: "auto:grain", label: "grain exports", origin: .automatic, occurrences: [
            .init(version: 0, sentence: 1, range: range(of: "grain exports", in: 0)),
            .init(version: 1, sentence: 1, range: range(of: "Grain exports", in: 1)),
        ])
        let analysis = Analysis(versions: versions, topics: [readout, grain], links: [], isComplete: true)
        var state = ReaderState(documents: documents, width: 120, height: 20, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(analysis, documents: documents), progress: 1))
        state.press(.character("t"))
        let lines = render(state).lines
        XCTAssertTrue(lines.contains { $0.contains("grain exports") }, lines.joined(separator: "\n"))
        XCTAssertFalse(lines.contains { $0.contains(" readout ") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.contains("1 of 1 topic · the numbers count passages per version · 1 only in headings, not listed") },
                      lines.joined(separator: "\n"))
    }
}

/// A version's opening line that only says a call took place is no `o` stop, and the status
/// line says why at it (a diplomat found both openings in no list and nothing
/// saying why).
final class OpeningCallLineTests: XCTestCase {
    func testTheStatusLineSaysTheOpeningIsWhoSpokeWithWhom() throws {
        let documents = [Fixtures.document("Le Président de la République a évoqué la pêche en mer du Nord.\n\nIl a salué les pêcheurs bretons.\n", label: "Élysée"),
                         Fixtures.document("Состоялся телефонный разговор Владимира Путина с Президентом Французской Республики Эммануэлем Макроном.\n\nГлавы государств обсудили строительство моста через Днепр.\n", label: "Kremlin")]
        let analysis = TopicEngine(lexicons: []).analyse(documents)
        var state = ReaderState(documents: documents, width: 160, height: 20, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(analysis, documents: documents), progress: 1))
        let index = try XCTUnwrap(state.topics)
        XCTAssertTrue(index.isOpeningCallLine(1, sentence: 0))
        XCTAssertFalse(index.oneSidedStops.contains { $0.version == 1 && $0.sentence == 0 }, "no o stop")
        state.press(.tab)
        state.type(":1")
        state.press(.enter)
        let status = render(state).row(state.height - 1)
        XCTAssertTrue(status.contains("sentence 1 · the opening: who spoke with whom, not an omission"), status)
    }
}
