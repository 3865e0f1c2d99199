/// Turns the linker's `PairLink`s for one pair of versions into `Analysis.Link`s: the
/// evidence on both sides, the topic ids, and for a link without a lexicon topic the
/// automatic topic it joins, whose occurrences go to the grouper.
///
/// Links with the same topics share one topic-id array (value semantics keep that
/// invisible): a hundred thousand links then cost no hundred thousand small arrays.
struct LinkAssembler {
    /// One version of the pair: its index among the analysis' versions and its hits by sentence.
    typealias Side = (index: Int, version: PreparedVersion, hits: FlatLists<LexiconHit>)

    let x: Side
    let y: Side
    let weights: TermWeights
    let builder: EvidenceBuilder
    let lexiconTopics: [Lexicon.Topic]
    let keys: Vocabulary
    /// False: links are made without their evidence spans (`TopicEngine.keepsEvidence`).
    let keepsEvidence: Bool
    private var lexiconTopicIDs: [[Int32]: [String]] = [:]
    private var automaticTopics: [Int32: (ids: [String], label: String)] = [:]

    init(x: Side, y: Side, weights: TermWeights, builder: EvidenceBuilder, lexiconTopics: [Lexicon.Topic], keys: Vocabulary,
         keepsEvidence: Bool = true) {
        self.keepsEvidence = keepsEvidence
        self.x = x
        self.y = y
        self.weights = weights
        self.builder = builder
        self.lexiconTopics = lexiconTopics
        self.keys = keys
    }

    /// `confirmed`: the ambiguous hits of the two sentences that this link confirmed
    /// (`TopicEngine.confirmByLink`; none outside the lexical pass), shown as their topic's
    /// aliases like the others. `parts`: for a link a clause made (`SemanticLinker.clauseLinks`),
    /// the clause of each side that made it (nil: the whole sentence).
    mutating func link(_ link: PairLink, confirmed: (a: [LexiconHit], b: [LexiconHit]),
                       parts: (a: Range<Int>?, b: Range<Int>?) = (nil, nil), grouper: inout TopicGrouper) -> Analysis.Link {
        let from = Analysis.SentenceRef(version: x.index, sentence: link.a)
        let to = Analysis.SentenceRef(version: y.index, sentence: link.b)
        var topicEvidence: [Analysis.Evidence] = []
        for topic in link.sharedTopics where keepsEvidence {
            let id = lexiconTopics[Int(topic)].id
            for hit in x.hits[link.a] where hit.topic == topic {
                topicEvidence.append(.init(side: from, range: EvidenceBuilder.range(of: hit, in: x.version), topic: id))
            }
            for hit in confirmed.a where hit.topic == topic {
                topicEvidence.append(.init(side: from, range: EvidenceBuilder.range(of: hit, in: x.version), topic: id))
            }
            for hit in y.hits[link.b] where hit.topic == topic {
                topicEvidence.append(.init(side: to, range: EvidenceBuilder.range(of: hit, in: y.version), topic: id))
            }
            for hit in confirmed.b where hit.topic == topic {
                topicEvidence.append(.init(side: to, range: EvidenceBuilder.range(of: hit, in: y.version), topic: id))
            }
        }
        let bagA = Linker.bag(x.version, link.a, weights)
        let bagB = Linker.bag(y.version, link.b, weights)
        var lexicalA = builder.lexicalRanges(x.version, link.a, against: bagB)
        var lexicalB = builder.lexicalRanges(y.version, link.b, against: bagA)
        // A link of an automatic topic: its phrase leaves out another topic's words at its
        // edges (`withoutLexiconEdges`).
        if link.sharedTopics.isEmpty {
            lexicalA = Self.withoutLexiconEdges(lexicalA, x.version, x.hits[link.a])
            lexicalB = Self.withoutLexiconEdges(lexicalB, y.version, y.hits[link.b])
        }
        var evidence: [Analysis.Evidence] = []
        if keepsEvidence {
            // Words already shown as a topic's alias are not repeated as shared words.
            func covered(_ range: Range<Int>, _ side: Analysis.SentenceRef) -> Bool {
                topicEvidence.contains { $0.side == side && $0.range.lowerBound <= range.lowerBound && range.upperBound <= $0.range.upperBound }
            }
            let sharedA = lexicalA.filter { !covered($0, from) }
            let sharedB = lexicalB.filter { !covered($0, to) }
            // Sized exactly: the evidence of every link is kept for as long as the analysis.
            evidence.reserveCapacity(topicEvidence.count + sharedA.count + sharedB.count)
            evidence += topicEvidence
            evidence += sharedA.map { .init(side: from, range: $0, topic: nil) }
            evidence += sharedB.map { .init(side: to, range: $0, topic: nil) }
        }

        var topicIDs: [String] = []
        // A heading and a sentence share words, not a subject the reader can count: headings
        // are no passages, so an automatic topic of such a link had passages on one side only,
        // "reconstrucción — only in President of Ukraine" beside La Moncloa's heading
        // "Reconstrucción" and the sentence under it. The link stays (the JSON keeps it).
        let joinsAHeading = x.version.sentences[link.a].isHeading != y.version.sentences[link.b].isHeading
        if !link.sharedTopics.isEmpty {
            topicIDs = lexiconTopicIDs[link.sharedTopics] ?? link.sharedTopics.map { lexiconTopics[Int($0)].id }
            lexiconTopicIDs[link.sharedTopics] = topicIDs
        } else if joinsAHeading {
            // No automatic topic (above).
        } else if link.dominantTerm >= 0 {
            let topic = automaticTopic(link.dominantTerm)
            topicIDs = topic.ids
            for range in lexicalA { grouper.add(.init(version: x.index, sentence: link.a, range: range), topic: topic.ids[0], label: topic.label, origin: .automatic) }
            for range in lexicalB { grouper.add(.init(version: y.index, sentence: link.b, range: range), topic: topic.ids[0], label: topic.label, origin: .automatic) }
        } else if link.similarity != nil, let termA = heaviestTerm(x.version, link.a, within: parts.a) {
            // Linked by meaning alone (a paraphrase, a translation): the topic is named after
            // the weightiest word of the first side, and occurs in both sentences by meaning —
            // as whole sentences, since no word of either was matched (a sentence without a
            // word of weight, all stopwords or reporting verbs, gets none, as before); where a
            // clause made the link, as that clause, and named from it: not from the sentence's
            // other subject.
            let topic = automaticTopic(x.version.term[termA])
            topicIDs = topic.ids
            grouper.add(Self.byMeaning(x.index, x.version, link.a, within: parts.a), topic: topic.ids[0], label: topic.label, origin: .automatic)
            if heaviestTerm(y.version, link.b, within: parts.b) != nil {
                grouper.add(Self.byMeaning(y.index, y.version, link.b, within: parts.b), topic: topic.ids[0], label: topic.label, origin: .automatic)
            }
        }
        return Analysis.Link(from: from, to: to, score: (link.score * 1000).rounded() / 1000, topics: topicIDs, evidence: evidence,
                             similarity: link.similarity.map { ($0 * 1000).rounded() / 1000 }, basis: link.basis)
    }

    /// The token of `sentence` (of its part `within`, when given) whose key weighs most (ties:
    /// the longer word), if any weighs.
    private func heaviestTerm(_ version: PreparedVersion, _ sentence: Int, within part: Range<Int>? = nil) -> Int? {
        Self.heaviestToken(version, sentence, weights, within: part)
    }

    /// `ranges` (shared words of a sentence) without a lexicon alias of the sentence (`hits`)
    /// that starts or ends one of them, and the small words between: the reader colours one
    /// topic per cell, and an automatic topic's phrase "trade and technology" hid the lexicon
    /// topic "trade" of its first word — a researcher's brief said "trade — only in White
    /// House" of an MFA sentence that says "trade". A range that is the alias alone is kept.
    static func withoutLexiconEdges(_ ranges: [Range<Int>], _ version: PreparedVersion, _ hits: ArraySlice<LexiconHit>) -> [Range<Int>] {
        guard !hits.isEmpty, !ranges.isEmpty else { return ranges }
        let aliases = hits.map { EvidenceBuilder.range(of: $0, in: version) }
        guard let sentence = hits.first.map({ Int($0.sentence) }) else { return ranges }
        let words = version.tokens(of: sentence).filter { version.term[$0] >= 0 }.map { Int(version.tokenStart($0))..<Int(version.tokenEnd($0)) }
        return ranges.map { range in
            var trimmed = range
            if let alias = aliases.first(where: { $0.lowerBound == trimmed.lowerBound && $0.upperBound < trimmed.upperBound }),
               let next = words.first(where: { $0.lowerBound >= alias.upperBound && $0.upperBound <= trimmed.upperBound }) {
                trimmed = next.lowerBound..<trimmed.upperBound
            }
            if let alias = aliases.first(where: { $0.upperBound == trimmed.upperBound && $0.lowerBound > trimmed.lowerBound }),
               let previous = words.last(where: { $0.upperBound <= alias.lowerBound && $0.lowerBound >= trimmed.lowerBound }) {
                trimmed = trimmed.lowerBound..<previous.upperBound
            }
            return trimmed
        }
    }

    /// An occurrence by meaning alone: the whole of `sentence` (or its clause `within`), flagged `byMeaning`.
    static func byMeaning(_ index: Int, _ version: PreparedVersion, _ sentence: Int, within part: Range<Int>? = nil) -> Analysis.Occurrence {
        Analysis.Occurrence(version: index, sentence: sentence, range: part ?? version.sentences[sentence].range, byMeaning: true)
    }

    /// The token of `sentence` whose key weighs most under `weights` (ties: the longer word),
    /// among those starting in `part` when given.
    static func heaviestToken(_ version: PreparedVersion, _ sentence: Int, _ weights: TermWeights, within part: Range<Int>? = nil) -> Int? {
        var best: Int?
        var bestWeight: Float = 0
        for t in version.tokens(of: sentence) where version.term[t] >= 0 && part.map({ $0.contains(Int(version.tokenStart(t))) }) ?? true {
            let w = tokenWeight(version, t, weights)
            if w > bestWeight { bestWeight = w; best = t }
        }
        return best
    }

    /// How much token `t`'s key weighs under `weights`, a longer word a little more (so that
    /// of two equally rare words the longer, more telling one names a topic).
    static func tokenWeight(_ version: PreparedVersion, _ t: Int, _ weights: TermWeights) -> Float {
        weights.weight[Int(version.term[t])] * (1 + 0.02 * Float(version.tokenRange(t).count))
    }

    /// The automatic topic named after `term`, as the link's topic ids, and its label.
    private mutating func automaticTopic(_ term: Int32) -> (ids: [String], label: String) {
        if let known = automaticTopics[term] { return known }
        let (id, label) = TopicGrouper.automaticTopic(key: keys.strings[Int(term)], surface: x.version.surface[term] ?? y.version.surface[term])
        automaticTopics[term] = ([id], label)
        return ([id], label)
    }
}
