import ReadoutsEncoder

/// The clauses of a version's long sentences (`SentenceClauses`) and their vectors, read as
/// the sentences are (`SentenceReadings`).
struct ClauseUnits: Sendable {
    /// Clause `c` belongs to sentence `sentence[c]`…
    var sentence: [Int32]
    /// …and covers these scalars of the document.
    var ranges: [Range<Int>]
    var vectors: Embeddings

    var count: Int { sentence.count }

    static func none(dimension: Int) -> ClauseUnits {
        ClauseUnits(sentence: [], ranges: [], vectors: Embeddings(dimension: dimension, halves: []))
    }
}

extension SemanticLinker {
    /// Links between a clause and a sentence (or two clauses) that are each other's closest.
    ///
    /// A sentence of several subjects is close to each and closest to none: "« Ils se sont
    /// remerciés pour leur amitié » et ont estimé que la coopération bilatérale avait « fait
    /// la différence »" is nearer the English account's thanks for friendship than its "UK-
    /// French cooperation … has made a difference", and that one's closest is elsewhere. Its
    /// clauses are each nearest what they say. So every sentence and every clause of each
    /// version is a unit; two units of which one at least is a clause, each the other's
    /// closest unit, link their sentences when their similarity reaches `clauseSimilarity`
    /// and stands `clauseMargin` above the mean of the best four units of other sentences of
    /// each side. A clause is short: one that shares a lexicon topic or the two sides'
    /// relations gets no lower floor (on `dev/`, "the leaders discussed deeper cooperation"
    /// then linked any sentence about cooperating). A heading or a bare opening sentence
    /// makes no such link. `seen`: the pairs linked already.
    func clauseLinks(_ clausesA: ClauseUnits, _ clausesB: ClauseUnits, seen: Set<Int64>, isExcluded: (Int, Int) -> Bool) -> [Ranked] {
        let (sentencesA, sentencesB) = (a.sentenceCount, b.sentenceCount)
        let unitsA = sentencesA + clausesA.count
        let unitsB = sentencesB + clausesB.count
        guard clausesA.count + clausesB.count > 0, sentencesA > 0, sentencesB > 0 else { return [] }
        func sentenceA(_ u: Int) -> Int { u < sentencesA ? u : Int(clausesA.sentence[u - sentencesA]) }
        func sentenceB(_ u: Int) -> Int { u < sentencesB ? u : Int(clausesB.sentence[u - sentencesB]) }
        var similarity = [Float](repeating: 0, count: unitsA * unitsB)
        for ua in 0..<unitsA {
            for ub in 0..<unitsB {
                let (vectors, row) = ua < sentencesA ? (vectorsA, ua) : (clausesA.vectors, ua - sentencesA)
                let (others, column) = ub < sentencesB ? (vectorsB, ub) : (clausesB.vectors, ub - sentencesB)
                similarity[ua * unitsB + ub] = vectors.cosine(row, others, column)
            }
        }
        func best(of values: some Sequence<(Int, Float)>) -> Int? {
            values.max { $0.1 < $1.1 }?.0
        }
        let bestOfA = (0..<unitsA).map { ua in best(of: (0..<unitsB).lazy.map { ($0, similarity[ua * unitsB + $0]) }) }
        let bestOfB = (0..<unitsB).map { ub in best(of: (0..<unitsA).lazy.map { ($0, similarity[$0 * unitsB + ub]) }) }
        /// The mean of the best four similarities (none below 0) of `values` whose sentence is not `excluded`.
        func competition(_ values: [(sentence: Int, similarity: Float)], excluding excluded: Int) -> Double {
            let best = values.filter { $0.sentence != excluded }.map { max(0, $0.similarity) }.sorted(by: >).prefix(4)
            return Double(best.reduce(0, +)) / 4
        }
        var links: [Ranked] = []
        var linked = Set<Int64>()
        for ua in 0..<unitsA {
            guard let ub = bestOfA[ua], bestOfB[ub] == ua, ua >= sentencesA || ub >= sentencesB else { continue }
            let (sa, sb) = (sentenceA(ua), sentenceB(ub))
            let key = Int64(sa) << 32 | Int64(sb)
            guard !seen.contains(key), !linked.contains(key), !isExcluded(sa, sb) else { continue }
            let s = similarity[ua * unitsB + ub]
            let row = (0..<unitsB).map { (sentence: sentenceB($0), similarity: similarity[ua * unitsB + $0]) }
            let column = (0..<unitsA).map { (sentence: sentenceA($0), similarity: similarity[$0 * unitsB + ub]) }
            let rivals = (competition(row, excluding: sb) + competition(column, excluding: sa)) / 2
            guard Double(s) >= parameters.clauseSimilarity, Double(s) - rivals >= parameters.clauseMargin else { continue }
            linked.insert(key)
            links.append(Ranked(a: Int32(sa), b: Int32(sb), score: Double(s), similarity: s, lexical: Self.byClause))
        }
        return links
    }
}

extension SemanticLinker {
    /// The parts of sentences `sa` of A and `sb` of B that made a clause link: of each
    /// sentence's units (itself and its clauses), the two closest to each other; nil for a
    /// side whose whole sentence it was.
    func clauseParts(_ sa: Int, _ sb: Int) -> (a: Range<Int>?, b: Range<Int>?) {
        guard let clausesA, let clausesB else { return (nil, nil) }
        // Each side's units: the sentence (nil) and its clauses.
        let unitsA: [Int?] = [nil] + clausesA.sentence.indices.filter { Int(clausesA.sentence[$0]) == sa }
        let unitsB: [Int?] = [nil] + clausesB.sentence.indices.filter { Int(clausesB.sentence[$0]) == sb }
        var best: (a: Int?, b: Int?, similarity: Float) = (nil, nil, -.infinity)
        for ua in unitsA {
            for ub in unitsB {
                let (vectors, row) = ua.map { (clausesA.vectors, $0) } ?? (vectorsA, sa)
                let (others, column) = ub.map { (clausesB.vectors, $0) } ?? (vectorsB, sb)
                let s = vectors.cosine(row, others, column)
                if s > best.similarity { best = (ua, ub, s) }
            }
        }
        return (best.a.map { clausesA.ranges[$0] }, best.b.map { clausesB.ranges[$0] })
    }
}
