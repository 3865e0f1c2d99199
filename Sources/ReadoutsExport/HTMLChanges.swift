import ReadoutsText
import ReadoutsReader
import ReadoutsTopics

/// The page's list of changes between drafts (`DraftChanges`), after the texts: the brief's
/// list, as a section of its own with an entry in the page's navigation.
struct HTMLChanges {
    let texts: DraftChanges.SentenceTexts
    let drafts: [DraftChanges]

    /// The lists of linked passages (figures, negations) quote theirs the same way (`HTMLLinkedPassageList`).
    /// `under`: a topic's label, said after the number ("sentence 8, under “Ukraine”").
    /// `marked`: scalar ranges of the sentence in `<del>` (the first version's) or `<ins>` (the
    /// other's): the words a draft changed.
    static func quote(_ version: Int, _ sentence: Int, texts: DraftChanges.SentenceTexts, under: String? = nil, closest: String = "",
                      marked: (ranges: [Range<Int>], tag: String) = ([], ""), to out: inout ChunkedOutput) {
        let (documents, analysis) = (texts.documents, texts.analysis)
        out.append("<p lang=\"")
        out.appendEscaped(VersionLanguageTag.tag(version, analysis: analysis, document: version < documents.count ? documents[version] : nil), in: .line)
        out.append("\"><b>")
        out.appendEscaped(documents[version].label, in: .line)
        out.append("</b> (")
        // Where it stands: the heading it comes under, then its number.
        if let heading = texts.heading(version, before: sentence), heading != sentence {
            HTMLChanges.appendLines(texts.string(version, heading), to: &out)
            out.append(", ")
        }
        out.append("sentence \(sentence + 1)")
        if let under {
            out.append(", under “")
            out.appendEscaped(under, in: .line)
            out.append("”")
        }
        // Another version's closest sentence in meaning (`ClosestNote`, "; closest in …" or
        // "; nothing near it in meaning in …"), for an omission.
        out.appendEscaped(closest, in: .line)
        out.append("): ")
        HTMLChanges.appendLines(texts.string(version, sentence), marked: marked.ranges, tag: marked.tag, to: &out)
        out.append("</p>\n")
    }

    /// `appendLines`, with `marked` (scalar ranges of `text`, in order, apart) in `tag`.
    static func appendLines(_ text: String, marked: [Range<Int>], tag: String, to out: inout ChunkedOutput) {
        guard !marked.isEmpty else { return appendLines(text, to: &out) }
        let scalars = Array(text.unicodeScalars)
        func part(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        var position = 0
        for range in marked where range.lowerBound >= position && range.upperBound <= scalars.count {
            appendLines(part(position..<range.lowerBound), to: &out)
            out.append("<\(tag)>")
            appendLines(part(range), to: &out)
            out.append("</\(tag)>")
            position = range.upperBound
        }
        appendLines(part(position..<scalars.count), to: &out)
    }

    /// A sentence's text escaped, its line breaks (a list's items in a plain-text file) as
    /// `<br>`: shown as "␊" in a quote, they read as junk to a delegate.
    static func appendLines(_ text: String, to out: inout ChunkedOutput) {
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if number > 0 { out.append("<br>") }
            out.appendEscaped(String(line), in: .line)
        }
    }

    func write(to out: inout ChunkedOutput) {
        guard !drafts.isEmpty else { return }
        let documents = texts.documents
        out.append("<section id=\"changes\" aria-labelledby=\"changes-h\">\n<h2 id=\"changes-h\">Changes</h2>\n")
        for draft in drafts {
            let (first, other) = (documents[draft.first].label, documents[draft.other].label)
            out.append("<h3>")
            out.appendEscaped(first + " → " + other, in: .line)
            out.append("</h3>\n<p>\(draft.count(.worded)) worded otherwise, \(draft.count(.onlyInFirst)) only in ")
            out.appendEscaped(first, in: .line)
            out.append(", \(draft.count(.onlyInOther)) only in ")
            out.appendEscaped(other, in: .line)
            out.append(", \(draft.count(.moved)) moved, in the order of ")
            out.appendEscaped(first, in: .line)
            out.append(" (sentences compared whole, white space aside; a moved run is quoted by its first sentence; in a sentence worded otherwise, "
                       + "the words the other version does not keep are struck through in the first and underlined in the other).</p>\n<ol>\n")
            for change in draft.changes {
                out.append("<li><strong>")
                switch change.kind {
                case .worded: out.append("Worded otherwise")
                case .onlyInFirst: out.append("Only in "); out.appendEscaped(first, in: .line)
                case .onlyInOther: out.append("Only in "); out.appendEscaped(other, in: .line)
                case .moved: out.append("Moved (\(change.count == 1 ? "1 sentence" : "\(change.count) sentences"), the same words)")
                }
                out.append("</strong>")
                if !change.said.isEmpty {
                    out.append(": ")
                    out.appendEscaped(change.said.joined(separator: " · "), in: .line)
                }
                out.append("\n<blockquote>\n")
                // The words each does not keep of the other, as the reader marks them.
                let marks = change.kind == .worded
                    ? MarkdownChanges.changedWords((draft.first, change.first), (draft.other, change.other), texts: texts) : ([], [])
                if let sentence = change.first { Self.quote(draft.first, sentence, texts: texts, marked: (marks.0, "del"), to: &out) }
                if let sentence = change.other { Self.quote(draft.other, sentence, texts: texts, marked: (marks.1, "ins"), to: &out) }
                out.append("</blockquote></li>\n")
            }
            out.append("</ol>\n")
            if draft.changes.isEmpty { out.append("<p>No change: every sentence is in both, word for word, in the same order.</p>\n") }
            // The headings and items renumbered with the same words, as the brief lists them.
            let renumbered = Renumbering(texts, from: draft.first, to: draft.other).pairs
            if !renumbered.isEmpty {
                out.append("<p><strong>Renumbered</strong>, the same words otherwise (\(renumbered.count)):</p>\n<ul>\n")
                for pair in renumbered {
                    let said = Renumbering.saying(texts.string(draft.first, pair.first), texts.string(draft.other, pair.other))
                    out.append("<li>")
                    out.appendEscaped(said.from + " → " + said.to + (said.rest.isEmpty ? "" : " — " + said.rest), in: .line)
                    out.append(" (sentence \(pair.first + 1) → \(pair.other + 1))</li>\n")
                }
                out.append("</ul>\n")
            }
        }
        out.append("</section>\n")
    }
}
