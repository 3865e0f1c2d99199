import ReadoutsText

/// Passages only one version has, found by their words, for the lexical linker (without the
/// sentence encoder, `OneSidedPassages` finds them by meaning): a sentence that says
/// something (`minimumWords` words of its own: not a participant, a reporting verb or a
/// readout's word), is linked to nothing, carries no topic, and shares less than
/// `overlapCeiling` of those words with any one sentence of every other version. Without
/// it, a run without the encoder found nothing one-sided but names ("o: every topic appears
/// in more than one version" of a mayor's and a union's accounts of one meeting).
///
/// Words are compared by key and by their six-letter key2 ("recruit" / "recruiting"), so
/// only versions in one language are read so; each passage is a topic of its own, occurring
/// by meaning (no word of it coloured), named by the naming step like the encoder's.
///
/// Measured on the annotated `dev/` pairs of one language (a Python sketch of the rule over
/// the lexical linker's probe): at 0.3, 36 sentences of annotated one-sided topics found and
/// 12 of two-sided ones; at 0.2, 29 and 10.
///
/// Against a version whose linked sentences share far more of their words (drafts of one
/// bill: nearly all), the ceiling rises to `relativeCeiling` times the median share: every
/// article shares "the landlord shall" with some other, and a deleted one was no passage.
enum WordOneSidedPassages {
    static let minimumWords = 4
    static let overlapCeiling: Float = 0.3
    static let relativeCeiling: Float = 0.7
    /// Sentences in all, as for the encoder's one-sided passages: each sentence is compared
    /// with every other version's through an index of their words.
    static let sentenceLimit = 2_000

    static func add(_ versions: [PreparedVersion], documents: [Document], links: [Analysis.Link], keys: Vocabulary, ignored: Set<Int32>,
                    participants: [Set<Int32>], weights: TermWeights, to grouper: inout TopicGrouper) {
        guard versions.count > 1, let language = versions.first?.language, language != .undetermined,
              versions.allSatisfy({ $0.language == language && $0.sentenceCount > 0 }),
              versions.reduce(0, { $0 + $1.sentenceCount }) <= sentenceLimit
        else { return }
        let key = OneSidedPassages.key
        let taken = OneSidedPassages.taken(links: links, topics: grouper.sortedTopics())
        // Each sentence's own words, as keys and key2s (a key2 stands for its key's family).
        func words(_ v: Int, _ s: Int) -> Set<Int32> {
            var set = Set<Int32>()
            let version = versions[v]
            SentenceTexts.forEachOwnWord(version, s, ignored: ignored, participants: participants[v]) { t in
                let term = version.term[t]
                let key2 = version.key2OfTerm[Int(term)]
                set.insert(key2 >= 0 ? -1 - key2 : term)
            }
            return set
        }
        let sentenceWords = versions.indices.map { v in (0..<versions[v].sentenceCount).map { words(v, $0) } }
        // Per version, the sentences each word is in.
        let postings: [[Int32: [Int32]]] = versions.indices.map { v in
            var index: [Int32: [Int32]] = [:]
            for (s, set) in sentenceWords[v].enumerated() { for word in set { index[word, default: []].append(Int32(s)) } }
            return index
        }
        // The share of its own words a sentence of `v` shares with the sentence of `w` it is
        // linked to; their median sets the ceiling against `w`.
        var shares = [[[Float]]](repeating: [[Float]](repeating: [], count: versions.count), count: versions.count)
        for link in links where link.from.version < versions.count && link.to.version < versions.count {
            let (x, y) = (sentenceWords[link.from.version][link.from.sentence], sentenceWords[link.to.version][link.to.sentence])
            let common = Float(x.intersection(y).count)
            if !x.isEmpty { shares[link.from.version][link.to.version].append(common / Float(x.count)) }
            if !y.isEmpty { shares[link.to.version][link.from.version].append(common / Float(y.count)) }
        }
        let ceilings = shares.map { row in
            row.map { list -> Float in
                guard !list.isEmpty else { return overlapCeiling }
                let sorted = list.sorted()
                let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
                return max(overlapCeiling, relativeCeiling * median)
            }
        }
        var ids = Set<String>()
        for (v, version) in versions.enumerated() {
            let opening = Participants.openingSentence(version)
            let credited = v < documents.count ? OneSidedPassages.credited(documents[v], version, keys: keys) : []
            for s in 0..<version.sentenceCount where !version.sentences[s].isHeading && s != opening && !taken.contains(key(v, s))
                && !OneSidedPassages.names(credited, version, s) {
                let own = sentenceWords[v][s]
                guard own.count >= minimumWords else { continue }
                var alone = true
                for w in versions.indices where w != v {
                    var shared: [Int32: Int] = [:]
                    for word in own { for other in postings[w][word] ?? [] { shared[other, default: 0] += 1 } }
                    if Float(shared.values.max() ?? 0) >= ceilings[v][w] * Float(own.count) { alone = false }
                }
                guard alone else { continue }
                // Named for now by its weightiest word no other passage took; the naming
                // step gives it the phrase that best describes it.
                var best: (id: String, label: String, weight: Float)?
                SentenceTexts.forEachOwnWord(version, s, ignored: ignored, participants: participants[v]) { t in
                    let weight = LinkAssembler.tokenWeight(version, t, weights)
                    guard weight > best?.weight ?? 0 else { return }
                    let term = version.term[t]
                    let (id, label) = TopicGrouper.passageTopic(key: keys.strings[Int(term)], surface: version.surface[term])
                    if !ids.contains(id) { best = (id, label, weight) }
                }
                guard let (id, label, _) = best else { continue }
                ids.insert(id)
                grouper.add(LinkAssembler.byMeaning(v, version, s), topic: id, label: label, origin: .automatic)
            }
        }
    }
}
