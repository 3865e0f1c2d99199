import ReadoutsText
import ReadoutsTopics

/// Where `J` and `K` stop between a version and its translation (two versions the semantic
/// linker aligned as one text, `TranslationCounterparts.isTranslation`: two languages, or two
/// translations in one): a
/// sentence the translation has no counterpart for, a sentence the translation adds, and a
/// counterpart whose figures, persons' names or negation differ (as Enter says them). A
/// translator's `J` said "no draft here", and her planted omission, changed figure and
/// negation were found only by reading every sentence with Enter.
///
/// Every other counterpart is the same sentence told otherwise: no stop.
public enum TranslationStops {
    /// A stop of `version` against `other`: `first` its sentence (nil: `other`'s sentence
    /// `second` added after sentence `anchor`), `second` the counterpart (nil: none).
    public struct Found: Equatable, Sendable {
        public var kind: DraftChanges.Kind
        public var first: Int?
        public var second: Int?
        public var anchor: Int
    }

    /// The stops of `version` against its translation `other`: first its own sentences'
    /// (in order), then the sentences `other` adds (in `other`'s order); `inReadingOrder`
    /// sorts them as `version` reads.
    public static func find(_ version: Int, _ other: Int, texts: DraftChanges.SentenceTexts,
                     translations: TranslationCounterparts) -> [Found] {
        let analysis = texts.analysis
        let (ownCount, otherCount) = (analysis.versions[version].sentences.count, analysis.versions[other].sentences.count)
        let (partners, hasPartner) = TranslationCounterparts.partners(analysis, version, other)
        let languages = (analysis.versions[version].language, analysis.versions[other].language)
        var found: [Found] = []
        for sentence in 0..<ownCount {
            guard !partners[sentence].isEmpty else {
                found.append(Found(kind: .onlyInFirst, first: sentence, second: nil, anchor: sentence))
                continue
            }
            for partner in partners[sentence].sorted() {
                let own = Analysis.SentenceRef(version: version, sentence: sentence), theirs = Analysis.SentenceRef(version: other, sentence: partner)
                // A sentence the translation split is compared whole, once, at its runs' first pair.
                guard translations.contains(own, theirs), let compared = texts.counterpartTexts(own, theirs, translations: translations)
                else { continue }
                if differ(compared.a, compared.b, languages: languages) {
                    found.append(Found(kind: .worded, first: sentence, second: partner, anchor: sentence))
                    break
                }
            }
        }
        // A sentence the translation adds, after the last of this version's sentences whose
        // counterpart comes before it.
        var anchorBefore = [Int](repeating: -1, count: otherCount + 1)
        for sentence in 0..<ownCount {
            for partner in partners[sentence] where partner + 1 <= otherCount {
                anchorBefore[partner + 1] = max(anchorBefore[partner + 1], sentence)
            }
        }
        var anchor = -1
        for sentence in 0..<otherCount {
            anchor = max(anchor, anchorBefore[sentence])
            if !hasPartner[sentence] {
                found.append(Found(kind: .onlyInOther, first: nil, second: sentence, anchor: anchor))
            }
        }
        return found
    }

    /// `found` in `version`'s reading order: by anchor, a sentence of its own before the
    /// sentences the translation adds after it (as `J` steps).
    public static func inReadingOrder(_ found: [Found]) -> [Found] {
        found.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.anchor != y.anchor { return x.anchor < y.anchor }
            if (x.first != nil) != (y.first != nil) { return x.first != nil }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Whether a sentence and its counterpart differ as Enter says: their figures, their
    /// persons' names or a negation only one has.
    static func differ(_ left: String, _ right: String, languages: (Language, Language)) -> Bool {
        WordChange.figurePairs(left, right, languages: languages, counterparts: true) != nil
            || !NameChange.pairs(left, right, languages: languages).isEmpty
            || Negation.difference(left, languages.0, right, languages.1, similarity: nil, counterparts: true) != nil
    }

    /// What a stop says of a counterpart whose figures, names or negation differ: "figures
    /// 19 → 16", "names Boris Johnson → Theresa May", "negation: «not» in EN only".
    public static func said(_ left: String, _ right: String, languages: (Language, Language), names: (String, String)) -> [String] {
        var said = WordChange.figures(left, right, languages: languages, counterparts: true).map { ["figures " + $0] } ?? []
        if let changed = NameChange.saying(NameChange.pairs(left, right, languages: languages)) { said.append(changed) }
        if let negation = Negation.difference(left, languages.0, right, languages.1, similarity: nil, counterparts: true) {
            said.append(Negation.saying(negation.words, in: negation.side == 0 ? names.0 : names.1))
        }
        return said
    }
}
