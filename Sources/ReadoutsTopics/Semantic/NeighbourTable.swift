/// The nearest neighbours of each of many sentences (their best similarities on the other
/// side, best first, at most `kept` each) in one flat buffer of `kept` slots per sentence
/// and a count per sentence.
///
/// The semantic linker keeps such a list for every sentence of both versions. As an array
/// of arrays that is a heap block per sentence (about 100 bytes, growing by reallocation);
/// at 2 × 10 MB, with about 104,000 sentences a side, the lists of both sides took about
/// 20 MB at the peak of the semantic pass. Here a sentence costs 49 bytes and the whole
/// table is two allocations.
struct NeighbourTable: Sendable {
    static let kept = 6

    struct Neighbour: Equatable, Sendable {
        var index: Int32
        var similarity: Float
    }

    private var slots: [Neighbour]
    private var counts: [UInt8]

    /// `count` empty lists.
    init(count: Int) {
        slots = [Neighbour](repeating: Neighbour(index: 0, similarity: 0), count: count * Self.kept)
        counts = [UInt8](repeating: 0, count: count)
    }

    /// The number of lists.
    var count: Int { counts.count }

    /// The neighbours of `list`, best first.
    subscript(list: Int) -> ArraySlice<Neighbour> {
        slots[(list * Self.kept)..<(list * Self.kept + Int(counts[list]))]
    }

    /// Whether `list` holds `kept` neighbours.
    func isFull(_ list: Int) -> Bool { Int(counts[list]) == Self.kept }

    /// The best neighbour of `list`'s, if any.
    func first(_ list: Int) -> Neighbour? { counts[list] == 0 ? nil : slots[list * Self.kept] }

    /// The worst similarity `list` keeps (meaningful once it has a neighbour).
    func lastSimilarity(_ list: Int) -> Float { slots[list * Self.kept + Int(counts[list]) - 1].similarity }

    /// Offers `index` at `similarity` to `list`: it takes its place after the neighbours at
    /// least as similar (the first offered of equal ones stays first), and the worst falls
    /// out past `kept`.
    mutating func offer(_ list: Int, _ index: Int32, _ similarity: Float) {
        let base = list * Self.kept
        let count = Int(counts[list])
        if count == Self.kept, slots[base + count - 1].similarity >= similarity { return }
        var position = count
        while position > 0, slots[base + position - 1].similarity < similarity { position -= 1 }
        // Shift the worse ones down a slot; the last falls out when the list is full.
        var slot = min(count, Self.kept - 1)
        while slot > position {
            slots[base + slot] = slots[base + slot - 1]
            slot -= 1
        }
        slots[base + position] = Neighbour(index: index, similarity: similarity)
        if count < Self.kept { counts[list] = UInt8(count + 1) }
    }

    /// Offers every neighbour of `other`'s list `list` to this table's list `list`, best
    /// first: into an empty list, this copies it.
    mutating func offerAll(of list: Int, from other: NeighbourTable) {
        for neighbour in other[list] { offer(list, neighbour.index, neighbour.similarity) }
    }

    /// Empties `list`.
    mutating func clear(_ list: Int) { counts[list] = 0 }

    /// Mean of `list`'s best four similarities other than `excluded`'s (missing ones, and
    /// negative ones, count as 0): how close the sentence is to everything else.
    func competition(_ list: Int, excluding excluded: Int32) -> Float {
        Self.competition(self[list], excluding: excluded)
    }

    /// `competition` of a list taken out of a table.
    static func competition(_ neighbours: ArraySlice<Neighbour>, excluding excluded: Int32) -> Float {
        var sum: Float = 0, count = 0
        for neighbour in neighbours where neighbour.index != excluded && count < 4 {
            sum += max(0, neighbour.similarity)
            count += 1
        }
        return sum / 4
    }
}
