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

    /// `threshold`: 0.7 by default, under the engine's 0.8 for two whole versions: between two
    /// sentences far fewer words compete ("London" / "Londres" 0.72, "strikes" / "frappes"
    /// 0.71 pair; "years" / "months", 0.67, do not).
    public init(encoder: any SentenceEncoder, threshold: Double = 0.7) {
        self.encoder = encoder
        self.threshold = threshold
    }

    public func pairs(left: [String], leftLanguage: Language, right: [String], rightLanguage: Language) -> [(left: Int, right: Int)] {
        guard !left.isEmpty, !right.isEmpty else { return [] }
        // Within one language the stems have paired the same words already, and what is left
        // is closer than translations are ("two" / "three" 0.7): only near-synonyms pass.
        let threshold = leftLanguage == rightLanguage ? max(threshold, 0.8) : threshold
        // Numbers as words are left to the stems (`NumberWords`).
        let lefts = left.indices.filter { !NumberWords.contains(left[$0]) }
        let rights = right.indices.filter { !NumberWords.contains(right[$0]) }
        guard !lefts.isEmpty, !rights.isEmpty else { return [] }
        let vectors = encoder.embed((lefts.map { left[$0] } + rights.map { right[$0] }).map { $0.lowercased() })
        let split = Embeddings(dimension: vectors.dimension, halves: Array(vectors.values[..<(lefts.count * vectors.dimension)]))
        let rest = Embeddings(dimension: vectors.dimension, halves: Array(vectors.values[(lefts.count * vectors.dimension)...]))
        return WordTranslations.mutuallyClosest(split, rest, threshold: threshold).map { (left: lefts[$0.0], right: rights[$0.1]) }
    }
}
