import ReadoutsText
import ReadoutsTopics

/// `y` and `Y`: quoting what is read. The text leaves as an `Effect.copy`; the terminal
/// layer puts it on the clipboard or in a file and says which in the status line.
extension ReaderState {
    mutating func copySentence(withLinks: Bool) -> [Effect] {
        guard let index = topics else {
            notice = sentencesPending
            return []
        }
        guard let (version, sentence) = currentSentence(), let range = index.sentenceRange(version, sentence) else {
            notice = Notice("no sentence on screen to copy")
            return []
        }
        // The status line names the version shortly ("copied …Draft 1 sentence 2 to the
        // clipboard": where it went must not be cut off); the copied text keeps whole labels.
        let name = "\(names[version]) sentence \(sentence + 1)"
        guard withLinks else { return [.copy(Clip(text: quote(version, range), description: name))] }
        // Every passage linked to it (an analyst's `Y` after two Enters copied one of the
        // sentence's two links), version by version, each version's in reading order, as a
        // quote reads: not strongest or Enter's first (a translator's `Y` quoted French
        // sentence 10 before sentence 9).
        var partners = index.links(from: version, sentence: sentence)
        // Of the current occurrence, before Enter: the links of its topic, the ones tinted
        // alongside (a journalist's `Y` on "troupes" pasted, beside the tinted White House
        // sentence, another linked by "alliés" as if it too were the troops' counterpart).
        var otherTopicsLinks = 0
        if !navigation.showsPartners, let current = navigation.current, current.version == version,
           let mark = currentMark(in: index), mark.sentence == sentence {
            let id = index.analysis.topics[mark.topic].id
            let ofTopic = partners.filter { $0.link.topics.contains(id) }
            otherTopicsLinks = Set(partners.map { [$0.to.version, $0.to.sentence] }).count
                - Set(ofTopic.map { [$0.to.version, $0.to.sentence] }).count
            partners = ofTopic
        }
        // What the status line says of the passage goes with it, and no more: a topic one
        // version alone has ("only in Kremlin") kept the sentence's link of another topic it
        // also holds, and the pasted text claimed a link to Maison Blanche beside a passage
        // said to be only in the Kremlin's. Until Enter brings them alongside, links into the
        // versions the current topic is not in are left out, and where it is not is said.
        let absent = whereNotSaid(version, sentence, index: index)
        var parts = ["\(citation(version, sentence)):\n\(quote(version, range))"]
        // The figures that differ go with the passages that give them, as Enter says them (a
        // journalist's `Y` on the prisoner exchange left out the "175 → 150" Enter had shown):
        // bounded as Enter's are, no long sentence read whole on a key press.
        let own = range.count > WordChange.scalarLimit ? nil : documents[version].string(range)
        // The halves of a sentence a translation split are compared as one, and said once.
        var comparedAlready: Set<[Int]> = []
        for other in documents.indices where other != version && !absent.leftOut.contains(other) {
            for linked in Set(partners.filter { $0.to.version == other }.map(\.to.sentence)).sorted() {
                guard let partnerRange = index.sentenceRange(other, linked) else { continue }
                let link = partners.first(where: { $0.to.version == other && $0.to.sentence == linked })?.link
                var part = "\(citation(other, linked)):\n\(quote(other, partnerRange))"
                // A translation's split sentence is compared whole (`comparedRanges`).
                let compared = index.comparedRanges(Analysis.SentenceRef(version: version, sentence: sentence),
                                                    Analysis.SentenceRef(version: other, sentence: linked))
                if var own, let compared, compared.own.count <= WordChange.scalarLimit, compared.partner.count <= WordChange.scalarLimit,
                   comparedAlready.insert([other, compared.partner.lowerBound, compared.partner.upperBound]).inserted {
                    if compared.own != range { own = documents[version].string(compared.own) }
                    let text = documents[other].string(compared.partner)
                    let counterparts = partners.contains { $0.to.version == other && $0.to.sentence == linked
                        && index.translations.contains($0.link.from, $0.link.to) }
                    if let figures = WordChange.figures(own, text, languages: (index.analysis.versions[version].language,
                                                                               index.analysis.versions[other].language),
                                                        counterparts: counterparts) {
                        part += "\nFigures that differ: \(DisplayLabel.normalised(figures))."
                    }
                    // The negation too, as Enter says it: a translator's `Y` after "negation:
                    // «not» in …en.txt only" pasted the two sentences as if they agreed.
                    if let link, case let names = Self.nameChanges(own, text, from: version, to: other, link: link, index: index), !names.isEmpty {
                        part += "\nNames that differ: \(DisplayLabel.normalised(WordChange.saying(names)))."
                    }
                    if let link,
                       let negation = Self.negationQuoted(own, text, from: version, to: other, link: link, index: index, names: names) {
                        part += "\nNegation differs: \(negation)."
                    }
                }
                // A weak link says so, as `c` does: a fact-checker's pasted pair, "score 0.38
                // (among the weakest quarter of links)" in the reader, read as support.
                if let link, index.isWeak(link), let strength = index.strength(of: link.score) {
                    part += "\nLinked weakly (score \(String(format: "%.2f", link.score)), \(strength))."
                }
                parts.append(part)
            }
        }
        let linked = parts.count - 1
        if let note = absent.note { parts.append(note) }
        let description: String
        let short: String
        if let said = absent.said {
            // With a linked passage copied, the topic is named: "with its linked passage (only
            // in Kremlin)" read as if the passage copied were not there (a student's `Y`).
            let topic = linked > 0 ? absent.label.map { "“\($0)” " } ?? "" : ""
            description = name + (linked == 0 ? "" : " with its " + (linked == 1 ? "linked passage" : "\(linked) linked passages")) + " (\(topic)\(said))"
            short = name + (linked == 0 ? "" : " + \(linked) linked") + " (\(said))"
        } else if otherTopicsLinks > 0 {
            // Links of the sentence's other topics were left out: not "nothing is linked".
            let others = "Enter shows \(otherTopicsLinks) of other topics"
            description = (linked == 0 ? name : "\(name) with its \(linked == 1 ? "linked passage" : "\(linked) linked passages")") + " (\(others))"
            short = (linked == 0 ? name : "\(name) + \(linked) linked") + " (\(others))"
        } else {
            description = linked == 0 ? "\(name) (nothing is linked to it)"
                : "\(name) with its \(linked == 1 ? "linked passage" : "\(linked) linked passages")"
            short = linked == 0 ? "\(name) (no links)" : "\(name) + \(linked) linked"
        }
        return [.copy(Clip(text: parts.joined(separator: "\n\n"), description: description, shortDescription: short))]
    }

    /// What the status line says of sentence `sentence` of `version` being in no other version,
    /// for `Y`: `leftOut`, the versions whose links `Y` leaves out (those the current topic is
    /// not in, until Enter shows its links); `note`, the line that ends the copied text; `said`,
    /// the words the notice adds ("only in Kremlin"). Of the current occurrence's topic when
    /// the sentence is its ("Genève" · only in Kremlin, · not in B), else of the
    /// passage (· passage not in Maison Blanche), else, for a sentence no topic holds, that
    /// nothing is linked to it (`o`'s "in no topic, linked to nothing").
    func whereNotSaid(_ version: Int, _ sentence: Int, index: TopicIndex) -> (leftOut: Set<Int>, note: String?, said: String?, label: String?) {
        func list(_ versions: [Int]) -> String {
            let names = versions.map { self.names[$0] }
            return names.count <= 2 ? names.joined(separator: " or ") : names.dropLast().joined(separator: ", ") + " or " + names.last!
        }
        let unlinked = index.passageMissingFrom[TopicIndex.passageKey(version, sentence)]?.filter { $0 < documents.count } ?? []
        if let current = navigation.current, current.version == version, let mark = currentMark(in: index), mark.sentence == sentence {
            let label = index.analysis.topics[mark.topic].label
            let missing = index.missingFrom[mark.topic].filter { $0 < documents.count && $0 != version }
            if !missing.isEmpty {
                let leftOut = navigation.showsPartners ? [] : Set(missing)
                if index.isOneSided[mark.topic] {
                    return (leftOut, "Only in \(names[version]): \"\(label)\", no passage found in \(list(missing)).",
                            "only in \(names[version])", label)
                }
                return (leftOut, "\"\(label)\" is not in \(list(missing)): no passage found there.", "not in \(missing.map { names[$0] }.joined(separator: ", "))", label)
            }
            if !unlinked.isEmpty {
                return ([], "Not in \(list(unlinked)): nothing there is linked to this passage (\"\(label)\" is there, elsewhere).",
                        "passage not in \(unlinked.map { names[$0] }.joined(separator: ", "))", nil)
            }
            return ([], nil, nil, nil)
        }
        if navigation.current == nil, index.isLinkedToNothing(version, sentence: sentence) {
            let others = documents.indices.filter { $0 != version }
            return ([], "Not in \(list(others)): nothing there is linked to this passage, and no topic holds it.", "linked to nothing", nil)
        }
        return ([], nil, nil, nil)
    }

    /// Where a quote comes from, as `Y` heads it: the version's label, then its front matter's
    /// source and date where it gives them, then the sentence ("Élysée (Élysée Palace press
    /// office, 2025-07-01), sentence 6"): a fact-checker rewrote every attribution by hand
    /// from "Élysée sentence 6".
    func citation(_ version: Int, _ sentence: Int) -> String {
        let document = documents[version]
        let details = [document.frontMatterSource, document.date].compactMap { $0?.isEmpty == false ? $0 : nil }
        return document.label + (details.isEmpty ? "" : " (" + details.joined(separator: ", ") + ")") + ", sentence \(sentence + 1)"
    }

    /// `Ny`: N sentences from the current one on (fewer at the end of the text), as one
    /// quote; the status line says how many (`5y` copied one sentence, and said nothing).
    mutating func copySentences(_ count: Int) -> [Effect] {
        guard count > 1 else { return copySentence(withLinks: false) }
        guard let index = topics else {
            notice = sentencesPending
            return []
        }
        guard let (version, first) = currentSentence(), let sentences = sentences(of: version),
              let start = index.sentenceRange(version, first)?.lowerBound else {
            notice = Notice("no sentence on screen to copy")
            return []
        }
        let last = min(sentences.count, first + count) - 1
        guard last > first, let end = index.sentenceRange(version, last)?.upperBound, end > start else {
            return copySentence(withLinks: false)
        }
        let copied = last - first + 1
        let range = "\(names[version]) sentences \(first + 1)–\(last + 1)"
        let description = range + " (\(copied) sentences" + (copied < count ? ", to the end)" : ")")
        return [.copy(Clip(text: passage(version, start..<end), description: description, shortDescription: range))]
    }

    /// Several sentences' text: each paragraph on one line, a blank line between paragraphs.
    func passage(_ version: Int, _ range: Range<Int>) -> String {
        var paragraphs: [String] = [], lines: [Substring] = []
        for line in documents[version].string(range).split(separator: "\n", omittingEmptySubsequences: false) {
            var trimmed = line.drop { $0 == " " }
            while trimmed.last == " " { trimmed.removeLast() }
            if trimmed.isEmpty {
                if !lines.isEmpty { paragraphs.append(lines.joined(separator: " ")) }
                lines = []
            } else {
                lines.append(trimmed)
            }
        }
        if !lines.isEmpty { paragraphs.append(lines.joined(separator: " ")) }
        return paragraphs.joined(separator: "\n\n")
    }

    /// A sentence's text as one line: line breaks inside it are soft (or a plain-text wrap).
    func quote(_ version: Int, _ range: Range<Int>) -> String {
        String(documents[version].string(range).map { $0 == "\n" || $0 == "\r\n" ? " " : $0 })
    }
}
