import ReadoutsText

/// How the words of two linked sentences correspond, for the reader's compare view: groups
/// of words that match across the two, each with its reason, and the content words only
/// one side uses. Ranges are Unicode-scalar offsets into each sentence's text; stopwords
/// belong to neither.
public struct WordAlignment: Sendable, Equatable {
    /// Why words were matched, strongest first.
    public enum Reason: Sendable, Equatable, Hashable {
        /// Both sides carry this topic (its id): the link's evidence, or two aliases of one
        /// lexicon topic ("sanctions possibles" / "mesures économiques", "troupes" / "forces").
        case topic(String)
        /// The same stem, or the same first six letters of it, as the linker counts them
        /// ("ukrainienne" / "Ukraine").
        case stem
        /// Judged to mean the same by a `SemanticWordMatcher`.
        case semantic
    }

    public struct Match: Sendable, Equatable {
        public var reason: Reason
        public var left: [Range<Int>]
        public var right: [Range<Int>]

        public init(reason: Reason, left: [Range<Int>], right: [Range<Int>]) {
            self.reason = reason
            self.left = left
            self.right = right
        }
    }

    /// In the order of their first word on the left.
    public var matches: [Match]
    /// Content words nothing on the other side matched.
    public var onlyLeft: [Range<Int>]
    public var onlyRight: [Range<Int>]

    public init(matches: [Match], onlyLeft: [Range<Int>], onlyRight: [Range<Int>]) {
        self.matches = matches
        self.onlyLeft = onlyLeft
        self.onlyRight = onlyRight
    }
}

/// The place for a matcher of words that mean the same without sharing a stem or a lexicon
/// topic (a sentence encoder's word vectors, say). `SentenceAligner` asks it last, about the
/// content words nothing else matched.
public protocol SemanticWordMatcher: Sendable {
    /// Pairs of indices (into `left`, into `right`) of words that mean the same.
    func pairs(left: [String], leftLanguage: Language, right: [String], rightLanguage: Language) -> [(left: Int, right: Int)]
}
