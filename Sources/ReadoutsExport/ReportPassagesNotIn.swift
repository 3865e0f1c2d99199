import ReadoutsTopics

/// The passages the reader's `o` stops at with "passage not in Maison Blanche": passages of a
/// topic every version speaks of that have no link into some other version
/// (`Analysis.passagesNotIn`) — what the other side may have left out. A passage of a topic
/// some version lacks is left out here: `o` names that topic at it ("only in Kremlin"), and
/// the reports list it under the topic. The brief and the page listed neither kind apart
/// (a student found the Kremlin's reply on who is responsible for the escalation, sentence
/// 8, only under "In both versions / Ukraine", where `o` said it was not in Maison Blanche).
struct ReportPassagesNotIn {
    /// One version's passages that lack the same versions, in reading order.
    struct Group {
        let version: Int
        /// The versions they have no link into.
        let missing: [Int]
        /// Each passage's sentence, and the topic it is first quoted under in the brief (an
        /// index into `analysis.topics`).
        var passages: [(sentence: Int, topic: Int)]
    }

    /// Version by version, each version's groups in the order of their first passage.
    let groups: [Group]

    var isEmpty: Bool { groups.isEmpty }

    /// `analysis`: the occurrences the reports show (`withoutCoveredOccurrences`); `topics`:
    /// the reports' topics, whose `listOrder` is the brief's.
    init(analysis: Analysis, versionCount: Int, topics: ReportTopics) {
        // Per passage, the first of its topics in the brief's order, and whether one of its
        // topics is missing from some version.
        var rank = [Int](repeating: 0, count: analysis.topics.count)
        for (position, entry) in topics.listOrder.enumerated() where entry.topic < rank.count { rank[entry.topic] = position }
        var first: [Int64: Int] = [:]
        var underOneSided = Set<Int64>()
        for (index, topic) in analysis.topics.enumerated() {
            let lacking = index < topics.entries.count && !topics.entries[index].missingFrom.isEmpty
            for occurrence in topic.occurrences {
                let key = Int64(occurrence.version) << 32 | Int64(occurrence.sentence)
                if lacking { underOneSided.insert(key) }
                if first[key].map({ rank[$0] > rank[index] }) ?? true { first[key] = index }
            }
        }
        var groups: [Group] = []
        for (version, passages) in analysis.passagesNotIn(versions: versionCount).enumerated() {
            var mine: [Group] = []
            for passage in passages {
                let key = Int64(version) << 32 | Int64(passage.sentence)
                guard !underOneSided.contains(key), let topic = first[key] else { continue }
                if let group = mine.firstIndex(where: { $0.missing == passage.versions }) {
                    mine[group].passages.append((passage.sentence, topic))
                } else {
                    mine.append(Group(version: version, missing: passage.versions, passages: [(passage.sentence, topic)]))
                }
            }
            groups += mine
        }
        self.groups = groups
    }

    /// The section's heading, the brief's and the page's: "Passages not in the other
    /// version", with three versions or more "Passages not in every version".
    static func heading(versions: Int) -> String {
        versions == 2 ? "Passages not in the other version" : "Passages not in every version"
    }

    static func intro(versions: Int) -> String {
        "Passages on a topic " + (versions == 2 ? "both versions speak of" : "every version speaks of")
            + " that no passage of " + (versions == 2 ? "the other version" : "some other version")
            + " is linked to: what it may have left out, or said in words the engine did not match. "
            + "The reader’s “o” key stops at each: “passage not in …”."
    }

    /// A group's title: "Kremlin, 1 passage not in Maison Blanche".
    static func title(_ group: Group, labels: [String]) -> (label: String, rest: String) {
        let count = group.passages.count
        return (labels[group.version], ", \(count) \(count == 1 ? "passage" : "passages") not in "
                + group.missing.filter { $0 < labels.count }.map { labels[$0] }.joined(separator: ", "))
    }
}
