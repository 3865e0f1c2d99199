import ReadoutsTopics

/// What the brief and the page say after a passage another version has nothing linked to:
/// that version's sentence closest to it in meaning (`Analysis.nearest`, the reader's `c`),
/// "closest in Maison Blanche: sentence 3, 0.21 alike", so that a reader checks the claim
/// of an omission against one sentence, not the whole other account. Nil without one (a
/// lexical run, or versions too large to compare every pair).
enum ClosestNote {
    static func text(version: Int, sentence: Int, in others: [Int], analysis: Analysis, labels: [String]) -> String? {
        let parts = others.compactMap { other -> String? in
            guard other < labels.count,
                  let closest = analysis.nearest(to: .init(version: version, sentence: sentence), in: other) else { return nil }
            return labels[other] + ": sentence \(closest.to.sentence + 1), " + String(format: "%.2f", closest.similarity) + " alike"
        }
        return parts.isEmpty ? nil : "closest in " + parts.joined(separator: "; in ")
    }
}
