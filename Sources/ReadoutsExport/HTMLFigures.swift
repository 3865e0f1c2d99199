import ReadoutsText
import ReadoutsReader
import ReadoutsTopics

/// The page's list of linked passages whose figures differ (`FigureDifferences`), after the
/// texts, with an entry in the page's navigation.
struct HTMLFigures {
    let documents: [Document]
    let analysis: Analysis
    let differences: FigureDifferences

    func write(to out: inout ChunkedOutput) {
        guard !differences.differences.isEmpty else { return }
        let texts = DraftChanges.SentenceTexts(documents: documents, analysis: analysis)
        out.append("<section id=\"figures\" aria-labelledby=\"figures-h\">\n<h2 id=\"figures-h\">Figures that differ</h2>\n")
        out.append("<p>Linked passages whose figures differ, each pair of figures once, in reading order.</p>\n<ol>\n")
        for difference in differences.differences {
            let (a, b) = (difference.first, difference.other)
            out.append("<li><strong>")
            out.appendEscaped(documents[a.version].label + " → " + documents[b.version].label, in: .line)
            out.append("</strong>: ")
            out.appendEscaped(difference.figures, in: .line)
            out.append("\n<blockquote>\n")
            for end in [a, b] { HTMLChanges.quote(end.version, end.sentence, texts: texts, to: &out) }
            out.append("</blockquote></li>\n")
        }
        out.append("</ol>\n</section>\n")
    }
}
