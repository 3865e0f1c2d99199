import ReadoutsText
import ReadoutsThemes
import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// The navigation model on the bundled readouts, with the real topic engine's analysis.
final class NavigationTests: XCTestCase {
    var analysis: Analysis { Fixtures.bundledAnalysis }

    func occurrences(_ version: Int) -> [(topic: String, occurrence: Analysis.Occurrence)] {
        analysis.occurrences(inVersion: version)
    }

    /// Enter and the gutter arrows read the index's flat link table: every link of the
    /// analysis without a heading at either end must be found from both of its sentences,
    /// strongest first, and no other.
    func testEverySentenceFindsExactlyItsLinksStrongestFirst() {
        let index = Fixtures.bundledState().topics!
        XCTAssertFalse(analysis.links.isEmpty)
        for version in analysis.versions.indices {
            for sentence in analysis.versions[version].sentences.indices {
                let found = index.links(from: version, sentence: sentence)
                let expected = analysis.links.filter {
                    ($0.from.version == version && $0.from.sentence == sentence) || ($0.to.version == version && $0.to.sentence == sentence)
                }.filter { !index.isHeading($0.from.version, sentence: $0.from.sentence) && !index.isHeading($0.to.version, sentence: $0.to.sentence) }
                XCTAssertEqual(found.map(\.link.score), found.map(\.link.score).sorted(by: >), "strongest first")
                XCTAssertEqual(Set(found.map { "\($0.link.from)-\($0.link.to)" }), Set(expected.map { "\($0.from)-\($0.to)" }))
                XCTAssertTrue(found.allSatisfy { $0.to != Analysis.SentenceRef(version: version, sentence: sentence) }, "the other end")
            }
        }
        XCTAssertTrue(index.links(from: 0, sentence: 10_000).isEmpty)
    }

    func testEnterOnTheTroopBuildUpBringsTheWhiteHouseSentenceIntoView() {
        var state = Fixtures.bundledState(width: 120, height: 12)
        let troops = analysis.topics.firstIndex { $0.id == "troops" }!
        // Step to the troop occurrence in the Kremlin pane.
        var steps = 0
        repeat {
            state.press(.character("}"))
            steps += 1
        } while state.navigation.focusedTopic != troops && steps < 100
        XCTAssertEqual(state.navigation.focusedTopic, troops)
        XCTAssertEqual(state.focus, 0)
        state.press(.enter)
        let mark = state.topics!.marks[0][state.navigation.current!.index]
        let row = state.row(of: mark.range.lowerBound, in: 0)
        let partnerRow = state.paneText(1).firstIndex { $0.contains("renforcement des forces russes") }
            ?? state.paneText(1).firstIndex { $0.contains("renforcement") }
        XCTAssertNotNil(partnerRow, "the White House sentence is on screen: \(state.paneText(1))")
        let sentence = state.topics!.sentenceRange(1, state.topics!.links(from: 0, sentence: mark.sentence).first { $0.to.version == 1 }!.to.sentence)!
        let aligned = state.row(of: sentence.lowerBound, in: 1)!
        // At the same screen row, unless the White House text cannot scroll that far down or
        // the sentence would run below the window: then higher, its end on screen.
        let ends = state.row(of: sentence.upperBound - 1, in: 1)
        XCTAssertTrue(aligned == row || (state.panes[1].top == .top && aligned < row!) || (aligned < row! && ends == state.contentHeight - 1),
                      "\(aligned) vs \(row!), ends on \(String(describing: ends))")
    }

    /// Enter brings a long linked sentence whole into view: it starts on the current
    /// sentence's row unless its end would fall below the window, then higher.
    func testEnterShowsALongLinkedSentenceWhole() throws {
        let fillerA = (1...8).map { "Alpha item \($0) concerns orchard number \($0)." }.joined(separator: "\n\n")
        let fillerB = (1...8).map { "Beta remark \($0) mentions lighthouse \($0)." }.joined(separator: "\n\n")
        let versions = [
            fillerA + "\n\nThe harbour dredging contract for the northern port went to a consortium.\n\n" + fillerA,
            fillerB + "\n\nThe harbour dredging contract for the northern port, long delayed by appeals, tenders, audits, "
                + "environmental reviews and several changes of government, finally went to a consortium of three local firms "
                + "after a public hearing that lasted two full days.\n\n" + fillerB,
        ]
        var state = Fixtures.analysedState(versions, prefix: "V", width: 70, height: 14)
        state.type(":9")
        state.press(.enter)
        state.press(.enter)
        XCTAssertTrue(state.notice?.text.contains("V2 link 1/1") == true, state.notice?.text ?? "")
        let long = try XCTUnwrap(state.sentences(of: 1)?.first { $0.range.count > 200 })
        XCTAssertNotNil(state.row(of: long.range.lowerBound, in: 1), "its first line is on screen: \(state.paneText(1))")
        XCTAssertNotNil(state.row(of: long.range.upperBound - 1, in: 1), "and its last: \(state.paneText(1))")
    }

    func testRepeatedEnterCyclesThroughLinksAndBackspaceReturns() {
        var state = Fixtures.bundledState(width: 120, height: 12)
        // A Kremlin sentence with more than one linked White House sentence, if any.
        let index = state.topics!
        guard let (position, _) = index.marks[1].enumerated().first(where: { index.links(from: 1, sentence: $0.element.sentence).count > 1 })
        else { return XCTFail("the bundled readouts have a sentence with two links") }
        let before = state.panes.map(\.anchor)
        state.go(to: .init(version: 1, index: position))
        state.press(.enter)
        XCTAssertTrue(state.notice!.text.contains("link 1/"))
        state.press(.enter)
        XCTAssertTrue(state.notice!.text.contains("link 2/"), state.notice!.text)
        state.press(.backspace, .backspace)
        XCTAssertEqual(state.panes.map(\.anchor), before, "back where we were")
    }

    func testTopicList() {
        var state = Fixtures.bundledState()
        state.press(.character("t"))
        XCTAssertNotNil(state.topicList)
        let frame = render(state)
        let text = (0..<state.height).map(frame.row).joined(separator: "\n")
        for topic in analysis.topics { XCTAssertTrue(text.contains(topic.label), topic.label) }
        state.type("minsk")
        XCTAssertEqual(state.topicList!.rows(state.topics!).count, 1)
        state.press(.enter)
        XCTAssertNil(state.topicList)
        XCTAssertEqual(analysis.topics[state.navigation.focusedTopic!].id, "minsk")
    }

    /// The topic list's rows come from the labels the index folded and ordered once: for any
    /// filter, the topics whose name holds it, case and accents aside, by their letters'
    /// places, as folding and sorting at every frame gave them.
    func testTheTopicListFiltersAsFoldingEveryNameWould() {
        let index = TopicIndex(analysis, documents: Fixtures.bundled)
        let labels = index.analysis.topics.map(\.label)
        var found = 0
        for filter in ["", "MINSK", "securite", "Sécu", "re", "ОТНОШ", "zzz"] {
            let needle = TopicListState.fold(filter)
            let names = index.analysis.topics.map { topic in
                [topic.label] + (topic.origin == .lexicon ? ShippedTopicNames.otherNames(of: topic.id, shownAs: topic.label) : [])
            }
            let expected = labels.indices.filter { topic in needle.isEmpty || names[topic].contains { TopicListState.foldLabel($0).contains(needle) } }
                .sorted { (index.letterRank[$0], $0) < (index.letterRank[$1], $1) }
            XCTAssertEqual(TopicListState(filter: filter).rows(index), expected, filter)
            found += expected.count
        }
        XCTAssertGreaterThan(found, labels.count + 3)
    }

    /// A shipped lexicon's topic is found by its names in the other languages: a student
    /// typed `nato` among French versions and read "no topic is named so".
    func testALexiconTopicIsFoundByItsNameInAnotherLanguage() throws {
        let index = TopicIndex(analysis, documents: Fixtures.bundled)
        let rows = TopicListState(filter: "nato").rows(index)
        XCTAssertEqual(rows.map { index.analysis.topics[$0].label }, ["OTAN"])
        XCTAssertEqual(TopicListState(filter: "ukraine").rows(index).map { index.analysis.topics[$0].label }, ["Ukraine"])
    }

    /// A Cyrillic name is found by its Latin spelling too, as the text search finds Путин
    /// from `putin` (a diplomat's `ukr` and `sankts` found nothing among Russian names).
    func testARussianNameIsFoundByItsLatinSpelling() {
        XCTAssertTrue(TopicListState.foldLabel("Украина").contains(TopicListState.fold("ukr")))
        XCTAssertTrue(TopicListState.foldLabel("Санкции и экономические меры").contains(TopicListState.fold("sankts")))
        XCTAssertTrue(TopicListState.foldLabel("Украина").contains(TopicListState.fold("Укр")), "the Cyrillic itself still")
        XCTAssertEqual(TopicListState.foldLabel("sécurité"), "securite", "a Latin name is only folded")
        XCTAssertFalse(TopicListState.foldLabel("Украина").contains(TopicListState.fold("usa")))
    }

    /// Three versions with long titles: every version's counts show in the topic list at 100
    /// and at 160 columns, each column named by the words that tell its version apart (a
    /// translator's trial saw the third version's counts off the window, at 100 columns only
    /// the first's, and three pane titles reading "Address on the energy…").
    func testTheTopicListShowsEveryVersionsCounts() throws {
        let titles = ["Address on the energy transition (French original)",
                      "Address on the energy transition (translation A)",
                      "Address on the energy transition (translation B)"]
        let texts = ["The tariff shield on gas prices is extended. Solar farms will double.",
                     "The gas tariff shield will be extended. Solar farms will double by 2030.",
                     "Solar farms will double. Nothing is said of the tariff shield for gas prices."]
        for width in [100, 160] {
            let documents = zip(texts, titles).map { Fixtures.document($0, label: $1) }
            var state = ReaderState(documents: documents, width: width, height: 30, theme: Fixtures.theme)
            state.apply(.topics(TopicIndex(TopicEngine().analyse(documents), documents: documents), progress: 1))
            let index = try XCTUnwrap(state.topics)
            let topic = try XCTUnwrap(index.analysis.topics.indices.first { t in index.occurrenceCount(of: t, in: 2) > 0 })
            state.press(.character("t"))
            let frame = render(state)
            let rows = (0..<state.height).map(frame.row)
            let header = try XCTUnwrap(rows.first { $0.contains("filter:") })
            for end in ["French original", "translation A", "translation B"] {
                XCTAssertTrue(header.contains(end), "each version's column is named by what tells it apart at \(width): \(header)")
            }
            let row = try XCTUnwrap(rows.first { $0.contains(index.analysis.topics[topic].label) }, rows.joined(separator: "\n"))
            let counts = row.split(separator: " ").filter { Int($0) != nil || $0 == "–" }
            XCTAssertEqual(counts.count, 3, "a count per version at \(width): \(row)")
            XCTAssertEqual(counts.last.flatMap { Int($0) }, index.occurrenceCount(of: topic, in: 2), row)
            // The pane titles, too narrow for the whole labels, tell the versions apart.
            if width == 100 {
                XCTAssertTrue(rows[0].contains("translation A") && rows[0].contains("translation B"), rows[0])
            }
        }
    }

    /// A reader of three versions, analysed by the lexical engine (its analysis changed by
    /// `edit` first), its index made.
    private func threeVersions(_ texts: [String], labels: [String],
                               edit: (inout Analysis) -> Void = { _ in }) throws -> (ReaderState, TopicIndex) {
        let documents = texts.enumerated().map { Fixtures.document($1, label: labels[$0]) }
        var state = ReaderState(documents: documents, width: 160, height: 30, theme: Fixtures.theme)
        var analysis = TopicEngine().analyse(documents)
        edit(&analysis)
        state.apply(.topics(TopicIndex(analysis, documents: documents), progress: 1))
        return (state, try XCTUnwrap(state.topics))
    }

    /// With three versions, what one leaves out is a topic the two others share: `o` finds
    /// it, and the status line names the version that lacks it (a translator's trial found
    /// only the one translation's additions).
    func testWithThreeVersionsOFindsWhatOneLeavesOut() throws {
        var (state, index) = try threeVersions(["The tariff shield on gas prices is extended. Thousands of jobs depend on the dam.",
                                                "The gas tariff shield will be extended. Thousands of jobs depend on the dam.",
                                                "The tariff shield for gas prices is extended. A national energy week is added."],
                                               labels: ["FR", "A", "B"])
        let jobs = try XCTUnwrap(index.analysis.topics.indices.first { index.missingFrom[$0] == [2] }, "a topic B lacks")
        var seen: [String] = []
        for _ in 0..<index.oneSided.count {
            state.press(.character("o"))
            XCTAssertTrue(state.notice?.text.hasPrefix("one-sided passage ") == true, state.notice?.text ?? "")
            XCTAssertTrue(state.focusedTopicSummary()?.full.hasSuffix(" not in B") == true, "which version: \(state.focusedTopicSummary()?.full ?? "")")
            if state.navigation.focusedTopic == jobs { seen.append(state.focusedTopicSummary()?.full ?? "") }
        }
        XCTAssertFalse(seen.isEmpty, "o lands on the topic B lacks")
        XCTAssertTrue(seen.allSatisfy { $0.hasSuffix("· not in B") }, "\(seen)")
    }

    /// With three versions, a passage one of them leaves out whose topic it still has
    /// elsewhere is "not in" it too, passage by passage (a translator's French left out
    /// "…review the flood defence plan…", under a topic all three shared: nothing said so).
    func testWithThreeVersionsAPassageOneLeavesOutIsSaid() throws {
        let texts = ["The leaders discussed new sanctions against the regime. They agreed that the sanctions would be reviewed by the ministers in June. The talks lasted two hours.",
                     "The leaders discussed new sanctions against the regime. The talks lasted two hours.",
                     "The leaders discussed new sanctions against the regime. They agreed that the sanctions would be reviewed by the ministers in June. The talks lasted two hours."]
        // The sanctions are in all three; the review sentence is linked to RU's alone (as the
        // encoder links a translation's sentence to its counterpart, not to every sentence
        // that shares a topic with it).
        var (state, index) = try threeVersions(texts, labels: ["EN", "FR", "RU"]) { analysis in
            analysis.links.removeAll { link in
                [(link.from, link.to), (link.to, link.from)].contains { $0.0.version == 0 && $0.0.sentence == 1 && $0.1.version == 1 }
            }
        }
        XCTAssertTrue(index.analysis.links.contains { $0.from.version == 0 && $0.from.sentence == 1 && $0.to.version == 2 }, "linked to RU")
        XCTAssertTrue(index.analysis.topics.indices.allSatisfy { index.missingFrom[$0].isEmpty }, "every topic is in all three")
        let review = try XCTUnwrap(index.marks[0].indices.first { index.marks[0][$0].sentence == 1 }
                                   .map { NavigationState.MarkRef(version: 0, index: $0) }, "the review sentence has a topic")
        XCTAssertEqual(index.passageMissing(review), [1], "linked to RU, not to FR")
        XCTAssertTrue(index.oneSided.contains { $0.version == 0 && index.marks[0][$0.index].sentence == 1 }, "o stops there")
        var statuses: [String] = []
        for _ in 0..<index.oneSided.count {
            state.press(.character("o"))
            if let current = state.navigation.current, current.version == 0, index.marks[0][current.index].sentence == 1 {
                statuses.append(render(state).row(29))
            }
        }
        XCTAssertTrue(statuses.contains { $0.contains("not in FR") }, "\(statuses)")
        XCTAssertTrue(index.passageMissing(NavigationState.MarkRef(version: 0, index: 0)).isEmpty, "the first sentence is in all three")
    }

    /// While linking goes on, a topic keeps its letter from one partial analysis to the next,
    /// as it keeps its colour, though new topics sort in before it.
    func testLettersStayPutAsTopicsArrive() {
        let whole = Fixtures.bundledAnalysis
        var partial = whole
        partial.topics = Array(whole.topics.suffix(6))
        let first = TopicIndex(partial, documents: Fixtures.bundled)
        let next = TopicIndex(whole, documents: Fixtures.bundled, slots: first.slots, letters: first.letters)
        for (offset, topic) in partial.topics.enumerated() {
            let later = whole.topics.firstIndex { $0.id == topic.id }!
            XCTAssertEqual(next.symbol(of: later), first.symbol(of: offset), topic.label)
        }
        XCTAssertEqual(Set(whole.topics.indices.map { next.symbol(of: $0) }).count, whole.topics.count, "still one letter each")
    }

    /// Where the window has room, the list's title shows every key hint (it was cut to the
    /// columns' width: "Esc closes …").
    func testTheTopicListTitleShowsEveryHintWhereThereIsRoom() throws {
        var state = Fixtures.bundledState(width: 160, height: 45)
        state.press(.character("t"))
        let title = try XCTUnwrap((0..<state.height).map(render(state).row).first { $0.contains("Topics — ") })
        XCTAssertTrue(title.contains("Ctrl-N") && !title.contains("…"), title)
    }

    /// A long filter shows its end and leaves the column heads whole.
    func testALongFilterLeavesTheColumnHeadsWhole() throws {
        var state = Fixtures.bundledState(width: 160, height: 45)
        state.press(.character("t"))
        state.type("a very long filter that matches nothing at all")
        let header = try XCTUnwrap((0..<state.height).map(render(state).row).first { $0.contains("filter:") })
        XCTAssertTrue(header.contains("Kremlin") && header.contains("Maison Blanche"), header)
        XCTAssertTrue(header.contains("filter: …") && header.contains("nothing at all"), header)
    }

    /// Ctrl-U clears the filter, as in the search prompt (an analyst typed on: "seaBlack"),
    /// and a filter that names no topic says where the text is searched.
    func testCtrlUClearsTheTopicListFilter() throws {
        var state = Fixtures.bundledState(width: 160, height: 45)
        state.press(.character("t"))
        state.type("tariff")
        XCTAssertTrue((0..<state.height).map(render(state).row).contains { $0.contains("no topic is named so (/ searches the text)") })
        state.press(.control("u"))
        guard case .topicList(let list)? = state.layers.last else { return XCTFail("the list stays open") }
        XCTAssertEqual(list.filter, "")
    }

    /// Past the theme's colours, topics share colours but never a letter: the same letter
    /// beside two subjects looked like a link (a new user's trial, 20 topics, I, J and K twice).
    func testEveryTopicHasALetterOfItsOwn() {
        let words = (0..<30).map { "subject\($0)" }
        // Each a page apart (`TopicColouring.pageSize`): far enough to share a colour slot.
        let filler = String(repeating: "and so on ", count: 500)
        let text = words.map { "The leaders discussed \($0) at length \(filler)." }.joined(separator: " ")
        let document = Fixtures.document(text, label: "A")
        let sentences = SentenceSplitter.sentences(of: document, language: .english)
        let scalars = Array(text.unicodeScalars)
        let topics = words.enumerated().map { number, word -> Analysis.Topic in
            let target = Array(word.unicodeScalars) + [" "]
            let start = (0...(scalars.count - target.count)).first { Array(scalars[$0..<$0 + target.count]) == target }!
            return Analysis.Topic(id: word, label: word, origin: .automatic,
                                  occurrences: [.init(version: 0, sentence: number, range: start..<start + word.unicodeScalars.count)])
        }
        let analysis = Analysis(versions: [.init(id: "a", label: "A", language: .english, sentences: sentences)], topics: topics, links: [],
                                isComplete: true)
        let index = TopicIndex(analysis, documents: [document], colours: 8)
        XCTAssertLessThan(Set(topics.indices.map { index.slot(of: $0) % 8 }).count, 30, "colours repeat")
        XCTAssertEqual(Set(topics.indices.map { index.symbol(of: $0) }).count, 30, "letters do not")
    }

    /// The letter seen in the gutter, typed in the topic list, then Enter, goes to its topic,
    /// even where the letter is in other topics' names too.
    func testTheTopicListTakesAGutterLetter() throws {
        var state = Fixtures.bundledState()
        let index = try XCTUnwrap(state.topics)
        // A topic whose letter, read as a filter of names, would put another topic first.
        let topic = try XCTUnwrap(index.analysis.topics.indices.first { topic in
            let letter = index.symbol(of: topic)
            let named = index.analysis.topics.indices.filter { other in
                TopicListState.fold(index.analysis.topics[other].label).contains(TopicListState.fold(String(letter)))
            }.min { index.slot(of: $0) < index.slot(of: $1) }
            return letter.isLetter && named != nil && named != topic
        })
        state.press(.character("t"))
        state.type(String(index.symbol(of: topic)))
        XCTAssertEqual(state.topicList?.rows(index).first, topic)
        XCTAssertGreaterThan(state.topicList?.rows(index).count ?? 0, 1, "the names holding the letter follow")
        state.press(.enter)
        XCTAssertEqual(state.navigation.focusedTopic, topic)
    }

    /// `o` stops at the passages of a topic one version alone has ("only in Kremlin"), and at
    /// a passage of a shared topic linked to nothing in the other version ("passage not in
    /// Maison Blanche": an NGO researcher's "twenty servicemen in need of urgent care" was no
    /// stop, though nothing was linked to it).
    func testOneSidedStepsThroughTopicsOnlyOneVersionHasAndPassagesLinkedToNothing() throws {
        var state = Fixtures.bundledState()
        let index = try XCTUnwrap(state.topics)
        var seen = Set<String>()
        var wraps = 0
        var unlinked = 0
        var unheld = 0
        for _ in 0..<20 {
            state.press(.character("o"))
            if state.notice?.text.hasSuffix("; wrapped to the first") == true { wraps += 1 }
            let status = render(state).row(state.height - 1)
            guard let focused = state.navigation.focusedTopic else {
                // A sentence no topic holds (`testOStopsAtSentencesLinkedToNothingAsTheBriefListsThem`).
                unheld += 1
                continue
            }
            let topic = analysis.topics[focused]
            XCTAssertTrue(state.notice!.text.hasPrefix("one-sided passage "), state.notice!.text)
            XCTAssertTrue(status.contains(topic.label), status)
            if topic.isOneSided {
                // The status line says "only in …" once, beside the topic's name, not again in the notice.
                XCTAssertEqual(status.components(separatedBy: "only in ").count - 1, 1, status)
                seen.insert(topic.id)
            } else {
                let current = try XCTUnwrap(state.navigation.current)
                let sentence = index.marks[current.version][current.index].sentence
                XCTAssertEqual(index.links(from: current.version, sentence: sentence).count, 0, "linked to nothing: \(status)")
                XCTAssertTrue(status.contains("passage not in \(state.names[1 - current.version])"), status)
                unlinked += 1
            }
        }
        // NATO's expansion and the guarantees against it are one sentence of the Kremlin's: its
        // stop names the guarantees.
        XCTAssertTrue(seen.isSuperset(of: ["minsk", "security-guarantees", "diplomatic-missions", "geneva", "ww2"]), "\(seen)")
        XCTAssertGreaterThan(unlinked, 0, "the lexical linker leaves passages of shared topics unlinked in the bundled readouts")
        XCTAssertGreaterThan(unheld, 0)
        XCTAssertEqual(wraps, (20 - 1) / index.oneSidedStops.count, "coming round says so, as ] and } do")
    }

    /// `o` goes on after the current passage only where it is in the focused pane: with the
    /// focus in the second of three panes, a Berlin correspondent's `g` then `o` went on from
    /// the third pane's last stop, still on screen, "wrapped to the first", past every stop of
    /// the pane just gone to the top of (the README: "else from the top of the focused pane").
    func testOAfterGStartsFromTheTopOfTheFocusedPane() throws {
        var state = Fixtures.analysedState(["The leaders discussed the sanctions. They spoke of the Geneva summit.",
                                            "The leaders discussed the sanctions. They spoke of NATO enlargement.",
                                            "The leaders discussed the sanctions. They spoke of the Minsk agreements."],
                                           prefix: "V", width: 120, height: 20, engine: TopicEngine(lexicons: [.international]))
        let stops = try XCTUnwrap(state.topics).oneSidedStops
        XCTAssertEqual(Set(stops.map(\.version)), [0, 1, 2], "a stop in every version")
        for _ in stops.indices { state.press(.character("o")) }
        XCTAssertEqual(state.navigation.current?.version, 2, "at the last stop, in the third pane")
        state.press(.tab, .tab)
        XCTAssertEqual(state.focus, 1)
        state.press(.character("g"))
        state.press(.character("o"))
        let first = try XCTUnwrap(stops.firstIndex { $0.version == 1 })
        XCTAssertEqual(state.navigation.current?.version, 1)
        XCTAssertEqual(state.notice?.text, "one-sided passage \(first + 1)/\(stops.count)")
        XCTAssertTrue(render(state).row(19).contains("· only in V2"), render(state).row(19))
    }

    /// `g` then `o` starts from the top of the focused pane even where the focus, moving there,
    /// carried a passage of it along: a journalist's `g` `o` in the Kremlin's pane said
    /// "one-sided passage 4/14", past the pane's first three stops.
    func testGThenOStartsFromTheTopAfterTheFocusCarriedAPassage() throws {
        var state = Fixtures.bundledState(width: 160, height: 45)
        let stops = try XCTUnwrap(state.topics).oneSidedStops
        state.press(.tab)
        state.press(.character("g"))
        state.press(.character("o"))
        let firstOfSecond = try XCTUnwrap(stops.firstIndex { $0.version == 1 })
        XCTAssertTrue(state.notice?.text.contains("\(firstOfSecond + 1)/\(stops.count)") ?? false, state.notice?.text ?? "")
        state.press(.tab)
        XCTAssertEqual(state.focus, 0)
        state.press(.character("g"))
        state.press(.character("o"))
        XCTAssertTrue(state.notice?.text.contains(" 1/\(stops.count)") ?? false, state.notice?.text ?? "")
    }

    /// `o` stops at the sentences the brief lists under "Linked to nothing" (no topic holds
    /// them, nothing is linked to them, four words or more, no heading), and at no other
    /// sentence without a topic: the White House's "Il a également appelé à « un retour à la
    /// diplomatie »" was in the brief and no `o` stop. The notice says what kind of stop it is
    /// (no topic's segment speaks for it), the sentence is drawn on the current passage's tint,
    /// `y` copies it, and the topic focused before is not named beside it.
    func testOStopsAtSentencesLinkedToNothingAsTheBriefListsThem() throws {
        var state = Fixtures.bundledState(width: 120, height: 40)
        let index = try XCTUnwrap(state.topics)
        // The brief's list, less the sentences about the reports themselves ("TASS a rassemblé
        // les principaux points…", "…a cependant publié un bref communiqué…"), which a student
        // took for what the White House said alone: no stops.
        let (expected, reports, _) = Fixtures.bundledAnalysis.sentencesLinkedToNothingByKind(documents: state.documents)
        XCTAssertEqual(reports.joined().count, 3, "TASS's three sentences about the readouts")
        XCTAssertEqual(zip(expected, reports).map { Set($0).union($1) },
                       Fixtures.bundledAnalysis.sentencesLinkedToNothing(documents: state.documents).map(Set.init), "a split of the brief's list")
        XCTAssertEqual(index.linkedToNothing, expected)
        XCTAssertEqual(expected.joined().count, 1, "the White House's « un retour à la diplomatie »")
        let stops = index.oneSidedStops
        XCTAssertEqual(stops.count, index.oneSided.count + expected.joined().count)
        var visited: [[Int]] = []
        for _ in stops.indices {
            state.press(.character("o"))
            guard state.navigation.current == nil else { continue }
            let (version, sentence) = try XCTUnwrap(state.currentSentence())
            visited.append([version, sentence])
            XCTAssertNil(state.navigation.focusedTopic)
            let other = state.names[1 - version]
            // The count as at every stop; beside it, what kind of stop it is.
            XCTAssertTrue(state.notice?.text.hasPrefix("one-sided passage ") == true, state.notice?.text ?? "")
            let status = render(state).row(state.height - 1)
            XCTAssertTrue(status.contains("sentence \(sentence + 1) · in no topic, linked to nothing in \(other)") && !status.contains("only in"), status)
            let range = try XCTUnwrap(index.sentenceRange(version, sentence))
            XCTAssertEqual(state.tints(in: version).map(\.range), [range])
            XCTAssertEqual(state.tints(in: version).map(\.scope), ["topic.current"])
            guard case .copy(let clip)? = state.apply(.key(.character("y"))).first else { return XCTFail("y copies") }
            XCTAssertEqual(clip.text, state.quote(version, range))
            // Enter has no link to show, and says so rather than send the reader on with `]`.
            state.press(.enter)
            XCTAssertEqual(state.notice?.text, "sentence \(sentence + 1) carries no topic, and nothing in \(other) is linked to it")
            XCTAssertNil(state.navigation.current)
        }
        XCTAssertEqual(visited, expected.enumerated().flatMap { version, list in list.map { [version, $0] } })
    }

    /// The sentence `o` stopped at that no topic holds stays on the current passage's tint
    /// while the reader is there (`zz` too), and the stop, left set when the reader moves on,
    /// tints nothing once the reading point is elsewhere: `:N` at another sentence no topic
    /// holds tints that one alone, `]` only its own occurrence's sentence.
    func testAnUnheldStopLeftBehindTintsNothing() throws {
        var state = Fixtures.bundledState(width: 120, height: 40)
        let index = try XCTUnwrap(state.topics)
        for _ in index.oneSidedStops.indices where state.navigation.current != nil || state.reading.point == nil {
            state.press(.character("o"))
        }
        let (version, sentence) = try XCTUnwrap(state.currentSentence())
        let range = try XCTUnwrap(index.sentenceRange(version, sentence))
        XCTAssertNil(state.navigation.current)
        state.press(.character("z"), .character("z"))
        XCTAssertEqual(state.tints(in: version).map(\.range), [range], "zz: still where the reader is")
        let other = try XCTUnwrap(index.analysis.versions[version].sentences.indices.first { other in
            other != sentence && !index.marks[version].contains { $0.sentence == other }
        })
        state.type(":\(other + 1)")
        state.press(.enter)
        XCTAssertEqual(state.currentSentence()?.sentence, other)
        XCTAssertNil(state.navigation.current)
        let gone = try XCTUnwrap(index.sentenceRange(version, other))
        XCTAssertEqual(state.documents.indices.flatMap { state.tints(in: $0) }.map(\.range), [gone], "the sentence gone to, not the stop")
        state.press(.character("]"))
        let current = try XCTUnwrap(state.navigation.current)
        let held = try XCTUnwrap(index.sentenceRange(current.version, index.marks[current.version][current.index].sentence))
        XCTAssertEqual(state.tints(in: current.version).map(\.range), [held])
        XCTAssertFalse(state.documents.indices.flatMap { state.tints(in: $0) }.contains { $0.range == range })
    }

    /// Of the sentences no topic holds and nothing is linked to, `o` leaves out those the brief
    /// leaves out: a heading, and a line of fewer than four words ("Thank you."), noise to a
    /// reader stepping through what the other side left out.
    func testOLeavesOutHeadingsAndLinesOfFewerThanFourWords() throws {
        let a = Fixtures.document("# Talks\n\nThe leaders discussed the sanctions. Thank you. He also called for a return to diplomacy.\n", label: "A")
        let b = Fixtures.document("The leaders discussed the sanctions.\n", label: "B")
        let documents = [a, b]
        let versions = Fixtures.versions(of: documents)
        XCTAssertEqual(versions[0].sentences.count, 4)
        let topic = Analysis.Topic(id: "sanctions", label: "sanctions", origin: .automatic, occurrences: [
            .init(version: 0, sentence: 1, range: Fixtures.range(of: "sanctions", in: a)),
            .init(version: 1, sentence: 0, range: Fixtures.range(of: "sanctions", in: b)),
        ])
        let link = Analysis.Link(from: .init(version: 0, sentence: 1), to: .init(version: 1, sentence: 0), score: 0.9,
                                 topics: ["sanctions"], evidence: [])
        var state = ReaderState(documents: documents, width: 120, height: 20, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(Analysis(versions: versions, topics: [topic], links: [link], isComplete: true), documents: documents),
                            progress: 1))
        XCTAssertEqual(state.topics?.linkedToNothing, [[3], []], "not the heading, not «Thank you.»")
        state.press(.character("o"))
        XCTAssertEqual(state.notice?.text, "one-sided passage 1/1, the only one")
        XCTAssertTrue(render(state).row(19).contains("sentence 4 · in no topic, linked to nothing in B"), render(state).row(19))
        XCTAssertEqual(state.currentSentence()?.sentence, 3)
    }

    /// While the engine still links, a sentence linked to nothing yet may be soon: no stop.
    func testSentencesLinkedToNothingAreNoStopWhileLinking() {
        var partial = Fixtures.bundledAnalysis
        partial.isComplete = false
        let index = TopicIndex(partial, documents: Fixtures.bundled)
        XCTAssertTrue(index.linkedToNothing.allSatisfy(\.isEmpty))
        XCTAssertEqual(index.oneSidedStops.count, index.oneSided.count)
        XCTAssertTrue(index.oneSidedStops.allSatisfy { $0.mark != nil })
    }

    /// `o` finds its place among the stops by binary search: the stops are in order of
    /// version and start, and from every sentence's start, and every occurrence's, the stop
    /// found is the one a walk through them finds (as `o` walked them before); `Y`'s "linked
    /// to nothing" is the list's answer for every sentence.
    func testOneSidedStopsAreFoundAsAWalkThroughThemFindsThem() {
        for complete in [true, false] {
            var analysis = Fixtures.bundledAnalysis
            analysis.isComplete = complete
            let index = TopicIndex(analysis, documents: Fixtures.bundled)
            let stops = index.oneSidedStops
            let keys = stops.map { [$0.version, index.start(of: $0)] }
            XCTAssertGreaterThan(stops.count, 5)
            XCTAssertTrue(zip(keys, keys.dropFirst()).allSatisfy { $0.lexicographicallyPrecedes($1) }, "in order")
            for version in Fixtures.bundled.indices {
                let places = analysis.versions[version].sentences.map(\.range.lowerBound) + index.marks[version].map(\.range.lowerBound)
                for offset in places + [0, Int.max] {
                    XCTAssertEqual(index.firstOneSidedStop(after: offset, in: version),
                                   stops.firstIndex { ($0.version, index.start(of: $0)) > (version, offset) }, "after \(offset)")
                    XCTAssertEqual(index.firstOneSidedStop(after: offset, in: version, orAt: true),
                                   stops.firstIndex { ($0.version, index.start(of: $0)) >= (version, offset) }, "at \(offset)")
                }
                for sentence in -1...analysis.versions[version].sentences.count {
                    XCTAssertEqual(index.isLinkedToNothing(version, sentence: sentence), index.linkedToNothing[version].contains(sentence))
                }
            }
        }
    }

    /// Enter after a search acts on the match's sentence when no current passage is on
    /// screen (a new user's "/fent Enter Enter" said "no current topic").
    func testEnterAfterASearchFollowsTheMatchsSentence() throws {
        var state = Fixtures.bundledState(width: 120, height: 40)
        state.type("/Minsk")
        state.press(.enter)
        let hit = try XCTUnwrap(state.search.current)
        state.press(.enter)
        XCTAssertTrue(state.navigation.showsPartners || state.notice?.text.contains("linked") == true, state.notice?.text ?? "")
        let index = try XCTUnwrap(state.topics)
        let current = try XCTUnwrap(state.navigation.current)
        XCTAssertEqual(index.marks[current.version][current.index].sentence, index.sentence(in: hit.version, at: hit.range.lowerBound))
    }

    /// Stepping through topics with `}` at 80 columns, each one-sided topic keeps its name on
    /// the status line (the pane's name, which the pane's title shows, gives way first): two
    /// new users read "E 1/2 · only in White House" and could not tell which topic it was.
    func testTopicsKeepTheirNamesAt80Columns() {
        var state = Fixtures.bundledState(width: 80, height: 24)
        let index = state.topics!
        var oneSided = 0
        for _ in index.analysis.topics.indices {
            state.press(.character("}"))
            guard let topic = state.navigation.focusedTopic, index.isOneSided[topic] else { continue }
            oneSided += 1
            let status = render(state).row(23)
            let label = index.analysis.topics[topic].label
            XCTAssertTrue(status.contains(String(label.prefix(12))), "«\(label)» not on \(status)")
        }
        XCTAssertGreaterThan(oneSided, 0, "the bundled readouts have one-sided topics")
    }

    /// "only in …" is what `o` is for: in a narrow window it stays beside the topic's name,
    /// before the hints give way (the count, "one-sided passage 1/9" at every stop, is shown
    /// above the line where there is no room for it beside them).
    func testOnlyInStaysInANarrowStatusLine() throws {
        for width in [70, 80, 90] {
            var state = Fixtures.bundledState(width: width, height: 30)
            repeat { state.press(.character("o")) } while !state.topics!.isOneSided[state.navigation.focusedTopic!]
            let status = render(state).row(state.height - 1)
            let topic = try XCTUnwrap(state.navigation.focusedTopic)
            XCTAssertTrue(status.contains("only in Kremlin"), "\(width): \(status)")
            XCTAssertTrue(status.contains(state.topics!.analysis.topics[topic].label), "\(width): \(status)")
            let screen = render(state).lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            // From 80 columns the count is on the status line itself; narrower, whole above it.
            if width >= 80 {
                XCTAssertTrue(status.contains(state.notice!.text), "\(width): \(status)")
            } else {
                XCTAssertTrue(status.contains(state.notice!.text) || screen.contains(state.notice!.text), "\(width): \(status)")
            }
            // A notice too long for the line beside them is shown whole above it (after `o`
            // then `Y`, "copied…" was left out at 80 columns, then cut).
            state.notice = Notice("copied Kremlin sentence 6 (nothing is linked to it) to /home/reader/.local/state/readouts/copied.txt")
            let rows = render(state).lines
            XCTAssertTrue(rows[state.height - 1].contains("only in Kremlin"), "\(width): \(rows[state.height - 1])")
            let above = rows[(state.height - 3)...(state.height - 2)].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            XCTAssertEqual(above, state.notice?.text, "\(width)")
        }
    }

    /// `o` steps from passage to passage: a sentence where several words of one-sided topics
    /// occur ("OTAN … garanties") is one stop, and the count counts sentences.
    /// The only one-sided passage: `o` again says it is the only one, not "1/1" twice.
    func testOneSidedSaysWhenItIsTheOnlyOne() throws {
        var state = Fixtures.analysedState(["The ministers discussed the war in Ukraine. They also discussed the Arctic and its shipping routes.",
                                            "The war in Ukraine was discussed."], prefix: "V", width: 100, height: 20)
        XCTAssertEqual(state.topics?.oneSided.count, 1, "\(state.topics!.analysis.topics.map(\.label))")
        for _ in 0..<2 {
            state.press(.character("o"))
            XCTAssertEqual(state.notice?.text, "one-sided passage 1/1, the only one")
        }
    }

    /// `O` steps back through `o`'s stops, as `N` through `n`'s (a less user's `O` did
    /// nothing): from a stop to the one before, and from the top round to the last.
    func testCapitalOStepsBackThroughTheOneSidedPassages() throws {
        var state = Fixtures.bundledState(width: 120, height: 40)
        let count = try XCTUnwrap(state.topics?.oneSidedStops.count)
        XCTAssertGreaterThan(count, 3)
        for _ in 0..<3 { state.press(.character("o")) }
        XCTAssertEqual(state.notice?.text, "one-sided passage 3/\(count)")
        state.press(.character("O"))
        XCTAssertEqual(state.notice?.text, "one-sided passage 2/\(count)")
        state.press(.character("O"))
        XCTAssertEqual(state.notice?.text, "one-sided passage 1/\(count)")
        state.press(.character("O"))
        XCTAssertEqual(state.notice?.text, "one-sided passage \(count)/\(count); wrapped to the last")
        state.press(.character("o"))
        XCTAssertEqual(state.notice?.text, "one-sided passage 1/\(count); wrapped to the first")
    }

    func testOneSidedStopsOncePerSentence() throws {
        var state = Fixtures.bundledState()
        let index = try XCTUnwrap(state.topics)
        var sentences = Set<[Int]>()
        for (version, marks) in index.marks.enumerated() {
            for mark in marks where !index.isHeading(version, sentence: mark.sentence)
                && (index.isOneSided[mark.topic] || index.links(from: version, sentence: mark.sentence).isEmpty) {
                sentences.insert([version, mark.sentence])
            }
        }
        XCTAssertLessThan(sentences.count, index.marks.enumerated().reduce(0) { total, entry in
            total + entry.element.filter { index.isOneSided[$0.topic] && !index.isHeading(entry.offset, sentence: $0.sentence) }.count
        }, "some sentence holds several one-sided words")
        // And the sentences no topic holds that are linked to nothing, once each too.
        for (version, list) in index.linkedToNothing.enumerated() {
            for sentence in list { sentences.insert([version, sentence]) }
        }
        var visited: [[Int]] = []
        for _ in sentences.indices {
            state.press(.character("o"))
            let (version, sentence) = try XCTUnwrap(state.currentSentence())
            visited.append([version, sentence])
            XCTAssertTrue(state.notice?.text.contains("/\(sentences.count)") == true, state.notice?.text ?? "")
        }
        XCTAssertEqual(Set(visited), sentences, "every passage once")
        XCTAssertEqual(visited.count, Set(visited).count, "no sentence twice in a round")
    }

    /// `o` goes on from the current passage while it is in view, and from where the reader
    /// scrolled to once it is not: after `g`, the first one-sided passage of the pane, not the
    /// one after a passage left far below.
    func testOneSidedStartsFromTheViewOnceTheCurrentPassageIsOutOfIt() throws {
        var state = Fixtures.bundledState()
        let stops = state.topics!.oneSidedStops
        let all = stops.filter { $0.version == 0 }
        XCTAssertGreaterThan(all.count, 3)
        /// The sentence the reader is at after `o`: the current occurrence's, or the reading point's.
        func here() throws -> [Int] {
            let (version, sentence) = try XCTUnwrap(state.currentSentence())
            return [version, sentence]
        }
        for stop in all {
            state.press(.character("o"))
            XCTAssertEqual(try here(), [0, stop.sentence], "in view: each the next one")
        }
        XCTAssertFalse(state.notice?.text.contains("wrapped") == true)
        let last = try XCTUnwrap(state.topics!.sentenceRange(0, all.last!.sentence))
        state.press(.character("g"))
        XCTAssertEqual(state.panes[0].anchor, 0)
        XCTAssertNil(state.row(of: last.lowerBound, in: 0), "the Kremlin's last one-sided passage is below the first screen")
        state.press(.character("o"))
        XCTAssertEqual(try here(), [0, all[0].sentence], "out of view: from the top")
        XCTAssertEqual(state.notice?.text, "one-sided passage 1/\(stops.count)")
    }

    func testFollowModeAlignsTheOtherPaneWhenScrolling() {
        var state = Fixtures.bundledState(width: 120, height: 10)
        XCTAssertTrue(state.navigation.follows, "on by default with two panes")
        var moved = false
        for _ in 0..<40 {
            state.press(.character("j"))
            if state.panes[1].top != .top { moved = true; break }
        }
        XCTAssertTrue(moved, "scrolling the Kremlin pane moved the White House pane to a linked passage")
        state.press(.character("F"))
        XCTAssertFalse(state.navigation.follows)
        let right = state.panes[1].anchor
        for _ in 0..<10 { state.press(.character("j")) }
        XCTAssertEqual(state.panes[1].anchor, right, "with follow off the other pane stays put")
    }

    /// A search that moves the focused pane to a match brings the other pane to what is
    /// linked to the match's sentence, as `]` does (it stayed put until the next `j`).
    func testFollowModeAlignsTheOtherPaneOnASearch() throws {
        let start = Fixtures.bundledState(width: 120, height: 10)
        let index = try XCTUnwrap(start.topics)
        let whole = start.documents[0].string(0..<start.documents[0].scalars.count)
        // A Kremlin sentence below the first screen whose linked passage is too, found by its
        // opening words.
        let (pattern, partner) = try XCTUnwrap((0..<start.sentences(of: 0)!.count).lazy.compactMap { sentence -> (String, Range<Int>)? in
            let range = start.sentences(of: 0)![sentence].range
            guard start.row(of: range.lowerBound, in: 0) == nil,
                  let link = index.links(from: 0, sentence: sentence).first(where: { $0.to.version == 1 }),
                  let partner = index.sentenceRange(1, link.to.sentence), start.row(of: partner.lowerBound, in: 1) == nil else { return nil }
            let pattern = String(start.quote(0, range).prefix(30))
            return whole.components(separatedBy: pattern).count == 2 ? (pattern, partner) : nil
        }.first)
        var state = start
        state.type("/" + pattern)
        state.press(.enter)
        XCTAssertNotNil(state.search.current)
        XCTAssertNotNil(state.row(of: partner.lowerBound, in: 1), "the linked passage came alongside the match")

        var still = start
        still.press(.character("F"))
        still.type("/" + pattern)
        still.press(.enter)
        XCTAssertEqual(still.panes[1].anchor, start.panes[1].anchor, "with follow off the other pane stays put")
    }

    /// The compare view aligns the troop build-up sentences as the engine links them: the
    /// same topic though worded differently ("troupes" / "renforcement des forces",
    /// "sanctions" / "mesures économiques"), the same stem, and what only one side says;
    /// and it says why the two are linked.
    func testCompareViewAlignsByTopicAndStemAndSaysWhy() throws {
        var state = Fixtures.bundledState()
        let troops = analysis.topics.firstIndex { $0.id == "troops" }!
        state.goToTopic(troops)
        state.press(.character("c"))
        let view = state.compareView!
        XCTAssertEqual(view.sides.map(\.label), ["Kremlin", "Maison Blanche"])
        func words(_ side: Int, _ ranges: [Range<Int>]) -> [String] {
            let scalars = Array(view.sides[side].text.unicodeScalars)
            return ranges.map { String(String.UnicodeScalarView(scalars[$0])) }
        }
        func match(_ reason: WordAlignment.Reason) -> WordAlignment.Match? { view.alignment.matches.first { $0.reason == reason } }
        XCTAssertEqual(words(0, match(.topic("troops"))!.left), ["troupes"])
        XCTAssertEqual(words(1, match(.topic("troops"))!.right), ["renforcement des forces russes"])
        XCTAssertTrue(words(1, match(.topic("sanctions"))!.right).contains("mesures économiques"))
        XCTAssertTrue(words(0, match(.topic("sanctions"))!.left).contains { $0.hasPrefix("sanctions") })
        let stems = view.alignment.matches.filter { $0.reason == .stem }
        XCTAssertTrue(stems.contains { words(0, $0.left).contains("frontière") && words(1, $0.right).contains("frontière") })
        XCTAssertTrue(stems.contains { words(0, $0.left).contains("russes") }, "the same word beside a topic's span still matches")
        XCTAssertTrue(words(0, view.alignment.onlyLeft).contains("menaçants"))
        XCTAssertTrue(words(1, view.alignment.onlyRight).contains("inquiétudes"))
        XCTAssertFalse(words(1, view.alignment.onlyRight).contains("forces"), "forces is the troops topic, not only here")
        // The link's own topics first, then those both sentences name besides (`addTopicsBothEndsName`).
        XCTAssertTrue(view.reason.hasPrefix("linked by troupes et renforcement militaire, sanctions et mesures économiques, Ukraine"),
                      view.reason)
        XCTAssertTrue(view.reason.contains(" · score 0."), view.reason)
        // Where the score stands among the analysis' links, in words (an analyst could not tell
        // 0.24 from 1.21).
        let index = try XCTUnwrap(state.topics)
        let scores = index.analysis.links.map(\.score).sorted()
        XCTAssertEqual(index.strength(of: scores[0]), "among the weakest quarter of links")
        XCTAssertEqual(index.strength(of: scores[scores.count - 1]), "among the strongest quarter")
        XCTAssertTrue(view.reason.hasSuffix(")") && view.reason.contains(" (among the") || view.reason.contains("(a middling link)"), view.reason)
        // Among too few links to compare, the scale scores are on.
        let (few, fewDocuments) = ByMeaningMarkTests.analysis()
        XCTAssertEqual(TopicIndex(few, documents: fewDocuments).strength(of: 0.4), "on a scale from about 0.15, weak, to 1.5, strong")
        let frame = render(state)
        XCTAssertTrue(frame.lines.contains { $0.contains("linked by troupes") }, "the reason is on screen")
        XCTAssertFalse(frame.lines.contains { $0.contains("italic: same meaning") }, "no word is matched by meaning here")
        state.press(.character("x"))
        XCTAssertNil(state.compareView)
    }

    /// Words paired by meaning (the encoder's, in the real reader) are in italics, and the
    /// legend says what italics mean.
    func testTheCompareLegendExplainsItalicsWhenWordsArePairedByMeaning() throws {
        struct Translations: SemanticWordMatcher {
            func pairs(left: [String], leftLanguage: Language, right: [String], rightLanguage: Language) -> [(left: Int, right: Int)] {
                guard let l = left.firstIndex(of: "menaçants"), let r = right.firstIndex(of: "inquiétudes") else { return [] }
                return [(l, r)]
            }
        }
        var state = Fixtures.bundledState()
        state.apply(.engineReady(SentenceAligner(semantic: Translations())))
        state.goToTopic(analysis.topics.firstIndex { $0.id == "troops" }!)
        state.press(.character("c"))
        let view = try XCTUnwrap(state.compareView)
        XCTAssertTrue(view.alignment.matches.contains { $0.reason == .semantic })
        let frame = render(state)
        XCTAssertTrue(frame.lines.contains { $0.contains("italic: same meaning") }, frame.lines.joined(separator: "\n"))
        // The whole legend, on a second line where one is not enough (it ended "underlined:
        // only on this…" at 160 columns).
        let text = frame.lines.joined(separator: "\n")
        let legend = frame.lines.filter { $0.contains("topic colour: same topic") || $0.contains("any key closes") }
        XCTAssertTrue(legend.joined(separator: " ").contains("underlined: only on this"), text)
        XCTAssertTrue(legend.contains { $0.contains("side · any key closes") }, text)
        XCTAssertFalse(legend.contains { $0.contains("…") }, text)
        // A blank column on each side of the box: no text behind it runs into its edge.
        let box = state.theme.style("ui.help")
        var rows = 0
        for y in 0..<frame.height {
            guard let left = (0..<frame.width).first(where: { frame[$0, y].style.background == box.background && frame[$0, y].style == box }),
                  left > 0, frame.row(y).contains("Compare") || rows > 0 else { continue }
            let right = (left..<frame.width).last { frame[$0, y].style == box } ?? left
            XCTAssertEqual(frame[left - 1, y].text, " ", "row \(y): \(frame.row(y))")
            if right + 1 < frame.width { XCTAssertEqual(frame[right + 1, y].text, " ", "row \(y): \(frame.row(y))") }
            rows += 1
        }
        XCTAssertGreaterThan(rows, 3)
    }

    /// Follow mode, Enter and `c` never align or compare a heading: the reader's link table
    /// has no link with a heading at either end.
    /// Without colour the compare legend does not speak of a topic's colour (a student under
    /// NO_COLOR read "topic colour: same topic" beside bold, underlined words).
    func testTheCompareLegendWithoutColourSpeaksOfNoColour() throws {
        let library = ThemeLibrary(userDirectory: nil)
        let plain = TerminalTheme(theme: try library.load(named: "default"), tier: .none)
        var state = ReaderState(documents: Fixtures.bundled, width: 120, height: 40, theme: plain)
        state.apply(.topics(TopicIndex(Fixtures.bundledAnalysis, documents: Fixtures.bundled), progress: 1))
        state.goToTopic(analysis.topics.firstIndex { $0.id == "troops" }!)
        state.press(.character("c"))
        let text = render(state).lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("underlined: same topic"), text)
        XCTAssertFalse(text.contains("colour"), text)
    }

    func testHeadingsAreNeverLinkedAlignedOrCompared() {
        let index = Fixtures.bundledState().topics!
        let headingLinks = analysis.links.filter { index.isHeading($0.from.version, sentence: $0.from.sentence) }
        XCTAssertFalse(headingLinks.isEmpty, "the engine links the Kremlin's section headings")
        for version in analysis.versions.indices {
            for sentence in analysis.versions[version].sentences.indices where index.isHeading(version, sentence: sentence) {
                XCTAssertTrue(index.links(from: version, sentence: sentence).isEmpty, "heading \(sentence)")
            }
        }
    }
}

extension NavigationTests {
    /// `]` on a topic of one passage says it is the only one, whether it wrapped or not (a
    /// journalist pressed it on the passage and nothing seemed to happen).
    func testAStepOnATopicOfOnePassageSaysItIsTheOnlyOne() throws {
        var state = Fixtures.bundledState(width: 140, height: 40)
        let index = try XCTUnwrap(state.topics)
        let single = try XCTUnwrap(index.occurrencesByTopic.firstIndex { $0.count == 1 }, "a topic of one passage")
        state.navigation.focusedTopic = single
        state.press(.character("]"))
        XCTAssertEqual(state.navigation.current, index.occurrencesByTopic[single][0])
        XCTAssertEqual(state.notice?.text, "the only passage")
        state.press(.character("]"))
        XCTAssertEqual(state.notice?.text, "the only passage")
    }
}
