/// Whether a link stands out from its sentences' other neighbours: the last filter of the
/// semantic fusion, where every pair of sentences was compared.
///
/// A link (a, b) of similarity s has two margins: s less the closest other sentence of B to
/// a, and s less the closest other sentence of A to b. Both are positive when a and b are
/// each other's closest. The wrong links left after the fusion's rules were mostly pairs
/// of sentences each as close to something else ("They reviewed their cooperation on …
/// human rights" / "…recognition of the Taliban … respecting human rights"), where a sure
/// link's sentences are most often each other's closest or nearly. A lexicon topic both
/// sentences carry, as the lexical pass matched it, vouches for a link with smaller margins.
///
/// The weights are a logistic regression fitted on dev/'s links (sure against wrong, the
/// possible ones left out; L2, C = 0.1 on standardised features), its threshold the one of
/// best precision in 5-fold cross-validation by pair with topic recall no more than 0.03
/// under the fusion's. Features tried and left out, adding nothing once the margins were
/// in: the link's rule, score and similarity, sentence lengths, the opening line, the
/// languages, how many links each sentence has.
struct LinkStandOut {
    /// The weights of the larger and smaller margin and of the shared lexicon topics, and the
    /// bar their sum (with `bias`) must reach.
    static let largerMargin: Float = 2.683, smallerMargin: Float = 1.570, lexiconTopic: Float = 0.943
    static let bias: Float = 1.348, bar: Float = 1.266

    /// Each sentence's closest and second closest on the other side, per side.
    private let closestOfA: [(first: NeighbourTable.Neighbour?, second: Float?)]
    private let closestOfB: [(first: NeighbourTable.Neighbour?, second: Float?)]

    init(rows: NeighbourTable, columns: NeighbourTable) {
        func closest(_ table: NeighbourTable) -> [(first: NeighbourTable.Neighbour?, second: Float?)] {
            (0..<table.count).map { list in
                let neighbours = table[list]
                return (neighbours.first, neighbours.dropFirst().first?.similarity)
            }
        }
        closestOfA = closest(rows)
        closestOfB = closest(columns)
    }

    /// How much more alike `index`'s sentence is to `partner` (at `similarity`) than to any
    /// other sentence of the other side (none: 0).
    private static func margin(_ closest: (first: NeighbourTable.Neighbour?, second: Float?), partner: Int32, similarity: Float) -> Float {
        guard let first = closest.first else { return similarity }
        return similarity - (first.index == partner ? closest.second ?? 0 : first.similarity)
    }

    /// Whether `link` stands out enough, its sentences sharing `sharedLexiconTopics` lexicon
    /// topics as the lexical pass matched them (0 for a link that pass did not make).
    func standsOut(_ link: SemanticLinker.Ranked, sharedLexiconTopics: Int) -> Bool {
        let ofA = Self.margin(closestOfA[Int(link.a)], partner: link.b, similarity: link.similarity)
        let ofB = Self.margin(closestOfB[Int(link.b)], partner: link.a, similarity: link.similarity)
        let sum = Self.largerMargin * max(ofA, ofB) + Self.smallerMargin * min(ofA, ofB)
            + Self.lexiconTopic * Float(sharedLexiconTopics) + Self.bias
        return sum >= Self.bar
    }
}
