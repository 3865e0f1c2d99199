/// Choosing links among scored candidate pairs, without assuming the versions' order:
///
/// - lexical pairs need `minimumSharedWords` matched words, then pass at `thresholdHigh`, or at `thresholdLow` when they are each other's
///   best with a margin over their other candidates (a hub sentence matching everything
///   has no margin);
/// - topic-carried pairs (a shared lexicon topic of weight ≥ 0.8) pass at `thresholdCarried`
///   when they are among the best two of both sentences *for that topic*, so a sentence on
///   two topics keeps a link for each;
/// - finally at most `linksPerSentence` links per sentence, strongest first.
extension Linker {
    /// A scored candidate pair, in 16 bytes: the topics both sentences carry are not kept but
    /// looked up in `topicsA` and `topicsB` when needed, and the key that names a link's
    /// automatic topic is found again (`softCosine`) for the pairs selection keeps.
    /// Scored pairs are the largest thing alive while linking.
    struct Scored {
        var score: Double
        var a: Int32
        /// B's sentence in the low 30 bits; the high bit says whether enough weighty words
        /// of A's sentence found a match (`minimumSharedWords`), the next whether one did.
        private var bAndShared: UInt32

        init(score: Double, a: Int, b: Int, hasSharedWords: Bool, sharesAWord: Bool = true) {
            self.score = score
            self.a = Int32(a)
            precondition(b >= 0 && b < 1 << 30, "sentence number out of range")
            bAndShared = UInt32(b) | (hasSharedWords ? 1 << 31 : 0) | (sharesAWord ? 1 << 30 : 0)
        }

        var b: Int { Int(bAndShared & 0x3FFF_FFFF) }

        /// Enough weighty words of A's sentence found a match for a link of words alone.
        var hasSharedWords: Bool { bAndShared & (1 << 31) != 0 }

        /// At least one weighty word of A's sentence found a match (not merely the
        /// participants, their countries or the readouts' own words).
        var sharesAWord: Bool { bAndShared & (1 << 30) != 0 }
    }

    /// Whether both sentences of `pair` carry `topic`.
    func shares(_ pair: Scored, _ topic: Int32) -> Bool {
        topicsA[Int(pair.a)].contains(topic) && topicsB[Int(pair.b)].contains(topic)
    }

    /// The topics both sentences of `pair` carry, in A's order.
    func sharedTopics(_ pair: Scored) -> [Int32] { topicsA[Int(pair.a)].filter { topicsB[Int(pair.b)].contains($0) } }

    /// The links selection keeps, in order of score. With `releasingScored`, `scored` is
    /// emptied once the kept pairs are copied out, before the links are made (the scored
    /// pairs and the links were selection's peak together).
    func select(_ scored: inout JoinedChunks<Scored>, releasingScored: Bool, dominant: (Scored) -> Int32) -> ChunkedArray<PairLink> {
        // The candidate lists by sentence are gone before the links are made.
        var accepted = acceptedPairs(scored)
        accepted.sort { scored[Int($0)].score > scored[Int($1)].score }
        var countA = [Int32](repeating: 0, count: a.sentenceCount)
        var countB = [Int32](repeating: 0, count: b.sentenceCount)
        let quota = Int32(clamping: parameters.linksPerSentence)
        // The pairs within quota first, then the links in an array of their exact size: the
        // largest array of the pass, which appending would grow by copying.
        var kept = 0
        for index in accepted.indices {
            let i = accepted[index]
            let pair = scored[Int(i)]
            let (sa, sb) = (Int(pair.a), Int(pair.b))
            guard countA[sa] < quota, countB[sb] < quota else { continue }
            // A link to a heading does not use up the other sentence's quota.
            if !b.sentences[sb].isHeading { countA[sa] += 1 }
            if !a.sentences[sa].isHeading { countB[sb] += 1 }
            accepted[kept] = i
            kept += 1
        }
        let keptPairs = accepted[..<kept].map { scored[Int($0)] }
        accepted = []
        if releasingScored { scored = JoinedChunks(ChunkedArray()) }
        // Links with the same shared topics share one array: most links of a long pair of
        // versions carry one of a few topic sets, and an array apiece cost 48 bytes a link.
        var topicSets: [[Int32]: [Int32]] = [:]
        var links = ChunkedArray<PairLink>()
        for pair in keptPairs {
            var shared = sharedTopics(pair)
            if !shared.isEmpty {
                if let known = topicSets[shared] { shared = known } else { topicSets[shared] = shared }
            }
            links.append(PairLink(a: Int(pair.a), b: Int(pair.b), score: pair.score, sharedTopics: shared, dominantTerm: dominant(pair)))
        }
        return links
    }

    /// The pairs that pass the thresholds, by index into `scored`, in scoring order.
    private func acceptedPairs(_ scored: JoinedChunks<Scored>) -> [Int32] {
        func isHeading(_ pair: Scored) -> Bool { a.sentences[Int(pair.a)].isHeading || b.sentences[Int(pair.b)].isHeading }
        // The candidates of each sentence, best first (ties in the order they were scored).
        // Pairs are scored in the order of A's sentences, so A's candidates are one run of
        // `scored` each, sorted when the run is reached: only B's lists are made for all
        // sentences (each list was 4 bytes a pair, alive at selection's peak).
        var byB = FlatLists(count: b.sentenceCount) { add in for (i, pair) in scored.enumerated() { add(Int(pair.b), Int32(i)) } }
        byB.sortEachList { scored[Int($0)].score > scored[Int($1)].score }
        var runA: [Int32] = []
        var runEnd = 0

        /// Mean of the best four other candidates' scores (missing ones count as 0).
        func competition(_ list: ArraySlice<Int32>, excluding i: Int) -> Double {
            let others = list.lazy.filter { $0 != i }.prefix(4).map { scored[Int($0)].score }
            return others.reduce(0, +) / 4
        }

        /// Whether pair `i` is among the best two of `list` that carry `topic`. Headings are
        /// short and score high: they do not take a body sentence's place.
        func amongBestForTopic(_ list: ArraySlice<Int32>, _ topic: Int32, _ i: Int) -> Bool {
            if isHeading(scored[i]) { return list.lazy.filter { shares(scored[Int($0)], topic) }.prefix(2).contains(Int32(i)) }
            return list.lazy.filter { shares(scored[Int($0)], topic) && !isHeading(scored[Int($0)]) }.prefix(2).contains(Int32(i))
        }

        var accepted: [Int32] = []
        for (i, pair) in scored.enumerated() {
            if i == runEnd {
                precondition(i == 0 || scored[i - 1].a < pair.a, "scored pairs are not in the order of A's sentences")
                while runEnd < scored.count, scored[runEnd].a == pair.a { runEnd += 1 }
                runA.removeAll(keepingCapacity: true)
                runA.append(contentsOf: (i..<runEnd).lazy.map { Int32($0) })
                runA.sort { scored[Int($0)].score > scored[Int($1)].score }
            }
            let listA = runA[...]
            let listB = byB[Int(pair.b)]
            let topics = topicsA[Int(pair.a)]
            let sharesATopic = topics.contains { topicsB[Int(pair.b)].contains($0) }
            if pair.score >= parameters.thresholdHigh, pair.hasSharedWords || sharesATopic {
                accepted.append(Int32(i))
                continue
            }
            let carried = pair.score >= parameters.thresholdCarried && topics.contains { topic in
                topicsB[Int(pair.b)].contains(topic) && topicWeights[Int(topic)] >= parameters.carryingWeight
                    && amongBestForTopic(listA, topic, i) && amongBestForTopic(listB, topic, i)
            }
            if carried {
                accepted.append(Int32(i))
                continue
            }
            // One shared word is a coincidence ("cinq ans" / "cinq phrases"), not a topic.
            guard pair.score >= parameters.thresholdLow, pair.hasSharedWords else { continue }
            let mutualBest = listA.first == Int32(i) && listB.first == Int32(i)
            let margin = pair.score - (competition(listA, excluding: i) + competition(listB, excluding: i)) / 2
            if mutualBest, margin >= parameters.margin { accepted.append(Int32(i)) }
        }

        return accepted
    }
}
