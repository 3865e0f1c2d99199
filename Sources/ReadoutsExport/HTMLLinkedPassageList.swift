import ReadoutsText
import ReadoutsReader
import ReadoutsTopics

/// The page's section for a `LinkedPassageList` (the figures, the negations that differ),
/// with an entry in the page's navigation; nothing when the list is empty. Each pair is
/// quoted as the changes quote their passages (`HTMLChanges.quote`).
struct HTMLLinkedPassageList {
    let texts: DraftChanges.SentenceTexts
    let list: LinkedPassageList
    /// A translation's split sentence was compared whole, and is quoted whole.
    let counterparts: TranslationCounterparts

    /// The navigation's entry: the empty string when there is no section.
    var navigationEntry: String {
        list.items.isEmpty ? "" : "<a href=\"#\(list.id)\">\(list.heading)</a>"
    }

    func write(to out: inout ChunkedOutput) {
        guard !list.items.isEmpty else { return }
        let documents = texts.documents
        out.append("<section id=\"\(list.id)\" aria-labelledby=\"\(list.id)-h\">\n<h2 id=\"\(list.id)-h\">\(list.heading)</h2>\n")
        out.append("<p>\(list.intro)</p>\n<ol>\n")
        for item in list.items {
            let (a, b) = (item.first, item.other)
            out.append("<li><strong>")
            out.appendEscaped(documents[a.version].label + " → " + documents[b.version].label, in: .line)
            out.append("</strong>: ")
            out.appendEscaped(item.note, in: .line)
            out.append("\n<blockquote>\n")
            let runs = counterparts.runs(a, b)
            for sentence in runs.a { HTMLChanges.quote(a.version, sentence, texts: texts, to: &out) }
            for sentence in runs.b { HTMLChanges.quote(b.version, sentence, texts: texts, to: &out) }
            out.append("</blockquote></li>\n")
        }
        out.append("</ol>\n</section>\n")
    }
}
