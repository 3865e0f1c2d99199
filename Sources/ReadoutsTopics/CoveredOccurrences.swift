/// The occurrences the reader draws and counts, for the exports.
///
/// A cell of the reader has one topic: where occurrences overlap, `TopicIndex.makeDisjoint`
/// keeps the one that starts first (the longer of two that start together) and drops an
/// occurrence whose words all lie within those kept before it — a word of one topic inside
/// another topic's longer phrase ("Zaporizhzhia", an alias of Ukraine, in "Zaporizhzhia
/// nuclear power plant", one of nuclear safety). The reader's topic list and the page count
/// no passage of the inner topic there; the brief and the JSON, reading the engine's
/// occurrences, counted one (Ukraine: 4 passages in the list, 5 in the brief).
extension Analysis {
    /// This analysis without the occurrences the reader drops as covered by others, by the
    /// same rule and in the same order as `TopicIndex.makeDisjoint`. An occurrence by meaning
    /// (no word of its own) is never dropped. Topics stay, in order, even with no occurrence left.
    public func withoutCoveredOccurrences() -> Analysis {
        struct Entry {
            var version: Int32
            var start: Int32
            /// The end of the words, or `Int32.min` for an occurrence by meaning (sorted first).
            var sortEnd: Int32
            var topic: Int32
            var occurrence: Int32
        }
        var entries: [Entry] = []
        entries.reserveCapacity(topics.reduce(0) { $0 + $1.occurrences.count })
        for (t, topic) in topics.enumerated() {
            for (o, occurrence) in topic.occurrences.enumerated() {
                let range = occurrence.byMeaning ? occurrence.range.lowerBound..<occurrence.range.lowerBound : occurrence.range
                entries.append(Entry(version: Int32(occurrence.version), start: Int32(range.lowerBound),
                                     sortEnd: range.isEmpty ? Int32.min : -Int32(range.upperBound), topic: Int32(t), occurrence: Int32(o)))
            }
        }
        entries.sort { ($0.version, $0.start, $0.sortEnd, $0.topic) < ($1.version, $1.start, $1.sortEnd, $1.topic) }
        var covered: [Int: Set<Int>] = [:]
        var lastEnd: Int32?
        var version: Int32 = -1
        for entry in entries {
            if entry.version != version { (version, lastEnd) = (entry.version, nil) }
            let isEmpty = entry.sortEnd == Int32.min
            let end = isEmpty ? entry.start : -entry.sortEnd
            var keptEnd = end
            if let last = lastEnd, entry.start < last {
                guard end > last || isEmpty else {
                    covered[Int(entry.topic), default: []].insert(Int(entry.occurrence))
                    continue
                }
                keptEnd = max(last, end)
            }
            lastEnd = keptEnd
        }
        guard !covered.isEmpty else { return self }
        var shown = self
        for (t, dropped) in covered {
            shown.topics[t].occurrences = topics[t].occurrences.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        }
        return shown
    }
}

extension Analysis {
    /// How many passages each topic has in each version (`[topic][version]`, `versions`
    /// versions): the sentences outside headings that hold one of its occurrences, a sentence
    /// once however many of its words do. Asked of `withoutCoveredOccurrences()`, these are
    /// the counts of the reader's topic list (`TopicIndex.occurrenceCount`), and a topic is in
    /// a version where it has a passage there: the page, the brief and the JSON say "only in",
    /// "not in" and "no passage found" by them. A topic found in a version's title alone, or
    /// whose words there all lie inside another topic's, is not in it (the brief put a topic
    /// whose White House occurrence was the title's "Joe" "in both versions", then said
    /// "White House — no passage found").
    public func passageCounts(versions: Int) -> [[Int]] {
        topics.map { topic in
            var counts = [Int](repeating: 0, count: versions)
            var seen = Set<Int64>()
            for occurrence in topic.occurrences where occurrence.version < versions && occurrence.version < self.versions.count {
                let sentences = self.versions[occurrence.version].sentences
                guard sentences.indices.contains(occurrence.sentence), !sentences[occurrence.sentence].isHeading,
                      seen.insert(Int64(occurrence.version) << 32 | Int64(occurrence.sentence)).inserted else { continue }
                counts[occurrence.version] += 1
            }
            return counts
        }
    }
}
