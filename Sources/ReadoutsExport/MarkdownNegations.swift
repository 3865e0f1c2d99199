import ReadoutsText
import ReadoutsReader
import ReadoutsTopics

/// The brief's list of linked passages of which one alone is negated (`NegationDifferences`),
/// after the figures that differ.
struct MarkdownNegations {
    let documents: [Document]
    let analysis: Analysis
    let differences: NegationDifferences

    func write(to out: inout ChunkedOutput) {
        guard !differences.differences.isEmpty else { return }
        let texts = DraftChanges.SentenceTexts(documents: documents, analysis: analysis)
        out.append("\n## Negation differs\n\nLinked passages, otherwise close, of which one is negated and the other is not, in reading order.\n\n")
        for difference in differences.differences {
            let (a, b) = (difference.first, difference.other)
            out.append("- *" + MarkdownText.line(documents[a.version].label + " → " + documents[b.version].label, lineStart: false) + ":* "
                       + MarkdownText.line(Negation.quoted(difference.words, in: documents[difference.negated.version].label), lineStart: false) + "\n")
            MarkdownChanges.quotePair((a.version, a.sentence), (b.version, b.sentence), texts: texts, to: &out)
        }
    }
}
