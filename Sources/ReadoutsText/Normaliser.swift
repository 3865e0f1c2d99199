/// The matching forms of one content word.
public struct NormalisedWord: Sendable, Equatable, Hashable {
    /// The Snowball stem of the accented lower-case word ("fronti" for "frontières").
    public var stem: String
    /// The stem folded to ASCII ("cybersecur" for "cybersécur"): the identity used for matching.
    public var key: String
    /// The key's first six characters, for keys of six or more: joins what the stemmer
    /// leaves apart ("ukrain" for "ukrainienne" and "Ukraine"). Nil for shorter keys, and
    /// for Russian, whose stemmer joins the inflections and whose prefixes join different words.
    public var key2: String?
}

/// Turns tokens into matching keys, in this order (the order matters, see the notes):
/// lower-case → drop surface stopwords → stem the *accented* form → drop stems that are
/// stopwords → fold diacritics and script → key2 prefix. Numbers keep their canonical text.
///
/// Each word type is normalised once and cached. A normaliser owns a libstemmer instance,
/// which is not thread-safe: use one normaliser per thread or task.
public final class Normaliser {
    public let language: Language
    private let stemmer: Stemmer?
    private let stopwords: Set<String>
    private var cache: [String: NormalisedWord?] = [:]
    private var nameCache: [String: NormalisedWord?] = [:]

    public init(language: Language) {
        self.language = language
        self.stemmer = Stemmer(language: language)
        // Undetermined text still drops the stopwords of French, English and Russian (not
        // German's or Spanish's, among which are English words: "war", "will", "die"; "he",
        // "has", "era", "son").
        self.stopwords = language == .undetermined
            ? [Language.french, .english, .russian].reduce(into: Set<String>()) { $0.formUnion(Stopwords.words(for: $1)) }
            : Stopwords.words(for: language)
    }

    /// The matching forms of `token`, or nil for a stopword.
    public func normalise(_ token: Token) -> NormalisedWord? {
        if token.kind == .number { return NormalisedWord(stem: token.text, key: token.text, key2: nil) }
        if language == .russian, token.isCapitalised { return normalise(capitalised: token.text) }
        if token.isCapitalised, let kept = keptWhole(capitalised: token.text) { return kept }
        return normalise(word: token.text)
    }

    /// A capitalised word that is no stopword but whose stem is one: a name or an acronym,
    /// kept whole. French stems the IAEA's acronym "AIEA" to "aie", a form of "avoir", and
    /// the Élysée's "coopérer pleinement avec l'AIEA" named no nuclear safety.
    private func keptWhole(capitalised word: String) -> NormalisedWord? {
        guard word.unicodeScalars.count >= 3, !stopwords.contains(word), normalise(word: word) == nil else { return nil }
        return NormalisedWord(stem: word, key: Folding.fold(word), key2: nil)
    }

    /// Russian singular past-tense endings, which the stemmer cuts from any word. The plural
    /// ones ("-или", "-ыли") are left out: few names end so ("Эмили" is cut to "эм"), while
    /// readouts often open a sentence with a plural verb ("Решили", they decided), which must
    /// match itself mid-sentence.
    private static let pastTenseEndings: Set<String> = ["ил", "ыл", "ила", "ыла", "ило"]

    /// A capitalised Russian word: a name the stemmer reads as a verb and cuts to three
    /// letters or fewer keeps its whole form ("Сирил", Cyril, would otherwise be "сир", the
    /// stem of "Сирия", Syria).
    private func normalise(capitalised word: String) -> NormalisedWord? {
        if let cached = nameCache[word] { return cached }
        var result = normalise(word: word)
        if let normalised = result, normalised.stem.count <= 3, word.hasPrefix(normalised.stem),
           Self.pastTenseEndings.contains(String(word.dropFirst(normalised.stem.count))) {
            result = NormalisedWord(stem: word, key: Folding.fold(word), key2: nil)
        }
        nameCache[word] = result
        return result
    }

    /// The matching forms of a lower-case word, or nil for a stopword or a single letter.
    public func normalise(word: String) -> NormalisedWord? {
        if let cached = cache[word] { return cached }
        let result = compute(word)
        cache[word] = result
        return result
    }

    private func compute(_ word: String) -> NormalisedWord? {
        if stopwords.contains(word) || word.unicodeScalars.count < 2 { return nil }
        // (English is stemmed with American spellings: `Stemmer`.)
        let stem = stemmer?.stem(word) ?? word
        // German's and Spanish's stopword lists hold every form, and their stems fall on
        // their words: "Sicherheit" and "sicher" stem to "sich", "nächste" to "nach", "Wille"
        // to "will"; "sonido" to "son", "lesa" (crímenes de lesa humanidad) to "les".
        if language != .german, language != .spanish, stopwords.contains(stem) { return nil }
        let key = Folding.fold(stem)
        // Russian stems are long and its suffixes change the sense ("продолжена", continued;
        // "продолжительный", lengthy): the stemmer already joins the inflections, a prefix
        // would only join different words.
        let key2 = key.count >= 6 && language != .russian ? String(key.prefix(6)) : nil
        return NormalisedWord(stem: stem, key: key, key2: key2)
    }

    /// All normalised words of a phrase, stopwords dropped, in order.
    public func normalise(phrase: String) -> [NormalisedWord] {
        Tokenizer.tokens(in: phrase).filter { $0.kind != .compound }.compactMap(normalise)
    }
}
