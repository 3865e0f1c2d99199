/// Sentences that say the same thing whole share their topics.
///
/// Two sentences linked at a similarity of at least `SemanticParameters.counterpartWhole`
/// (a translation, a close rewording) speak of everything each other does: a topic of one
/// that the other lacks occurs in the other by meaning (the whole sentence, flagged, no word
/// coloured). An OSINT analyst's three readouts (the Kremlin's Russian, its English
/// translation, the White House's) had "будут предприняты — not in Kremlin EN": the topic
/// of a link between the Russian sentence and the White House's, whose translation, linked
/// to it at 0.8, carried another topic. With three versions or more a topic found between
/// two of them reaches the third through its translation, as the reader sees it does.
extension Analysis {
    /// Returns, for each topic given occurrences so, the versions it had before
    /// (`TopicNaming.renameLexiconTopicsSpreadToOtherLanguages` names it again).
    @discardableResult
    mutating func shareTopicsAcrossWholeLinks(whole: Double) -> [Int: Set<Int>] {
        // Versions aligned as one text (`alignedVersions`) link each sentence to its
        // counterparts only: a counterpart less alike than `whole` may be half of a sentence
        // the translation split in two, and gives the whole its topics (a diplomat's White
        // House, PMO English and PMO French: the White House's "restrictions on Russia" was
        // linked to the French "…face au mépris de la Russie…", half of the English sentence
        // it translates, and the brief said "restrictions on Russia — not in PMO (en)"), but
        // takes none of the whole's other halves' (a translator read "humanitarian aid 1 / 2"
        // of the French). The shorter sentence is taken for the half.
        func isWhole(_ link: Link) -> Bool { (link.similarity ?? 0) >= whole }
        func isCounterpart(_ link: Link) -> Bool { !isWhole(link) && isAligned(link.from.version, link.to.version) }
        guard whole <= 1, links.contains(where: { isWhole($0) || isCounterpart($0) }) else { return [:] }
        func key(_ version: Int, _ sentence: Int) -> Int64 { Int64(version) << 32 | Int64(sentence) }
        // The topics of each sentence that holds any. A lexicon topic a sentence carries by
        // meaning alone (`MeaningCounterparts`: it is near a sentence of the other version that
        // names it) is not lent on: two hops of likeness are no evidence. The Élysée's call for a
        // ceasefire lent it to the Kremlin's sentence on the conflict's causes, its nearest, which
        // lent it to the Élysée's account of those causes: a journalist's brief filed both
        // under "cessez-le-feu", and said the Kremlin spoke of one.
        var topicsOf: [Int64: [Int]] = [:]
        for (index, topic) in topics.enumerated() {
            for occurrence in topic.occurrences where !occurrence.byMeaning || topic.origin == .automatic {
                let sentence = key(occurrence.version, occurrence.sentence)
                if topicsOf[sentence]?.last != index { topicsOf[sentence, default: []].append(index) }
            }
        }
        var added: [Int: [Occurrence]] = [:]
        struct Given: Hashable { var topic: Int; var sentence: Int64 }
        var given = Set<Given>()
        func give(_ from: SentenceRef, to: SentenceRef) {
            guard versions.indices.contains(to.version), versions[to.version].sentences.indices.contains(to.sentence),
                  !versions[to.version].sentences[to.sentence].isHeading,
                  let topicsHere = topicsOf[key(from.version, from.sentence)] else { return }
            let there = topicsOf[key(to.version, to.sentence)] ?? []
            for topic in topicsHere where !there.contains(topic) && given.insert(Given(topic: topic, sentence: key(to.version, to.sentence))).inserted {
                added[topic, default: []].append(Occurrence(version: to.version, sentence: to.sentence,
                                                            range: versions[to.version].sentences[to.sentence].range, byMeaning: true))
            }
        }
        func length(_ sentence: SentenceRef) -> Int { versions[sentence.version].sentences[sentence.sentence].range.count }
        for index in links.indices where isCounterpart(links[index]) {
            let link = links[index]
            if length(link.from) <= length(link.to) { give(link.from, to: link.to) } else { give(link.to, to: link.from) }
        }
        for index in links.indices where isWhole(links[index]) {
            let link = links[index]
            give(link.from, to: link.to)
            give(link.to, to: link.from)
            // The link is of every topic its sentences now share (follow mode tints a
            // partner, and `Enter` lists a link first, by the link's topics).
            let shared = Set(topicsOf[key(link.from.version, link.from.sentence)] ?? []).union(topicsOf[key(link.to.version, link.to.sentence)] ?? [])
            let missing = shared.sorted().map { topics[$0].id }.filter { !link.topics.contains($0) }
            if !missing.isEmpty { links[index].topics += missing }
        }
        var before: [Int: Set<Int>] = [:]
        for (topic, occurrences) in added {
            before[topic] = Set(topics[topic].occurrences.map(\.version))
            topics[topic].occurrences = (topics[topic].occurrences + occurrences)
                .sorted { ($0.version, $0.range.lowerBound) < ($1.version, $1.range.lowerBound) }
        }
        return before
    }
}
