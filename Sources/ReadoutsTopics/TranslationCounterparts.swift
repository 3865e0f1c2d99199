/// The linked sentences that are each other's counterpart in a translation: of two versions
/// in different languages that are translations of each other, two sentences each the
/// other's closest by meaning (the link of the highest similarity either has into the other
/// version). A translator's reversed sentences linked at 0.55–0.61 ("Le chancelier ne
/// participera pas au sommet." / "The Chancellor will attend the summit."; "wird nicht an
/// dem Gipfel teilnehmen"; "не будет обсуждать" / "will be discussing"), under the 0.68 at
/// which any two linked passages are compared for a negation (`Negation`): a translation's
/// counterpart is what its sentence says, reversed or not, where two accounts of one call
/// word their sentences apart and a "not" in one of them is no reversal.
///
/// Two versions are translations of each other when such mutual closest links, each of a
/// similarity of at least `similarityFloor`, pair at least `shorterShare` of the shorter
/// version's sentences and `longerShare` of the longer one's (a translation splits its
/// sentences its own way, and one may be cut short). On the 24 dev pairs of accounts in two
/// languages (`Tests/ReadoutsTopicsTests/Annotations/dev`) the most paired were 4 of 7 and
/// 4 of 8 sentences, 3 of 3 and 3 of 8; the Federal Government's Meseberg article in
/// English, French and German pairs 9 of 13 and 9 of 15 at least, a UN statement and its
/// French with a sentence cut 3 of 4 and 3 of 5. Only links the semantic linker scored count.
public struct TranslationCounterparts: Sendable {
    /// The least similarity of a counterpart (and of the links that make two versions a
    /// translation).
    public static let similarityFloor = 0.5
    /// The least shares of the shorter and of the longer version's sentences paired for the
    /// two to be a translation.
    public static let shorterShare = 2.0 / 3.0
    public static let longerShare = 0.55

    private let pairs: Set<[Int32]>

    public init() { pairs = [] }

    public init(_ analysis: Analysis) {
        let versions = analysis.versions
        func read(_ version: Int) -> Bool { versions.indices.contains(version) && versions[version].language != .undetermined }
        // The closest similarity of each sentence into each other version.
        var closest: [[Int32]: Double] = [:]
        for link in analysis.links {
            guard let similarity = link.similarity, link.from.version != link.to.version,
                  read(link.from.version), read(link.to.version),
                  versions[link.from.version].language != versions[link.to.version].language else { continue }
            for (end, other) in [(link.from, link.to.version), (link.to, link.from.version)] {
                let key = [Int32(end.version), Int32(end.sentence), Int32(other)]
                closest[key] = max(closest[key] ?? -1, similarity)
            }
        }
        // Mutual closest links, by pair of versions.
        var mutual: [[Int32]: Set<[Int32]>] = [:]
        for link in analysis.links {
            guard let similarity = link.similarity, similarity >= Self.similarityFloor,
                  closest[[Int32(link.from.version), Int32(link.from.sentence), Int32(link.to.version)]] == similarity,
                  closest[[Int32(link.to.version), Int32(link.to.sentence), Int32(link.from.version)]] == similarity else { continue }
            mutual[[Int32(link.from.version), Int32(link.to.version)], default: []].insert(Self.key(link.from, link.to))
        }
        var found: Set<[Int32]> = []
        for (versionPair, links) in mutual {
            // Each version's sentences paired (a key holds the lower version first): a
            // sentence closest to two of the other's (a tie) counts once.
            let (x, y) = (Int(versionPair[0]), Int(versionPair[1]))
            let pairedX = Set(links.map { $0[1] }).count, pairedY = Set(links.map { $0[3] }).count
            let shares = [Double(pairedX) / Double(max(1, versions[x].sentences.count)),
                          Double(pairedY) / Double(max(1, versions[y].sentences.count))]
            let shorter = versions[x].sentences.count <= versions[y].sentences.count ? shares[0] : shares[1]
            let longer = versions[x].sentences.count <= versions[y].sentences.count ? shares[1] : shares[0]
            guard shorter >= Self.shorterShare, longer >= Self.longerShare else { continue }
            found.formUnion(links)
        }
        pairs = found
    }

    /// Whether sentences `a` and `b` are counterparts in a translation.
    public func contains(_ a: Analysis.SentenceRef, _ b: Analysis.SentenceRef) -> Bool {
        pairs.contains(Self.key(a, b))
    }

    private static func key(_ a: Analysis.SentenceRef, _ b: Analysis.SentenceRef) -> [Int32] {
        let (first, second) = a < b ? (a, b) : (b, a)
        return [Int32(first.version), Int32(first.sentence), Int32(second.version), Int32(second.sentence)]
    }
}
