import ReadoutsText
import ReadoutsReader
import ReadoutsTopics

/// Linked passages of which one is negated and the other is not (`Negation`), as Enter says
/// them in the reader ("negation: «ne … pas» in fr.txt only"): a translator's "ne prévoit
/// pas de hausse" rendered "plans to raise" was listed as a match. The brief and the page
/// put them after the figures that differ.
///
/// The pairs compared are those of `LinkedPassagePairs`, as for `FigureDifferences`.
struct NegationDifferences {
    struct Difference {
        var first: Analysis.SentenceRef
        var other: Analysis.SentenceRef
        /// The negated passage: `first` or `other`.
        var negated: Analysis.SentenceRef
        /// Its negations, as `Negation.words(in:)` says them ("ne … pas").
        var words: [String]
    }

    let differences: [Difference]

    /// `draftPairs`: `DraftChanges.Found.pairs`, left to the list of changes; `translations`:
    /// the linked sentences that are counterparts in a translation.
    init(texts: DraftChanges.SentenceTexts, draftPairs: Set<[Int]>, translations: TranslationCounterparts) {
        let analysis = texts.analysis
        differences = LinkedPassagePairs.find(documents: texts.documents, analysis: analysis, draftPairs: draftPairs) { from, to, link -> (side: Int, words: [String])? in
            // A translation's split sentence is compared whole (`counterpartTexts`).
            guard let compared = texts.counterpartTexts(from, to, translations: translations) else { return nil }
            return Negation.difference(compared.a, analysis.versions[from.version].language, compared.b, analysis.versions[to.version].language,
                                similarity: link.similarity, counterparts: translations.contains(from, to))
        }.map { Difference(first: $0.first, other: $0.other, negated: $0.found.side == 0 ? $0.first : $0.other, words: $0.found.words) }
    }
}
