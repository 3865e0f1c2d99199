import ReadoutsTopics

/// The topics as the HTML and Markdown reports list them: passages per version (sentences
/// outside headings, however many of the topic's words each holds, as the reader's topic
/// list counts them), the version a one-sided topic is in, and where each first appears.
/// A topic is in a version where it has a passage there: the reports' "only in", "not in"
/// and sections follow the counts they show, never the bare occurrences (a title's word, or
/// one inside another topic's phrase, made a topic "in both versions" whose entry then said
/// "no passage found").
struct ReportTopics {
    struct Entry {
        /// Index into `analysis.topics`.
        let topic: Int
        /// Passages per version.
        let counts: [Int]
        /// The only version a one-sided topic has passages in.
        let onlyIn: Int?
        /// The versions a topic has no passage in (with three or more, what one leaves out).
        let missingFrom: [Int]
        /// The earliest version it occurs in, and its first offset there.
        let first: (version: Int, offset: Int)

        /// Whether some version has a passage on it (else it was found in headings alone, or
        /// only inside other topics' words).
        var hasPassage: Bool { counts.contains { $0 > 0 } }

        /// Its place in the list: 0 in one version only, 1 in some but not every one, 2 in
        /// every one, 3 in none.
        var group: Int {
            if onlyIn != nil { return 0 }
            if !hasPassage { return 3 }
            return missingFrom.isEmpty ? 2 : 1
        }
    }

    /// By topic index.
    let entries: [Entry]

    /// `counts`: a topic's passages in a version, as the reader's topic list counts them
    /// (`TopicIndex.occurrenceCount`, or `Analysis.passageCounts` of the occurrences it draws).
    init(analysis: Analysis, versionCount: Int, counts: (_ topic: Int, _ version: Int) -> Int) {
        entries = analysis.topics.enumerated().map { index, topic in
            var first = (version: Int.max, offset: Int.max)
            for occurrence in topic.occurrences where occurrence.version < versionCount {
                if (occurrence.version, occurrence.range.lowerBound) < (first.version, first.offset) {
                    first = (occurrence.version, occurrence.range.lowerBound)
                }
            }
            let passages = (0..<versionCount).map { counts(index, $0) }
            let present = passages.indices.filter { passages[$0] > 0 }
            return Entry(topic: index, counts: passages, onlyIn: present.count == 1 && versionCount > 1 ? present[0] : nil,
                         missingFrom: passages.indices.filter { passages[$0] == 0 }, first: first)
        }
    }

    /// Reading order: by first appearance in the first version, then topics first found in
    /// the second, and so on — the order of the presence map.
    var readingOrder: [Entry] {
        entries.sorted { ($0.first.version, $0.first.offset, $0.topic) < ($1.first.version, $1.first.offset, $1.topic) }
    }

    /// The order of the topic table and the Markdown brief: what one version alone mentions
    /// first (the Kremlin's, then the White House's), then the shared topics, each group in
    /// reading order; with three versions or more, the topics some version lacks come before
    /// those every version has. Last, the topics no version has a passage on.
    var listOrder: [Entry] {
        readingOrder.enumerated().sorted { lhs, rhs in
            (lhs.element.group, lhs.element.onlyIn ?? 0, lhs.offset) < (rhs.element.group, rhs.element.onlyIn ?? 0, rhs.offset)
        }.map(\.element)
    }

    var oneSidedCount: Int { entries.filter { $0.onlyIn != nil }.count }
    /// Topics with passages in more than one version but not in every one.
    var partialCount: Int { entries.filter { $0.group == 1 }.count }
    /// Topics with passages in every version (two or more).
    var everyCount: Int { entries.filter { $0.group == 2 }.count }
    /// Topics with no passage in any version.
    var withoutPassageCount: Int { entries.filter { $0.group == 3 }.count }
}
