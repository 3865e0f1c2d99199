import ReadoutsText
import ReadoutsTopics

/// The topic engine's analysis arranged for drawing and navigation: each version's topic
/// occurrences sorted by offset, sentence ranges for offset lookups, and each topic's
/// colour slot and gutter mark. Built once per analysis update, never per frame.
public struct TopicIndex: Sendable {
    /// One highlighted span: an occurrence of a topic in a version. Stored in 16 bytes
    /// (a 10 MB version has hundreds of thousands of them); offsets fit 32 bits.
    public struct Mark: Sendable, Equatable {
        private var storedTopic: Int32
        private var storedSentence: Int32
        private var start: Int32
        private var end: Int32

        public init(topic: Int, sentence: Int, range: Range<Int>) {
            storedTopic = Int32(truncatingIfNeeded: topic)
            storedSentence = Int32(truncatingIfNeeded: sentence)
            start = Int32(clamping: range.lowerBound)
            end = Int32(clamping: range.upperBound)
        }

        /// Index into `analysis.topics`.
        public var topic: Int { Int(storedTopic) }
        public var sentence: Int { Int(storedSentence) }
        public var range: Range<Int> {
            get { Int(start)..<Int(end) }
            set { start = Int32(clamping: newValue.lowerBound); end = Int32(clamping: newValue.upperBound) }
        }
    }

    public let analysis: Analysis
    /// Colour slot per topic id. A topic keeps its slot as new results stream in.
    public let slots: [String: Int]
    /// Occurrences per version, sorted by start offset.
    public let marks: [[Mark]]
    /// Sentence start offsets per version, for finding the sentence at an offset.
    let sentenceStarts: [[Int32]]
    /// Link indices by (version, sentence), strongest first, as one flat list per version:
    /// sentence `s`'s links are `linkList[v][linkStart[v][s] ..< linkStart[v][s + 1]]`.
    /// Lookups stay O(1) per frame, without an array per sentence.
    let linkStart: [[Int32]]
    let linkList: [[Int32]]
    /// Each topic's occurrences in reading order, version by version.
    public let occurrencesByTopic: [[NavigationState.MarkRef]]
    /// Occurrences of one-sided topics, version by version in reading order (for `o`).
    public let oneSided: [NavigationState.MarkRef]
    /// For each version, the topics in the order of their first occurrence there (topics
    /// absent from it last), for `}` and `{`. Sorted once per analysis: sorting thousands
    /// of topics on every key press cost 5 ms at 2 × 10 MB.
    public let topicOrders: [[Int]]

    /// `slots`: the previous index's, so topics keep their colours as results stream in.
    public init(_ analysis: Analysis, documents: [Document], slots previousSlots: [String: Int] = [:]) {
        self.analysis = analysis
        var slots = previousSlots
        var next = (slots.values.max() ?? -1) + 1
        // Two-sided topics get colours first; one-sided ones are still coloured but the
        // shared ones are what a reader compares.
        // `Topic.isOneSided` collects the versions of every occurrence: asked once per topic
        // here, not per comparison and per mark (that was quadratic, 0.3 s for 2 × 1 MB).
        let isOneSided = analysis.topics.map(\.isOneSided)
        let ordered = analysis.topics.enumerated().sorted { lhs, rhs in
            (isOneSided[lhs.offset] ? 1 : 0, lhs.offset) < (isOneSided[rhs.offset] ? 1 : 0, rhs.offset)
        }
        for (_, topic) in ordered where slots[topic.id] == nil {
            slots[topic.id] = next
            next += 1
        }
        self.slots = slots
        var marks = Array(repeating: [Mark](), count: documents.count)
        for (topicIndex, topic) in analysis.topics.enumerated() {
            for occurrence in topic.occurrences where occurrence.version < marks.count {
                marks[occurrence.version].append(Mark(topic: topicIndex, sentence: occurrence.sentence, range: occurrence.range))
            }
        }
        self.marks = marks.map(Self.disjoint)
        (linkStart, linkList) = Self.linksBySentence(analysis, versions: documents.count)
        var byTopic = Array(repeating: [NavigationState.MarkRef](), count: analysis.topics.count)
        var oneSided: [NavigationState.MarkRef] = []
        for (version, list) in self.marks.enumerated() {
            for (position, mark) in list.enumerated() {
                byTopic[mark.topic].append(.init(version: version, index: position))
                if isOneSided[mark.topic] { oneSided.append(.init(version: version, index: position)) }
            }
        }
        occurrencesByTopic = byTopic
        let marksByVersion = self.marks
        topicOrders = documents.indices.map { version in
            var firstOffset = [Int](repeating: Int.max, count: byTopic.count)
            for topic in byTopic.indices {
                if let first = byTopic[topic].first(where: { $0.version == version }) {
                    firstOffset[topic] = marksByVersion[version][first.index].range.lowerBound
                }
            }
            return byTopic.indices.sorted { (firstOffset[$0], $0) < (firstOffset[$1], $1) }
        }
        self.oneSided = oneSided
        sentenceStarts = documents.indices.map { version in
            version < analysis.versions.count ? analysis.versions[version].sentences.map { Int32(clamping: $0.range.lowerBound) } : []
        }
    }

    /// Each version's links grouped by sentence (counted, then placed), strongest first.
    static func linksBySentence(_ analysis: Analysis, versions: Int) -> ([[Int32]], [[Int32]]) {
        var starts: [[Int32]] = []
        var lists: [[Int32]] = []
        for version in 0..<versions {
            var sentenceCount = version < analysis.versions.count ? analysis.versions[version].sentences.count : 0
            for link in analysis.links {
                for end in [link.from, link.to] where end.version == version { sentenceCount = max(sentenceCount, end.sentence + 1) }
            }
            var start = [Int32](repeating: 0, count: sentenceCount + 1)
            for link in analysis.links {
                if link.from.version == version { start[link.from.sentence + 1] += 1 }
                if link.to.version == version { start[link.to.sentence + 1] += 1 }
            }
            for s in 0..<sentenceCount { start[s + 1] += start[s] }
            var list = [Int32](repeating: 0, count: Int(start[sentenceCount]))
            var next = start
            for (position, link) in analysis.links.enumerated() {
                for end in [link.from, link.to] where end.version == version {
                    list[Int(next[end.sentence])] = Int32(position)
                    next[end.sentence] += 1
                }
            }
            for s in 0..<sentenceCount where start[s + 1] - start[s] > 1 {
                list[Int(start[s])..<Int(start[s + 1])].sort { analysis.links[Int($0)].score > analysis.links[Int($1)].score }
            }
            starts.append(start)
            lists.append(list)
        }
        return (starts, lists)
    }

    /// Sorts marks by start and clips overlaps (an occurrence inside another is dropped,
    /// one that overlaps the previous starts after it), so each cell has one topic and
    /// mark ends are sorted too, which the binary searches rely on.
    static func disjoint(_ marks: [Mark]) -> [Mark] {
        let sorted = marks.sorted { ($0.range.lowerBound, -$0.range.upperBound, $0.topic) < ($1.range.lowerBound, -$1.range.upperBound, $1.topic) }
        var result: [Mark] = []
        result.reserveCapacity(sorted.count)
        for var mark in sorted {
            if let last = result.last, mark.range.lowerBound < last.range.upperBound {
                guard mark.range.upperBound > last.range.upperBound else { continue }
                mark.range = last.range.upperBound..<mark.range.upperBound
            }
            result.append(mark)
        }
        return result
    }

    public func slot(of topic: Int) -> Int { slots[analysis.topics[topic].id] ?? topic }

    /// The gutter mark of a topic: a letter per colour slot (A–Z, then a–z, then digits),
    /// so a topic is identified without colour.
    public func symbol(of topic: Int) -> Character {
        let symbols = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        return symbols[slot(of: topic) % symbols.count]
    }

    /// The index of the first mark of `version` that ends after `offset`.
    public func firstMark(in version: Int, endingAfter offset: Int) -> Int {
        firstMark(in: version) { $0.range.upperBound <= offset }
    }

    /// The first mark of `version` that starts at or after `offset`.
    public func firstMark(in version: Int, startingAtOrAfter offset: Int) -> Int {
        firstMark(in: version) { $0.range.lowerBound < offset }
    }

    /// Binary search: the first mark for which `isBefore` is false.
    private func firstMark(in version: Int, where isBefore: (Mark) -> Bool) -> Int {
        let list = marks[version]
        var low = 0
        var high = list.count
        while low < high {
            let mid = (low + high) / 2
            if isBefore(list[mid]) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The sentence of `version` holding `offset`.
    public func sentence(in version: Int, at offset: Int) -> Int? {
        guard version < sentenceStarts.count, !sentenceStarts[version].isEmpty else { return nil }
        let starts = sentenceStarts[version]
        var low = 0
        var high = starts.count - 1
        if offset < Int(starts[0]) { return 0 }
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(starts[mid]) <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    public func sentenceRange(_ version: Int, _ sentence: Int) -> Range<Int>? {
        guard version < analysis.versions.count, analysis.versions[version].sentences.indices.contains(sentence) else { return nil }
        return analysis.versions[version].sentences[sentence].range
    }

    /// Links from a sentence to sentences of other versions, strongest first.
    public func links(from version: Int, sentence: Int) -> [(to: Analysis.SentenceRef, link: Analysis.Link)] {
        guard version < linkStart.count, sentence >= 0, sentence + 1 < linkStart[version].count else { return [] }
        let positions = linkList[version][Int(linkStart[version][sentence])..<Int(linkStart[version][sentence + 1])]
        return positions.map { position in
            let link = analysis.links[Int(position)]
            let isFrom = link.from.version == version && link.from.sentence == sentence
            return (isFrom ? link.to : link.from, link)
        }
    }
}
