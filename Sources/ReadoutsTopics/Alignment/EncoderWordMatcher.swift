import ReadoutsEncoder
import ReadoutsText

/// The compare view's semantic matcher: a word of one sentence and a word of the other
/// mean the same when the sentence encoder's vectors of the two words are each other's
/// closest and their cosine reaches `threshold`, as the engine pairs a word with its
/// translation (`WordTranslations`): "sommet" / "summit", "безопасности" / "security";
/// within one language, what stems miss ("trade" / "commerce", "поздравил" / "поздравления").
/// It runs when `c` is pressed: at most `limit` words a side are read (a few milliseconds
/// for a readout's sentences, about 50 ms at the cap in a debug build).
public struct EncoderWordMatcher: SemanticWordMatcher {
    public let encoder: any SentenceEncoder
    public let threshold: Double
    public let limit: Int

    /// `threshold`: 0.7 by default, under the engine's 0.8 for two whole versions: between two
    /// sentences far fewer words compete ("London" / "Londres" 0.72, "strikes" / "frappes"
    /// 0.71 pair; "years" / "months", 0.67, do not).
    public init(encoder: any SentenceEncoder, threshold: Double = 0.7, limit: Int = 150) {
        self.encoder = encoder
        self.threshold = threshold
        self.limit = limit
    }

    public func pairs(left: [String], leftLanguage: Language, right: [String], rightLanguage: Language) -> [(left: Int, right: Int)] {
        // Within one language the stems have paired the same words already, and what is left
        // is closer than translations are ("two" / "three" 0.7): only near-synonyms pass.
        let threshold = leftLanguage == rightLanguage ? max(threshold, 0.8) : threshold
        // Figures mean the same only when they are the same figure: "19" and "16" are close
        // vectors, and the compare view called a changed figure "same meaning".
        func digits(_ word: String) -> String { String(word.filter(\.isNumber)) }
        return WordTranslations.closestPairs(Array(left.prefix(limit)), Array(right.prefix(limit)), encoder: encoder, cache: nil,
                                             threshold: threshold)
            .filter { pair in
                // Nor are two numbers spelled ("three" / "deux", "sixth" / "septième").
                if let x = SpelledFigures.value(ofWord: left[pair.0], language: leftLanguage),
                   let y = SpelledFigures.value(ofWord: right[pair.1], language: rightLanguage), x != y { return false }
                let (a, b) = (digits(left[pair.0]), digits(right[pair.1]))
                return a.isEmpty || b.isEmpty || a == b  // "G7" / "семёрки" may still pair
            }
            .map { (left: $0.0, right: $0.1) }
    }
}
