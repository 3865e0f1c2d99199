import ReadoutsText
import ReadoutsReader
import ReadoutsTopics

/// The brief's list of linked passages whose figures differ (`FigureDifferences`), before
/// its topics.
struct MarkdownFigures {
    let documents: [Document]
    let analysis: Analysis
    let differences: FigureDifferences

    func write(to out: inout ChunkedOutput) {
        guard !differences.differences.isEmpty else { return }
        let texts = DraftChanges.SentenceTexts(documents: documents, analysis: analysis)
        out.append("\n## Figures that differ\n\nLinked passages whose figures differ, each pair of figures once, in reading order.\n\n")
        for difference in differences.differences {
            let (a, b) = (difference.first, difference.other)
            out.append("- *" + MarkdownText.line(documents[a.version].label + " → " + documents[b.version].label, lineStart: false) + ":* "
                       + MarkdownText.line(difference.figures, lineStart: false) + "\n")
            MarkdownChanges.quotePair((a.version, a.sentence), (b.version, b.sentence), texts: texts, to: &out)
        }
    }
}
