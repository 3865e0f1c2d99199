/// The occurrences of some topics in the sentences that will be asked about: one flat array
/// of 8-byte entries, a sentence's side by side, found by the offset where they begin.
/// `TopicNaming` asks it, for each automatic topic, which lexicon topics its sentences carry.
/// Counted first, then placed, the entries take their exact size and need no sort (sets per
/// topic and per sentence cost 23 MB at 2 × 10 MB; sorted 16-byte entries, a few MB more).
struct LexiconOccurrenceIndex {
    struct Entry {
        /// The topic's place in the `topics` the index was made of.
        var topic: Int32
        /// The occurrence's place in that topic's occurrences.
        var occurrence: Int32
    }

    /// Where each version's sentences begin among `starts`' rows.
    private let firstRow: [Int]
    /// Each version's number of sentences, for bounds.
    private let sentenceCounts: [Int]
    /// Row `r`'s entries are `entries[starts[r]..<starts[r + 1]]`.
    private let starts: [Int32]
    /// By sentence, and within a sentence by topic, then by occurrence.
    let entries: [Entry]

    /// `topics`: the topics indexed, each with its occurrences; `sentenceCounts`: each
    /// version's number of sentences (an occurrence past them is left out); `keeping`:
    /// whether the sentence of a version is ever asked about (the others are left out).
    init(_ topics: [[Analysis.Occurrence]], sentenceCounts: [Int],
         keeping: (_ version: Int, _ sentence: Int) -> Bool = { _, _ in true }) {
        var firstRow: [Int] = []
        var rows = 0
        for count in sentenceCounts {
            firstRow.append(rows)
            rows += count
        }
        func row(_ occurrence: Analysis.Occurrence) -> Int? {
            guard sentenceCounts.indices.contains(occurrence.version), (0..<sentenceCounts[occurrence.version]).contains(occurrence.sentence),
                  keeping(occurrence.version, occurrence.sentence) else { return nil }
            return firstRow[occurrence.version] + occurrence.sentence
        }
        var starts = [Int32](repeating: 0, count: rows + 1)
        for occurrences in topics {
            for occurrence in occurrences {
                if let row = row(occurrence) { starts[row + 1] += 1 }
            }
        }
        for row in 0..<rows { starts[row + 1] += starts[row] }
        var next = starts
        var entries = [Entry](repeating: Entry(topic: 0, occurrence: 0), count: Int(starts[rows]))
        for (topic, occurrences) in topics.enumerated() {
            for (index, occurrence) in occurrences.enumerated() {
                guard let row = row(occurrence) else { continue }
                entries[Int(next[row])] = Entry(topic: Int32(topic), occurrence: Int32(index))
                next[row] += 1
            }
        }
        self.firstRow = firstRow
        self.sentenceCounts = sentenceCounts
        self.starts = starts
        self.entries = entries
    }

    /// The entries of sentence `sentence` of version `version`, ordered by topic.
    func entries(version: Int, sentence: Int) -> ArraySlice<Entry> {
        guard sentenceCounts.indices.contains(version), (0..<sentenceCounts[version]).contains(sentence) else { return entries[0..<0] }
        let row = firstRow[version] + sentence
        return entries[Int(starts[row])..<Int(starts[row + 1])]
    }
}
