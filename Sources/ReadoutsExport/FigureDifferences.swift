import ReadoutsText
import ReadoutsReader
import ReadoutsTopics

/// Linked passages whose figures differ ("1.2 billion" against "1.5 billion"), as Enter
/// says them in the reader ("figures 1.2 → 1.5"): what a journalist looks for first, and
/// what the brief and the page put before the topics. A journalist's two readouts gave the
/// aid pledged as 1.2 and 1.5 billion, and neither report said so: their topic held four
/// and five passages, and figures were compared only where each version had one.
///
/// Pairs of versions that are drafts of one text are left out (`DraftChanges` lists the
/// changes from each draft's nearest earlier one, figures with the rest). Each pair of
/// sentences once, in the first one's order.
struct FigureDifferences {
    struct Difference {
        var first: Analysis.SentenceRef
        var other: Analysis.SentenceRef
        /// The figures that differ, as each side writes them: ("1.2", "1.5"), each pair once.
        var pairs: [(left: String, right: String)]
        /// "1.2 → 1.5", as Enter says it (at most six pairs).
        var figures: String
    }

    let differences: [Difference]

    init(documents: [Document], analysis: Analysis, changes: SentenceChanges) {
        let texts = DraftChanges.SentenceTexts(documents: documents, analysis: analysis)
        let draftPairs = DraftChanges.draftPairs(documents: documents, analysis: analysis, changes: changes)
        var hasDigit: [Int64: Bool] = [:]
        func key(_ end: Analysis.SentenceRef) -> Int64 { Int64(end.version) << 32 | Int64(end.sentence) }
        func digits(_ end: Analysis.SentenceRef) -> Bool {
            if let known = hasDigit[key(end)] { return known }
            let found = texts.scalars(end.version, end.sentence).contains { $0.properties.numericType == .decimal }
            hasDigit[key(end)] = found
            return found
        }
        var seen = Set<[Int64]>()
        var found: [Difference] = []
        for link in analysis.links {
            let (from, to) = link.from.version <= link.to.version ? (link.from, link.to) : (link.to, link.from)
            guard from.version != to.version, from.version < documents.count, to.version < documents.count,
                  !draftPairs.contains([from.version, to.version]),
                  !analysis.versions[from.version].sentences[from.sentence].isHeading,
                  !analysis.versions[to.version].sentences[to.sentence].isHeading,
                  digits(from), digits(to), seen.insert([key(from), key(to)]).inserted,
                  let pairs = WordChange.figurePairs(texts.string(from.version, from.sentence), texts.string(to.version, to.sentence))
            else { continue }
            found.append(Difference(first: from, other: to, pairs: pairs, figures: WordChange.saying(pairs)))
        }
        differences = found.sorted { ($0.first.version, $0.first.sentence, $0.other.version, $0.other.sentence)
            < ($1.first.version, $1.first.sentence, $1.other.version, $1.other.sentence) }
    }
}
