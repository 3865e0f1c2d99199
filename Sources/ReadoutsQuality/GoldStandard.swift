import ReadoutsText
import ReadoutsTopics

/// An annotated pair resolved to sentence indices of an analysis of its two accounts.
///
/// Sure links are every (a-sentence, b-sentence) pair of a shared topic. A sentence may
/// belong to several topics; a one-sided topic's *exclusive* sentences are those that no
/// shared topic quotes (a sentence about a shared subject is rightly linked, whatever else
/// it mentions).
public struct GoldStandard: Sendable {
    public struct Topic: Sendable {
        public var id: String
        public var label: String
        /// Sentence indices on side a (version 0) and side b (version 1).
        public var a: Set<Int>
        public var b: Set<Int>
        /// The annotation's quotes on side a and side b: the words of a sentence that speak
        /// of this topic (a sentence may speak of several).
        public var quotes: [[String]] = [[], []]
        public var isShared: Bool { !a.isEmpty && !b.isEmpty }
        /// The side a one-sided topic is on (nil when shared).
        public var onlySide: Int? { isShared ? nil : (a.isEmpty ? 1 : 0) }
        public func sentences(side: Int) -> Set<Int> { side == 0 ? a : b }
    }

    /// A quote that names no sentence, or more than one.
    public struct QuoteError: Error, CustomStringConvertible {
        public var pair: String
        public var side: Int
        public var quote: String
        public var matches: Int
        public var description: String {
            "\(Sanitiser.escapedForMessage(pair)): quote «\(Sanitiser.escapedForMessage(quote))» matches \(matches) sentences of side \(side == 0 ? "a" : "b") (it must match one)"
        }
    }

    /// The index of the one sentence of `side` that holds `quote`; a quote that names no
    /// sentence, or several, is an error (dropped, a pair it names would silently not count).
    public static func sentence(quoting quote: String, side: Int, pair: String, documents: [Document], analysis: Analysis) throws -> Int {
        let matches = analysis.versions[side].sentences.filter { documents[side].string($0.range).contains(quote) }
        guard matches.count == 1 else { throw QuoteError(pair: pair, side: side, quote: quote, matches: matches.count) }
        return matches[0].index
    }

    public var topics: [Topic]
    public var sure: Set<SentencePair>
    public var possible: Set<SentencePair>
    /// Sentences quoted by a shared topic, per side.
    public var sharedSentences: [Set<Int>]

    public var sharedTopics: [Topic] { topics.filter(\.isShared) }
    public var oneSidedTopics: [Topic] { topics.filter { !$0.isShared } }

    /// Resolves every quote of `pair` against the sentences of `analysis` (whose versions
    /// must be the pair's two documents, in order).
    public init(_ pair: AnnotatedPair, documents: [Document], analysis: Analysis) throws {
        func sentence(_ side: Int, _ quote: String) throws -> Int {
            try Self.sentence(quoting: quote, side: side, pair: pair.name, documents: documents, analysis: analysis)
        }
        var topics: [Topic] = []
        for topic in pair.topics {
            topics.append(Topic(
                id: topic.id, label: topic.label,
                a: Set(try topic.a.map { try sentence(0, $0) }), b: Set(try topic.b.map { try sentence(1, $0) }),
                quotes: [topic.a, topic.b]))
        }
        var sure = Set<SentencePair>()
        var shared: [Set<Int>] = [[], []]
        for topic in topics where topic.isShared {
            shared[0].formUnion(topic.a)
            shared[1].formUnion(topic.b)
            for a in topic.a { for b in topic.b { sure.insert(SentencePair(a: a, b: b)) } }
        }
        var possible = Set<SentencePair>()
        for entry in pair.possible where entry.count == 2 {
            possible.insert(SentencePair(a: try sentence(0, entry[0]), b: try sentence(1, entry[1])))
        }
        self.topics = topics
        self.sure = sure
        self.possible = possible.subtracting(sure)
        self.sharedSentences = shared
    }

    /// The sentences of a one-sided topic that no shared topic quotes.
    public func exclusiveSentences(of topic: Topic) -> Set<Int> {
        guard let side = topic.onlySide else { return [] }
        return topic.sentences(side: side).subtracting(sharedSentences[side])
    }
}

/// A sentence of side a and a sentence of side b.
public struct SentencePair: Hashable, Sendable, Comparable {
    public var a: Int
    public var b: Int
    public init(a: Int, b: Int) { self.a = a; self.b = b }
    public static func < (x: Self, y: Self) -> Bool { (x.a, x.b) < (y.a, y.b) }
}
