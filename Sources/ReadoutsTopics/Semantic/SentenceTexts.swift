import ReadoutsText

/// The text of each sentence as the semantic linker embeds it: without the event's
/// participants, their titles and the reporting verbs.
///
/// Every readout of a call says who spoke with whom ("President Biden spoke with Prime
/// Minister Trudeau…"); those words pull the vectors of unrelated sentences together, so
/// two sentences sharing only the participants would look alike. They are left out:
/// reporting verbs and the words of every readout (`ReadoutVocabulary`), and the names of
/// the opening sentence or of a tenth of the sentences. A sentence made of nothing else
/// keeps its words.
enum SentenceTexts {
    static func masked(_ version: PreparedVersion, _ document: Document, ignored: Set<Int32>, participants: Set<Int32>) -> [String] {
        masked(version, document, sentences: 0..<version.sentenceCount, ignored: ignored, participants: participants)
    }

    /// The texts of `sentences` alone, in their order: a large version's texts are made a
    /// batch at a time, never all held at once.
    static func masked(_ version: PreparedVersion, _ document: Document, sentences: some Collection<Int>, ignored: Set<Int32>,
                       participants: Set<Int32>) -> [String] {
        masked(version, document, parts: sentences.lazy.map { ($0, version.sentences[$0].range) }, ignored: ignored, participants: participants)
    }

    /// The texts of parts of sentences (a sentence and a scalar range within it: the whole
    /// sentence, or one of its clauses, `SentenceClauses`), masked as the sentences are.
    static func masked(_ version: PreparedVersion, _ document: Document, parts: some Collection<(sentence: Int, range: Range<Int>)>,
                       ignored: Set<Int32>, participants: Set<Int32>) -> [String] {
        var texts: [String] = []
        texts.reserveCapacity(parts.count)
        var kept: [Unicode.Scalar] = []
        for (s, part) in parts {
            var tokens = version.tokens(of: s)
            if part != version.sentences[s].range {
                // A clause: its own tokens only.
                let lower = tokens.first { version.tokenStart($0) >= part.lowerBound } ?? tokens.upperBound
                let upper = tokens[lower...].first { version.tokenStart($0) >= part.upperBound } ?? tokens.upperBound
                tokens = lower..<upper
            }
            let scalars = document.scalars.scalars(part)
            // A list item's number ("1. ") says nothing of the sentence's meaning.
            let numberLength = part.lowerBound == version.sentences[s].range.lowerBound ? SentenceSplitter.listNumberLength(scalars[...]) : 0
            kept.removeAll(keepingCapacity: true)
            var cursor = part.lowerBound + numberLength
            var words = 0
            for t in tokens {
                let term = version.term[t]
                guard term >= 0 else { continue }
                if isOwn(term, ignored: ignored, participants: participants) {
                    words += 1
                } else {
                    let range = version.tokenRange(t)
                    guard range.lowerBound >= cursor, range.upperBound <= part.upperBound else { continue }
                    kept += scalars[(cursor - part.lowerBound)..<(range.lowerBound - part.lowerBound)]
                    cursor = range.upperBound
                }
            }
            if words == 0 {
                texts.append(UTF8Scalars.string(scalars[numberLength...]))
                continue
            }
            kept += scalars[(cursor - part.lowerBound)...]
            texts.append(collapsingWhiteSpace(kept))
        }
        return texts
    }

    /// How many words of sentence `s` its embedded text keeps of its own: those `masked`
    /// keeps, neither in `ignored` (reporting verbs, the readouts' own words) nor among the
    /// `participants` (numbers count). A hyphenated compound is one word: its parts, which
    /// follow it, are not counted again ("de-escalation" is one word, not two).
    /// A token of a script written without spaces counts as the words it holds
    /// (`UnspacedScript`); such text is read in no known language.
    static func ownWords(_ version: PreparedVersion, _ s: Int, ignored: Set<Int32>, participants: Set<Int32>) -> Int {
        var words = 0
        let unspaced = version.language == .undetermined
        forEachOwnWord(version, s, ignored: ignored, participants: participants) { t in
            words += unspaced ? UnspacedScript.wordCount((version.surface[version.term[t]] ?? "").unicodeScalars) : 1
        }
        return words
    }

    /// Calls `body` with each token of sentence `s` that is a word of its own (`ownWords`).
    static func forEachOwnWord(_ version: PreparedVersion, _ s: Int, ignored: Set<Int32>, participants: Set<Int32>, _ body: (Int) -> Void) {
        var compoundEnd = Int.min
        for t in version.tokens(of: s) {
            let range = version.tokenRange(t)
            if range.upperBound <= compoundEnd { continue }  // a part of the compound before it
            let term = version.term[t]
            if version.flags[t] & PreparedVersion.compoundFlag != 0, term >= 0 { compoundEnd = range.upperBound }
            if isOwn(term, ignored: ignored, participants: participants) { body(t) }
        }
    }

    /// A version's opening sentence, and whether it is bare: fewer than `limit` words of its
    /// own once `ignored` and `participants` are set aside, so it says who spoke with whom
    /// and nothing else (`SemanticParameters.bareOpeningWords`).
    static func opening(_ version: PreparedVersion, ignored: Set<Int32>, participants: Set<Int32>, limit: Int) -> (sentence: Int, isBare: Bool)? {
        Participants.openingSentence(version).map { s in
            (s, ownWords(version, s, ignored: ignored, participants: participants) < limit)
        }
    }

    /// A version's call line: the first bare sentence (`opening`'s measure) among its first
    /// `within` sentences that are no headings, and that has a word of a call or a meeting
    /// (`isCallWord`), where a report's lead comes before it ("Lors d'un échange téléphonique
    /// ce vendredi…, Emmanuel Macron et … Joe Biden ont appelé à…" then "Le président Emmanuel
    /// Macron s'est entretenu avec Joe Biden vendredi."); nil when there is none. "President
    /// Ramaphosa appreciated the briefing from President Putin" is bare, and no call line.
    static func callLine(_ version: PreparedVersion, ignored: Set<Int32>, participants: Set<Int32>, limit: Int, within: Int = 3) -> Int? {
        guard let first = Participants.openingSentence(version) else { return nil }
        return (first..<version.sentenceCount).lazy.filter { !version.sentences[$0].isHeading }.prefix(within).first {
            version.tokens(of: $0).count > 3 && ownWords(version, $0, ignored: ignored, participants: participants) < limit
                && saysACallTookPlace(version, $0)
        }
    }

    /// Whether sentence `s` has a word of a call or a meeting (`isCallWord`).
    static func saysACallTookPlace(_ version: PreparedVersion, _ s: Int) -> Bool {
        version.tokens(of: s).contains { t in
            version.term[t] >= 0 && (version.surface[version.term[t]].map { isCallWord($0.lowercased()) } ?? false)
        }
    }

    /// Whether a word, lower-case, says a call or a meeting took place (`callWordStarts`, or "met").
    static func isCallWord(_ word: String) -> Bool {
        word == "met" || callWordStarts.contains { word.hasPrefix($0) }
    }

    /// Whether `text` says at whose request, initiative or invitation a call or a meeting
    /// took place (`initiativePhrases`, case and apostrophes aside): a one-sided fact that
    /// readouts state in their opening line.
    static func saysWhoInitiated(_ text: String) -> Bool {
        let folded = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        return initiativePhrases.contains { folded.contains($0) }
    }

    /// Phrases that say who asked for a call or a meeting, in the five languages.
    static let initiativePhrases = [
        "at the request of", "at the initiative of", "at the invitation of", "on the initiative of",
        "à la demande d", "à l'initiative d", "sur l'initiative d", "à l'invitation d", "sur invitation d",
        "по инициативе", "по просьбе", "по приглашению",
        "auf initiative", "auf wunsch", "auf bitten", "auf einladung",
        "a petición d", "a solicitud d", "por iniciativa d", "a invitación d",
    ]

    /// The starts of the words that say a call or a meeting took place, in the five languages.
    static let callWordStarts = [
        "spoke", "speak", "call", "phone", "telephon", "conversation", "talk", "meeting",
        "entret", "téléphon", "appel", "échang", "rencontr",
        "разговор", "бесед", "телефон", "встреч", "созвон",
        "telefon", "gespräch", "sprach", "treffen", "getroffen",
        "conversa", "llamad", "habl", "reuni", "reunió",
    ]

    /// Whether a token's key is a word of the sentence's own, kept in the embedded text.
    private static func isOwn(_ term: Int32, ignored: Set<Int32>, participants: Set<Int32>) -> Bool {
        term >= 0 && !ignored.contains(term) && !participants.contains(term)
    }

    /// The scalars' words joined by single spaces: what `split(whereSeparator:
    /// \.isWhitespace).joined(separator: " ")` gives on their String, computed on scalars
    /// (grapheme breaking made masking the slowest step of reopening a large document).
    /// Where a space could share a grapheme cluster with its neighbour (a combining mark or
    /// a format character after it, a prepended sign before it), the String way decides.
    static func collapsingWhiteSpace(_ scalars: [Unicode.Scalar]) -> String {
        var words: [Unicode.Scalar] = []
        words.reserveCapacity(scalars.count)
        var pendingSpace = false
        for (index, scalar) in scalars.enumerated() {
            if isWhiteSpace(scalar) {
                if index + 1 < scalars.count, mayExtendCluster(scalars[index + 1]) { return characterWise(scalars) }
                if index > 0, mayPrependCluster(scalars[index - 1]) { return characterWise(scalars) }
                pendingSpace = !words.isEmpty
            } else {
                if pendingSpace { words.append(" ") }
                pendingSpace = false
                words.append(scalar)
            }
        }
        return UTF8Scalars.string(words[...])
    }

    /// The reference: white space as `Character.isWhitespace` sees it.
    static func characterWise(_ scalars: [Unicode.Scalar]) -> String {
        UTF8Scalars.string(scalars[...]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @inline(__always)
    private static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace
    }

    /// Whether a scalar after a space could join its cluster (grapheme rules GB9, GB9a):
    /// marks, format characters (joiners, variation selectors' kin), modifiers, and the few
    /// letters that are spacing marks.
    private static func mayExtendCluster(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format, .modifierSymbol, .modifierLetter, .surrogate, .unassigned:
            return true
        case .otherLetter:
            return scalar.value == 0x0E33 || scalar.value == 0x0EB3 || scalar.value >= 0x11000
        default:
            return false
        }
    }

    /// Whether a scalar before a space could take it into its cluster (GB9b, Prepend).
    private static func mayPrependCluster(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x600 else { return false }
        switch scalar.properties.generalCategory {
        case .format, .unassigned: return true
        case .otherLetter: return scalar.value == 0x0D4E || scalar.value >= 0x11000
        default: return false
        }
    }
}
