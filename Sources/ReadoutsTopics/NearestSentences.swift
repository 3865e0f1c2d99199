import ReadoutsText

extension Analysis {
    /// For a sentence linked to nothing in another version, the sentence of that version
    /// closest to it in meaning, and how close (`Analysis.nearest`): what a reader checks
    /// before trusting "nothing in White House is linked to this passage". The link was not
    /// made because the two were not close enough, or not each other's closest.
    public struct Nearest: Equatable, Sendable {
        /// The unlinked sentence.
        public var from: SentenceRef
        /// Its closest sentence in meaning, in the other version (never a heading).
        public var to: SentenceRef
        /// Their similarity (cosine of the sentences' vectors, as a link's `similarity`).
        public var similarity: Double

        public init(from: SentenceRef, to: SentenceRef, similarity: Double) {
            self.from = from
            self.to = to
            self.similarity = similarity
        }
    }

    /// The entry of `nearest` for `sentence` and `version`: the sentence of `version` closest
    /// to it in meaning, when `sentence` has no link into `version`. Nil otherwise, and in a
    /// lexical run. Found by halving: the list is sorted by sentence, then by version.
    public func nearest(to sentence: SentenceRef, in version: Int) -> Nearest? {
        let low = nearest.partitionPoint { ($0.from.version, $0.from.sentence, $0.to.version) >= (sentence.version, sentence.sentence, version) }
        guard low < nearest.count, nearest[low].from == sentence, nearest[low].to.version == version else { return nil }
        return nearest[low]
    }
}
