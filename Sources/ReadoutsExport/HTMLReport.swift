import ReadoutsReader
import ReadoutsText
import ReadoutsTopics

/// The HTML export (`readouts --export html`): one self-contained page with the versions
/// side by side, topic words coloured and marked as in the reader, linked passages that
/// highlight each other, a topic table (first: the page's overview) and a presence map.
/// It loads nothing (no fonts,
/// images or scripts from elsewhere) and carries a Content-Security-Policy allowing only
/// its own inline style and script, by hash. Every text from a document, a label, a date,
/// a source or a file name is escaped, its control characters shown as placeholders.
///
/// `changesOnly` (`--changes-only`): the page holds only the changes between drafts.
///
/// Written as it is produced, 64 KB at a time, like the JSON export.
public func writeHTML(
    documents: [Document], analysis: Analysis,
    schemes: (light: ReportScheme, dark: ReportScheme) = ReportScheme.shipped(),
    changesOnly: Bool = false,
    to output: @escaping ([UInt8]) -> Void
) {
    let styleSheet = ReportStyleSheet.css(light: schemes.light, dark: schemes.dark, versions: documents.count)
    let policy = ContentSecurityPolicy(styleSheet: styleSheet, script: ReportScript.source)
    var out = ChunkedOutput(flush: output)

    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
    out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy.value)\">\n")
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
    out.append("<meta name=\"color-scheme\" content=\"light dark\">\n<meta name=\"generator\" content=\"Readouts \(ReadoutsVersion.current)\">\n<title>")
    out.appendEscaped(documents.map(\.label).joined(separator: " · "), in: .line)
    out.append(" — Readouts</title>\n<style>")
    out.append(styleSheet)
    out.append("</style>\n</head>\n<body>\n")
    if changesOnly { return writeChangesOnly(documents: documents, analysis: analysis, to: &out) }
    let index = TopicIndex(analysis, documents: documents, findsChanges: false)
    let appearance = TopicAppearance(colourCount: min(schemes.light.topics.count, schemes.dark.topics.count))
    let topics = ReportTopics(analysis: analysis, versionCount: documents.count, counts: index.occurrenceCount(of:in:))
    out.append("<a class=\"skip\" href=\"#texts\">Skip to the texts</a>\n<header>\n<h1>")
    out.appendEscaped(documents.map(\.label).joined(separator: " · "), in: .line)
    let links = analysis.links.count
    out.append("</h1>\n<p class=\"lede\">\(documents.count) versions compared by topic: \(analysis.topics.count) topic\(analysis.topics.count == 1 ? "" : "s"), ")
    out.append("\(topics.oneSidedCount) of them in one version only; \(links) link\(links == 1 ? "" : "s") between passages. ")
    let linker = LinkerSentence.parts(analysis.linker)
    out.append(linker.start)
    if let model = linker.model { out.appendEscaped(model, in: .line) }
    out.append(linker.end)
    if let unrecognised = LinkerSentence.unrecognisedLanguages(analysis) {
        out.append(unrecognised.start)
        for (index, label) in unrecognised.labels.enumerated() {
            if index > 0 { out.append(", ") }
            out.append("<strong>")
            out.appendEscaped(label, in: .line)
            out.append("</strong>")
        }
        out.append(unrecognised.end)
    }
    out.append("</p>\n")
    // Drafts of one text: their changes, after the texts (`DraftChanges`).
    // Between the other versions, the linked passages whose figures differ, then those of
    // which one alone is negated.
    let lists = ReportLists(documents: documents, analysis: analysis)
    let changes = HTMLChanges(texts: lists.texts, drafts: lists.drafts)
    let figures = HTMLLinkedPassageList(texts: lists.texts, list: .figures(lists.figures), counterparts: lists.counterparts)
    let names = HTMLLinkedPassageList(texts: lists.texts, list: .names(lists.names), counterparts: lists.counterparts)
    let negations = HTMLLinkedPassageList(texts: lists.texts, list: .negations(lists.negations, documents: documents), counterparts: lists.counterparts)
    // A translation read as one text: its sentences side by side, as the brief sets them.
    let sentences = HTMLSentenceAlignment(texts: lists.texts)
    // Near the end, the passages of shared topics another version has nothing linked to;
    // last, as in the brief, the sentences linked to nothing.
    let notIn = HTMLPassagesNotIn(passages: ReportPassagesNotIn(analysis: analysis.withoutCoveredOccurrences(), versionCount: documents.count,
                                                                topics: topics), texts: lists.texts)
    let unlinked = HTMLUnlinkedSentences(texts: lists.texts)
    out.append("<nav aria-label=\"Report\"><a href=\"#topics\">Topics</a><a href=\"#texts\">Texts</a>" + (changes.drafts.isEmpty ? "" : "<a href=\"#changes\">Changes</a>")
               + figures.navigationEntry + names.navigationEntry + negations.navigationEntry + sentences.navigationEntry
               + "<a href=\"#map\">Presence map</a>" + notIn.navigationEntry + unlinked.navigationEntry + "</nav>\n")
    out.append("</header>\n<main>\n")
    // The topic table first: the reader's topic list (`t`), what each version covers and
    // lacks, on the page's first screen and, printed, its first page.
    HTMLTopicTable(documents: documents, index: index, topics: topics, appearance: appearance,
                   passagesNotIn: notIn.passages.isEmpty ? nil : ReportPassagesNotIn.heading(versions: documents.count)).write(to: &out)
    out.append("<section id=\"texts\" aria-labelledby=\"texts-h\">\n<h2 id=\"texts-h\">Texts</h2>\n")
    out.append("<p class=\"hint\" id=\"hint\">A topic’s words have its colour and its letter in every version. ")
    out.append("Click a passage, or reach it with Tab, to highlight the passages linked to it in the other versions; ")
    out.append("Enter moves to them in turn, Escape clears.")
    // As the columns mark them: a link of two passages (no heading) among the weakest quarter.
    func isPassage(_ end: Analysis.SentenceRef) -> Bool {
        index.sentenceRange(end.version, end.sentence) != nil && !index.isHeading(end.version, sentence: end.sentence)
    }
    if index.analysis.links.contains(where: { index.ranks.isAmongTheWeakestQuarter($0.score) && isPassage($0.from) && isPassage($0.to) }) {
        out.append(" A dashed outline marks a passage linked weakly: by one of the weakest quarter of this comparison’s links.")
    }
    out.append("</p>\n<div class=\"cols\">\n")
    for (version, document) in documents.enumerated() {
        HTMLVersionColumn(document: document, version: version, index: index, appearance: appearance).write(to: &out)
    }
    out.append("</div>\n</section>\n")
    changes.write(to: &out)
    figures.write(to: &out)
    names.write(to: &out)
    negations.write(to: &out)
    sentences.write(to: &out)
    HTMLPresenceMap(documents: documents, index: index, topics: topics, appearance: appearance).write(to: &out)
    notIn.write(to: &out)
    unlinked.write(to: &out)
    out.append("</main>\n<footer><p>")
    out.appendEscaped(MadeWithSentence.text(analysis), in: .line)
    out.append(" Links join sentences of different versions that speak of the same topic; ")
    out.append("a topic found in one version only is marked “only in …”.</p></footer>\n")
    out.append("<p id=\"status\" class=\"sr\" role=\"status\" aria-live=\"polite\"></p>\n<script>")
    out.append(ReportScript.source)
    out.append("</script>\n</body>\n</html>\n")
    out.finish()
}

/// The rest of a page of changes alone (`--changes-only`), after its head: the versions,
/// how the reworded sentences were paired, each draft's changes or why there are none. No
/// script: nothing on it highlights.
private func writeChangesOnly(documents: [Document], analysis: Analysis, to out: inout ChunkedOutput) {
    out.append("<header>\n<h1>")
    out.appendEscaped(documents.map(\.label).joined(separator: " · ") + ": changes", in: .line)
    out.append("</h1>\n<p class=\"lede\">")
    let pairing = LinkerSentence.pairing(analysis.linker)
    out.append(pairing.start)
    if let model = pairing.model { out.appendEscaped(model, in: .line) }
    out.append(pairing.end)
    out.append("</p>\n</header>\n<main>\n")
    let lists = ReportLists.changesAlone(documents: documents, analysis: analysis)
    if lists.drafts.isEmpty, lists.translations.pairs.isEmpty {
        out.append("<p>No version here is a draft of another (none has half its sentences word for word in another), nor a translation of another: "
                   + "there are no changes to list. Without --changes-only, the page compares them by topic.</p>\n")
    }
    HTMLChanges(texts: lists.texts, drafts: lists.drafts).write(to: &out)
    HTMLTranslationChanges(texts: lists.texts, list: lists.translations).write(to: &out)
    out.append("</main>\n<footer><p>")
    out.appendEscaped(MadeWithSentence.text(analysis), in: .line)
    out.append("</p></footer>\n</body>\n</html>\n")
    out.finish()
}
