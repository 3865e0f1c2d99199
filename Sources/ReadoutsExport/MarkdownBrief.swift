import ReadoutsText
import ReadoutsReader
import ReadoutsTopics

/// The Markdown export (`readouts --export markdown`): a brief for notes and tickets. The
/// versions with their dates and sources, the count of topics and the linker, a table of the
/// topics (`MarkdownTopicOverview`),
/// then each topic with the passages of every version that mention it, quoted one after
/// the other, or "— no passage found" (the engine found none: a passage in other words may
/// have escaped it); topics one version alone mentions come first, then the passages of
/// shared topics that another version has nothing linked to (`MarkdownPassagesNotIn`). A
/// sentence is quoted whole under the first topic that holds it and referred to under the
/// others (`MarkdownQuotedSentences`). The topic's words are in bold (a passage found by
/// meaning alone has none, and says "(by meaning)"). Plain CommonMark (headings, lists,
/// block quotes, strong and plain emphasis) but for the overview's table, so it reads the
/// same in any viewer; every text from the documents is escaped (`MarkdownText`). Last,
/// "About this brief": how to read it, and what made it (`MadeWithSentence`).
///
/// `changesOnly` (`--changes-only`): the versions, then only the changes between drafts
/// (an analyst's amendment changing one date gave a brief of 3,320 lines, 20 of them changes).
///
/// Written as it is produced, 64 KB at a time, like the JSON export.
public func writeMarkdown(documents: [Document], analysis: Analysis, changesOnly: Bool = false, to output: @escaping ([UInt8]) -> Void) {
    var out = ChunkedOutput(flush: output)
    // A topic's passages, as the reader's topic list and the page count and draw them: a
    // word inside another topic's phrase is the phrase's (a brief counted "Zaporizhzhia" as
    // a passage on Ukraine, the topic list and the page did not), a heading is no passage;
    // and the versions it is in are those it has passages in, as they say.
    let shown = analysis.withoutCoveredOccurrences()
    let counts = shown.passageCounts(versions: documents.count)
    let topics = ReportTopics(analysis: analysis, versionCount: documents.count) { counts[$0][$1] }
    let analysis = shown
    let labels = documents.map(\.label)
    out.append("# " + MarkdownText.line(labels.joined(separator: " · ") + (changesOnly ? ": changes" : ": compared by topic")) + "\n\n")
    for document in documents {
        var line = "- " + MarkdownText.strong(document.label)
        for detail in [document.date, document.sharedSource].compactMap({ $0 }) where !detail.isEmpty {
            line += " — " + MarkdownText.line(detail, lineStart: false)
        }
        // What the reader's status line says of the version (empty, the same file as another,
        // decoded from another encoding): a brief of an empty version read as the other's
        // topics all left out of it, the reason only on standard error.
        if let notice = document.notice, !notice.isEmpty { line += " — *note: " + MarkdownText.line(notice, lineStart: false) + "*" }
        out.append(line + "\n")
    }
    if changesOnly { return writeChangesOnly(documents: documents, analysis: analysis, to: &out) }
    let count = analysis.topics.count
    var groups = ["\(topics.oneSidedCount) in one version only"]
    if documents.count > 2 { groups.append("\(topics.partialCount) not in every version") }
    groups.append("\(topics.everyCount) in \(documents.count == 2 ? "both" : "every version")")
    if topics.withoutPassageCount > 0 { groups.append("\(topics.withoutPassageCount) with no passage") }
    // What was found first, in two sentences and any warning; how to read the brief and
    // what made it at its end ("About this brief"): a journalist pasting the brief into an
    // e-mail read 90 words of method before the first finding.
    out.append("\n\(count) \(count == 1 ? "topic" : "topics"): " + groups.joined(separator: ", ") + ". ")
    let linker = LinkerSentence.parts(analysis.linker)
    out.append(linker.start + (linker.model.map { MarkdownText.line($0, lineStart: false) } ?? "") + linker.end)
    if let unrecognised = LinkerSentence.unrecognisedLanguages(analysis) {
        out.append(unrecognised.start + unrecognised.labels.map { "**" + MarkdownText.line($0, lineStart: false) + "**" }.joined(separator: ", ") + unrecognised.end)
    }
    out.append("\n")
    // Drafts of one text: their changes first, as `J` steps through them in the reader, and
    // before the topic table: what an amendment changed is the question (a legislative
    // analyst found the 20 lines of changes after a 137-row table of topics); then the topics.
    let lists = ReportLists(documents: documents, analysis: analysis)
    MarkdownChanges(texts: lists.texts, drafts: lists.drafts).write(to: &out)
    // The reader's topic list as a table: the brief's first page says what each side covers.
    MarkdownTopicOverview(documents: documents, analysis: analysis, topics: topics).write(to: &out)
    // Between the other versions, the linked passages whose figures differ, and those of
    // which one alone is negated.
    MarkdownLinkedPassageList(texts: lists.texts, list: .figures(lists.figures), counterparts: lists.counterparts).write(to: &out)
    MarkdownLinkedPassageList(texts: lists.texts, list: .names(lists.names), counterparts: lists.counterparts).write(to: &out)
    MarkdownLinkedPassageList(texts: lists.texts, list: .negations(lists.negations, documents: documents), counterparts: lists.counterparts).write(to: &out)
    // A translation read as one text: its sentences side by side.
    MarkdownSentenceAlignment(texts: lists.texts).write(to: &out)
    // Two accounts: what both said, pair by pair, in each one's words.
    MarkdownLinkedPassageList(texts: lists.texts, list: lists.linked, counterparts: lists.counterparts).write(to: &out)

    // Sections: only in one version; with three or more, not in every version; in all; last,
    // the topics no version has a passage on (found in headings alone).
    var section: Int?
    // A sentence is quoted whole under the first topic that holds it, referred to under the others.
    var quoted = MarkdownQuotedSentences()
    // After the topics one version alone has, the passages of shared topics another version
    // has no passage linked to: what each side left out, as `o` finds it.
    // Which quoted passage each passage is linked to, topic by topic (one pass over the links).
    let linked = LinkedPassagesByTopic(analysis)
    var notIn: MarkdownPassagesNotIn? = MarkdownPassagesNotIn(
        passages: ReportPassagesNotIn(analysis: analysis, versionCount: documents.count, topics: topics), texts: lists.texts)
    for entry in topics.listOrder {
        let oneSided = entry.onlyIn != nil
        let opensSection = section != entry.group
        if opensSection {
            if entry.group > 0, let list = notIn {
                list.write(to: &out)
                notIn = nil
            }
            section = entry.group
            let title = ["Only in one version", "Not in every version", documents.count == 2 ? "In both versions" : "In every version",
                         "No passage in any version"][entry.group]
            out.append("\n## \(title)\n")
            if entry.group == 3 { out.append("\nTopics found only in headings, or only within another topic’s words.\n") }
        }
        let topic = analysis.topics[entry.topic]
        // No version has a passage on it: its name alone, one line each (a translator's
        // Declaration had sixteen "статья N" topics, each with a "no passage found" per version).
        if entry.group == 3 {
            out.append((opensSection ? "\n- " : "- ") + MarkdownText.line(topic.label, lineStart: false) + "\n")
            continue
        }
        var heading = "\n### " + MarkdownText.line(topic.label)
        if let only = entry.onlyIn, only < labels.count { heading += " — only in " + MarkdownText.line(labels[only], lineStart: false) }
        if entry.group == 1 {
            heading += " — not in " + MarkdownText.line(entry.missingFrom.filter { $0 < labels.count }.map { labels[$0] }.joined(separator: ", "), lineStart: false)
        }
        out.append(heading + "\n")
        let occurrences = topic.occurrences.sorted { ($0.version, $0.sentence, $0.range.lowerBound) < ($1.version, $1.sentence, $1.range.lowerBound) }
        // A topic one version alone has, in one passage: where another has none, its closest
        // sentence in meaning to that passage is said, so that "no passage found" can be
        // checked (an Élysée line and its Kremlin counterpart, 0.24 alike, were both "no passage
        // found" in a new user's brief).
        let onlyPassage = entry.onlyIn.flatMap { only -> Analysis.SentenceRef? in
            let sentences = Set(occurrences.filter { $0.version == only && !(analysis.versions[only].sentences[$0.sentence].isHeading) }.map(\.sentence))
            return sentences.count == 1 ? Analysis.SentenceRef(version: only, sentence: sentences.first!) : nil
        }
        var single: [Int: String] = [:]
        for (version, document) in documents.enumerated() {
            let passages = Passages(of: occurrences.filter { $0.version == version }, in: document,
                                    version: version, sentences: version < analysis.versions.count ? analysis.versions[version].sentences : [],
                                    saysByMeaning: !oneSided)
            let name = MarkdownText.strong(document.label)
            if passages.isEmpty {
                let closest = onlyPassage.flatMap { analysis.nearest(to: $0, in: version) }.map { closest in
                    !closest.isNear ? "; nothing in it is near that passage in meaning"
                        : "; its closest in meaning to that passage is " + ClosestNote.sentence(closest, texts: lists.texts) + ", " + closest.alike
                } ?? ""
                out.append("\n\(name) — no passage found" + MarkdownText.line(closest, lineStart: false) + "\n")
                continue
            }
            out.append("\n\(name), \(passages.count) \(passages.count == 1 ? "passage" : "passages"):\n")
            passages.write(to: &out, topic: entry.topic, quoted: &quoted, linked: { sentence in
                oneSided ? nil : briefLinkedNote(linked.partners(topic.id, Analysis.SentenceRef(version: version, sentence: sentence)), labels: labels)
            }) { analysis.topics[$0].label }
            single[version] = passages.onlyText
        }
        // Drafts of one text: what changed from the first version's passage to each other's,
        // where each has one and they are nearly the same words (as Enter says it in the
        // reader): a colleague reading the brief sees "90 → 60" without comparing by eye.
        if !oneSided, let first = single[0] {
            for version in documents.indices.dropFirst() {
                guard let other = single[version], case let changes = WordChange.changes(first, other, kept: false, languages: (analysis.versions[0].language, analysis.versions[version].language)), !changes.isEmpty else { continue }
                out.append("\n*" + MarkdownText.line(labels[0] + " → " + labels[version], lineStart: false) + ":* "
                           + MarkdownText.line(changes.joined(separator: " · "), lineStart: false) + "\n")
            }
        }
    }
    notIn?.write(to: &out)
    MarkdownUnlinkedSentences(texts: lists.texts).write(to: &out)
    out.append("\n## About this brief\n\n")
    out.append("Each topic’s passages are quoted version by version, its words in bold (none where the passage was linked by its meaning alone, or where one version alone has the topic); "
               + "a passage quoted under an earlier topic is given by its first words and this topic’s, “…” marking what is left out. ")
    out.append(MarkdownText.line(MadeWithSentence.text(analysis), lineStart: false) + "\n")
    out.finish()
}

/// The rest of a brief of changes alone (`--changes-only`): which linker paired the
/// reworded sentences (two linkers may pair them otherwise), then each draft's changes, or
/// why there are none to list.
private func writeChangesOnly(documents: [Document], analysis: Analysis, to out: inout ChunkedOutput) {
    let pairing = LinkerSentence.pairing(analysis.linker)
    out.append("\n" + pairing.start + (pairing.model.map { MarkdownText.line($0, lineStart: false) } ?? "") + pairing.end)
    out.append(" " + MarkdownText.line(MadeWithSentence.text(analysis), lineStart: false) + "\n")
    let lists = ReportLists.changesAlone(documents: documents, analysis: analysis)
    // A translation has changes too, as `J` steps through them: with three versions (an
    // original, its translation and an edited copy) the drafts' changes and the
    // translation's are both listed (a reviser's brief had the drafts' alone).
    if lists.drafts.isEmpty, lists.translations.pairs.isEmpty {
        out.append("\nNo version here is a draft of another (none has half its sentences word for word in another), nor a translation of another: "
                   + "there are no changes to list. Without --changes-only, the brief compares them by topic.\n")
    }
    MarkdownChanges(texts: lists.texts, drafts: lists.drafts).write(to: &out)
    MarkdownTranslationChanges(texts: lists.texts, list: lists.translations).write(to: &out)
    out.finish()
}

/// Per topic, the passages of other versions a link of that topic joins each of its passages
/// to: which Kremlin sentence answers which White House one, as the reader's `Enter` shows it
/// (a journalist's editor, reading the brief's "In both versions", could not tell). Only
/// passages the brief quotes under the topic count (its occurrences, headings left out), so
/// a note never names a sentence the topic does not list. Made in one pass over the links.
private struct LinkedPassagesByTopic {
    /// A passage's partner under a topic, and whether their link is among the weakest quarter
    /// of the comparison's links (with eight links or more, as `c` says it in the reader):
    /// a journalist could not tell from the brief a link 0.51 alike, a wrong one, from one
    /// 0.9 alike.
    struct Partner: Comparable {
        var passage: Analysis.SentenceRef
        var isWeak: Bool
        static func < (a: Partner, b: Partner) -> Bool { a.passage < b.passage }
    }

    private var partners: [String: [Analysis.SentenceRef: [Partner]]] = [:]

    init(_ analysis: Analysis) {
        var passages: [String: Set<Analysis.SentenceRef>] = [:]
        for topic in analysis.topics {
            for occurrence in topic.occurrences
            where analysis.versions.indices.contains(occurrence.version)
                && analysis.versions[occurrence.version].sentences.indices.contains(occurrence.sentence)
                && !analysis.versions[occurrence.version].sentences[occurrence.sentence].isHeading {
                passages[topic.id, default: []].insert(Analysis.SentenceRef(version: occurrence.version, sentence: occurrence.sentence))
            }
        }
        let ranks = LinkRanks(analysis)
        var found: [String: [Analysis.SentenceRef: [Analysis.SentenceRef: Bool]]] = [:]
        for link in analysis.links {
            let isWeak = ranks.isAmongTheWeakestQuarter(link.score)
            for id in link.topics {
                guard let quoted = passages[id], quoted.contains(link.from), quoted.contains(link.to) else { continue }
                found[id, default: [:]][link.from, default: [:]][link.to] = isWeak
                found[id, default: [:]][link.to, default: [:]][link.from] = isWeak
            }
        }
        partners = found.mapValues { $0.mapValues { $0.map { Partner(passage: $0.key, isWeak: $0.value) }.sorted() } }
    }

    /// The passages topic `id` links `passage` to, in order.
    func partners(_ id: String, _ passage: Analysis.SentenceRef) -> [Partner] {
        partners[id]?[passage] ?? []
    }
}

/// "linked to Maison Blanche sentence 5", "linked to B sentences 2, 4; C sentence 3", or nil
/// for none; a partner of a weak link says so ("Maison Blanche sentence 5 weakly", "Kremlin
/// sentences 1 weakly, 10"). The labels are escaped.
private func briefLinkedNote(_ partners: [LinkedPassagesByTopic.Partner], labels: [String]) -> String? {
    guard !partners.isEmpty else { return nil }
    var parts: [String] = []
    for version in Set(partners.map(\.passage.version)).sorted() where version < labels.count {
        let numbers = partners.filter { $0.passage.version == version }.map { String($0.passage.sentence + 1) + ($0.isWeak ? " weakly" : "") }
        parts.append(MarkdownText.line(labels[version], lineStart: false) + (numbers.count == 1 ? " sentence " : " sentences ") + numbers.joined(separator: ", "))
    }
    return parts.isEmpty ? nil : "linked to " + parts.joined(separator: "; ")
}

/// The sentences of one version that mention a topic, each with the topic's words marked,
/// headings left out: a heading is no passage, as the reader's topic list and the page
/// count (a version whose title alone holds the topic has "no passage found"; the brief
/// quoted three drafts' title as their passage and compared it). A sentence
/// found by meaning alone has no word in bold and says "(by meaning)" — unless its topic is
/// one-sided: a passage no other version says anything close to was found by the absence
/// of a match, and the heading already says "only in …". A sentence quoted whole under an
/// earlier topic is referred to (`MarkdownQuotedSentences`).
private struct Passages {
    private var items: [(sentence: Sentence, words: [Range<Int>])] = []
    private let saysByMeaning: Bool
    private let version: Int
    private let sentences: [Sentence]

    init(of occurrences: [Analysis.Occurrence], in document: Document, version: Int, sentences: [Sentence], saysByMeaning: Bool = true) {
        self.saysByMeaning = saysByMeaning
        self.version = version
        self.sentences = sentences
        var bySentence: [(sentence: Sentence, words: [Range<Int>])] = []
        for occurrence in occurrences where sentences.indices.contains(occurrence.sentence) && !sentences[occurrence.sentence].isHeading {
            let words = occurrence.byMeaning ? [] : [occurrence.range]
            if bySentence.last?.sentence.index == occurrence.sentence {
                bySentence[bySentence.count - 1].words += words
            } else {
                bySentence.append((sentences[occurrence.sentence], words))
            }
        }
        items = bySentence
        self.document = document
    }

    private let document: Document

    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }

    /// The text of the one passage, when there is one (a section of a draft); nil for several.
    var onlyText: String? {
        guard items.count == 1 else { return nil }
        return document.string(items[0].sentence.range.clamped(to: 0..<document.scalars.count))
    }

    /// Each passage as a quote of one escaped line, the topic's words in bold: whole, or,
    /// where `quoted` says it was quoted whole under an earlier topic, as a reference to it
    /// (`label`: a topic's label). `topic`: the topic they are quoted under. `linked`: the
    /// note saying which sentences of other versions a passage is linked to by this topic.
    func write(to out: inout ChunkedOutput, topic: Int, quoted: inout MarkdownQuotedSentences, linked: (Int) -> String? = { _ in nil },
               label: (Int) -> String) {
        let limit = 0..<document.scalars.count
        var whole: [(index: Int, range: Range<Int>)] = []
        for item in items {
            let range = item.sentence.range.clamped(to: limit)
            out.append("\n> ")
            // Its number, as the reader's `:N` and the JSON's `number` give it, so that a
            // paper can cite the passage; then how it was found and where it is quoted whole.
            var notes = ["sentence \(item.sentence.index + 1)"]
            if item.words.isEmpty, saysByMeaning { notes.append("by meaning") }
            if let note = linked(item.sentence.index) { notes.append(note) }
            if let first = quoted.topic(quoting: item.sentence.index, of: version) {
                let others = quoted.neighbours(of: range, quotedUnder: first, of: version, in: document.scalars)
                let reference = MarkdownQuotedSentences.reference(in: document.scalars, sentence: range, words: item.words, others: others)
                MarkdownText.write(reference.scalars, strong: reference.strong, partsAtPunctuation: true, to: &out)
                notes.append((reference.elided ? "quoted whole under “" : "also under “") + MarkdownText.line(label(first), lineStart: false) + "”")
            } else {
                let words = item.words.map { ($0.lowerBound - range.lowerBound)..<($0.upperBound - range.lowerBound) }
                MarkdownText.write(document.scalars.scalars(range), strong: words, partsAtPunctuation: true, to: &out)
                whole.append((item.sentence.index, range))
            }
            out.append(" *(" + notes.joined(separator: ", ") + ")*\n")
        }
        quoted.record(whole, quotedUnder: topic, of: version, in: document.scalars)
    }
}
