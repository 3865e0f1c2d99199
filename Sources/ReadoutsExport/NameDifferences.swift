import ReadoutsText
import ReadoutsReader
import ReadoutsTopics

/// Sentences and their counterparts in a translation whose persons' names differ
/// (`NameChange`: "Boris Johnson → Theresa May"), as Enter says them in the reader. The
/// brief and the page put them after the figures that differ: a translator's planted name
/// went unsaid where her changed figure was listed.
///
/// The pairs compared are those of `LinkedPassagePairs` that are counterparts in a
/// translation (`TranslationCounterparts`); no two accounts of one call are.
struct NameDifferences {
    typealias Difference = PairedDifference

    let differences: [Difference]

    /// `draftPairs`: `DraftChanges.Found.pairs`, left to the list of changes; `translations`:
    /// the linked sentences that are counterparts in a translation.
    init(texts: DraftChanges.SentenceTexts, draftPairs: Set<[Int]>, translations: TranslationCounterparts) {
        let analysis = texts.analysis
        differences = LinkedPassagePairs.find(documents: texts.documents, analysis: analysis, draftPairs: draftPairs,
                                              candidate: { translations.contains($0, $1) }) { from, to, _ in
            guard let compared = texts.counterpartTexts(from, to, translations: translations) else { return nil }
            let pairs = NameChange.pairs(compared.a, compared.b,
                                         languages: (analysis.versions[from.version].language, analysis.versions[to.version].language))
            return pairs.isEmpty ? nil : pairs
        }.map { Difference(first: $0.first, other: $0.other, pairs: $0.found) }
    }
}
