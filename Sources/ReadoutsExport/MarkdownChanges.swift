import ReadoutsText
import ReadoutsReader
import ReadoutsTopics

/// The brief's list of changes between drafts (`DraftChanges`), before its topics:
///
/// ```markdown
/// ## Changes: A.txt → B.txt
///
/// 13 sentences worded otherwise, 5 only in A.txt, 5 only in B.txt, in the order of A.txt (…).
///
/// - **Worded otherwise**: ninety → sixty
///   > **A.txt** (sentence 13): Every landlord shall register … within **ninety** days …
///   >
///   > **B.txt** (sentence 13): Every landlord shall register … within **sixty** days …
/// ```
struct MarkdownChanges {
    let texts: DraftChanges.SentenceTexts
    let drafts: [DraftChanges]

    /// A sentence quoted under its version's name and where it stands: the heading it comes
    /// under and its number ("Section 13 — Notices, sentence 42": a counsel could not find
    /// "sentence 42" in a bill).
    /// The lists of linked passages (figures, negations) quote theirs the same way (`MarkdownLinkedPassageList`).
    /// `strong`: scalar ranges of the sentence in bold (the words a draft changed).
    static func quote(_ version: Int, _ sentence: Int, texts: DraftChanges.SentenceTexts, strong: [Range<Int>] = [],
                      to out: inout ChunkedOutput) {
        let heading = texts.heading(version, before: sentence).flatMap { $0 == sentence ? nil : texts.string(version, $0) }
        out.append("  > " + MarkdownText.strong(texts.documents[version].label) + " ("
                   + (heading.map { MarkdownText.line($0, lineStart: false) + ", " } ?? "") + "sentence \(sentence + 1)): ")
        MarkdownText.write(texts.scalars(version, sentence), strong: strong, lineStart: false, to: &out)
        out.append(UInt8(ascii: "\n"))
    }

    /// Two sentences quoted one under the other, in one block quote. `marksChanges`: each
    /// with the words the other does not keep in bold, as the reader marks them
    /// (`WordChange.changedWords`): an analyst compared two long reworded sentences by eye.
    static func quotePair(_ a: (version: Int, sentence: Int?), _ b: (version: Int, sentence: Int?), texts: DraftChanges.SentenceTexts,
                          marksChanges: Bool = false, to out: inout ChunkedOutput) {
        let marks = marksChanges ? changedWords(a, b, texts: texts) : ([], [])
        if let sentence = a.sentence { quote(a.version, sentence, texts: texts, strong: marks.0, to: &out) }
        out.append("  >\n")
        if let sentence = b.sentence { quote(b.version, sentence, texts: texts, strong: marks.1, to: &out) }
    }

    /// The words of each of two sentences the other does not keep, as scalar ranges of each
    /// (none past `WordChange`'s limits).
    static func changedWords(_ a: (version: Int, sentence: Int?), _ b: (version: Int, sentence: Int?),
                             texts: DraftChanges.SentenceTexts) -> ([Range<Int>], [Range<Int>]) {
        guard let first = a.sentence, let other = b.sentence else { return ([], []) }
        let (left, right) = (texts.string(a.version, first), texts.string(b.version, other))
        return (WordChange.changedWords(left, right) ?? [], WordChange.changedWords(right, left) ?? [])
    }

    /// The section for each draft, or nothing when no other version is a draft of the first.
    func write(to out: inout ChunkedOutput) {
        let labels = texts.documents.map { MarkdownText.line($0.label, lineStart: false) }
        for draft in drafts {
            let (first, other) = (labels[draft.first], labels[draft.other])
            let worded = draft.count(.worded)
            out.append("\n## Changes: \(first) → \(other)\n\n")
            out.append("\(worded) \(worded == 1 ? "sentence" : "sentences") worded otherwise, \(draft.count(.onlyInFirst)) only in \(first), "
                       + "\(draft.count(.onlyInOther)) only in \(other), \(draft.count(.moved)) moved, in the order of \(first) "
                       + "(sentences compared whole, white space aside; a moved run is quoted by its first sentence; "
                       + "in a sentence worded otherwise, the words the other version does not keep are in bold).\n\n")
            for change in draft.changes {
                switch change.kind {
                case .worded:
                    out.append("- **Worded otherwise**" + (change.said.isEmpty ? "" : ": " + MarkdownText.line(change.said.joined(separator: " · "), lineStart: false)) + "\n")
                    Self.quotePair((draft.first, change.first), (draft.other, change.other), texts: texts, marksChanges: true, to: &out)
                case .onlyInFirst:
                    out.append("- **Only in \(first)**\n")
                    if let sentence = change.first { Self.quote(draft.first, sentence, texts: texts, to: &out) }
                case .moved:
                    let sentences = change.count == 1 ? "1 sentence" : "\(change.count) sentences"
                    out.append("- **Moved** (\(sentences), the same words)\n")
                    Self.quotePair((draft.first, change.first), (draft.other, change.other), texts: texts, to: &out)
                case .onlyInOther:
                    out.append("- **Only in \(other)**\n")
                    if let sentence = change.other { Self.quote(draft.other, sentence, texts: texts, to: &out) }
                }
            }
            if draft.changes.isEmpty { out.append("No change: every sentence is in both, word for word, in the same order.\n") }
            writeRenumbering(draft, to: &out)
        }
    }

    /// The headings and items renumbered with the same words (`Renumbering`), after the
    /// changes: no change, but what an analyst of an amending law checks.
    private func writeRenumbering(_ draft: DraftChanges, to out: inout ChunkedOutput) {
        let pairs = Renumbering(texts, from: draft.first, to: draft.other).pairs
        guard !pairs.isEmpty else { return }
        out.append("\n**Renumbered**, the same words otherwise (\(pairs.count)):\n\n")
        for pair in pairs {
            let said = Renumbering.saying(texts.string(draft.first, pair.first), texts.string(draft.other, pair.other))
            out.append("- " + MarkdownText.line(said.from + " → " + said.to) + (said.rest.isEmpty ? "" : " — " + MarkdownText.line(said.rest, lineStart: false))
                       + " (sentence \(pair.first + 1) → \(pair.other + 1))\n")
        }
    }
}
