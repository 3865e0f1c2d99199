import ReadoutsTopics

/// The topics as the HTML and Markdown reports list them: passages per version (sentences
/// outside headings, however many of the topic's words each holds, as the reader's topic
/// list counts them), the version a one-sided topic is in, and where each first appears.
struct ReportTopics {
    struct Entry {
        /// Index into `analysis.topics`.
        let topic: Int
        /// Passages per version (empty when not counted).
        let counts: [Int]
        /// The only version a one-sided topic occurs in.
        let onlyIn: Int?
        /// The versions a topic does not occur in (with three or more, what one leaves out).
        let missingFrom: [Int]
        /// The earliest version it occurs in, and its first offset there.
        let first: (version: Int, offset: Int)
    }

    /// By topic index.
    let entries: [Entry]

    /// `counts`: a topic's passages in a version, as the reader's topic list counts them
    /// (`TopicIndex.occurrenceCount`: the HTML report draws that index); the brief, which
    /// quotes the passages themselves, counts none here.
    init(analysis: Analysis, versionCount: Int, counts: ((_ topic: Int, _ version: Int) -> Int)? = nil) {
        entries = analysis.topics.enumerated().map { index, topic in
            var versionsWith = Set<Int>()
            var first = (version: Int.max, offset: Int.max)
            for occurrence in topic.occurrences where occurrence.version < versionCount {
                versionsWith.insert(occurrence.version)
                if (occurrence.version, occurrence.range.lowerBound) < (first.version, first.offset) {
                    first = (occurrence.version, occurrence.range.lowerBound)
                }
            }
            let passages = counts.map { counts in (0..<versionCount).map { counts(index, $0) } } ?? []
            let present = versionsWith.sorted()
            return Entry(topic: index, counts: passages, onlyIn: present.count == 1 && versionCount > 1 ? present[0] : nil,
                         missingFrom: (0..<versionCount).filter { !versionsWith.contains($0) }, first: first)
        }
    }

    /// Reading order: by first appearance in the first version, then topics first found in
    /// the second, and so on — the order of the presence map.
    var readingOrder: [Entry] {
        entries.sorted { ($0.first.version, $0.first.offset, $0.topic) < ($1.first.version, $1.first.offset, $1.topic) }
    }

    /// The order of the topic table and the Markdown brief: what one version alone mentions
    /// first (the Kremlin's, then the White House's), then the shared topics, each group in
    /// reading order.
    /// With three versions or more, the topics some version lacks come next, before those
    /// every version has.
    var listOrder: [Entry] {
        readingOrder.enumerated().sorted { lhs, rhs in
            (lhs.element.onlyIn ?? Int.max, lhs.element.missingFrom.isEmpty ? 1 : 0, lhs.offset)
                < (rhs.element.onlyIn ?? Int.max, rhs.element.missingFrom.isEmpty ? 1 : 0, rhs.offset)
        }.map(\.element)
    }

    var oneSidedCount: Int { entries.filter { $0.onlyIn != nil }.count }
}
