import ReadoutsText
import ReadoutsTopics

/// Where a link's score stands among one comparison's links: a score means little alone (an
/// analyst read "score 0.24" and "score 1.21" without telling which was weak). What `c` says
/// of a link ("among the weakest quarter of links", `TopicIndex.strength`) and what the brief
/// marks "weakly".
public struct LinkRanks: Sendable {
    /// Every link's score, ascending.
    private let sortedScores: [Double]

    /// Fewer links than this are too few to rank (a diplomat's pair had seven).
    public static let fewest = 8

    public init(_ analysis: Analysis) {
        sortedScores = analysis.links.map(\.score).sorted()
    }

    /// The share of links scoring lower than `score`; nil with fewer than `fewest` links.
    public func shareBelow(_ score: Double) -> Double? {
        guard sortedScores.count >= Self.fewest else { return nil }
        return Double(sortedScores.partitionPoint { !($0 < score) }) / Double(sortedScores.count)
    }

    /// Whether a link of `score` is among the weakest quarter (never with too few links).
    public func isAmongTheWeakestQuarter(_ score: Double) -> Bool {
        shareBelow(score).map { $0 < 0.25 } ?? false
    }
}
