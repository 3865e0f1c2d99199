import ReadoutsText

/// Tuning of the linker; the defaults are the notes' starting values, tuned on the dev pairs.
public struct LinkerParameters: Sendable {
    public var candidatesPerSentence = 8
    public var minimumMaxDF = 20
    public var maxDFShare: Double = 0.02
    /// Keys in more sentences than this add to scores but do not retrieve candidates.
    public var maximumMaxDF = 200
    public var thresholdHigh: Double = 0.35
    public var thresholdLow: Double = 0.15
    /// Topic-carried pairs pass here: a shared topic of weight 0.8 alone brings 0.12.
    public var thresholdCarried: Double = 0.12
    public var margin: Double = 0.05
    /// Links made of shared words alone need this many of them (a lexicon topic needs none).
    public var minimumSharedWords = 2
    /// Weight, in sentence norms, of words the other version never uses.
    public var unsharedNormWeight: Double = 0.5
    public var linksPerSentence = 3
    /// A shared lexicon topic of at least this weight carries a link at `thresholdCarried`.
    public var carryingWeight: Double = 0.8
    /// Versions with at least this many sentences are scored on two cores (below, a second
    /// thread costs more than it saves). Results are the same either way.
    public var parallelScoringMinimum = 2048
    public init() {}
}

/// A link between sentence `a` of version A and sentence `b` of version B, before topics.
/// 40 bytes: sentence numbers as `Int32`, the similarity without an optional's padding.
struct PairLink {
    var score: Double
    /// Lexicon topic indices both sentences carry.
    var sharedTopics: [Int32]
    private var sentenceA: Int32
    private var sentenceB: Int32
    /// The shared key with the most weight: names the automatic topic (-1: none).
    var dominantTerm: Int32
    private var hasSimilarity: Bool
    /// How the link was made (`Analysis.Link.Basis`).
    var basis: Analysis.Link.Basis = .words
    private var storedSimilarity: Double

    init(a: Int, b: Int, score: Double, sharedTopics: [Int32], dominantTerm: Int32, similarity: Double? = nil) {
        self.score = score
        self.sharedTopics = sharedTopics
        sentenceA = Int32(a)
        sentenceB = Int32(b)
        self.dominantTerm = dominantTerm
        hasSimilarity = similarity != nil
        storedSimilarity = similarity ?? 0
    }

    var a: Int {
        get { Int(sentenceA) }
        set { sentenceA = Int32(newValue) }
    }

    var b: Int {
        get { Int(sentenceB) }
        set { sentenceB = Int32(newValue) }
    }

    /// The sentences' cosine similarity, when the semantic linker scored the pair.
    var similarity: Double? {
        get { hasSimilarity ? storedSimilarity : nil }
        set {
            hasSimilarity = newValue != nil
            storedSimilarity = newValue ?? 0
        }
    }
}

/// A pair the lexical linker scored (selected or not), for the semantic linker.
struct LexicalCandidate: Sendable {
    var a: Int32
    var b: Int32
    var score: Float
}

/// Links the sentences of two versions: candidate retrieval on rare keys, a soft cosine
/// (same key 1, same key2 0.6, trigram Dice ≥ 0.7 0.5), topic and number bonuses, then a
/// non-monotone, many-to-many selection with margins and a cap per sentence.
struct Linker: Sendable {
    let a: PreparedVersion
    let b: PreparedVersion
    let weights: TermWeights
    /// The lexicon topics of each sentence.
    let topicsA: FlatLists<Int32>
    let topicsB: FlatLists<Int32>
    let topicWeights: [Double]
    /// How many keys the shared vocabulary has (the size of per-key tables).
    let keyCount: Int
    var parameters: LinkerParameters
    let features: KeyFeatures
    /// The versions' opening sentences (`Participants.openingSentence`): between the two, a
    /// participant's country is who speaks on both sides, and enough for a link on its own.
    let openings: (a: Int?, b: Int?)

    init(a: PreparedVersion, b: PreparedVersion, weights: TermWeights, topicsA: FlatLists<Int32>, topicsB: FlatLists<Int32>,
         topicWeights: [Double], keyCount: Int, features: KeyFeatures, parameters: LinkerParameters) {
        self.a = a
        self.b = b
        self.weights = weights
        self.topicsA = topicsA
        self.topicsB = topicsB
        self.topicWeights = topicWeights
        self.keyCount = keyCount
        self.parameters = parameters
        self.features = features
        openings = (Participants.openingSentence(a), Participants.openingSentence(b))
    }

    /// The distinct content keys of a sentence with positive weight.
    static func bag(_ version: PreparedVersion, _ sentence: Int, _ weights: TermWeights) -> [Int32] {
        var bag: [Int32] = []
        fillBag(version, sentence, weights, into: &bag)
        return bag
    }

    /// The bags of every sentence of `version`.
    static func bags(_ version: PreparedVersion, _ weights: TermWeights) -> FlatLists<Int32> {
        var bags = FlatLists<Int32>()
        for sentence in 0..<version.sentenceCount {
            appendBag(version, sentence, weights, to: &bags)
            bags.endList()
        }
        return bags
    }

    /// The bag of one sentence into `bag` (emptied first, its storage kept): A's bags are
    /// made one sentence at a time where they are needed (scoring, the links kept), not held
    /// for every sentence through scoring and selection.
    static func fillBag(_ version: PreparedVersion, _ sentence: Int, _ weights: TermWeights, into bag: inout [Int32]) {
        bag.removeAll(keepingCapacity: true)
        for t in version.tokens(of: sentence) {
            let term = version.term[t]
            if isBagTerm(term, weights), !bag.contains(term) { bag.append(term) }
        }
    }

    private static func appendBag(_ version: PreparedVersion, _ sentence: Int, _ weights: TermWeights, to bags: inout FlatLists<Int32>) {
        for t in version.tokens(of: sentence) {
            let term = version.term[t]
            if isBagTerm(term, weights), !bags.openList.contains(term) { bags.append(term) }
        }
    }

    /// A bag holds content keys (not stopwords' -1) that weigh something.
    @inline(__always) private static func isBagTerm(_ term: Int32, _ weights: TermWeights) -> Bool {
        term >= 0 && weights.weight[Int(term)] > 0
    }

    /// The links, and with `keepingCandidates` every scored candidate pair (what the
    /// semantic linker compares on very large versions). With `keepingUnconfirmed`, the pairs
    /// that scored `thresholdHigh` but had too few shared words for a link of words alone
    /// (one — a number, a rare name — where it needs `minimumSharedWords`) and no shared
    /// topic: links the semantic linker makes when the sentences' meaning agrees (`SemanticLinker`).
    mutating func link(keepingCandidates: Bool, keepingUnconfirmed: Bool = false, step: (Double) -> Bool)
        -> (links: ChunkedArray<PairLink>, candidates: [LexicalCandidate], unconfirmed: [UnconfirmedPair])? {
        let key2OfTerm = Self.key2Table(a, b, keyCount)
        guard var scored = scorePairs(key2OfTerm, step: step) else { return nil }
        MemoryTrace.mark("pairs scored")
        // The inverted indexes and B's bags are gone by now: selection's lists take their place.
        MallocPolicy.trim()
        // The key that names a link's automatic topic, found again for the pairs kept, from
        // bags made again for their two sentences (as `LinkAssembler` does for each link).
        var (bagA, bagB): ([Int32], [Int32]) = ([], [])
        func dominant(_ pair: Scored) -> Int32 {
            Self.fillBag(a, Int(pair.a), weights, into: &bagA)
            Self.fillBag(b, pair.b, weights, into: &bagB)
            // Only the shared key is read: the count of matched words, which the openings decide, is not.
            return softCosine(bagA[...], bagB[...], key2OfTerm, betweenOpenings: false).1
        }
        let selected = select(&scored, releasingScored: !keepingCandidates && !keepingUnconfirmed) { dominant($0) }
        MemoryTrace.mark("links selected")
        var unconfirmed: [UnconfirmedPair] = []
        if keepingUnconfirmed {
            // Selection takes every other pair at `thresholdHigh` (a shared topic or enough
            // shared words), quotas aside: these are the ones it turned down. Counted first,
            // so that the list is made at its size while the scored pairs are still alive.
            unconfirmed.reserveCapacity(scored.reduce(0) { $0 + (isTurnedDown($1) ? 1 : 0) })
            for pair in scored where isTurnedDown(pair) {
                unconfirmed.append(UnconfirmedPair(score: pair.score, a: pair.a, b: Int32(pair.b),
                                                   dominantTerm: dominant(pair)))
            }
        }
        return (selected, keepingCandidates ? scored.map { LexicalCandidate(a: $0.a, b: Int32($0.b), score: Float($0.score)) } : [], unconfirmed)
    }

    /// Whether selection turned `pair` down although it scored `thresholdHigh`: too few
    /// shared words for a link of words alone — one, not none (a pair sharing only the
    /// participants' countries is no candidate) — and no shared lexicon topic.
    private func isTurnedDown(_ pair: Scored) -> Bool {
        pair.score >= parameters.thresholdHigh && !pair.hasSharedWords && pair.sharesAWord && sharedTopics(pair).isEmpty
    }

    /// Builds B's bags and inverted indexes and scores every candidate pair; the bags and
    /// indexes live only as long as this call (A's bags are made one sentence at a time).
    private func scorePairs(_ key2OfTerm: [Int32], step: (Double) -> Bool) -> JoinedChunks<Scored>? {
        let bagsB = Self.bags(b, weights)
        // Inverted indexes of B by key and by key2, for keys rare enough to retrieve.
        // Capped, so retrieval stays linear in the length of very long versions.
        let maxDF = min(parameters.maximumMaxDF,
                        max(parameters.minimumMaxDF, Int(parameters.maxDFShare * Double(b.sentenceCount))))
        let postings = FlatLists(count: keyCount) { add in
            for s in 0..<bagsB.count {
                for term in bagsB[s] where weights.dfB[Int(term)] <= maxDF { add(Int(term), Int32(s)) }
            }
        }
        let postings2 = FlatLists(count: Int(key2OfTerm.max() ?? -1) + 1) { add in
            for s in 0..<bagsB.count {
                for term in bagsB[s] where weights.dfB[Int(term)] <= maxDF && key2OfTerm[Int(term)] >= 0 {
                    add(Int(key2OfTerm[Int(term)]), Int32(s))
                }
            }
        }
        let topicPostings = FlatLists(count: topicWeights.count) { add in
            for s in 0..<topicsB.count { for topic in topicsB[s] { add(Int(topic), Int32(s)) } }
        }
        let scorer = PairScorer(
            linker: self, bagsB: bagsB, key2OfTerm: key2OfTerm, maxDF: maxDF,
            postings: postings, postings2: postings2, topicPostings: topicPostings)
        MemoryTrace.mark("postings built")
        return scorer.scoreOnTwoCores(step: step)
    }

    func sharesNumber(_ sa: Int, _ sb: Int) -> Bool {
        for t in a.tokens(of: sa) where a.flags[t] & PreparedVersion.numberFlag != 0 {
            for u in b.tokens(of: sb) where b.term[u] == a.term[t] { return true }
        }
        return false
    }

    /// The key2 id of each key id for a pair of versions: B's where B uses the key, else A's.
    static func key2Table(_ a: PreparedVersion, _ b: PreparedVersion, _ size: Int) -> [Int32] {
        var table = [Int32](repeating: -1, count: size)
        for version in [a, b] {
            for (term, key2) in version.key2OfTerm.enumerated() where key2 != PreparedVersion.unusedTerm { table[term] = key2 }
        }
        return table
    }

    /// aᵀSb / √(aᵀa · bᵀb) over the two bags, the shared key with the most weight, and how
    /// many weighty words of `x` found a match (a rare name counts as enough on its own, a
    /// participant's country only between the two opening sentences, `betweenOpenings`, and
    /// elsewhere only beside another word).
    func softCosine(_ x: ArraySlice<Int32>, _ y: ArraySlice<Int32>, _ key2OfTerm: [Int32], betweenOpenings: Bool) -> (Double, Int32, Int) {
        var numerator: Float = 0
        var normX: Float = 0
        var normY: Float = 0
        var dominant: Int32 = -1
        var dominantWeight: Float = 0
        var matched = 0
        var matchedCountries = 0
        // Words absent from the other version can never match: they count less in the norm,
        // so a long sentence is not drowned by its own details.
        let unshared = Float(parameters.unsharedNormWeight * parameters.unsharedNormWeight)
        for term in y {
            let w = weights.weight[Int(term)]
            normY += weights.dfA[Int(term)] > 0 ? w * w : unshared * w * w
        }
        for term in x {
            let w = weights.weight[Int(term)]
            normX += weights.dfB[Int(term)] > 0 ? w * w : unshared * w * w
            var best: Float = 0
            var bestTerm: Int32 = -1
            for other in y {
                let similarity: Float
                if other == term {
                    similarity = 1
                } else if key2OfTerm[Int(term)] >= 0, key2OfTerm[Int(term)] == key2OfTerm[Int(other)] {
                    similarity = 0.6
                } else if features.trigramSimilar(term, other) {
                    similarity = 0.5
                } else {
                    continue
                }
                let contribution = similarity * w * weights.weight[Int(other)]
                if contribution > best { best = contribution; bestTerm = other }
            }
            numerator += best
            // Only words that weigh count as shared: not the participants, not "président";
            // the participants' countries outside the two opening sentences only beside
            // another word ("Japanese food"), not alone ("relations between Canada and the UK"
            // / "how Canada and the UK could deepen collaboration on defence": who speaks,
            // twice, not a subject).
            if best > 0, w >= 0.7, bestTerm >= 0, weights.weight[Int(bestTerm)] >= 0.7 {
                if !betweenOpenings, weights.isParticipantCountry[Int(term)] {
                    matchedCountries += 1
                } else {
                    let enough = weights.isRareName[Int(term)] && bestTerm == term
                    matched += enough ? parameters.minimumSharedWords : 1
                }
            }
            // The topic is named after a word both sides share exactly, when there is one.
            // Ties go to the longer word ("humanitarian" rather than "need").
            let length = features.namingLength[Int(term)]
            let naming = (bestTerm == term ? best * 2 : best) * (1 + 0.02 * length)
            if naming > dominantWeight { dominantWeight = naming; dominant = bestTerm }
        }
        guard normX > 0, normY > 0 else { return (0, -1, 0) }
        return (Double(numerator / (normX * normY).squareRoot()), dominant, matched > 0 ? matched + matchedCountries : 0)
    }
}
