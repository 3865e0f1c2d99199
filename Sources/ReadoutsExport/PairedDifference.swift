import ReadoutsReader
import ReadoutsTopics

/// Two linked passages and what differs between them, each side as it writes it: the
/// figures (`FigureDifferences`: "1.2" against "1.5") or the persons' names in a
/// translation (`NameDifferences`), each pair once.
struct PairedDifference {
    var first: Analysis.SentenceRef
    var other: Analysis.SentenceRef
    var pairs: [(left: String, right: String)]
    /// "1.2 → 1.5", as Enter says it (at most six pairs).
    var said: String { WordChange.saying(pairs) }
}
