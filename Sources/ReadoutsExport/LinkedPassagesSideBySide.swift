import ReadoutsText
import ReadoutsReader
import ReadoutsTopics

/// Two accounts' linked passages, pair by pair, each quoted whole beside the other: the
/// wording each side chose for a point both make. A journalist's brief quoted a shared
/// passage under its topic and its partner as a reference to another section, and nothing
/// set the two side by side for a headline's exact words. Pairs of drafts (their changes
/// list them) and of a text and its translation (its sentence-by-sentence table) are left
/// out, as are headings; each pair once, in the first version's order, at most `limit`.
enum LinkedPassagesSideBySide {
    /// The most pairs quoted: past it, the list says how many it leaves to the reader.
    static let limit = 40

    /// The list, for the brief (`MarkdownLinkedPassageList`). `draftPairs`:
    /// `DraftChanges.Found.pairs`.
    static func list(texts: DraftChanges.SentenceTexts, draftPairs: Set<[Int]>) -> LinkedPassageList {
        let analysis = texts.analysis
        var labels: [String: String] = [:]
        for topic in analysis.topics { labels[topic.id] = topic.label }
        var translations: [[Int]: Bool] = [:]
        func isTranslation(_ x: Int, _ y: Int) -> Bool {
            if let known = translations[[x, y]] { return known }
            let known = TranslationCounterparts.isTranslation(analysis, x, y)
            translations[[x, y]] = known
            return known
        }
        let pairs = LinkedPassagePairs.find(documents: texts.documents, analysis: analysis, draftPairs: draftPairs,
                                            candidate: { !isTranslation($0.version, $1.version) }) { _, _, link in
            note(link, labels: labels)
        }
        let items = pairs.prefix(limit).map { LinkedPassageList.Item(first: $0.first, other: $0.other, note: $0.found) }
        var intro = "Each pair of linked passages quoted whole, to compare their wording: the topics they share and, with the encoder, how alike in meaning they are, in reading order."
        if pairs.count > limit { intro += " The first \(limit) of \(pairs.count) pairs; the reader’s Enter and c show every link." }
        return LinkedPassageList(id: "linked", heading: "Linked passages side by side", intro: intro, items: items)
    }

    /// What a pair's note says: its topics' names, and how alike the two are in meaning
    /// ("Ukraine · 0.57 alike in meaning"); "linked" when neither is known.
    static func note(_ link: Analysis.Link, labels: [String: String]) -> String {
        var parts: [String] = []
        let names = link.topics.compactMap { labels[$0] }
        if !names.isEmpty { parts.append(names.joined(separator: ", ")) }
        if let similarity = link.similarity { parts.append(String(format: "%.2f alike in meaning", similarity)) }
        return parts.isEmpty ? "linked" : parts.joined(separator: " · ")
    }
}
