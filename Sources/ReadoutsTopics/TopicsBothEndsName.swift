extension Analysis {
    /// Adds to each link, after its own, the topics both its sentences name in words (an
    /// occurrence by words, not by meaning, at each end). The engine leaves the event's
    /// subject out of a link that has a more specific topic ("Ukraine" beside "troops" and
    /// "sanctions"), so that the subject vouches for no link; but a reader stepping through
    /// "Ukraine" then found the Kremlin's "…les mouvements … des troupes russes près de la
    /// frontière avec l'Ukraine…" with no partner, while the White House's sentence saying
    /// the same, "Ukraine" coloured in both, was the partner of two weaker ones. The brief's
    /// "linked to" notes read the topics too. Links with the same topics share one array.
    mutating func addTopicsBothEndsName() {
        guard !links.isEmpty else { return }
        // Per version, per sentence, the topics (indices) it names in words, each once.
        let named: [FlatLists<Int32>] = versions.indices.map { version in
            FlatLists<Int32>(count: versions[version].sentences.count) { add in
                for (index, topic) in topics.enumerated() {
                    var last = -1
                    for occurrence in topic.occurrences
                    where occurrence.version == version && !occurrence.byMeaning && occurrence.sentence != last
                        && occurrence.sentence >= 0 && occurrence.sentence < versions[version].sentences.count {
                        add(occurrence.sentence, Int32(index))
                        last = occurrence.sentence
                    }
                }
            }
        }
        var grown: [[String]: [String]] = [:]
        for index in links.indices {
            let (from, to) = (links[index].from, links[index].to)
            guard from.version < named.count, to.version < named.count,
                  from.sentence < named[from.version].count, to.sentence < named[to.version].count else { continue }
            let there = named[to.version][to.sentence]
            guard !there.isEmpty else { continue }
            var added: [String] = []
            for topic in named[from.version][from.sentence] where there.contains(topic) {
                let id = topics[Int(topic)].id
                if !links[index].topics.contains(id), !added.contains(id) { added.append(id) }
            }
            guard !added.isEmpty else { continue }
            let own = links[index].topics
            let key = own + added
            if let shared = grown[key] {
                links[index].topics = shared
            } else {
                grown[key] = key
                links[index].topics = key
            }
        }
    }
}
