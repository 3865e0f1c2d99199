import ReadoutsText

/// The linker's scoring pass (candidate retrieval and soft cosine for every sentence of
/// A), split in two halves of A's sentences run on two cores. Each half scores on its own
/// accumulator; the halves' pairs are read as one list in sentence order (not copied), so
/// what selection sees is exactly what one pass would have produced.
struct PairScorer: Sendable {
    let linker: Linker
    let bagsB: FlatLists<Int32>
    let key2OfTerm: [Int32]
    let maxDF: Int
    let postings: FlatLists<Int32>
    let postings2: FlatLists<Int32>
    let topicPostings: FlatLists<Int32>

    /// The scored pairs, or nil when `step` (called on this thread with the fraction done)
    /// answered false.
    func scoreOnTwoCores(step: (Double) -> Bool) -> JoinedChunks<Linker.Scored>? {
        let count = linker.a.sentenceCount
        guard count >= max(2, linker.parameters.parallelScoringMinimum) else {
            var scored = ChunkedArray<Linker.Scored>()
            let finished = score(0..<count, into: &scored) { done in step(Double(done) / Double(max(1, count))) }
            return finished ? JoinedChunks(scored) : nil
        }
        let split = count / 2
        let scorer = self
        let other = SecondCore<ChunkedArray<Linker.Scored>> { report in
            var own = ChunkedArray<Linker.Scored>()
            return scorer.score(split..<count, into: &own) { done in report(Double(done)) } ? own : nil
        }
        func fraction(_ mine: Int, _ theirs: Double) -> Double { (Double(mine) + theirs) / Double(count) }
        var scored = ChunkedArray<Linker.Scored>()
        let finished = score(0..<split, into: &scored) { done in step(fraction(done, other.progress)) }
        // Wait for the other half, still reporting its progress and honouring cancellation.
        guard let theirs = other.join(poll: { finished && step(fraction(split, $0)) }), finished else { return nil }
        return JoinedChunks(scored, theirs)
    }

    /// Scores A's sentences in `range`, calling `step` with how many are done every 128;
    /// false when `step` answered false.
    func score(_ range: Range<Int>, into scored: inout ChunkedArray<Linker.Scored>, step: (Int) -> Bool) -> Bool {
        let parameters = linker.parameters
        let weights = linker.weights
        let topicsA = linker.topicsA
        let topicsB = linker.topicsB
        let topicWeights = linker.topicWeights
        var accumulator = [Float](repeating: 0, count: linker.b.sentenceCount)
        var touched: [Int32] = []
        var bag: [Int32] = []
        for sa in range {
            let done = sa - range.lowerBound
            if done % 128 == 127, !step(done) { return false }
            Linker.fillBag(linker.a, sa, weights, into: &bag)
            touched.removeAll(keepingCapacity: true)
            for term in bag {
                let w = weights.weight[Int(term)]
                for sb in postings[Int(term)] {
                    if accumulator[Int(sb)] == 0 { touched.append(sb) }
                    accumulator[Int(sb)] += w * w
                }
                let k2 = key2OfTerm[Int(term)]
                if k2 >= 0 {
                    for sb in postings2[Int(k2)] {
                        if accumulator[Int(sb)] == 0 { touched.append(sb) }
                        accumulator[Int(sb)] += 0.3 * w * w
                    }
                }
            }
            var candidates = touched.sorted { accumulator[Int($0)] > accumulator[Int($1)] }
                .prefix(parameters.candidatesPerSentence).map { Int($0) }
            for sb in touched { accumulator[Int(sb)] = 0 }
            for topic in topicsA[sa] where topicWeights[Int(topic)] >= parameters.carryingWeight {
                // Like a frequent key, a frequent topic adds to scores but does not retrieve.
                let list = topicPostings[Int(topic)]
                guard list.count <= maxDF else { continue }
                for sb in list where !candidates.contains(Int(sb)) { candidates.append(Int(sb)) }
            }
            for sb in candidates {
                let (similarity, _, matched) = linker.softCosine(
                    bag[...], bagsB[sb], key2OfTerm, betweenOpenings: sa == linker.openings.a && sb == linker.openings.b)
                var topicsBonus = 0.0
                for topic in topicsA[sa] where topicsB[sb].contains(topic) { topicsBonus += 0.15 * topicWeights[Int(topic)] }
                let bonus = min(0.3, topicsBonus)
                let numbers = linker.sharesNumber(sa, sb) ? 0.1 : 0
                let score = similarity + bonus + numbers
                if score > 0 {
                    scored.append(Linker.Scored(score: score, a: sa, b: sb, hasSharedWords: matched >= parameters.minimumSharedWords,
                                                sharesAWord: matched > 0))
                }
            }
        }
        return true
    }
}
