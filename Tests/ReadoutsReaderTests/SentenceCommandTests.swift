import ReadoutsText
import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// `:N`, the command line, sentence numbers, and what `y` and `Y` copy.
final class SentenceCommandTests: XCTestCase {
    func sentenceText(_ state: ReaderState, version: Int, number: Int) -> String {
        state.quote(version, state.sentences(of: version)![number - 1].range)
    }

    func testColonNumberGoesToThatSentenceAndYCopiesIt() throws {
        var state = Fixtures.bundledState(width: 100, height: 24)
        state.type(":12")
        XCTAssertNotNil(state.layers.last.map { if case .commandLine = $0 { true } else { false } })
        state.press(.enter)
        XCTAssertTrue(state.layers.isEmpty, "Enter runs and closes the command line")
        let sentence = state.sentences(of: 0)![11]
        XCTAssertNotNil(state.row(of: sentence.range.lowerBound, in: 0), "sentence 12 is on screen")
        XCTAssertTrue(state.notice?.text.hasPrefix("Kremlin sentence 12 of ") == true, state.notice?.text ?? "")
        let effects = state.apply(.key(.character("y")))
        XCTAssertEqual(effects, [.copy(Clip(text: sentenceText(state, version: 0, number: 12), description: "Kremlin sentence 12"))])
        state.press(.character("j"))
        XCTAssertEqual(state.currentSentence()?.sentence, 11, "the point stays while sentence 12 is on screen")
    }

    /// A count before `y` copies that many sentences from the current one on, as one quote
    /// that keeps its paragraphs, and says how many (`5y` copied one sentence silently).
    func testACountBeforeYCopiesThatManySentences() throws {
        var state = Fixtures.bundledState(width: 100, height: 24)
        state.type(":12")
        state.press(.enter)
        let effects = state.apply(.keys(Array("5y").map { Key.character($0) }))
        let clip = try XCTUnwrap(effects.compactMap { if case .copy(let clip) = $0 { clip } else { nil } }.first)
        XCTAssertEqual(clip.description, "Kremlin sentences 12–16 (5 sentences)")
        XCTAssertTrue(clip.text.hasPrefix(sentenceText(state, version: 0, number: 12)), clip.text)
        for number in 13...16 { XCTAssertTrue(clip.text.contains(sentenceText(state, version: 0, number: number)), "\(number): \(clip.text)") }
        XCTAssertTrue(clip.text.hasSuffix(sentenceText(state, version: 0, number: 16)), clip.text)
        XCTAssertFalse(clip.text.contains(sentenceText(state, version: 0, number: 17)), clip.text)

        // Paragraphs stay apart; fewer sentences than asked at the end, and it says so.
        var small = Fixtures.analysedState(["The first sentence is here.\nIt wraps on.\n\nA second paragraph ends it.", "Another text."],
                                           prefix: "V", width: 100, height: 20)
        small.type(":1")
        small.press(.enter)
        let copied = small.apply(.keys(Array("9y").map { Key.character($0) }))
        XCTAssertEqual(copied, [.copy(Clip(text: "The first sentence is here. It wraps on.\n\nA second paragraph ends it.",
                                           description: "V1 sentences 1–3 (3 sentences, to the end)", shortDescription: "V1 sentences 1–3"))])
    }

    /// After `:N`, a topic chosen in the topic list is what `y` copies and `c` compares, not
    /// sentence N left behind (a translator's trial copied the sentence of `:22`).
    func testATopicChosenInTheListAfterColonNumberIsWhatYCopies() throws {
        var state = Fixtures.bundledState(width: 100, height: 24)
        let index = try XCTUnwrap(state.topics)
        let minsk = try XCTUnwrap(index.analysis.topics.firstIndex { $0.id == "minsk" })
        let target = try XCTUnwrap(index.occurrencesByTopic[minsk].first)
        let sentence = index.marks[target.version][target.index].sentence
        XCTAssertEqual(target.version, 0)
        // The sentence before it: both are on screen after either jump.
        state.type(":\(sentence)")
        state.press(.enter)
        state.press(.character("t"))
        state.type("minsk")
        state.press(.enter)
        XCTAssertNotNil(state.row(of: try XCTUnwrap(state.sentences(of: 0))[sentence - 1].range.lowerBound, in: 0))
        let effects = state.apply(.key(.character("y")))
        XCTAssertEqual(effects, [.copy(Clip(text: sentenceText(state, version: target.version, number: sentence + 1),
                                            description: "\(state.documents[target.version].label) sentence \(sentence + 1)"))])
    }

    /// After `:N` the status line names the topic of the sentence gone to, not the one left
    /// behind with its count and "not in".
    func testColonNumberFocusesTheTopicOfTheSentenceItWentTo() throws {
        var state = Fixtures.bundledState(width: 140, height: 40)
        let index = try XCTUnwrap(state.topics)
        state.press(.character("]"))
        let before = try XCTUnwrap(state.navigation.focusedTopic)
        let other = try XCTUnwrap((0..<state.sentences(of: 0)!.count).first { sentence in
            let topics = Set(index.marks[0].filter { $0.sentence == sentence }.map(\.topic))
            return !topics.isEmpty && !topics.contains(before) && !index.isHeading(0, sentence: sentence)
        })
        state.type(":\(other + 1)")
        state.press(.enter)
        let focused = try XCTUnwrap(state.navigation.focusedTopic)
        XCTAssertNotEqual(focused, before)
        XCTAssertEqual(index.marks[0][try XCTUnwrap(state.navigation.current).index].topic, focused)
        let summary = try XCTUnwrap(state.focusedTopicSummary()).full
        XCTAssertTrue(summary.contains(index.analysis.topics[focused].label), summary)
        XCTAssertTrue(summary.contains("/"), "the passage's place among the topic's: \(summary)")
    }

    /// `:N` and Enter show the sentence's strongest link first, not the weak link of the
    /// topic it happens to name first (an analyst's `:4` showed a link scored 0.15 first).
    func testColonNumberAndEnterShowTheStrongestLinkFirst() throws {
        let texts = ["The leaders spoke briefly about Gaza, then at length about the sanctions on Iranian oil exports and their enforcement mechanism.\n\nThey also discussed fishing quotas in the northern sea.",
                     "Gaza was also mentioned by the president.\n\nBoth agreed to tighten the sanctions on Iranian oil exports and to strengthen their enforcement mechanism.\n\nThe weather was fine."]
        var state = Fixtures.analysedState(texts, prefix: "V", width: 160, height: 30, engine: TopicEngine(lexicons: [.international]))
        let index = try XCTUnwrap(state.topics)
        let links = index.links(from: 0, sentence: 0)
        XCTAssertGreaterThanOrEqual(links.count, 2, "\(links.map(\.link.topics))")
        let strongest = try XCTUnwrap(links.first)
        XCTAssertEqual(strongest.to.sentence, 1, "the sanctions sentence is the strongest link")
        let firstMark = try XCTUnwrap(index.marks[0].first { $0.sentence == 0 })
        XCTAssertFalse(strongest.link.topics.contains(index.analysis.topics[firstMark.topic].id), "the sentence names another topic first")
        state.type(":1")
        state.press(.enter)
        state.press(.enter)
        XCTAssertTrue(state.notice?.text.hasPrefix("V2 link 1/") == true, state.notice?.text ?? "")
        let shown = try XCTUnwrap(index.sentenceRange(1, 1))
        XCTAssertNotNil(state.row(of: shown.lowerBound, in: 1))
        let current = try XCTUnwrap(state.navigation.current)
        XCTAssertTrue(strongest.link.topics.contains(index.analysis.topics[index.marks[0][current.index].topic].id))
    }

    /// `c` and Enter act on the sentence `:N` went to, not on an occurrence left behind; on a
    /// sentence without a topic they say so.
    func testCompareAndEnterActOnTheSentenceColonNumberWentTo() throws {
        var state = Fixtures.bundledState(width: 140, height: 40)
        let index = try XCTUnwrap(state.topics)
        let linked = try XCTUnwrap((0..<state.sentences(of: 0)!.count).last { sentence in
            !index.links(from: 0, sentence: sentence).isEmpty && !index.isHeading(0, sentence: sentence)
        })
        state.press(.character("]"))
        XCTAssertNotEqual(index.marks[0][state.navigation.current!.index].sentence, linked, "] stopped elsewhere first")
        state.type(":\(linked + 1)")
        state.press(.enter)
        state.press(.character("c"))
        let view = try XCTUnwrap(state.compareView, state.notice?.text ?? "no compare view")
        XCTAssertEqual(view.sides[0].text, sentenceText(state, version: 0, number: linked + 1))
        state.press(.escape)
        // The White House's opening, which carries no topic.
        let bare = try XCTUnwrap((0..<state.sentences(of: 1)!.count).first { sentence in
            let range = index.sentenceRange(1, sentence)!
            return !index.isHeading(1, sentence: sentence)
                && !index.marks[1].contains { $0.sentence == sentence } && range.count > 20 && !index.isAboutTheReports(1, sentence: sentence)
        }, "a sentence without a topic, not about the reports")
        state.press(.tab)
        state.type(":\(bare + 1)")
        state.press(.enter)
        state.press(.character("c"))
        XCTAssertNil(state.compareView)
        XCTAssertEqual(state.notice?.text, index.links(from: 1, sentence: bare).isEmpty
                       ? "sentence \(bare + 1) carries no topic, and nothing in \(state.names[0]) is linked to it"
                       : "sentence \(bare + 1) carries no topic: press ] for the next occurrence")
        state.press(.backTab)
        // A mark jump leaves a reading point too: `c` compares the sentence it went to, not
        // the occurrence `]` left behind.
        state.type(":\(linked + 1)")
        state.press(.enter)
        state.type("ma")
        state.press(.character("g"), .character("g"), .character("]"))
        state.type("'a")
        state.press(.character("c"))
        XCTAssertEqual(state.compareView?.sides[0].text, sentenceText(state, version: 0, number: linked + 1), state.notice?.text ?? "")
    }

    func testColonNumberPastTheEndGoesToTheLastSentence() {
        var state = Fixtures.bundledState(width: 100, height: 24)
        state.type(":9999")
        state.press(.enter)
        let count = state.sentences(of: 0)!.count
        XCTAssertEqual(state.notice?.text, "Kremlin sentence \(count) of \(count)")
    }

    func testCommandLineEditsAndReportsUnknownCommands() {
        var state = Fixtures.bundledState(width: 100, height: 24)
        state.type(":1")
        state.press(.backspace, .backspace)
        XCTAssertTrue(state.layers.isEmpty, "Backspace on an empty command line closes it")
        state.type(":frobnicate")
        state.press(.enter)
        XCTAssertTrue(state.notice?.text.hasPrefix("not a command: :frobnicate") == true, state.notice?.text ?? "")
        state.type(":5")
        state.press(.escape)
        XCTAssertTrue(state.layers.isEmpty)
        XCTAssertEqual(state.panes[0].top, .top, "Esc runs nothing")
        XCTAssertTrue(render(state).row(23).contains("Kremlin Top"))
    }

    func testCommandLineIsDrawnOnTheStatusRowWithItsCursor() {
        var state = Fixtures.bundledState(width: 100, height: 24)
        state.type(":12")
        let frame = render(state, counter: 7)
        XCTAssertTrue(frame.row(23).hasPrefix(":12"), frame.row(23))
        XCTAssertTrue(frame.row(23).hasSuffix("#7 "), "the input counter stays at the end")
        XCTAssertEqual(frame.cursor?.x, 3)
    }

    func testNumbersToggleWithHashAndSetNu() {
        var state = Fixtures.bundledState(width: 100, height: 24)
        let before = state.paneText(0)
        state.press(.character("#"))
        XCTAssertTrue(state.reading.numbersSentences)
        let frame = render(state)
        let pane = state.layout.panes[0]
        XCTAssertEqual(pane.margin, 3, "two digits and a space for the bundled readouts' sentences")
        XCTAssertEqual((0..<pane.margin).map { frame[$0, 1].text }.joined(), " 1 ", "sentence 1 starts on the first row")
        XCTAssertNotEqual(state.paneText(0), before, "the text wraps narrower beside the numbers")
        state.type(":set nonu")
        state.press(.enter)
        XCTAssertEqual(state.paneText(0), before)
        state.type(":set nu")
        state.press(.enter)
        XCTAssertTrue(state.reading.numbersSentences)
    }

    func testYankWithLinksCopiesThePairWithBothLabels() throws {
        var state = Fixtures.bundledState(width: 100, height: 24)
        // Step through occurrences until one has a linked passage.
        var partners: [(to: Analysis.SentenceRef, link: Analysis.Link)] = []
        for _ in 0..<40 where partners.isEmpty {
            state.press(.character("]"))
            let mark = state.topics!.marks[0][state.navigation.current!.index]
            partners = state.topics!.links(from: 0, sentence: mark.sentence)
        }
        let mark = state.topics!.marks[0][state.navigation.current!.index]
        let linked = Set(partners.map(\.to.sentence)).sorted()
        XCTAssertFalse(partners.isEmpty)
        let effects = state.apply(.key(.character("Y")))
        guard case .copy(let clip) = effects.first else { return XCTFail("Y copies") }
        // Every linked passage, in reading order (an analyst's Y copied one of two).
        // Each under its citation: label, the front matter's source and date, sentence (a
        // fact-checker rewrote "Kremlin sentence 6" into a citation by hand).
        XCTAssertEqual(clip.text, (["Kremlin (TASS in French, from the Kremlin press service, 2021-12-07), sentence \(mark.sentence + 1):\n"
                                    + sentenceText(state, version: 0, number: mark.sentence + 1)]
            + linked.map { sentence in
                // A weak link says so (`testShiftYSaysALinkIsWeak`).
                let link = partners.first { $0.to.sentence == sentence }!.link
                let weak = state.topics!.ranks.isAmongTheWeakestQuarter(link.score)
                    ? "\nLinked weakly (score \(String(format: "%.2f", link.score)), among the weakest quarter of links)." : ""
                return "Maison Blanche (TASS in French, from a White House statement, 2021-12-07), sentence \(sentence + 1):\n"
                    + sentenceText(state, version: 1, number: sentence + 1) + weak
            }).joined(separator: "\n\n"))
        XCTAssertEqual(clip.description, "Kremlin sentence \(mark.sentence + 1) with its "
                       + (linked.count == 1 ? "linked passage" : "\(linked.count) linked passages"))
    }

    /// `Y` on a sentence linked to two of another version quotes them in reading order, not
    /// the strongest (or Enter's) first: a translator's `Y` on an English sentence quoted
    /// French sentence 10 before sentence 9.
    func testYankWithLinksQuotesAVersionsPassagesInReadingOrder() throws {
        let french = Fixtures.document((1...10).map { "Phrase \($0) du communiqué." }.joined(separator: " ") + "\n", label: "FR")
        let english = Fixtures.document("The first measures come into force on 1 April, the committee meets every six months.\n", label: "EN")
        let documents = [french, english]
        let versions = [(french, Language.french), (english, .english)].enumerated().map { index, pair in
            Analysis.Version(id: "v\(index)", label: pair.0.label, language: pair.1,
                             sentences: SentenceSplitter.sentences(of: pair.0, language: pair.1))
        }
        XCTAssertEqual(versions[0].sentences.count, 10)
        let words = try XCTUnwrap(english.text.range(of: "first measures"))
        let start = english.text.unicodeScalars.distance(from: english.text.unicodeScalars.startIndex, to: words.lowerBound)
        let topic = Analysis.Topic(id: "measures", label: "measures", origin: .automatic, occurrences: [
            .init(version: 1, sentence: 0, range: start..<start + 14),
            .init(version: 0, sentence: 9, range: versions[0].sentences[9].range),
        ])
        // The link to sentence 10 is the stronger one and carries the topic: Enter shows it first.
        let links = [
            Analysis.Link(from: .init(version: 0, sentence: 9), to: .init(version: 1, sentence: 0), score: 0.9, topics: ["measures"], evidence: []),
            Analysis.Link(from: .init(version: 0, sentence: 8), to: .init(version: 1, sentence: 0), score: 0.5, topics: [], evidence: []),
        ]
        var state = ReaderState(documents: documents, width: 120, height: 20, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(Analysis(versions: versions, topics: [topic], links: links, isComplete: true), documents: documents),
                            progress: 1))
        state.press(.tab)
        XCTAssertEqual(state.focus, 1)
        state.press(.character("]"))
        state.press(.enter)
        XCTAssertTrue(state.notice?.text.hasPrefix("FR link 1/2") == true, state.notice?.text ?? "")
        guard case .copy(let clip)? = state.apply(.key(.character("Y"))).first else { return XCTFail("Y copies") }
        XCTAssertEqual(clip.text, "EN, sentence 1:\n" + english.text.trimmingCharacters(in: .newlines)
                       + "\n\nFR, sentence 9:\nPhrase 9 du communiqué.\n\nFR, sentence 10:\nPhrase 10 du communiqué.")
        XCTAssertEqual(clip.description, "EN sentence 1 with its 2 linked passages")
    }

    /// Two accounts by hand: A's first sentence holds "Geneva summit", a topic B lacks, and
    /// "cybersecurity", which B shares and by which the two first sentences are linked; A's
    /// second holds "sanctions", which B has too, but is linked to nothing.
    private func summitState() -> ReaderState {
        let a = Fixtures.document("The presidents discussed the Geneva summit and cybersecurity. The sanctions were discussed at length.\n", label: "A")
        let b = Fixtures.document("They agreed on a dialogue on cybersecurity. New sanctions are possible.\n", label: "B")
        let documents = [a, b]
        let versions = Fixtures.versions(of: documents)
        let topics = [
            Analysis.Topic(id: "geneva", label: "Geneva summit", origin: .automatic,
                           occurrences: [.init(version: 0, sentence: 0, range: Fixtures.range(of: "Geneva summit", in: a))]),
            Analysis.Topic(id: "cyber", label: "cybersecurity", origin: .automatic, occurrences: [
                .init(version: 0, sentence: 0, range: Fixtures.range(of: "cybersecurity", in: a)),
                .init(version: 1, sentence: 0, range: Fixtures.range(of: "cybersecurity", in: b)),
            ]),
            Analysis.Topic(id: "sanctions", label: "sanctions", origin: .automatic, occurrences: [
                .init(version: 0, sentence: 1, range: Fixtures.range(of: "sanctions", in: a)),
                .init(version: 1, sentence: 1, range: Fixtures.range(of: "sanctions", in: b)),
            ]),
        ]
        let links = [Analysis.Link(from: .init(version: 0, sentence: 0), to: .init(version: 1, sentence: 0), score: 0.8,
                                   topics: ["cyber"], evidence: [])]
        var state = ReaderState(documents: documents, width: 120, height: 20, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(Analysis(versions: versions, topics: topics, links: links, isComplete: true), documents: documents),
                            progress: 1))
        return state
    }

    /// `Y` on a passage `o` says is only in A copies what the status line says: the sentence,
    /// that it is only in A, and not the sentence's link of another topic ("cybersecurity"),
    /// which made the pasted text claim a counterpart in B the reader was not looking at.
    /// Once Enter has brought that link alongside, `Y` copies it too.
    func testShiftYOnAOneSidedPassageCopiesWhatTheStatusLineSays() throws {
        var state = summitState()
        state.press(.character("o"))
        let topic = try XCTUnwrap(state.navigation.focusedTopic)
        XCTAssertEqual(state.topics?.analysis.topics[topic].id, "geneva")
        XCTAssertTrue(render(state).row(19).contains("Geneva summit 1/1 · only in A"), render(state).row(19))
        guard case .copy(let clip)? = state.apply(.key(.character("Y"))).first else { return XCTFail("Y copies") }
        XCTAssertEqual(clip.text, "A, sentence 1:\nThe presidents discussed the Geneva summit and cybersecurity.\n\n"
                       + "Only in A: \"Geneva summit\", no passage found in B.")
        XCTAssertEqual(clip.description, "A sentence 1 (only in A)")
        XCTAssertFalse(clip.text.contains("They agreed"), "no link of another topic")

        state.press(.enter)
        XCTAssertTrue(state.notice?.text.hasPrefix("B link 1/1") == true, state.notice?.text ?? "")
        guard case .copy(let shown)? = state.apply(.key(.character("Y"))).first else { return XCTFail("Y copies") }
        XCTAssertEqual(shown.text, "A, sentence 1:\nThe presidents discussed the Geneva summit and cybersecurity.\n\n"
                       + "B, sentence 1:\nThey agreed on a dialogue on cybersecurity.\n\n"
                       + "Only in A: \"Geneva summit\", no passage found in B.")
        // The topic named: the passage copied is there, "Geneva summit" is not.
        XCTAssertEqual(shown.description, "A sentence 1 with its linked passage (“Geneva summit” only in A)")

        // The same sentence at its shared topic: its link, and nothing said of B.
        state.press(.character(";"))
        XCTAssertEqual(state.topics?.analysis.topics[state.navigation.focusedTopic!].id, "cyber")
        guard case .copy(let shared)? = state.apply(.key(.character("Y"))).first else { return XCTFail("Y copies") }
        XCTAssertEqual(shared.text, "A, sentence 1:\nThe presidents discussed the Geneva summit and cybersecurity.\n\n"
                       + "B, sentence 1:\nThey agreed on a dialogue on cybersecurity.")
    }

    /// A passage of a shared topic linked to nothing ("passage not in B" on the status line):
    /// `Y` says so at the end of the copied text.
    func testShiftYOnAPassageLinkedToNothingSaysItIsNotInTheOtherVersion() throws {
        var state = summitState()
        state.press(.character("o"), .character("o"))
        XCTAssertTrue(render(state).row(19).contains("sanctions 1/2 · passage not in B"), render(state).row(19))
        guard case .copy(let clip)? = state.apply(.key(.character("Y"))).first else { return XCTFail("Y copies") }
        XCTAssertEqual(clip.text, "A, sentence 2:\nThe sanctions were discussed at length.\n\n"
                       + "Not in B: nothing there is linked to this passage (\"sanctions\" is there, elsewhere).")
        XCTAssertEqual(clip.description, "A sentence 2 (passage not in B)")
    }

    /// `Y` on a weakly linked passage says the link is weak, as `c` does: a fact-checker's
    /// pasted pair, "among the weakest quarter of links" in the reader, read as support.
    func testShiftYSaysALinkIsWeak() throws {
        var state = Fixtures.bundledState(width: 120, height: 30)
        let index = try XCTUnwrap(state.topics)
        let weakest = try XCTUnwrap(index.analysis.links.filter { $0.from.version == 0 }.min { $0.score < $1.score })
        XCTAssertTrue(index.ranks.isAmongTheWeakestQuarter(weakest.score), "the test proves nothing")
        state.press(.character(":"))
        for digit in String(weakest.from.sentence + 1) { state.press(.character(digit)) }
        state.press(.enter)
        guard case .copy(let clip)? = state.apply(.key(.character("Y"))).first else { return XCTFail("Y copies") }
        XCTAssertTrue(clip.text.contains("Linked weakly (score \(String(format: "%.2f", weakest.score)), among the weakest quarter of links)."), clip.text)
        let strongest = try XCTUnwrap(index.analysis.links.filter { $0.from.version == 0 }.max { $0.score < $1.score })
        state.press(.character(":"))
        for digit in String(strongest.from.sentence + 1) { state.press(.character(digit)) }
        state.press(.enter)
        guard case .copy(let strong)? = state.apply(.key(.character("Y"))).first else { return XCTFail("Y copies") }
        let itsLinks = index.analysis.links.filter { $0.from == strongest.from || $0.to == strongest.from }
        XCTAssertFalse(itsLinks.contains { index.ranks.isAmongTheWeakestQuarter($0.score) }, "the test proves nothing")
        XCTAssertFalse(strong.text.contains("Linked weakly"), strong.text)
    }

    /// `Y` at an occurrence, before Enter, copies the links of its topic, the passages tinted
    /// alongside: a journalist's `Y` on "troops" pasted beside the troops' counterpart a
    /// second sentence linked by "allies", as if it too were. The status line says the other
    /// topic's link was left out; after Enter every link of the sentence is copied.
    func testShiftYCopiesTheLinksOfTheCurrentTopicUntilEnter() throws {
        let a = Fixtures.document("Troops massed near the border worried the allies.\n", label: "A")
        let b = Fixtures.document("The troops at the border were discussed. The allies will be consulted.\n", label: "B")
        let documents = [a, b]
        let versions = Fixtures.versions(of: documents)
        let topics = [
            Analysis.Topic(id: "troops", label: "troops", origin: .automatic, occurrences: [
                .init(version: 0, sentence: 0, range: Fixtures.range(of: "Troops", in: a)),
                .init(version: 1, sentence: 0, range: Fixtures.range(of: "troops", in: b)),
            ]),
            Analysis.Topic(id: "allies", label: "allies", origin: .automatic, occurrences: [
                .init(version: 0, sentence: 0, range: Fixtures.range(of: "allies", in: a)),
                .init(version: 1, sentence: 1, range: Fixtures.range(of: "allies", in: b)),
            ]),
        ]
        let links = [
            Analysis.Link(from: .init(version: 0, sentence: 0), to: .init(version: 1, sentence: 0), score: 0.8, topics: ["troops"], evidence: []),
            Analysis.Link(from: .init(version: 0, sentence: 0), to: .init(version: 1, sentence: 1), score: 0.6, topics: ["allies"], evidence: []),
        ]
        var state = ReaderState(documents: documents, width: 120, height: 20, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(Analysis(versions: versions, topics: topics, links: links, isComplete: true), documents: documents),
                            progress: 1))
        state.press(.character("]"))
        XCTAssertEqual(state.topics?.analysis.topics[try XCTUnwrap(state.navigation.focusedTopic)].id, "troops")
        guard case .copy(let clip)? = state.apply(.key(.character("Y"))).first else { return XCTFail("Y copies") }
        XCTAssertEqual(clip.text, "A, sentence 1:\nTroops massed near the border worried the allies.\n\n"
                       + "B, sentence 1:\nThe troops at the border were discussed.")
        XCTAssertEqual(clip.description, "A sentence 1 with its linked passage (Enter shows 1 of other topics)")
        state.press(.enter)
        state.press(.enter)
        guard case .copy(let all)? = state.apply(.key(.character("Y"))).first else { return XCTFail("Y copies") }
        XCTAssertTrue(all.text.hasSuffix("B, sentence 1:\nThe troops at the border were discussed.\n\nB, sentence 2:\nThe allies will be consulted."), all.text)
        XCTAssertEqual(all.description, "A sentence 1 with its 2 linked passages")
    }

    func testCopyBeforeTheSentencesAreKnownSaysSo() {
        var state = Fixtures.bundledState(analysed: false)
        XCTAssertEqual(state.apply(.key(.character("y"))), [])
        XCTAssertTrue(state.notice?.text.hasPrefix("sentences are still being found") == true, state.notice?.text ?? "")
    }

    func testCopiedTextIsOneLineAndKeepsTheDocumentsCharacters() {
        let text = "Première phrase\nsur deux lignes. « Deuxième » phrase.\n"
        var state = ReaderState(documents: [Fixtures.document(text, label: "A"), Fixtures.document("Autre.", label: "B")],
                                width: 80, height: 12, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(TopicEngine().analyse(state.documents), documents: state.documents), progress: 1))
        guard case .copy(let clip) = state.apply(.key(.character("y"))).first else { return XCTFail("y copies") }
        XCTAssertEqual(clip.text, "Première phrase sur deux lignes.")
    }
}
