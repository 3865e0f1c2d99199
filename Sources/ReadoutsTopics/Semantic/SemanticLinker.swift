import ReadoutsEncoder
import ReadoutsText

/// Fuses sentence similarity with the lexical linker's links for one pair of versions:
///
/// - a lexical link stays, scored higher by its similarity, unless its two sentences mean
///   clearly different things (similarity under `veto`: shared words, another subject);
/// - a pair links on meaning alone (a paraphrase, a translation) when its similarity reaches
///   `similarityHigh`, or `similarityLow` when the two sentences are each other's closest
///   and stand out from their other neighbours by `margin` (so a sentence close to
///   everything — a hub — links to nothing by meaning);
/// - at most `linksPerSentence` links per sentence, strongest first; links stay
///   many-to-many and order-free.
///
/// Similarities are computed for every pair when the versions are small enough
/// (`allPairsLimit`), else only for the lexical linker's candidates.
struct SemanticLinker {
    let a: PreparedVersion
    let b: PreparedVersion
    let vectorsA: Embeddings
    let vectorsB: Embeddings
    let topicsA: FlatLists<Int32>
    let topicsB: FlatLists<Int32>
    let parameters: SemanticParameters
    let linksPerSentence: Int

    /// The best similarities of one sentence: its nearest neighbours, best first.
    struct Neighbours: Sendable {
        static let kept = 6
        var items: [(index: Int32, similarity: Float)] = []

        mutating func offer(_ index: Int32, _ similarity: Float) {
            if items.count == Self.kept, let last = items.last, last.similarity >= similarity { return }
            var position = items.count
            while position > 0, items[position - 1].similarity < similarity { position -= 1 }
            items.insert((index, similarity), at: position)
            if items.count > Self.kept { items.removeLast() }
        }

        /// Mean of the best four similarities other than `excluded`'s (missing ones count as 0).
        func competition(excluding excluded: Int32) -> Float {
            var sum: Float = 0, count = 0
            for item in items where item.index != excluded && count < 4 {
                sum += max(0, item.similarity)
                count += 1
            }
            return sum / 4
        }
    }

    /// The fused links, or nil when `step` answered false.
    func link(lexical: [PairLink], candidates: [LexicalCandidate], step: (Double) -> Bool) -> [PairLink]? {
        var rows = [Neighbours](repeating: Neighbours(), count: a.sentenceCount)
        var columns = [Neighbours](repeating: Neighbours(), count: b.sentenceCount)
        func key(_ sa: Int, _ sb: Int) -> Int64 { Int64(sa) << 32 | Int64(sb) }

        if a.sentenceCount * b.sentenceCount <= parameters.allPairsLimit {
            guard let (r, c) = allPairs(step: step) else { return nil }
            rows = r
            columns = c
        } else {
            for (index, pair) in candidates.enumerated() {
                if index % 4096 == 4095, !step(Double(index) / Double(candidates.count)) { return nil }
                let s = vectorsA.cosine(Int(pair.a), vectorsB, Int(pair.b))
                rows[Int(pair.a)].offer(pair.b, s)
                columns[Int(pair.b)].offer(pair.a, s)
            }
        }
        MemoryTrace.mark("similarities compared")
        func cosine(_ sa: Int, _ sb: Int) -> Double { Double(vectorsA.cosine(sa, vectorsB, sb)) }

        var fused: [PairLink] = []
        var seen = Set<Int64>()
        let subjects = TopicEngine.subjectTopics(topicsA, topicsB)

        for var link in lexical {
            let s = cosine(link.a, link.b)
            seen.insert(key(link.a, link.b))
            // The event's subject does not vouch for a link: every sentence is about it.
            let vouched = link.sharedTopics.contains { !subjects.contains($0) }
            if s < (vouched ? parameters.topicVeto : parameters.veto) { continue }
            link.similarity = s
            link.score += max(0, s - parameters.similarityLow)
            fused.append(link)
        }
        for (sa, row) in rows.enumerated() {
            for item in row.items {
                let sb = Int(item.index)
                guard !seen.contains(key(sa, sb)) else { continue }
                let s = Double(item.similarity)
                guard s >= parameters.similarityLow else { break }
                let heading = a.sentences[sa].isHeading || b.sentences[sb].isHeading
                let competition = Double(row.competition(excluding: Int32(sb)) + columns[sb].competition(excluding: Int32(sa))) / 2
                var accepted = s >= parameters.similarityHigh && !heading && s - competition >= parameters.highMargin
                if !accepted {
                    let mutual = row.items.first?.index == Int32(sb) && columns[sb].items.first?.index == Int32(sa)
                    accepted = mutual && !heading && s - competition >= parameters.margin
                }
                guard accepted else { continue }
                seen.insert(key(sa, sb))
                let shared = topicsA[sa].filter { topicsB[sb].contains($0) }
                fused.append(PairLink(a: sa, b: sb, score: s, sharedTopics: shared, dominantTerm: -1, similarity: s))
            }
        }

        for link in topicAgreementLinks(seen: seen, subjects: subjects) {
            seen.insert(key(link.a, link.b))
            fused.append(link)
        }

        fused.sort { ($0.score, -$0.a, -$0.b) > ($1.score, -$1.a, -$1.b) }
        var countA = [Int](repeating: 0, count: a.sentenceCount)
        var countB = [Int](repeating: 0, count: b.sentenceCount)
        var kept: [PairLink] = []
        for link in fused {
            guard countA[link.a] < linksPerSentence, countB[link.b] < linksPerSentence else { continue }
            if !b.sentences[link.b].isHeading { countA[link.a] += 1 }
            if !a.sentences[link.a].isHeading { countB[link.b] += 1 }
            kept.append(link)
        }
        MemoryTrace.mark("semantic links fused")
        return kept
    }

    /// Links that a lexicon topic and the sentences' meaning agree on: the two sentences
    /// share a lexicon topic of any weight ("trade", which alone carries no lexical link),
    /// one is the other's closest among the sentences carrying that topic (either way: a
    /// version that speaks of trade twice links both sentences to the other's nearest),
    /// and their similarity reaches `topicLinkFloor`. The event's subject (a topic in a quarter of a
    /// version's sentences) and topics in more than `topicLinkSentences` sentences of a
    /// version are left out: being the closest among so many says little.
    private func topicAgreementLinks(seen: Set<Int64>, subjects: Set<Int32>) -> [PairLink] {
        var sentencesA: [Int32: [Int]] = [:]
        var sentencesB: [Int32: [Int]] = [:]
        for s in 0..<topicsA.count { for topic in topicsA[s] { sentencesA[topic, default: []].append(s) } }
        for s in 0..<topicsB.count { for topic in topicsB[s] { sentencesB[topic, default: []].append(s) } }
        var links: [PairLink] = []
        var linked = Set<Int64>()
        for (topic, inA) in sentencesA.sorted(by: { $0.key < $1.key }) {
            guard let inB = sentencesB[topic], !subjects.contains(topic),
                  inA.count <= parameters.topicLinkSentences, inB.count <= parameters.topicLinkSentences else { continue }
            var similarity = [Float](repeating: 0, count: inA.count * inB.count)
            for (i, sa) in inA.enumerated() { for (j, sb) in inB.enumerated() { similarity[i * inB.count + j] = vectorsA.cosine(sa, vectorsB, sb) } }
            // Each sentence's closest on the other side, from either side.
            var closest: [(i: Int, j: Int)] = []
            for i in inA.indices {
                if let j = inB.indices.max(by: { similarity[i * inB.count + $0] < similarity[i * inB.count + $1] }) { closest.append((i, j)) }
            }
            for j in inB.indices {
                if let i = inA.indices.max(by: { similarity[$0 * inB.count + j] < similarity[$1 * inB.count + j] }) { closest.append((i, j)) }
            }
            for (i, j) in closest {
                let s = Double(similarity[i * inB.count + j])
                let (sa, sb) = (inA[i], inB[j])
                guard s >= parameters.topicLinkFloor else { continue }
                let key = Int64(sa) << 32 | Int64(sb)
                guard !seen.contains(key), linked.insert(key).inserted,
                      !a.sentences[sa].isHeading, !b.sentences[sb].isHeading else { continue }
                let shared = topicsA[sa].filter { topicsB[sb].contains($0) }
                links.append(PairLink(a: sa, b: sb, score: s, sharedTopics: shared, dominantTerm: -1, similarity: s))
            }
        }
        return links
    }

    /// Every sentence's nearest neighbours on the other side, over all pairs, on two cores
    /// (`SecondCore`: the odd blocks of rows there, the even ones here).
    private func allPairs(step: (Double) -> Bool) -> ([Neighbours], [Neighbours])? {
        let n = a.sentenceCount, m = b.sentenceCount
        guard n > 0, m > 0 else { return ([Neighbours](repeating: .init(), count: n), [Neighbours](repeating: .init(), count: m)) }
        let blocks = stride(from: 0, to: n, by: Self.blockRows).map { $0..<min(n, $0 + Self.blockRows) }
        let (vectorsA, vectorsB) = (self.vectorsA, self.vectorsB)
        let odd = Array(blocks.enumerated().filter { $0.offset % 2 == 1 }.map(\.element))
        let even = Array(blocks.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
        let other = SecondCore { report in
            Self.nearest(odd, vectorsA, vectorsB) { done in report(Double(done)) }
        }
        let mine = Self.nearest(even, vectorsA, vectorsB) { done in step(Double(done + Int(other.progress)) / Double(blocks.count)) }
        let theirs = other.join { done in step(Double(even.count + Int(done)) / Double(blocks.count)) }
        guard let mine, let theirs else { return nil }
        var rows = [Neighbours](repeating: .init(), count: n)
        var columns = [Neighbours](repeating: .init(), count: m)
        for partial in [mine, theirs] {
            for (sa, neighbours) in partial.rows { rows[sa] = neighbours }
            for (sb, neighbours) in partial.columns.enumerated() {
                for item in neighbours.items { columns[sb].offer(item.index, item.similarity) }
            }
        }
        return (rows, columns)
    }

    static let blockRows = 32

    /// The nearest neighbours found among the rows of `blocks`: each row's, and each
    /// column's among those rows. `step` gets the blocks done and answers whether to go on.
    struct Partial: Sendable {
        var rows: [(Int, Neighbours)] = []
        var columns: [Neighbours]
    }

    private static func nearest(_ blocks: [Range<Int>], _ vectorsA: Embeddings, _ vectorsB: Embeddings,
                                step: (Int) -> Bool) -> Partial? {
        let m = vectorsB.count
        var partial = Partial(columns: [Neighbours](repeating: .init(), count: m))
        // The lowest similarity each column's neighbours keep: most pairs fall under it and
        // are passed over without touching the list.
        var columnFloor = [Float](repeating: -.infinity, count: m)
        var block = [Float](repeating: 0, count: blockRows * m)
        for (index, rows) in blocks.enumerated() {
            block.withUnsafeMutableBufferPointer { vectorsA.similarities(of: rows, against: vectorsB, into: $0.baseAddress!) }
            for (offset, sa) in rows.enumerated() {
                var neighbours = Neighbours()
                var rowFloor = -Float.infinity
                for sb in 0..<m {
                    let s = block[offset * m + sb]
                    if s > rowFloor {
                        neighbours.offer(Int32(sb), s)
                        if neighbours.items.count == Neighbours.kept { rowFloor = neighbours.items.last!.similarity }
                    }
                    if s > columnFloor[sb] {
                        partial.columns[sb].offer(Int32(sa), s)
                        if partial.columns[sb].items.count == Neighbours.kept { columnFloor[sb] = partial.columns[sb].items.last!.similarity }
                    }
                }
                partial.rows.append((sa, neighbours))
            }
            guard step(index + 1) else { return nil }
        }
        return partial
    }
}
