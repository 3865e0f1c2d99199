/// Language identification by stopword ratio: the share of a text's words that are
/// stopwords of each language. Cheap, and accurate on anything longer than a headline.
/// It abstains (`.undetermined`) when the best ratio is under 0.10 or its margin over the
/// runner-up is under 0.05, rather than stemming with the wrong language's rules.
public enum LanguageIdentifier {
    public static func identify(words: some Sequence<String>) -> Language {
        var counts = [Int](repeating: 0, count: Language.known.count)
        var total = 0
        let lists = Language.known.map { Stopwords.words(for: $0) }
        for word in words {
            total += 1
            for (index, list) in lists.enumerated() where list.contains(word) { counts[index] += 1 }
        }
        guard total > 0 else { return .undetermined }
        let ratios = counts.map { Double($0) / Double(total) }
        let ranked = ratios.enumerated().sorted { $0.element > $1.element }
        let best = ranked[0]
        let margin = best.element - (ranked.count > 1 ? ranked[1].element : 0)
        guard best.element >= 0.10, margin >= 0.05 else { return .undetermined }
        return Language.known[best.offset]
    }

    /// The language of a text, judged on at most its first `limit` words.
    public static func identify(_ text: String, limit: Int = 5000) -> Language {
        identify(words: Tokenizer.tokens(in: text).lazy.filter { $0.kind == .word }.prefix(limit).map(\.text))
    }
}
