import ReadoutsText
import ReadoutsReader
import ReadoutsTopics

/// The page's list of linked passages of which one alone is negated (`NegationDifferences`),
/// after the figures that differ, with an entry in the page's navigation.
struct HTMLNegations {
    let documents: [Document]
    let analysis: Analysis
    let differences: NegationDifferences

    func write(to out: inout ChunkedOutput) {
        guard !differences.differences.isEmpty else { return }
        let texts = DraftChanges.SentenceTexts(documents: documents, analysis: analysis)
        out.append("<section id=\"negations\" aria-labelledby=\"negations-h\">\n<h2 id=\"negations-h\">Negation differs</h2>\n")
        out.append("<p>Linked passages, otherwise close, of which one is negated and the other is not, in reading order.</p>\n<ol>\n")
        for difference in differences.differences {
            let (a, b) = (difference.first, difference.other)
            out.append("<li><strong>")
            out.appendEscaped(documents[a.version].label + " → " + documents[b.version].label, in: .line)
            out.append("</strong>: ")
            out.appendEscaped(Negation.quoted(difference.words, in: documents[difference.negated.version].label), in: .line)
            out.append("\n<blockquote>\n")
            for end in [a, b] { HTMLChanges.quote(end.version, end.sentence, texts: texts, to: &out) }
            out.append("</blockquote></li>\n")
        }
        out.append("</ol>\n</section>\n")
    }
}
