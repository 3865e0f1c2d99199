import ReadoutsReader
import ReadoutsText
import ReadoutsTopics

/// The page's last section, the brief's "Linked to nothing" (`MarkdownUnlinkedSentences`):
/// per version, its sentences that no topic holds and no passage of another version is
/// linked to, each quoted as the changes quote theirs (`HTMLChanges.quote`: where it stands,
/// then its text), with an entry in the page's navigation; nothing when there are none. In
/// the columns such a sentence is plain text among the coloured and linked ones, easy to
/// pass over.
struct HTMLUnlinkedSentences {
    let texts: DraftChanges.SentenceTexts
    /// Per version, the sentences (`Analysis.sentencesLinkedToNothing`).
    let sentences: [[Int]]
    /// Per version, those about the reports themselves, listed apart.
    let reports: [[Int]]

    init(texts: DraftChanges.SentenceTexts) {
        self.texts = texts
        (sentences, reports, _) = texts.analysis.sentencesLinkedToNothingByKind(documents: texts.documents)
    }

    private var isEmpty: Bool { sentences.allSatisfy(\.isEmpty) && reports.allSatisfy(\.isEmpty) }

    /// The navigation's entry: the empty string when there is no section.
    var navigationEntry: String {
        isEmpty ? "" : "<a href=\"#unlinked\">\(MarkdownUnlinkedSentences.heading)</a>"
    }

    func write(to out: inout ChunkedOutput) {
        guard !isEmpty else { return }
        out.append("<section id=\"unlinked\" aria-labelledby=\"unlinked-h\">\n<h2 id=\"unlinked-h\">\(MarkdownUnlinkedSentences.heading)</h2>\n")
        out.append("<p>\(MarkdownUnlinkedSentences.intro)</p>\n")
        func quote(_ lists: [[Int]], level: Int) {
            for (version, list) in lists.enumerated() where !list.isEmpty {
                out.append("<h\(level)>")
                out.appendEscaped(texts.documents[version].label, in: .line)
                out.append(", \(list.count) \(list.count == 1 ? "sentence" : "sentences")</h\(level)>\n<blockquote>\n")
                for sentence in list {
                    let closest = ClosestNote.suffix(version: version, sentence: sentence, texts: texts)
                    HTMLChanges.quote(version, sentence, texts: texts, closest: closest, to: &out)
                }
                out.append("</blockquote>\n")
            }
        }
        quote(sentences, level: 3)
        if reports.contains(where: { !$0.isEmpty }) {
            out.append("<h3>\(MarkdownUnlinkedSentences.reportsHeading)</h3>\n<p>\(MarkdownUnlinkedSentences.reportsIntro)</p>\n")
            quote(reports, level: 4)
        }
        out.append("</section>\n")
    }
}
