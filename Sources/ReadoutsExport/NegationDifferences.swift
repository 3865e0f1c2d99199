import ReadoutsText
import ReadoutsReader
import ReadoutsTopics

/// Linked passages of which one is negated and the other is not (`Negation`), as Enter says
/// them in the reader ("negation: «ne … pas» in fr.txt only"): a translator's "ne prévoit
/// pas de hausse" rendered "plans to raise" was listed as a match. The brief and the page
/// put them after the figures that differ.
///
/// As `FigureDifferences`: pairs of versions that are drafts of one text are left out (their
/// changes say it), headings too; each pair of sentences once, in the first one's order.
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

    init(documents: [Document], analysis: Analysis, changes: SentenceChanges) {
        let texts = DraftChanges.SentenceTexts(documents: documents, analysis: analysis)
        let draftPairs = DraftChanges.draftPairs(documents: documents, analysis: analysis, changes: changes)
        func key(_ end: Analysis.SentenceRef) -> Int64 { Int64(end.version) << 32 | Int64(end.sentence) }
        var seen = Set<[Int64]>()
        var found: [Difference] = []
        for link in analysis.links {
            let (from, to) = link.from.version <= link.to.version ? (link.from, link.to) : (link.to, link.from)
            guard from.version != to.version, from.version < documents.count, to.version < documents.count,
                  !draftPairs.contains([from.version, to.version]),
                  !analysis.versions[from.version].sentences[from.sentence].isHeading,
                  !analysis.versions[to.version].sentences[to.sentence].isHeading,
                  seen.insert([key(from), key(to)]).inserted,
                  let difference = Negation.difference(texts.string(from.version, from.sentence), analysis.versions[from.version].language,
                                                       texts.string(to.version, to.sentence), analysis.versions[to.version].language,
                                                       similarity: link.similarity)
            else { continue }
            found.append(Difference(first: from, other: to, negated: difference.side == 0 ? from : to, words: difference.words))
        }
        differences = found.sorted { ($0.first.version, $0.first.sentence, $0.other.version, $0.other.sentence)
            < ($1.first.version, $1.first.sentence, $1.other.version, $1.other.sentence) }
    }
}
