/// What the semantic linker saw for one pair of versions, for `readouts-bench quality
/// --probe` (studying the fusion on the dev pairs): the texts it embedded, every sentence
/// pair's similarity, the lexical pass's links and scored candidates, and each sentence's
/// lexicon topics as settled by meaning.
public struct SemanticProbe: Sendable {
    public var versions: (Int, Int)
    /// The embedded text of each sentence (participants left out), per side.
    public var texts: ([String], [String])
    /// similarity[a][b].
    public var similarity: [[Float]]
    /// The lexical links: (a, b, score, lexicon topic ids both sentences carry).
    public var lexicalLinks: [(a: Int, b: Int, score: Double, topics: [String])]
    /// Every pair the lexical linker scored, with its score.
    public var candidates: [(a: Int, b: Int, score: Double)]
    /// Each sentence's lexicon topic ids, per side.
    public var topics: ([[String]], [[String]])
    /// The fused links and the rule that made each: "lexical", "unconfirmed" (one shared
    /// word, meaning agreeing), "meaning", "topic" (topic agreement) or "clause".
    public var fused: [(a: Int, b: Int, rule: String, score: Double)] = []
}
