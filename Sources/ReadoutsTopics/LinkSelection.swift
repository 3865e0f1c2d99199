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
    typealias Scored = (a: Int, b: Int, score: Double, topics: [Int32], dominant: Int32, matched: Int)

    func select(_ scored: [Scored]) -> [PairLink] {
        func isHeading(_ pair: Scored) -> Bool { a.sentences[pair.a].isHeading || b.sentences[pair.b].isHeading }
        var byA: [Int: [Int]] = [:]
        var byB: [Int: [Int]] = [:]
        for (i, pair) in scored.enumerated() {
            byA[pair.a, default: []].append(i)
            byB[pair.b, default: []].append(i)
        }
        for key in byA.keys { byA[key]!.sort { scored[$0].score > scored[$1].score } }
        for key in byB.keys { byB[key]!.sort { scored[$0].score > scored[$1].score } }

        /// Mean of the best four other candidates' scores (missing ones count as 0).
        func competition(_ list: [Int], excluding i: Int) -> Double {
            let others = list.lazy.filter { $0 != i }.prefix(4).map { scored[$0].score }
            return others.reduce(0, +) / 4
        }

        /// Whether pair `i` is among the best two of `list` that carry `topic`. Headings are
        /// short and score high: they do not take a body sentence's place.
        func amongBestForTopic(_ list: [Int], _ topic: Int32, _ i: Int) -> Bool {
            if isHeading(scored[i]) { return list.lazy.filter { scored[$0].topics.contains(topic) }.prefix(2).contains(i) }
            return list.lazy.filter { scored[$0].topics.contains(topic) && !isHeading(scored[$0]) }.prefix(2).contains(i)
        }

        var accepted: [Int] = []
        for (i, pair) in scored.enumerated() {
            let listA = byA[pair.a]!
            let listB = byB[pair.b]!
            if pair.score >= parameters.thresholdHigh, pair.matched >= parameters.minimumSharedWords || !pair.topics.isEmpty {
                accepted.append(i)
                continue
            }
            let carried = pair.score >= parameters.thresholdCarried && pair.topics.contains { topic in
                topicWeights[Int(topic)] >= parameters.carryingWeight
                    && amongBestForTopic(listA, topic, i) && amongBestForTopic(listB, topic, i)
            }
            if carried {
                accepted.append(i)
                continue
            }
            // One shared word is a coincidence ("cinq ans" / "cinq phrases"), not a topic.
            guard pair.score >= parameters.thresholdLow, pair.matched >= parameters.minimumSharedWords else { continue }
            let mutualBest = listA.first == i && listB.first == i
            let margin = pair.score - (competition(listA, excluding: i) + competition(listB, excluding: i)) / 2
            if mutualBest, margin >= parameters.margin { accepted.append(i) }
        }

        accepted.sort { scored[$0].score > scored[$1].score }
        var countA: [Int: Int] = [:]
        var countB: [Int: Int] = [:]
        var links: [PairLink] = []
        for i in accepted {
            let pair = scored[i]
            guard countA[pair.a, default: 0] < parameters.linksPerSentence,
                countB[pair.b, default: 0] < parameters.linksPerSentence
            else { continue }
            // A link to a heading does not use up the other sentence's quota.
            if !b.sentences[pair.b].isHeading { countA[pair.a, default: 0] += 1 }
            if !a.sentences[pair.a].isHeading { countB[pair.b, default: 0] += 1 }
            links.append(PairLink(a: pair.a, b: pair.b, score: pair.score, sharedTopics: pair.topics, dominantTerm: pair.dominant))
        }
        return links
    }
}
