import ReadoutsText

/// One-sided automatic topics, for runs without a lexicon: a name that one version uses in
/// at least two sentences and no other version uses at all ("Genève — only in Kremlin").
/// Names in a version's opening sentence (the participants) and the words of every readout
/// ("Kremlin", "président") are left out.
enum OrphanTopics {
    static let minimumSentences = 2

    static func add(_ versions: [PreparedVersion], hits: [[LexiconHit]], keys: Vocabulary, ignored: Set<Int32>,
                    to grouper: inout TopicGrouper) {
        var presence = [Set<Int32>](repeating: [], count: versions.count)
        var key2Presence = [Set<Int32>](repeating: [], count: versions.count)
        for (v, version) in versions.enumerated() {
            for (term, key2) in version.key2OfTerm.enumerated() where key2 != PreparedVersion.unusedTerm {
                presence[v].insert(Int32(term))
                if key2 >= 0 { key2Presence[v].insert(key2) }
            }
        }
        for (v, version) in versions.enumerated() {
            var covered = Set<Int>()
            for hit in hits[v] { for t in Int(hit.firstToken)...Int(hit.lastToken) { covered.insert(t) } }
            // The opening sentence (after any heading or dateline) names the participants.
            var introduction = Set<Int32>()
            if let first = (0..<version.sentenceCount).first(where: { !version.sentences[$0].isHeading && version.wordCount(of: $0) > 3 }) {
                for t in version.tokens(of: first) where version.term[t] >= 0 { introduction.insert(version.term[t]) }
            }
            var occurrences: [Int32: [(sentence: Int, range: Range<Int>)]] = [:]
            var order: [Int32] = []
            for s in 0..<version.sentenceCount {
                let tokens = version.tokens(of: s)
                for t in tokens where !version.startsSentence(t) && !covered.contains(t) {
                    let term = version.term[t]
                    guard term >= 0, version.flags[t] & PreparedVersion.capitalisedFlag != 0,
                        version.flags[t] & PreparedVersion.compoundFlag == 0, !ignored.contains(term),
                        !introduction.contains(term)
                    else { continue }
                    let key2 = version.key2OfTerm[Int(term)]
                    let elsewhere = versions.indices.contains { other in
                        other != v && (presence[other].contains(term) || (key2 >= 0 && key2Presence[other].contains(key2)))
                    }
                    guard !elsewhere else { continue }
                    if occurrences[term] == nil { order.append(term) }
                    occurrences[term, default: []].append((s, version.tokenRange(t)))
                }
            }
            for term in order {
                let list = occurrences[term]!
                guard Set(list.map(\.sentence)).count >= minimumSentences else { continue }
                let (id, label) = TopicGrouper.automaticTopic(key: keys.strings[Int(term)], surface: version.surface[term])
                for item in list {
                    grouper.add(.init(version: v, sentence: item.sentence, range: item.range), topic: id, label: label, origin: .automatic)
                }
            }
        }
    }
}
