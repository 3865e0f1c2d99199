import ReadoutsEncoder
import ReadoutsText

/// One-sided by meaning, for lexicon topics: a lexicon topic found in one version of a pair
/// and not in the other is one-sided only when nothing in the other version means the same
/// thing. When one of its sentences has a close counterpart there (its nearest sentence, at
/// a similarity of at least `SemanticParameters.counterpart`, and a word of weight), the
/// topic gets an occurrence by meaning there (the whole sentence, flagged: no word of it is
/// the topic's alias, so none is shown as one), and is no longer listed as "only in" the first
/// version: the other account speaks of it in other words ("les mesures économiques" where
/// the lexicon knows "sanctions" in one language only, a paraphrase no alias covers).
struct MeaningCounterparts {
    typealias Side = (index: Int, version: PreparedVersion, topics: FlatLists<Int32>, vectors: Embeddings)

    let threshold: Double
    let lexiconTopics: [Lexicon.Topic]
    let labelLanguage: Language

    /// Adds, to `grouper`, the occurrences in `y` of the topics `x` has and `y` lacks.
    func add(from x: Side, to y: Side, weights: TermWeights, grouper: inout TopicGrouper) {
        guard y.version.sentenceCount > 0 else { return }
        let present = Set(y.topics.values)
        var done = Set<Int64>()
        var row = [Float](repeating: 0, count: y.version.sentenceCount)
        for s in 0..<x.topics.count {
            let missing = x.topics[s].filter { !present.contains($0) }
            guard !missing.isEmpty else { continue }
            row.withUnsafeMutableBufferPointer { x.vectors.similarities(of: s, against: y.vectors, into: $0.baseAddress!) }
            guard let t = row.indices.max(by: { row[$0] < row[$1] }), Double(row[t]) >= threshold,
                  LinkAssembler.heaviestToken(y.version, t, weights) != nil else { continue }
            for topic in missing where done.insert(Int64(topic) << 32 | Int64(t)).inserted {
                let lexiconTopic = lexiconTopics[Int(topic)]
                grouper.add(LinkAssembler.byMeaning(y.index, y.version, t),
                            topic: lexiconTopic.id, label: lexiconTopic.label(for: labelLanguage), origin: .lexicon)
            }
        }
    }
}
