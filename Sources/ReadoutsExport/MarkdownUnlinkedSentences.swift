import ReadoutsReader
import ReadoutsText
import ReadoutsTopics

/// The brief's last section: each version's sentences that no topic holds and no passage of
/// another version is linked to, quoted in reading order. Every other sentence of a version
/// is quoted under a topic; these were nowhere, so the brief read as complete while it left
/// them out (a student's, then an intern's "Il a également appelé à « un retour à la
/// diplomatie »", the White House's alone, was in no section and no `o` stop). They are not
/// said to be one-sided: the engine matched them to nothing, which is all it knows.
/// Headings and sentences of fewer than four words (a dateline) are left out: the rule is
/// `Analysis.sentencesLinkedToNothing`, where the reader's `o` stops too. The page lists
/// them too (`HTMLUnlinkedSentences`), and the JSON marks them `"unlinked": true`.
struct MarkdownUnlinkedSentences {
    /// The export's sentence texts (`ReportLists.texts`), which the page's section reads too.
    let texts: DraftChanges.SentenceTexts

    /// The section's heading and the sentence under it, the page's too.
    static let heading = "Linked to nothing"
    static let intro = "Sentences no topic holds and no passage of another version is linked to: "
        + "what one version may say alone, or say in words the engine did not match."

    /// The sentences about the reports themselves, listed apart (`Analysis.sentencesLinkedToNothingByKind`).
    static let reportsHeading = "About the reports themselves"
    static let reportsIntro = "Linked to nothing too, these speak of the accounts (who published what, an agency's framing), not of the event."

    func write(to out: inout ChunkedOutput) {
        let (lists, reports, _) = texts.analysis.sentencesLinkedToNothingByKind(documents: texts.documents)
        guard (lists + reports).contains(where: { !$0.isEmpty }) else { return }
        out.append("\n## \(Self.heading)\n\n\(Self.intro)\n")
        func quote(_ lists: [[Int]]) {
            for (version, list) in lists.enumerated() where !list.isEmpty {
                out.append("\n\(MarkdownText.strong(texts.documents[version].label)), \(list.count) \(list.count == 1 ? "sentence" : "sentences"):\n")
                for sentence in list {
                    out.append("\n> ")
                    MarkdownText.write(texts.scalars(version, sentence), strong: [], partsAtPunctuation: true, to: &out)
                    let closest = ClosestNote.suffix(version: version, sentence: sentence, texts: texts)
                    out.append(" *(sentence \(sentence + 1)" + MarkdownText.line(closest, lineStart: false) + ")*\n")
                }
            }
        }
        quote(lists)
        guard reports.contains(where: { !$0.isEmpty }) else { return }
        // A paragraph, not a heading: the brief's third-level headings are its topics.
        out.append("\n\(MarkdownText.strong(Self.reportsHeading + ".")) \(Self.reportsIntro)\n")
        quote(reports)
    }
}
