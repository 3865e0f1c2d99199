import ReadoutsEncoder
import ReadoutsText

/// The compare view's semantic matcher: a word of one sentence and a word of the other
/// mean the same when the sentence encoder's vectors of the two words are each other's
/// closest and their cosine reaches `threshold`, as the engine pairs a word with its
/// translation (`WordTranslations`): "sommet" / "summit", "безопасности" / "security";
/// within one language, what stems miss ("trade" / "commerce", "поздравил" / "поздравления").
public struct EncoderWordMatcher: SemanticWordMatcher {
    public let encoder: any SentenceEncoder
    public let threshold: Double

    public init(encoder: any SentenceEncoder, threshold: Double = SemanticParameters().translation) {
        self.encoder = encoder
        self.threshold = threshold
    }

    public func pairs(left: [String], leftLanguage: Language, right: [String], rightLanguage: Language) -> [(left: Int, right: Int)] {
        guard !left.isEmpty, !right.isEmpty else { return [] }
        let vectors = encoder.embed((left + right).map { $0.lowercased() })
        let split = Embeddings(dimension: vectors.dimension, halves: Array(vectors.values[..<(left.count * vectors.dimension)]))
        let rest = Embeddings(dimension: vectors.dimension, halves: Array(vectors.values[(left.count * vectors.dimension)...]))
        return WordTranslations.mutuallyClosest(split, rest, threshold: threshold).map { (left: $0.0, right: $0.1) }
    }
}
