/// The occurrences of some topics, by sentence: one flat array sorted by (version, sentence,
/// topic), 16 bytes an occurrence, of the sentences that will be asked about. `TopicNaming`
/// asks it, for each automatic topic, which lexicon topics its sentences carry. A set of
/// sentences per lexicon topic and, per sentence, a set of its aliases' words cost 23 MB and
/// 0.4 s at 2 × 10 MB, where the question is asked of a few thousand small topics.
struct LexiconOccurrenceIndex {
    struct Entry: Comparable {
        var version: Int32
        var sentence: Int32
        /// The topic's place in the `topics` the index was made of.
        var topic: Int32
        /// The occurrence's place in that topic's occurrences.
        var occurrence: Int32

        static func < (x: Entry, y: Entry) -> Bool {
            (x.version, x.sentence, x.topic, x.occurrence) < (y.version, y.sentence, y.topic, y.occurrence)
        }
    }

    private(set) var entries: [Entry] = []

    /// `topics`: the topics indexed, each with its occurrences; `keeping`: whether the
    /// sentence of a version is ever asked about (the others are left out of the index).
    init(_ topics: [[Analysis.Occurrence]], keeping: (_ version: Int, _ sentence: Int) -> Bool = { _, _ in true }) {
        for (topic, occurrences) in topics.enumerated() {
            for (index, occurrence) in occurrences.enumerated() where keeping(occurrence.version, occurrence.sentence) {
                entries.append(Entry(version: Int32(occurrence.version), sentence: Int32(occurrence.sentence),
                                     topic: Int32(topic), occurrence: Int32(index)))
            }
        }
        entries.sort()
    }

    /// The entries of sentence `sentence` of version `version`, ordered by topic.
    func entries(version: Int, sentence: Int) -> ArraySlice<Entry> {
        let key = (Int32(version), Int32(sentence))
        var (low, high) = (0, entries.count)
        while low < high {
            let middle = (low + high) / 2
            if (entries[middle].version, entries[middle].sentence) < key { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < entries.count, (entries[end].version, entries[end].sentence) == key { end += 1 }
        return entries[low..<end]
    }
}
