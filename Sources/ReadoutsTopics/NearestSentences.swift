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

        /// Where it comes in `Analysis.nearest`: by its version, its sentence, then the other version.
        public var order: (Int, Int, Int) { (from.version, from.sentence, to.version) }

        /// How close, as the reader, the brief and the page say it: "0.21 alike".
        public var alike: String { String(format: "%.2f", similarity) + " alike" }

        /// Under this similarity two sentences of one event share nothing a reader would
        /// check (two unrelated readout sentences are about 0.1–0.2 alike): the reader, the
        /// brief and the page say "nothing near it in meaning", not a number a new user read
        /// as a measure of something ("0.09 alike", "−0.01 alike").
        public static let nearFloor = 0.2

        /// Whether the closest sentence is near enough to be offered as a counterpart to check.
        public var isNear: Bool { similarity >= Self.nearFloor }
    }

    /// The entry of `nearest` for `sentence` and `version`: the sentence of `version` closest
    /// to it in meaning, when `sentence` has no link into `version`. Nil otherwise, and in a
    /// lexical run. Found by halving, in `Nearest.order`.
    public func nearest(to sentence: SentenceRef, in version: Int) -> Nearest? {
        let low = nearest.partitionPoint { $0.order >= (sentence.version, sentence.sentence, version) }
        guard low < nearest.count, nearest[low].from == sentence, nearest[low].to.version == version else { return nil }
        return nearest[low]
    }
}
