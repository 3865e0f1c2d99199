import ReadoutsReader
import ReadoutsText
import ReadoutsTopics

/// One version's column in the HTML report: its title (label, date, source) and its text.
/// Topic words carry their topic's colour class and are followed by its superscript mark;
/// each sentence linked to another version is a passage, `<a class="p">`, whose `href`
/// is its strongest partner and whose `data-l` lists all of them, strongest first (`data-w`:
/// those linked by one of the comparison's weakest quarter of links, as the brief's "weakly").
/// Headings keep their colours but are never passages (as in the reader).
struct HTMLVersionColumn {
    let document: Document
    let version: Int
    let index: TopicIndex
    let appearance: TopicAppearance

    /// The id of a passage: `p` + version + `-` + sentence.
    static func id(_ reference: Analysis.SentenceRef) -> String { "p\(reference.version)-\(reference.sentence)" }

    /// The id on a topic's first occurrence in a version, which the topic table links to.
    static func firstOccurrenceID(topic: Int, version: Int) -> String { "o\(topic)-\(version)" }

    /// The http or https address `text` opens with (up to a space, without a closing
    /// bracket or a sentence's punctuation after it) and what follows it; nil when it opens
    /// with none, or the address holds a character a link should not (a control character, a
    /// quotation mark, an angle bracket: what `Sanitiser` would show as a placeholder).
    static func webAddress(opening text: String) -> (address: String, rest: String)? {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        var address = text.prefix { !$0.isWhitespace }
        while let last = address.last, ".,;:)]»”".contains(last) { address = address.dropLast() }
        guard address.count > 8, !address.unicodeScalars.contains(where: { Sanitiser.placeholder(for: $0) != nil || "\"'<>`".unicodeScalars.contains($0) })
        else { return nil }
        return (String(address), String(text.dropFirst(address.count)))
    }

    func write(to out: inout ChunkedOutput) {
        let analysisVersion = version < index.analysis.versions.count ? index.analysis.versions[version] : nil
        out.append("<section class=\"col\" aria-labelledby=\"v\(version)\"")
        out.append(" lang=\"")
        out.appendEscaped(VersionLanguageTag.tag(version, analysis: index.analysis, document: document), in: .line)
        out.append("\"")
        out.append(">\n<header class=\"colhead\"><h3 id=\"v\(version)\">")
        out.appendEscaped(document.label, in: .line)
        out.append("</h3>")
        let details = [document.date, document.sharedSource].compactMap { $0 }.filter { !$0.isEmpty }
        if !details.isEmpty {
            out.append("<p class=\"meta\">")
            for (position, detail) in details.enumerated() {
                if position > 0 { out.append(" · ") }
                // A source that opens with a web address links to it (an editor copied it by hand).
                if let (address, rest) = Self.webAddress(opening: detail) {
                    out.append("<a href=\"")
                    out.appendEscaped(address, in: .line)
                    out.append("\" rel=\"noopener noreferrer\">")
                    out.appendEscaped(address, in: .line)
                    out.append("</a>")
                    out.appendEscaped(rest, in: .line)
                } else {
                    out.appendEscaped(detail, in: .line)
                }
            }
            out.append("</p>")
        }
        // What the reader's status line says of the version (empty, the same file as another,
        // decoded from another encoding), as the brief says it.
        if let notice = document.notice, !notice.isEmpty {
            out.append("<p class=\"meta\">note: ")
            out.appendEscaped(notice, in: .line)
            out.append("</p>")
        }
        out.append("</header>\n<div class=\"txt\">\n")
        if document.blocks.isEmpty { out.append("<p class=\"empty\">(empty)</p>\n") }
        var text = TextWriter(document: document, version: version, index: index, appearance: appearance,
                              sentences: analysisVersion?.sentences ?? [])
        for (position, block) in document.blocks.enumerated() {
            let tag: String
            switch block.kind {
            case .heading(let level): tag = "h\(min(6, 3 + max(1, level)))"
            case .paragraph: tag = "p"
            }
            // A tight block (a list's next item, a table's next row) goes on the next line
            // of the same paragraph.
            if block.tight && position > 0 {
                out.append("<br>\n")
            } else if !block.continuesPrevious || position == 0 {
                out.append(block.keepsLineBreaks && !block.isHeading ? "<\(tag) class=\"lb\">" : "<\(tag)>")
            }
            text.write(block.range.clamped(to: 0..<document.scalars.count), to: &out)
            let next = position + 1 < document.blocks.count ? document.blocks[position + 1] : nil
            if !(next.map { $0.continuesPrevious || $0.tight } ?? false) { out.append("</\(tag)>\n") }
        }
        out.append("</div>\n</section>\n")
    }
}

/// Writes a version's text range by range, in order, opening and closing passages and topic
/// spans so they nest inside each block: a sentence or topic word cut by a block boundary
/// (a very long paragraph's chunks) is closed and reopened around it.
private struct TextWriter {
    let document: Document
    let version: Int
    let index: TopicIndex
    let appearance: TopicAppearance
    let sentences: [Sentence]
    private let marks: [TopicIndex.Mark]
    private var nextSentence = 0
    private var nextMark = 0
    private var anchored: Set<Int> = []

    init(document: Document, version: Int, index: TopicIndex, appearance: TopicAppearance, sentences: [Sentence]) {
        self.document = document
        self.version = version
        self.index = index
        self.appearance = appearance
        self.sentences = sentences
        marks = version < index.marks.count ? index.marks[version] : []
    }

    /// The sentences of other versions linked to a sentence, strongest first, each with
    /// whether its link is among the comparison's weakest quarter (`LinkRanks`); headings
    /// left out.
    private func partners(of sentence: Sentence) -> [(passage: Analysis.SentenceRef, isWeak: Bool)] {
        guard !sentence.isHeading else { return [] }
        var seen = Set<Analysis.SentenceRef>()
        return index.links(from: version, sentence: sentence.index).filter { partner, _ in
            let versions = index.analysis.versions
            guard partner.version < versions.count, versions[partner.version].sentences.indices.contains(partner.sentence),
                !versions[partner.version].sentences[partner.sentence].isHeading
            else { return false }
            return seen.insert(partner).inserted
        }.map { ($0.to, index.ranks.isAmongTheWeakestQuarter($0.link.score)) }
    }

    mutating func write(_ block: Range<Int>, to out: inout ChunkedOutput) {
        var position = block.lowerBound
        while nextSentence < sentences.count, sentences[nextSentence].range.upperBound <= position { nextSentence += 1 }
        while position < block.upperBound {
            guard nextSentence < sentences.count, sentences[nextSentence].range.lowerBound < block.upperBound else {
                writeWords(position..<block.upperBound, to: &out)
                return
            }
            let sentence = sentences[nextSentence]
            let start = max(position, sentence.range.lowerBound)
            writeWords(position..<start, to: &out)
            let end = min(block.upperBound, sentence.range.upperBound)
            let linked = partners(of: sentence)
            if linked.isEmpty {
                writeWords(start..<end, to: &out)
            } else {
                let reference = Analysis.SentenceRef(version: version, sentence: sentence.index)
                out.append("<a class=\"p\" id=\"\(HTMLVersionColumn.id(reference))\" href=\"#\(HTMLVersionColumn.id(linked[0].passage))\" data-l=\"")
                out.append(linked.map { HTMLVersionColumn.id($0.passage) }.joined(separator: " "))
                let weak = linked.filter(\.isWeak)
                if !weak.isEmpty {
                    out.append("\" data-w=\"")
                    out.append(weak.map { HTMLVersionColumn.id($0.passage) }.joined(separator: " "))
                }
                out.append("\">")
                writeWords(start..<end, to: &out)
                out.append("</a>")
            }
            position = end
            if end == sentence.range.upperBound { nextSentence += 1 }
        }
    }

    /// Text with its topic words: each mark's span, and its superscript letter where it ends.
    private mutating func writeWords(_ range: Range<Int>, to out: inout ChunkedOutput) {
        guard !range.isEmpty else { return }
        var position = range.lowerBound
        while nextMark < marks.count, marks[nextMark].range.upperBound <= position,
              !(marks[nextMark].range.isEmpty && marks[nextMark].range.lowerBound == position) { nextMark += 1 }
        while nextMark < marks.count, marks[nextMark].range.lowerBound < range.upperBound {
            let mark = marks[nextMark]
            if mark.range.isEmpty {
                out.appendEscaped(document.scalars, position..<mark.range.lowerBound)
                position = mark.range.lowerBound
                writeByMeaning(mark, to: &out)
                nextMark += 1
                continue
            }
            let start = max(position, mark.range.lowerBound)
            out.appendEscaped(document.scalars, position..<start)
            let end = min(range.upperBound, mark.range.upperBound)
            openSpan(mark.topic, to: &out)
            out.append(">")
            out.appendEscaped(document.scalars, start..<end)
            if end == mark.range.upperBound {
                if !continuesSameTopic(after: nextMark, before: range.upperBound) { appendLetter(mark.topic, to: &out) }
                out.append("</span>")
                nextMark += 1
                position = end
            } else {
                out.append("</span>")
                position = end
                return writeRest(position..<range.upperBound, to: &out)
            }
        }
        writeRest(position..<range.upperBound, to: &out)
    }

    /// An occurrence found by meaning alone (an empty mark, where its sentence starts): the
    /// topic's letter alone, saying so, and no word in the topic's colour — none of the
    /// sentence's words is the topic's.
    private mutating func writeByMeaning(_ mark: TopicIndex.Mark, to out: inout ChunkedOutput) {
        openSpan(mark.topic, to: &out)
        // A one-sided passage was found by the absence of any close passage elsewhere.
        let oneSided = index.isOneSided.indices.contains(mark.topic) && index.isOneSided[mark.topic]
        out.append(oneSided ? " title=\"only in this version: nothing in the others says this\">" : " title=\"found by meaning\">")
        appendLetter(mark.topic, to: &out)
        out.append(oneSided ? "<span class=\"sr\">(only in this version)</span></span>" : "<span class=\"sr\">(by meaning)</span></span>")
    }

    /// A topic's span, its tag left open: its classes, and the anchor of the topic's first
    /// occurrence in this version.
    private mutating func openSpan(_ topic: Int, to out: inout ChunkedOutput) {
        out.append("<span class=\"\(appearance.classes(topic, in: index))\"")
        if anchored.insert(topic).inserted {
            out.append(" id=\"\(HTMLVersionColumn.firstOccurrenceID(topic: topic, version: version))\"")
        }
    }

    /// The topic's letter after its words, hidden from screen readers.
    private func appendLetter(_ topic: Int, to out: inout ChunkedOutput) {
        out.append("<sup aria-hidden=\"true\">")
        out.append(String(appearance.mark(topic, in: index)))
        out.append("</sup>")
    }

    /// True when the next mark has the same topic and only white space separates them
    /// ("renforcement des forces" "russes"): one letter after the last is enough.
    private func continuesSameTopic(after position: Int, before limit: Int) -> Bool {
        guard position + 1 < marks.count else { return false }
        let mark = marks[position], next = marks[position + 1]
        guard next.topic == mark.topic, next.range.lowerBound < limit else { return false }
        return (mark.range.upperBound..<next.range.lowerBound).allSatisfy { document.scalars[$0].properties.isWhitespace }
    }

    private func writeRest(_ range: Range<Int>, to out: inout ChunkedOutput) {
        if !range.isEmpty { out.appendEscaped(document.scalars, range) }
    }
}
