import ReadoutsReader
import ReadoutsText
import ReadoutsTopics

/// The page's "Sentence by sentence" table, the brief's (`MarkdownSentenceAlignment`): for
/// two versions in two languages read as one text, each sentence beside its counterparts by
/// number and first words, each cell in its version's language; "—" where the other version
/// has none. Nothing when no such pair is there.
struct HTMLSentenceAlignment {
    let texts: DraftChanges.SentenceTexts
    let pairs: [Analysis.AlignedVersions]

    init(texts: DraftChanges.SentenceTexts) {
        self.texts = texts
        pairs = MarkdownSentenceAlignment.pairs(texts)
    }

    /// The navigation's entry: the empty string when there is no section.
    var navigationEntry: String {
        pairs.isEmpty ? "" : "<a href=\"#sentences\">\(MarkdownSentenceAlignment.heading)</a>"
    }

    func write(to out: inout ChunkedOutput) {
        guard !pairs.isEmpty else { return }
        out.append("<section id=\"sentences\" aria-labelledby=\"sentences-h\">\n<h2 id=\"sentences-h\">\(MarkdownSentenceAlignment.heading)</h2>\n")
        out.append("<p>\(MarkdownSentenceAlignment.intro)</p>\n")
        for pair in pairs {
            let versions = [pair.first, pair.second]
            out.append("<table>\n<thead><tr>")
            for version in versions {
                out.append("<th scope=\"col\">")
                out.appendBreakableLabel(texts.documents[version].label)
                out.append("</th>")
            }
            out.append("</tr></thead>\n<tbody>\n")
            let rows = MarkdownSentenceAlignment.rows(texts.analysis, pair.first, pair.second)
            for row in rows.prefix(MarkdownSentenceAlignment.rowLimit) {
                out.append("<tr>")
                for (version, sentences) in zip(versions, [row.first, row.second]) { cell(version, sentences, to: &out) }
                out.append("</tr>\n")
            }
            out.append("</tbody>\n</table>\n")
            if rows.count > MarkdownSentenceAlignment.rowLimit {
                out.append("<p>\(rows.count - MarkdownSentenceAlignment.rowLimit) more rows.</p>\n")
            }
        }
        out.append("</section>\n")
    }

    private func cell(_ version: Int, _ sentences: [Int], to out: inout ChunkedOutput) {
        guard !sentences.isEmpty else {
            out.append("<td>—</td>")
            return
        }
        out.append("<td lang=\"")
        out.appendEscaped(VersionLanguageTag.tag(version, analysis: texts.analysis, document: texts.documents[version]), in: .line)
        out.append("\">")
        for (position, sentence) in sentences.enumerated() {
            if position > 0 { out.append("<br>") }
            out.append("\(sentence + 1) · ")
            out.appendEscaped(MarkdownSentenceAlignment.start(texts, version, sentence), in: .line)
        }
        out.append("</td>")
    }
}
