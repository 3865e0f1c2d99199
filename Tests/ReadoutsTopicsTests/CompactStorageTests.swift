import ReadoutsFixtures
import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// The engine's compact storage: flat lists, chunked arrays, occurrences made unique when
/// read, token lengths past `UInt16.max`.
final class CompactStorageTests: XCTestCase {
    func testFlatListsKeepTheOrderOfTheirPairs() {
        let pairs: [(Int, Int32)] = [(2, 7), (0, 1), (2, 3), (0, 1), (3, 9)]
        let lists = FlatLists(count: 4) { add in for (list, element) in pairs { add(list, element) } }
        XCTAssertEqual((0..<4).map { Array(lists[$0]) }, [[1, 1], [], [7, 3], [9]])

        var built = FlatLists<Int32>()
        built.append(5)
        built.append(4)
        built.endList()
        built.endList()
        XCTAssertEqual([Array(built[0]), Array(built[1])], [[5, 4], []])

        var grouped = FlatLists(grouping: [10, 11, 30], count: 4) { Int($0 / 10) }
        XCTAssertEqual((0..<4).map { Array(grouped[$0]) }, [[], [10, 11], [], [30]])
        grouped.sortEachList(by: >)
        XCTAssertEqual(Array(grouped[1]), [11, 10])
    }

    func testChunkedArrayCrossesChunks() {
        var array = ChunkedArray<Int>()
        for value in 0..<200_000 { array.append(value * 3) }
        XCTAssertEqual(array.count, 200_000)
        XCTAssertEqual([array[0], array[65_535], array[65_536], array[199_999]], [0, 196_605, 196_608, 599_997])
        XCTAssertEqual(array.reduce(0, +), 3 * (199_999 * 200_000 / 2))
    }

    func testRepeatedOccurrencesAreReadOnceInOrder() {
        var grouper = TopicGrouper(lexiconTopics: [], labelLanguage: .english)
        let first = Analysis.Occurrence(version: 1, sentence: 4, range: 50..<60)
        let longer = Analysis.Occurrence(version: 1, sentence: 4, range: 50..<70)
        let earlier = Analysis.Occurrence(version: 0, sentence: 9, range: 90..<95)
        for occurrence in [first, longer, first, earlier, longer] {
            grouper.add(occurrence, topic: "auto:x", label: "x", origin: .automatic)
        }
        XCTAssertEqual(grouper.sortedTopics().map(\.occurrences), [[earlier, first, longer]])
        grouper.add(first, topic: "auto:x", label: "x", origin: .automatic)
        grouper.add(Analysis.Occurrence(version: 0, sentence: 1, range: 5..<8), topic: "auto:y", label: "y", origin: .automatic)
        XCTAssertEqual(grouper.sortedTopics().map(\.id), ["auto:x", "auto:y"])
        XCTAssertEqual(grouper.sortedTopics()[0].occurrences, [earlier, first, longer])
    }

    func testWordsLongerThanSixtyFiveThousandScalarsKeepTheirRanges() throws {
        // Paragraphs are cut into blocks of 4,096 scalars, but a heading is not.
        let word = "Zq" + String(repeating: "a", count: 70_000)
        let texts = ["# \(word) sanctions against Iran\n\nThe envoys discussed \(word) at length.\n",
                     "# Talks on \(word) and Iran sanctions\n\nThey talked about \(word) again.\n"]
        let documents = try texts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "long-\(index).md", markdown: true)
        }
        let analysis = TopicEngine(lexicons: []).analyse(documents)
        let ranges = analysis.links.flatMap(\.evidence).filter { $0.range.count > 70_000 }
        XCTAssertFalse(ranges.isEmpty)
        for evidence in ranges {
            XCTAssertTrue(documents[evidence.side.version].string(evidence.range).hasPrefix("Zqaaa"))
        }
    }

    /// Scoring on two cores joins its halves in sentence order: the analysis is the one a
    /// single pass gives, link for link.
    func testScoringOnTwoCoresGivesTheSameAnalysis() throws {
        let texts = SyntheticReadouts.texts(bytes: 200_000, seed: 11, versions: 2)
        let documents = try texts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
        }
        var oneCore = TopicEngine()
        oneCore.parameters.parallelScoringMinimum = .max
        var twoCores = TopicEngine()
        twoCores.parameters.parallelScoringMinimum = 2
        let single = oneCore.analyse(documents)
        let split = twoCores.analyse(documents)
        XCTAssertGreaterThan(single.links.count, 100)
        XCTAssertEqual(split.links, single.links)
        XCTAssertEqual(split.topics, single.topics)
    }

    /// Naming merges automatic topics and lists each merged topic's occurrences once, in
    /// order (in place, without a set): every highlight the unmerged topics had is still
    /// there, and none is shown twice.
    func testMergedTopicsKeepEachOccurrenceOnceInOrder() throws {
        let texts = SyntheticReadouts.texts(bytes: 150_000, seed: 5, versions: 3)
        let documents = try texts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
        }
        var unnamedEngine = TopicEngine(lexicons: [])
        unnamedEngine.namesTopics = false
        let unnamed = unnamedEngine.analyse(documents)
        let named = TopicEngine(lexicons: []).analyse(documents)
        XCTAssertLessThan(named.topics.count, unnamed.topics.count, "some automatic topics are merged")
        for topic in named.topics {
            let starts = topic.occurrences.map { [$0.version, $0.range.lowerBound] }
            XCTAssertTrue(zip(starts, starts.dropFirst()).allSatisfy { !$1.lexicographicallyPrecedes($0) }, "\(topic.id): in order")
            XCTAssertEqual(Set(topic.occurrences).count, topic.occurrences.count, "\(topic.id): each occurrence once")
        }
        XCTAssertEqual(Set(named.topics.flatMap(\.occurrences)), Set(unnamed.topics.flatMap(\.occurrences)))
    }

    /// Sentences and occurrences are stored in 32-bit fields: offsets past 16 bits, in a
    /// long document, still point at their text.
    func testSentencesAndOccurrencesFarIntoALongDocumentPointAtTheirText() throws {
        let texts = SyntheticReadouts.texts(bytes: 300_000, seed: 3, versions: 2)
        let documents = try texts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
        }
        let analysis = TopicEngine().analyse(documents)
        let last = try XCTUnwrap(analysis.versions[0].sentences.last)
        XCTAssertGreaterThan(last.range.lowerBound, 200_000)
        XCTAssertEqual(last.index, analysis.versions[0].sentences.count - 1)
        XCTAssertTrue(documents[0].blocks[last.block].range.contains(last.range.lowerBound))
        let far = analysis.topics.flatMap(\.occurrences).filter { $0.range.lowerBound > 70_000 }
        XCTAssertFalse(far.isEmpty)
        for occurrence in far {
            let sentence = analysis.versions[occurrence.version].sentences[occurrence.sentence]
            XCTAssertTrue(sentence.range.contains(occurrence.range.lowerBound), "an occurrence lies in its sentence")
            XCTAssertFalse(documents[occurrence.version].string(occurrence.range).isEmpty)
        }
    }
}
