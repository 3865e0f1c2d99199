import ReadoutsReader
import ReadoutsTopics

/// What the brief and the page say after a passage another version has nothing linked to:
/// that version's closest sentence in meaning (`Analysis.nearest`, the reader's `c`),
/// "closest in Maison Blanche: sentence 3, 0.21 alike", so that a reader checks the claim
/// of an omission against one sentence, not the whole other account. Nothing without one
/// (a lexical run, or versions too large to compare every pair).
enum ClosestNote {
    /// The note for sentence `sentence` of `version` in `others` (every other version when
    /// nil), after "; ", as the quotes' parentheses end with it; "" without one.
    static func suffix(version: Int, sentence: Int, in others: [Int]? = nil, texts: DraftChanges.SentenceTexts) -> String {
        let labels = texts.documents.map(\.label)
        let parts = (others ?? labels.indices.filter { $0 != version }).compactMap { other -> String? in
            guard other < labels.count,
                  let closest = texts.analysis.nearest(to: .init(version: version, sentence: sentence), in: other) else { return nil }
            return labels[other] + ": sentence \(closest.to.sentence + 1), " + closest.alike
        }
        return parts.isEmpty ? "" : "; closest in " + parts.joined(separator: "; in ")
    }
}
