import ReadoutsReader
import ReadoutsText
import ReadoutsTopics

/// The report's topic table: each topic with its colour swatch and mark, its label and its
/// passages per version (each count links to the first occurrence there). Topics only
/// one version mentions come first, each with an "only in …" badge and an accent bar; those
/// no version has a passage on come last ("no passage"), as in the brief. It opens the page,
/// before the texts: the reader's topic list (`t`) as an overview.
struct HTMLTopicTable {
    let documents: [Document]
    let index: TopicIndex
    let topics: ReportTopics
    let appearance: TopicAppearance
    /// The heading of the page's "Passages not in the other version", which the table's note
    /// links to; nil when the page has none.
    var passagesNotIn: String? = nil

    func write(to out: inout ChunkedOutput) {
        let analysis = index.analysis
        out.append("<section id=\"topics\" aria-labelledby=\"topics-h\">\n<h2 id=\"topics-h\">Topics</h2>\n")
        out.append("<p class=\"hint\">\(analysis.topics.count) topic\(analysis.topics.count == 1 ? "" : "s"); ")
        out.append("\(topics.oneSidedCount) found in one version only, listed first")
        if topics.withoutPassageCount > 0 { out.append("; \(topics.withoutPassageCount) with no passage (only in headings, or within another topic’s words), listed last") }
        out.append(". Each count is of passages (sentences) and leads to the topic’s first passage in that version.")
        if let passagesNotIn {
            out.append(" Passages of shared topics that another version has nothing linked to are under <a href=\"#notin\">\(passagesNotIn)</a>.")
        }
        out.append("</p>\n")
        writeHead(caption: "Topics with their colour, mark and passages in each version", numeric: true, to: &out)
        for entry in topics.listOrder {
            out.append(entry.onlyIn == nil ? "<tr>" : "<tr class=\"only\">")
            out.append("<th scope=\"row\">")
            writeSwatch(entry.topic, to: &out)
            writeLabel(entry.topic, to: &out)
            if let only = entry.onlyIn, only < documents.count {
                out.append(" <span class=\"badge\">only in ")
                out.appendEscaped(documents[only].label, in: .line)
                out.append("</span>")
            } else if entry.group == 1 {
                // With three versions or more, what one leaves out.
                out.append(" <span class=\"badge\">not in ")
                out.appendEscaped(entry.missingFrom.filter { $0 < documents.count }.map { documents[$0].label }.joined(separator: ", "), in: .line)
                out.append("</span>")
            } else if entry.group == 3 {
                // Found in headings alone (or inside other topics' words): listed last, as in the brief.
                out.append(" <span class=\"badge\">no passage</span>")
            }
            writeChanges(entry, to: &out)
            out.append("</th>")
            for version in documents.indices {
                let count = version < entry.counts.count ? entry.counts[version] : 0
                if count == 0 {
                    out.append("<td class=\"n none\"><span aria-hidden=\"true\">—</span><span class=\"sr\">no passage found</span></td>")
                } else {
                    out.append("<td class=\"n\"><a href=\"#\(HTMLVersionColumn.firstOccurrenceID(topic: entry.topic, version: version))\">\(count)</a></td>")
                }
            }
            out.append("</tr>\n")
        }
        out.append("</tbody>\n</table></div>\n</section>\n")
    }

    /// Drafts of one text: what changed from the first version's one passage of the topic to
    /// each other version's one passage, where they are nearly the same words, as Enter and
    /// the brief say it ("Draft 1 → Draft 2: ninety → sixty").
    func writeChanges(_ entry: ReportTopics.Entry, to out: inout ChunkedOutput) {
        guard entry.onlyIn == nil, documents.count > 1, entry.counts.first == 1 else { return }
        func text(_ version: Int) -> String? {
            guard version < entry.counts.count, entry.counts[version] == 1,
                  let ref = index.occurrencesByTopic[entry.topic].first(where: { $0.version == version }),
                  let range = index.sentenceRange(version, index.marks[version][ref.index].sentence) else { return nil }
            return documents[version].string(range.clamped(to: 0..<documents[version].scalars.count))
        }
        guard let first = text(0) else { return }
        for version in documents.indices.dropFirst() {
            guard let other = text(version), case let changes = WordChange.changes(first, other, kept: false, languages: (index.analysis.versions[0].language, index.analysis.versions[version].language)), !changes.isEmpty else { continue }
            out.append("<br><small>")
            out.appendEscaped(documents[0].label + " → " + documents[version].label + ": " + changes.joined(separator: " · "), in: .line)
            out.append("</small>")
        }
    }

    /// Opens a table of topics by version: its caption (for screen readers), and a header
    /// row of "Topic" and the versions' labels.
    func writeHead(caption: String, numeric: Bool, class name: String? = nil, to out: inout ChunkedOutput) {
        out.append("<div class=\"scroll\"><table\(name.map { " class=\"\($0)\"" } ?? "")>\n<caption class=\"sr\">\(caption)</caption>\n")
        out.append("<thead><tr><th scope=\"col\">Topic</th>")
        for document in documents {
            out.append(numeric ? "<th scope=\"col\" class=\"n\">" : "<th scope=\"col\">")
            out.appendBreakableLabel(document.label)
            out.append("</th>")
        }
        out.append("</tr></thead>\n<tbody>\n")
    }

    /// A topic's label, in a `lang` span where it is not in English, the page's language
    /// (`TopicLabelLanguage`); a label in Han, kana or Hangul in that of the first version it
    /// is in whose script tells one (`VersionLanguageTag`: "ja", "ko"), else `und` (a Chinese
    /// label is not the page's English).
    func writeLabel(_ topic: Int, to out: inout ChunkedOutput) {
        let analysis = index.analysis
        let present = documents.indices.filter { !index.missingFrom[topic].contains($0) }
        let label = analysis.topics[topic].label
        var tag = TopicLabelLanguage.language(of: analysis.topics[topic], versions: analysis.versions, present: present)?.rawValue
        if tag == nil, label.unicodeScalars.contains(where: { EastAsianScript.contains($0.value) }) {
            tag = present.lazy.map { VersionLanguageTag.tag($0, analysis: analysis, document: self.documents[$0]) }
                .first { $0 == "ja" || $0 == "ko" } ?? Language.undetermined.rawValue
        }
        guard let tag, tag != Language.english.rawValue else { return out.appendEscaped(label, in: .line) }
        out.append("<span lang=\"\(tag)\">")
        out.appendEscaped(analysis.topics[topic].label, in: .line)
        out.append("</span>")
    }

    /// The topic's colour as a small square, and its mark in that colour.
    func writeSwatch(_ topic: Int, to out: inout ChunkedOutput) {
        out.append("<span class=\"\(appearance.classes(topic, in: index))\"><span class=\"sw\" aria-hidden=\"true\"></span>")
        out.append("<b class=\"mk\">\(appearance.mark(topic, in: index))</b></span>")
    }
}
