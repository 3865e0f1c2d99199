import ReadoutsText

/// One version, tokenised and normalised into flat arrays (struct of arrays): 6 bytes per
/// kept token while the vocabulary fits 16 bits and the text has no very long words
/// (`TermColumn`, `TokenSpans`), and no `String` in the linker's loops.
///
/// Only content words are kept (and compounds with their parts): stopwords are about 40% of
/// a text's words and nothing but evidence spans and topic names looks at them. Each kept
/// token counts the stopwords just before it (`stopwordsBefore`), which is what merging
/// evidence spans across the small words between matched ones needs; a topic name's phrase
/// reads the stopwords themselves from the text again (`gapTokens`).
struct PreparedVersion: Sendable {
    static let numberFlag: UInt8 = 1
    static let capitalisedFlag: UInt8 = 2
    static let compoundFlag: UInt8 = 4
    /// The sentence's first word (not a stopword dropped before it).
    static let sentenceStartFlag: UInt8 = 8
    /// The high four bits of a token's flags: the stopwords dropped just before it, up to 15.
    static let stopwordShift: UInt8 = 4
    static let stopwordLimit = 15
    /// `key2OfTerm` of a key id the version does not use.
    static let unusedTerm: Int32 = -2

    var language: Language
    var sentences: [Sentence]
    /// Token `t` of sentence `s` is at `sentenceStart[s] ..< sentenceStart[s + 1]`.
    var sentenceStart: [Int32] = [0]
    /// Each token's scalar range in the text.
    var spans = TokenSpans()
    /// Key id in the shared vocabulary, or -1 for a stopword (kept only as a compound or its part).
    var term = TermColumn()
    var flags: [UInt8] = []
    /// The stopwords after each sentence's last kept token, up to 255.
    var trailingStopwords: [UInt8] = []
    /// Key2 id (in the key2 vocabulary) of each key id, -1 for a key without one, or
    /// `unusedTerm`; ids past the end are unused too. Within a version a key always has the
    /// key2 of its first token, so one entry per key stands for every token.
    var key2OfTerm: [Int32] = []
    /// The first surface form seen for each key id: labels for automatic topics.
    var surface: [Int32: String] = [:]

    var sentenceCount: Int { sentences.count }

    func tokens(of sentence: Int) -> Range<Int> { Int(sentenceStart[sentence])..<Int(sentenceStart[sentence + 1]) }

    func tokenStart(_ t: Int) -> Int32 { spans.start(t) }

    func tokenEnd(_ t: Int) -> Int32 { spans.end(t) }

    /// The scalar range of token `t`.
    func tokenRange(_ t: Int) -> Range<Int> { Int(spans.start(t))..<Int(spans.end(t)) }

    /// How many stopwords were dropped just before token `t` (15 stands for 15 or more).
    func stopwordsBefore(_ t: Int) -> Int { Int(flags[t] >> Self.stopwordShift) }

    /// Whether token `t` is its sentence's first word.
    func startsSentence(_ t: Int) -> Bool { flags[t] & Self.sentenceStartFlag != 0 }

    /// Whether token `t` is capitalised inside its sentence: part of a name, a title or an acronym.
    func isInnerCapital(_ t: Int) -> Bool { flags[t] & Self.capitalisedFlag != 0 && !startsSentence(t) }

    /// How many words the sentence has, stopwords included (exact up to 15 stopwords in a row).
    func wordCount(of sentence: Int) -> Int {
        tokens(of: sentence).reduce(Int(trailingStopwords[sentence])) { $0 + 1 + stopwordsBefore($1) }
    }

    /// The stopwords dropped before token `t`, read again from the text: the words between
    /// `start` (the end of the kept tokens before `t`, or the sentence's start) and `t`.
    func droppedTokens(from start: Int, before t: Int, _ document: Document) -> [Token] {
        guard stopwordsBefore(t) > 0 else { return [] }
        return Tokenizer.tokens(in: document.scalars, start..<Int(tokenStart(t)))
    }
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
        prepare(document, language: Self.language(of: document), step: step)
    }

    /// Prepares `document`, whose language is known.
    mutating func prepare(_ document: Document, language: Language, step: (Double) -> Bool = { _ in true }) -> PreparedVersion? {
        let sentences = SentenceSplitter.sentences(of: document, language: language)
        let normaliser = normaliser(for: language)
        var version = PreparedVersion(language: language, sentences: sentences)
        let estimate = document.scalars.count / 6
        version.spans.reserveCapacity(estimate)
        version.term.reserveCapacity(estimate)
        version.flags.reserveCapacity(estimate)
        version.trailingStopwords.reserveCapacity(sentences.count)
        // A dateline alone, or a German release's line announcing it, has no words.
        let dateline = OpeningLineAside.sentence(sentences, document, language: language)
        // Nor has an agency's credit line (`CreditLine`).
        let credits = CreditLine.sentences(sentences, document)
        var germanNames = language == .german ? GermanNames() : nil
        for (index, sentence) in sentences.enumerated() {
            if index % 256 == 255, !step(Double(index) / Double(max(1, sentences.count))) { return nil }
            var dropped = 0
            var compoundEnd = Int.min
            // A list item's number ("1. ") is shown but not a word of the sentence.
            let numberLength = SentenceSplitter.mayStartListNumber(document.scalars[sentence.range.lowerBound])
                ? SentenceSplitter.listNumberLength(document.scalars.scalars(sentence.range.prefix(24))[...]) : 0
            let words = index == dateline || credits.contains(index) ? sentence.range.upperBound..<sentence.range.upperBound
                : (sentence.range.lowerBound + numberLength)..<sentence.range.upperBound
            for (position, token) in Tokenizer.tokens(in: document.scalars, words).enumerated() {
                let normalised = normaliser.normalise(token)
                // German capitalises every noun: only its names count (`GermanNames`).
                let capitalised = germanNames?.isName(token, written: { document.scalars.scalars(token.range) },
                                                      isStopword: normalised == nil, startsSentence: position == 0)
                    ?? token.isCapitalised
                var flag: UInt8 = capitalised ? PreparedVersion.capitalisedFlag : 0
                if token.kind == .number { flag |= PreparedVersion.numberFlag }
                if token.kind == .compound { flag |= PreparedVersion.compoundFlag }
                if position == 0 { flag |= PreparedVersion.sentenceStartFlag }
                var termID: Int32 = -1
                if let word = normalised {
                    termID = keys.intern(word.key)
                    let index = Int(termID)
                    if index >= version.key2OfTerm.count {
                        version.key2OfTerm += repeatElement(PreparedVersion.unusedTerm, count: index + 1 - version.key2OfTerm.count)
                    }
                    if version.key2OfTerm[index] == PreparedVersion.unusedTerm {
                        version.key2OfTerm[index] = word.key2.map { key2s.intern($0) } ?? -1
                        version.surface[termID] = document.string(token.range)
                    }
                }
                // A stopword is dropped, unless it is (or is part of) a compound, whose parts
                // evidence and names skip or read as a whole.
                guard termID >= 0 || token.kind == .compound || token.range.lowerBound < compoundEnd else {
                    dropped += 1
                    continue
                }
                if token.kind == .compound { compoundEnd = max(compoundEnd, token.range.upperBound) }
                flag |= UInt8(min(dropped, PreparedVersion.stopwordLimit)) << PreparedVersion.stopwordShift
                dropped = 0
                version.spans.append(token.range)
                version.term.append(termID)
                version.flags.append(flag)
            }
            version.sentenceStart.append(Int32(version.term.count))
            version.trailingStopwords.append(UInt8(min(dropped, Int(UInt8.max))))
        }
        return version
    }
}
