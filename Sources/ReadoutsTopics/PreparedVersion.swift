import ReadoutsText

/// One version, tokenised and normalised into flat arrays (struct of arrays): about a
/// dozen bytes per token and no `String` in the linker's loops.
///
/// Every token is kept, stopwords included (`term == -1`), so evidence spans can be merged
/// across the small words between matched ones.
struct PreparedVersion: Sendable {
    static let numberFlag: UInt8 = 1
    static let capitalisedFlag: UInt8 = 2
    static let compoundFlag: UInt8 = 4

    var language: Language
    var sentences: [Sentence]
    /// Token `t` of sentence `s` is at `sentenceStart[s] ..< sentenceStart[s + 1]`.
    var sentenceStart: [Int32] = [0]
    var tokenStart: [Int32] = []
    var tokenEnd: [Int32] = []
    /// Key id in the shared vocabulary, or -1 for a stopword.
    var term: [Int32] = []
    /// Key2 id (in the key2 vocabulary), or -1.
    var key2: [Int32] = []
    var flags: [UInt8] = []
    /// The first surface form seen for each key id: labels for automatic topics.
    var surface: [Int32: String] = [:]

    var sentenceCount: Int { sentences.count }

    func tokens(of sentence: Int) -> Range<Int> { Int(sentenceStart[sentence])..<Int(sentenceStart[sentence + 1]) }
}

/// Builds `PreparedVersion`s: language identification, sentences, tokens, keys.
struct VersionPreparer {
    let keys: Vocabulary
    let key2s: Vocabulary
    private var normalisers: [Language: Normaliser] = [:]

    init(keys: Vocabulary, key2s: Vocabulary) {
        self.keys = keys
        self.key2s = key2s
    }

    mutating func normaliser(for language: Language) -> Normaliser {
        if let existing = normalisers[language] { return existing }
        let created = Normaliser(language: language)
        normalisers[language] = created
        return created
    }

    /// The language of a document, judged on its first 5,000 words.
    static func language(of document: Document) -> Language {
        var words: [String] = []
        for token in Tokenizer.tokens(in: document.scalars, 0..<40_000) where token.kind == .word {
            words.append(token.text)
            if words.count >= 5000 { break }
        }
        return LanguageIdentifier.identify(words: words)
    }

    /// Prepares `document`, calling `step` with the fraction done every few hundred sentences;
    /// returns nil as soon as `step` answers false (cancellation).
    mutating func prepare(_ document: Document, step: (Double) -> Bool) -> PreparedVersion? {
        let language = Self.language(of: document)
        let sentences = SentenceSplitter.sentences(of: document, language: language)
        let normaliser = normaliser(for: language)
        var version = PreparedVersion(language: language, sentences: sentences)
        let estimate = document.scalars.count / 6
        version.tokenStart.reserveCapacity(estimate)
        version.tokenEnd.reserveCapacity(estimate)
        version.term.reserveCapacity(estimate)
        version.key2.reserveCapacity(estimate)
        version.flags.reserveCapacity(estimate)
        var key2OfKey: [Int32: Int32] = [:]
        for (index, sentence) in sentences.enumerated() {
            if index % 256 == 255, !step(Double(index) / Double(max(1, sentences.count))) { return nil }
            for token in Tokenizer.tokens(in: document.scalars, sentence.range) {
                var flag: UInt8 = token.isCapitalised ? PreparedVersion.capitalisedFlag : 0
                if token.kind == .number { flag |= PreparedVersion.numberFlag }
                if token.kind == .compound { flag |= PreparedVersion.compoundFlag }
                var termID: Int32 = -1
                var key2ID: Int32 = -1
                if let word = normaliser.normalise(token) {
                    termID = keys.intern(word.key)
                    if let cached = key2OfKey[termID] {
                        key2ID = cached
                    } else {
                        key2ID = word.key2.map { key2s.intern($0) } ?? -1
                        key2OfKey[termID] = key2ID
                    }
                    if version.surface[termID] == nil { version.surface[termID] = document.string(token.range) }
                }
                version.tokenStart.append(Int32(token.range.lowerBound))
                version.tokenEnd.append(Int32(token.range.upperBound))
                version.term.append(termID)
                version.key2.append(key2ID)
                version.flags.append(flag)
            }
            version.sentenceStart.append(Int32(version.term.count))
        }
        return version
    }
}
