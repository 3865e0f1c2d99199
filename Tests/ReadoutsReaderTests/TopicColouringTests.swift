import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// Colour slots: one colour per topic while there are enough; past that, topics near each
/// other (a screenful) get different colours, or at least different slots (a second
/// distinction), and slots never change once given.
final class TopicColouringTests: XCTestCase {
    /// `groups[g]` topics, each occurring once on page `3 g`.
    func analysis(groups: [Int]) -> (Analysis, [[TopicIndex.Mark]]) {
        var topics: [Analysis.Topic] = []
        var marks: [TopicIndex.Mark] = []
        for (group, size) in groups.enumerated() {
            for member in 0..<size {
                let start = 3 * group * TopicColouring.pageSize + 20 * member
                topics.append(.init(id: "t\(topics.count)", label: "t", origin: .automatic,
                                    occurrences: [.init(version: 0, sentence: 0, range: start..<start + 5)]))
                marks.append(.init(topic: topics.count - 1, sentence: 0, range: start..<start + 5))
            }
        }
        return (Analysis(topics: topics), [marks])
    }

    /// A topic with no passage, found in headings alone, takes its letter after every topic
    /// with passages: a declaration and its translation gave thirty "article 12" topics the
    /// letters D to g, and the topics a reader steps through began at h. The topic list
    /// leaves it out (`HeadingOnlyTopicsTests`).
    func testATopicInHeadingsAloneTakesItsLetterLast() throws {
        let texts = ["# Article 12\n\nNo one shall be subjected to arbitrary interference with his privacy.\n",
                     "# Article 12\n\nNul ne sera l’objet d’immixtions arbitraires dans sa vie privée.\n"]
        let documents = texts.enumerated().map { Fixtures.document($1, label: "v\($0)") }
        let versions = Fixtures.versions(of: documents)
        XCTAssertTrue(versions[0].sentences[0].isHeading && versions[1].sentences[0].isHeading, "the fixture's headings")
        func occurrence(_ version: Int, _ sentence: Int) -> Analysis.Occurrence {
            let range = versions[version].sentences[sentence].range
            return .init(version: version, sentence: sentence, range: range.lowerBound..<range.lowerBound + 7)
        }
        let heading = Analysis.Topic(id: "auto:article 12", label: "article 12", origin: .automatic, occurrences: [occurrence(0, 0), occurrence(1, 0)])
        let privacy = Analysis.Topic(id: "auto:privacy", label: "privacy", origin: .automatic, occurrences: [occurrence(0, 1), occurrence(1, 1)])
        let index = TopicIndex(Analysis(versions: versions, topics: [heading, privacy], links: [], isComplete: true), documents: documents)
        XCTAssertEqual(index.symbol(of: 1), "A", "the topic with passages first")
        XCTAssertEqual(index.symbol(of: 0), "B")
        XCTAssertEqual(index.topicListOrder, [1])
        XCTAssertEqual(index.headingOnlyTopics, 1)
    }

    /// Topics at the same place in two versions are on screen together, side by side: they
    /// get different slots (the Kremlin's "sommet de Genève" and the White House's
    /// "stabilité stratégique" were both blue italics on 8 colours).
    func testTopicsSideBySideInTwoVersionsGetDifferentSlots() {
        var topics: [Analysis.Topic] = []
        var marks: [[TopicIndex.Mark]] = [[], []]
        for index in 0..<8 {
            let version = index % 2
            let start = 20 * index
            topics.append(.init(id: "t\(index)", label: "t", origin: .automatic,
                                occurrences: [.init(version: version, sentence: 0, range: start..<start + 5)]))
            marks[version].append(.init(topic: index, sentence: 0, range: start..<start + 5))
        }
        let slots = TopicColouring.slots(Analysis(topics: topics), marks: marks, order: Array(topics.indices), previous: [:], colours: 3)
        XCTAssertEqual(Set(slots.values).count, 8, "\(slots)")
    }

    func testEnoughColoursGiveEveryTopicItsOwn() {
        let (analysis, marks) = analysis(groups: [3, 3, 3])
        let slots = TopicColouring.slots(analysis, marks: marks, order: Array(analysis.topics.indices), previous: [:], colours: 16)
        XCTAssertEqual(Set(slots.values), Set(0..<9))
    }

    func testTopicsOnTheSameScreenGetDifferentColours() {
        let (analysis, marks) = analysis(groups: [4, 4, 4, 4])
        let slots = TopicColouring.slots(analysis, marks: marks, order: Array(analysis.topics.indices), previous: [:], colours: 4)
        for group in 0..<4 {
            let colours = (0..<4).map { slots["t\(4 * group + $0)"]! % 4 }
            XCTAssertEqual(Set(colours).count, 4, "group \(group): \(colours)")
        }
        XCTAssertTrue(slots.values.allSatisfy { $0 < 4 }, "no second distinction needed: \(slots)")
    }

    func testMoreTopicsOnAScreenThanColoursGetDistinctSlots() {
        let (analysis, marks) = analysis(groups: [6, 2])
        let slots = TopicColouring.slots(analysis, marks: marks, order: Array(analysis.topics.indices), previous: [:], colours: 4)
        let crowded = (0..<6).map { slots["t\($0)"]! }
        XCTAssertEqual(Set(crowded).count, 6, "a second distinction tells apart what colour cannot: \(crowded)")
        XCTAssertEqual(Set(crowded.map { $0 % 4 }).count, 4, "every colour is used before one repeats")
    }

    func testSlotsGivenEarlierNeverChange() {
        let (analysis, marks) = analysis(groups: [4, 4, 4])
        let previous = ["t0": 2, "t5": 7]
        let slots = TopicColouring.slots(analysis, marks: marks, order: Array(analysis.topics.indices), previous: previous, colours: 4)
        XCTAssertEqual(slots["t0"], 2)
        XCTAssertEqual(slots["t5"], 7)
        XCTAssertEqual(Set((0..<4).map { slots["t\($0)"]! % 4 }).count, 4)
    }
}

/// The main keymap binds each key once, and the keys of the global map nowhere else.
final class KeymapTests: XCTestCase {
    func testNoBindingShadowsAnother() {
        let sequences = ReaderKeymap.main.allSequences
        var seen = Set<[KeyPattern]>()
        for sequence in sequences {
            XCTAssertTrue(seen.insert(sequence).inserted, "bound twice: \(sequence.map(\.label))")
            for other in sequences where other.count > sequence.count && Array(other.prefix(sequence.count)) == sequence {
                XCTAssertFalse(true, "\(sequence.map(\.label)) hides \(other.map(\.label))")
            }
        }
        for sequence in ReaderKeymap.global.allSequences {
            XCTAssertFalse(seen.contains(sequence), "\(sequence.map(\.label)) is global and main")
        }
        XCTAssertEqual(ReaderKeymap.label(of: .focusNext), "Tab")
        XCTAssertEqual(ReaderKeymap.label(of: .nextTopicWord), ";")
    }
}
