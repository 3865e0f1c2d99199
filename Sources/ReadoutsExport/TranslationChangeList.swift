import ReadoutsReader
import ReadoutsText
import ReadoutsTopics

/// A translation's changes as `J` says them, for the exports: for each pair of versions that
/// are a text and its translation (`ReportLists.translations`), each sentence left out or
/// added, and each counterpart whose figures, persons' names or negation differ, with what
/// differs ("figures three → quatre"). The JSON's `"changes"` and the brief's and the page's
/// `--changes-only` lists read it (a translator's `--changes-only` said "no changes to list"
/// of a translation whose full brief showed a dropped sentence and "three → quatre").
struct TranslationChangeList {
    struct Entry {
        var kind: DraftChanges.Kind
        /// The sentence of the first version and of its translation (nil: none).
        var first: Int?
        var second: Int?
        /// What differs between counterparts (`.worded`), empty where nothing can be said.
        var said: [String]
        /// The sentences quoted for each side: a sentence the translation split, with both
        /// its halves (`TranslationCounterparts.runs`: a translator's list gave "figures
        /// 230,000 → 320 000" beside the English half without 230,000).
        var quotedFirst: [Int]
        var quotedSecond: [Int]
        /// The figures that differ, as written in each side (`WordChange.figurePairs`): set
        /// in bold where quoted, as the drafts' changed words are (a reviser hunted for
        /// "3,6 milliards" in a long sentence).
        var figures: (first: [String], second: [String]) = ([], [])
    }

    struct Pair {
        var first: Int
        var other: Int
        var entries: [Entry]
    }

    let pairs: [Pair]

    /// `translations`: `ReportLists.translations`; `counterparts`: the runs a split sentence
    /// is compared and quoted whole by.
    init(documents: [Document], analysis: Analysis, texts: DraftChanges.SentenceTexts, counterparts: TranslationCounterparts,
         translations: [(first: Int, other: Int, changes: [TranslationStops.Found])]) {
        pairs = translations.map { pair in
            let languages = (analysis.versions[pair.first].language, analysis.versions[pair.other].language)
            let labels = (documents[pair.first].label, documents[pair.other].label)
            return Pair(first: pair.first, other: pair.other, entries: pair.changes.map { change in
                guard change.kind == .worded, let first = change.first, let second = change.second else {
                    return Entry(kind: change.kind, first: change.first, second: change.second, said: [],
                                 quotedFirst: change.first.map { [$0] } ?? [], quotedSecond: change.second.map { [$0] } ?? [])
                }
                let runs = counterparts.runs(.init(version: pair.first, sentence: first), .init(version: pair.other, sentence: second))
                let (left, right) = (texts.string(pair.first, runs.a), texts.string(pair.other, runs.b))
                let figures = WordChange.figurePairs(left, right, languages: languages, counterparts: true) ?? []
                return Entry(kind: change.kind, first: first, second: second,
                             said: TranslationStops.said(left, right, languages: languages, names: labels),
                             quotedFirst: Array(runs.a), quotedSecond: Array(runs.b), figures: (figures.map(\.left), figures.map(\.right)))
            })
        }
    }

    /// The list the full lists' translations make (the JSON's `"changes"`).
    init(documents: [Document], analysis: Analysis, lists: ReportLists) {
        self.init(documents: documents, analysis: analysis, texts: lists.texts, counterparts: lists.counterparts, translations: lists.translations)
    }

    /// How an entry is named in a list: "Counterparts differ", "No counterpart in FR", "Only
    /// in FR" (`other`: the translation's label).
    static func title(_ entry: Entry, other: String) -> String {
        switch entry.kind {
        case .worded: return "Counterparts differ"
        case .onlyInFirst: return "No counterpart in " + other
        case .onlyInOther: return "Only in " + other
        case .moved: return "Moved in " + other
        }
    }

    /// The scalar ranges of `sentence` of `version` where it writes one of `figures`, in
    /// order and apart (where two overlap, the first).
    static func ranges(of figures: [String], in version: Int, _ sentence: Int, texts: DraftChanges.SentenceTexts) -> [Range<Int>] {
        let scalars = texts.scalars(version, sentence)
        let found = Set(figures).flatMap { scalars.ranges(of: Array($0.unicodeScalars)) }
        var kept: [Range<Int>] = []
        for range in found.sorted(by: { $0.lowerBound < $1.lowerBound }) where kept.last.map({ $0.upperBound <= range.lowerBound }) ?? true {
            kept.append(range)
        }
        return kept
    }

    static let intro = "sentences compared with their counterparts in the translation, as J steps through them: a sentence left out or added, "
        + "and counterparts whose figures, persons’ names or negation differ"
}
