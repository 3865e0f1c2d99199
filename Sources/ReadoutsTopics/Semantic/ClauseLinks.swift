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
    /// A link a clause made, with the part of each sentence that made it (nil: the whole sentence).
    struct ClauseLink {
        var link: Ranked
        var parts: (a: Range<Int>?, b: Range<Int>?)
    }

    /// Links between a clause and a sentence (or two clauses) that are each other's closest.
    ///
    /// A sentence of several subjects is close to each and closest to none: Lenta.ru's
    /// "…Моди отказался проводить ежегодную встречу с российским коллегой после того, как
    /// Путин якобы пригрозил…" is not the closest of Firstpost's "PM Modi will not be
    /// travelling to Moscow for the annual India-Russia summit", nor that one its. Its
    /// clauses are each nearest what they say. So every sentence and every clause of each
    /// version is a unit; two units of which one at least is a clause, each the other's
    /// closest unit, link their sentences when their similarity reaches `clauseSimilarity`
    /// and stands `clauseMargin` above the mean of the best four other sentences of each
    /// side (a sentence counted once, by its closest unit). A clause is short: one that
    /// shares a lexicon topic or the two sides' relations gets no lower floor (on `dev/`,
    /// "the leaders discussed deeper cooperation" then linked any sentence about
    /// cooperating). A heading or a bare opening sentence makes no such link. `seen`: the
    /// pairs linked already. Nil when `step` (given the fraction done) answers false.
    ///
    /// The similarities are computed a block of rows at a time, never held whole: memory
    /// grows with the units, not their square.
    func clauseLinks(_ clausesA: ClauseUnits, _ clausesB: ClauseUnits, seen: Set<Int64>, isExcluded: (Int, Int) -> Bool,
                     step: (Double) -> Bool) -> [ClauseLink]? {
        let (sentencesA, sentencesB) = (a.sentenceCount, b.sentenceCount)
        guard clausesA.count + clausesB.count > 0, sentencesA > 0, sentencesB > 0 else { return [] }
        // Each side's units as one table: its sentences' vectors, then its clauses'.
        let unitsA = Embeddings(dimension: vectorsA.dimension, halves: vectorsA.values + clausesA.vectors.values)
        let unitsB = Embeddings(dimension: vectorsB.dimension, halves: vectorsB.values + clausesB.vectors.values)
        let (countA, countB) = (unitsA.count, unitsB.count)
        func sentenceA(_ u: Int) -> Int { u < sentencesA ? u : Int(clausesA.sentence[u - sentencesA]) }
        func sentenceB(_ u: Int) -> Int { u < sentencesB ? u : Int(clausesB.sentence[u - sentencesB]) }
        func partA(_ u: Int) -> Range<Int>? { u < sentencesA ? nil : clausesA.ranges[u - sentencesA] }
        func partB(_ u: Int) -> Range<Int>? { u < sentencesB ? nil : clausesB.ranges[u - sentencesB] }

        // Each unit's closest unit on the other side.
        var bestOfA = [Int](repeating: -1, count: countA)
        var bestOfB = [Int](repeating: -1, count: countB)
        var bestSimilarityOfB = [Float](repeating: -.infinity, count: countB)
        let block = 64
        var output = [Float](repeating: 0, count: block * countB)
        for start in stride(from: 0, to: countA, by: block) {
            guard step(Double(start) / Double(countA)) else { return nil }
            let rows = start..<min(countA, start + block)
            output.withUnsafeMutableBufferPointer { unitsA.similarities(of: rows, against: unitsB, into: $0.baseAddress!) }
            for (offset, ua) in rows.enumerated() {
                var best: (unit: Int, similarity: Float) = (-1, -.infinity)
                for ub in 0..<countB {
                    let s = output[offset * countB + ub]
                    if s > best.similarity { best = (ub, s) }
                    if s > bestSimilarityOfB[ub] { (bestOfB[ub], bestSimilarityOfB[ub]) = (ua, s) }
                }
                bestOfA[ua] = best.unit
            }
        }
        output = []

        /// The mean of the best four similarities (none below 0) of `values`, each sentence
        /// counted once (by its closest unit), sentence `excluded` left out.
        var bestBySentence = [Float](repeating: -.infinity, count: max(sentencesA, sentencesB))
        func competition(_ values: [Float], sentence: (Int) -> Int, sentences: Int, excluding excluded: Int) -> Double {
            for s in 0..<sentences { bestBySentence[s] = -.infinity }
            for (u, value) in values.enumerated() { bestBySentence[sentence(u)] = max(bestBySentence[sentence(u)], value) }
            bestBySentence[excluded] = -.infinity
            let best = bestBySentence[0..<sentences].lazy.map { max(0, $0) }.sorted(by: >).prefix(4)
            return Double(best.reduce(0, +)) / 4
        }
        var row = [Float](repeating: 0, count: countB)
        var column = [Float](repeating: 0, count: countA)
        var links: [ClauseLink] = []
        var linked = Set<Int64>()
        for ua in 0..<countA {
            let ub = bestOfA[ua]
            guard ub >= 0, bestOfB[ub] == ua, ua >= sentencesA || ub >= sentencesB else { continue }
            let (sa, sb) = (sentenceA(ua), sentenceB(ub))
            let key = Int64(sa) << 32 | Int64(sb)
            guard !seen.contains(key), !linked.contains(key), !isExcluded(sa, sb) else { continue }
            let s = bestSimilarityOfB[ub]
            guard Double(s) >= parameters.clauseSimilarity else { continue }
            row.withUnsafeMutableBufferPointer { unitsA.similarities(of: ua, against: unitsB, into: $0.baseAddress!) }
            column.withUnsafeMutableBufferPointer { unitsB.similarities(of: ub, against: unitsA, into: $0.baseAddress!) }
            let rivals = (competition(row, sentence: sentenceB, sentences: sentencesB, excluding: sb)
                          + competition(column, sentence: sentenceA, sentences: sentencesA, excluding: sa)) / 2
            guard Double(s) - rivals >= parameters.clauseMargin else { continue }
            linked.insert(key)
            links.append(ClauseLink(link: Ranked(a: Int32(sa), b: Int32(sb), score: Double(s), similarity: s, lexical: Self.byClause),
                                    parts: (partA(ua), partB(ub))))
        }
        return links
    }
}
