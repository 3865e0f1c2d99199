import ReadoutsText
import ReadoutsReader
import ReadoutsTopics

/// The brief's section for a `LinkedPassageList` (the figures, the negations that differ);
/// nothing when the list is empty. Each pair is quoted as the changes quote theirs
/// (`MarkdownChanges.quotePair`).
struct MarkdownLinkedPassageList {
    let texts: DraftChanges.SentenceTexts
    let list: LinkedPassageList
    /// A translation's split sentence was compared whole, and is quoted whole.
    let counterparts: TranslationCounterparts

    func write(to out: inout ChunkedOutput) {
        guard !list.items.isEmpty else { return }
        let documents = texts.documents
        out.append("\n## \(list.heading)\n\n\(list.intro)\n\n")
        for item in list.items {
            let (a, b) = (item.first, item.other)
            out.append("- *" + MarkdownText.line(documents[a.version].label + " → " + documents[b.version].label, lineStart: false) + ":* "
                       + MarkdownText.line(item.note, lineStart: false) + "\n")
            let runs = counterparts.runs(a, b)
            if runs.a.count == 1 && runs.b.count == 1 {
                MarkdownChanges.quotePair((a.version, a.sentence), (b.version, b.sentence), texts: texts, to: &out)
                continue
            }
            let quoted = runs.a.map { (a.version, $0) } + runs.b.map { (b.version, $0) }
            for (position, end) in quoted.enumerated() {
                if position > 0 { out.append("  >\n") }
                MarkdownChanges.quote(end.0, end.1, texts: texts, to: &out)
            }
        }
    }
}
