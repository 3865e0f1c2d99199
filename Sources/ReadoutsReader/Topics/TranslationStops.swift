import ReadoutsText
import ReadoutsTopics

/// Where `J` and `K` stop between a version and its translation (two versions in two
/// languages that the semantic linker aligned as one text, `Analysis.alignedVersions`): a
/// sentence the translation has no counterpart for, a sentence the translation adds, and a
/// counterpart whose figures, persons' names or negation differ (as Enter says them). A
/// translator's `J` said "no draft here", and her planted omission, changed figure and
/// negation were found only by reading every sentence with Enter.
///
/// Every other counterpart is the same sentence told in another language: no stop.
enum TranslationStops {
    /// A stop of `version` against `other`: `first` its sentence (nil: `other`'s sentence
    /// `second` added after sentence `anchor`), `second` the counterpart (nil: none).
    struct Found {
        var kind: DraftChanges.Kind
        var first: Int?
        var second: Int?
        var anchor: Int
    }

    /// Whether `other` is a translation of `version`: aligned with it as one text, and in
    /// another language both are read in.
    static func isTranslation(_ analysis: Analysis, _ version: Int, _ other: Int) -> Bool {
        let (a, b) = (analysis.versions[version].language, analysis.versions[other].language)
        return a != .undetermined && b != .undetermined && a != b && analysis.isAligned(version, other)
    }

    /// The stops of `version` against its translation `other`, in `version`'s order.
    static func find(_ version: Int, _ other: Int, texts: DraftChanges.SentenceTexts,
                     translations: TranslationCounterparts) -> [Found] {
        let analysis = texts.analysis
        let (ownCount, otherCount) = (analysis.versions[version].sentences.count, analysis.versions[other].sentences.count)
        // The links between two aligned versions are the aligned path's pairs.
        var partners = [[Int]](repeating: [], count: ownCount)
        var hasPartner = [Bool](repeating: false, count: otherCount)
        for link in analysis.links {
            let pair: (Int, Int)
            if link.from.version == version, link.to.version == other { pair = (link.from.sentence, link.to.sentence) }
            else if link.from.version == other, link.to.version == version { pair = (link.to.sentence, link.from.sentence) }
            else { continue }
            guard pair.0 < ownCount, pair.1 < otherCount else { continue }
            partners[pair.0].append(pair.1)
            hasPartner[pair.1] = true
        }
        let languages = (analysis.versions[version].language, analysis.versions[other].language)
        var found: [Found] = []
        for sentence in 0..<ownCount {
            guard !partners[sentence].isEmpty else {
                found.append(Found(kind: .onlyInFirst, first: sentence, second: nil, anchor: sentence))
                continue
            }
            for partner in partners[sentence].sorted() {
                let own = Analysis.SentenceRef(version: version, sentence: sentence), theirs = Analysis.SentenceRef(version: other, sentence: partner)
                guard translations.contains(own, theirs) else { continue }
                if differ(texts.string(version, sentence), texts.string(other, partner), languages: languages) {
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

    /// Whether a sentence and its counterpart differ as Enter says: their figures, their
    /// persons' names or a negation only one has.
    static func differ(_ left: String, _ right: String, languages: (Language, Language)) -> Bool {
        WordChange.figurePairs(left, right, languages: languages, counterparts: true) != nil
            || !NameChange.pairs(left, right, languages: languages).isEmpty
            || Negation.difference(left, languages.0, right, languages.1, similarity: nil, counterparts: true) != nil
    }

    /// What a stop says of a counterpart whose figures, names or negation differ: "figures
    /// 19 → 16", "names Boris Johnson → Theresa May", "negation: «not» in EN only".
    static func said(_ left: String, _ right: String, languages: (Language, Language), names: (String, String)) -> [String] {
        var said = WordChange.figures(left, right, languages: languages, counterparts: true).map { ["figures " + $0] } ?? []
        if let changed = NameChange.saying(NameChange.pairs(left, right, languages: languages)) { said.append(changed) }
        if let negation = Negation.difference(left, languages.0, right, languages.1, similarity: nil, counterparts: true) {
            said.append(Negation.saying(negation.words, in: negation.side == 0 ? names.0 : names.1))
        }
        return said
    }
}
