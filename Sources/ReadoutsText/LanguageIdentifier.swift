/// Language identification by stopword ratio: the share of a text's words that are
/// stopwords of each language. Cheap, and accurate on anything longer than a headline.
/// It abstains (`.undetermined`) when the best ratio is under 0.10 or its margin over the
/// runner-up is under 0.05, rather than stemming with the wrong language's rules.
public enum LanguageIdentifier {
    /// The commonest small words of languages the pipeline does not read, which share many
    /// with French ("de", "la", "en", "que"): a Spanish, Italian or Portuguese text wins on
    /// its own and is read as undetermined, not stemmed as French.
    static let unreadLanguages: [Set<String>] = [
        // Spanish
        ["el", "los", "las", "del", "y", "con", "por", "para", "sobre", "también", "una", "como", "su", "sus", "al",
         "lo", "más", "pero", "este", "esta", "entre", "muy", "sin", "hasta", "desde", "durante", "todos", "ante",
         "ellos", "de", "la", "que", "en", "a", "se", "un", "no", "es", "fue", "han", "ha"],
        // Italian
        ["di", "da", "il", "gli", "del", "della", "dei", "delle", "alla", "ai", "che", "non", "anche", "più", "sono",
         "hanno", "questo", "questa", "nel", "nella", "sul", "sulla", "dal", "dalla", "per", "con", "tra", "una", "e",
         "è", "la", "le", "in", "a", "un", "ha", "si", "ma", "come"],
        // Portuguese
        ["o", "os", "do", "da", "dos", "das", "em", "um", "uma", "para", "com", "não", "no", "na", "nos", "nas",
         "por", "mais", "como", "mas", "foi", "ao", "ele", "tem", "à", "seu", "sua", "ou", "também", "pelo", "pela",
         "entre", "sem", "de", "a", "que", "e", "se", "é"],
    ]

    public static func identify(words: some Sequence<String>) -> Language {
        let lists = Language.known.map { Stopwords.words(for: $0) } + unreadLanguages
        var counts = [Int](repeating: 0, count: lists.count)
        var total = 0
        for word in words {
            total += 1
            for (index, list) in lists.enumerated() where list.contains(word) { counts[index] += 1 }
        }
        guard total > 0 else { return .undetermined }
        let ratios = counts.map { Double($0) / Double(total) }
        let known = ratios.prefix(Language.known.count)
        let ranked = known.enumerated().sorted { $0.element > $1.element }
        let best = ranked[0]
        let margin = best.element - (ranked.count > 1 ? ranked[1].element : 0)
        guard best.element >= 0.10, margin >= 0.05 else { return .undetermined }
        // A language it does not read wins clearly: not one it reads (a short French text
        // shares "de", "la", "que", "en" with Spanish; it keeps French unless Spanish beats it).
        if let decoy = ratios.dropFirst(Language.known.count).max(), decoy >= best.element + 0.05 { return .undetermined }
        return Language.known[best.offset]
    }

    /// The language of a text, judged on at most its first `limit` words.
    public static func identify(_ text: String, limit: Int = 5000) -> Language {
        identify(words: Tokenizer.tokens(in: text).lazy.filter { $0.kind == .word }.prefix(limit).map(\.text))
    }
}
