import ReadoutsText

/// What the topic engine found in a set of versions: their sentences and languages, the
/// topics each covers, and the links between sentences that speak of the same topic.
///
/// Versions are referred to by their index in the documents passed to the engine;
/// sentences by their index in `versions[v].sentences`; every range is a Unicode-scalar
/// range into that version's `Document.text`. Partial analyses streamed while the engine
/// runs are each a superset of the previous one, and a topic keeps its `id` throughout —
/// except that a semantic run's final analysis replaces the lexical links streamed first,
/// and that an automatic topic may later be merged into another found to be the same
/// subject: an older one with three or more versions (`TopicMerger`), one named alike that
/// shares a sentence, or a lexicon topic (`TopicNaming`). `alignedVersions` is empty until
/// that final analysis: the streamed links are not yet the aligned ones.
public struct Analysis: Sendable {
    public struct Version: Sendable, Equatable {
        public var id: String
        public var label: String
        public var language: Language
        public var sentences: [Sentence]
        public init(id: String, label: String, language: Language, sentences: [Sentence]) {
            self.id = id
            self.label = label
            self.language = language
            self.sentences = sentences
        }
    }

    public enum Origin: String, Sendable, Codable {
        /// Found by a lexicon alias.
        case lexicon
        /// Named after the strongest term shared by automatically linked sentences.
        case automatic
    }

    /// Where a topic shows in a version: the words that carry it. Stored in 32-bit fields
    /// (16 bytes instead of 32): the topics of 2 × 10 MB hold hundreds of thousands.
    ///
    /// An occurrence found by meaning alone (`byMeaning`: a sentence linked by its meaning to
    /// one where the topic is, with no word of its own for the topic) covers its whole
    /// sentence, or the clause whose meaning made the link (`SemanticLinker.clauseLinks`): no
    /// word in it says the topic, so none is shown as saying it.
    public struct Occurrence: Sendable, Equatable, Hashable {
        /// The version, shifted left once, with `byMeaning` in the low bit.
        private var storedVersionAndFlag: Int32
        private var storedSentence: Int32
        private var start: Int32
        private var end: Int32
        public var version: Int {
            get { Int(storedVersionAndFlag >> 1) }
            set { storedVersionAndFlag = Int32(newValue) << 1 | (storedVersionAndFlag & 1) }
        }
        public var sentence: Int {
            get { Int(storedSentence) }
            set { storedSentence = Int32(newValue) }
        }
        public var range: Range<Int> {
            get { Int(start)..<Int(end) }
            set { (start, end) = (Int32(newValue.lowerBound), Int32(newValue.upperBound)) }
        }
        /// True when the sentence was found to speak of the topic by its meaning only.
        public var byMeaning: Bool {
            get { storedVersionAndFlag & 1 == 1 }
            set { storedVersionAndFlag = storedVersionAndFlag & ~1 | (newValue ? 1 : 0) }
        }
        public init(version: Int, sentence: Int, range: Range<Int>, byMeaning: Bool = false) {
            storedVersionAndFlag = Int32(version) << 1 | (byMeaning ? 1 : 0)
            storedSentence = Int32(sentence)
            start = Int32(range.lowerBound)
            end = Int32(range.upperBound)
        }
    }

    public struct Topic: Sendable, Equatable, Identifiable {
        /// Stable: the lexicon topic id ("sanctions"), or "auto:" and the shared key
        /// ("auto:vaccin"), or for a passage only one version has, "auto:only-" and its
        /// weightiest key ("auto:only-expuls", `OneSidedPassages`).
        public var id: String
        public var label: String
        public var origin: Origin
        public var occurrences: [Occurrence]
        public init(id: String, label: String, origin: Origin, occurrences: [Occurrence]) {
            self.id = id
            self.label = label
            self.origin = origin
            self.occurrences = occurrences
        }
        /// The versions the topic occurs in, sorted.
        public var versions: [Int] { Array(Set(occurrences.map(\.version))).sorted() }
        /// True for a topic found in one version only ("OTAN — only in Kremlin").
        public var isOneSided: Bool { versions.count == 1 }
        /// Whether it is a passage one version alone has (`OneSidedPassages`, `WordOneSidedPassages`),
        /// named from its own words.
        public var isPassage: Bool { id.hasPrefix(TopicGrouper.passagePrefix) }
    }

    public struct SentenceRef: Sendable, Hashable, Comparable {
        public var version: Int
        public var sentence: Int
        public init(version: Int, sentence: Int) { self.version = version; self.sentence = sentence }
        public static func < (a: Self, b: Self) -> Bool { (a.version, a.sentence) < (b.version, b.sentence) }
    }

    /// The words that made a link: a range in one of the two linked sentences, and the
    /// lexicon topic it carries (nil for words matched by the automatic linker).
    public struct Evidence: Sendable, Equatable, Hashable {
        public var side: SentenceRef
        public var range: Range<Int>
        public var topic: String?
        public init(side: SentenceRef, range: Range<Int>, topic: String?) {
            self.side = side
            self.range = range
            self.topic = topic
        }
    }

    /// Two sentences of different versions that speak of the same topic. Links are
    /// many-to-many and need not keep the versions' order; `from.version < to.version`.
    public struct Link: Sendable, Equatable {
        /// Soft-cosine similarity plus topic bonuses; roughly 0.15 (weak) … 1.5 (strong).
        public var score: Double
        /// Ids of the topics the link belongs to (lexicon topics shared by both sentences,
        /// or the automatic topic it was grouped into).
        public var topics: [String]
        public var evidence: [Evidence]
        // 48 bytes a link rather than 72 (two `SentenceRef`s of two `Int`s, an optional
        // `Double`): 2 × 10 MB give about 130,000 links, alive from their assembly, through
        // naming (a plateau of linking's memory), to the reader's end.
        private var storedSimilarity: Double
        private var fromSentence: Int32
        private var toSentence: Int32
        private var fromVersion: Int16
        private var toVersion: Int16
        private var hasSimilarity: Bool
        /// How the link was made (in the padding after `hasSimilarity`: no byte more a link).
        public var basis: Basis

        /// How a link was made, as the JSON's `by` says it: a data journalist could not tell
        /// a link of shared words from one of meaning alone, whose `score` is its similarity.
        public enum Basis: UInt8, Sendable, CaseIterable {
            /// Shared words (and, with the encoder, confirmed by meaning).
            case words
            /// Meaning alone: a paraphrase, a translation.
            case meaning
            /// A clause of one sentence and the other, by meaning.
            case clause
            /// A lexicon topic both carry, and each sentence the other's closest among those
            /// carrying it.
            case topic
            /// The two versions' opening lines, who spoke with whom.
            case openings
            /// A sentence and its counterpart in two versions aligned as one text.
            case counterpart

            /// The JSON's word for it.
            public var name: String {
                switch self {
                case .words: "words"
                case .meaning: "meaning"
                case .clause: "clause"
                case .topic: "topic"
                case .openings: "openings"
                case .counterpart: "counterpart"
                }
            }
        }

        public var from: SentenceRef {
            get { SentenceRef(version: Int(fromVersion), sentence: Int(fromSentence)) }
            set { (fromVersion, fromSentence) = (Int16(newValue.version), Int32(newValue.sentence)) }
        }

        public var to: SentenceRef {
            get { SentenceRef(version: Int(toVersion), sentence: Int(toSentence)) }
            set { (toVersion, toSentence) = (Int16(newValue.version), Int32(newValue.sentence)) }
        }

        /// The two sentences' cosine similarity when the semantic linker scored the link (for a
        /// link a clause made, `SemanticLinker.clauseLinks`, the clause's with the other side).
        public var similarity: Double? {
            get { hasSimilarity ? storedSimilarity : nil }
            set { (hasSimilarity, storedSimilarity) = (newValue != nil, newValue ?? 0) }
        }

        public init(from: SentenceRef, to: SentenceRef, score: Double, topics: [String], evidence: [Evidence], similarity: Double? = nil,
                    basis: Basis = .words) {
            self.basis = basis
            self.score = score
            self.topics = topics
            self.evidence = evidence
            storedSimilarity = similarity ?? 0
            hasSimilarity = similarity != nil
            fromSentence = Int32(from.sentence)
            toSentence = Int32(to.sentence)
            fromVersion = Int16(from.version)
            toVersion = Int16(to.version)
        }
    }

    /// Two versions the semantic linker aligned as one text (a translation, another wording:
    /// `ParallelAlignment`), `first < second`. Each of their sentences is linked to its
    /// counterparts on the aligned path and to nothing else, so the links between them are
    /// the sentence pairs of that path.
    public struct AlignedVersions: Sendable, Hashable {
        public private(set) var first: Int
        public private(set) var second: Int
        public init(_ a: Int, _ b: Int) { (first, second) = a < b ? (a, b) : (b, a) }
    }

    public var versions: [Version]
    public var topics: [Topic]
    public var links: [Link]
    /// The pairs of versions the semantic linker aligned as one text, in the order of their
    /// versions (none in a lexical run, nor in the partial analyses streamed before the links
    /// by meaning are in). `TranslationCounterparts` reads it.
    public var alignedVersions: [AlignedVersions] = []
    /// For each sentence (outside headings) with no link into another version, the sentence
    /// of that version closest to it in meaning (`Nearest`), in the order of `Nearest.order`
    /// (its version, its sentence, the other version): made by a semantic run whose versions were compared pair by pair in full
    /// (readout-sized; `SemanticParameters.allPairsLimit`), else empty. `nearest(to:in:)` reads it.
    public var nearest: [Nearest] = []
    /// False for the partial results streamed while the engine runs, or after cancellation.
    public var isComplete: Bool
    /// The linker that makes the links (a semantic run streams its lexical links first).
    public var linker = LinkerInfo.lexical
    /// The lexicons linked with, in order (none: `--no-lexicon`), as the exports record them.
    /// Not stored in the analysis cache: its key holds the lexicons, and the engine sets them.
    public var lexicons: [Lexicon.Identity] = []
    /// True for the partial analyses a semantic run streams after its lexical links: the
    /// links by meaning are being made (from the reader's viewport outward).
    public var isLinkingByMeaning = false
    /// True when the whole analysis was read back from the analysis cache.
    public var isFromCache = false

    public init(versions: [Version] = [], topics: [Topic] = [], links: [Link] = [], isComplete: Bool = false) {
        self.versions = versions
        self.topics = topics
        self.links = links
        self.isComplete = isComplete
    }

    /// The versions the semantic linker aligned with version `index` as one text
    /// (`alignedVersions`), in order; only versions the analysis holds.
    public func versionsAligned(with index: Int) -> [Int] {
        alignedVersions.compactMap { $0.first == index ? $0.second : $0.second == index ? $0.first : nil }
            .filter(versions.indices.contains).sorted()
    }

    // MARK: Lookups for the reader

    /// Whether the semantic linker aligned versions `a` and `b` as one text (`alignedVersions`).
    public func isAligned(_ a: Int, _ b: Int) -> Bool { alignedVersions.contains(AlignedVersions(a, b)) }

    /// The topic with `id`, if any.
    public func topic(id: String) -> Topic? { topics.first { $0.id == id } }

    /// Every topic occurrence in `version`, sorted by start offset (then longest first),
    /// paired with its topic's id: what the reader paints while scrolling.
    public func occurrences(inVersion version: Int) -> [(topic: String, occurrence: Occurrence)] {
        var result: [(topic: String, occurrence: Occurrence)] = []
        for topic in topics {
            for occurrence in topic.occurrences where occurrence.version == version {
                result.append((topic.id, occurrence))
            }
        }
        return result.sorted {
            $0.occurrence.range.lowerBound != $1.occurrence.range.lowerBound
                ? $0.occurrence.range.lowerBound < $1.occurrence.range.lowerBound
                : $0.occurrence.range.upperBound > $1.occurrence.range.upperBound
        }
    }

    /// Links with one end at (`version`, `sentence`), strongest first.
    public func links(touching version: Int, sentence: Int) -> [Link] {
        let ref = SentenceRef(version: version, sentence: sentence)
        return links.filter { $0.from == ref || $0.to == ref }.sorted { $0.score > $1.score }
    }

    /// The sentences linked to (`version`, `sentence`), strongest first.
    public func counterparts(of version: Int, sentence: Int) -> [SentenceRef] {
        let ref = SentenceRef(version: version, sentence: sentence)
        return links(touching: version, sentence: sentence).map { $0.from == ref ? $0.to : $0.from }
    }

    /// The one-sided topics of `version`.
    public func topicsOnlyIn(version: Int) -> [Topic] {
        topics.filter { $0.isOneSided && $0.versions.first == version }
    }
}

extension Array where Element == Analysis.Occurrence {
    /// Leaves a topic's sentences at most one occurrence by meaning each, and none where the
    /// sentence holds a word of the topic: such a sentence is the topic's by its word, once —
    /// not also "by meaning", which says no word of it is the topic's (a link by meaning alone
    /// and a lexical link from one sentence, or two topics merged, can give it both). Of two
    /// by meaning (the whole sentence, linked by its meaning, and a clause of it that made
    /// another link, `SemanticLinker.clauseLinks`), the wider stays.
    mutating func settleByMeaning() {
        guard contains(where: \.byMeaning) else { return }
        func key(_ occurrence: Analysis.Occurrence) -> Int64 { Int64(occurrence.version) << 32 | Int64(occurrence.sentence) }
        var worded = Set<Int64>()
        var widest: [Int64: Range<Int>] = [:]
        for occurrence in self {
            if !occurrence.byMeaning {
                worded.insert(key(occurrence))
            } else if widest[key(occurrence)].map({ occurrence.range.count > $0.count }) ?? true {
                widest[key(occurrence)] = occurrence.range
            }
        }
        var kept = Set<Int64>()
        removeAll { occurrence in
            guard occurrence.byMeaning else { return false }
            let sentence = key(occurrence)
            return worded.contains(sentence) || occurrence.range != widest[sentence] || !kept.insert(sentence).inserted
        }
    }
}
