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
///
/// A sentence linked to sentences of the other version looks for its counterpart among
/// those only: the reader sees them as its passages there, and its nearest sentence overall
/// may be another's counterpart ("free trade and the ratification of the Canada–EU
/// agreement", linked to "would press the EU countries to ratify CETA", is nearer to "both
/// countries are raising their military budgets"). A linked partner must be as close as any
/// counterpart: a sentence of many subjects is linked for one of them, and its partner does
/// not speak of the others ("the Geneva summit, cybersecurity, Iran" against "Ukraine"). So
/// a linked partner that shares a topic with the sentence, or has one of its own (the
/// event's subject aside), carries none of its others.
struct MeaningCounterparts {
    typealias Side = (version: PreparedVersion, topics: FlatLists<Int32>, vectors: Embeddings)

    let threshold: Double
    let lexiconTopics: [Lexicon.Topic]
    let labelLanguage: Language
    /// Whether a sentence of `y` carries by meaning the topics of one sentence of `x` only,
    /// its closest: a sentence close to several ("…the current crisis was the direct result
    /// of NATO's long-standing aggressive policy…") took the Korean Peninsula, troops, a
    /// peace settlement and energy from four sentences of Berlin's account of a call.
    let servesOne: Bool
    /// Whether a linked partner with a lexicon topic of its own is given none of the
    /// sentence's topics (else only one sharing a topic with it).
    let partnerWithATopicTakesNone: Bool
    /// Whether an unlinked sentence's nearest sentence in the other version, when it has a
    /// lexicon topic of its own, is given none of the sentence's topics: it is near for what
    /// it speaks of. The White House's "…reviewed developments in Northern Ireland…", linked
    /// to nothing, lent Northern Ireland to Downing Street's sentence on the AI summit, which
    /// lent AI back; "Russia seized Crimea from Ukraine…" lent Ukraine to the Kremlin's list of
    /// strategic stability, Iran, Afghanistan and climate: an analyst read Ukraine as in both
    /// accounts, the Kremlin's silence on it hidden.
    let nearestWithATopicTakesNone: Bool
    /// The most topics the other version lacks that one sentence may lend: a sentence naming
    /// more ("…the Minsk agreements, a peace settlement…", against an account that names
    /// neither) is a list, whose nearest sentence in the other version is near for one item
    /// at most, and which one the similarity does not say.
    let lendsAtMost: Int
    /// The event's subject (`TopicEngine.subjectTopics` of the pair): no topic of a partner's
    /// own — in a call about Ukraine, nearly every sentence has it.
    let subjects: Set<Int32>

    /// The sentences of `y` that carry by meaning the topics `x` has and `y` lacks.
    /// `partners`: the sentences of `y` each sentence of `x` is linked to.
    func find(from x: Side, to y: Side, partners: FlatLists<Int32>, weights: TermWeights) -> [(sentence: Int, topic: Int32)] {
        guard y.version.sentenceCount > 0 else { return [] }
        var found: [(sentence: Int, topic: Int32)] = []
        let present = Set(y.topics.values)
        var done = Set<Int64>()
        var row = [Float](repeating: 0, count: y.version.sentenceCount)
        var candidates: [(s: Int, t: Int, topic: Int32)] = []
        var closestServed: [Int: (sentence: Int, similarity: Float)] = [:]
        for s in 0..<x.topics.count {
            let missing = x.topics[s].filter { !present.contains($0) }
            guard !missing.isEmpty, missing.count <= lendsAtMost else { continue }
            // The closest sentence of `y`, among the linked ones when there are any (their
            // similarities alone are computed then).
            var closest: (sentence: Int, similarity: Float)?
            let linked = partners[s]
            // A heading is no passage: it carries no topic by meaning (a Kremlin title, "…провел
            // телефонный разговор с президентом Франции…", took Ukraine from the Élysée's
            // support for Ukraine, and showed it as a topic the Kremlin spoke of).
            if linked.isEmpty {
                row.withUnsafeMutableBufferPointer { x.vectors.similarities(of: s, against: y.vectors, into: $0.baseAddress!) }
                closest = row.indices.lazy.filter { !y.version.sentences[$0].isHeading }.max { row[$0] < row[$1] }.map { ($0, row[$0]) }
            } else {
                for t in linked.map(Int.init) where !y.version.sentences[t].isHeading {
                    let similarity = x.vectors.cosine(s, y.vectors, t)
                    if closest.map({ similarity > $0.similarity }) ?? true { closest = (t, similarity) }
                }
            }
            guard let (t, similarity) = closest, Double(similarity) >= threshold,
                  LinkAssembler.heaviestToken(y.version, t, weights) != nil else { continue }
            // A linked partner that has subjects of its own is linked for those or for what the
            // two share: it does not speak of the sentence's other subjects ("…strengthen
            // bilateral trade… fighting climate change…" linked on trade to "…bilateral economic
            // cooperation…", which says nothing of climate; the White House's "…directed his
            // team to deploy all available Federal firefighting assets…", a follow-up by the
            // lexicon, linked to Ottawa's thanks for the help "…and the devastating impacts of
            // climate change": an auditor read climate as in both). The event's subject counts
            // too: set aside, it lent Taiwan, a ceasefire or strategic stability to partners
            // that never name them. A partner without a subject of its own may still say the
            // sentence's in other words. (A partner that says the whole sentence, a translation,
            // is given all its topics after naming: `Analysis.shareTopicsAcrossWholeLinks`.)
            // On dev: 7 more one-sided topics of the annotation found, 3 right and 4 wrong more.
            let sharesATopic = x.topics[s].contains(where: { y.topics[t].contains($0) })
            let hasATopicOfItsOwn = y.topics[t].contains { !subjects.contains($0) }
            if !linked.isEmpty, sharesATopic || partnerWithATopicTakesNone && hasATopicOfItsOwn { continue }
            if linked.isEmpty, nearestWithATopicTakesNone, hasATopicOfItsOwn { continue }
            // A counterpart whose subjects are places is not, by meaning, about another place:
            // "…the Middle East and the Red Sea…" is no Black Sea passage, though it is the
            // closest to "…a maritime ceasefire in the Black Sea…" (a journalist's trial). One
            // that names other subjects too may be near for them ("a ceasefire in Ukraine and
            // Iran's nuclear programme" for "peace in the Middle East").
            let aboutPlaces = !y.topics[t].isEmpty && y.topics[t].allSatisfy { lexiconTopics[Int($0)].isPlace }
            if servesOne {
                if let served = closestServed[t], served.similarity >= similarity { continue }
                closestServed[t] = (s, similarity)
            }
            for topic in missing where !(aboutPlaces && lexiconTopics[Int(topic)].isPlace) {
                candidates.append((s, t, topic))
            }
        }
        for (s, t, topic) in candidates where !servesOne || closestServed[t]?.sentence == s {
            if done.insert(Int64(topic) << 32 | Int64(t)).inserted { found.append((t, topic)) }
        }
        return found
    }

    /// Adds to `grouper` the occurrences by meaning `find` found in `version` (the
    /// analysis' version `index`).
    func add(_ found: [(sentence: Int, topic: Int32)], in index: Int, _ version: PreparedVersion, grouper: inout TopicGrouper) {
        for (sentence, topic) in found {
            let lexiconTopic = lexiconTopics[Int(topic)]
            grouper.add(LinkAssembler.byMeaning(index, version, sentence),
                        topic: lexiconTopic.id, label: lexiconTopic.label(for: labelLanguage), origin: .lexicon)
        }
    }
}
