import ReadoutsReader
import ReadoutsText
import ReadoutsTopics

/// The brief's list of a translation's changes (`TranslationChangeList`), under
/// `--changes-only`: each sentence left out or added and each counterpart whose figures,
/// names or negation differ, quoted, as the changes between drafts are (`MarkdownChanges`).
struct MarkdownTranslationChanges {
    let texts: DraftChanges.SentenceTexts
    let list: TranslationChangeList

    func write(to out: inout ChunkedOutput) {
        let labels = texts.documents.map { MarkdownText.line($0.label, lineStart: false) }
        for pair in list.pairs {
            let (first, other) = (labels[pair.first], labels[pair.other])
            out.append("\n## Translation changes: \(first) → \(other)\n\n")
            let count = pair.entries.count
            out.append("\(count) \(count == 1 ? "change" : "changes"), in the order of \(first) (" + TranslationChangeList.intro + ").\n\n")
            for entry in pair.entries {
                let title = TranslationChangeList.title(entry, other: texts.documents[pair.other].label)
                out.append("- **" + MarkdownText.line(title, lineStart: false) + "**"
                           + (entry.said.isEmpty ? "" : ": " + MarkdownText.line(entry.said.joined(separator: " · "), lineStart: false)) + "\n")
                for sentence in entry.quotedFirst {
                    let strong = TranslationChangeList.ranges(of: entry.figures.first, in: pair.first, sentence, texts: texts)
                    MarkdownChanges.quote(pair.first, sentence, texts: texts, strong: strong, to: &out)
                }
                if !entry.quotedFirst.isEmpty, !entry.quotedSecond.isEmpty { out.append("  >\n") }
                for sentence in entry.quotedSecond {
                    let strong = TranslationChangeList.ranges(of: entry.figures.second, in: pair.other, sentence, texts: texts)
                    MarkdownChanges.quote(pair.other, sentence, texts: texts, strong: strong, to: &out)
                }
            }
            if pair.entries.isEmpty {
                out.append("No change: every sentence has its counterpart, with the same figures, names and negation.\n")
            }
        }
    }
}

/// The page's list of a translation's changes, under `--changes-only` (the brief's list).
struct HTMLTranslationChanges {
    let texts: DraftChanges.SentenceTexts
    let list: TranslationChangeList

    func write(to out: inout ChunkedOutput) {
        guard !list.pairs.isEmpty else { return }
        let documents = texts.documents
        out.append("<section id=\"translation-changes\" aria-labelledby=\"translation-changes-h\">\n<h2 id=\"translation-changes-h\">Translation changes</h2>\n")
        for pair in list.pairs {
            let (first, other) = (documents[pair.first].label, documents[pair.other].label)
            out.append("<h3>")
            out.appendEscaped(first + " → " + other, in: .line)
            out.append("</h3>\n<p>\(pair.entries.count) \(pair.entries.count == 1 ? "change" : "changes"), in the order of ")
            out.appendEscaped(first, in: .line)
            out.append(" (" + TranslationChangeList.intro + ").</p>\n<ol>\n")
            for entry in pair.entries {
                out.append("<li><strong>")
                out.appendEscaped(TranslationChangeList.title(entry, other: other), in: .line)
                out.append("</strong>")
                if !entry.said.isEmpty {
                    out.append(": ")
                    out.appendEscaped(entry.said.joined(separator: " · "), in: .line)
                }
                out.append("\n<blockquote>\n")
                for sentence in entry.quotedFirst {
                    let marked = TranslationChangeList.ranges(of: entry.figures.first, in: pair.first, sentence, texts: texts)
                    HTMLChanges.quote(pair.first, sentence, texts: texts, marked: (marked, "strong"), to: &out)
                }
                for sentence in entry.quotedSecond {
                    let marked = TranslationChangeList.ranges(of: entry.figures.second, in: pair.other, sentence, texts: texts)
                    HTMLChanges.quote(pair.other, sentence, texts: texts, marked: (marked, "strong"), to: &out)
                }
                out.append("</blockquote></li>\n")
            }
            out.append("</ol>\n")
            if pair.entries.isEmpty {
                out.append("<p>No change: every sentence has its counterpart, with the same figures, names and negation.</p>\n")
            }
        }
        out.append("</section>\n")
    }
}
