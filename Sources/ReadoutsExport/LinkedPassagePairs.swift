import ReadoutsText
import ReadoutsReader
import ReadoutsTopics

/// The pairs of linked passages the lists of differences look at (`FigureDifferences`,
/// `NegationDifferences`): each pair of linked sentences once, the earlier version first;
/// pairs of versions that are drafts of one text are left out (`DraftChanges` lists their
/// changes), headings too. One walk, so that the lists agree on which pairs they compare.
enum LinkedPassagePairs {
    /// What `test` finds in each pair, in the first sentence's order, then the other's.
    /// `candidate` is a cheaper test made before a pair is remembered as seen (the figures'
    /// "both have a digit"), which keeps the set of pairs seen small. `draftPairs`:
    /// `DraftChanges.Found.pairs`, found once per export for every list.
    static func find<Found>(documents: [Document], analysis: Analysis, draftPairs: Set<[Int]>,
                            candidate: (Analysis.SentenceRef, Analysis.SentenceRef) -> Bool = { _, _ in true },
                            _ test: (Analysis.SentenceRef, Analysis.SentenceRef, Analysis.Link) -> Found?)
        -> [(first: Analysis.SentenceRef, other: Analysis.SentenceRef, found: Found)] {
        var seen = Set<[Int64]>()
        var found: [(first: Analysis.SentenceRef, other: Analysis.SentenceRef, found: Found)] = []
        for link in analysis.links {
            let (from, to) = link.from.version <= link.to.version ? (link.from, link.to) : (link.to, link.from)
            guard from.version != to.version, from.version < documents.count, to.version < documents.count,
                  !draftPairs.contains([from.version, to.version]),
                  !analysis.versions[from.version].sentences[from.sentence].isHeading,
                  !analysis.versions[to.version].sentences[to.sentence].isHeading,
                  candidate(from, to), seen.insert([key(from), key(to)]).inserted,
                  let result = test(from, to, link)
            else { continue }
            found.append((from, to, result))
        }
        return found.sorted { ($0.first.version, $0.first.sentence, $0.other.version, $0.other.sentence)
            < ($1.first.version, $1.first.sentence, $1.other.version, $1.other.sentence) }
    }

    /// A sentence as one number, for the set of pairs seen and the figures' digit cache.
    static func key(_ end: Analysis.SentenceRef) -> Int64 { Int64(end.version) << 32 | Int64(end.sentence) }
}
