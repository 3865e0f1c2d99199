import ReadoutsText
import ReadoutsReader
import ReadoutsTopics

/// Linked passages whose figures differ ("1.2 billion" against "1.5 billion"), as Enter
/// says them in the reader ("figures 1.2 → 1.5"): what a journalist looks for first, and
/// what the brief and the page put before the topics. A journalist's two readouts gave the
/// aid pledged as 1.2 and 1.5 billion, and neither report said so: their topic held four
/// and five passages, and figures were compared only where each version had one.
///
/// The pairs compared are those of `LinkedPassagePairs` (drafts of one text and headings left out,
/// each pair of sentences once, in the first one's order).
struct FigureDifferences {
    typealias Difference = PairedDifference

    let differences: [Difference]

    /// `draftPairs`: `DraftChanges.Found.pairs`, left to the list of changes; `translations`:
    /// the linked sentences that are counterparts in a translation.
    init(texts: DraftChanges.SentenceTexts, draftPairs: Set<[Int]>, translations: TranslationCounterparts) {
        // Whether a sentence has a digit or a number spelled, once a sentence: most pairs
        // have none to compare.
        var hasFigure: [Int64: Bool] = [:]
        let analysis = texts.analysis
        func figure(_ end: Analysis.SentenceRef) -> Bool {
            let key = LinkedPassagePairs.key(end)
            if let known = hasFigure[key] { return known }
            let found = texts.scalars(end.version, end.sentence).contains { $0.properties.numericType == .decimal }
                || WordChange.mayHaveSpelledFigure(texts.string(end.version, end.sentence), language: analysis.versions[end.version].language)
            hasFigure[key] = found
            return found
        }
        differences = LinkedPassagePairs.find(documents: texts.documents, analysis: analysis, draftPairs: draftPairs,
                                              candidate: { translations.contains($0, $1) || figure($0) && figure($1) }) { from, to, _ in
            // A translation's split sentence is compared whole (`counterpartTexts`).
            guard let compared = texts.counterpartTexts(from, to, translations: translations) else { return nil }
            return WordChange.figurePairs(compared.a, compared.b,
                                   languages: (analysis.versions[from.version].language, analysis.versions[to.version].language),
                                   counterparts: translations.contains(from, to))
        }.map { Difference(first: $0.first, other: $0.other, pairs: $0.found) }
    }
}
