import ReadoutsText
import ReadoutsTopics

/// A version's sentences sorted by their text as compared (`SentenceChanges.fingerprint`;
/// those with nothing to compare left out), then by place: the sentences of one text side by
/// side, in order. What `SentenceChanges` finds the texts one version repeats more often than
/// another by, and `DraftChanges.alignment` pairs the sentences two drafts have word for word
/// by (the n-th of a text with the n-th). A dictionary of places per text held a heap block
/// for each of 100,000 sentences, 13 MB at the bench's 2 × 10 MB drafts.
struct SentencesByText {
    /// How many sentences the version has.
    let count: Int
    private var entries: [(key: UInt64, sentence: Int32)] = []

    init(_ analysis: Analysis, documents: [Document], version: Int) {
        let sentences = analysis.versions[version].sentences
        count = sentences.count
        for (index, sentence) in sentences.enumerated() {
            let key = SentenceChanges.fingerprint(documents[version].scalars, sentence.range, isHeading: sentence.isHeading)
            if key != 0 { entries.append((key, Int32(index))) }
        }
        entries.sort { ($0.key, $0.sentence) < ($1.key, $1.sentence) }
    }

    /// Each text's sentences, in order, text by text.
    func forEachText(_ body: (_ key: UInt64, _ sentences: [Int]) -> Void) {
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count, entries[end].key == entries[start].key { end += 1 }
            body(entries[start].key, entries[start..<end].map { Int($0.sentence) })
            start = end
        }
    }

    /// The sentences of text `key`, in order.
    func sentences(of key: UInt64) -> [Int] {
        entries[entries.partitionPoint { $0.key >= key }...].prefix { $0.key == key }.map { Int($0.sentence) }
    }
}
