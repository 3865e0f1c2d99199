import ReadoutsEncoder
import ReadoutsText

/// Passages only one version has, found by meaning: what the other side left out.
///
/// A lexicon topic or a name only one version uses is one-sided already; but most of what
/// one side alone reports has neither ("the Prime Minister thanked President Macron for
/// his efforts to help resolve border disruption and tackle the scourge of illegal people
/// trafficking"). A sentence that says something (`SemanticParameters.oneSidedWords` words
/// of its own), is linked to nothing, carries no topic, and whose nearest sentence or clause
/// in every other version stays under `ceiling` is such a passage. Neighbouring passages of
/// one version that are close to each other (`cohesion`) are one subject: one topic.
///
/// Where two versions are drafts or translations of one text, their linked sentences are
/// far closer than two accounts' (a median similarity near 0.9, against 0.4), and every
/// sentence of a bill is near 0.4 to some other: the ceiling against such a version rises
/// with its links (`relativeCeiling` times their median similarity), or a deleted article
/// of a draft was near enough to another's to be no passage — and was shown as nothing.
struct OneSidedPassages {
    var ceiling: Double
    var cohesion: Double
    /// The share of the median similarity of two versions' links under which a sentence's
    /// nearest in the other version leaves it alone (0: the fixed `ceiling` only).
    var relativeCeiling: Double = 0

    /// The ceiling between version `v` and `w`: `ceiling`, raised to `relativeCeiling` times
    /// the median similarity of their links where that is higher.
    func ceilings(of v: Int, versions: Int, links: [Analysis.Link]) -> [Double] {
        var similarities = [[Double]](repeating: [], count: versions)
        for link in links {
            guard let similarity = link.similarity else { continue }
            if link.from.version == v, link.to.version < versions { similarities[link.to.version].append(similarity) }
            if link.to.version == v, link.from.version < versions { similarities[link.from.version].append(similarity) }
        }
        return similarities.map { list in
            guard !list.isEmpty, relativeCeiling > 0 else { return ceiling }
            return max(ceiling, relativeCeiling * Self.median(list))
        }
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// A sentence of a version, as one number.
    static func key(_ v: Int, _ s: Int) -> Int64 { Int64(v) << 32 | Int64(s) }

    /// The agencies a version credits in its source ("Kremlin press service, as reported by
    /// TASS"): words in capitals of three letters or more, as keys of `keys`. A sentence
    /// naming one is about the report ("TASS a rassemblé les principaux points connus de la
    /// conversation"), not a subject one side alone raised: no one-sided passage.
    static func credited(_ document: Document, _ version: PreparedVersion, keys: Vocabulary) -> Set<Int32> {
        let normaliser = Normaliser(language: version.language)
        var credited = Set<Int32>()
        for word in Analysis.creditedAgencies(document.source) {
            if let key = normaliser.normalise(word: word)?.key, let id = keys.id(of: key) { credited.insert(id) }
        }
        return credited
    }

    /// Whether sentence `s` names one of `credited`.
    static func names(_ credited: Set<Int32>, _ version: PreparedVersion, _ s: Int) -> Bool {
        !credited.isEmpty && version.tokens(of: s).contains { credited.contains(version.term[$0]) }
    }

    /// The sentences linked or of a topic already (`key`): no passage is one-sided among them.
    static func taken(links: [Analysis.Link], topics: [Analysis.Topic]) -> Set<Int64> {
        var taken = Set<Int64>()
        for link in links {
            taken.insert(key(link.from.version, link.from.sentence))
            taken.insert(key(link.to.version, link.to.sentence))
        }
        for topic in topics {
            for occurrence in topic.occurrences { taken.insert(key(occurrence.version, occurrence.sentence)) }
        }
        return taken
    }

    /// A version's vectors: its sentences', and its clauses' where they are read (a rival's
    /// clause saying the same makes a sentence no passage).
    struct Version {
        var vectors: Embeddings
        var clauses: Embeddings?
    }

    /// The one-sided passages of version `v` among `candidates` (its sentences that say
    /// something, are linked to nothing and carry no topic), in order, grouped by subject.
    /// Nil when `isCancelled` answers true.
    /// `ceilings`: against each version (`ceilings(of:versions:links:)`; nil: `ceiling`).
    func passages(of v: Int, candidates: [Int], versions: [Version], ceilings: [Double]? = nil, isCancelled: () -> Bool) -> [[Int]]? {
        let own = versions[v].vectors
        var row: [Float] = []
        var alone: [Int] = []
        for s in candidates {
            guard !isCancelled() else { return nil }
            var isAlone = true
            for (w, other) in versions.enumerated() where w != v {
                var nearest = -Float.infinity
                for units in [other.vectors] + (other.clauses.map { [$0] } ?? []) where units.count > 0 {
                    if row.count < units.count { row = [Float](repeating: 0, count: units.count) }
                    row.withUnsafeMutableBufferPointer { own.similarities(of: s, against: units, into: $0.baseAddress!) }
                    nearest = max(nearest, row[0..<units.count].max() ?? nearest)
                }
                if Double(nearest) >= ceilings?[w] ?? ceiling { isAlone = false }
            }
            if isAlone { alone.append(s) }
        }
        var groups: [[Int]] = []
        for s in alone {
            if let previous = groups.last?.last, previous + 1 == s, Double(own.cosine(previous, own, s)) >= cohesion {
                groups[groups.count - 1].append(s)
            } else {
                groups.append([s])
            }
        }
        return groups
    }
}

extension SemanticPass {
    /// Adds each version's one-sided passages (`OneSidedPassages`) to `grouper`, each a topic
    /// of its own (`TopicGrouper.passageTopic`) occurring by meaning in its sentences, and
    /// identified by their weightiest word of their own that no other passage took (the
    /// naming step labels it). On the full encoder's path, for versions of up to
    /// `SemanticParameters.oneSidedSentences` sentences in all, none empty (against an empty
    /// version, everything would be a passage). False when cancelled.
    func addOneSidedPassages(links: [Analysis.Link], vectors: [Embeddings], clauses: [ClauseUnits]?,
                             openings: [(sentence: Int, isBare: Bool)?], ignored: Set<Int32>, participants: [Set<Int32>],
                             grouper: inout TopicGrouper, isCancelled: () -> Bool) -> Bool {
        let parameters = semantic.parameters
        let prepared = context.prepared
        let total = prepared.reduce(0) { $0 + $1.sentenceCount }
        guard prepared.count > 1, parameters.oneSidedCeiling > 0, path == .full, total <= parameters.oneSidedSentences,
              prepared.allSatisfy({ $0.sentenceCount > 0 })
        else { return true }
        let key = OneSidedPassages.key
        let taken = OneSidedPassages.taken(links: links, topics: grouper.sortedTopics())
        var ids = Set<String>()
        let finder = OneSidedPassages(ceiling: parameters.oneSidedCeiling, cohesion: parameters.oneSidedCohesion,
                                      relativeCeiling: parameters.oneSidedRelativeCeiling)
        let versions = prepared.indices.map { OneSidedPassages.Version(vectors: vectors[$0], clauses: clauses?[$0].vectors) }
        for (v, version) in prepared.enumerated() {
            // Words weigh as in the lexical pass's pair with the first other version.
            let w = v == 0 ? 1 : 0
            guard let weights = context.lexicalPairs[min(v, w)][max(v, w)]?.weights else { continue }
            let credited = OneSidedPassages.credited(context.documents[v], version, keys: context.keys)
            let candidates = (0..<version.sentenceCount).filter { s in
                !version.sentences[s].isHeading && openings[v]?.sentence != s && !taken.contains(key(v, s))
                    && SentenceTexts.ownWords(version, s, ignored: ignored, participants: participants[v]) >= parameters.oneSidedWords
                    && !OneSidedPassages.names(credited, version, s)
            }
            let ceilings = finder.ceilings(of: v, versions: prepared.count, links: links)
            guard let groups = finder.passages(of: v, candidates: candidates, versions: versions, ceilings: ceilings, isCancelled: isCancelled)
            else { return false }
            for group in groups {
                var best: (id: String, label: String, weight: Float)?
                for s in group {
                    SentenceTexts.forEachOwnWord(version, s, ignored: ignored, participants: participants[v]) { t in
                        let weight = LinkAssembler.tokenWeight(version, t, weights)
                        guard weight > best?.weight ?? 0 else { return }
                        let term = version.term[t]
                        let (id, label) = TopicGrouper.passageTopic(key: context.keys.strings[Int(term)], surface: version.surface[term])
                        if !ids.contains(id) { best = (id, label, weight) }
                    }
                }
                guard let (id, label, _) = best else { continue }
                ids.insert(id)
                // The passage says the subject as a whole: no word of it is coloured, and the
                // naming step names it by the phrase that best describes it (`TopicNamer`).
                for s in group { grouper.add(LinkAssembler.byMeaning(v, version, s), topic: id, label: label, origin: .automatic) }
            }
        }
        return true
    }
}
