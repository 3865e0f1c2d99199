extension SemanticLinker.Fusion {
    /// `Analysis.nearest`'s entries for the pair of versions `versions` (`a` the first, `b`
    /// the second): each sentence outside headings that none of the fusion's links joins to
    /// a sentence outside headings of the other version, with its closest there. None when
    /// not every pair was compared (`nearestOfA` empty). A link with a heading at either end
    /// counts for nothing, as in `Analysis.passagesNotIn`.
    func nearestUnlinked(versions: (Int, Int), a: PreparedVersion, b: PreparedVersion) -> [Analysis.Nearest] {
        guard nearestOfA.count == a.sentenceCount, nearestOfB.count == b.sentenceCount else { return [] }
        var linkedA = BitSet(count: a.sentenceCount)
        var linkedB = BitSet(count: b.sentenceCount)
        for link in links where !a.sentences[Int(link.a)].isHeading && !b.sentences[Int(link.b)].isHeading {
            linkedA.insert(Int(link.a))
            linkedB.insert(Int(link.b))
        }
        var found: [Analysis.Nearest] = []
        func add(_ version: PreparedVersion, _ linked: BitSet, _ closest: [NeighbourTable.Neighbour], from: Int, to: Int) {
            for sentence in 0..<version.sentenceCount where !linked.contains(sentence) && !version.sentences[sentence].isHeading {
                let neighbour = closest[sentence]
                guard neighbour.index >= 0 else { continue }
                found.append(Analysis.Nearest(from: .init(version: from, sentence: sentence),
                                              to: .init(version: to, sentence: Int(neighbour.index)),
                                              similarity: Double(neighbour.similarity)))
            }
        }
        add(a, linkedA, nearestOfA, from: versions.0, to: versions.1)
        add(b, linkedB, nearestOfB, from: versions.1, to: versions.0)
        return found
    }
}
