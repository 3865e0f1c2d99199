/// A fixed number of flags, one bit each: the sentences of a version naming asks about
/// (`TopicNaming.mergeIntoLexiconTopics`), the cells of a cost table where a path pairs
/// (`SentenceChanges.unmatched`). A set of integers or a table of Booleans takes 8 to 40
/// times the memory, at sizes where it shows (a table of 5,000,000 cells).
public struct BitSet: Sendable {
    public let count: Int
    private var words: [UInt64]

    /// `count` flags, all clear.
    public init(count: Int) {
        self.count = count
        words = [UInt64](repeating: 0, count: (count + 63) / 64)
    }

    /// Whether flag `index` is set; false outside `0..<count`.
    public func contains(_ index: Int) -> Bool {
        index >= 0 && index < count && words[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    /// Sets flag `index` (in `0..<count`).
    public mutating func insert(_ index: Int) {
        precondition(index >= 0 && index < count, "flag \(index) of \(count)")
        words[index >> 6] |= 1 << UInt64(index & 63)
    }
}
