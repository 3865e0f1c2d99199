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

    init(documents: [Document], analysis: Analysis, lists: ReportLists) {
        pairs = lists.translations.map { pair in
            let languages = (analysis.versions[pair.first].language, analysis.versions[pair.other].language)
            let labels = (documents[pair.first].label, documents[pair.other].label)
            return Pair(first: pair.first, other: pair.other, entries: pair.changes.map { change in
                var said: [String] = []
                var quoted = (first: change.first.map { [$0] } ?? [], second: change.second.map { [$0] } ?? [])
                var figures: (first: [String], second: [String]) = ([], [])
                if change.kind == .worded, let first = change.first, let second = change.second {
                    let runs = lists.counterparts.runs(.init(version: pair.first, sentence: first), .init(version: pair.other, sentence: second))
                    said = TranslationStops.said(lists.texts.string(pair.first, runs.a), lists.texts.string(pair.other, runs.b),
                                                 languages: languages, names: labels)
                    quoted = (Array(runs.a), Array(runs.b))
                    let pairs = WordChange.figurePairs(lists.texts.string(pair.first, runs.a), lists.texts.string(pair.other, runs.b),
                                                       languages: languages, counterparts: true) ?? []
                    figures = (pairs.map(\.left), pairs.map(\.right))
                }
                return Entry(kind: change.kind, first: change.first, second: change.second, said: said,
                             quotedFirst: quoted.first, quotedSecond: quoted.second, figures: figures)
            })
        }
    }

    /// How an entry is named in a list: "Figures, names or negation differ", "No counterpart
    /// in FR", "Only in FR".
    static func title(_ entry: Entry, first: String, other: String) -> String {
        switch entry.kind {
        case .worded: return "Counterparts differ"
        case .onlyInFirst: return "No counterpart in " + other
        case .onlyInOther: return "Only in " + other
        case .moved: return "Moved in " + other
        }
    }

    /// The scalar ranges of `sentence` of `version` where it writes one of `figures`.
    static func ranges(of figures: [String], in version: Int, _ sentence: Int, texts: DraftChanges.SentenceTexts) -> [Range<Int>] {
        let scalars = Array(texts.string(version, sentence).unicodeScalars)
        var found: [Range<Int>] = []
        for figure in Set(figures) {
            let target = Array(figure.unicodeScalars)
            guard !target.isEmpty, target.count <= scalars.count else { continue }
            var start = 0
            while start + target.count <= scalars.count {
                if Array(scalars[start..<start + target.count]) == target {
                    found.append(start..<start + target.count)
                    start += target.count
                } else {
                    start += 1
                }
            }
        }
        // In order, apart: where two figures overlap the first is kept.
        var kept: [Range<Int>] = []
        for range in found.sorted(by: { $0.lowerBound < $1.lowerBound }) where kept.last.map({ $0.upperBound <= range.lowerBound }) ?? true {
            kept.append(range)
        }
        return kept
    }

    static let intro = "sentences compared with their counterparts in the translation, as J steps through them: a sentence left out or added, "
        + "and counterparts whose figures, persons’ names or negation differ"
}
