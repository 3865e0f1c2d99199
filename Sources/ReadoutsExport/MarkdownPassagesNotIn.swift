import ReadoutsReader
import ReadoutsText
import ReadoutsTopics

/// The brief's "Passages not in the other version" (`ReportPassagesNotIn`), after "Only in
/// one version", where a reader looks for what each side left out: per version, its
/// passages the other version has no passage linked to, each quoted whole with its
/// sentence number and the topic it is quoted under, as `o` stops at them. Nothing when
/// there are none.
///
/// ```markdown
/// ## Passages not in the other version
///
/// Passages on a topic both versions speak of that no passage of the other version is linked to: …
///
/// **Kremlin**, 1 passage not in Maison Blanche:
///
/// > En réponse, le président russe a appelé à ne pas transférer la responsabilité … *(sentence 8, under “Ukraine”)*
/// ```
struct MarkdownPassagesNotIn {
    let passages: ReportPassagesNotIn
    let texts: DraftChanges.SentenceTexts

    func write(to out: inout ChunkedOutput) {
        guard !passages.isEmpty else { return }
        let documents = texts.documents
        out.append("\n## \(ReportPassagesNotIn.heading(versions: documents.count))\n\n\(ReportPassagesNotIn.intro(versions: documents.count))\n")
        for group in passages.groups {
            let title = ReportPassagesNotIn.title(group, labels: documents.map(\.label))
            out.append("\n" + MarkdownText.strong(title.label) + MarkdownText.line(title.rest, lineStart: false) + ":\n")
            for (sentence, topic) in group.passages {
                out.append("\n> ")
                MarkdownText.write(texts.scalars(group.version, sentence), partsAtPunctuation: true, to: &out)
                let closest = ClosestNote.suffix(version: group.version, sentence: sentence, in: group.missing, texts: texts)
                out.append(" *(sentence \(sentence + 1), under “" + MarkdownText.line(texts.analysis.topics[topic].label, lineStart: false) + "”"
                           + MarkdownText.line(closest, lineStart: false) + ")*\n")
            }
        }
    }
}
