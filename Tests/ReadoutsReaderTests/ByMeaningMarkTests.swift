import ReadoutsText
import ReadoutsThemes
@testable import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// An occurrence found by meaning alone (a French sentence linked by its meaning to an
/// English one about a ceasefire, with no word of its own for it) colours no word: the
/// reader would otherwise claim that some word of it says "ceasefire". Its sentence still
/// has the topic's gutter letter, and `]` and the "n/m" count still reach it.
final class ByMeaningMarkTests: XCTestCase {
    static let english = Fixtures.document("The ceasefire must hold. Talks resume soon.\n", label: "Kremlin")
    static let french = Fixtures.document("Macron appelle à l’établissement d’une trêve. Le temps presse.\n", label: "Élysée")

    /// Scalar range of the first `word` in `document`.
    static func range(of word: String, in document: Document) -> Range<Int> {
        let scalars = Array(document.text.unicodeScalars)
        let target = Array(word.unicodeScalars)
        let start = (0...(scalars.count - target.count)).first { Array(scalars[$0..<$0 + target.count]) == target }!
        return start..<start + target.count
    }

    /// Topic 0, "ceasefire": the word in English, the first French sentence by meaning.
    /// Topic 1, "Macron": the French sentence's first word, where the by-meaning mark starts too.
    static func analysis() -> (Analysis, [Document]) {
        let documents = [english, french]
        let versions = documents.enumerated().map { index, document in
            Analysis.Version(id: "v\(index)", label: document.label, language: index == 0 ? .english : .french,
                             sentences: SentenceSplitter.sentences(of: document, language: index == 0 ? .english : .french))
        }
        let frenchSentence = versions[1].sentences[0]
        let ceasefire = Analysis.Topic(id: "auto:ceasefir", label: "ceasefire", origin: .automatic, occurrences: [
            .init(version: 0, sentence: 0, range: range(of: "ceasefire", in: english)),
            .init(version: 1, sentence: 0, range: frenchSentence.range, byMeaning: true),
        ])
        let macron = Analysis.Topic(id: "auto:macron", label: "Macron", origin: .automatic, occurrences: [
            .init(version: 1, sentence: 0, range: range(of: "Macron", in: french)),
        ])
        let link = Analysis.Link(from: .init(version: 0, sentence: 0), to: .init(version: 1, sentence: 0), score: 0.4,
                                 topics: ["auto:ceasefir"], evidence: [], similarity: 0.7)
        return (Analysis(versions: versions, topics: [ceasefire, macron], links: [link], isComplete: true), documents)
    }

    static func state() -> ReaderState {
        let (analysis, documents) = analysis()
        var state = ReaderState(documents: documents, width: 120, height: 20, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(analysis, documents: documents), progress: 1))
        return state
    }

    /// A sentence that holds a word of the topic and was also found by meaning is one
    /// occurrence of it, not two: `]` lands on it once.
    /// (The engine never makes such a pair; an analysis read from a cache file is held to the
    /// same rule where it is read.)
    func testASentenceWithTheTopicsWordIsNotCountedAgainByMeaning() throws {
        let (analysis, documents) = Self.analysis()
        var doubled = analysis
        doubled.topics[0].occurrences.append(.init(version: 0, sentence: 0, range: analysis.versions[0].sentences[0].range, byMeaning: true))
        var bytes: [UInt8] = []
        var sink = ByteSink { bytes += $0 }
        AnalysisCoding.encode(doubled, into: &sink)
        sink.finish()
        var source = ByteSource(bytes)
        let index = TopicIndex(try XCTUnwrap(AnalysisCoding.decode(&source)), documents: documents)
        XCTAssertEqual(index.occurrencesByTopic[0].count, 2, "the English sentence once (by its word), the French one by meaning")
        XCTAssertEqual(index.occurrenceCount(of: 0, in: 0), 1, "the topic list counts the English sentence once too")
    }

    func testNoWordOfASentenceFoundByMeaningIsColoured() {
        let state = Self.state()
        let frame = render(state)
        let index = state.topics!
        let sentence = index.sentenceRange(1, 0)!
        let macron = Self.range(of: "Macron", in: Self.french)
        let body = Fixtures.theme.style("ui.text")
        let rest = state.cells(in: frame, version: 1, range: macron.upperBound..<sentence.upperBound).filter { $0.text != " " }
        XCTAssertFalse(rest.isEmpty)
        XCTAssertTrue(rest.allSatisfy { $0.style == body }, "no word of the sentence found by meaning is in a topic's colour")
        XCTAssertTrue(state.cells(in: frame, version: 1, range: macron).allSatisfy { $0.style == Fixtures.theme.topic(index.slot(of: 1)) },
                      "a word of the sentence that is another topic's keeps that topic's colour")
        XCTAssertTrue(state.cells(in: frame, version: 0, range: Self.range(of: "ceasefire", in: Self.english))
            .allSatisfy { $0.style == Fixtures.theme.topic(index.slot(of: 0)) }, "the word that says it is coloured")
    }

    func testTheSentenceKeepsItsGutterLetterAndIsCountedAndReached() {
        var state = Self.state()
        let frame = render(state)
        let index = state.topics!
        XCTAssertEqual(index.occurrencesByTopic[0].count, 2, "the sentence found by meaning counts")
        XCTAssertEqual(index.occurrencesByTopic[1].count, 1, "the word starting where it does is kept too")
        let columns = state.layout.markColumns(of: 1)!
        let row = state.row(of: index.sentenceRange(1, 0)!.lowerBound, in: 1)!
        XCTAssertEqual(frame[columns.mark, state.layout.contentTop + row].text, String(index.symbol(of: 0)))
        XCTAssertEqual(frame[columns.more, state.layout.contentTop + row].text, "+", "two occurrences start on the row")

        state.press(.character("]"))
        XCTAssertEqual(state.navigation.focusedTopic, 0)
        state.press(.character("]"))
        let current = state.navigation.current!
        XCTAssertEqual(current.version, 1)
        XCTAssertEqual(index.marks[1][current.index].sentence, 0)
        XCTAssertTrue(state.focusedTopicSummary()!.full.contains("ceasefire 2/2"), state.focusedTopicSummary()!.full)
    }

    /// Between a sentence and its translation (versions aligned as one text) where the score
    /// stands among the links says nothing: a translator's literal rendering read "among the
    /// weakest quarter of links". The compare view says they are counterparts, and how alike,
    /// in place of the score.
    func testCompareBetweenCounterpartsInOneTextSaysSo() throws {
        var (analysis, documents) = Self.analysis()
        analysis.alignedVersions = [Analysis.AlignedVersions(0, 1)]
        var state = ReaderState(documents: documents, width: 120, height: 20, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(analysis, documents: documents), progress: 1))
        state.goToTopic(0)
        state.press(.character("c"))
        let reason = try XCTUnwrap(state.compareView?.reason)
        XCTAssertTrue(reason.hasSuffix(" · counterparts, 0.70 alike"), reason)
        XCTAssertFalse(reason.contains("score") || reason.contains("quarter") || reason.contains("middling"), reason)
    }

    /// A translation's counterpart whose figure differs (where `J` stops) is still a
    /// counterpart, not a draft: a translator read "score 1.19 (worded otherwise in this
    /// draft)" of the French of "two decades" she was checking.
    func testATranslationsChangedCounterpartIsNoDraft() throws {
        let english = Fixtures.document("The ceasefire must hold for 20 days. Talks resume soon.\n", label: "EN")
        let french = Fixtures.document("Le cessez-le-feu doit tenir 30 jours. Les pourparlers reprennent bientôt.\n", label: "FR")
        let documents = [english, french]
        let versions = documents.enumerated().map { index, document in
            Analysis.Version(id: "v\(index)", label: document.label, language: index == 0 ? .english : .french,
                             sentences: SentenceSplitter.sentences(of: document, language: index == 0 ? .english : .french))
        }
        let topic = Analysis.Topic(id: "auto:ceasefir", label: "ceasefire", origin: .automatic, occurrences: [
            .init(version: 0, sentence: 0, range: Self.range(of: "ceasefire", in: english)),
            .init(version: 1, sentence: 0, range: Self.range(of: "cessez-le-feu", in: french)),
        ])
        let links = [Analysis.Link(from: .init(version: 0, sentence: 0), to: .init(version: 1, sentence: 0), score: 1.19,
                                   topics: ["auto:ceasefir"], evidence: [], similarity: 0.82),
                     Analysis.Link(from: .init(version: 0, sentence: 1), to: .init(version: 1, sentence: 1), score: 0.5,
                                   topics: [], evidence: [], similarity: 0.9)]
        var analysis = Analysis(versions: versions, topics: [topic], links: links, isComplete: true)
        analysis.alignedVersions = [Analysis.AlignedVersions(0, 1)]
        var state = ReaderState(documents: documents, width: 120, height: 20, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(analysis, documents: documents), progress: 1))
        state.press(.character("J"))
        XCTAssertTrue(state.notice?.text.contains("20 → 30") == true, state.notice?.text ?? "no notice")
        state.press(.character("c"))
        let reason = try XCTUnwrap(state.compareView?.reason)
        XCTAssertTrue(reason.contains(" · counterparts, 0.82 alike"), reason)
        XCTAssertFalse(reason.contains("draft") || reason.contains("score"), reason)
    }

    /// Two versions of one text in one language (drafts, two translations) are the same
    /// passage in both, said with how alike in meaning or how much was kept: an analyst read
    /// a translation's "counterparts" of two drafts of a law.
    func testCompareBetweenTwoVersionsInOneLanguageSaysTheSamePassage() throws {
        var (analysis, documents) = Self.analysis()
        analysis.alignedVersions = [Analysis.AlignedVersions(0, 1)]
        analysis.versions[1].language = .english
        var state = ReaderState(documents: documents, width: 120, height: 20, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(analysis, documents: documents), progress: 1))
        state.goToTopic(0)
        state.press(.character("c"))
        let reason = try XCTUnwrap(state.compareView?.reason)
        XCTAssertTrue(reason.hasSuffix(" · the same passage in both versions, 0.70 alike in meaning"), reason)
        XCTAssertFalse(reason.contains("counterparts") || reason.contains("score"), reason)
    }

    /// Across two languages, two accounts' link says how alike the sentences are in meaning
    /// before its score: few words are shared, and a diplomat read "score 0.15 (on a scale
    /// from about 0.15, weak, to 1.5, strong)" of the link she was surest of.
    func testCompareAcrossLanguagesSaysHowAlikeInMeaning() throws {
        var state = Self.state()
        state.goToTopic(0)
        state.press(.character("c"))
        let reason = try XCTUnwrap(state.compareView?.reason)
        XCTAssertTrue(reason.contains(" · 0.70 alike in meaning (score 0.40)"), reason)
        XCTAssertFalse(reason.contains("on a scale"), reason)
    }
}
