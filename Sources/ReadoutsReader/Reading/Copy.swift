import ReadoutsText

/// `y` and `Y`: quoting what is read. The text leaves as an `Effect.copy`; the terminal
/// layer puts it on the clipboard or in a file and says which in the status line.
extension ReaderState {
    mutating func copySentence(withLinks: Bool) -> [Effect] {
        guard let index = topics else {
            notice = Notice(sentencesPendingNotice)
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
        let partners = index.links(from: version, sentence: sentence)
        var parts = ["\(citation(version, sentence)):\n\(quote(version, range))"]
        for other in documents.indices where other != version {
            for linked in Set(partners.filter { $0.to.version == other }.map(\.to.sentence)).sorted() {
                guard let partnerRange = index.sentenceRange(other, linked) else { continue }
                parts.append("\(citation(other, linked)):\n\(quote(other, partnerRange))")
            }
        }
        let linked = parts.count - 1
        let description = linked == 0 ? "\(name) (nothing is linked to it)"
            : "\(name) with its \(linked == 1 ? "linked passage" : "\(linked) linked passages")"
        let short = linked == 0 ? "\(name) (no links)" : "\(name) + \(linked) linked"
        return [.copy(Clip(text: parts.joined(separator: "\n\n"), description: description, shortDescription: short))]
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
            notice = Notice(sentencesPendingNotice)
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
