import ReadoutsReader
import ReadoutsText
import ReadoutsTopics

/// The page's "Passages not in the other version", the brief's (`MarkdownPassagesNotIn`):
/// per version, its passages of shared topics that another version has no passage linked
/// to, each quoted as the changes quote theirs (`HTMLChanges.quote`: where it stands, then
/// its text) with the topic it is quoted under in the brief; before "Linked to
/// nothing", with an entry in the page's navigation. Nothing when there are none.
struct HTMLPassagesNotIn {
    let passages: ReportPassagesNotIn
    let texts: DraftChanges.SentenceTexts

    /// The navigation's entry: the empty string when there is no section.
    var navigationEntry: String {
        passages.isEmpty ? "" : "<a href=\"#notin\">\(ReportPassagesNotIn.heading(versions: texts.documents.count))</a>"
    }

    func write(to out: inout ChunkedOutput) {
        guard !passages.isEmpty else { return }
        let documents = texts.documents
        out.append("<section id=\"notin\" aria-labelledby=\"notin-h\">\n<h2 id=\"notin-h\">\(ReportPassagesNotIn.heading(versions: documents.count))</h2>\n")
        out.append("<p>")
        out.appendEscaped(ReportPassagesNotIn.intro(versions: documents.count), in: .line)
        out.append("</p>\n")
        for group in passages.groups {
            let title = ReportPassagesNotIn.title(group, labels: documents.map(\.label))
            out.append("<h3>")
            out.appendEscaped(title.label + title.rest, in: .line)
            out.append("</h3>\n<blockquote>\n")
            for (sentence, topic) in group.passages {
                let closest = ClosestNote.suffix(version: group.version, sentence: sentence, in: group.missing, texts: texts)
                HTMLChanges.quote(group.version, sentence, texts: texts, under: texts.analysis.topics[topic].label, closest: closest, to: &out)
            }
            out.append("</blockquote>\n")
        }
        out.append("</section>\n")
    }
}
